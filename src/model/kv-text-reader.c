/* kv-text-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <stdarg.h>
#include <string.h>

#include "kv-document-private.h"
#include "kv-dutch.h"
#include "kv-text-reader.h"
#include "kv-uri.h"
#include "kv-util.h"

/* The reader for Kamervragen as plain text: the example converter's
 * Markdown-like text, PDF-extracted text of the printed publication,
 * PDF-to-Markdown renderings and the texts of the Kamer's Word files.
 *
 * It works on lines and never looks back over the text, so time is
 * linear in the size of the input:
 *
 *  1. split the text into trimmed lines and classify each one (blank,
 *     text, page furniture such as running heads and footers, a label
 *     such as "Vraag 4, 5, 7 en 8");
 *  2. find footnote definitions ("¹ …", "[^1]: …", "1) …" at the end of
 *     a Word text, "1…", "1) …" or "[1] …" at the end of a printed page)
 *     and mark the lines they take;
 *  3. walk the lines once more, reading the header, starting an item
 *     at each label, and joining the remaining lines into paragraphs,
 *     which an inline scanner turns into runs.
 *
 * Footnote markers without a definition, definitions that are never
 * cited, gaps in the numbering and text that belongs to no question all
 * become warnings on the document.
 */

#define MAX_HEADER_LENGTH 4096
#define MAX_STRAY_WARNINGS 10
/* "Datum 24 september 2025": a line that says no more. */
#define MAX_LETTER_DATE_LENGTH 30
/* A value in the fields at the top of a letter's page, "DGA / 95012345". */
#define MAX_FIELD_VALUE_LENGTH 80
/* Lines a title above the header may wrap over. */
#define MAX_TITLE_LINES 3

typedef enum
{
  LINE_BLANK,
  LINE_TEXT,
  LINE_FURNITURE,
  LINE_QUESTION_LABEL,
  LINE_ANSWER_LABEL,
  LINE_MEDEDELING_LABEL,
  LINE_TOELICHTING_LABEL,
  LINE_DEFINITION,
  LINE_CONTINUATION,
  LINE_BARE_QUESTION_LABEL,  /* "Vraag" alone: a label only where no label has a number */
  LINE_BARE_ANSWER_LABEL,
} LineKind;

typedef enum
{
  DEF_NONE,
  DEF_SUPERSCRIPT,  /* "¹ text" */
  DEF_CARET,        /* "[^1]: text" */
  DEF_PAREN,        /* "1) text", Word */
  DEF_BARE,         /* "1text" or "1 text", PDF */
} DefStyle;

typedef struct
{
  const char *text;
  guint32     len;
  guint8      kind;
  guint8      def_style;
  guint8      parted;     /* a label of sub-questions: "Vraag 1a" */
  guint32     rest;       /* offset of the text after a label or footnote number */
  guint32     number;     /* footnote number, or first index into the numbers pool */
  guint32     n_numbers;
} Line;

typedef struct
{
  guint       numbers;      /* index into the item numbers pool, sorted */
  guint       n_numbers;
  KvRichText *question;
  KvRichText *answer;
} ItemBuild;

typedef enum
{
  REGION_PREAMBLE,
  REGION_QUESTION_HEADER,
  REGION_ANSWER_HEADER,
  REGION_BODY,
} Region;

typedef struct
{
  KvDocument  *doc;

  GArray      *lines;           /* of Line */
  GArray      *pool;            /* of guint, label numbers */
  gboolean     has_question_labels;
  gboolean     has_answer_labels;
  gboolean     has_explicit_markers;
  guint8      *list_items;       /* per line: a numbered list item in a Word answer */
  GHashTable  *answered_numbers; /* numbers of the answer labels */

  /* Footnotes. */
  GHashTable  *defs;            /* number → line index + 1 */
  GHashTable  *renamed_notes;   /* "1-2" → the number it is given */
  gboolean     bare_markers;
  gboolean     paren_markers;
  guint        max_cited;
  GHashTable  *cited;           /* number set */
  GHashTable  *missing;         /* number set, warned once */

  /* Header. */
  GString     *header;
  gboolean     seen_question_header;
  gboolean     seen_answer_header;
  gboolean     has_read_header;  /* not only "AH 608", which tells the kind */
  gboolean     subject_from_title;
  guint        reference_lines;  /* lines of a "Zie ook" reference still to come, at most */
  gboolean     list_goes_on;     /* the last paragraph ended in ':' or ';' */
  guint        list_next;        /* the number of the next item of a list after a ':', or 0 */
  gboolean     oral;
  gboolean     delay_notice;
  gboolean     after_masthead;

  /* Body. */
  Region       region;
  GArray      *items;           /* of ItemBuild */
  GArray      *item_numbers;    /* of guint, the items' numbers */
  GHashTable  *item_index;      /* number → index + 1 of the item that has it */
  guint        n_questions;
  KvRichText  *target;          /* not owned */
  KvRichText  *note;
  KvNoteKind   note_kind;
  GString     *para;
  KvBlockKind  para_kind;
  char        *part_label;      /* "1a", to go before the text of a sub-question or its answer */
  GString     *seg;             /* scratch for parse_inline */
  gboolean     pending_break;
  gboolean     signed_off;      /* after a letter's closing, until a label */
  gboolean     after_removed;
  gboolean     numbered_paragraphs;
  gboolean     number_lines;      /* they are numbered on lines of their own, "1" / "Kent u…?" */
  guint        stray_paragraphs;
} Reader;

/* Small character helpers. */

static inline gboolean
is_digit (char c)
{
  return c >= '0' && c <= '9';
}

