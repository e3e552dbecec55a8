/* test-window.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "kv-format.h"
#include "kv-open-page-private.h"
#include "kv-question-row.h"
#include "kv-question-view.h"
#include "kv-test-utils.h"
#include "kv-window-private.h"

#define EXAMPLE TEST_DATA_DIR "/2025Z04271.txt"
#define EXAMPLE_SUBJECT "het werkbezoek van de Staatssecretaris van Defensie aan Microsoft en Amazon"
#define LINKEDIN_URL "https://www.linkedin.com/posts/defensiestas_met-alleen-staal-en-vuur-komen-we-er-niet-activity-7302991284237963264-XuxW?utm_source=share&utm_medium=member_ios&rcm=ACoAAADAYiABDyjlU612hQBamO1BT7U5oX3m6bg"

typedef struct
{
  KvApplication *app;
  KvWindow      *window;
} Fixture;

/* One application for all tests, as GApplication can be registered once per
 * process; each test starts without windows. */
static KvApplication *application;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->app = application;
  g_assert_null (gtk_application_get_windows (GTK_APPLICATION (fixture->app)));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  GList *windows;

  while ((windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app))) != NULL)
    gtk_window_destroy (windows->data);
}

static void
open_example (Fixture *fixture)
{
  fixture->window = kv_test_open_document (fixture->app, EXAMPLE);
}

static GtkSingleSelection *
question_selection (Fixture *fixture)
{
  GtkListView *list = fixture->window->question_list;

  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (list));
}

static KvQuestionView *
question_view (Fixture *fixture)
{
  return fixture->window->question_view;
}

static guint
selected_number (Fixture *fixture)
{
  KvItem *item = gtk_single_selection_get_selected_item (question_selection (fixture));
  const guint *numbers;
  guint n_numbers;

  g_assert_nonnull (item);
  numbers = kv_item_get_numbers (item, &n_numbers);
  g_assert_cmpuint (n_numbers, ==, 1);
  return numbers[0];
}

static void
select_number (Fixture *fixture,
               guint    number)
{
  GtkSingleSelection *selection = question_selection (fixture);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (selection)); i++)
    {
      g_autoptr(KvItem) item = g_list_model_get_item (G_LIST_MODEL (selection), i);
      guint n_numbers;

      if (kv_item_get_numbers (item, &n_numbers)[0] == number)
        {
          gtk_single_selection_set_selected (selection, i);
          return;
        }
    }

  g_assert_not_reached ();
}

/* Follows a link the way a click or Enter on it does. */
static void
activate_link (GtkLabel   *label,
               const char *uri)
{
  gboolean handled = FALSE;

  g_signal_emit_by_name (label, "activate-link", uri, &handled);
  g_assert_true (handled);
}

/* What GTK passes to ::activate-link for an attribute value. */
static char *
unescape_markup (const char *text)
{
  static const char *entities[][2] = {
    { "&lt;", "<" }, { "&gt;", ">" }, { "&quot;", "\"" }, { "&apos;", "'" }, { "&amp;", "&" },
  };
  g_autoptr(GString) unescaped = g_string_new (text);

  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    g_string_replace (unescaped, entities[i][0], entities[i][1], 0);

  return g_string_free_and_steal (g_steal_pointer (&unescaped));
}

static char *
href_with_prefix (GtkLabel   *label,
                  const char *prefix)
{
  g_autofree char *attribute = NULL;
  const char *markup = gtk_label_get_label (label);
  g_autofree char *needle = g_strdup_printf ("href=\"%s", prefix);
  const char *start = strstr (markup, needle);

  if (start == NULL)
    return NULL;

  start += strlen ("href=\"");
  attribute = g_strndup (start, strchr (start, '"') - start);
  return unescape_markup (attribute);
}

