/* kv-markup.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "kv-markup.h"

/* Document text is untrusted: every piece of it goes through
 * g_markup_escape_text() before it becomes Pango markup, and only web
 * addresses become links. */

#define HIGHLIGHT_OPEN "<span background=\"#f6d32d\" foreground=\"#000000\">"
#define HIGHLIGHT_CLOSE "</span>"

static void
append_escaped (GString    *markup,
                const char *text,
                gssize      length)
{
  g_autofree char *escaped = g_markup_escape_text (text, length);

  g_string_append (markup, escaped);
}

/* A match of the search, in bytes of the block's searchable text: its runs
 * without the footnote markers, as kv_rich_text_to_plain() gives them, so
 * that what the filter finds is what is highlighted, across runs too. */
typedef struct
{
  gsize start;
  gsize end;
} Match;

static GArray *
find_matches (KvRichText *text,
              guint       block,
              const char *folded_needle)
{
  g_autoptr(GString) searchable = g_string_new (NULL);
  g_autoptr(GString) folded = g_string_new (NULL);
  g_autoptr(GArray) origins = g_array_new (FALSE, FALSE, sizeof (gsize));   /* folded byte -> searchable byte */
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (Match));
  gsize needle_length = strlen (folded_needle);

  for (guint i = 0; i < kv_rich_text_get_n_runs (text, block); i++)
    {
      const KvRun *run = kv_rich_text_get_run (text, block, i);

      if (run->footnote == 0)
        g_string_append (searchable, run->text);
    }

  /* Folding character by character lets a match map back onto whole
   * characters of the text. */
  for (const char *p = searchable->str; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *character = g_strndup (p, g_utf8_next_char (p) - p);
      g_autofree char *one = kv_fold_text (character);
      gsize origin = p - searchable->str;

      g_string_append (folded, one);
      for (gsize i = 0; one[i] != '\0'; i++)
        g_array_append_val (origins, origin);
    }

  for (const char *found = strstr (folded->str, folded_needle);
       found != NULL;
       found = strstr (found + needle_length, folded_needle))
    {
      gsize first = g_array_index (origins, gsize, found - folded->str);
      gsize last = g_array_index (origins, gsize, found - folded->str + needle_length - 1);
      Match match = { first, g_utf8_next_char (searchable->str + last) - searchable->str };

      g_array_append_val (matches, match);
    }

  return matches;
}

/* Appends @text, escaped, with the parts of it that @matches cover
 * highlighted; @text starts at @offset in the block's searchable text. */
static void
append_highlighted (GString    *markup,
                    const char *text,
                    gsize       offset,
                    GArray     *matches)
{
  gsize length = strlen (text);
  gsize done = 0;

  for (guint i = 0; matches != NULL && i < matches->len; i++)
    {
      const Match *match = &g_array_index (matches, Match, i);
      gsize start, end;

      if (match->end <= offset || match->start >= offset + length)
        continue;

      start = MAX (match->start, offset) - offset;
      end = MIN (match->end, offset + length) - offset;
      if (start < done)
        continue;

      append_escaped (markup, text + done, start - done);
      g_string_append (markup, HIGHLIGHT_OPEN);
      append_escaped (markup, text + start, end - start);
      g_string_append (markup, HIGHLIGHT_CLOSE);
      done = end;
    }

  append_escaped (markup, text + done, -1);
}

/* A footnote marker is a link to its footnote, unless the document lacks
 * that footnote: then there is nothing to show, and it stays text. */
static void
append_marker (GString     *markup,
               const KvRun *run,
               KvDocument  *document,
               gsize        text_index,
               GArray      *markers)
{
  g_autofree char *open = NULL;
  KvMarker marker = { run->footnote, (int) text_index };

  if (document != NULL && kv_document_lookup_footnote (document, run->footnote) == NULL)
    {
      g_string_append (markup, "<span size=\"smaller\" baseline_shift=\"superscript\">");
      append_escaped (markup, run->text, -1);
      g_string_append (markup, "</span>");
      return;
    }

  /* The title is what a screen reader says for the link. */
  open = g_markup_printf_escaped ("<a href=\"" KV_FOOTNOTE_URI_PREFIX "%u:%u\" title=\"%s\"><span size=\"smaller\" baseline_shift=\"superscript\">",
                                  run->footnote, markers != NULL ? markers->len : 0,
                                  /* Translators: what a screen reader says for a footnote marker. */
                                  _("Footnote"));
  g_string_append (markup, open);
  append_escaped (markup, run->text, -1);
  g_string_append (markup, "</span></a>");
  if (markers != NULL)
    g_array_append_val (markers, marker);
}

static void
append_run (GString     *markup,
            const KvRun *run,
            KvDocument  *document,
            GArray      *matches,
            gsize       *searched,
            gsize       *text_length,
            GArray      *markers)
{
  gboolean is_link = run->footnote == 0 && kv_uri_is_web_link (run->link);

  if (run->footnote > 0)
    {
      append_marker (markup, run, document, *text_length, markers);
      *text_length += strlen (run->text);
      return;
    }

  if (is_link)
    {
      g_autofree char *href = g_markup_escape_text (run->link, -1);

      g_string_append_printf (markup, "<a href=\"%s\">", href);
    }
  if (run->style & KV_RUN_STYLE_BOLD)
    g_string_append (markup, "<b>");
  if (run->style & KV_RUN_STYLE_ITALIC)
    g_string_append (markup, "<i>");

  append_highlighted (markup, run->text, *searched, matches);
  *searched += strlen (run->text);

  if (run->style & KV_RUN_STYLE_ITALIC)
    g_string_append (markup, "</i>");
  if (run->style & KV_RUN_STYLE_BOLD)
    g_string_append (markup, "</b>");
  if (is_link)
    g_string_append (markup, "</a>");

  *text_length += strlen (run->text);
}

/**
 * kv_markup_for_block:
 * @text: rich text
 * @document: (nullable): the document @text belongs to, whose footnotes the
 *   markers link to
 * @block: the index of one of its blocks
 * @folded_needle: (nullable): a search, folded with kv_fold_text(), to highlight
 * @markers: (nullable) (element-type KvMarker): filled with the block's
 *   footnote markers; the n-th marker links to "kv-footnote:NUMBER:n"
 *
 * Returns: (transfer full): Pango markup for the block.
 */
char *
kv_markup_for_block (KvRichText *text,
                     KvDocument *document,
                     guint       block,
                     const char *folded_needle,
                     GArray     *markers)
{
  g_autoptr(GString) markup = g_string_new (NULL);
  g_autoptr(GArray) matches = NULL;
  guint n_runs = kv_rich_text_get_n_runs (text, block);
  gsize text_length = 0;
  gsize searched = 0;

  if (folded_needle != NULL && *folded_needle != '\0')
    matches = find_matches (text, block, folded_needle);

  for (guint i = 0; i < n_runs; i++)
    append_run (markup, kv_rich_text_get_run (text, block, i), document, matches, &searched, &text_length, markers);

  return g_string_free_and_steal (g_steal_pointer (&markup));
}