static inline gboolean
is_ascii_alpha (char c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static inline gboolean
is_word_byte (char c)
{
  return g_ascii_isalnum (c) || (guchar) c >= 0x80;
}

static gboolean
has_prefix_len (const char *s,
                gsize       len,
                const char *prefix)
{
  gsize plen = strlen (prefix);

  return len >= plen && memcmp (s, prefix, plen) == 0;
}

static gboolean
has_prefix_ci (const char *s,
               gsize       len,
               const char *prefix)
{
  gsize plen = strlen (prefix);

  return len >= plen && g_ascii_strncasecmp (s, prefix, plen) == 0;
}

/* Length of the white space (ASCII, tab, no-break space U+00A0, narrow
 * no-break space U+202F, BOM) at @s, 0 if none.
 */
static inline gsize
space_len (const char *s,
           const char *end)
{
  guchar c = (guchar) *s;

  if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
    return 1;
  if (c == 0xC2 && s + 1 < end && (guchar) s[1] == 0xA0)
    return 2;
  if (c == 0xE2 && s + 2 < end && (guchar) s[1] == 0x80 && (guchar) s[2] == 0xAF)
    return 3;
  if (c == 0xEF && s + 2 < end && (guchar) s[1] == 0xBB && (guchar) s[2] == 0xBF)
    return 3;
  return 0;
}

static gsize
trailing_space_len (const char *start,
                    const char *end)
{
  if (end > start)
    {
      guchar c = (guchar) end[-1];

      if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v')
        return 1;
      if (end - start >= 2 && c == 0xA0 && (guchar) end[-2] == 0xC2)
        return 2;
      if (end - start >= 3 && (guchar) end[-3] == 0xE2 && (guchar) end[-2] == 0x80 && c == 0xAF)
        return 3;
      if (end - start >= 3 && (guchar) end[-3] == 0xEF && (guchar) end[-2] == 0xBB && c == 0xBF)
        return 3;
    }
  return 0;
}

/* Decodes a superscript digit (¹²³ and U+2070–U+2079) at @s; returns its
 * byte length and stores the digit, or returns 0.
 */
static inline gsize
superscript_digit (const char *s,
                   const char *end,
                   guint      *digit)
{
  guchar c = (guchar) *s;

  if (c == 0xC2 && s + 1 < end)
    {
      switch ((guchar) s[1])
        {
        case 0xB9: *digit = 1; return 2;
        case 0xB2: *digit = 2; return 2;
        case 0xB3: *digit = 3; return 2;
        default: return 0;
        }
    }
  if (c == 0xE2 && s + 2 < end && (guchar) s[1] == 0x81)
    {
      guchar d = (guchar) s[2];

      if (d == 0xB0 || (d >= 0xB4 && d <= 0xB9))
        {
          *digit = d - 0xB0;
          return 3;
        }
    }
  return 0;
}

/* Decodes a run of superscript digits at @s into @value, which stops just
 * above KV_DUTCH_MAX_NUMBER; returns the run's byte length, 0 if none. */
static gsize
superscript_number (const char *s,
                    const char *end,
                    guint      *value)
{
  const char *p = s;
  guint digit;
  gsize n;

  *value = 0;
  while (p < end && (n = superscript_digit (p, end, &digit)) > 0)
    {
      *value = MIN (*value * 10 + digit, KV_DUTCH_MAX_NUMBER + 1);
      p += n;
    }

  return (gsize) (p - s);
}

/* Parses decimal digits at @s into @value; returns the count of digits,
 * 0 if none or if the value is above KV_DUTCH_MAX_NUMBER.
 */
/* The length of @text, a paragraph or a segment, without its trailing
 * spaces. */
static gsize
trimmed_len (GString *text)
{
  gsize len = text->len;

  while (len > 0 && text->str[len - 1] == ' ')
    len--;

  return len;
}

static gsize
parse_uint (const char *s,
            const char *end,
            guint      *value)
{
  const char *p = s;
  guint v = 0;

  while (p < end && is_digit (*p))
    {
      if (p - s >= 5)
        return 0;
      v = v * 10 + (guint) (*p - '0');
      p++;
    }

  if (p == s || v == 0 || v > KV_DUTCH_MAX_NUMBER)
    return 0;

  *value = v;
  return (gsize) (p - s);
}

/* Label numbers: "1", "4, 5, 7 en 8", "2 t/m 6", "16 tot en met 19". */

static gsize
skip_spaces (const char *p,
             const char *end)
{
  const char *start = p;
  gsize n;

  while (p < end && (n = space_len (p, end)) > 0)
    p += n;

  return (gsize) (p - start);
}

/* Length of @word and the white space after it at @p, 0 unless both are
 * there: Word and PDF texts may have a no-break space or a tab in
 * "Vraag 1". */
static gsize
word_and_space_len (const char *p,
                    const char *end,
                    const char *word,
                    gboolean    ignore_case)
{
  gsize n = strlen (word);
  gsize spaces;

  if (ignore_case ? !has_prefix_ci (p, (gsize) (end - p), word) : !has_prefix_len (p, (gsize) (end - p), word))
    return 0;

  spaces = skip_spaces (p + n, end);

  return spaces > 0 ? n + spaces : 0;
}

/* "tot en met " with any spaces between the words. */
static gsize
tot_en_met_len (const char *p,
                const char *end)
{
  const char *q = p;
  gsize n;

  if ((n = word_and_space_len (q, end, "tot", TRUE)) == 0)
    return 0;
  q += n;
  if ((n = word_and_space_len (q, end, "en", TRUE)) == 0)
    return 0;
  q += n;
  if ((n = word_and_space_len (q, end, "met", TRUE)) == 0)
    return 0;

  return (gsize) (q + n - p);
}

/* The letter of a sub-question, "1a." or "Vraag 1b", after its number. */
static gboolean
is_sub_number (const char *p,
               const char *end)
{
  return p < end && *p >= 'a' && *p <= 'z' &&
         (p + 1 == end || p[1] == '.' || p[1] == ':' || p[1] == ')' || p[1] == ' ');
}

/* "1", "2 en 3", "4 t/m 6", "1a en 1b": the numbers into @out, once each;
 * @parted tells whether a number had a letter. */
static gboolean
parse_number_list (const char *p,
                   const char *end,
                   GArray     *out,
                   const char **stop,
                   gboolean   *parted)
{
  guint previous = 0;
  gboolean range = FALSE;
  guint n_read = 0;

  for (;;)
    {
      guint value;
      gsize n;

      p += skip_spaces (p, end);
      n = parse_uint (p, end, &value);
      if (n == 0)
        return FALSE;
      p += n;
      if (is_sub_number (p, end))
        p++, *parted = TRUE;

      if (range)
        {
          if (value <= previous || value - previous > KV_DUTCH_MAX_RANGE)
            return FALSE;
          for (guint v = previous + 1; v <= value; v++)
            g_array_append_val (out, v);
        }
      else if (n_read == 0 || value != previous)
        g_array_append_val (out, value);

      previous = value;
      n_read++;
      range = FALSE;

      p += skip_spaces (p, end);
      if (p < end && *p == ',')
        {
          /* "2, 3, en 4" */
          p += 1 + skip_spaces (p + 1, end);
          p += word_and_space_len (p, end, "en", TRUE);
        }
      else if ((n = word_and_space_len (p, end, "en", TRUE)) > 0)
        p += n;
      else if (p < end && (*p == '&' || *p == '+'))
        p += 1;
      else if (has_prefix_ci (p, (gsize) (end - p), "t/m"))
        p += 3, range = TRUE;
      else if ((n = tot_en_met_len (p, end)) > 0)
        p += n, range = TRUE;
      else if (p < end && *p == '-')
        p += 1, range = TRUE;
      else if (has_prefix_len (p, (gsize) (end - p), "\xe2\x80\x93"))
        p += 3, range = TRUE;
      else
        {
          *stop = p;
          return n_read > 0;
        }
    }
}

/* Line classification */

/* Strips Markdown decoration around a label: "## Vraag 1", "**Vraag 1**". */
static void
strip_decoration (const char **s,
                  const char **end)
{
  while (*s < *end && (**s == '#' || **s == '*'))
    (*s)++;
  *s += skip_spaces (*s, *end);
  while (*end > *s && ((*end)[-1] == '*' || (*end)[-1] == ' '))
    (*end)--;
}

static gboolean
is_publication_id (const char *s,
                   gsize       len)
{
  if (len < 7 || len > 64)
    return FALSE;
  if (!has_prefix_len (s, len, "kv-tk-") && !has_prefix_len (s, len, "ah-tk-") &&
      !has_prefix_len (s, len, "kv-ek-") && !has_prefix_len (s, len, "ah-ek-") &&
      !has_prefix_len (s, len, "ah-"))
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (s[i]) && s[i] != '-')
      return FALSE;

  /* "ah-tk-20242025-582", "kv-tk-2024Z18559", "ah-1251487" all have digits. */
  for (gsize i = 3; i < len; i++)
    if (is_digit (s[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_all_digits (const char *s,
               gsize       len)
{
  if (len == 0)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!is_digit (s[i]))
      return FALSE;
  return TRUE;
}

/* "h tk 20232024 387", the footer of PDF-to-Markdown text. */
static gboolean
is_markdown_footer (const char *s,
                    gsize       len)
{
  return len >= 16 && has_prefix_len (s, len, "h tk ") && is_all_digits (s + 5, 8) &&
         s[13] == ' ' && is_all_digits (s + 14, len - 14);
}

/* Length of the digits at @p, 0 if none. */
static gsize
digits_len (const char *p,
            const char *end)
{
  const char *start = p;

  while (p < end && is_digit (*p))
    p++;

  return (gsize) (p - start);
}

/* The page numbers of letters from a ministry: "Pagina 2 van 5", "Blad 2
 * van 5", "Pagina 2/5", "- 2 -". */
static gboolean
is_page_number (const char *s,
                gsize       len)
{
  const char *end = s + len, *p;
  gsize n;

  if (len >= 5 && s[0] == '-' && s[1] == ' ' && (n = digits_len (s + 2, end)) > 0)
    return has_prefix_len (s + 2 + n, (gsize) (end - s - 2 - n), " -") && s + 4 + n == end;

  if (has_prefix_len (s, len, "Pagina "))
    p = s + strlen ("Pagina ");
  else if (has_prefix_len (s, len, "Blad "))
    p = s + strlen ("Blad ");
  else
    return FALSE;

  if ((n = digits_len (p, end)) == 0)
    return FALSE;
  p += n;
  if (has_prefix_len (p, (gsize) (end - p), " van "))
    p += strlen (" van ");
  else if (p < end && *p == '/')
    p++;
  else
    return FALSE;

  return p < end && digits_len (p, end) == (gsize) (end - p);
}

/* "Datum 24 februari 2025", the date a letter repeats at the top of a page. */
static gboolean
is_letter_date (const char *s,
                gsize       len)
{
  g_autofree char *line = NULL;
  g_autofree char *date = NULL;

  if (!has_prefix_len (s, len, "Datum ") || len > MAX_LETTER_DATE_LENGTH)
    return FALSE;

  line = g_strndup (s, len);
  date = kv_dutch_find_date (line, "Datum ");
  return date != NULL && is_digit (s[len - 1]);
}

/* The fields that letters from a ministry repeat at the top of each
 * page, each on a line of its own above its value: "Datum" /
 * "3 maart 2025", "Kenmerk" / "DGA / 95012345". */
static gboolean
is_letter_field (const char *s,
                 gsize       len)
{
  static const char * const fields[] = {
    "Datum", "Kenmerk", "Ons kenmerk", "Onze referentie", "Uw kenmerk", "Uw referentie", "Uw brief",
    "Bijlage(n)", "Bijlagen", "Bijlage",
  };

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    if (len == strlen (fields[i]) && memcmp (s, fields[i], len) == 0)
      return TRUE;

  return FALSE;
}

/* Whether a line may be the value of a letter's field: a date, a
 * reference or a number, "2025Z00811", "DGA / 95012345". A line of the
 * text that the field broke into has no digit, or is longer. */
static gboolean
is_field_value (const char *s,
                gsize       len)
{
  if (len > MAX_FIELD_VALUE_LENGTH)
    return FALSE;

  for (gsize i = 0; i < len; i++)
    if (is_digit (s[i]))
      return TRUE;

  return FALSE;
}

static gboolean
is_furniture (const char *s,
              gsize       len)
{
  const char *end = s + len;
  const char *d = s, *dend = end;

  if (len >= 3 && (s[0] == '-' || s[0] == '_' || s[0] == '='))
    {
      gsize i = 0;

      while (i < len && (s[i] == s[0] || s[i] == ' '))
        i++;
      if (i == len)
        return TRUE;
    }

  strip_decoration (&d, &dend);
  len = (gsize) (dend - d);

  /* Junk headings of PDF-to-Markdown text: "# 2". */
  if (d != s && is_all_digits (d, len))
    return TRUE;

  return has_prefix_len (d, len, "Tweede Kamer der Staten-Generaal") ||
         (has_prefix_len (d, len, "Vergaderjaar ") && len > 13 && is_digit (d[13])) ||
         has_prefix_len (d, len, "Vragen gesteld door de leden der Kamer") ||
         has_prefix_len (d, len, "Aanhangsel van de Handelingen") ||
         has_prefix_len (d, len, "regering gegeven antwoorden") ||
         has_prefix_len (d, len, "ISSN ") ||
         has_prefix_len (d, len, "\xe2\x80\x99s-Gravenhage ") ||
         has_prefix_len (d, len, "'s-Gravenhage ") ||
         (has_prefix_len (d, len, "Tweede Kamer, vergaderjaar ") && len < 80) ||
         is_markdown_footer (d, len) ||
         is_page_number (d, len) || is_letter_date (d, len) ||
         has_prefix_len (d, len, "Sdu Uitgevers") ||
         (len > 3 && has_prefix_len (d, len, "KVR") && is_all_digits (d + 3, len - 3)) ||
         is_publication_id (d, len) ||
         (len > 0 && end[-1] == '\f');
}

/* A label's word as written, "Vraag", or in capitals, "VRAAG", as some
 * Word files have it; never in lower case, which is a sentence going on
 * ("… het antwoord op / vraag 2."). */
static gsize
label_word_len (const char *p,
                const char *end,
                const char *word,
                const char *capitals)
{
  gsize n = word_and_space_len (p, end, word, FALSE);

  return n > 0 ? n : word_and_space_len (p, end, capitals, FALSE);
}

/* "Vraag" or "Antwoord:" as the whole line. */
static gboolean
is_bare_label (const char *p,
               gsize       len,
               const char *word,
               const char *capitals)
{
  gsize n = strlen (word);

  return (has_prefix_len (p, len, word) || has_prefix_len (p, len, capitals)) &&
         (len == n || (len == n + 1 && p[n] == ':'));
}

/* Whether the white space before @stop has a tab in it. */
static gboolean
has_tab_before (const char *start,
                const char *stop)
{
  for (const char *q = stop; q > start && (q[-1] == ' ' || q[-1] == '\t'); q--)
    if (q[-1] == '\t')
      return TRUE;

  return FALSE;
}

/* Length of "Antwoord: " or "**Vraag:** " before text, 0 if @p has none. */
static gsize
bare_label_before_text (const char *p,
                        const char *end)
{
  static const char * const labels[] = { "Vraag:", "VRAAG:", "Antwoord:", "ANTWOORD:" };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      gsize n = strlen (labels[i]), spaces;

      if (!has_prefix_len (p, (gsize) (end - p), labels[i]))
        continue;
      while (p + n < end && p[n] == '*')
        n++;
      spaces = skip_spaces (p + n, end);
      return spaces > 0 && p + n + spaces < end ? n + spaces : 0;
    }

  return 0;
}

/* Whether a sentence starts at @p, after bold's closing and a space. */
static gboolean
sentence_follows (const char *p,
                  const char *end)
{
  while (p < end && *p == '*')
    p++;
  if (p == end || *p != ' ')
    return FALSE;
  p += skip_spaces (p, end);

  return p < end && (g_ascii_isupper (*p) || (guchar) *p >= 0x80);
}

static LineKind
classify_label (Reader     *self,
                const char *s,
                gsize       len,
                Line       *line)
{
  const char *p = s, *end = s + len;
  const char *stop = NULL;
  LineKind kind;
  guint first = self->pool->len;
  gsize n;
  const gsize len_before_strip = len;
  gboolean parted = FALSE;

  strip_decoration (&p, &end);
  len = (gsize) (end - p);

  /* A document of one question may leave out the numbers (see
   * settle_bare_labels()), also before the text: "Antwoord: Ja.". */
  if (is_bare_label (p, len, "Vraag", "VRAAG") || is_bare_label (p, len, "Antwoord", "ANTWOORD") ||
      (n = bare_label_before_text (p, end)) > 0)
    {
      line->rest = n > 0 ? (guint32) (p + n - s) : (guint32) len_before_strip;
      line->number = first;
      line->n_numbers = 0;
      return *p == 'V' ? LINE_BARE_QUESTION_LABEL : LINE_BARE_ANSWER_LABEL;
    }

  if ((n = label_word_len (p, end, "Vraag", "VRAAG")) > 0 || (n = label_word_len (p, end, "Vragen", "VRAGEN")) > 0)
    {
      p += n;
      kind = LINE_QUESTION_LABEL;
    }
  else if ((n = label_word_len (p, end, "Antwoord", "ANTWOORD")) > 0)
    {
      p += n;
      if ((n = word_and_space_len (p, end, "op", TRUE)) > 0)
        p += n + word_and_space_len (p + n, end, "de", TRUE);
      if ((n = word_and_space_len (p, end, "vraag", TRUE)) > 0 || (n = word_and_space_len (p, end, "vragen", TRUE)) > 0)
        p += n;
      kind = LINE_ANSWER_LABEL;
    }
  else
    {
      if (has_prefix_len (p, len, "Mededeling") && (len == 10 || (len == 11 && p[10] == ':')))
        {
          line->rest = (guint32) (end - s);
          return LINE_MEDEDELING_LABEL;
        }
      if (has_prefix_len (p, len, "Toelichting") &&
          (len == 11 || p[11] == ':'))
        {
          line->rest = (guint32) (p - s) + (len > 11 ? 12 : 11);
          return LINE_TOELICHTING_LABEL;
        }
      return LINE_TEXT;
    }

  if (!parse_number_list (p, end, self->pool, &stop, &parted))
    {
      g_array_set_size (self->pool, first);
      return LINE_TEXT;
    }

  /* A label is the whole line, or ends in a colon or a tab with text after
   * it: "Vraag 1:<tab>Kent u…", "Vraag 1<tab>Kent u…". */
  if (stop < end && stop > p && has_tab_before (p, stop))
    ;
  else if (stop < end && *stop == ':')
    {
      stop++;
      while (stop < end && *stop == '*')
        stop++;
    }
  else if (stop < end && *stop == '.' && stop + 1 == end)
    stop++;
  /* "Vraag 1. Kent u…", "**Vraag 1.** Kent u…" */
  else if (stop < end && *stop == '.' && sentence_follows (stop + 1, end))
    {
      stop++;
      while (stop < end && *stop == '*')
        stop++;
    }
  else if (stop != end)
    {
      g_array_set_size (self->pool, first);
      return LINE_TEXT;
    }

  /* "**Vraag 1**": the closing decoration is no text of the question. */
  if (stop == end)
    stop = s + len_before_strip;
  stop += skip_spaces (stop, s + len_before_strip);
  line->rest = (guint32) (stop - s);
  line->number = first;
  line->n_numbers = self->pool->len - first;
  line->parted = (guint8) parted;

  return kind;
}

static gboolean
line_has_explicit_markers (const char *s,
                           gsize       len)
{
  const char *end = s + len;

  for (const char *p = s; p < end; p++)
    {
      guint digit;

      if (*p == '[' && p + 1 < end && (is_digit (p[1]) || p[1] == '^'))
        return TRUE;
      if (((guchar) *p == 0xC2 || (guchar) *p == 0xE2) && superscript_digit (p, end, &digit) > 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether a letter's field is also a word that the text may have on a
 * line of its own, a heading or a table's cell: "Datum", "Bijlage"; where
 * "Uw kenmerk" and "Bijlage(n)" are only a letter's. */
static gboolean
is_common_word (const char *s,
                gsize       len)
{
  static const char * const words[] = { "Datum", "Kenmerk", "Bijlage", "Bijlagen", "Uw brief" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (len == strlen (words[i]) && memcmp (s, words[i], len) == 0)
      return TRUE;

  return FALSE;
}

/* Lines around a letter's field within which its other fields are. */
#define FIELD_BLOCK_LINES 4

/* Whether the field at @index stands next to what only a letter has: its
 * page number, its date on one line, or a field such as "Uw kenmerk".
 * "Bijlage" alone may be a heading of the text, and "Datum" and
 * "Kenmerk" a table's columns. */
static gboolean
in_field_block (Reader *self,
                guint   index)
{
  guint first = index > FIELD_BLOCK_LINES ? index - FIELD_BLOCK_LINES : 0;
  guint last = MIN (index + FIELD_BLOCK_LINES, self->lines->len - 1);

  for (guint i = first; i <= last; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);

      if (line->len > 0 &&
          ((is_letter_field (line->text, line->len) && !is_common_word (line->text, line->len)) ||
           is_page_number (line->text, line->len) || is_letter_date (line->text, line->len)))
        return TRUE;
    }

  return FALSE;
}

/* The fields that letters from a ministry repeat at the top of each page
 * are page furniture, each with the value it is owed. */
static void
find_letter_fields (Reader *self)
{
  guint owed = 0;  /* the values that the fields above are owed */

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);

      if (line->kind == LINE_BLANK)
        continue;

      if (line->kind == LINE_TEXT && is_letter_field (line->text, line->len) &&
          (!is_common_word (line->text, line->len) || in_field_block (self, i)))
        {
          line->kind = LINE_FURNITURE;
          owed++;
        }
      else if (owed > 0 && line->kind == LINE_TEXT && is_field_value (line->text, line->len))
        {
          line->kind = LINE_FURNITURE;
          owed--;
        }
      else if (line->kind != LINE_FURNITURE)
        owed = 0;
    }
}

static void
split_lines (Reader     *self,
             const char *text,
             gsize       length)
{
  const char *p = text, *end = text + length;

  g_array_set_size (self->lines, 0);

  while (p < end)
    {
      const char *nl = memchr (p, '\n', (gsize) (end - p));
      const char *line_end = nl != NULL ? nl : end;
      const char *s = p, *e = line_end;
      Line line = { 0 };
      gsize n;

      while (s < e && (n = space_len (s, e)) > 0)
        s += n;
      while (e > s && (n = trailing_space_len (s, e)) > 0)
        e -= n;

      /* Lines are capped at 4 GiB by the loader's size limit. */
      line.text = s;
      line.len = (guint32) (e - s);
      line.kind = line.len == 0 ? LINE_BLANK : LINE_TEXT;

      if (line.kind == LINE_TEXT)
        {
          if (is_furniture (s, line.len))
            line.kind = LINE_FURNITURE;
          else
            {
              line.kind = classify_label (self, s, line.len, &line);
              if (line.kind == LINE_QUESTION_LABEL)
                self->has_question_labels = TRUE;
              else if (line.kind == LINE_ANSWER_LABEL)
                self->has_answer_labels = TRUE;
            }

          if (line.kind == LINE_TEXT && !self->has_explicit_markers)
            self->has_explicit_markers = line_has_explicit_markers (s, line.len);
        }

      g_array_append_val (self->lines, line);
      p = line_end + 1;
    }
}

/* Footnote definitions */

static void
add_definition (Reader   *self,
                guint     index,
                guint     number,
                gsize     rest,
                DefStyle  style)
{
  Line *line = &g_array_index (self->lines, Line, index);

  /* The first definition of a number wins; a repeat is a warning. */
  if (g_hash_table_contains (self->defs, GUINT_TO_POINTER (number)))
    {
      g_autofree char *msg = g_strdup_printf (_("Footnote %u is defined more than once; the first text is kept."), number);
      kv_document_add_warning (self->doc, msg);
    }
  else
    g_hash_table_insert (self->defs, GUINT_TO_POINTER (number), GUINT_TO_POINTER (index + 1));

  line->kind = LINE_DEFINITION;
  line->def_style = (guint8) style;
  line->number = number;
  line->rest = (guint32) rest;

  if (style == DEF_BARE)
    self->bare_markers = TRUE;
  else if (style == DEF_PAREN)
    self->paren_markers = TRUE;
}

/* The label of a footnote that a Markdown converter renamed, as it
 * renames a second footnote 1 "[^1-2]": "1-2" at @p, up to its "]".
 * Returns its length, or 0. */
static gsize
renamed_note_len (const char *p,
                  const char *end)
{
  guint value;
  gsize n = parse_uint (p, end, &value), m;

  if (n == 0 || p + n >= end || p[n] != '-' || (m = parse_uint (p + n + 1, end, &value)) == 0 ||
      p + n + 1 + m >= end || p[n + 1 + m] != ']')
    return 0;

  return n + 1 + m;
}

/* "[^1-2]: text"; sets @label_len to the length of "1-2". */
static gboolean
is_renamed_definition (const Line *line,
                       gsize      *label_len)
{
  const char *end = line->text + line->len;
  gsize n;

  if (!has_prefix_len (line->text, line->len, "[^") || (n = renamed_note_len (line->text + 2, end)) == 0 ||
      line->text + 3 + n >= end || line->text[3 + n] != ':')
    return FALSE;

  *label_len = n;
  return TRUE;
}

/* "¹ text", "¹⁰ text", "[^1]: text". */
static gboolean
explicit_definition (const Line *line,
                     guint      *number,
                     gsize      *rest,
                     DefStyle   *style)
{
  const char *s = line->text, *end = s + line->len, *p = s;
  guint value;
  gsize n;

  p += superscript_number (s, end, &value);
  if (p > s)
    {
      if (value == 0 || value > KV_DUTCH_MAX_NUMBER || p == end)
        return FALSE;
      *number = value;
      *rest = (gsize) (p - s) + skip_spaces (p, end);
      *style = DEF_SUPERSCRIPT;
      return TRUE;
    }

  if (has_prefix_len (s, line->len, "[^") && (n = parse_uint (s + 2, end, &value)) > 0 &&
      s + 2 + n + 1 < end && s[2 + n] == ']' && s[3 + n] == ':')
    {
      *number = value;
      *rest = 4 + n + skip_spaces (s + 4 + n, end);
      *style = DEF_CARET;
      return TRUE;
    }

  return FALSE;
}

/* A note at the end of a page that cites it in another style: "1) Pointer, …"
 * or "[1] Pointer, …" where the text has "¹" or "[1 ]". Only the next number
 * in sequence counts, and only after a marker for it and at the end of a
 * page (see marker_before() and ends_page()). */
static gboolean
numbered_definition (const Line *line,
                     guint       expected,
                     gsize      *rest)
{
  const char *s = line->text, *end = s + line->len, *p = s;
  gboolean bracket = p < end && *p == '[';
  guint value;
  gsize n;

  if (bracket)
    p++;
  if ((n = parse_uint (p, end, &value)) == 0 || value != expected)
    return FALSE;
  p += n;
  if (bracket && p < end && *p == ' ')
    p++;
  if (p + 1 >= end || *p != (bracket ? ']' : ')') || p[1] != ' ')
    return FALSE;

  *rest = (gsize) (p + 1 - s) + skip_spaces (p + 1, end);
  return *rest < line->len;
}

/* "36 200", as Kamerstukken are numbered, not followed by more digits. */
static gboolean
is_dossier_number (const char *p,
                   const char *end)
{
  return end - p >= 6 && is_digit (p[0]) && is_digit (p[1]) && p[2] == ' ' && is_digit (p[3]) &&
         is_digit (p[4]) && is_digit (p[5]) && (end - p == 6 || !is_digit (p[6]));
}

/* A printed page ends with its footnotes: "1NRC, 7 november…",
 * "2 De Volkskrant…", "32024Z15585/2024D37938" (3 glued to a Z number).
 * Only the next number in sequence counts, so running text that starts
 * with a number is not mistaken for one.
 */
static gboolean
bare_definition (const Line *line,
                 guint       expected,
                 gsize      *rest)
{
  char digits[8];
  gsize n = (gsize) g_snprintf (digits, sizeof digits, "%u", expected);
  const char *s = line->text, *end = s + line->len, *p;

  if (!has_prefix_len (s, line->len, digits) || s + n >= end)
    return FALSE;

  p = s + n;
  if (is_digit (*p))
    {
      /* Glued to a year or a Z number: the digit run must be that long;
       * or to the number of a Kamerstuk dossier, "36 200, nr. 77". */
      const char *q = p;

      while (q < end && q - p < 4 && is_digit (*q))
        q++;
      if (q - p < 4 && !is_dossier_number (p, end))
        return FALSE;
    }
  else if (*p == '.' || *p == ',' || *p == ')' || *p == '%' || *p == ':' || *p == '-' || *p == '/')
    return FALSE;
  else if (is_sub_number (p, end))
    return FALSE;

  *rest = n + skip_spaces (p, end);

  /* A note's text that wraps before a date: "…geraadpleegd op" + "2 oktober 2023". */
  if (*rest > n && kv_dutch_starts_with_month (s + *rest, line->len - *rest))
    return FALSE;

  return *rest < line->len;
}

/* No web address is this long; the look back stops there, so that lines
 * glued into one long word stay linear. */
#define MAX_ADDRESS_LENGTH 2048

/* The start of the web address that @text ends in, or NULL. */
static const char *
trailing_address (const char *text,
                  gsize       len)
{
  const char *end = text + len, *start = end;
  gsize n;

  while (start > text && !g_ascii_isspace (start[-1]) && start[-1] != '(' && start[-1] != '<')
    {
      if (end - start >= MAX_ADDRESS_LENGTH)
        return NULL;
      start--;
    }
  n = (gsize) (end - start);

  if (has_prefix_ci (start, n, "http://") || has_prefix_ci (start, n, "https://") || has_prefix_ci (start, n, "www."))
    return start;
  return NULL;
}

static gboolean
first_word_looks_like_address (const char *text,
                               gsize       len)
{
  const char *end = text + len, *p = text;

  while (p < end && !g_ascii_isspace (*p))
    {
      if (strchr ("/-_.=&?#%)", *p) != NULL)
        return TRUE;
      p++;
    }

  return p == end;
}

/* Whether a line that ends in a web address goes on with it on the next
 * line, as PDF texts break long addresses anywhere: when the address ends
 * in a character no address ends in ("https://nos.nl/artikel/"), or when
 * it is in parentheses that close in the next line's first word. A full
 * stop is not such a character: it ends sentences.
 */
static gboolean
address_continues (const char *text,
                   gsize       len,
                   const char *next,
                   gsize       next_len)
{
  const char *start = trailing_address (text, len);
  const char *word_end = next;

  if (start == NULL || next_len == 0 || space_len (next, next + next_len) > 0)
    return FALSE;
  /* After "https://nos.nl/artikel/" the next line goes on with the address
   * when its first word looks like one ("2541672-wachttijden…)") or is the
   * whole line; "en ook op de website…" and "Daarnaast…" are text. */
  if (strchr ("/-_=&?#%~:", text[len - 1]) != NULL)
    return !g_ascii_isupper (next[0]) && first_word_looks_like_address (next, next_len);

  while (word_end < next + next_len && !g_ascii_isspace (*word_end) && *word_end != '(')
    word_end++;

  return start > text && start[-1] == '(' && memchr (next, ')', (gsize) (word_end - next)) != NULL;
}

/* "…(https://nos.nl/artikel/" + "2541672-wachttijden…)": the digits after
 * the break that start like note 2 ("2" glued to more digits) are the rest
 * of the address; "2Kamerstuk…" and "2 NRC…" are the next note. */
static gboolean
address_goes_on_in_digits (const Line *previous,
                           const Line *next,
                           guint       expected)
{
  char digits[8];
  gsize n = (gsize) g_snprintf (digits, sizeof digits, "%u", expected);

  return next->len > n && is_digit (next->text[n]) &&
         address_continues (previous->text, previous->len, next->text, next->len);
}

/* Whether @line, which has a line before it, starts the next note of a
 * run in @style rather than going on with the one before it. */
static gboolean
starts_next_definition (const Line *line,
                        guint       next_expected,
                        DefStyle    style)
{
  const Line *previous = line - 1;
  DefStyle next_style;
  guint number;
  gsize rest;

  if (style != DEF_BARE)
    return explicit_definition (line, &number, &rest, &next_style) || is_renamed_definition (line, &rest);

  return (bare_definition (line, next_expected, &rest) && !address_goes_on_in_digits (previous, line, next_expected)) ||
         numbered_definition (line, next_expected, &rest);
}

static void
mark_continuations (Reader *self,
                    guint   index,
                    guint   next_expected,
                    DefStyle style)
{
  for (guint j = index + 1; j < self->lines->len; j++)
    {
      Line *next = &g_array_index (self->lines, Line, j);

      if (next->kind != LINE_TEXT || starts_next_definition (next, next_expected, style))
        break;
      next->kind = LINE_CONTINUATION;
    }
}

/* "[^1-2]: text": numbered after the document's own footnotes. */
static void
find_renamed_definitions (Reader *self)
{
  guint next = 0;
  GHashTableIter iter;
  gpointer key;

  g_hash_table_iter_init (&iter, self->defs);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    next = MAX (next, GPOINTER_TO_UINT (key));

  for (guint i = 0; i < self->lines->len && next < KV_DUTCH_MAX_NUMBER; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);
      const char *end = line->text + line->len;
      guint number;
      gsize n;

      if (line->kind != LINE_TEXT || !is_renamed_definition (line, &n))
        continue;

      {
        g_autofree char *label = g_strndup (line->text + 2, n);
        gpointer known;

        /* A label defined twice is told by add_definition(). */
        if (g_hash_table_lookup_extended (self->renamed_notes, label, NULL, &known))
          number = GPOINTER_TO_UINT (known);
        else
          {
            number = ++next;
            g_hash_table_insert (self->renamed_notes, g_steal_pointer (&label), GUINT_TO_POINTER (number));
          }
      }
      add_definition (self, i, number, 4 + n + skip_spaces (line->text + 4 + n, end), DEF_CARET);
      mark_continuations (self, i, 0, DEF_CARET);
    }
}

static void
find_explicit_definitions (Reader *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);
      guint number;
      gsize rest;
      DefStyle style;

      if (line->kind == LINE_TEXT && explicit_definition (line, &number, &rest, &style))
        {
          add_definition (self, i, number, rest, style);
          mark_continuations (self, i, 0, style);
        }
    }

  find_renamed_definitions (self);
}