static void
test_empty_state (Fixture       *fixture,
                  gconstpointer  data)
{
  GtkWindow *window;
  GtkStack *stack;
  AdwStatusPage *empty_page;

  g_application_activate (G_APPLICATION (fixture->app));
  window = gtk_application_get_active_window (GTK_APPLICATION (fixture->app));
  g_assert_true (KV_IS_WINDOW (window));

  stack = KV_WINDOW (window)->stack;
  empty_page = KV_WINDOW (window)->empty_page->status_page;
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "empty");
  g_assert_cmpstr (adw_status_page_get_title (empty_page), ==, "Open a Document");
  g_assert_cmpstr (gtk_window_get_title (window), ==, "Kamervragen");
  g_assert_null (kv_window_get_file (KV_WINDOW (window)));
}

static void
test_example_list (Fixture       *fixture,
                   gconstpointer  data)
{
  GtkSingleSelection *selection;
  AdwWindowTitle *title;
  g_autofree char *rows_text = NULL;

  open_example (fixture);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (fixture->window)), ==, EXAMPLE_SUBJECT);
  title = fixture->window->window_title;
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "2025Z04271");

  selection = question_selection (fixture);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 17);
  for (guint i = 0; i < 17; i++)
    {
      g_autoptr(KvItem) item = g_list_model_get_item (G_LIST_MODEL (selection), i);
      g_autofree char *row_title = kv_format_item_title (item);
      g_autofree char *expected = g_strdup_printf ("Question %u", i + 1);

      g_assert_cmpstr (row_title, ==, expected);
    }

  /* What the rows show: each item's title over the start of its question. */
  rows_text = kv_test_collect_text (GTK_WIDGET (fixture->window->question_list));
  g_assert_true (g_str_has_prefix (rows_text,
                                   "Question 1\n"
                                   "Kunt u uitleggen wat het doel was van uw werkbezoek van 3 tot en met 5 maart 2025"));
  g_assert_nonnull (strstr (rows_text, "\nQuestion 2\nKunt u het volledige programma van uw werkbezoek"));

  g_assert_cmpuint (gtk_single_selection_get_selected (selection), ==, 0);
  g_assert_nonnull (kv_test_find_label (GTK_WIDGET (question_view (fixture)),
                                        "Kunt u uitleggen wat het doel was van uw werkbezoek"));
}

static void
test_example_detail (Fixture       *fixture,
                     gconstpointer  data)
{
  GtkWidget *view;
  g_autofree char *text = NULL;

  open_example (fixture);
  select_number (fixture, 14);

  view = GTK_WIDGET (question_view (fixture));
  text = kv_test_collect_text (view);
  g_assert_nonnull (strstr (text, "Question 14\n"));
  g_assert_nonnull (strstr (text, "Wat bedoelt u precies met uw openbare uitspraak: «Met een slimme mix van eigen en commerciële cloudoplossingen vergroten we onze digitale slagkracht»?2"));
  g_assert_nonnull (strstr (text, "Kathmann (GroenLinks-PvdA), Nordkamp (GroenLinks-PvdA)"));
  g_assert_nonnull (strstr (text, "Staatssecretaris van Defensie\nStaatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties"));
  g_assert_nonnull (strstr (text, "10 March 2025"));
  g_assert_nonnull (strstr (text, "31 March 2025"));
  g_assert_nonnull (strstr (text, "LinkedIn bericht van Staatssecretaris Tuinman, 5 maart 2025"));
  /* Question 1 is not shown any more. */
  g_assert_null (strstr (text, "Kunt u uitleggen wat het doel was"));
}

