/* kv-application.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kv-application.h"
#include "kv-export.h"
#include "kv-window.h"

struct _KvApplication
{
  AdwApplication parent_instance;

  /* The command line while GApplication parses it; see
   * kv_application_local_command_line(). */
  char ***arguments;
};

G_DEFINE_FINAL_TYPE (KvApplication, kv_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "export", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print FILE in the given format (json) instead of opening it"), N_("FORMAT") },
  { NULL }
};

KvApplication *
kv_application_new (void)
{
  return g_object_new (KV_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

static KvWindow *
find_window_for_file (KvApplication *self,
                      GFile         *file)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      GFile *shown;

      if (!KV_IS_WINDOW (l->data))
        continue;

      shown = kv_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }

  return NULL;
}

static KvWindow *
find_empty_window (KvApplication *self)
{
  GtkWindow *active = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (KV_IS_WINDOW (active) && kv_window_get_file (KV_WINDOW (active)) == NULL)
    return KV_WINDOW (active);

  return NULL;
}

/**
 * kv_application_open_file:
 * @self: a #KvApplication
 * @file: the document to show
 *
 * Shows @file: presents the window that already shows it, or reads it into
 * the active window if that is still empty, or else into a new window.
 */
void
kv_application_open_file (KvApplication *self,
                          GFile         *file)
{
  KvWindow *window;

  g_return_if_fail (KV_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));

  window = find_window_for_file (self, file);
  if (window != NULL)
    {
      gtk_window_present (GTK_WINDOW (window));
      return;
    }

  window = find_empty_window (self);
  if (window == NULL)
    window = kv_window_new (self);

  /* The window presents itself once it shows the document. */
  kv_window_open_file (window, file);
}

/**
 * kv_application_show_document:
 * @self: a #KvApplication
 * @file: where @document was read from
 * @document: the document read from @file
 *
 * Like kv_application_open_file(), for a document that has already been read.
 */
void
kv_application_show_document (KvApplication *self,
                              GFile         *file,
                              KvDocument    *document)
{
  KvWindow *window;

  g_return_if_fail (KV_IS_APPLICATION (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (KV_IS_DOCUMENT (document));

  window = find_window_for_file (self, file);
  if (window == NULL)
    {
      window = find_empty_window (self);
      if (window == NULL)
        window = kv_window_new (self);
      kv_window_show_document (window, file, document);
    }

  gtk_window_present (GTK_WINDOW (window));
}

static gboolean
has_answers (KvDocument *document)
{
  GListModel *items = kv_document_get_items (document);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KvItem) item = g_list_model_get_item (items, i);

      if (kv_item_get_answer (item) != NULL)
        return TRUE;
    }

  return FALSE;
}

static KvDocument *
find_answers_to (KvApplication *self,
                 KvDocument    *questions)
{
  const char *zaak = kv_document_get_zaak (questions);

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      KvDocument *other;

      if (!KV_IS_WINDOW (l->data) || (other = kv_window_get_document (l->data)) == NULL)
        continue;

      if (kv_document_get_kind (other) == KV_DOCUMENT_KIND_ANSWERS &&
          g_strcmp0 (kv_document_get_zaak (other), zaak) == 0)
        return other;
    }

  return NULL;
}

/* When questions and the answers to them are open side by side (opened or
 * dropped together, in either order), the questions' window offers to show
 * the answers under each question. */
static void
offer_answers (KvApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      KvDocument *questions, *answers;

      if (!KV_IS_WINDOW (l->data) || (questions = kv_window_get_document (l->data)) == NULL)
        continue;
      if (kv_document_get_kind (questions) != KV_DOCUMENT_KIND_QUESTIONS ||
          kv_document_get_zaak (questions) == NULL || has_answers (questions))
        continue;

      answers = find_answers_to (self, questions);
      if (answers != NULL)
        kv_window_offer_answers (l->data, answers);
    }
}

static void
kv_application_window_added (GtkApplication *app,
                             GtkWindow      *window)
{
  GTK_APPLICATION_CLASS (kv_application_parent_class)->window_added (app, window);

  if (KV_IS_WINDOW (window))
    g_signal_connect_object (window, "notify::document", G_CALLBACK (offer_answers), app, G_CONNECT_SWAPPED);
}

static void
kv_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (kv_window_new (KV_APPLICATION (app)));

  gtk_window_present (window);
}

static void
kv_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  for (int i = 0; i < n_files; i++)
    kv_application_open_file (KV_APPLICATION (app), files[i]);
}