static guint
first_body_line (Reader *self)
{
  for (guint i = 0; i < self->lines->len; i++)
    {
      LineKind kind = g_array_index (self->lines, Line, i).kind;

      if (kind >= LINE_QUESTION_LABEL && kind <= LINE_TOELICHTING_LABEL)
        return i;
    }
  return 0;
}

/* Whether @line ends in a marker for @number glued to the end of a
 * sentence or quote: "…in Seattle?1", "…slagkracht»?2". */
static gboolean
ends_in_glued_marker (const Line *line,
                      guint       number)
{
  char digits[8];
  gsize n = (gsize) g_snprintf (digits, sizeof digits, "%u", number);
  const char *end = line->text + line->len;
  const char *before;

  if (line->len <= n || memcmp (end - n, digits, n) != 0)
    return FALSE;

  before = end - n;
  return kv_dutch_ends_sentence (line->text, (gsize) (before - line->text));
}

/* Whether @line has a superscript or bracketed marker for @number:
 * "Seattle?¹", "Seattle?[1 ]", "Seattle?[^1]". */
static gboolean
has_explicit_marker (const Line *line,
                     guint       number)
{
  const char *end = line->text + line->len;

  for (const char *p = line->text; p < end; p++)
    {
      guint value;
      const char *q;
      gsize n;

      if ((n = superscript_number (p, end, &value)) > 0)
        {
          if (value == number)
            return TRUE;
          p += n - 1;
          continue;
        }

      if (*p != '[')
        continue;
      q = p + 1;
      if (q < end && *q == '^')
        q++;
      if ((n = parse_uint (q, end, &value)) > 0 && value == number)
        {
          q += n;
          if (q < end && *q == ' ')
            q++;
          if (q < end && *q == ']')
            return TRUE;
        }
    }

  return FALSE;
}

/* Whether a marker for @number comes before line @index, on the same
 * page: notes end the page of their marker. The notes just above @index
 * are the same page's; notes above its text end the page before. The look
 * back is bounded by a page's length, so that a long run of lines that
 * start with a number stays linear. */
static gboolean
marker_before (Reader *self,
               guint   index,
               guint   number)
{
  gboolean in_notes = TRUE;

  for (guint j = index; j-- > 0 && index - j <= 64;)
    {
      const Line *line = &g_array_index (self->lines, Line, j);

      if (line->kind == LINE_FURNITURE)
        return FALSE;
      if (line->kind == LINE_DEFINITION || line->kind == LINE_CONTINUATION)
        {
          if (!in_notes)
            return FALSE;
          continue;
        }
      if (line->kind == LINE_BLANK)
        continue;

      in_notes = FALSE;
      if (line->kind == LINE_TEXT &&
          (ends_in_glued_marker (line, number) ||
           (self->has_explicit_markers && has_explicit_marker (line, number))))
        return TRUE;
    }

  return FALSE;
}

/* Whether another line on the same page, after line @index, starts with
 * note @number: notes end their page, so the last such line is the note,
 * and an earlier one is text that starts with a marker ("2 waarin ik…").
 * The look ahead is bounded by a page's length. */
static gboolean
later_on_page (Reader *self,
               guint   index,
               guint   number)
{
  for (guint j = index + 1; j < self->lines->len && j - index <= 64; j++)
    {
      const Line *line = &g_array_index (self->lines, Line, j);
      gsize rest;

      if (line->kind == LINE_FURNITURE)
        return FALSE;
      if (line->kind == LINE_TEXT && bare_definition (line, number, &rest))
        return TRUE;
    }

  return FALSE;
}

/* How many lines a note may wrap over after its first. */
#define MAX_NOTE_CONTINUATIONS 3

/* Whether note @number, in another style than its marker on line @index,
 * ends its page: what follows, after the note's own lines ("[1] De
 * Telegraaf, 8 maart 2025, «…ernstig" / "personeelstekort»"), is a label,
 * page furniture, the next such note or nothing. A list in the text ("1)
 * de kosten", "2) de tijd") goes on with an item that no marker cites. */
static gboolean
ends_page (Reader *self,
           guint   index,
           guint   number)
{
  guint continuations = 0;

  for (guint j = index + 1; j < self->lines->len; j++)
    {
      const Line *line = &g_array_index (self->lines, Line, j);
      gsize rest;

      if (line->kind == LINE_BLANK)
        continue;
      if (line->kind != LINE_TEXT)
        return TRUE;
      if (numbered_definition (line, number + 1, &rest))
        return marker_before (self, j, number + 1);
      if (++continuations > MAX_NOTE_CONTINUATIONS)
        return FALSE;
    }

  return TRUE;
}

static void
find_bare_definitions (Reader *self)
{
  g_autofree guint8 *label_ahead = g_new0 (guint8, self->lines->len + 1);
  gboolean ahead = FALSE;
  guint expected = 1;

  /* label_ahead[i]: a label follows line i before the next page furniture. */
  for (guint i = self->lines->len; i-- > 0;)
    {
      LineKind kind = g_array_index (self->lines, Line, i).kind;

      label_ahead[i] = (guint8) ahead;
      if (kind == LINE_FURNITURE)
        ahead = FALSE;
      else if (kind >= LINE_QUESTION_LABEL && kind <= LINE_TOELICHTING_LABEL)
        ahead = TRUE;
    }

  for (guint i = first_body_line (self); i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);
      gsize rest;

      if (line->kind != LINE_TEXT)
        continue;

      /* Before a label on the same page, a line that starts with a number
       * is a note only when a marker for it came before: "Seattle?1". */
      if (bare_definition (line, expected, &rest))
        {
          if ((label_ahead[i] && !marker_before (self, i, expected)) || later_on_page (self, i, expected))
            continue;
        }
      else if (!numbered_definition (line, expected, &rest) || !marker_before (self, i, expected) ||
               !ends_page (self, i, expected))
        continue;

      add_definition (self, i, expected, rest, DEF_BARE);
      expected++;
      mark_continuations (self, i, expected, DEF_BARE);
    }
}

/* The number of a Word note, "1) Pointer, …", with in @rest where its
 * text starts; 0 if @line is none. */
static guint
paren_note_number (const Line *line,
                   gsize      *rest)
{
  guint number;
  gsize n;

  if (line->kind != LINE_TEXT || (n = parse_uint (line->text, line->text + line->len, &number)) == 0 ||
      n + 1 >= line->len || line->text[n] != ')' || line->text[n + 1] != ' ')
    return 0;

  *rest = n + 1 + skip_spaces (line->text + n + 1, line->text + line->len);
  return number;
}

/* A web address on a line of its own, as Word notes may put it. */
static gboolean
is_address_line (const Line *line)
{
  return line->kind == LINE_TEXT && memchr (line->text, ' ', line->len) == NULL &&
         (has_prefix_ci (line->text, line->len, "https://") || has_prefix_ci (line->text, line->len, "http://") ||
          has_prefix_ci (line->text, line->len, "www."));
}

/* How far a list or a parenthesis within a sentence is looked for: a
 * long sentence. */
#define MAX_SENTENCE_LENGTH 500

/* Whether a parenthesis is open before @p in the paragraph from @start:
 * "(Kamerstuk 31 497, nr. 1)" closes it. The look back is a long
 * sentence at most. */
static gboolean
in_parentheses (const char *start,
                const char *p)
{
  int depth = 0;

  for (const char *q = p; q-- > start && p - q <= MAX_SENTENCE_LENGTH;)
    {
      if (*q == ')')
        depth++;
      else if (*q == '(' && depth-- == 0)
        return TRUE;
    }

  return FALSE;
}

/* The numbers "N)" in the lines before @first, where the text cites Word
 * notes: "…? 1)", "…'?1)", not "(bijlage 1)". One pass, however many notes
 * there are. */
static GHashTable *
paren_markers_before (Reader *self,
                      guint   first)
{
  GHashTable *markers = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < first; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      const char *end = line->text + line->len;

      if (line->kind != LINE_TEXT)
        continue;
      for (const char *p = line->text; p < end; p++)
        {
          guint number;
          gsize n;

          if (!is_digit (*p) || (p > line->text && is_digit (p[-1])) ||
              (n = parse_uint (p, end, &number)) == 0 || p + n >= end || p[n] != ')')
            continue;
          if (!in_parentheses (line->text, p))
            g_hash_table_add (markers, GUINT_TO_POINTER (number));
          p += n;
        }
    }

  return markers;
}

/* Word files list their notes last: "1) Pointer, 17 november 2024, …",
 * maybe with the web address on a line of its own. A list that ends the
 * text ("1) het stelsel…", "2) de huur…") is cited nowhere, and stays
 * text. */
static void
find_paren_definitions (Reader *self)
{
  g_autoptr (GHashTable) markers = NULL;
  guint first = self->lines->len;
  guint expected = 1;

  /* The notes are the last run from 1: a list that ends the last
   * question ("1) het verlengen…;", "2) het stoppen…?") may come first. */
  for (guint i = self->lines->len; i-- > 0;)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      gsize rest;
      guint number;

      if (line->kind == LINE_BLANK || line->kind == LINE_FURNITURE || is_address_line (line))
        continue;
      if ((number = paren_note_number (line, &rest)) == 0)
        break;
      if (number == 1)
        {
          first = i;
          break;
        }
    }

  markers = paren_markers_before (self, first);
  for (guint i = first; i < self->lines->len; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      guint number;
      gsize rest;

      if (line->kind != LINE_TEXT)
        continue;
      number = paren_note_number (line, &rest);
      if (number == expected)
        {
          if (!g_hash_table_contains (markers, GUINT_TO_POINTER (number)))
            return;
          add_definition (self, i, number, rest, DEF_PAREN);
          expected++;
        }
      else if (expected > 1 && is_address_line (line))
        g_array_index (self->lines, Line, i).kind = LINE_CONTINUATION;
      else
        return;
    }
}

static void
find_definitions (Reader *self)
{
  if (self->has_explicit_markers)
    find_explicit_definitions (self);

  if (g_hash_table_size (self->defs) == 0)
    find_paren_definitions (self);

  if (g_hash_table_size (self->defs) == 0)
    find_bare_definitions (self);

  /* Bare digits are footnote markers only when nothing better exists. */
  if (self->has_explicit_markers)
    self->bare_markers = FALSE;
}

static DefStyle
definition_style (Reader *self,
                  guint   number)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->defs, GUINT_TO_POINTER (number)));

  if (index == 0)
    return DEF_NONE;
  return g_array_index (self->lines, Line, index - 1).def_style;
}

/* Inline text */

typedef struct
{
  Reader     *reader;
  KvRichText *rich;
  GString    *seg;
  KvRunStyle  style;
  gboolean    underscore;   /* italic opened by "_" rather than "*" */
  gboolean    after_marker; /* nothing but spaces since the last marker */
  GPtrArray  *urls;         /* collects link targets, or NULL */
  guint       next_item;    /* the next number of a list "1) … 2) …" in the text, or 0 */
  const char *start;        /* of the paragraph */
} Inline;

static void
flush_segment (Inline *in)
{
  if (in->seg->len > 0)
    {
      kv_rich_text_append_len (in->rich, in->seg->str, in->seg->len, in->style, NULL, 0);
      g_string_truncate (in->seg, 0);
      in->after_marker = FALSE;
    }
}

static void
cite (Reader *self,
      guint   number)
{
  if (number > self->max_cited)
    self->max_cited = number;
  g_hash_table_add (self->cited, GUINT_TO_POINTER (number));

  if (!g_hash_table_contains (self->defs, GUINT_TO_POINTER (number)) &&
      !g_hash_table_contains (self->missing, GUINT_TO_POINTER (number)))
    {
      g_autofree char *msg = g_strdup_printf (_("Footnote %u is referenced but has no text."), number);

      g_hash_table_add (self->missing, GUINT_TO_POINTER (number));
      kv_document_add_warning (self->doc, msg);
    }
}

static void
emit_marker (Inline *in,
             guint   number)
{
  char label[8];

  /* "vraag? 1)" and "gezuiverd» [1 ]": the space belonged to the marker. */
  while (in->seg->len > 0 && in->seg->str[in->seg->len - 1] == ' ')
    g_string_truncate (in->seg, in->seg->len - 1);
  flush_segment (in);

  g_snprintf (label, sizeof label, "%u", number);
  kv_rich_text_append (in->rich, label, KV_RUN_STYLE_NONE, NULL, number);
  cite (in->reader, number);
  in->after_marker = TRUE;
}

