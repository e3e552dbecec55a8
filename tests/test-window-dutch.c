/* test-window-dutch.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "kv-format.h"
#include "kv-open-page-private.h"
#include "kv-test-utils.h"
#include "kv-window-private.h"

/* Runs with LANG=nl_NL.UTF-8: what a Dutch user sees. */

static KvApplication *app;

static void
test_empty_state (void)
{
  GtkWindow *window;
  AdwStatusPage *empty_page;

  g_application_activate (G_APPLICATION (app));
  window = gtk_application_get_active_window (GTK_APPLICATION (app));
  empty_page = KV_WINDOW (window)->empty_page->status_page;

  g_assert_cmpstr (adw_status_page_get_title (empty_page), ==, "Open een document");
  g_assert_nonnull (kv_test_find_label (GTK_WIDGET (window), "Openen…"));

  gtk_window_destroy (window);
}

static void
test_example (void)
{
  KvWindow *window = kv_test_open_document (app, TEST_DATA_DIR "/2025Z04271.txt");
  GtkWidget *view = GTK_WIDGET (window->question_view);
  GtkListView *list = window->question_list;
  g_autoptr(KvItem) item = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (list)), 3);
  g_autofree char *row_title = kv_format_item_title (item);
  g_autofree char *text = kv_test_collect_text (view);

  g_assert_cmpstr (row_title, ==, "Vraag 4");
  g_assert_nonnull (strstr (text, "Vraag 1\n"));
  g_assert_nonnull (strstr (text, "Gesteld door\n"));
  g_assert_nonnull (strstr (text, "Ingediend\n"));
  g_assert_nonnull (strstr (text, "10 maart 2025\n"));
  g_assert_nonnull (strstr (text, "Antwoord verwacht\n"));
  g_assert_nonnull (strstr (text, "31 maart 2025\n"));
  g_assert_nonnull (strstr (text, "Voetnoten\n"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  /* gtk_test_init() sets the en_US locale; this test is about the user's. */
  setlocale (LC_ALL, "");
  adw_init ();
  app = kv_test_application_new ();

  g_test_add_func ("/kv/window-dutch/empty-state", test_empty_state);
  g_test_add_func ("/kv/window-dutch/example", test_example);

  return g_test_run ();
}