static GtkWidget *
open_footnote_two (Fixture *fixture)
{
  GtkLabel *label;
  g_autofree char *href = NULL;
  GtkWidget *popover;

  open_example (fixture);
  select_number (fixture, 14);

  label = kv_test_find_label (GTK_WIDGET (question_view (fixture)), "Wat bedoelt u precies");
  g_assert_nonnull (label);
  href = href_with_prefix (label, "kv-footnote:");
  g_assert_cmpstr (href, ==, "kv-footnote:2:0");
  activate_link (label, href);

  popover = gtk_widget_get_last_child (GTK_WIDGET (label));
  g_assert_true (GTK_IS_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  return popover;
}

static void
test_footnote_by_keyboard (Fixture       *fixture,
                           gconstpointer  data)
{
  GtkLabel *label;
  GtkWidget *popover;

  open_example (fixture);
  select_number (fixture, 14);
  label = kv_test_find_label (GTK_WIDGET (question_view (fixture)), "Wat bedoelt u precies");

  /* Tab reaches the paragraph, Tab again its only link, the marker; Enter
   * follows it. */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (label), GTK_DIR_TAB_FORWARD));
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (label), GTK_DIR_TAB_FORWARD));
  g_assert_cmpstr (gtk_label_get_current_uri (label), ==, "kv-footnote:2:0");
  g_signal_emit_by_name (label, "activate-current-link");

  popover = gtk_widget_get_last_child (GTK_WIDGET (label));
  g_assert_true (GTK_IS_POPOVER (popover));
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_nonnull (kv_test_find_label (popover, "Footnote 2"));
}

static void
test_footnote_popover (Fixture       *fixture,
                       gconstpointer  data)
{
  GtkWidget *popover = open_footnote_two (fixture);
  g_autofree char *text = kv_test_collect_text (popover);

  g_assert_nonnull (strstr (text, "Footnote 2\n"));
  g_assert_nonnull (strstr (text, "LinkedIn bericht van Staatssecretaris Tuinman, 5 maart 2025"));
  g_assert_nonnull (kv_test_find_label (popover, LINKEDIN_URL));
  g_assert_nonnull (kv_test_find_label (popover, "Copy Link"));
}

static void
record_uri_cb (KvQuestionView *view,
               const char     *uri,
               GPtrArray      *launched)
{
  g_ptr_array_add (launched, g_strdup (uri));
  g_signal_stop_emission_by_name (view, "launch-uri");
}

static void
test_links_launch (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) launched = g_ptr_array_new_with_free_func (g_free);
  GtkWidget *popover = open_footnote_two (fixture);
  GtkLabel *address = kv_test_find_label (popover, LINKEDIN_URL);
  g_autofree char *href = NULL;
  GtkLabel *question;

  g_signal_connect (question_view (fixture), "launch-uri", G_CALLBACK (record_uri_cb), launched);

  href = href_with_prefix (address, "https:");
  activate_link (address, href);
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (launched, 0), ==, LINKEDIN_URL);

  /* An address that is not a web link is never launched. */
  question = kv_test_find_label (GTK_WIDGET (question_view (fixture)), "Wat bedoelt u precies");
  activate_link (question, "javascript:alert(1)");
  activate_link (question, "file:///etc/passwd");
  g_assert_cmpuint (launched->len, ==, 1);
}

static void
set_search (Fixture    *fixture,
            const char *text)
{
  GtkEditable *entry = GTK_EDITABLE (fixture->window->search_entry);

  gtk_widget_activate_action (GTK_WIDGET (fixture->window), "win.search", NULL);
  gtk_editable_set_text (entry, text);
  /* The entry reports changes after a short delay; report now. */
  g_signal_emit_by_name (entry, "search-changed");
}

