/* kv-question-view.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <adwaita.h>

#include "kv-format.h"
#include "kv-markup.h"
#include "kv-question-view.h"
#include "kv-toast.h"

/* The least width of the text, in characters. */
#define MIN_WIDTH_CHARS 20

/* The detail page: the document's header, then one item rendered as labels
 * with Pango markup. Links in those labels are either web addresses (opened
 * through ::launch-uri), footnote markers ("kv-footnote:N:M", which open a
 * popover at the marker) or the back links of the footnote list
 * ("kv-marker:N", which bring the marker into view). */
struct _KvQuestionView
{
  GtkWidget parent_instance;

  KvDocument *document;
  KvItem     *item;
  char       *folded_needle;

  /* The label that shows the first marker of each footnote number. */
  GHashTable *marker_labels;
  GtkWidget  *popover;

  /* Template widgets */
  GtkWidget   *scrolled_window;
  GtkViewport *viewport;
  GtkBox      *page;
};

G_DEFINE_FINAL_TYPE (KvQuestionView, kv_question_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_ITEM,
  N_PROPS
};

enum {
  LAUNCH_URI,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static gboolean on_activate_link_cb (KvQuestionView *self,
                                     const char     *uri,
                                     GtkLabel       *label);

/* Unparenting a popover that is shown closes it, which emits ::closed;
 * the popover is let go of first, so that closing cannot come back here. */
static void
close_popover (KvQuestionView *self)
{
  g_autoptr(GtkWidget) popover = g_steal_pointer (&self->popover);

  if (popover == NULL)
    return;

  g_signal_handlers_disconnect_by_data (popover, self);
  gtk_widget_unparent (popover);
}

static GtkWidget *
new_text_label (const char *markup)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_markup (GTK_LABEL (label), markup);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  /* Without it, GTK finds the label's least width by breaking the text
   * after every character, which is most of the cost of showing a long
   * paragraph; this is narrower than any window the view fits in. */
  gtk_label_set_width_chars (GTK_LABEL (label), MIN_WIDTH_CHARS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);

  return label;
}

static GtkWidget *
add_heading (KvQuestionView *self,
             const char     *text,
             const char     *css_class)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "label", text,
                                   "wrap", TRUE,
                                   "xalign", 0.0f,
                                   "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING,
                                   NULL);

  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (self->page, label);

  return label;
}

static gboolean
starts_with_digit (KvRichText *text,
                   guint       block)
{
  const KvRun *run = kv_rich_text_get_n_runs (text, block) > 0 ? kv_rich_text_get_run (text, block, 0) : NULL;

  return run != NULL && g_ascii_isdigit (run->text[0]);
}

static void
add_rich_text (KvQuestionView *self,
               KvRichText     *text)
{
  guint n_blocks = kv_rich_text_get_n_blocks (text);

  for (guint block = 0; block < n_blocks; block++)
    {
      g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (KvMarker));
      g_autofree char *markup = kv_markup_for_block (text, self->document, block, self->folded_needle, markers);
      KvBlockKind kind = kv_rich_text_get_block_kind (text, block);
      GtkWidget *label;

      /* An item of a numbered list says its number; of any other, the bullet does. */
      if (kind == KV_BLOCK_LIST_ITEM && !starts_with_digit (text, block))
        {
          char *bulleted = g_strconcat ("•\u2002", markup, NULL);

          g_free (markup);
          markup = bulleted;
        }
      label = new_text_label (markup);

      gtk_widget_add_css_class (label, "kv-paragraph");
      if (kind == KV_BLOCK_HEADING)
        gtk_widget_add_css_class (label, "heading");
      else if (kind == KV_BLOCK_LIST_ITEM)
        gtk_widget_set_margin_start (label, 18);

      for (guint i = 0; i < markers->len; i++)
        {
          guint number = g_array_index (markers, KvMarker, i).footnote;

          if (!g_hash_table_contains (self->marker_labels, GUINT_TO_POINTER (number)))
            g_hash_table_insert (self->marker_labels, GUINT_TO_POINTER (number), label);
        }

      g_object_set_data_full (G_OBJECT (label), "kv-markers",
                              g_steal_pointer (&markers), (GDestroyNotify) g_array_unref);
      g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->page, label);
    }
}