/* GApplication leaves the file arguments in the command line rather than in
 * the options dictionary, so that it can open them; `--export` and
 * read_ahead() need them too, so the command line is kept at hand while it
 * is parsed. */
static gboolean
kv_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  KvApplication *self = KV_APPLICATION (app);
  gboolean handled;

  self->arguments = arguments;
  handled = G_APPLICATION_CLASS (kv_application_parent_class)->local_command_line (app, arguments, exit_status);
  self->arguments = NULL;

  return handled;
}

/* `--export` runs in the local instance, without a display and without
 * registering on the bus, so that it works in scripts and over ssh. */
static int
kv_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  KvApplication *self = KV_APPLICATION (app);
  const char *format = NULL;
  const char * const *paths = NULL;

  if (!g_variant_dict_lookup (options, "export", "&s", &format))
    return -1;

  if (self->arguments != NULL && *self->arguments != NULL && (*self->arguments)[0] != NULL)
    paths = (const char * const *) &(*self->arguments)[1];

  return kv_export_run (format, paths);
}

static void
create_main_menu_cb (GtkMenuButton *button,
                     gpointer       user_data)
{
  GtkApplication *app;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;

  app = gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (button))));
  if (app == NULL)
    return;

  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (gtk_application_get_menu_by_id (app, "main-menu")));
}

/**
 * kv_application_set_up_main_menu:
 * @button: a menu button in a window of Kamervragen
 *
 * Makes @button open the app's main menu (from gtk/menus.ui). The menu's
 * widgets are made when it is first opened: a window that is never asked
 * for its menu does not pay for them before its first frame.
 */
void
kv_application_set_up_main_menu (GtkMenuButton *button)
{
  g_return_if_fail (GTK_IS_MENU_BUTTON (button));

  gtk_menu_button_set_create_popup_func (button, create_main_menu_cb, NULL, NULL);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  KvApplication *self = user_data;
  static const char *developers[] = { "Kamervragen developers", NULL };
  AdwDialog *dialog;

  dialog = adw_about_dialog_new_from_appdata (RESOURCE_BASE_PATH "/" APP_ID ".metainfo.xml",
                                              PACKAGE_VERSION);
  adw_about_dialog_set_developers (ADW_ABOUT_DIALOG (dialog), developers);
  /* Translators: Replace "translator-credits" with your name and e-mail address,
   * one translator per line. */
  adw_about_dialog_set_translator_credits (ADW_ABOUT_DIALOG (dialog), _("translator-credits"));
  adw_dialog_present (dialog, GTK_WIDGET (gtk_application_get_active_window (GTK_APPLICATION (self))));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
};

static void
read_ahead_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(KvDocument) document = kv_document_load_file_finish (result, NULL);
}

/* The files on the command line are read while GTK starts up, on another
 * core; the window for each then waits for that read rather than reading
 * the file again (see kv_document_load_file_async()). */
static void
read_ahead (KvApplication *self)
{
  char **arguments;

  if (self->arguments == NULL || *self->arguments == NULL || (*self->arguments)[0] == NULL)
    return;

  arguments = *self->arguments;
  for (guint i = 1; arguments[i] != NULL; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (arguments[i]);

      kv_document_load_file_async (file, NULL, read_ahead_cb, NULL);
    }
}

static void
kv_application_startup (GApplication *app)
{
  static const struct {
    const char *action;
    const char *accels[3];
  } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.shortcuts", { "<Control>question", NULL } },
  };

  read_ahead (KV_APPLICATION (app));
  G_APPLICATION_CLASS (kv_application_parent_class)->startup (app);

  /* Recent documents are recorded under this name. */
  g_set_application_name (_("Kamervragen"));

  /* The text of a question is selectable. Selected whole whenever it gets
   * the focus, Tab would leave it instead of moving to its footnote markers,
   * and closing a footnote would leave the question highlighted. */
  g_object_set (gtk_settings_get_default (), "gtk-label-select-on-focus", FALSE, NULL);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);
}

static void
kv_application_class_init (KvApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);
  GtkApplicationClass *gtk_app_class = GTK_APPLICATION_CLASS (klass);

  app_class->activate = kv_application_activate;
  app_class->open = kv_application_open;
  app_class->startup = kv_application_startup;
  app_class->local_command_line = kv_application_local_command_line;
  app_class->handle_local_options = kv_application_handle_local_options;

  gtk_app_class->window_added = kv_application_window_added;
}

static void
kv_application_init (KvApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}