static void
test_search (Fixture       *fixture,
             gconstpointer  data)
{
  GtkSingleSelection *selection;
  GtkStack *sidebar_stack;
  GtkSearchBar *search_bar;

  open_example (fixture);
  selection = question_selection (fixture);
  sidebar_stack = fixture->window->sidebar_stack;
  search_bar = fixture->window->search_bar;

  set_search (fixture, "Nextcloud");
  g_assert_true (gtk_search_bar_get_search_mode (search_bar));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  g_assert_cmpuint (selected_number (fixture), ==, 13);
  g_assert_nonnull (strstr (gtk_label_get_label (kv_test_find_label (GTK_WIDGET (question_view (fixture)), "OVHcloud")),
                            "\">Nextcloud</span>"));

  /* Case- and accent-insensitive: "INITIEREN" finds "initiëren". */
  set_search (fixture, "INITIEREN");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  g_assert_cmpuint (selected_number (fixture), ==, 13);

  /* Footnote text counts too: "linkedin" is only in footnote 2, cited by 14. */
  set_search (fixture, "linkedin");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 1);
  g_assert_cmpuint (selected_number (fixture), ==, 14);

  set_search (fixture, "geen enkele vraag gaat hierover");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack), ==, "no-results");
  /* The rows of the questions that went wait to be used again. */
  g_assert_cmpuint (fixture->window->spare_rows->len, ==, 17);

  /* Escape ends the search and brings every question back, in those rows. */
  gtk_search_bar_set_search_mode (search_bar, FALSE);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (selection)), ==, 17);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (sidebar_stack), ==, "list");
  g_assert_cmpuint (fixture->window->spare_rows->len, ==, 0);
}

/* Presses a key combination through the window's own key bindings; returns
 * whether the action it is bound to was enabled and ran. */
static gboolean
press_shortcut (Fixture    *fixture,
                const char *accelerator)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (fixture->window));
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (accelerator);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;

      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0,
                                                 GTK_WIDGET (fixture->window), NULL);
        }
    }

  g_assert_not_reached ();
}

static void
test_keyboard_navigation (Fixture       *fixture,
                          gconstpointer  data)
{
  open_example (fixture);
  g_assert_cmpuint (selected_number (fixture), ==, 1);

  /* There is nothing before the first question. */
  g_assert_false (press_shortcut (fixture, "<Alt>Up"));
  g_assert_cmpuint (selected_number (fixture), ==, 1);

  g_assert_true (press_shortcut (fixture, "<Alt>Down"));
  g_assert_cmpuint (selected_number (fixture), ==, 2);
  g_assert_true (press_shortcut (fixture, "<Control>Page_Down"));
  g_assert_cmpuint (selected_number (fixture), ==, 3);
  g_assert_true (press_shortcut (fixture, "<Alt>Up"));
  g_assert_cmpuint (selected_number (fixture), ==, 2);
  g_assert_true (press_shortcut (fixture, "<Control>Page_Up"));
  g_assert_cmpuint (selected_number (fixture), ==, 1);

  select_number (fixture, 17);
  g_assert_false (press_shortcut (fixture, "<Alt>Down"));
  g_assert_cmpuint (selected_number (fixture), ==, 17);
}

static void
clipboard_read_cb (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  char **text = user_data;

  *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (object), result, NULL);
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

static void
test_copy_item (Fixture       *fixture,
                gconstpointer  data)
{
  g_autofree char *text = NULL;

  open_example (fixture);
  select_number (fixture, 14);
  g_assert_true (press_shortcut (fixture, "<Control><Shift>c"));

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (fixture->window)), NULL,
                                 clipboard_read_cb, &text);
  kv_test_wait_until (is_set, &text);
  g_assert_true (g_str_has_prefix (text, "Question 14\n\nWat bedoelt u precies met uw openbare uitspraak"));
  g_assert_nonnull (strstr (text, "[2] LinkedIn bericht van Staatssecretaris Tuinman, 5 maart 2025"));
  g_assert_nonnull (strstr (text, LINKEDIN_URL));
}