static void
add_header_row (GtkGrid    *grid,
                int         row,
                const char *caption,
                const char *value)
{
  GtkWidget *caption_label;
  GtkWidget *value_label;

  if (value == NULL || *value == '\0')
    return;

  caption_label = gtk_label_new (caption);
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_yalign (GTK_LABEL (caption_label), 0);
  gtk_widget_add_css_class (caption_label, "dim-label");

  value_label = gtk_label_new (value);
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_label_set_wrap (GTK_LABEL (value_label), TRUE);
  gtk_label_set_selectable (GTK_LABEL (value_label), TRUE);
  gtk_widget_set_hexpand (value_label, TRUE);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (value_label),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, caption_label, NULL,
                                  -1);

  gtk_grid_attach (grid, caption_label, 0, row, 1, 1);
  gtk_grid_attach (grid, value_label, 1, row, 1, 1);
}

/* The subject, with the markers of the footnotes it cites as links:
 * "het bericht «Vacatures»¹". */
static void
add_subject (KvQuestionView *self,
             const char     *subject)
{
  g_autoptr (KvRichText) text = kv_rich_text_new ();
  g_autoptr (GArray) markers = g_array_new (FALSE, FALSE, sizeof (KvMarker));
  g_autofree char *markup = NULL;
  const guint *numbers;
  guint n_numbers;
  GtkWidget *title;

  kv_rich_text_begin_block (text, KV_BLOCK_HEADING);
  kv_rich_text_append (text, subject, KV_RUN_STYLE_NONE, NULL, 0);
  numbers = kv_document_get_subject_footnotes (self->document, &n_numbers);
  for (guint i = 0; i < n_numbers; i++)
    {
      g_autofree char *label = g_strdup_printf ("%u", numbers[i]);

      kv_rich_text_append (text, label, KV_RUN_STYLE_NONE, NULL, numbers[i]);
    }

  markup = kv_markup_for_block (text, self->document, 0, NULL, markers);
  title = add_heading (self, "", "title-2");
  gtk_label_set_markup (GTK_LABEL (title), markup);
  gtk_label_set_selectable (GTK_LABEL (title), TRUE);
  g_object_set_data_full (G_OBJECT (title), "kv-markers", g_steal_pointer (&markers), (GDestroyNotify) g_array_unref);
  g_signal_connect_object (title, "activate-link", G_CALLBACK (on_activate_link_cb), self, G_CONNECT_SWAPPED);
}

static void
add_document_header (KvQuestionView *self)
{
  KvDocument *document = self->document;
  g_autofree char *askers = kv_format_askers (document);
  g_autofree char *addressees = g_strjoinv ("\n", (char **) kv_document_get_addressees (document));
  g_autofree char *answered_by = g_strjoinv ("\n", (char **) kv_document_get_answered_by (document));
  g_autofree char *submitted = kv_format_date (kv_document_get_submitted (document));
  g_autofree char *received = kv_format_date (kv_document_get_received (document));
  g_autofree char *due = NULL;
  const char *subject = kv_document_get_subject (document);
  GtkWidget *grid;

  if (subject != NULL && *subject != '\0')
    add_subject (self, subject);

  if (received == NULL && kv_document_get_kind (document) == KV_DOCUMENT_KIND_QUESTIONS)
    due = kv_format_answer_due (kv_document_get_submitted (document));

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_add_css_class (grid, "kv-document-header");
  add_header_row (GTK_GRID (grid), 0, _("Asked by"), askers);
  add_header_row (GTK_GRID (grid), 1, _("To"), addressees);
  add_header_row (GTK_GRID (grid), 2, _("Submitted"), submitted);
  add_header_row (GTK_GRID (grid), 3, _("Answer due"), due);
  if (kv_document_get_kind (document) == KV_DOCUMENT_KIND_DELAY_NOTICE)
    {
      add_header_row (GTK_GRID (grid), 4, _("Notice from"), answered_by);
      add_header_row (GTK_GRID (grid), 5, _("Received"), received);
    }
  else
    {
      add_header_row (GTK_GRID (grid), 4, _("Answered by"), answered_by);
      add_header_row (GTK_GRID (grid), 5, _("Answered"), received);
    }
  gtk_box_append (self->page, grid);
}

