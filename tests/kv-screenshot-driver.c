/* kv-screenshot-driver.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Puts the real window in the state that the screenshots show: a document
 * open, one question selected and one footnote's popover open. Prints
 * "ready" on stdout once that is drawn, and waits to be ended; the script
 * build-aux/screenshots.sh takes the picture. Not a test.
 *
 * usage: kv-screenshot-driver FILE WIDTH HEIGHT QUESTION FOOTNOTE
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdlib.h>

#include "kv-window-private.h"

typedef struct
{
  KvWindow *window;
  guint     question;
  guint     footnote;
} Scene;

static GtkLabel *
find_marker_label (GtkWidget  *root,
                   const char *href)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), href) != NULL)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = find_marker_label (child, href);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
select_question (KvWindow *window,
                 guint     number)
{
  GListModel *items = G_LIST_MODEL (window->selection);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(KvItem) item = g_list_model_get_item (items, i);
      guint n_numbers;
      const guint *numbers = kv_item_get_numbers (item, &n_numbers);

      if (n_numbers > 0 && numbers[0] == number)
        gtk_list_view_scroll_to (window->question_list, i, GTK_LIST_SCROLL_SELECT | GTK_LIST_SCROLL_FOCUS, NULL);
    }
}

static gboolean
open_footnote_cb (gpointer data)
{
  Scene *scene = data;
  g_autofree char *href = g_strdup_printf ("href=\"kv-footnote:%u:", scene->footnote);
  GtkLabel *label = find_marker_label (GTK_WIDGET (scene->window->question_view), href);
  g_autofree char *uri = g_strdup_printf ("kv-footnote:%u:0", scene->footnote);
  gboolean handled;

  if (label == NULL)
    {
      g_printerr ("no marker for footnote %u\n", scene->footnote);
      exit (1);
    }

  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  return G_SOURCE_REMOVE;
}

static gboolean
report_ready_cb (gpointer data)
{
  g_print ("ready\n");
  return G_SOURCE_REMOVE;
}

static void
on_document_cb (KvWindow   *window,
                GParamSpec *pspec,
                Scene      *scene)
{
  select_question (window, scene->question);
  adw_navigation_split_view_set_show_content (window->split_view, TRUE);
  /* Let the page be laid out before the popover points into it, and the
   * popover be drawn before the picture is taken. */
  g_timeout_add (1500, open_footnote_cb, scene);
  g_timeout_add (2500, report_ready_cb, scene);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(KvApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  Scene scene = { 0 };

  if (argc != 6)
    {
      g_printerr ("usage: %s FILE WIDTH HEIGHT QUESTION FOOTNOTE\n", argv[0]);
      return 2;
    }

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_init ();
  adw_init ();
  app = kv_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  scene.window = kv_window_new (app);
  scene.question = atoi (argv[4]);
  scene.footnote = atoi (argv[5]);
  gtk_window_set_default_size (GTK_WINDOW (scene.window), atoi (argv[2]), atoi (argv[3]));
  g_signal_connect (scene.window, "notify::document", G_CALLBACK (on_document_cb), &scene);

  file = g_file_new_for_commandline_arg (argv[1]);
  kv_window_open_file (scene.window, file);
  gtk_window_present (GTK_WINDOW (scene.window));

  while (TRUE)
    g_main_context_iteration (NULL, TRUE);
}