static char *
write_temporary (const char *name,
                 const char *contents,
                 gssize      length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kv-test-XXXXXX", &error);
  char *path;

  g_assert_no_error (error);
  path = g_build_filename (dir, name, NULL);
  g_file_set_contents (path, contents, length, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_hostile_document (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = write_temporary ("hostile.txt",
                                           "Vraag 1\n\n"
                                           "Is <span foreground=\"red\">dit</span> & <a href=\"javascript:alert(1)\">dit</a> veilig?\n",
                                           -1);
  g_autoptr(GPtrArray) launched = g_ptr_array_new_with_free_func (g_free);
  GtkLabel *label;

  fixture->window = kv_test_open_document (fixture->app, path);
  label = kv_test_find_label (GTK_WIDGET (question_view (fixture)), "veilig?");
  g_assert_nonnull (label);

  g_assert_cmpstr (gtk_label_get_text (label), ==,
                   "Is <span foreground=\"red\">dit</span> & <a href=\"javascript:alert(1)\">dit</a> veilig?");
  g_assert_null (strstr (gtk_label_get_label (label), "href=\"javascript"));
  g_assert_null (href_with_prefix (label, ""));
}

/* The footnote of the subject is a link in the document's header. */
static void
test_subject_footnote (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *path = write_temporary ("subject.txt",
                                           "Vragen van het lid Van Nispen (SP) aan de Minister van Justitie en "
                                           "Veiligheid over het bericht «Rechtspraak kampt met vacatures»¹ "
                                           "(ingezonden 2 april 2025).\n\nVraag 1\n\nKent u het bericht?\n\n"
                                           "¹ NOS, 1 april 2025\n", -1);
  g_autofree char *href = NULL;
  g_autofree char *text = NULL;
  GtkLabel *label;
  GtkWidget *popover;

  fixture->window = kv_test_open_document (fixture->app, path);
  label = kv_test_find_label (GTK_WIDGET (question_view (fixture)), "Rechtspraak kampt met vacatures");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "het bericht «Rechtspraak kampt met vacatures»1");
  href = href_with_prefix (label, "kv-footnote:");
  g_assert_cmpstr (href, ==, "kv-footnote:1:0");
  activate_link (label, href);

  popover = gtk_widget_get_last_child (GTK_WIDGET (label));
  g_assert_true (GTK_IS_POPOVER (popover));
  text = kv_test_collect_text (popover);
  g_assert_nonnull (strstr (text, "NOS, 1 april 2025"));
  g_assert_null (kv_document_get_warnings (kv_window_get_document (fixture->window))[0]);
}

static void
test_unreadable_document (Fixture       *fixture,
                          gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\10\6\0\0\0";
  g_autofree char *path = write_temporary ("picture.txt", png, sizeof png - 1);
  AdwStatusPage *error_page;
  GtkStack *stack;

  fixture->window = kv_test_open_document (fixture->app, path);
  stack = fixture->window->stack;
  error_page = fixture->window->error_page->status_page;
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "error");
  g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Could Not Open “picture.txt”");
  g_assert_cmpstr (adw_status_page_get_description (error_page), !=, "");
  g_assert_cmpstr (gtk_button_get_label (fixture->window->error_page->open_button), ==, "_Open Another Document…");
  /* The window is free for the next document. */
  g_assert_null (kv_window_get_file (fixture->window));
}

static gboolean
has_two_windows (gpointer data)
{
  return g_list_length (gtk_application_get_windows (data)) == 2;
}

static gboolean
shows_toast (gpointer data)
{
  return kv_test_find_label (data, "“picture.png” is not a document Kamervragen can open") != NULL;
}

static void
drop_files (KvWindow  *window,
            GFile    **files,
            guint      n_files)
{
  g_auto(GValue) value = G_VALUE_INIT;
  gboolean accepted = FALSE;

  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_array (files, n_files));
  g_signal_emit_by_name (window->drop_target, "drop", &value, 10.0, 10.0, &accepted);
  g_assert_true (accepted);
}