static void
add_footnotes (KvQuestionView *self)
{
  const guint *numbers;
  guint n_numbers;

  numbers = kv_item_get_footnotes (self->item, &n_numbers);
  if (n_numbers == 0)
    return;

  gtk_widget_add_css_class (add_heading (self, _("Footnotes"), "heading"), "kv-footnotes");

  for (guint i = 0; i < n_numbers; i++)
    {
      KvFootnote *footnote = kv_document_lookup_footnote (self->document, numbers[i]);
      g_autoptr(GString) markup = g_string_new (NULL);
      g_autofree char *back_link = NULL;
      KvRichText *text;
      GtkWidget *label;

      if (footnote == NULL)
        continue;

      text = kv_footnote_get_text (footnote);
      back_link = g_markup_printf_escaped ("<a href=\"" KV_MARKER_URI_PREFIX "%u\" title=\"%s\">%u</a>  ",
                                           numbers[i],
                                           /* Translators: a link from a footnote back to where it is cited. */
                                           _("Go to the citation"),
                                           numbers[i]);
      g_string_append (markup, back_link);
      for (guint block = 0; block < kv_rich_text_get_n_blocks (text); block++)
        {
          g_autofree char *block_markup = kv_markup_for_block (text, self->document, block, self->folded_needle, NULL);

          if (block > 0)
            g_string_append (markup, "\n");
          g_string_append (markup, block_markup);
        }

      label = new_text_label (markup->str);
      gtk_widget_add_css_class (label, "kv-footnote");
      g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (self->page, label);
    }
}

/* Who answered and when, for an answer paired from an answers document;
 * an answers document says it once, in its header. */
static void
add_answer_source (KvQuestionView *self)
{
  const char * const *answered_by = kv_item_get_answered_by (self->item);
  g_autofree char *who = g_strjoinv (", ", (char **) answered_by);
  g_autofree char *when = kv_format_date (kv_item_get_received (self->item));
  g_autofree char *source = NULL;
  g_autofree char *markup = NULL;
  GtkWidget *label;

  if (*who != '\0' && when != NULL)
    /* Translators: "Answered by Minister X on 2 April 2025". */
    source = g_strdup_printf (_("Answered by %s on %s"), who, when);
  else if (*who != '\0')
    source = g_strdup_printf (_("Answered by %s"), who);
  else if (when != NULL)
    source = g_strdup_printf (_("Answered on %s"), when);
  else
    return;

  markup = g_markup_escape_text (source, -1);
  label = new_text_label (markup);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_box_append (self->page, label);
}

static void
add_answer (KvQuestionView *self)
{
  KvRichText *answer = kv_item_get_answer (self->item);

  if (answer == NULL)
    return;

  gtk_widget_add_css_class (add_heading (self, _("Answer"), "title-4"), "kv-answer-heading");
  add_answer_source (self);
  add_rich_text (self, answer);
}

static void
add_notes (KvQuestionView *self)
{
  GListModel *notes = kv_document_get_notes (self->document);
  guint n_notes = g_list_model_get_n_items (notes);

  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(KvNote) note = g_list_model_get_item (notes, i);
      const char *title = kv_note_get_kind (note) == KV_NOTE_KIND_MEDEDELING
                          ? _("Notice")
                          : _("Explanatory Note");

      add_heading (self, title, "title-4");
      add_rich_text (self, kv_note_get_text (note));
    }
}

