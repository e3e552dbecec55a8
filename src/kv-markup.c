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

/* Appends @text, escaped, with every case- and accent-insensitive match of
 * @folded_needle highlighted. Folding works per character, so that a match
 * maps back onto whole characters of the original text. */
static void
append_highlighted (GString    *markup,
                    const char *text,
                    const char *folded_needle)
{
  g_autoptr(GString) folded = NULL;
  g_autoptr(GArray) origins = NULL;   /* folded byte -> original byte */
  const char *match;
  gsize done = 0;

  if (folded_needle == NULL || *folded_needle == '\0')
    {
      append_escaped (markup, text, -1);
      return;
    }

  folded = g_string_new (NULL);
  origins = g_array_new (FALSE, FALSE, sizeof (gsize));
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *character = g_strndup (p, g_utf8_next_char (p) - p);
      g_autofree char *one = kv_fold_text (character);
      gsize origin = p - text;

      g_string_append (folded, one);
      for (gsize i = 0; one[i] != '\0'; i++)
        g_array_append_val (origins, origin);
    }

  match = strstr (folded->str, folded_needle);
  while (match != NULL)
    {
      gsize first = match - folded->str;
      gsize last = first + strlen (folded_needle) - 1;
      gsize start = g_array_index (origins, gsize, first);
      const char *last_char = text + g_array_index (origins, gsize, last);
      gsize end = g_utf8_next_char (last_char) - text;

      if (start >= done)
        {
          append_escaped (markup, text + done, start - done);
          g_string_append (markup, HIGHLIGHT_OPEN);
          append_escaped (markup, text + start, end - start);
          g_string_append (markup, HIGHLIGHT_CLOSE);
          done = end;
        }

      match = strstr (match + strlen (folded_needle), folded_needle);
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
      g_string_append (markup, "<sup>");
      append_escaped (markup, run->text, -1);
      g_string_append (markup, "</sup>");
      return;
    }

  /* The title is what a screen reader says for the link. */
  open = g_markup_printf_escaped ("<a href=\"" KV_FOOTNOTE_URI_PREFIX "%u:%u\" title=\"%s\"><sup>",
                                  run->footnote, markers != NULL ? markers->len : 0,
                                  /* Translators: what a screen reader says for a footnote marker. */
                                  _("Footnote"));
  g_string_append (markup, open);
  append_escaped (markup, run->text, -1);
  g_string_append (markup, "</sup></a>");
  if (markers != NULL)
    g_array_append_val (markers, marker);
}

static void
append_run (GString     *markup,
            const KvRun *run,
            KvDocument  *document,
            const char  *folded_needle,
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

  append_highlighted (markup, run->text, folded_needle);

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
  guint n_runs = kv_rich_text_get_n_runs (text, block);
  gsize text_length = 0;

  for (guint i = 0; i < n_runs; i++)
    append_run (markup, kv_rich_text_get_run (text, block, i), document, folded_needle, &text_length, markers);

  return g_string_free_and_steal (g_steal_pointer (&markup));
}