static void
emit_link (Inline     *in,
           const char *text,
           gsize       len,
           const char *target)
{
  flush_segment (in);
  kv_rich_text_append_len (in->rich, text, len, in->style, target, 0);
  in->after_marker = FALSE;

  if (in->urls != NULL)
    {
      for (guint i = 0; i < in->urls->len; i++)
        if (g_str_equal (in->urls->pdata[i], target))
          return;
      g_ptr_array_add (in->urls, g_strdup (target));
    }
}

static gboolean
try_url (Inline      *in,
         const char **pp,
         const char  *end)
{
  const char *p = *pp;
  gboolean angle = *p == '<';
  gboolean needs_scheme = FALSE;
  g_autofree char *target = NULL;
  gsize n;

  if (angle)
    p++;

  if ((n = kv_uri_length_at (p, end, &needs_scheme)) == 0)
    return FALSE;
  if (angle && (p + n >= end || p[n] != '>'))
    return FALSE;

  if (needs_scheme)
    target = g_strdup_printf ("https://%.*s", (int) n, p);
  else
    target = g_strndup (p, n);

  emit_link (in, p, n, target);
  *pp = p + n + (angle ? 1 : 0);

  return TRUE;
}

/* Length of the opening of a web address that ends just before @p, the
 * ':' of "https:", "http:", "mailto:" or the '.' of "www.", when it
 * starts a word; 0 otherwise.
 */
static gsize
url_opening_before (const char *p,
                    const char *text)
{
  static const char * const openings[] = { "https", "http", "mailto", "www" };

  for (guint i = 0; i < G_N_ELEMENTS (openings); i++)
    {
      gsize len = strlen (openings[i]);
      const char *start = p - len;

      if ((*p == '.') != (i == 3) || (gsize) (p - text) < len)
        continue;
      if (g_ascii_strncasecmp (start, openings[i], len) == 0 &&
          (start == text || !is_word_byte (start[-1])))
        return len;
    }
  return 0;
}

/* Web addresses are found by their ':' or '.', which are rarer than the
 * letters they start with. The letters before it contain nothing the
 * scanner acts on, so they are the last bytes of the segment; they are
 * taken back from it when the address is one.
 */
static gboolean
try_url_before (Inline      *in,
                const char  *text,
                const char **pp,
                const char  *end)
{
  gsize back = url_opening_before (*pp, text);
  const char *start = *pp - back;
  gboolean needs_scheme;

  if (back == 0 || kv_uri_length_at (start, end, &needs_scheme) == 0 || in->seg->len < back ||
      memcmp (in->seg->str + in->seg->len - back, start, back) != 0)
    return FALSE;

  g_string_truncate (in->seg, in->seg->len - back);
  *pp = start;

  return try_url (in, pp, end);
}

/* "[text](https://…)" */
static gboolean
try_markdown_link (Inline      *in,
                   const char **pp,
                   const char  *end)
{
  const char *p = *pp + 1;
  const char *close = NULL;
  gboolean needs_scheme;
  g_autofree char *target = NULL;
  gsize n;

  for (const char *q = p; q < end && *q != '[' && q - p < 512; q++)
    if (*q == ']')
      {
        close = q;
        break;
      }
  if (close == NULL || close == p || close + 1 >= end || close[1] != '(')
    return FALSE;

  n = kv_uri_length_at (close + 2, end, &needs_scheme);
  if (n == 0 || needs_scheme || close + 2 + n >= end || close[2 + n] != ')')
    return FALSE;

  target = g_strndup (close + 2, n);
  emit_link (in, p, (gsize) (close - p), target);
  *pp = close + 3 + n;

  return TRUE;
}

/* "[1 ]", "[2]", "[4 5 ]", "[^1]"; "[e ]" after a digit is an ordinal
 * superscript ("11[e ]" is "11e") and becomes text.
 */
/* "m²", "km²", "10³" are units and powers, "CO[2 ]" (a subscript that a
 * converter made a bracket) a formula: not footnotes. After any other
 * number a raised number cites a footnote, as in "brief van 4 november
 * 2024¹", if the document has it. Looks at the text before the number. */
static gboolean
raised_number_is_text (Inline *in,
                       guint   value)
{
  const char *text = in->seg->str;
  gsize len = in->seg->len;

  return len > 0 && (kv_dutch_ends_in_power_base (text, len) ||
                     (is_digit (text[len - 1]) && definition_style (in->reader, value) == DEF_NONE));
}

static gboolean
try_bracket (Inline      *in,
             const char **pp,
             const char  *end)
{
  const char *p = *pp + 1;
  guint numbers[16];
  guint n_numbers = 0;

  if (p < end && *p == '^')
    {
      guint value;
      gsize n = parse_uint (p + 1, end, &value);

      if (n > 0 && p + 1 + n < end && p[1 + n] == ']')
        {
          emit_marker (in, value);
          *pp = p + 2 + n;
          return TRUE;
        }

      if ((n = renamed_note_len (p + 1, end)) > 0)
        {
          g_autofree char *label = g_strndup (p + 1, n);
          gpointer number;

          if (!g_hash_table_lookup_extended (in->reader->renamed_notes, label, NULL, &number))
            return FALSE;
          emit_marker (in, GPOINTER_TO_UINT (number));
          *pp = p + 2 + n;
          return TRUE;
        }

      return FALSE;
    }

  if (in->seg->len > 0 && is_digit (in->seg->str[in->seg->len - 1]))
    {
      const char *q = p;

      while (q < end && g_ascii_islower (*q))
        q++;
      if (q > p && q - p <= 3)
        {
          const char *r = q;

          while (r < end && *r == ' ')
            r++;
          if (r < end && *r == ']')
            {
              g_string_append_len (in->seg, p, q - p);
              *pp = r + 1;
              return TRUE;
            }
        }
    }

  while (p < end && n_numbers < G_N_ELEMENTS (numbers))
    {
      gsize n = parse_uint (p, end, &numbers[n_numbers]);

      if (n == 0 || n > 3)
        break;
      n_numbers++;
      p += n;
      while (p < end && *p == ' ')
        p++;
      if (p < end && *p == ']')
        {
          /* Only after letters: "in 2023[4 ]" is a marker, not a power. */
          if (n_numbers == 1 && in->seg->len > 0 && !is_digit (in->seg->str[in->seg->len - 1]) &&
              raised_number_is_text (in, numbers[0]))
            g_string_append_printf (in->seg, "%u", numbers[0]);
          else
            for (guint i = 0; i < n_numbers; i++)
              emit_marker (in, numbers[i]);
          *pp = p + 1;
          return TRUE;
        }
    }

  return FALSE;
}

/* "brieven?¹²" cites notes 1 and 2 where the document has no note 12:
 * emits a marker for each superscript digit between @p and @end, if
 * each is a note. */
static gboolean
emit_digit_markers (Inline     *in,
                    const char *p,
                    const char *end)
{
  guint value, digit;
  gsize n;

  superscript_number (p, end, &value);
  if (definition_style (in->reader, value) != DEF_NONE)
    return FALSE;
  for (const char *q = p; q < end; q += n)
    if ((n = superscript_digit (q, end, &digit)) == 0 || definition_style (in->reader, digit) == DEF_NONE)
      return FALSE;

  for (const char *q = p; q < end; q += n)
    {
      n = superscript_digit (q, end, &digit);
      emit_marker (in, digit);
    }
  return TRUE;
}

static gboolean
try_superscript (Inline      *in,
                 const char **pp,
                 const char  *end)
{
  guint value;
  const char *p = *pp + superscript_number (*pp, end, &value);

  if (p == *pp || value == 0 || value > KV_DUTCH_MAX_NUMBER || raised_number_is_text (in, value))
    return FALSE;

  if (!emit_digit_markers (in, *pp, p))
    emit_marker (in, value);
  *pp = p;
  return TRUE;
}

/* Whether @text ends in a capital letter alone or a formula, as "Q2",
 * "F35", "A4" and "CO2" are names rather than words with a marker; after
 * "het OM", "de EU" a marker may be glued. */
static gboolean
ends_in_name_with_digits (const char *text,
                          gsize       len)
{
  gboolean one_capital = g_ascii_isupper (text[len - 1]) && (len == 1 || !g_ascii_isalpha (text[len - 2]));

  return one_capital || kv_dutch_ends_in_power_base (text, len);
}

/* Whether @text ends in a number of one or two digits, as the parts of
 * "artikel 3.2" and "paragraaf 8.1.2" do, where a year does not. */
static gboolean
ends_in_section_number (const char *text,
                        gsize       len)
{
  gsize digits = 0;

  while (digits < len && is_digit (text[len - 1 - digits]))
    digits++;

  return digits >= 1 && digits <= 2;
}

/* Whether a marker of @n digits at @p, after a number and a full stop in
 * @seg, follows the end of a sentence: "…februari 2025.2" ending the
 * paragraph, "…van 21 naar 10.2 De samenvoeging"; not "artikel 3.2 van",
 * "Calculator 2024.1 en". */
static gboolean
ends_sentence_with_number (GString    *seg,
                           const char *p,
                           gsize       n,
                           const char *end)
{
  if (p + n + 1 < end && p[n] == ' ')
    return g_ascii_isupper (p[n + 1]);

  return p + n >= end && !ends_in_section_number (seg->str, seg->len - 1);
}

/* Whether @text ends in a date's month and year, "1 oktober 2024": a
 * comma after it is no decimal comma. */
static gboolean
ends_in_date (const char *text,
              gsize       len)
{
  gsize word_end, word_start;

  if (len < 6 || !is_all_digits (text + len - 4, 4) || text[len - 5] != ' ')
    return FALSE;

  word_end = word_start = len - 5;
  while (word_start > 0 && g_ascii_isalpha (text[word_start - 1]))
    word_start--;

  return word_start < word_end && kv_dutch_starts_with_month (text + word_start, word_end - word_start);
}

/* Whether printed text may glue a marker to the end of @seg: to a word,
 * a sentence or a quote, and after a comma that is no decimal comma,
 * "vastgesteld»,1 en" but not "2,5". After a number and a full stop, see
 * ends_sentence_with_number(). */
static gboolean
may_glue_marker (GString *seg)
{
  gsize len = seg->len;
  char prev = seg->str[len - 1];

  if (prev == ',')
    return len >= 2 && (!is_digit (seg->str[len - 2]) || ends_in_date (seg->str, len - 1));
  if (is_digit (prev) || ends_in_name_with_digits (seg->str, len))
    return FALSE;

  return g_ascii_isalpha (prev) || strchr ("?!.)\"'", prev) != NULL || (guchar) prev >= 0x80;
}

/* How many notes a glued marker after a sentence may skip. */
#define MAX_SKIPPED_NOTES 2

/* Printed text glues markers to words: "artikel?1", "uw Kamer3 een". Only
 * the next footnote in sequence, with a definition, is taken.
 */
static gboolean
try_glued_digits (Inline      *in,
                  const char **pp,
                  const char  *end)
{
  Reader *self = in->reader;
  const char *p = *pp;
  char prev = in->seg->len > 0 ? in->seg->str[in->seg->len - 1] : '\0';
  guint value;
  gsize n;

  /* "Hil.2 3": the markers of one place follow each other with a space. */
  if (!in->after_marker || strspn (in->seg->str, " ") != in->seg->len)
    {
      if (in->seg->len == 0 || !may_glue_marker (in->seg))
        return FALSE;
    }

  /* After a sentence a marker may skip a note or two whose marker was
   * missed, "…«Vacatures»1 (ingezonden" in the header; elsewhere only the
   * next one counts. */
  n = parse_uint (p, end, &value);
  if (n == 0 || value <= self->max_cited || definition_style (self, value) != DEF_BARE ||
      (value != self->max_cited + 1 &&
       (value > self->max_cited + MAX_SKIPPED_NOTES + 1 || !kv_dutch_ends_sentence (in->seg->str, in->seg->len))))
    return FALSE;
  if (prev == '.' && in->seg->len >= 2 && is_digit (in->seg->str[in->seg->len - 2]) &&
      !ends_sentence_with_number (in->seg, p, n, end))
    return FALSE;
  /* Questions run together in PDF text: "…vervalt?2Welke maatregelen…". */
  if (p + n < end && (g_ascii_isalnum (p[n]) || p[n] == '-' || p[n] == '/' || p[n] == '.') &&
      !((prev == '?' || prev == '!') && g_ascii_isupper (p[n])))
    return FALSE;

  emit_marker (in, value);
  *pp = p + n;
  return TRUE;
}

/* Whether the text between @start and @p ends in a quote: "'Jeugd in de
 * knel'" before " 2)" cites, where "en" before it counts. */
static gboolean
is_quote_end (const char *start,
              const char *p)
{
  return p > start && (p[-1] == '\'' || p[-1] == '"' ||
                       (p - start >= 2 && (guchar) p[-2] == 0xC2 && (guchar) p[-1] == 0xBB) ||
                       (p - start >= 3 && (guchar) p[-3] == 0xE2 && (guchar) p[-2] == 0x80 &&
                        ((guchar) p[-1] == 0x99 || (guchar) p[-1] == 0x9D)));
}

/* Whether " 1) hoeveel" at @p starts an item of a list within a sentence
 * that goes on with " 2) hoe", rather than ending in a marker: the item
 * after it follows a word, "en 2) volgens", where a marker follows a
 * quote, "'B' 2) van". */
static gboolean
is_list_item (const char *p,
              const char *end,
              guint       value)
{
  const char *limit = end - p > MAX_SENTENCE_LENGTH ? p + MAX_SENTENCE_LENGTH : end;
  char next[16];
  gsize n = (gsize) g_snprintf (next, sizeof next, " %u) ", value + 1);

  if (p + 1 >= end || p[0] != ' ' || !g_ascii_islower (p[1]))
    return FALSE;

  for (const char *q = p; (q = g_strstr_len (q, limit - q, next)) != NULL; q++)
    if (q + n < end && g_ascii_islower (q[n]) && !is_quote_end (p, q))
      return TRUE;

  return FALSE;
}

/* Word texts: "…oprichter'? 1)", "…demonstranten'?1)", "het bericht 'A'
 * 1) en het rapport 'B' 2) van". A list within a sentence, "Kunt u
 * aangeven 1) hoeveel kinderen wachten en 2) hoe lang?", and the end of a
 * parenthesis, "(Kamerstuk 31 497, nr. 1)", stay text. */
static gboolean
try_paren_marker (Inline      *in,
                  const char **pp,
                  const char  *end)
{
  const char *p = *pp;
  guint value;
  gsize n;

  if (in->seg->len == 0 ||
      (in->seg->str[in->seg->len - 1] != ' ' && !kv_dutch_ends_sentence (in->seg->str, in->seg->len)))
    return FALSE;

  n = parse_uint (p, end, &value);
  if (n == 0 || p + n >= end || p[n] != ')' || definition_style (in->reader, value) != DEF_PAREN ||
      in_parentheses (in->start, p))
    return FALSE;

  *pp = p + n + 1;
  if (value == in->next_item || (value == 1 && is_list_item (*pp, end, value)))
    {
      g_string_append_len (in->seg, p, (gssize) n + 1);
      in->next_item = value + 1;
      return TRUE;
    }

  emit_marker (in, value);
  return TRUE;
}

typedef struct
{
  guint doubles;
  guint singles;
  guint underscores;
} EmphasisCount;

static void
count_emphasis (const char    *p,
                 const char    *end,
                 EmphasisCount *count)
{
  memset (count, 0, sizeof *count);

  for (const char *q = p; q < end && (q = memchr (q, '*', (gsize) (end - q))) != NULL; q++)
    {
      if (q + 1 < end && q[1] == '*')
        count->doubles++, q++;
      else
        count->singles++;
    }

  for (const char *q = p; q < end && (q = memchr (q, '_', (gsize) (end - q))) != NULL; q++)
    if (q == p || !is_word_byte (q[-1]) || q + 1 == end || !is_word_byte (q[1]))
      count->underscores++;
}

static void
set_style (Inline     *in,
           KvRunStyle  style)
{
  flush_segment (in);
  in->style = style;
}

/* Bytes at which the inline scanner must look closer; everything else
 * is copied in bulk. Each byte has one class; parse_inline() asks for
 * the classes that apply to the text at hand.
 */
enum
{
  SPECIAL_ALWAYS      = 1 << 0,
  SPECIAL_DIGIT       = 1 << 1,  /* when digits can be footnote markers */
  SPECIAL_SUPERSCRIPT = 1 << 2,  /* lead byte of ¹²³ and U+2070–U+2079 */
};

static const guint8 special_bytes[256] = {
  [0xFF] = SPECIAL_ALWAYS, ['*'] = SPECIAL_ALWAYS, ['_'] = SPECIAL_ALWAYS,
  ['<'] = SPECIAL_ALWAYS, ['['] = SPECIAL_ALWAYS,
  [':'] = SPECIAL_ALWAYS, ['.'] = SPECIAL_ALWAYS,  /* web addresses */
  ['0'] = SPECIAL_DIGIT, ['1'] = SPECIAL_DIGIT, ['2'] = SPECIAL_DIGIT,
  ['3'] = SPECIAL_DIGIT, ['4'] = SPECIAL_DIGIT, ['5'] = SPECIAL_DIGIT,
  ['6'] = SPECIAL_DIGIT, ['7'] = SPECIAL_DIGIT, ['8'] = SPECIAL_DIGIT,
  ['9'] = SPECIAL_DIGIT,
  [0xC2] = SPECIAL_SUPERSCRIPT, [0xE2] = SPECIAL_SUPERSCRIPT,
};

static inline gboolean
is_wanted (char   c,
           guint8 wanted)
{
  return (special_bytes[(guchar) c] & wanted) != 0;
}