static void
rebuild (KvQuestionView *self)
{
  GtkWidget *child;
  g_autofree char *title = NULL;

  close_popover (self);
  g_hash_table_remove_all (self->marker_labels);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->page))) != NULL)
    gtk_box_remove (self->page, child);

  if (self->document == NULL)
    return;

  add_document_header (self);

  if (self->item != NULL)
    {
      title = kv_format_item_title (self->item);
      add_heading (self, title, "title-3");
      add_rich_text (self, kv_item_get_question (self->item));
      add_answer (self);
      add_footnotes (self);
    }

  add_notes (self);
}

static GtkWidget *
new_url_row (KvQuestionView *self,
             const char     *url)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *escaped = g_markup_escape_text (url, -1);
  g_autofree char *markup = NULL;
  GtkWidget *address;
  GtkWidget *copy;

  if (kv_uri_is_web_link (url))
    markup = g_strdup_printf ("<a href=\"%s\">%s</a>", escaped, escaped);
  else
    markup = g_steal_pointer (&escaped);

  address = gtk_label_new (NULL);
  gtk_label_set_markup (GTK_LABEL (address), markup);
  gtk_label_set_ellipsize (GTK_LABEL (address), PANGO_ELLIPSIZE_MIDDLE);
  gtk_label_set_max_width_chars (GTK_LABEL (address), 24);
  gtk_label_set_xalign (GTK_LABEL (address), 0);
  gtk_widget_set_hexpand (address, TRUE);
  gtk_widget_set_tooltip_text (address, url);
  g_signal_connect_object (address, "activate-link", G_CALLBACK (on_activate_link_cb),
                           self, G_CONNECT_SWAPPED);

  copy = gtk_button_new_with_mnemonic (_("_Copy Link"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (copy), "question-view.copy-link");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (copy), "s", url);

  gtk_box_append (GTK_BOX (row), address);
  gtk_box_append (GTK_BOX (row), copy);

  return row;
}

static GtkWidget *
new_footnote_popover (KvQuestionView *self,
                      KvFootnote     *footnote)
{
  KvRichText *text = kv_footnote_get_text (footnote);
  const char * const *urls = kv_footnote_get_urls (footnote);
  g_autofree char *title = g_strdup_printf (_("Footnote %u"), kv_footnote_get_number (footnote));
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *heading = gtk_label_new (title);

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_box_append (GTK_BOX (box), heading);

  for (guint block = 0; block < kv_rich_text_get_n_blocks (text); block++)
    {
      g_autofree char *markup = kv_markup_for_block (text, self->document, block, NULL, NULL);
      GtkWidget *label = new_text_label (markup);

      /* Selectable, it would be selected whole as the popover opens. The
       * popover must fit beside a marker in a 360 px wide window. */
      gtk_label_set_selectable (GTK_LABEL (label), FALSE);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 34);
      gtk_label_set_width_chars (GTK_LABEL (label), 24);
      g_signal_connect_object (label, "activate-link", G_CALLBACK (on_activate_link_cb),
                               self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), label);
    }

  for (guint i = 0; urls != NULL && urls[i] != NULL; i++)
    gtk_box_append (GTK_BOX (box), new_url_row (self, urls[i]));

  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (popover),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
  return popover;
}

static void
on_popover_closed_cb (KvQuestionView *self,
                      GtkPopover     *popover)
{
  if (self->popover == GTK_WIDGET (popover))
    close_popover (self);
}

/* Points the popover at the marker itself, not at the whole paragraph. */
static void
point_at_marker (GtkPopover     *popover,
                 GtkLabel       *label,
                 const KvMarker *marker)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoRectangle position;
  GdkRectangle rect;
  int x, y;

  pango_layout_index_to_pos (layout, marker->text_index, &position);
  gtk_label_get_layout_offsets (label, &x, &y);
  rect.x = x + PANGO_PIXELS (position.x);
  rect.y = y + PANGO_PIXELS (position.y);
  rect.width = MAX (1, PANGO_PIXELS (position.width));
  rect.height = MAX (1, PANGO_PIXELS (position.height));
  gtk_popover_set_pointing_to (popover, &rect);
}