static void
test_drop (Fixture       *fixture,
           gconstpointer  data)
{
  static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0\1\10\6\0\0\0";
  g_autofree char *picture = write_temporary ("picture.png", png, sizeof png - 1);
  g_autofree char *other = write_temporary ("other.txt", "Vraag 1\n\nWat is een andere vraag?\n", -1);
  g_autoptr(GFile) example = g_file_new_for_path (EXAMPLE);
  GFile *files[2];
  GList *windows;
  const char *titles[2];

  g_application_activate (G_APPLICATION (fixture->app));
  fixture->window = KV_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (fixture->app)));

  /* An unsupported file is named in a toast; nothing else opens. */
  files[0] = g_file_new_for_path (picture);
  drop_files (fixture->window, files, 1);
  kv_test_wait_until (shows_toast, fixture->window);
  g_assert_null (kv_window_get_file (fixture->window));
  g_object_unref (files[0]);

  /* Two documents: the first fills the empty window, the second gets its own. */
  files[0] = g_object_ref (example);
  files[1] = g_file_new_for_path (other);
  drop_files (fixture->window, files, 2);
  kv_test_wait_until (has_two_windows, fixture->app);
  g_object_unref (files[0]);
  g_object_unref (files[1]);

  /* The documents are read side by side; either may fill the first window. */
  windows = gtk_application_get_windows (GTK_APPLICATION (fixture->app));
  titles[0] = gtk_window_get_title (windows->data);
  titles[1] = gtk_window_get_title (windows->next->data);
  g_assert_true ((g_str_equal (titles[0], EXAMPLE_SUBJECT) && g_str_equal (titles[1], "Untitled Document")) ||
                 (g_str_equal (titles[1], EXAMPLE_SUBJECT) && g_str_equal (titles[0], "Untitled Document")));
}

static gboolean
lists_recent_documents (gpointer data)
{
  KvWindow *window = data;

  return gtk_widget_get_visible (window->empty_page->recent_clamp);
}

static gboolean
is_recent (gpointer uri)
{
  return gtk_recent_manager_has_item (gtk_recent_manager_get_default (), uri);
}

static void
test_recent_documents (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autofree char *contents = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  KvWindow *empty;
  GtkWidget *row;

  /* A document no other test opened, opened a second after theirs (the
   * list knows when things were opened to the second): it comes first. */
  g_assert_true (g_file_get_contents (EXAMPLE, &contents, NULL, NULL));
  path = write_temporary ("recent «vragen».txt", contents, -1);
  /* The other tests' windows add their documents to the list when idle. */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_usleep (1100 * G_TIME_SPAN_MILLISECOND);
  fixture->window = kv_test_open_document (fixture->app, path);
  /* The recent manager learns about it in the background. */
  uri = g_filename_to_uri (path, NULL, NULL);
  kv_test_wait_until (is_recent, uri);

  empty = kv_window_new (fixture->app);
  gtk_window_present (GTK_WINDOW (empty));
  kv_test_wait_until (lists_recent_documents, empty);

  row = GTK_WIDGET (gtk_list_box_get_row_at_index (empty->empty_page->recent_list, 0));
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "recent «vragen».txt");

  /* It is open already: choosing it presents its window, rather than
   * opening it a second time. */
  g_signal_emit_by_name (empty->empty_page->recent_list, "row-activated", row);
  g_assert_null (kv_window_get_file (empty));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 2);
}

static gboolean
offers_answers (gpointer data)
{
  AdwBanner *banner = KV_WINDOW (data)->answers_banner;

  return gtk_widget_get_visible (GTK_WIDGET (banner)) && adw_banner_get_revealed (banner);
}

