/* kv-open-page.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kv-application.h"
#include "kv-open-page-private.h"

#define MAX_RECENT_DOCUMENTS 5

G_DEFINE_FINAL_TYPE (KvOpenPage, kv_open_page, ADW_TYPE_BIN)

GtkWidget *
kv_open_page_new (void)
{
  return g_object_new (KV_TYPE_OPEN_PAGE, NULL);
}

/**
 * kv_open_page_set_problem:
 * @self: a #KvOpenPage
 * @title: what went wrong, as a title
 * @description: (nullable): why, as Pango markup
 *
 * Makes the page say why a document could not be opened.
 */
void
kv_open_page_set_problem (KvOpenPage *self,
                          const char *title,
                          const char *description)
{
  g_return_if_fail (KV_IS_OPEN_PAGE (self));

  adw_status_page_set_icon_name (self->status_page, "dialog-error-symbolic");
  adw_status_page_set_title (self->status_page, title);
  adw_status_page_set_description (self->status_page, description);
  gtk_button_set_label (self->open_button, _("_Open Another Document…"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->open_button), "suggested-action");
}

static void
on_recent_row_activated_cb (KvOpenPage    *self,
                            GtkListBoxRow *row)
{
  const char *uri = g_object_get_data (G_OBJECT (row), "kv-uri");
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));

  kv_application_open_file (KV_APPLICATION (app), file);
}

/* When Kamervragen last opened it: every opening renews the stamp of the
 * app's registration, where the item's own dates keep the first visit. */
static GDateTime *
last_opened (GtkRecentInfo *info)
{
  GDateTime *stamp = NULL;

  if (gtk_recent_info_get_application_info (info, g_get_application_name (), NULL, NULL, &stamp) &&
      stamp != NULL)
    return stamp;

  return gtk_recent_info_get_modified (info);
}

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  return g_date_time_compare (last_opened (*(GtkRecentInfo **) b), last_opened (*(GtkRecentInfo **) a));
}

static GtkWidget *
new_recent_row (GtkRecentInfo *info)
{
  g_autofree char *location = gtk_recent_info_get_uri_display (info);
  g_autofree char *title = g_markup_escape_text (gtk_recent_info_get_display_name (info), -1);
  g_autofree char *subtitle = g_markup_escape_text (location != NULL ? location : "", -1);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "kv-uri", g_strdup (gtk_recent_info_get_uri (info)), g_free);

  return row;
}

/* The documents this app opened last, newest first, read again each time
 * the page is shown. */
static void
on_map_cb (KvOpenPage *self)
{
  GList *infos = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) ours = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);
  const char *app_name = g_get_application_name ();

  gtk_list_box_remove_all (self->recent_list);

  for (GList *l = infos; l != NULL; l = l->next)
    {
      GtkRecentInfo *info = l->data;

      if (app_name != NULL && gtk_recent_info_has_application (info, app_name) && gtk_recent_info_exists (info))
        g_ptr_array_add (ours, gtk_recent_info_ref (info));
    }
  g_list_free_full (infos, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_recent_newest_first);

  for (guint i = 0; i < ours->len && i < MAX_RECENT_DOCUMENTS; i++)
    gtk_list_box_append (self->recent_list, new_recent_row (g_ptr_array_index (ours, i)));

  gtk_widget_set_visible (self->recent_clamp, ours->len > 0);
}

static void
kv_open_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), KV_TYPE_OPEN_PAGE);

  G_OBJECT_CLASS (kv_open_page_parent_class)->dispose (object);
}

static void
kv_open_page_class_init (KvOpenPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kv_open_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/kv-open-page.ui");
  gtk_widget_class_bind_template_child (widget_class, KvOpenPage, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KvOpenPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, KvOpenPage, open_button);
  gtk_widget_class_bind_template_child (widget_class, KvOpenPage, recent_clamp);
  gtk_widget_class_bind_template_child (widget_class, KvOpenPage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, on_recent_row_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_map_cb);
}

static void
kv_open_page_init (KvOpenPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  kv_application_set_up_main_menu (self->menu_button);
}
