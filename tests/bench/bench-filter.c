/* bench-filter.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* How long the real window takes to filter its questions per keystroke:
 * opens FILE, then types a search one character at a time and times, for
 * each keystroke, the search handler (folding the search, filtering every
 * item, highlighting the shown one) and the time until the window has drawn
 * the result (which includes waiting for the next frame of the display's
 * 60 Hz clock), and the same for clearing the search after each. Prints the
 * median and the slowest keystroke of each.
 *
 * usage: bench-filter FILE [SEARCH...]
 */

#include "config.h"

#include "kv-window-private.h"

typedef struct
{
  gboolean painted;
} Frame;

static gboolean
has_document (gpointer data)
{
  return kv_window_get_document (data) != NULL;
}

static void
run_until (gboolean (*done) (gpointer data),
           gpointer   data)
{
  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
}

static void
on_after_paint_cb (GdkFrameClock *clock,
                   Frame         *frame)
{
  frame->painted = TRUE;
}

static gboolean
was_painted (gpointer data)
{
  return ((Frame *) data)->painted;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *times)
{
  g_array_sort (times, compare_doubles);
  return g_array_index (times, double, times->len / 2);
}

static double
slowest (GArray *times)
{
  double slowest = 0;

  for (guint i = 0; i < times->len; i++)
    slowest = MAX (slowest, g_array_index (times, double, i));

  return slowest;
}

/* Types @key at the end of the search, or clears the search when @key is
 * %NULL, as one keystroke does, and times the search handler and the time
 * until the window has drawn the result. */
static void
time_keystroke (KvWindow   *window,
                const char *key,
                GArray     *handler_ms,
                GArray     *frame_ms)
{
  GtkEditable *entry = GTK_EDITABLE (window->search_entry);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  Frame frame = { FALSE };
  int position = -1;
  gulong handler;
  gint64 start, handled;
  double elapsed;

  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint_cb), &frame);
  start = g_get_monotonic_time ();
  if (key != NULL)
    gtk_editable_insert_text (entry, key, g_utf8_next_char (key) - key, &position);
  else
    gtk_editable_delete_text (entry, 0, -1);
  /* The entry would report a change after a pause, which is not the
   * window's time. */
  g_signal_emit_by_name (entry, "search-changed");
  handled = g_get_monotonic_time ();
  run_until (was_painted, &frame);
  g_signal_handler_disconnect (clock, handler);

  elapsed = (handled - start) / 1000.0;
  g_array_append_val (handler_ms, elapsed);
  elapsed = (g_get_monotonic_time () - start) / 1000.0;
  g_array_append_val (frame_ms, elapsed);
}

/* Types @search one character at a time, then clears it again. */
static void
type_search (KvWindow   *window,
             const char *search,
             GArray     *handler_ms,
             GArray     *frame_ms)
{
  for (const char *key = search; *key != '\0'; key = g_utf8_next_char (key))
    time_keystroke (window, key, handler_ms, frame_ms);

  time_keystroke (window, NULL, handler_ms, frame_ms);
}

int
main (int   argc,
      char *argv[])
{
  static const char * const default_searches[] = { "financien", "minister", "cloudoplossingen", "xyzzy", NULL };
  const char * const *searches = default_searches;
  g_autoptr(GArray) handler_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) frame_ms = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(KvApplication) app = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  KvWindow *window;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE [SEARCH...]\n", argv[0]);
      return 2;
    }
  if (argc > 2)
    searches = (const char * const *) &argv[2];

  /* As g_application_run() would: the recent files record the program. */
  g_set_prgname ("kamervragen");
  gtk_init ();
  adw_init ();
  app = kv_application_new ();
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);

  window = kv_window_new (app);
  file = g_file_new_for_commandline_arg (argv[1]);
  kv_window_open_file (window, file);
  run_until (has_document, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  /* A person takes a moment to start typing; the window may use it. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);

  for (guint i = 0; searches[i] != NULL; i++)
    type_search (window, searches[i], handler_ms, frame_ms);

  g_print ("items=%u keystrokes=%u handler_median_ms=%.2f handler_slowest_ms=%.2f "
           "frame_median_ms=%.2f frame_slowest_ms=%.2f\n",
           g_list_model_get_n_items (kv_document_get_items (kv_window_get_document (window))),
           frame_ms->len, median (handler_ms), slowest (handler_ms), median (frame_ms), slowest (frame_ms));

  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
