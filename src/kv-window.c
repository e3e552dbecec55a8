/* kv-window.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kv-format.h"
#include "kv-open-page.h"
#include "kv-question-row.h"
#include "kv-question-view.h"
#include "kv-toast.h"
#include "kv-window-private.h"

/* A new window waits this long for its document before it shows itself
 * with a spinner: most documents are read sooner, and then the window's
 * first frame already shows them, without a flash of the spinner. */
#define PRESENT_DELAY_MS 300

/* Questions whose search text is made per idle call: a few milliseconds. */
#define PREPARE_SEARCH_BATCH 500

/* Rows the sidebar has for the first frame: more than a screen holds. */
#define FIRST_ROWS 50

G_DEFINE_FINAL_TYPE (KvWindow, kv_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_FILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

KvWindow *
kv_window_new (KvApplication *app)
{
  return g_object_new (KV_TYPE_WINDOW,
                       "application", app,
                       NULL);
}

static KvItem *
selected_item (KvWindow *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
update_navigation_actions (KvWindow *self)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-question",
                                 position != GTK_INVALID_LIST_POSITION && position > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-question",
                                 position != GTK_INVALID_LIST_POSITION && position + 1 < n_items);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.copy-item", position != GTK_INVALID_LIST_POSITION);
}

static void
on_selection_changed_cb (KvWindow *self)
{
  KvItem *item = selected_item (self);
  g_autofree char *title = NULL;

  kv_question_view_set_item (self->question_view, item);
  title = item != NULL ? kv_format_item_title (item) : g_strdup (_("Document"));
  adw_navigation_page_set_title (self->content_page, title);

  update_navigation_actions (self);
}

/* A list view keeps rows for some two hundred items around the one in
 * view, and makes and destroys them as items come and go. A search that
 * leaves none of them destroyed them all, and clearing it made them all
 * anew: most of the time such a keystroke took. Rows of items that go
 * wait in spare_rows for the next items instead. GTK takes the row out of
 * its list item before ::teardown, so the list item keeps a reference of
 * the window's to it ("kv-row"). */
static void
on_row_setup_cb (KvWindow                 *self,
                 GtkListItem              *list_item,
                 GtkSignalListItemFactory *factory)
{
  GtkWidget *row;

  if (self->spare_rows->len > 0)
    row = g_ptr_array_steal_index_fast (self->spare_rows, self->spare_rows->len - 1);
  else
    row = g_object_ref_sink (kv_question_row_new ());

  g_object_set_data_full (G_OBJECT (list_item), "kv-row", row, g_object_unref);
  gtk_list_item_set_child (list_item, row);
}

static void
on_row_teardown_cb (KvWindow                 *self,
                    GtkListItem              *list_item,
                    GtkSignalListItemFactory *factory)
{
  GtkWidget *row = g_object_steal_data (G_OBJECT (list_item), "kv-row");

  if (row == NULL)
    return;

  if (self->spare_rows != NULL)
    g_ptr_array_add (self->spare_rows, row);
  else
    g_object_unref (row);
}

static void
on_row_bind_cb (KvWindow                 *self,
                GtkListItem              *list_item,
                GtkSignalListItemFactory *factory)
{
  kv_question_row_set_item (KV_QUESTION_ROW (gtk_list_item_get_child (list_item)),
                            gtk_list_item_get_item (list_item));
}