/* Returns the first byte at or after @p of a class in @wanted, or @end.
 * Most bytes are plain text, so four are looked at per round.
 */
static inline const char *
find_wanted (const char *p,
             const char *end,
             guint8      wanted)
{
  for (; end - p >= 4; p += 4)
    {
      if (is_wanted (p[0], wanted))
        return p;
      if (is_wanted (p[1], wanted))
        return p + 1;
      if (is_wanted (p[2], wanted))
        return p + 2;
      if (is_wanted (p[3], wanted))
        return p + 3;
    }

  while (p < end && !is_wanted (*p, wanted))
    p++;

  return p;
}

/* Turns one paragraph (lines already joined) into runs of @rich. */
static void
parse_inline (Reader     *self,
              KvRichText *rich,
              const char *text,
              gsize       len,
              gboolean    markers,
              GPtrArray  *urls)
{
  const char *p = text, *end = text + len;
  gboolean digits = markers && (self->bare_markers || self->paren_markers);
  guint8 wanted = SPECIAL_ALWAYS | (digits ? SPECIAL_DIGIT : 0) | (markers ? SPECIAL_SUPERSCRIPT : 0);
  EmphasisCount count;
  Inline in = { self, rich, self->seg, KV_RUN_STYLE_NONE, FALSE, FALSE, urls, 0, text };

  g_string_truncate (in.seg, 0);
  count_emphasis (p, end, &count);

  while (p < end)
    {
      const char *plain_start = p;
      char c;

      p = find_wanted (p, end, wanted);
      if (p > plain_start)
        g_string_append_len (in.seg, plain_start, p - plain_start);
      if (p == end)
        break;

      c = *p;
      switch (c)
        {
        case '\xFF':
          {
            guint value = 0;
            gsize n = parse_uint (p + 1, end, &value);

            if (n > 0 && p + 1 + n < end && p[1 + n] == '\xFE')
              emit_marker (&in, value);
            p += 2 + n;
            continue;
          }

        case '*':
          if (p + 1 < end && p[1] == '*')
            {
              count.doubles--;
              p += 2;
              if (in.style & KV_RUN_STYLE_BOLD)
                set_style (&in, in.style & ~KV_RUN_STYLE_BOLD);
              else if (count.doubles > 0)
                set_style (&in, in.style | KV_RUN_STYLE_BOLD);
              else
                g_string_append (in.seg, "**");
              continue;
            }
          count.singles--;
          p++;
          if ((in.style & KV_RUN_STYLE_ITALIC) && !in.underscore)
            set_style (&in, in.style & ~KV_RUN_STYLE_ITALIC);
          else if (!(in.style & KV_RUN_STYLE_ITALIC) && count.singles > 0 && p < end && *p != ' ')
            {
              set_style (&in, in.style | KV_RUN_STYLE_ITALIC);
              in.underscore = FALSE;
            }
          else
            g_string_append_c (in.seg, '*');
          continue;

        case '_':
          {
            gboolean opens = (p == text || !is_word_byte (p[-1])) && p + 1 < end && is_word_byte (p[1]);
            gboolean closes = p > text && is_word_byte (p[-1]) && (p + 1 == end || !is_word_byte (p[1]));

            if (opens || closes)
              count.underscores--;
            p++;
            if (closes && (in.style & KV_RUN_STYLE_ITALIC) && in.underscore)
              set_style (&in, in.style & ~KV_RUN_STYLE_ITALIC);
            else if (opens && !(in.style & KV_RUN_STYLE_ITALIC) && count.underscores > 0)
              {
                set_style (&in, in.style | KV_RUN_STYLE_ITALIC);
                in.underscore = TRUE;
              }
            else
              g_string_append_c (in.seg, '_');
            continue;
          }

        case '<':
          if (try_url (&in, &p, end))
            continue;
          break;

        case ':': case '.':
          if (try_url_before (&in, text, &p, end))
            continue;
          break;

        case '[':
          if (markers && try_bracket (&in, &p, end))
            continue;
          if (try_markdown_link (&in, &p, end))
            continue;
          break;

        case '\xC2': case '\xE2':
          if (try_superscript (&in, &p, end))
            continue;
          break;

        case '0': case '1': case '2': case '3': case '4':
        case '5': case '6': case '7': case '8': case '9':
          {
            const char *number = p;

            if (self->bare_markers && try_glued_digits (&in, &p, end))
              continue;
            if (self->paren_markers && try_paren_marker (&in, &p, end))
              continue;
            /* Copy the whole number so that no digit inside it is seen as
             * the start of a glued marker.
             */
            while (p < end && is_digit (*p))
              p++;
            g_string_append_len (in.seg, number, p - number);
            continue;
          }

        default:
          break;
        }

      g_string_append_c (in.seg, c);
      p++;
    }

  while (in.seg->len > 0 && in.seg->str[in.seg->len - 1] == ' ')
    g_string_truncate (in.seg, in.seg->len - 1);
  flush_segment (&in);
}

/* Paragraphs */

/* How a line that ends in a hyphen joins the next, @text. */
typedef enum
{
  HYPHEN_SPACE,      /* "in-" / "en uitvoer": the word is left open */
  HYPHEN_KEEP,       /* "ICT-" / "systemen", "Noord-" / "Holland", "e-" / "overheid" */
  HYPHEN_DROP,       /* "opspo-" / "ringsdossier": the word was broken */
} HyphenJoin;

static HyphenJoin
hyphen_join (GString    *para,
             const char *text,
             gsize       len)
{
  const char *end = text + len;
  char before = para->str[para->len - 2];
  gboolean one_letter = g_ascii_isalpha (before) && (para->len == 2 || !g_ascii_isalpha (para->str[para->len - 3]));

  /* A dash, "uw voorganger -" / "Staatssecretaris …", stays apart. */
  if (before == ' ')
    return HYPHEN_SPACE;
  if (word_and_space_len (text, end, "en", FALSE) > 0 || word_and_space_len (text, end, "of", FALSE) > 0)
    return HYPHEN_SPACE;
  /* "2024-" / "2026", "COVID-" / "19", "F-" / "35" */
  if (g_ascii_isalnum (before) && is_digit (text[0]))
    return HYPHEN_KEEP;
  if (!g_ascii_isalpha (text[0]))
    return HYPHEN_SPACE;
  if (g_ascii_isupper (before) || is_digit (before) || one_letter || g_ascii_isupper (text[0]))
    return HYPHEN_KEEP;
  if (g_ascii_islower (before))
    return HYPHEN_DROP;

  return HYPHEN_SPACE;
}

/* Appends a line to a paragraph: joined with a space, or without one when
 * a web address was broken at the line end (see address_continues()) or
 * at a hyphen (see hyphen_join()).
 */
static void
join_line (GString    *para,
           const char *text,
           gsize       len)
{
  if (para->len > 0 && len > 0 && !address_continues (para->str, para->len, text, len))
    {
      HyphenJoin hyphen = HYPHEN_SPACE;

      if (para->len >= 2 && para->str[para->len - 1] == '-')
        hyphen = hyphen_join (para, text, len);

      if (hyphen == HYPHEN_DROP)
        g_string_truncate (para, para->len - 1);
      else if (hyphen == HYPHEN_SPACE)
        g_string_append_c (para, ' ');
    }

  g_string_append_len (para, text, (gssize) len);
}

/* Markers found at line level travel to the inline scanner as 0xFF,
 * digits, 0xFE: bytes that never occur in UTF-8 text.
 */
static void
append_marker_code (GString *para,
                    guint    number)
{
  g_string_append_printf (para, "\xff%u\xfe", number);
}

static void
warn_stray (Reader     *self,
            const char *text,
            gsize       len)
{
  g_autofree char *snippet = NULL;
  g_autofree char *msg = NULL;
  const char *cut;

  self->stray_paragraphs++;
  if (self->stray_paragraphs > MAX_STRAY_WARNINGS)
    return;

  /* Quote the start of the text, cut at a character boundary. */
  if (len > 60)
    {
      cut = g_utf8_find_prev_char (text, text + 60);
      len = cut != NULL ? (gsize) (cut - text) : 0;
      snippet = g_strdup_printf ("%.*s…", (int) len, text);
    }
  else
    snippet = g_strndup (text, len);

  /* Control characters are not for display. */
  for (char *s = snippet; *s != '\0'; s++)
    if ((guchar) *s < 0x20)
      *s = ' ';

  msg = g_strdup_printf (_("Text that belongs to no question: “%s”"), snippet);
  kv_document_add_warning (self->doc, msg);
}

static void
start_note (Reader     *self,
            KvNoteKind  kind)
{
  if (self->note != NULL && self->note_kind == kind)
    {
      self->target = self->note;
      return;
    }

  if (self->note != NULL)
    {
      g_autoptr (KvNote) note = kv_note_new (self->note_kind, self->note);

      kv_document_add_note (self->doc, note);
      g_clear_pointer (&self->note, kv_rich_text_unref);
    }

  self->note = kv_rich_text_new ();
  self->note_kind = kind;
  self->target = self->note;

  if (kind == KV_NOTE_KIND_MEDEDELING)
    self->delay_notice = TRUE;
}

/* A ministry's letter that the answers will be late, an
 * "uitstelbericht", is a delay notice with no questions in it. */
static gboolean
announces_delay (Reader *self)
{
  static const char * const phrases[] = {
    "niet binnen de gebruikelijke termijn", "niet binnen de termijn", "niet binnen de gestelde termijn",
    "niet binnen drie weken",
  };
  const char *para = self->para->str;

  /* A letter before questions or answers apologises for being late. */
  if (self->items->len > 0 || self->note != NULL || self->has_question_labels || self->has_answer_labels ||
      self->numbered_paragraphs)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (phrases); i++)
    if (strstr (para, phrases[i]) != NULL)
      return TRUE;

  /* "Helaas is het niet mogelijk om de vragen … binnen de gestelde termijn
   * te beantwoorden." */
  return strstr (para, "niet mogelijk") != NULL && strstr (para, "termijn") != NULL;
}

static void
flush_paragraph (Reader *self)
{
  gsize len;

  self->pending_break = FALSE;

  if (self->para->len == 0)
    return;

  len = trimmed_len (self->para);
  self->list_goes_on = len > 0 && strchr (":;", self->para->str[len - 1]) != NULL;

  if (self->target == NULL && announces_delay (self))
    start_note (self, KV_NOTE_KIND_MEDEDELING);

  if (self->target != NULL)
    {
      kv_rich_text_begin_block (self->target, self->para_kind);
      parse_inline (self, self->target, self->para->str, self->para->len, TRUE, NULL);
    }
  else
    {
      /* Parse anyway so that markers in it count as cited. */
      g_autoptr (KvRichText) lost = kv_rich_text_new ();
      g_autofree char *text = NULL;

      kv_rich_text_begin_block (lost, KV_BLOCK_PARAGRAPH);
      parse_inline (self, lost, self->para->str, self->para->len, TRUE, NULL);
      text = kv_rich_text_to_plain (lost);
      warn_stray (self, text, strlen (text));
    }

  g_string_truncate (self->para, 0);
  self->para_kind = KV_BLOCK_PARAGRAPH;
}

/* Items */

static void
clear_item_build (gpointer data)
{
  ItemBuild *build = data;

  g_clear_pointer (&build->question, kv_rich_text_unref);
  g_clear_pointer (&build->answer, kv_rich_text_unref);
}

/* An unnumbered item has no numbers, and the pool may not exist yet. */
static inline const guint *
item_numbers (Reader          *self,
              const ItemBuild *build)
{
  if (build->n_numbers == 0)
    return NULL;

  return &g_array_index (self->item_numbers, guint, build->numbers);
}

static void
index_numbers (Reader *self,
               guint   index)
{
  ItemBuild *build = &g_array_index (self->items, ItemBuild, index);
  const guint *numbers = item_numbers (self, build);

  for (guint i = 0; i < build->n_numbers; i++)
    g_hash_table_insert (self->item_index, GUINT_TO_POINTER (numbers[i]), GUINT_TO_POINTER (index + 1));
}

static ItemBuild *
item_with_number (Reader *self,
                  guint   number)
{
  guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->item_index, GUINT_TO_POINTER (number)));

  return index > 0 ? &g_array_index (self->items, ItemBuild, index - 1) : NULL;
}

static ItemBuild *
start_item (Reader      *self,
            const guint *numbers,
            guint        n_numbers)
{
  ItemBuild build = { self->item_numbers->len, n_numbers, kv_rich_text_new (), NULL };

  /* All items share one array of numbers: one allocation, not one each. */
  g_array_append_vals (self->item_numbers, numbers, n_numbers);
  if (n_numbers > 1)
    qsort (&g_array_index (self->item_numbers, guint, build.numbers), n_numbers, sizeof (guint), kv_compare_uint);
  g_array_append_val (self->items, build);
  index_numbers (self, self->items->len - 1);
  self->target = build.question;

  return &g_array_index (self->items, ItemBuild, self->items->len - 1);
}

static ItemBuild *
start_question (Reader      *self,
                const guint *numbers,
                guint        n_numbers)
{
  self->n_questions++;

  return start_item (self, numbers, n_numbers);
}

static ItemBuild *
find_item (Reader      *self,
           const guint *sorted,
           guint        n_numbers)
{
  ItemBuild *build;

  if (n_numbers == 0)
    return NULL;

  build = item_with_number (self, sorted[0]);
  if (build == NULL || build->n_numbers != n_numbers ||
      memcmp (item_numbers (self, build), sorted, n_numbers * sizeof (guint)) != 0)
    return NULL;

  return build;
}

/* "Antwoord 4 en 5" after "Vraag 4" and "Vraag 5": the questions an answer
 * names that have no answer yet become one item, at the place of the
 * first, as the official publications show them. Returns the item, or
 * NULL when none of them is such a question.
 */
static ItemBuild *
join_answered_questions (Reader      *self,
                         const guint *sorted,
                         guint        n_numbers)
{
  g_autoptr (GArray) group = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  ItemBuild *target;

  for (guint i = 0; i < n_numbers; i++)
    {
      ItemBuild *build = item_with_number (self, sorted[i]);

      if (build != NULL && build->question != NULL && build->answer == NULL)
        {
          guint index = (guint) (build - (ItemBuild *) (gpointer) self->items->data);

          g_array_append_val (group, index);
        }
    }
  if (group->len == 0)
    return NULL;
  kv_uint_array_make_set (group);

  /* The item keeps the numbers of all, and of the answer; the old lists
   * stay in the pool unused, which costs little as joins are rare. */
  g_array_append_vals (numbers, sorted, n_numbers);
  target = &g_array_index (self->items, ItemBuild, g_array_index (group, guint, 0));
  for (guint i = 0; i < group->len; i++)
    {
      ItemBuild *build = &g_array_index (self->items, ItemBuild, g_array_index (group, guint, i));

      g_array_append_vals (numbers, item_numbers (self, build), build->n_numbers);
      if (build != target)
        {
          kv_rich_text_append_rich (target->question, build->question);
          clear_item_build (build);
        }
    }
  kv_uint_array_make_set (numbers);

  target->numbers = self->item_numbers->len;
  target->n_numbers = numbers->len;
  g_array_append_vals (self->item_numbers, numbers->data, numbers->len);
  index_numbers (self, g_array_index (group, guint, 0));

  return target;
}

/* "Vraag 4 en 5" answered in parts, "Antwoord 4" and "Antwoord 5": each
 * part goes to the same item. */
static ItemBuild *
answered_item (Reader      *self,
               const guint *sorted,
               guint        n_numbers)
{
  ItemBuild *build = item_with_number (self, sorted[0]);

  for (guint i = 1; i < n_numbers && build != NULL; i++)
    if (item_with_number (self, sorted[i]) != build)
      return NULL;

  return build;
}

static ItemBuild *
last_unanswered_item (Reader *self)
{
  ItemBuild *last;

  if (self->items->len == 0)
    return NULL;

  last = &g_array_index (self->items, ItemBuild, self->items->len - 1);

  return last->question != NULL && last->answer == NULL ? last : NULL;
}

static void
warn_unasked (Reader      *self,
              const guint *sorted,
              guint        n_numbers)
{
  g_autoptr (GString) list = g_string_new (NULL);
  g_autofree char *msg = NULL;

  for (guint i = 0; i < n_numbers; i++)
    g_string_append_printf (list, i == 0 ? "%u" : ", %u", sorted[i]);
  msg = g_strdup_printf (_("No question was found for answer %s."), list->str);
  kv_document_add_warning (self->doc, msg);
}

static void
start_answer (Reader      *self,
              const guint *numbers,
              guint        n_numbers)
{
  g_autofree guint *sorted = g_memdup2 (numbers, n_numbers * sizeof (guint));
  ItemBuild *build;

  if (n_numbers > 1)
    qsort (sorted, n_numbers, sizeof (guint), kv_compare_uint);

  if (n_numbers == 0)
    build = last_unanswered_item (self);
  else if ((build = find_item (self, sorted, n_numbers)) == NULL &&
           (build = join_answered_questions (self, sorted, n_numbers)) == NULL)
    build = answered_item (self, sorted, n_numbers);

  if (build == NULL)
    {
      if (self->n_questions > 0 && n_numbers > 0)
        warn_unasked (self, sorted, n_numbers);
      build = start_item (self, sorted, n_numbers);
    }

  if (build->answer == NULL)
    build->answer = kv_rich_text_new ();
  self->target = build->answer;
}

/* Header */

/* Copies @len bytes of @text, every kind of white space the reader
 * knows made a plain space, for the rules of kv-dutch.c.
 */