static void
test_pair_answers (Fixture       *fixture,
                   gconstpointer  data)
{
  KvWindow *answers;
  g_autofree char *text = NULL;
  KvItem *item;

  fixture->window = kv_test_open_document (fixture->app, TEST_DATA_DIR "/constructed-kv-tk-2025Z99999.xml");
  g_assert_false (adw_banner_get_revealed (fixture->window->answers_banner));

  /* Opening the answers makes the questions' window offer them. */
  answers = kv_test_open_document (fixture->app, TEST_DATA_DIR "/constructed-ah-tk-20242025-9999.xml");
  g_assert_true (answers != fixture->window);
  kv_test_wait_until (offers_answers, fixture->window);
  g_assert_false (adw_banner_get_revealed (answers->answers_banner));

  item = gtk_single_selection_get_selected_item (question_selection (fixture));
  g_assert_null (kv_item_get_answer (item));
  g_signal_emit_by_name (fixture->window->answers_banner, "button-clicked");

  g_assert_false (adw_banner_get_revealed (fixture->window->answers_banner));
  g_assert_nonnull (kv_item_get_answer (item));
  text = kv_test_collect_text (GTK_WIDGET (question_view (fixture)));
  g_assert_nonnull (strstr (text, "Question 1\n"));
  g_assert_nonnull (strstr (text, "Answer\n"));
  g_assert_nonnull (strstr (text, "Answered by Minister Visser (Infrastructuur en Waterstaat), "
                                  "Minister van Economische Zaken on 2 April 2025\n"));
  g_assert_nonnull (strstr (text, "\nJa.\n"));
}

static void
test_popover_and_next_question (Fixture       *fixture,
                                gconstpointer  data)
{
  open_footnote_two (fixture);

  /* Moving on while the footnote is open closes it with the page. */
  g_assert_true (press_shortcut (fixture, "<Alt>Down"));
  g_assert_cmpuint (selected_number (fixture), ==, 15);
  g_assert_null (kv_test_find_label (GTK_WIDGET (question_view (fixture)), "Footnote 2"));
}

static void
test_document_without_questions (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autofree char *text = NULL;

  fixture->window = kv_test_open_document (fixture->app, TEST_DATA_DIR "/AH615-2024Z17538.mededeling.docx-text.txt");

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (question_selection (fixture))), ==, 0);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (fixture->window->sidebar_stack), ==, "no-questions");
  g_assert_true (adw_navigation_split_view_get_show_content (fixture->window->split_view));

  /* The notice itself is what the page shows. */
  text = kv_test_collect_text (GTK_WIDGET (question_view (fixture)));
  g_assert_nonnull (strstr (text, "Notice\n"));
  g_assert_nonnull (strstr (text, "Notice from\nstaatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur)\n"));
  g_assert_nonnull (strstr (text, "Received\n20 November 2024\n"));
  g_assert_nonnull (strstr (text, "de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen."));
}

static void
test_error_is_not_markup (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *path = write_temporary ("broken & <b>.kamervragen",
                                           "{\"format\": \"kamervragen\", \"version\": 1, \"items\": [", -1);
  AdwStatusPage *error_page;

  fixture->window = kv_test_open_document (fixture->app, path);
  error_page = fixture->window->error_page->status_page;
  g_assert_cmpstr (adw_status_page_get_title (error_page), ==, "Could Not Open “broken & <b>.kamervragen”");
  /* json-glib's message names "<data>": shown as text, not lost as markup. */
  g_assert_nonnull (kv_test_find_label (GTK_WIDGET (error_page), "The file is not valid JSON: <data>"));
}

/* The model's warnings are told once, in a banner, with the details a
 * click away. */
static void
test_warnings_banner (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autofree char *path = write_temporary ("warned.txt",
                                           "Vraag 1\n\nIs dit een vraag?\n\n"
                                           "Antwoord 1\n\nJa.\n\n"
                                           "Antwoord 2\n\nNee.\n", -1);
  AdwBanner *banner;
  AdwDialog *dialog;

  fixture->window = kv_test_open_document (fixture->app, path);
  banner = fixture->window->warnings_banner;
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (banner)));
  g_assert_true (adw_banner_get_revealed (banner));
  g_assert_cmpstr (adw_banner_get_title (banner), ==, "Part of this document could not be read");

  g_signal_emit_by_name (banner, "button-clicked");
  dialog = adw_application_window_get_visible_dialog (ADW_APPLICATION_WINDOW (fixture->window));
  g_assert_true (ADW_IS_ALERT_DIALOG (dialog));
  g_assert_cmpstr (adw_alert_dialog_get_body (ADW_ALERT_DIALOG (dialog)), ==, "No question was found for answer 2.");
  adw_dialog_force_close (dialog);

  /* A document without warnings keeps its banner out of sight. */
  open_example (fixture);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->window->warnings_banner)));
}

