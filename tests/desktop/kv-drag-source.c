/* kv-drag-source.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A window titled "kv-drag-source" that is one big drag source: dragging
 * from anywhere in it offers the files named on the command line as a
 * GdkFileList, as a file manager does. test-drag.sh drives the drag with
 * xdotool. Progress goes to stdout, for the test's log. */

#include <gtk/gtk.h>

static GSList *files;

static GdkContentProvider *
on_prepare_cb (GtkDragSource *source,
               double         x,
               double         y,
               gpointer       user_data)
{
  GdkFileList *list = gdk_file_list_new_from_list (files);
  GdkContentProvider *provider;

  g_print ("drag-source: prepare at %.0f,%.0f with %u files\n", x, y, g_slist_length (files));

  /* The provider copies the boxed list. */
  provider = gdk_content_provider_new_typed (GDK_TYPE_FILE_LIST, list);
  g_boxed_free (GDK_TYPE_FILE_LIST, list);

  return provider;
}

static void
on_drag_end_cb (GtkDragSource *source,
                GdkDrag       *drag,
                gboolean       delete_data,
                gpointer       user_data)
{
  g_print ("drag-source: end, action %d\n", gdk_drag_get_selected_action (drag));
}

static void
on_drag_cancel_cb (GtkDragSource       *source,
                   GdkDrag             *drag,
                   GdkDragCancelReason  reason,
                   gpointer             user_data)
{
  g_print ("drag-source: cancelled, reason %d\n", reason);
}

static void
on_activate_cb (GtkApplication *app,
                gpointer        user_data)
{
  GtkWidget *window = gtk_application_window_new (app);
  GtkWidget *label = gtk_label_new ("Drag from here");
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_window_set_title (GTK_WINDOW (window), "kv-drag-source");
  gtk_window_set_default_size (GTK_WINDOW (window), 300, 300);

  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  g_signal_connect (source, "prepare", G_CALLBACK (on_prepare_cb), NULL);
  g_signal_connect (source, "drag-end", G_CALLBACK (on_drag_end_cb), NULL);
  g_signal_connect (source, "drag-cancel", G_CALLBACK (on_drag_cancel_cb), NULL);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));

  gtk_window_set_child (GTK_WINDOW (window), label);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;
  char *app_argv[] = { argv[0], NULL };
  int status;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE…\n", argv[0]);
      return 2;
    }

  for (int i = argc - 1; i >= 1; i--)
    files = g_slist_prepend (files, g_file_new_for_commandline_arg (argv[i]));

  /* The files are ours to offer, not for GApplication to "open". */
  app = gtk_application_new ("io.github.kamervragen.Kamervragen.DragSource", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  status = g_application_run (G_APPLICATION (app), 1, app_argv);
  g_slist_free_full (files, g_object_unref);

  return status;
}