static void
show_footnote (KvQuestionView *self,
               GtkLabel       *label,
               guint           number,
               guint           marker_index)
{
  KvFootnote *footnote = kv_document_lookup_footnote (self->document, number);
  GArray *markers = g_object_get_data (G_OBJECT (label), "kv-markers");

  if (footnote == NULL)
    return;

  close_popover (self);
  self->popover = g_object_ref_sink (new_footnote_popover (self, footnote));
  gtk_widget_set_parent (self->popover, GTK_WIDGET (label));
  if (markers != NULL && marker_index < markers->len)
    point_at_marker (GTK_POPOVER (self->popover), label, &g_array_index (markers, KvMarker, marker_index));
  g_signal_connect_object (self->popover, "closed", G_CALLBACK (on_popover_closed_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_popover_popup (GTK_POPOVER (self->popover));
}

static void
go_to_marker (KvQuestionView *self,
              guint           number)
{
  GtkWidget *label = g_hash_table_lookup (self->marker_labels, GUINT_TO_POINTER (number));

  if (label == NULL)
    return;

  gtk_viewport_scroll_to (self->viewport, label, NULL);
  gtk_widget_grab_focus (label);
}

static gboolean
parse_numbers (const char *text,
               guint      *first,
               guint      *second)
{
  g_auto(GStrv) parts = g_strsplit (text, ":", 2);
  guint64 value;

  if (!g_ascii_string_to_unsigned (parts[0], 10, 1, G_MAXUINT, &value, NULL))
    return FALSE;
  *first = value;

  *second = 0;
  if (parts[1] != NULL && !g_ascii_string_to_unsigned (parts[1], 10, 0, G_MAXUINT, &value, NULL))
    return FALSE;
  if (parts[1] != NULL)
    *second = value;

  return TRUE;
}

/* Every link in the view ends here: GTK never opens anything by itself, so
 * an address that is not a web link can never be launched. */
static gboolean
on_activate_link_cb (KvQuestionView *self,
                     const char     *uri,
                     GtkLabel       *label)
{
  guint number, index;

  if (g_str_has_prefix (uri, KV_FOOTNOTE_URI_PREFIX))
    {
      if (parse_numbers (uri + strlen (KV_FOOTNOTE_URI_PREFIX), &number, &index))
        show_footnote (self, label, number, index);
    }
  else if (g_str_has_prefix (uri, KV_MARKER_URI_PREFIX))
    {
      if (parse_numbers (uri + strlen (KV_MARKER_URI_PREFIX), &number, &index))
        go_to_marker (self, number);
    }
  else if (kv_uri_is_web_link (uri))
    {
      g_signal_emit (self, signals[LAUNCH_URI], 0, uri);
    }

  return TRUE;
}

static void
launch_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(KvQuestionView) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_uri_launcher_launch_finish (GTK_URI_LAUNCHER (object), result, &error) &&
      !g_error_matches (error, GTK_DIALOG_ERROR, GTK_DIALOG_ERROR_DISMISSED))
    kv_toast_show (GTK_WIDGET (self), _("Could not open the link"));
}

static void
kv_question_view_real_launch_uri (KvQuestionView *self,
                                  const char     *uri)
{
  g_autoptr(GtkUriLauncher) launcher = gtk_uri_launcher_new (uri);

  gtk_uri_launcher_launch (launcher, GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                           NULL, launch_done_cb, g_object_ref (self));
}

static void
copy_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  KvQuestionView *self = KV_QUESTION_VIEW (widget);

  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget), g_variant_get_string (parameter, NULL));
  kv_toast_show (GTK_WIDGET (self), _("Link copied"));
}