static char *
plain_spaces (const char *text,
              gsize       len)
{
  GString *out = g_string_sized_new (len);
  const char *end = text + len;

  for (const char *p = text; p < end;)
    {
      gsize n = space_len (p, end);

      if (n > 0)
        {
          g_string_append_c (out, ' ');
          p += n;
        }
      else
        g_string_append_c (out, *p++);
    }

  return g_string_free (out, FALSE);
}

/* A header without Markdown emphasis, white space made plain. */
static char *
clean_header (const char *text)
{
  char *clean = plain_spaces (text, strlen (text));
  char *out = clean;

  for (const char *p = clean; *p != '\0'; p++)
    if (*p != '*')
      *out++ = *p;
  *out = '\0';

  return clean;
}

/* Whether @s starts with @words (NULL-terminated), each followed by white space. */
static gboolean
has_words (const char *s,
           gsize       len,
           ...)
{
  const char *p = s, *end = s + len;
  const char *word;
  gboolean found = TRUE;
  va_list args;

  va_start (args, len);
  while (found && (word = va_arg (args, const char *)) != NULL)
    {
      gsize n = word_and_space_len (p, end, word, FALSE);

      found = n > 0;
      p += n;
    }
  va_end (args);

  return found;
}

static gboolean
is_question_header (const char *s,
                    gsize       len)
{
  const char *end = s + len;

  /* Markdown may set it in bold or as a heading: "## Vragen van…". */
  strip_decoration (&s, &end);
  len = (gsize) (end - s);

  return has_words (s, len, "Vragen", "van", NULL) || has_words (s, len, "Vraag", "van", NULL) ||
         has_words (s, len, "VRAGEN", "van", NULL) || has_words (s, len, "VRAAG", "van", NULL) ||
         has_words (s, len, "Mondelinge", "vragen", "van", NULL) ||
         has_words (s, len, "Schriftelijke", "vragen", "van", NULL);
}

/* "Nader antwoord" is a later answer to questions answered before. */
static gboolean
is_answer_header (const char *s,
                  gsize       len)
{
  const char *end = s + len;

  strip_decoration (&s, &end);
  len = (gsize) (end - s);

  return has_words (s, len, "Antwoord", "van", NULL) || has_words (s, len, "ANTWOORD", "van", NULL) ||
         has_words (s, len, "Nader", "antwoord", "van", NULL) ||
         has_words (s, len, "Mededeling", "van", NULL);
}

/* How many lines a "Zie ook" reference may wrap over. */
#define MAX_REFERENCE_LINES 2

/* Whether a "Zie ook Aanhangsel …" reference ends on this text: in the
 * number of the earlier publication, maybe with a full stop; a list of
 * them, "nrs. 1201" / "en 1388.", with one. */
static gboolean
reference_is_complete (const char *s,
                       gsize       len)
{
  if (len >= 2 && s[len - 1] == '.' && is_digit (s[len - 2]))
    return TRUE;

  return len > 0 && is_digit (s[len - 1]) && g_strstr_len (s, (gssize) len, "nrs.") == NULL;
}

/* Whether the header has its date, "(ingezonden 10 maart 2025)", also
 * after the Zaak, "(2025Z01846, ingezonden 3 februari 2025)"; not at
 * "(ingezonden stuk)" or "de ingezonden brief van 112 huisartsen (NRC, 3
 * maart)" in the subject. */
static gboolean
header_closed (GString    *header,
               const char *keyword)
{
  if (header->len > MAX_HEADER_LENGTH)
    return TRUE;

  for (const char *p = strstr (header->str, keyword); p != NULL; p = strstr (p + 1, keyword))
    {
      const char *close = strchr (p, ')');

      if (close == NULL)
        return FALSE;
      gboolean after_comma = p - header->str >= 2 && p[-2] == ',' && p[-1] == ' ';

      if (!(p > header->str && p[-1] == '(') && !after_comma)
        continue;
      /* "(2025Z01846, ingezonden 3 februari 2025)" ends the header; a
       * subject may hold "(opiniestuk, ingezonden 2 maart 2025) over…". */
      if (after_comma && close[1 + strspn (close + 1, ". ")] != '\0')
        continue;
      for (const char *q = p; q < close; q++)
        if (is_digit (*q))
          return TRUE;
    }

  return FALSE;
}

static void
append_header_line (Reader     *self,
                    const Line *line)
{
  const char *s = line->text, *end = s + line->len;

  strip_decoration (&s, &end);
  join_line (self->header, s, (gsize) (end - s));
  kv_dutch_fold_date_words (self->header->str);
}
static void
end_header (Reader *self)
{
  g_autofree char *text = clean_header (self->header->str);

  /* The header of the questions says their subject as the Kamer wrote
   * it; a title may have shortened it. */
  if (self->region == REGION_QUESTION_HEADER && self->subject_from_title)
    {
      kv_document_set_subject (self->doc, NULL);
      self->subject_from_title = FALSE;
    }

  if (self->region == REGION_QUESTION_HEADER)
    kv_dutch_read_question_header (self->doc, text);
  else if (self->region == REGION_ANSWER_HEADER)
    kv_dutch_read_answer_header (self->doc, text);

  /* "…(ontvangen 27 januari 2025). Zie ook Aanhangsel Handelingen,
   * vergaderjaar" goes on to "2024–2025, nr. 902." */
  if (strstr (self->header->str, "Zie ook") != NULL && !reference_is_complete (self->header->str, self->header->len))
    self->reference_lines = MAX_REFERENCE_LINES;

  g_string_truncate (self->header, 0);
  self->region = REGION_PREAMBLE;
}

static void
begin_header (Reader     *self,
              const Line *line)
{
  const char *s = line->text, *end = s + line->len;

  strip_decoration (&s, &end);

  if (is_question_header (line->text, line->len))
    {
      self->region = REGION_QUESTION_HEADER;
      self->seen_question_header = TRUE;
      self->oral = has_prefix_len (s, (gsize) (end - s), "Mondelinge ");
    }
  else
    {
      self->region = REGION_ANSWER_HEADER;
      self->seen_answer_header = TRUE;
      if (has_prefix_len (s, (gsize) (end - s), "Mededeling "))
        self->delay_notice = TRUE;
    }
  self->has_read_header = TRUE;

  append_header_line (self, line);
}

/* Identifiers in furniture and preamble lines */

static void
read_furniture (Reader     *self,
                const Line *line)
{
  const char *s = line->text, *end = s + line->len;

  strip_decoration (&s, &end);

  if (is_publication_id (s, (gsize) (end - s)))
    {
      g_autofree char *id = g_strndup (s, (gsize) (end - s));
      kv_dutch_take_meta (self->doc, "DC.identifier", id);
    }
  else if (is_markdown_footer (s, (gsize) (end - s)))
    {
      g_autofree char *id = g_strdup_printf ("ah-tk-%.8s-%.*s", s + 5, (int) (end - s - 14), s + 14);
      kv_dutch_take_meta (self->doc, "DC.identifier", id);
    }
  else if (has_prefix_len (s, (gsize) (end - s), "regering gegeven antwoorden") ||
           has_prefix_len (s, (gsize) (end - s), "Vragen gesteld door de leden der Kamer") ||
           has_prefix_len (s, (gsize) (end - s), "Aanhangsel van de Handelingen"))
    self->after_masthead = TRUE;
  else if (line->text[0] == '#' && self->after_masthead && is_all_digits (s, (gsize) (end - s)) &&
           kv_document_get_aanhangsel (self->doc) == NULL)
    {
      g_autofree char *number = g_strndup (s, (gsize) (end - s));
      kv_document_set_aanhangsel (self->doc, number);
    }
  /* "Uw kenmerk" / "2025Z04271" in a letter. */
  else if (kv_dutch_is_zaak_number (s, (gsize) (end - s)) && kv_document_get_zaak (self->doc) == NULL)
    {
      g_autofree char *zaak = g_strndup (s, (gsize) (end - s));
      kv_document_set_zaak (self->doc, zaak);
    }
}

/* Length of "1. " (or "1.", a tab; or "1\. ", as pandoc escapes a
 * number that is no list's) at the start of @text, with its number in
 * @value; 0 if there is none. */
static gsize
numbered_paragraph_len (const char *text,
                        gsize       len,
                        guint      *value)
{
  const char *end = text + len;
  gsize bold = has_prefix_len (text, len, "**") ? 2 : 0;
  gsize n = parse_uint (text + bold, end, value);
  gsize spaces;

  if (n == 0)
    return 0;
  n += bold;
  if (n + 2 < len && text[n] == '\\' && text[n + 1] == '.')
    n++;
  if (n + 1 >= len || text[n] != '.')
    return 0;
  /* "**1.** Kent u…" as Markdown sets the number in bold. */
  if (bold > 0 && !(n + 3 < len && text[n + 1] == '*' && text[n + 2] == '*'))
    return 0;
  n += bold;

  spaces = skip_spaces (text + n + 1, end);
  return spaces > 0 ? n + 1 + spaces : 0;
}

/* Whether a title ends with @line: in its date or Zaak, "(2025Z00318)",
 * "(ingezonden 3 februari 2025)", but not in a party, "(D66)"; or in a
 * sentence, "…in de jeugd-ggz." */
static gboolean
ends_title (const Line *line)
{
  const char *end = line->text + line->len;
  const char *open;

  if (end[-1] == '.')
    return TRUE;
  if (end[-1] != ')' || (open = g_strrstr_len (line->text, line->len, "(")) == NULL)
    return FALSE;

  return g_strstr_len (open, end - open, "ingezonden") != NULL ||
         (end - open > 11 && kv_dutch_is_zaak_number (open + 1, 10));
}

/* Whether the line after a title's first line goes on with it: PDF text
 * wraps a long title, and a blank line, an identifier or a header ends it. */
static gboolean
continues_title (const Line *line)
{
  /* Its date and Zaak: "(2025Z01846, ingezonden 3 februari 2025)". */
  gboolean dated = has_prefix_len (line->text, line->len, "(") &&
                   (g_strstr_len (line->text, line->len, "ingezonden") != NULL ||
                    (line->len > 11 && kv_dutch_is_zaak_number (line->text + 1, 10)));

  guint value;

  return line->kind == LINE_TEXT && !kv_dutch_is_zaak_number (line->text, line->len) &&
         !is_all_digits (line->text, line->len) && numbered_paragraph_len (line->text, line->len, &value) == 0 &&
         !has_prefix_len (line->text, line->len, "AH ") && (dated || !has_prefix_len (line->text, line->len, "(")) &&
         !has_prefix_len (line->text, line->len, "Zie ook ") &&
         !is_question_header (line->text, line->len) && !is_answer_header (line->text, line->len);
}

/* A document's title above its header, see kv_dutch_read_title(). The
 * lines it wraps over are read with it. */
static gboolean
read_title (Reader     *self,
            const Line *line)
{
  guint first = (guint) (line - &g_array_index (self->lines, Line, 0));
  guint last = first;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autofree char *clean = NULL;
  gboolean had_subject;

  while (last + 1 < self->lines->len && last - first < MAX_TITLE_LINES - 1 &&
         !ends_title (&g_array_index (self->lines, Line, last)) &&
         continues_title (&g_array_index (self->lines, Line, last + 1)))
    last++;

  for (guint i = first; i <= last; i++)
    {
      const Line *part = &g_array_index (self->lines, Line, i);
      const char *s = part->text, *end = s + part->len;

      /* "**Antwoorden op Kamervragen …**", "# Antwoorden op …" */
      strip_decoration (&s, &end);
      if (i > first)
        g_string_append_c (text, ' ');
      g_string_append_len (text, s, end - s);
    }

  clean = clean_header (text->str);
  had_subject = kv_document_get_subject (self->doc) != NULL;
  if (!kv_dutch_read_title (self->doc, clean))
    return FALSE;
  self->subject_from_title = !had_subject && kv_document_get_subject (self->doc) != NULL;

  for (guint i = first + 1; i <= last; i++)
    g_array_index (self->lines, Line, i).kind = LINE_BLANK;

  return TRUE;
}

/* Lines before the first question: Zaak number, "AH 608", the
 * Aanhangsel number under the masthead, "(ingezonden …)" of Word files,
 * references to an earlier delay notice. Returns whether it was one.
 */
static gboolean
read_preamble_line (Reader     *self,
                    const Line *line)
{
  const char *s = line->text, *end = s + line->len;
  KvDocument *doc = self->doc;
  gsize len;

  /* Markdown sets the numbers as headings or bold: "### 2025Z05500". */
  strip_decoration (&s, &end);
  len = (gsize) (end - s);

  /* "# Kamervragen 2024Z17320" as a Markdown title */
  if (len == strlen ("Kamervragen ") + 10 && has_prefix_len (s, len, "Kamervragen "))
    {
      s += strlen ("Kamervragen ");
      len -= strlen ("Kamervragen ");
    }

  if (kv_dutch_is_zaak_number (s, len))
    {
      g_autofree char *zaak = g_strndup (s, len);

      if (kv_document_get_zaak (doc) == NULL)
        kv_document_set_zaak (doc, zaak);
      return TRUE;
    }

  if (has_prefix_len (s, len, "AH ") && is_all_digits (s + 3, len - 3))
    {
      g_autofree char *number = g_strndup (s + 3, len - 3);

      if (kv_document_get_aanhangsel (doc) == NULL)
        kv_document_set_aanhangsel (doc, number);
      self->seen_answer_header = TRUE;
      return TRUE;
    }

  if (is_all_digits (s, len) && len <= 5 && self->after_masthead && !self->seen_question_header)
    {
      g_autofree char *number = g_strndup (s, len);

      if (kv_document_get_aanhangsel (doc) == NULL)
        kv_document_set_aanhangsel (doc, number);
      return TRUE;
    }

  if (has_prefix_len (s, len, "(ingezonden"))
    {
      g_autofree char *text = plain_spaces (s, len);
      g_autofree char *date = kv_dutch_find_date (text, "(ingezonden");

      if (date != NULL && kv_document_get_submitted (doc) == NULL)
        kv_document_set_submitted (doc, date);
      return date != NULL;
    }

  /* "Zie ook Aanhangsel Handelingen, vergaderjaar" / "2024–2025, nr. 1290." */
  if (self->reference_lines > 0)
    {
      self->reference_lines--;
      if (reference_is_complete (s, len))
        self->reference_lines = 0;
      return TRUE;
    }
  if (has_prefix_len (s, len, "Zie ook Aanhangsel"))
    {
      self->reference_lines = reference_is_complete (s, len) ? 0 : MAX_REFERENCE_LINES;
      return TRUE;
    }

  if (!self->has_read_header && read_title (self, line))
    return TRUE;

  return FALSE;
}

/* Body */

/* A line of only footnote numbers, "1" or "2 3", as PDF text puts
 * markers that were set in superscript.
 */
static gboolean
append_marker_line (Reader     *self,
                    const Line *line)
{
  const char *p = line->text, *end = p + line->len;
  guint numbers[8];
  guint n_numbers = 0;

  /* A marker follows text: "1" before any is a number of its own. */
  if (!self->bare_markers || self->para->len == 0)
    return FALSE;

  while (p < end)
    {
      gsize n = parse_uint (p, end, &numbers[n_numbers]);

      if (n == 0 || n > 3 || definition_style (self, numbers[n_numbers]) != DEF_BARE)
        return FALSE;
      p += n;
      if (++n_numbers == G_N_ELEMENTS (numbers) && p < end)
        return FALSE;
      while (p < end && *p == ' ')
        p++;
    }

  for (guint i = 0; i < n_numbers; i++)
    append_marker_code (self->para, numbers[i]);

  return TRUE;
}

/* Whether the paragraph so far ends a sentence, a clause or a marker,
 * after which a line may start with a marker. */
static gboolean
para_ends_clause (GString *para)
{
  gsize len = trimmed_len (para);

  return len > 0 && (para->str[len - 1] == '\xfe' || para->str[len - 1] == ',' ||
                     kv_dutch_ends_sentence (para->str, len));
}

/* Whether the paragraph so far ends as a question or an answer may:
 * "…?", "…in 2026.", "…bericht? 1)", also in a glued marker, "…weer»?1". */
static gboolean
para_ends_item (GString *para)
{
  gsize len = trimmed_len (para);
  gsize before_digits = len;

  while (before_digits > 0 && len - before_digits < 3 && is_digit (para->str[before_digits - 1]))
    before_digits--;

  return len > 0 && (para->str[len - 1] == '\xfe' || strchr (".?!)", para->str[len - 1]) != NULL ||
                     kv_dutch_ends_sentence (para->str, len) ||
                     (before_digits < len && kv_dutch_ends_sentence (para->str, before_digits)));
}

/* PDF text also starts a line with the marker of the line before:
 * "…eind 2023?" / "2 Is het meerjarig…", "…in 2015," / "3 nu volledig…".
 * Elsewhere in a sentence, or before a month, the number is text: "…niet
 * per" / "1 januari 2026". Returns the length taken.
 */
static gsize
leading_marker (Reader     *self,
                const Line *line)
{
  guint value;
  gsize n;

  if (!self->bare_markers || self->para->len == 0 || !para_ends_clause (self->para))
    return 0;

  n = parse_uint (line->text, line->text + line->len, &value);
  if (n == 0 || n >= line->len || line->text[n] != ' ' || value != self->max_cited + 1 ||
      definition_style (self, value) != DEF_BARE ||
      kv_dutch_starts_with_month (line->text + n + 1, line->len - n - 1))
    return 0;

  /* Count the marker as cited now, so that the next one is expected. */
  self->max_cited = value;
  append_marker_code (self->para, value);

  return n + 1;
}