static void
on_row_unbind_cb (KvWindow                 *self,
                  GtkListItem              *list_item,
                  GtkSignalListItemFactory *factory)
{
  kv_question_row_set_item (KV_QUESTION_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* Enter or a double click on a row, and a click (see setup_question_list):
 * in a narrow window the question then takes the place of the list. */
static void
on_question_activated_cb (KvWindow *self,
                          guint     position)
{
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
on_question_clicked_cb (KvWindow        *self,
                        int              n_press,
                        double           x,
                        double           y,
                        GtkGestureClick *gesture)
{
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

/* Typing anywhere in the window searches; a narrow window shows the list
 * that is being searched. */
static void
on_search_started_cb (KvWindow *self)
{
  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
}

static gboolean
item_matches_search (gpointer item,
                     gpointer user_data)
{
  KvWindow *self = user_data;

  return kv_item_matches (item, self->folded_needle);
}

/* Typing on narrows the search and deleting widens it: then only the items
 * that matched before, or those that did not, need to be looked at again. */
static GtkFilterChange
how_search_changed (const char *before,
                    const char *after)
{
  if (before == NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (after == NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;
  if (strstr (after, before) != NULL)
    return GTK_FILTER_CHANGE_MORE_STRICT;
  if (strstr (before, after) != NULL)
    return GTK_FILTER_CHANGE_LESS_STRICT;

  return GTK_FILTER_CHANGE_DIFFERENT;
}

/* The sidebar's status pages are made when first needed: most windows
 * never show them. */
static void
show_sidebar_status (KvWindow   *self,
                     const char *name,
                     const char *icon_name,
                     const char *title,
                     const char *description)
{
  if (gtk_stack_get_child_by_name (self->sidebar_stack, name) == NULL)
    {
      GtkWidget *page = adw_status_page_new ();

      adw_status_page_set_icon_name (ADW_STATUS_PAGE (page), icon_name);
      adw_status_page_set_title (ADW_STATUS_PAGE (page), title);
      adw_status_page_set_description (ADW_STATUS_PAGE (page), description);
      gtk_widget_add_css_class (page, "compact");
      gtk_stack_add_named (self->sidebar_stack, page, name);
    }

  gtk_stack_set_visible_child_name (self->sidebar_stack, name);
}

/* The filter is on the list only while there is a search: even a filter
 * that lets every item through looks at each of them when a document is
 * shown, which took milliseconds in a long one. */
static void
apply_search (KvWindow        *self,
              GtkFilterChange  change)
{
  if (self->folded_needle == NULL)
    gtk_filter_list_model_set_filter (self->filtered_items, NULL);
  else if (gtk_filter_list_model_get_filter (self->filtered_items) == NULL)
    gtk_filter_list_model_set_filter (self->filtered_items, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), change);
}

static void
on_search_changed_cb (KvWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = kv_fold_text (text);
  g_autofree char *before = g_steal_pointer (&self->folded_needle);

  self->folded_needle = *folded != '\0' ? g_steal_pointer (&folded) : NULL;
  if (g_strcmp0 (before, self->folded_needle) == 0)
    return;

  apply_search (self, how_search_changed (before, self->folded_needle));
  kv_question_view_set_search (self->question_view, self->folded_needle);

  if (g_list_model_get_n_items (G_LIST_MODEL (self->filtered_items)) > 0)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  else
    show_sidebar_status (self, "no-results", "edit-find-symbolic",
                         _("No Results Found"), _("Try a different search"));
}

static void
on_stop_search_cb (KvWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

static void
on_search_activate_cb (KvWindow *self)
{
  adw_navigation_split_view_set_show_content (self->split_view, TRUE);
}

static void
on_search_mode_changed_cb (KvWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

static void
show_error (KvWindow     *self,
            GFile        *file,
            const GError *error)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *title = NULL;
  g_autofree char *description = NULL;

  /* Translators: %s is a file name. */
  title = g_strdup_printf (_("Could Not Open “%s”"), name);
  /* The description is markup; the message may quote the file. */
  description = g_markup_escape_text (error->message, -1);

  if (self->error_page == NULL)
    {
      self->error_page = KV_OPEN_PAGE (kv_open_page_new ());
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->error_page), "error");
    }
  kv_open_page_set_problem (self->error_page, title, description);
  gtk_stack_set_visible_child_name (self->stack, "error");
  gtk_window_set_title (GTK_WINDOW (self), _("Kamervragen"));
}

/* The banners start hidden, so that a window that never shows one does not
 * measure it before its first frame. */
static void
reveal_banner (AdwBanner *banner,
               gboolean   revealed)
{
  if (revealed)
    gtk_widget_set_visible (GTK_WIDGET (banner), TRUE);

  adw_banner_set_revealed (banner, revealed);
}

static void
show_warnings (KvWindow *self)
{
  const char * const *warnings = kv_document_get_warnings (self->document);
  guint n_warnings = warnings != NULL ? g_strv_length ((char **) warnings) : 0;
  g_autofree char *title = NULL;

  if (n_warnings == 0)
    {
      reveal_banner (self->warnings_banner, FALSE);
      return;
    }

  title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                        "Part of this document could not be read",
                                        "%u parts of this document could not be read",
                                        n_warnings),
                           n_warnings);
  adw_banner_set_title (self->warnings_banner, title);
  reveal_banner (self->warnings_banner, TRUE);
}

static void
on_warnings_details_cb (KvWindow *self)
{
  const char * const *warnings = kv_document_get_warnings (self->document);
  g_autofree char *body = g_strjoinv ("\n\n", (char **) warnings);
  AdwDialog *dialog;

  dialog = adw_alert_dialog_new (_("Problems in This Document"), body);
  adw_alert_dialog_add_response (ADW_ALERT_DIALOG (dialog), "close", _("_Close"));
  adw_dialog_present (dialog, GTK_WIDGET (self));
}

/**
 * kv_window_offer_answers:
 * @self: a #KvWindow showing questions
 * @answers: an open document with the answers to them
 *
 * Offers to show @answers beside the questions they answer.
 */
void
kv_window_offer_answers (KvWindow   *self,
                         KvDocument *answers)
{
  g_return_if_fail (KV_IS_WINDOW (self));
  g_return_if_fail (KV_IS_DOCUMENT (answers));

  g_set_object (&self->offered_answers, answers);
  reveal_banner (self->answers_banner, TRUE);
}

static void
on_show_answers_cb (KvWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(KvDocument) answers = g_steal_pointer (&self->offered_answers);

  reveal_banner (self->answers_banner, FALSE);
  if (answers == NULL || self->document == NULL)
    return;

  if (!kv_document_pair_answers (self->document, answers, &error))
    {
      kv_toast_show (GTK_WIDGET (self->stack), error->message);
      return;
    }

  /* The answers are searched too now. */
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_LESS_STRICT);
  show_warnings (self);
}

static gboolean
remember_recent_cb (gpointer uri)
{
  gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);

  return G_SOURCE_REMOVE;
}

