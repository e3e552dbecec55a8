/* kv-window-dnd.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kv-toast.h"
#include "kv-window-private.h"

/* Files dropped on a window are read first, so that one that is not a
 * document only earns a toast naming it, instead of a window that says it
 * could not be opened. Each document that can be read opens as if it had
 * been double-clicked. */

typedef struct
{
  KvWindow *window;
  GFile    *file;
} DroppedFile;

static void
dropped_file_free (DroppedFile *dropped)
{
  g_clear_object (&dropped->window);
  g_clear_object (&dropped->file);
  g_free (dropped);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DroppedFile, dropped_file_free)

static void
dropped_file_loaded_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(DroppedFile) dropped = user_data;
  g_autoptr(KvDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  document = kv_document_load_file_finish (result, &error);
  /* The window was closed while the file was read. */
  if (gtk_widget_in_destruction (GTK_WIDGET (dropped->window)))
    return;

  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (dropped->file);
      /* Translators: %s is the name of a file that was dropped on the window. */
      g_autofree char *title = g_strdup_printf (_("“%s” is not a document Kamervragen can open"), name);

      kv_toast_show (GTK_WIDGET (dropped->window->stack), title);
      return;
    }

  app = gtk_window_get_application (GTK_WINDOW (dropped->window));
  if (app != NULL)
    kv_application_show_document (KV_APPLICATION (app), dropped->file, document);
}

/* Made on the first drag over the window, as most windows never see one. */
static void
show_drop_page (KvWindow *self,
                gboolean  shown)
{
  if (self->drop_page == NULL)
    {
      if (!shown)
        return;

      self->drop_page = adw_status_page_new ();
      adw_status_page_set_icon_name (ADW_STATUS_PAGE (self->drop_page), "document-open-symbolic");
      adw_status_page_set_title (ADW_STATUS_PAGE (self->drop_page), _("Drop Documents to Open Them"));
      gtk_widget_set_can_target (self->drop_page, FALSE);
      gtk_widget_add_css_class (self->drop_page, "kv-drop-area");
      gtk_overlay_add_overlay (self->overlay, self->drop_page);
    }

  gtk_widget_set_visible (self->drop_page, shown);
}

static gboolean
on_drop_cb (KvWindow      *self,
            const GValue  *value,
            double         x,
            double         y,
            GtkDropTarget *target)
{
  g_autoptr(GSList) files = NULL;

  show_drop_page (self, FALSE);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (const GSList *l = files; l != NULL; l = l->next)
    {
      DroppedFile *dropped = g_new0 (DroppedFile, 1);

      dropped->window = g_object_ref (self);
      dropped->file = g_object_ref (l->data);
      kv_document_load_file_async (dropped->file, NULL, dropped_file_loaded_cb, dropped);
    }

  return TRUE;
}

static GdkDragAction
on_enter_cb (KvWindow      *self,
             double         x,
             double         y,
             GtkDropTarget *target)
{
  show_drop_page (self, TRUE);
  return GDK_ACTION_COPY;
}

static void
on_leave_cb (KvWindow      *self,
             GtkDropTarget *target)
{
  show_drop_page (self, FALSE);
}

void
_kv_window_setup_drop_target (KvWindow *self)
{
  self->drop_target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect_object (self->drop_target, "drop", G_CALLBACK (on_drop_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->drop_target, "enter", G_CALLBACK (on_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->drop_target, "leave", G_CALLBACK (on_leave_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (self->drop_target));
}
