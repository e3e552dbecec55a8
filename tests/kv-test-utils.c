/* kv-test-utils.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "kv-test-utils.h"
#include "kv-text-line.h"
#include "kv-window-private.h"

#define WAIT_TIMEOUT_SECONDS 10

/**
 * kv_test_application_new:
 *
 * Returns: (transfer full): the real application, registered without taking
 *   the bus name, so that tests can run side by side.
 */
KvApplication *
kv_test_application_new (void)
{
  g_autoptr(GError) error = NULL;
  KvApplication *app = kv_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  return app;
}

static gboolean
timed_out_cb (gpointer data)
{
  gboolean *timed_out = data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/**
 * kv_test_wait_until:
 * @done: checks whether what the test waits for happened
 * @data: passed to @done
 *
 * Runs the main loop until @done returns %TRUE; fails the test after ten
 * seconds.
 */
void
kv_test_wait_until (gboolean (*done) (gpointer data),
                    gpointer   data)
{
  gboolean timed_out = FALSE;
  guint timeout = g_timeout_add_seconds (WAIT_TIMEOUT_SECONDS, timed_out_cb, &timed_out);

  while (!done (data) && !timed_out)
    g_main_context_iteration (NULL, TRUE);

  g_assert_false (timed_out);
  g_source_remove (timeout);
}

static gboolean
window_has_settled (gpointer data)
{
  KvWindow *window = data;
  const char *page = gtk_stack_get_visible_child_name (window->stack);

  return kv_window_get_document (window) != NULL || g_strcmp0 (page, "error") == 0;
}

/**
 * kv_test_open_document:
 * @app: the application
 * @path: a file
 *
 * Opens @path the way the file manager would, and waits until the window
 * shows the document or why it could not.
 *
 * Returns: (transfer none): the window
 */
KvWindow *
kv_test_open_document (KvApplication *app,
                       const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *window;

  g_application_open (G_APPLICATION (app), &file, 1, "");
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_assert_true (KV_IS_WINDOW (window));
  kv_test_wait_until (window_has_settled, window);

  return KV_WINDOW (window);
}

/**
 * kv_test_find_label:
 * @root: a widget
 * @text: text to look for
 *
 * Returns: (transfer none) (nullable): the first label under @root whose
 *   text (markup removed) contains @text.
 */
GtkLabel *
kv_test_find_label (GtkWidget  *root,
                    const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), text) != NULL)
    return GTK_LABEL (root);

  for (GtkWidget *child = gtk_widget_get_first_child (root);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = kv_test_find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  const char *shown = NULL;

  if (GTK_IS_LABEL (widget))
    shown = gtk_label_get_text (GTK_LABEL (widget));
  else if (KV_IS_TEXT_LINE (widget))
    shown = kv_text_line_get_text (KV_TEXT_LINE (widget));

  if (shown != NULL && gtk_widget_get_visible (widget))
    {
      g_string_append (text, shown);
      g_string_append_c (text, '\n');
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_text (child, text);
}

/**
 * kv_test_collect_text:
 * @root: a widget
 *
 * Returns: (transfer full): the text of every visible label and text line
 *   under @root, a line each.
 */
char *
kv_test_collect_text (GtkWidget *root)
{
  GString *text = g_string_new (NULL);

  collect_text (root, text);
  return g_string_free_and_steal (text);
}