/* The recent manager first reads the whole list of recent files, which can
 * be long; that waits until the document is on screen. */
static void
remember_recent (GFile *file)
{
  g_idle_add_full (G_PRIORITY_LOW, remember_recent_cb, g_file_get_uri (file), g_free);
}

/* Makes the search text of every question while the window is idle, after
 * the document is shown, so that the first key typed in the search finds
 * it ready even in a document of thousands of questions. */
static gboolean
prepare_search_cb (gpointer user_data)
{
  KvWindow *self = user_data;
  GListModel *items = kv_document_get_items (self->document);
  guint n_items = g_list_model_get_n_items (items);
  guint end = MIN (self->prepared_items + PREPARE_SEARCH_BATCH, n_items);

  for (; self->prepared_items < end; self->prepared_items++)
    {
      g_autoptr(KvItem) item = g_list_model_get_item (items, self->prepared_items);

      kv_item_prepare_search (item);
    }

  if (self->prepared_items < n_items)
    return G_SOURCE_CONTINUE;

  self->prepare_search_idle = 0;
  return G_SOURCE_REMOVE;
}

static void
show_all_rows_cb (GdkFrameClock *clock,
                  KvWindow      *self)
{
  g_signal_handlers_disconnect_by_func (clock, show_all_rows_cb, self);
  gtk_slice_list_model_set_size (self->first_rows, G_MAXUINT);
}

static void
show_all_rows_after_realize_cb (KvWindow *self)
{
  g_signal_handlers_disconnect_by_func (self, show_all_rows_after_realize_cb, NULL);
  g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (self)), "after-paint",
                           G_CALLBACK (show_all_rows_cb), self, 0);
}

/* Before its first frame a list view makes rows for as many as two hundred
 * items, as it cannot know yet how many fit; in a long document that was
 * most of the time to show it. The sidebar gets a screenful first and the
 * rest once that frame is drawn, below the rows in view. */
static void
show_first_rows_first (KvWindow *self)
{
  gtk_slice_list_model_set_size (self->first_rows, FIRST_ROWS);

  if (gtk_widget_get_realized (GTK_WIDGET (self)))
    show_all_rows_after_realize_cb (self);
  else
    g_signal_connect (self, "realize", G_CALLBACK (show_all_rows_after_realize_cb), NULL);
}