static void
test_highlight_across_runs (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autofree char *path = write_temporary ("italic.txt", "Vraag 1\n\nIs de *minister* van Financiën bereid?\n", -1);
  const char *markup;
  GtkLabel *label;

  fixture->window = kv_test_open_document (fixture->app, path);
  set_search (fixture, "MINISTER VAN FINANCIEN");

  /* The match starts in italic text and ends in plain text. */
  label = kv_test_find_label (GTK_WIDGET (question_view (fixture)), "bereid?");
  markup = gtk_label_get_label (label);
  g_assert_nonnull (strstr (markup, "<i><span background=\"#f6d32d\" foreground=\"#000000\">minister</span></i>"));
  g_assert_nonnull (strstr (markup, "<span background=\"#f6d32d\" foreground=\"#000000\"> van Financiën</span> bereid?"));
}

static void
test_one_window_per_document (Fixture       *fixture,
                              gconstpointer  data)
{
  open_example (fixture);
  g_assert_true (kv_test_open_document (fixture->app, EXAMPLE) == fixture->window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (fixture->app))), ==, 1);
}

static gboolean
has_document (gpointer data)
{
  return kv_window_get_document (data) != NULL;
}

/* A window shown before its document is read shows a spinner, not an
 * empty document page. */
static void
test_loading (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GFile) file = g_file_new_for_path (EXAMPLE);
  KvWindow *window = kv_window_new (fixture->app);

  kv_window_open_file (window, file);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "loading");

  kv_test_wait_until (has_document, window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->stack), ==, "document");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, EXAMPLE_SUBJECT);
}

/* The main menu is made when it is first opened. */
static void
test_main_menu (Fixture       *fixture,
                gconstpointer  data)
{
  GtkMenuButton *button;
  GtkPopover *popover;

  open_example (fixture);
  button = fixture->window->menu_button;
  g_assert_null (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  g_assert_nonnull (kv_test_find_label (GTK_WIDGET (popover), "Keyboard Shortcuts"));
  g_assert_nonnull (kv_test_find_label (GTK_WIDGET (popover), "About Kamervragen"));

  /* Opening it again shows the same menu. */
  gtk_menu_button_popdown (button);
  gtk_menu_button_popup (button);
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  bindtextdomain (GETTEXT_PACKAGE, TEST_LOCALE_DIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  application = kv_test_application_new ();

#define ADD(path, func) g_test_add ("/kv/window/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("empty-state", test_empty_state);
  ADD ("example/list", test_example_list);
  ADD ("example/detail", test_example_detail);
  ADD ("example/footnote-popover", test_footnote_popover);
  ADD ("example/footnote-by-keyboard", test_footnote_by_keyboard);
  ADD ("example/links", test_links_launch);
  ADD ("example/search", test_search);
  ADD ("example/keyboard", test_keyboard_navigation);
  ADD ("example/copy-item", test_copy_item);
  ADD ("hostile-document", test_hostile_document);
  ADD ("subject-footnote", test_subject_footnote);
  ADD ("unreadable-document", test_unreadable_document);
  ADD ("one-window-per-document", test_one_window_per_document);
  ADD ("drop", test_drop);
  ADD ("recent-documents", test_recent_documents);
  ADD ("pair-answers", test_pair_answers);
  ADD ("document-without-questions", test_document_without_questions);
  ADD ("highlight-across-runs", test_highlight_across_runs);
  ADD ("error-is-not-markup", test_error_is_not_markup);
  ADD ("warnings-banner", test_warnings_banner);
  ADD ("example/popover-and-next-question", test_popover_and_next_question);
  ADD ("example/main-menu", test_main_menu);
  ADD ("example/loading", test_loading);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