/* Word answers number their questions "1. …" followed by "Antwoord vraag
 * 1:". Only the next number in sequence starts an item, and only when an
 * answer label has it, so numbered lists inside answers stay text.
 */

/* Length of the number of a question on a line of its own, "1." or "1",
 * as PDF text of a Word list puts it above the question's text, with the
 * number in @value; 0 if @line is none. */
static gsize
number_line_len (Reader     *self,
                 const Line *line,
                 guint      *value)
{
  const Line *lines_end = &g_array_index (self->lines, Line, 0) + self->lines->len;
  const Line *next = line + 1;
  gsize n;

  if (line->kind != LINE_TEXT || line->len > 4 || (n = parse_uint (line->text, line->text + line->len, value)) == 0 ||
      (n != line->len && !(n + 1 == line->len && line->text[n] == '.')))
    return 0;

  while (next < lines_end && next->kind == LINE_BLANK)
    next++;

  return next < lines_end && next->kind == LINE_TEXT && !is_digit (next->text[0]) &&
         !g_ascii_islower (next->text[0]) ? line->len : 0;
}

/* Length of "1a." that numbers a sub-question in Word answers, "1a. Kent
 * u…", with its number in @value; 0 if @text starts with none. */
static gsize
numbered_part_len (const char *text,
                   gsize       len,
                   guint      *value)
{
  gsize n = parse_uint (text, text + len, value);

  if (n == 0 || n + 3 > len || !g_ascii_islower (text[n]) || text[n + 1] != '.' || text[n + 2] != ' ')
    return 0;

  return n + 2;
}

/* Length of a question's number at the start of @line ("1. Waarom?"), or
 * as all of it (see number_line_len()); 0 if it has none. */
static gsize
question_number_len (Reader     *self,
                     const Line *line,
                     guint      *value)
{
  gsize n = numbered_paragraph_len (line->text, line->len, value);

  return n > 0 ? n : number_line_len (self, line, value);
}

/* Whether numbered line @line goes on with the list whose last item is
 * @last: a question in capitals after an item that ended is the next
 * question, "…door de raad." / "3. Welke ondersteuning…?"; "2. De liften
 * worden vervangen." after "1. Het perron wordt verbreed." is an item. */
static gboolean
goes_on_with_list (const Line *line,
                   gsize       number_len,
                   const Line *last)
{
  char last_end = last->text[last->len - 1];

  return !(g_ascii_isupper (line->text[number_len]) && line->text[line->len - 1] == '?' &&
           (last_end == '.' || last_end == '?'));
}

/* "1. Kunt u aangeven:" / "1. hoeveel…?" / "2. hoeveel…?": the lines
 * numbered from 1 after a line that ends in a colon are a list, once the
 * questions have begun; before them, "… de volgende vragen:" opens the
 * questions themselves. */
static void
find_lists_after_colons (Reader *self)
{
  gboolean begun = FALSE;
  guint next = 0;  /* the number the list goes on with, or 0 */
  const Line *last = NULL;

  for (guint i = 0; i < self->lines->len; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      gsize number_len = 0;
      gboolean numbered;
      guint value;

      if (line->kind == LINE_BLANK)
        continue;

      numbered = line->kind == LINE_TEXT && (number_len = numbered_paragraph_len (line->text, line->len, &value)) > 0;
      if (numbered && next > 0 && value == next && (next == 1 || goes_on_with_list (line, number_len, last)))
        {
          self->list_items[i] = TRUE;
          next++;
          last = line;
          continue;
        }

      begun = begun || numbered || line->kind == LINE_QUESTION_LABEL || line->kind == LINE_ANSWER_LABEL;
      next = begun && line->kind == LINE_TEXT && line->text[line->len - 1] == ':' ? 1 : 0;
    }
}

/* Word answers number their questions "1. …" and answer each with
 * "Antwoord vraag 1:", one by one or after all the questions. A numbered
 * list inside an answer may reach the next question's number ("4.
 * Bekostiging…", "5. Ondersteuning…", then question "4. …"): a "4."
 * paragraph that another "4." follows before any answer label is such a
 * list item. One pass from the end finds them, and the numbers that have
 * an answer label. */
static void
find_list_items (Reader *self)
{
  g_autoptr (GHashTable) ahead = g_hash_table_new (NULL, NULL);  /* numbers before the next answer label */

  self->answered_numbers = g_hash_table_new (NULL, NULL);

  for (guint i = self->lines->len; i-- > 0;)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      guint value;

      if (line->kind == LINE_ANSWER_LABEL)
        {
          g_hash_table_remove_all (ahead);
          for (guint k = 0; k < line->n_numbers; k++)
            g_hash_table_add (self->answered_numbers,
                              GUINT_TO_POINTER (g_array_index (self->pool, guint, line->number + k)));
        }
      else if (line->kind == LINE_TEXT && !self->list_items[i] &&
               numbered_paragraph_len (line->text, line->len, &value) > 0)
        {
          self->list_items[i] = !g_hash_table_add (ahead, GUINT_TO_POINTER (value));
        }
    }
}

/* Whether @line starts the next numbered question, "2. Hoeveel?", with the
 * length of its number in @rest and the number in @value; or the next part
 * of one, "1b. Hoeveel?" (see numbered_part_len()), which keeps its
 * number in its text, and @parted tells. */
static gboolean
numbered_question (Reader     *self,
                   const Line *line,
                   gsize      *rest,
                   guint      *value,
                   gboolean   *parted)
{
  guint highest = 0;
  gsize n;

  if (!self->numbered_paragraphs)
    return FALSE;

  /* A document numbers its questions one way: where "1. Waarom?" does,
   * a number alone is a marker or a page's. */
  n = self->number_lines ? question_number_len (self, line, value) :
                           numbered_paragraph_len (line->text, line->len, value);
  *parted = n == 0 && numbered_part_len (line->text, line->len, value) > 0;
  if (n == 0 && !*parted)
    return FALSE;

  if (self->items->len > 0)
    {
      const ItemBuild *last = &g_array_index (self->items, ItemBuild, self->items->len - 1);

      if (last->n_numbers > 0)
        highest = item_numbers (self, last)[last->n_numbers - 1];
    }
  if (!(*value == highest + 1 || (*parted && *value == highest)) ||
      (self->has_answer_labels &&
       (!g_hash_table_contains (self->answered_numbers, GUINT_TO_POINTER (*value)) ||
        self->list_items[line - (const Line *) (gpointer) self->lines->data])))
    return FALSE;

  *rest = n;
  return TRUE;
}

static gboolean
ends_in_colon (GString *para)
{
  gsize len = trimmed_len (para);

  return len > 0 && para->str[len - 1] == ':';
}

/* Whether @text is an item of a list that a colon opened: "Kunt u
 * aangeven:" / "1. hoeveel…;" / "2. hoeveel…?", also in paragraphs of
 * their own; then it starts no question. The list ends at the first
 * numbered line out of its order. */
static gboolean
list_item (Reader     *self,
           const char *text,
           const char *end)
{
  guint value;
  gsize n = parse_uint (text, end, &value);
  gboolean opens = ends_in_colon (self->para) || (self->para->len == 0 && self->list_goes_on);

  if (n == 0 || text + n + 1 >= end || (text[n] != '.' && text[n] != ')') || text[n + 1] != ' ')
    return FALSE;

  if ((value == 1 && opens) || (self->list_next > 0 && value == self->list_next))
    {
      self->list_next = value + 1;
      return TRUE;
    }

  self->list_next = 0;
  return FALSE;
}

/* The numbers of a sub-question's label as written: "1a" of "Vraag 1a:". */
static char *
part_label (const Line *line)
{
  const char *start = line->text, *end = line->text + line->rest;

  while (start < end && !is_digit (*start))
    start++;
  while (end > start && !is_ascii_alpha (end[-1]) && !is_digit (end[-1]))
    end--;

  return g_strndup (start, (gsize) (end - start));
}

/* Sub-questions, "Vraag 1a" and "Vraag 1b", are one item: the question
 * of the last item goes on when it has that number, also after the
 * answer to "Vraag 1a", which "Antwoord 1b" then goes on. */
static void
start_part (Reader      *self,
            const guint *numbers,
            guint        n_numbers)
{
  ItemBuild *last = self->items->len > 0 ? &g_array_index (self->items, ItemBuild, self->items->len - 1) : NULL;

  if (last != NULL && last == item_with_number (self, numbers[0]) && last->question != NULL)
    self->target = last->question;
  else
    start_question (self, numbers, n_numbers);
}

/* Text after a sub-question's label starts with it, "1a. Kent u…". */
static void
begin_part_text (Reader *self)
{
  if (self->part_label == NULL || self->para->len > 0)
    return;

  g_string_append_printf (self->para, "%s.", self->part_label);
  g_clear_pointer (&self->part_label, g_free);
}

/* "|------|:---|", the line under a Markdown table's head. */
static gboolean
is_table_rule (const char *p,
               const char *end)
{
  for (; p < end; p++)
    if (*p != '|' && *p != '-' && *p != ':' && *p != ' ')
      return FALSE;

  return TRUE;
}

/* A row of a Markdown table, "| 2023 | 40 |", is a paragraph of its cells'
 * words, as the XML and HTML readers give a table; the line under its
 * head, "|------|:---|", is none. Returns whether @line was one. */
static gboolean
read_table_row (Reader     *self,
                const Line *line)
{
  const char *p = line->text, *end = p + line->len;

  if (line->len < 2 || p[0] != '|' || end[-1] != '|')
    return FALSE;

  if (is_table_rule (p, end))
    return TRUE;

  flush_paragraph (self);
  while (p < end)
    {
      const char *cell = p + 1;
      const char *cell_end = memchr (cell, '|', (gsize) (end - cell));

      if (cell_end == NULL)
        break;
      cell += skip_spaces (cell, cell_end);
      while (cell_end > cell && (cell_end[-1] == ' ' || cell_end[-1] == '\t'))
        cell_end--;
      if (cell_end > cell)
        join_line (self->para, cell, (gsize) (cell_end - cell));
      p = memchr (p + 1, '|', (gsize) (end - p - 1));
    }
  self->pending_break = TRUE;

  return TRUE;
}

/* Whether a bulleted line may start an item of a list here: at the start
 * of a paragraph, after a colon or a semicolon, or after another item.
 * Elsewhere it is PDF text that wrapped before a dash: "…samenwerking" /
 * "– hetgeen nodig is – en…". */
static gboolean
may_start_list_item (Reader     *self,
                     const char *text,
                     gsize       len)
{
  gsize para_len = trimmed_len (self->para);
  char last = para_len > 0 ? self->para->str[para_len - 1] : '\0';

  if (para_len == 0 || self->pending_break || last == ':' || last == ';')
    return TRUE;

  /* An item that goes on over a line may meet a pair of dashes, "…en
   * zorgverzekeraars" / "– waar nodig – en aanbieders;". */
  return self->para_kind == KV_BLOCK_LIST_ITEM &&
         !(last != '.' && last != ',' && len > 3 && g_strstr_len (text + 3, (gssize) len - 3, " \xe2\x80\x93 ") != NULL);
}

/* Length of the bullet and space that start an item of a list: "- ",
 * "* ", "• ", "– "; 0 if @text starts with none. */
static gsize
bullet_len (const char *text,
            gsize       len)
{
  /* U+F0B7 is Word's bullet in the Symbol font, as PDF text keeps it. */
  static const char * const bullets[] = { "-", "*", "\xe2\x80\xa2", "\xe2\x80\x93", "\xc2\xb7", "\xef\x82\xb7" };

  for (guint i = 0; i < G_N_ELEMENTS (bullets); i++)
    {
      gsize n = strlen (bullets[i]);

      if (len > n + 1 && memcmp (text, bullets[i], n) == 0 && (text[n] == ' ' || text[n] == '\t'))
        return n + skip_spaces (text + n, text + len);
    }

  return 0;
}

static void
read_text_line (Reader     *self,
                const Line *line)
{
  const char *text = line->text;
  gsize len = line->len;
  gsize skip, rest = 0, bullet;
  gboolean item, numbered, parted = FALSE;
  guint value = 0;

  /* "2" alone before "Hoeveel…?" numbers a question, not a note. */
  if ((number_line_len (self, line, &value) == 0 || !numbered_question (self, line, &rest, &value, &parted)) &&
      (append_marker_line (self, line) || read_table_row (self, line)))
    return;

  /* A Markdown quote, "> «…»", is a paragraph of the text; "> 100.000
   * inwoners" is more than that. */
  if (len >= 3 && text[0] == '>' && text[1] == ' ' && !is_digit (text[2]))
    {
      text += 2;
      len -= 2;
    }

  skip = leading_marker (self, line);
  text += skip;
  len -= skip;

  /* Answer labels tell the lists of a document of answers apart (see
   * find_list_items()). */
  item = !self->has_answer_labels && list_item (self, text, line->text + line->len);
  numbered = !item && numbered_question (self, line, &rest, &value, &parted);
  bullet = skip == 0 && may_start_list_item (self, text, len) ? bullet_len (text, len) : 0;

  /* "1. Waarom?" / "2. Hoeveel?": the next numbered question may follow
   * the last one's sentence without a blank line, but not a list's item;
   * nor does it go on with text that belongs to no question. */
  if (self->pending_break || bullet > 0 ||
      (self->para->len > 0 && numbered && (para_ends_item (self->para) || self->target == NULL)))
    flush_paragraph (self);

  if (self->para->len == 0)
    {
      if (numbered)
        {
          if (parted)
            start_part (self, &value, 1);
          else
            start_question (self, &value, 1);
          text = line->text + rest;
          len = line->len - rest;
        }
      else if (self->target == NULL && !self->has_question_labels && !self->has_answer_labels &&
               !self->numbered_paragraphs && !self->signed_off)
        {
          /* Word texts of questions have unnumbered paragraphs; a Word
           * delay notice is one paragraph of prose.
           */
          if (self->seen_question_header && !self->seen_answer_header)
            start_question (self, NULL, 0);
          else if (self->delay_notice)
            start_note (self, KV_NOTE_KIND_MEDEDELING);
        }
      /* "Kunt u per regio aangeven:" / "1) hoeveel kinderen wachten;" /
       * "2) hoe lang?" is one question. */
      else if (self->target != NULL && !self->has_question_labels && !self->has_answer_labels &&
               !self->numbered_paragraphs && self->seen_question_header && !self->seen_answer_header &&
               self->note == NULL && !self->list_goes_on && !item && bullet == 0)
        start_question (self, NULL, 0);
    }

  /* Each item of a bulleted list is a block, its bullet the view's. */
  if (bullet > 0)
    {
      self->para_kind = KV_BLOCK_LIST_ITEM;
      text += bullet;
      len -= bullet;
    }

  begin_part_text (self);
  join_line (self->para, text, len);
  self->after_removed = FALSE;
}

static void
read_label (Reader     *self,
            const Line *line)
{
  const guint *numbers = line->n_numbers > 0 ? &g_array_index (self->pool, guint, line->number) : NULL;

  flush_paragraph (self);
  self->signed_off = FALSE;
  g_clear_pointer (&self->part_label, g_free);
  if (line->parted)
    self->part_label = part_label (line);

  switch ((LineKind) line->kind)
    {
    case LINE_QUESTION_LABEL:
      if (line->parted)
        start_part (self, numbers, line->n_numbers);
      else
        start_question (self, numbers, line->n_numbers);
      break;

    case LINE_ANSWER_LABEL:
      start_answer (self, numbers, line->n_numbers);
      break;

    case LINE_MEDEDELING_LABEL:
      start_note (self, KV_NOTE_KIND_MEDEDELING);
      break;

    case LINE_TOELICHTING_LABEL:
      start_note (self, KV_NOTE_KIND_TOELICHTING);
      break;

    case LINE_BLANK:
    case LINE_TEXT:
    case LINE_FURNITURE:
    case LINE_DEFINITION:
    case LINE_CONTINUATION:
    default:
      g_assert_not_reached ();
    }

  if (line->rest < line->len)
    {
      begin_part_text (self);
      join_line (self->para, line->text + line->rest, line->len - line->rest);
    }
}

/* The text of a letter, its address and greeting, may come before the
 * header and the questions; it hides neither. */
static gboolean
before_first_item (Reader *self)
{
  return self->region == REGION_BODY && self->target == NULL && self->items->len == 0;
}

static gboolean
is_closing (const Line *line)
{
  static const char * const closings[] = { "Hoogachtend", "Met vriendelijke groet", "Met vriendelijke groeten" };
  const char *s = line->text, *end = s + line->len;
  gsize len;

  /* "**Hoogachtend,**" */
  strip_decoration (&s, &end);
  len = (gsize) (end - s);
  if (len > 0 && s[len - 1] == ',')
    len--;

  for (guint i = 0; i < G_N_ELEMENTS (closings); i++)
    if (len == strlen (closings[i]) && memcmp (s, closings[i], len) == 0)
      return TRUE;

  return FALSE;
}

static gboolean
is_greeting (const Line *line)
{
  return has_prefix_len (line->text, line->len, "Geachte ") && line->text[line->len - 1] == ',';
}

static void
read_header_line (Reader     *self,
                  const Line *line)
{
  flush_paragraph (self);
  begin_header (self, line);
  if (header_closed (self->header, self->region == REGION_QUESTION_HEADER ? "ingezonden" : "ontvangen"))
    end_header (self);
}

/* Older publications print the header of the answers after the
 * questions: "Antwoord van minister X (Onderwijs, Cultuur en Wetenschap)
 * (ontvangen 2 april 2008)." There is one, and it says when it came. */