static void
set_document (KvWindow   *self,
              KvDocument *document)
{
  const char *subject;
  const char *zaak;
  gboolean has_items;

  g_set_object (&self->document, document);
  g_clear_object (&self->offered_answers);
  reveal_banner (self->answers_banner, FALSE);

  subject = kv_document_get_subject (document);
  zaak = kv_document_get_zaak (document);
  if (subject == NULL || *subject == '\0')
    subject = _("Untitled Document");

  gtk_window_set_title (GTK_WINDOW (self), subject);
  adw_window_title_set_title (self->window_title, subject);
  adw_window_title_set_subtitle (self->window_title, zaak != NULL ? zaak : "");

  /* A search typed before the document came, or in the last one, does not
   * carry over to this one. */
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);

  /* The view needs the document before the selection gives it a question. */
  kv_question_view_set_document (self->question_view, document);
  show_first_rows_first (self);
  gtk_filter_list_model_set_model (self->filtered_items, kv_document_get_items (document));
  gtk_single_selection_set_selected (self->selection, 0);
  show_warnings (self);

  /* A delay notice or oral questions may have no questions at all; then
   * the page with the document's header and notes is all there is. */
  has_items = g_list_model_get_n_items (kv_document_get_items (document)) > 0;
  if (has_items)
    gtk_stack_set_visible_child_name (self->sidebar_stack, "list");
  else
    show_sidebar_status (self, "no-questions", APP_ID "-symbolic",
                         _("No Questions"), _("This document contains no questions"));
  adw_navigation_split_view_set_show_content (self->split_view, !has_items);

  gtk_stack_set_visible_child_name (self->stack, "document");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);

  self->prepared_items = 0;
  g_clear_handle_id (&self->prepare_search_idle, g_source_remove);
  self->prepare_search_idle = g_idle_add_full (G_PRIORITY_LOW, prepare_search_cb, self, NULL);
}

/**
 * kv_window_show_document:
 * @self: a #KvWindow
 * @file: where @document was read from
 * @document: the document read from @file
 *
 * Shows a document that has already been read, as when it was dropped.
 */
