/* kv-bench-floor.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The floor for the start-up benchmark: the least any libadwaita reader of
 * the same shape can do. Its window is an AdwNavigationSplitView with a
 * GtkListView of the file's "Vraag N" labels and a label with the first
 * question; it reads the file the crudest way, in one go, when it is
 * opened. Kamervragen is measured
 * against it in the same run (tests/bench/bench-startup.sh).
 *
 * usage: kv-bench-floor FILE
 */

#include <adwaita.h>

static GPtrArray *questions;

static void
read_questions (const char *path)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  GString *current = NULL;

  questions = g_ptr_array_new_with_free_func (g_free);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    return;

  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], "Vraag "))
        {
          if (current != NULL)
            g_ptr_array_add (questions, g_string_free (current, FALSE));
          current = g_string_new (NULL);
        }
      else if (current != NULL && *lines[i] != '\0')
        {
          g_string_append (current, lines[i]);
        }
    }
  if (current != NULL)
    g_ptr_array_add (questions, g_string_free (current, FALSE));
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
}

static void
show_window (GtkApplication *app)
{
  GtkStringList *titles = gtk_string_list_new (NULL);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *split_view = adw_navigation_split_view_new ();
  GtkWidget *sidebar = adw_toolbar_view_new ();
  GtkWidget *content = adw_toolbar_view_new ();
  GtkWidget *list, *scrolled, *detail;

  for (guint i = 0; i < questions->len; i++)
    {
      g_autofree char *title = g_strdup_printf ("Vraag %u", i + 1);

      gtk_string_list_append (titles, title);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  list = gtk_list_view_new (GTK_SELECTION_MODEL (gtk_single_selection_new (G_LIST_MODEL (titles))), factory);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (sidebar), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (sidebar), scrolled);

  detail = gtk_label_new (questions->len > 0 ? g_ptr_array_index (questions, 0) : "");
  gtk_label_set_wrap (GTK_LABEL (detail), TRUE);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (content), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (content), detail);

  adw_navigation_split_view_set_sidebar (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         adw_navigation_page_new (sidebar, "Vragen"));
  adw_navigation_split_view_set_content (ADW_NAVIGATION_SPLIT_VIEW (split_view),
                                         adw_navigation_page_new (content, "Vraag"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), split_view);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 720);
  gtk_window_present (GTK_WINDOW (window));
}

static void
open_cb (GApplication  *app,
         GFile        **files,
         int            n_files,
         const char    *hint)
{
  g_autofree char *path = g_file_get_path (files[0]);

  read_questions (path);
  show_window (GTK_APPLICATION (app));
}

/* Like any document app, the floor is a unique application that is handed
 * its files through GApplication::open. */
int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  app = adw_application_new ("io.github.kamervragen.Kamervragen.BenchFloor", G_APPLICATION_HANDLES_OPEN);
  g_signal_connect (app, "open", G_CALLBACK (open_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