void
kv_question_view_set_document (KvQuestionView *self,
                               KvDocument     *document)
{
  g_return_if_fail (KV_IS_QUESTION_VIEW (self));
  g_return_if_fail (document == NULL || KV_IS_DOCUMENT (document));

  if (!g_set_object (&self->document, document))
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  rebuild (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

KvDocument *
kv_question_view_get_document (KvQuestionView *self)
{
  g_return_val_if_fail (KV_IS_QUESTION_VIEW (self), NULL);

  return self->document;
}

void
kv_question_view_set_item (KvQuestionView *self,
                           KvItem         *item)
{
  g_return_if_fail (KV_IS_QUESTION_VIEW (self));
  g_return_if_fail (item == NULL || KV_IS_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);
  /* An answer, who gave it and when can arrive later, from an answers
   * document. */
  if (item != NULL)
    g_signal_connect_object (item, "notify", G_CALLBACK (rebuild), self, G_CONNECT_SWAPPED);

  rebuild (self);
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->viewport)), 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

KvItem *
kv_question_view_get_item (KvQuestionView *self)
{
  g_return_val_if_fail (KV_IS_QUESTION_VIEW (self), NULL);

  return self->item;
}

/**
 * kv_question_view_set_search:
 * @self: a #KvQuestionView
 * @folded_needle: (nullable): the search, folded with kv_fold_text()
 *
 * Highlights the matches of the search in the shown item.
 */
void
kv_question_view_set_search (KvQuestionView *self,
                             const char     *folded_needle)
{
  g_return_if_fail (KV_IS_QUESTION_VIEW (self));

  if (g_set_str (&self->folded_needle, folded_needle))
    rebuild (self);
}

static void
kv_question_view_dispose (GObject *object)
{
  KvQuestionView *self = (KvQuestionView *) object;

  close_popover (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), KV_TYPE_QUESTION_VIEW);
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (kv_question_view_parent_class)->dispose (object);
}

static void
kv_question_view_finalize (GObject *object)
{
  KvQuestionView *self = (KvQuestionView *) object;

  g_clear_pointer (&self->folded_needle, g_free);
  g_clear_pointer (&self->marker_labels, g_hash_table_unref);

  G_OBJECT_CLASS (kv_question_view_parent_class)->finalize (object);
}

static void
kv_question_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  KvQuestionView *self = KV_QUESTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;

    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_question_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  KvQuestionView *self = KV_QUESTION_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      kv_question_view_set_document (self, g_value_get_object (value));
      break;

    case PROP_ITEM:
      kv_question_view_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_question_view_class_init (KvQuestionViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kv_question_view_dispose;
  object_class->finalize = kv_question_view_finalize;
  object_class->get_property = kv_question_view_get_property;
  object_class->set_property = kv_question_view_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL,
                         KV_TYPE_DOCUMENT,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KV_TYPE_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * KvQuestionView::launch-uri:
   * @self: a #KvQuestionView
   * @uri: an http, https or mailto address
   *
   * Emitted when the user activates a web link. The default handler opens it
   * with #GtkUriLauncher, which goes through the portal inside Flatpak.
   */
  signals[LAUNCH_URI] =
    g_signal_new_class_handler ("launch-uri",
                                G_TYPE_FROM_CLASS (klass),
                                G_SIGNAL_RUN_LAST,
                                G_CALLBACK (kv_question_view_real_launch_uri),
                                NULL, NULL,
                                NULL,
                                G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "question-view.copy-link", "s", copy_link_action);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/kv-question-view.ui");
  gtk_widget_class_bind_template_child (widget_class, KvQuestionView, scrolled_window);
  gtk_widget_class_bind_template_child (widget_class, KvQuestionView, viewport);
  gtk_widget_class_bind_template_child (widget_class, KvQuestionView, page);
}

static void
kv_question_view_init (KvQuestionView *self)
{
  self->marker_labels = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}