void
kv_window_show_document (KvWindow   *self,
                         GFile      *file,
                         KvDocument *document)
{
  g_return_if_fail (KV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (KV_IS_DOCUMENT (document));

  g_cancellable_cancel (self->cancellable);
  if (g_set_object (&self->file, file))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  remember_recent (file);
  set_document (self, document);
}

static GtkWidget *
new_loading_page (void)
{
  GtkWidget *page = adw_toolbar_view_new ();
  GtkWidget *spinner = adw_spinner_new ();

  gtk_widget_set_halign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (spinner, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (spinner, 32, 32);
  adw_toolbar_view_add_top_bar (ADW_TOOLBAR_VIEW (page), adw_header_bar_new ());
  adw_toolbar_view_set_content (ADW_TOOLBAR_VIEW (page), spinner);

  return page;
}

/* The spinner is made only when a document takes long enough to read that
 * it would be seen. */
static void
show_loading (KvWindow *self)
{
  if (gtk_stack_get_child_by_name (self->stack, "loading") == NULL)
    gtk_stack_add_named (self->stack, new_loading_page (), "loading");

  gtk_stack_set_visible_child_name (self->stack, "loading");
}

static void
present_now (KvWindow *self)
{
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  gtk_window_present (GTK_WINDOW (self));
}

static gboolean
present_timeout_cb (gpointer user_data)
{
  KvWindow *self = user_data;

  self->present_timeout = 0;
  /* Being mapped without its document, the window shows the spinner. */
  gtk_window_present (GTK_WINDOW (self));
  return G_SOURCE_REMOVE;
}

static void
document_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(KvWindow) self = user_data;
  g_autoptr(KvDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;

  document = kv_document_load_file_finish (result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  file = g_object_ref (self->file);
  if (document == NULL)
    {
      /* The window is free again for the next document. */
      g_clear_object (&self->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      show_error (self, file, error);
      present_now (self);
      return;
    }

  kv_window_show_document (self, file, document);
  present_now (self);
}

/**
 * kv_window_open_file:
 * @self: a #KvWindow
 * @file: the document to show
 *
 * Reads @file in the background and shows it, or shows why it could not be
 * read. A window that is not shown yet presents itself when it has the
 * document to show, or after a moment with a spinner.
 */
void
kv_window_open_file (KvWindow *self,
                     GFile    *file)
{
  g_return_if_fail (KV_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      show_loading (self);
      gtk_window_present (GTK_WINDOW (self));
    }
  else if (self->present_timeout == 0)
    self->present_timeout = g_timeout_add (PRESENT_DELAY_MS, present_timeout_cb, self);

  kv_document_load_file_async (file, self->cancellable, document_loaded_cb, g_object_ref (self));
}

/**
 * kv_window_get_file:
 * @self: a #KvWindow
 *
 * Returns: (transfer none) (nullable): the file the window shows or is
 *   loading, or %NULL for an empty window.
 */
GFile *
kv_window_get_file (KvWindow *self)
{
  g_return_val_if_fail (KV_IS_WINDOW (self), NULL);

  return self->file;
}

/**
 * kv_window_get_document:
 * @self: a #KvWindow
 *
 * Returns: (transfer none) (nullable): the document shown.
 */
KvDocument *
kv_window_get_document (KvWindow *self)
{
  g_return_val_if_fail (KV_IS_WINDOW (self), NULL);

  return self->document;
}

static void
open_response_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(KvWindow) self = user_data;
  g_autoptr(GListModel) files = NULL;
  g_autoptr(GError) error = NULL;
  GtkApplication *app;

  files = gtk_file_dialog_open_multiple_finish (GTK_FILE_DIALOG (object), result, &error);
  if (files == NULL)
    return;

  app = gtk_window_get_application (GTK_WINDOW (self));
  for (guint i = 0; i < g_list_model_get_n_items (files); i++)
    {
      g_autoptr(GFile) file = g_list_model_get_item (files, i);

      kv_application_open_file (KV_APPLICATION (app), file);
    }
}

static GListModel *
new_file_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) documents = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (documents, _("Parliamentary Documents"));
  gtk_file_filter_add_mime_type (documents, "application/x-kamervragen+json");
  gtk_file_filter_add_mime_type (documents, "application/x-officiele-publicatie+xml");
  gtk_file_filter_add_mime_type (documents, "text/plain");
  gtk_file_filter_add_mime_type (documents, "text/markdown");
  gtk_file_filter_add_mime_type (documents, "text/html");
  gtk_file_filter_add_mime_type (documents, "application/xml");
  gtk_file_filter_add_suffix (documents, "kamervragen");
  gtk_file_filter_add_suffix (documents, "json");
  g_list_store_append (filters, documents);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, all);

  return G_LIST_MODEL (filters);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  KvWindow *self = KV_WINDOW (widget);
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListModel) filters = new_file_filters ();

  gtk_file_dialog_set_title (dialog, _("Open Documents"));
  gtk_file_dialog_set_filters (dialog, filters);
  gtk_file_dialog_open_multiple (dialog, GTK_WINDOW (self), NULL, open_response_cb, g_object_ref (self));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  KvWindow *self = KV_WINDOW (widget);

  if (self->document == NULL)
    return;

  adw_navigation_split_view_set_show_content (self->split_view, FALSE);
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
select_relative (KvWindow *self,
                 int       delta)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->selection));

  if (position == GTK_INVALID_LIST_POSITION)
    return;
  if ((delta < 0 && position == 0) || (delta > 0 && position + 1 >= n_items))
    return;

  position += delta;
  gtk_list_view_scroll_to (self->question_list, position, GTK_LIST_SCROLL_SELECT, NULL);
}

static void
next_question_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  select_relative (KV_WINDOW (widget), 1);
}

static void
previous_question_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  select_relative (KV_WINDOW (widget), -1);
}

static void
copy_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KvWindow *self = KV_WINDOW (widget);
  KvItem *item = selected_item (self);
  g_autofree char *text = NULL;

  if (item == NULL)
    return;

  text = kv_format_item_for_copy (self->document, item);
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), text);
  kv_toast_show (GTK_WIDGET (self->stack), _("Question copied"));
}