static gboolean
is_late_answer_header (Reader     *self,
                       const Line *line)
{
  const Line *next = line + 1;
  const Line *lines_end = &g_array_index (self->lines, Line, 0) + self->lines->len;

  if (self->seen_answer_header || !is_answer_header (line->text, line->len))
    return FALSE;

  /* "(ontvangen", or "(Ontvangen" as older ones write it. */
  return g_strstr_len (line->text, line->len, "ntvangen") != NULL ||
         (next < lines_end && g_strstr_len (next->text, next->len, "ntvangen") != NULL);
}

static void
read_line (Reader     *self,
           const Line *line)
{
  switch ((LineKind) line->kind)
    {
    case LINE_BLANK:
      if (self->region == REGION_QUESTION_HEADER || self->region == REGION_ANSWER_HEADER)
        end_header (self);
      else if (!self->after_removed && self->para->len > 0)
        self->pending_break = TRUE;
      return;

    case LINE_FURNITURE:
      read_furniture (self, line);
      G_GNUC_FALLTHROUGH;
    case LINE_DEFINITION:
    case LINE_CONTINUATION:
      /* A page break inside a paragraph does not end it; before the
       * questions, a letter's fields stand between its paragraphs. */
      self->pending_break = self->pending_break && before_first_item (self);
      self->after_removed = TRUE;
      return;

    case LINE_QUESTION_LABEL:
    case LINE_ANSWER_LABEL:
    case LINE_MEDEDELING_LABEL:
    case LINE_TOELICHTING_LABEL:
      if (self->region != REGION_BODY && self->region != REGION_PREAMBLE)
        end_header (self);
      self->region = REGION_BODY;
      read_label (self, line);
      return;

    case LINE_TEXT:
    default:
      break;
    }

  if (self->region == REGION_QUESTION_HEADER || self->region == REGION_ANSWER_HEADER)
    {
      if (is_question_header (line->text, line->len) || is_answer_header (line->text, line->len))
        end_header (self);
      else
        {
          append_header_line (self, line);
          if (header_closed (self->header, self->region == REGION_QUESTION_HEADER ? "ingezonden" : "ontvangen"))
            end_header (self);
          return;
        }
    }

  if (self->region == REGION_PREAMBLE || before_first_item (self))
    {
      if (is_question_header (line->text, line->len) || is_answer_header (line->text, line->len))
        {
          read_header_line (self, line);
          return;
        }
      if (self->pending_break)
        flush_paragraph (self);
      if (self->para->len == 0 && read_preamble_line (self, line))
        return;
      /* PDF text runs a letter's greeting and its title together:
       * "Geachte voorzitter," / "Hierbij ontvangt u de antwoorden…". */
      if (self->para->len > 0 && !self->has_read_header && read_title (self, line))
        {
          flush_paragraph (self);
          return;
        }
      self->region = REGION_BODY;
    }

  /* A letter's closing and signature after the last answer are none of it. */
  if (is_closing (line))
    {
      flush_paragraph (self);
      self->target = NULL;
      self->signed_off = TRUE;
    }
  /* PDF text runs a letter's greeting into the text around it. */
  if (is_greeting (line))
    {
      flush_paragraph (self);
      read_text_line (self, line);
      self->pending_break = TRUE;
      return;
    }

  if (is_late_answer_header (self, line))
    {
      read_header_line (self, line);
      /* The text after it answers, not asks: the one question there is,
       * or, of several, the ones its labels name; after "Mededeling van
       * …", it is the notice. */
      if (self->delay_notice)
        start_note (self, KV_NOTE_KIND_MEDEDELING);
      else if (self->items->len == 1)
        start_answer (self, NULL, 0);
      else
        self->target = NULL;
      return;
    }

  read_text_line (self, line);
}

/* Finishing */

static int
compare_pointer_uint (gconstpointer a,
                      gconstpointer b)
{
  guint x = GPOINTER_TO_UINT (*(const gpointer *) a);
  guint y = GPOINTER_TO_UINT (*(const gpointer *) b);

  return x < y ? -1 : x > y;
}

static void
add_footnotes (Reader *self)
{
  guint n_numbers = 0;
  g_autofree gpointer *numbers = g_hash_table_get_keys_as_array (self->defs, &n_numbers);

  /* In number order, so that the document appends each one rather than
   * searching for its place.
   */
  qsort (numbers, n_numbers, sizeof (gpointer), compare_pointer_uint);

  for (guint i = 0; i < n_numbers; i++)
    {
      guint number = GPOINTER_TO_UINT (numbers[i]);
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->defs, numbers[i])) - 1;
      const Line *line = &g_array_index (self->lines, Line, index);
      g_autoptr (GString) text = g_string_new (NULL);
      g_autoptr (GPtrArray) urls = g_ptr_array_new_null_terminated (1, g_free, TRUE);
      g_autoptr (KvRichText) rich = kv_rich_text_new ();
      g_autoptr (KvFootnote) footnote = NULL;

      join_line (text, line->text + line->rest, line->len - line->rest);
      for (guint j = index + 1; j < self->lines->len; j++)
        {
          const Line *next = &g_array_index (self->lines, Line, j);

          if (next->kind != LINE_CONTINUATION)
            break;
          join_line (text, next->text, next->len);
        }

      kv_rich_text_begin_block (rich, KV_BLOCK_PARAGRAPH);
      parse_inline (self, rich, text->str, text->len, FALSE, urls);

      footnote = kv_footnote_new (number, rich, (const char * const *) urls->pdata);
      kv_document_add_footnote (self->doc, footnote);
    }
}

static void
add_items (Reader *self)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      ItemBuild *build = &g_array_index (self->items, ItemBuild, i);
      g_autoptr (KvItem) item = NULL;

      if (build->question == NULL)
        continue;  /* joined into an earlier item */

      item = kv_item_new (item_numbers (self, build), build->n_numbers, build->question);

      if (build->answer != NULL)
        kv_item_set_answer (item, build->answer);
      kv_document_add_item (self->doc, item);
    }
}

static KvDocumentKind
decide_kind (Reader *self)
{
  gboolean answered = FALSE;

  for (guint i = 0; i < self->items->len && !answered; i++)
    answered = g_array_index (self->items, ItemBuild, i).answer != NULL;

  if (self->oral)
    return KV_DOCUMENT_KIND_ORAL_QUESTIONS;
  if (self->delay_notice)
    return KV_DOCUMENT_KIND_DELAY_NOTICE;
  if (answered || self->seen_answer_header)
    return KV_DOCUMENT_KIND_ANSWERS;
  if (self->seen_question_header || self->items->len > 0)
    return KV_DOCUMENT_KIND_QUESTIONS;
  return KV_DOCUMENT_KIND_UNKNOWN;
}

static void
finish (Reader *self)
{
  KvDocumentKind kind;

  flush_paragraph (self);
  if (self->region == REGION_QUESTION_HEADER || self->region == REGION_ANSWER_HEADER)
    end_header (self);

  if (self->note != NULL)
    {
      g_autoptr (KvNote) note = kv_note_new (self->note_kind, self->note);
      kv_document_add_note (self->doc, note);

      if (self->note_kind == KV_NOTE_KIND_MEDEDELING)
        {
          g_autofree char *text = kv_rich_text_to_plain (self->note);

          kv_dutch_read_delay_notice (self->doc, text);
        }
    }

  add_footnotes (self);
  add_items (self);
  _kv_document_check_footnotes (self->doc, self->cited);

  if (self->stray_paragraphs > MAX_STRAY_WARNINGS)
    {
      guint more = self->stray_paragraphs - MAX_STRAY_WARNINGS;
      g_autofree char *msg = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                           "%u more paragraph belongs to no question.",
                                                           "%u more paragraphs belong to no question.",
                                                           more),
                                              more);
      kv_document_add_warning (self->doc, msg);
    }

  kind = decide_kind (self);
  kv_document_set_kind (self->doc, kind);

  if (self->items->len == 0 && kind != KV_DOCUMENT_KIND_ORAL_QUESTIONS &&
      kind != KV_DOCUMENT_KIND_DELAY_NOTICE)
    kv_document_add_warning (self->doc, _("No questions were found in this document."));
}

static void
reader_clear (Reader *self)
{
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->pool, g_array_unref);
  g_clear_pointer (&self->list_items, g_free);
  g_clear_pointer (&self->answered_numbers, g_hash_table_unref);
  g_clear_pointer (&self->defs, g_hash_table_unref);
  g_clear_pointer (&self->renamed_notes, g_hash_table_unref);
  g_clear_pointer (&self->cited, g_hash_table_unref);
  g_clear_pointer (&self->missing, g_hash_table_unref);
  g_clear_pointer (&self->items, g_array_unref);
  g_clear_pointer (&self->item_numbers, g_array_unref);
  g_clear_pointer (&self->item_index, g_hash_table_unref);
  g_clear_pointer (&self->note, kv_rich_text_unref);
  if (self->header != NULL)
    g_string_free (g_steal_pointer (&self->header), TRUE);
  if (self->para != NULL)
    g_string_free (g_steal_pointer (&self->para), TRUE);
  if (self->seg != NULL)
    g_string_free (g_steal_pointer (&self->seg), TRUE);
  g_clear_pointer (&self->part_label, g_free);
}

/* "Vraag" and "Antwoord" alone on a line are the labels of a document
 * whose labels have no numbers, as one of a single question needs none;
 * its questions are numbered in order, each answer answers the question
 * before it. Elsewhere they are text, a line that wrapped before "Vraag". */
/* Lines an answers' header may take before the first numbered answer. */
#define MAX_HEADER_LINES 4

/* Older publications answer all the questions, numbered before, under
 * one "Antwoord" or after the answers' header, each answer numbered as
 * the questions are: "1" / "Ja." / "2" / "Ongeveer 450.", or "1. Ja.".
 * These numbers are answer labels. Only the first "Antwoord" or header
 * may start them, after two questions or more, and they number no more
 * answers than there are questions: elsewhere a "1." opens a list. */
static void
find_numbered_answers (Reader *self)
{
  g_autoptr (GArray) answers = g_array_new (FALSE, FALSE, sizeof (guint));  /* line indexes */
  Line *section = NULL;  /* the "Antwoord" or the header the answers follow */
  Line *bare = NULL;     /* the "Antwoord", if any */
  guint asked = 0;       /* the questions before it */
  guint expected = 0;

  /* "Antwoord 1" labels number the answers themselves. */
  if (self->has_answer_labels)
    return;

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);
      guint value = 0;
      gsize n = line->kind == LINE_TEXT ? question_number_len (self, line, &value) : 0;

      if (section == NULL && line->kind == LINE_BARE_ANSWER_LABEL)
        {
          if (asked < 2)
            return;
          section = bare = line;
          expected = 1;
        }
      /* "Antwoord" / "Antwoord van minister X (…). (Ontvangen …)" */
      else if ((section == NULL || (section == bare && answers->len == 0)) && line->kind == LINE_TEXT &&
               is_answer_header (line->text, line->len))
        {
          if (asked < 2)
            return;
          section = line;
          expected = 1;
        }
      else if (section == NULL && (line->kind == LINE_QUESTION_LABEL || (n > 0 && value == asked + 1)))
        asked++;
      else if (section != NULL && n > 0 && value == expected && expected <= asked)
        {
          g_array_append_val (answers, i);
          expected++;
        }
      else if (section != NULL && line->kind != LINE_BLANK && line->kind != LINE_TEXT && line->kind != LINE_FURNITURE)
        break;
      /* "Antwoord" alone is followed by the first answer's number, the
       * header by its lines and then the number. */
      else if (section != NULL && expected == 1 && line->kind == LINE_TEXT &&
               (section->kind == LINE_BARE_ANSWER_LABEL || line - section > MAX_HEADER_LINES))
        return;
    }

  if (answers->len == 0)
    return;

  if (bare != NULL)
    bare->kind = LINE_BLANK;
  for (guint i = 0; i < answers->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, g_array_index (answers, guint, i));
      guint value;

      line->rest = (guint32) question_number_len (self, line, &value);
      g_array_append_val (self->pool, value);
      line->kind = LINE_ANSWER_LABEL;
      line->number = self->pool->len - 1;
      line->n_numbers = 1;
    }
  self->has_answer_labels = TRUE;
}

static void
settle_bare_labels (Reader *self)
{
  gboolean labels = !self->has_question_labels && !self->has_answer_labels && !self->numbered_paragraphs;
  const Line *question = NULL;
  guint n_questions = 0;
  guint numbered = 0;        /* the last numbered question, "2. Waarom?" */
  gboolean unanswered = FALSE;

  for (guint i = 0; i < self->lines->len; i++)
    {
      Line *line = &g_array_index (self->lines, Line, i);
      guint value;

      /* "Vraag 2" … "Antwoord": the answer to the question above. */
      if (line->kind == LINE_BARE_ANSWER_LABEL && !labels && question != NULL)
        {
          line->kind = LINE_ANSWER_LABEL;
          line->number = question->number;
          line->n_numbers = question->n_numbers;
          self->has_answer_labels = TRUE;
        }
      /* "2. Waarom?" … "Antwoord" alike. */
      else if (line->kind == LINE_BARE_ANSWER_LABEL && self->numbered_paragraphs && unanswered)
        {
          g_array_append_val (self->pool, numbered);
          line->kind = LINE_ANSWER_LABEL;
          line->number = self->pool->len - 1;
          line->n_numbers = 1;
          self->has_answer_labels = TRUE;
          unanswered = FALSE;
        }
      else if (line->kind == LINE_TEXT && self->numbered_paragraphs && !self->list_items[i] &&
               question_number_len (self, line, &value) > 0 && value == numbered + 1)
        {
          numbered = value;
          unanswered = TRUE;
        }
      if (line->kind >= LINE_QUESTION_LABEL && line->kind <= LINE_TOELICHTING_LABEL)
        question = line->kind == LINE_QUESTION_LABEL && line->n_numbers > 0 ? line : NULL;

      if (line->kind == LINE_BARE_QUESTION_LABEL && labels)
        {
          guint number = ++n_questions;

          g_array_append_val (self->pool, number);
          line->number = self->pool->len - 1;
          line->n_numbers = 1;
          line->kind = LINE_QUESTION_LABEL;
          self->has_question_labels = TRUE;
        }
      else if (line->kind == LINE_BARE_QUESTION_LABEL)
        line->kind = LINE_TEXT;
      else if (line->kind == LINE_BARE_ANSWER_LABEL)
        {
          line->kind = labels ? LINE_ANSWER_LABEL : LINE_TEXT;
          self->has_answer_labels |= labels;
        }
    }
}

/* Whether @line starts question 1 or its first part: "1. …", "1a. …". */
static gboolean
value_one_numbers (Reader     *self,
                   const Line *line)
{
  guint value;

  return (question_number_len (self, line, &value) > 0 || numbered_part_len (line->text, line->len, &value) > 0) &&
         value == 1;
}

static gboolean
has_numbered_paragraphs (Reader *self)
{
  if (self->has_question_labels)
    return FALSE;

  const Line *previous = NULL;

  /* "1." after a colon starts a list, "Kunt u aangeven:" / "1. hoeveel…". */
  for (guint i = 0; i < self->lines->len; i++)
    {
      const Line *line = &g_array_index (self->lines, Line, i);
      guint value;

      if (line->kind == LINE_TEXT && value_one_numbers (self, line) &&
          (previous == NULL || previous->len == 0 || previous->text[previous->len - 1] != ':'))
        {
          self->number_lines = numbered_paragraph_len (line->text, line->len, &value) == 0;
          return TRUE;
        }
      if (line->kind != LINE_BLANK)
        previous = line;
    }
  return FALSE;
}

/**
 * kv_text_reader_read:
 * @text: UTF-8 text, need not be nul-terminated
 * @length: length of @text in bytes
 *
 * Reads Kamervragen text into a document. Never fails: what cannot be
 * placed becomes a warning on the document.
 *
 * Returns: (transfer full): the document
 */
KvDocument *
kv_text_reader_read (const char *text,
                     gsize       length)
{
  Reader self = { 0 };
  KvDocument *doc;

  g_return_val_if_fail (text != NULL || length == 0, NULL);

  doc = kv_document_new ();
  self.doc = doc;
  /* About one line per 60 bytes in real documents. */
  self.lines = g_array_sized_new (FALSE, FALSE, sizeof (Line), (guint) MIN (length / 60 + 16, G_MAXUINT / 2));
  self.pool = g_array_new (FALSE, FALSE, sizeof (guint));
  self.defs = g_hash_table_new (NULL, NULL);
  self.renamed_notes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self.cited = g_hash_table_new (NULL, NULL);
  self.missing = g_hash_table_new (NULL, NULL);
  self.items = g_array_new (FALSE, FALSE, sizeof (ItemBuild));
  g_array_set_clear_func (self.items, clear_item_build);
  self.item_numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  self.item_index = g_hash_table_new (NULL, NULL);
  self.header = g_string_new (NULL);
  self.para = g_string_sized_new (1024);
  self.seg = g_string_sized_new (1024);

  split_lines (&self, text, length);
  find_letter_fields (&self);
  self.numbered_paragraphs = has_numbered_paragraphs (&self);
  find_numbered_answers (&self);
  self.list_items = g_new0 (guint8, self.lines->len);
  find_lists_after_colons (&self);
  settle_bare_labels (&self);
  find_definitions (&self);
  if (self.numbered_paragraphs && self.has_answer_labels)
    find_list_items (&self);

  for (guint i = 0; i < self.lines->len; i++)
    read_line (&self, &g_array_index (self.lines, Line, i));

  finish (&self);
  reader_clear (&self);

  return doc;
}