static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_BASE_PATH "/ui/kv-shortcuts-dialog.ui");

  adw_dialog_present (ADW_DIALOG (gtk_builder_get_object (builder, "dialog")), widget);
}

static void
setup_question_list (KvWindow *self)
{
  GtkGesture *click;

  self->filter = gtk_custom_filter_new (item_matches_search, self, NULL);
  self->filtered_items = gtk_filter_list_model_new (NULL, NULL);
  self->first_rows = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->filtered_items)), 0, G_MAXUINT);
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (self->first_rows)));
  gtk_single_selection_set_can_unselect (self->selection, FALSE);
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->question_list, GTK_SELECTION_MODEL (self->selection));

  /* Not single-click activation: that also selects the row under the
   * pointer, and the question shown would follow the mouse. */
  click = gtk_gesture_click_new ();
  g_signal_connect_object (click, "released", G_CALLBACK (on_question_clicked_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->question_list), GTK_EVENT_CONTROLLER (click));
}

static void
kv_window_dispose (GObject *object)
{
  KvWindow *self = (KvWindow *) object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->present_timeout, g_source_remove);
  g_clear_handle_id (&self->prepare_search_idle, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), KV_TYPE_WINDOW);
  /* Not template children, but gone with them. */
  self->empty_page = NULL;
  self->error_page = NULL;
  self->drop_page = NULL;
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->first_rows);
  g_clear_object (&self->filtered_items);
  g_clear_object (&self->filter);
  g_clear_object (&self->offered_answers);
  g_clear_object (&self->document);
  g_clear_object (&self->file);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (kv_window_parent_class)->dispose (object);
}

static void
kv_window_finalize (GObject *object)
{
  KvWindow *self = (KvWindow *) object;

  g_clear_pointer (&self->folded_needle, g_free);

  G_OBJECT_CLASS (kv_window_parent_class)->finalize (object);
}

static void
kv_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KvWindow *self = KV_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* A window shown with neither a document nor one on its way, nor an error
 * to tell, offers to open one; one shown while its document is still being
 * read (presented again, say) shows the spinner. Those pages are made only
 * then. */
static void
kv_window_map (GtkWidget *widget)
{
  KvWindow *self = KV_WINDOW (widget);

  if (self->file == NULL && self->document == NULL && self->error_page == NULL && self->empty_page == NULL)
    {
      self->empty_page = KV_OPEN_PAGE (kv_open_page_new ());
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->empty_page), "empty");
      gtk_stack_set_visible_child (self->stack, GTK_WIDGET (self->empty_page));
    }
  else if (self->file != NULL && self->document == NULL)
    {
      show_loading (self);
    }

  GTK_WIDGET_CLASS (kv_window_parent_class)->map (widget);
}

static void
kv_window_class_init (KvWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kv_window_dispose;
  object_class->finalize = kv_window_finalize;
  object_class->get_property = kv_window_get_property;

  widget_class->map = kv_window_map;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         KV_TYPE_DOCUMENT,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL,
                         G_TYPE_FILE,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (KV_TYPE_QUESTION_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/kv-window.ui");
  gtk_widget_class_bind_template_child (widget_class, KvWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, split_view);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, sidebar_stack);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, question_list);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, content_page);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, answers_banner);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, warnings_banner);
  gtk_widget_class_bind_template_child (widget_class, KvWindow, question_view);
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_teardown_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_question_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_started_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_warnings_details_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_answers_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.next-question", NULL, next_question_action);
  gtk_widget_class_install_action (widget_class, "win.previous-question", NULL, previous_question_action);
  gtk_widget_class_install_action (widget_class, "win.copy-item", NULL, copy_item_action);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, shortcuts_action);

}

static void
kv_window_init (KvWindow *self)
{
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  gtk_widget_init_template (GTK_WIDGET (self));

  self->settings = g_settings_new (APP_ID);
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_DEFAULT);

  kv_application_set_up_main_menu (self->menu_button);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed_cb), self, G_CONNECT_SWAPPED);

  setup_question_list (self);
  _kv_window_setup_drop_target (self);
  update_navigation_actions (self);
}
