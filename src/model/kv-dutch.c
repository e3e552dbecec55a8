/* kv-dutch.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "kv-dutch.h"

/* The Dutch of the publications: number labels ("Vraag 4, 5, 7 en 8"),
 * dates ("10 maart 2025"), publication identifiers and the header
 * sentences ("Vragen van het lid X (P) aan de Minister van Y over Z
 * (ingezonden …)"). The XML and HTML readers use all of it; the text
 * reader, which reads labels line by line, uses the dates and the
 * header sentences. A header sentence is read by the same rules from
 * every reader (tests/model/test-header.c holds them to it).
 */

/* Length of a space at @p: ASCII white space, no-break space U+00A0 or
 * narrow no-break space U+202F; 0 when there is none.
 */
static gsize
space_len (const char *p)
{
  if (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r' || *p == '\f')
    return 1;
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
    return 2;
  if ((guchar) p[0] == 0xE2 && (guchar) p[1] == 0x80 && (guchar) p[2] == 0xAF)
    return 3;
  return 0;
}

/**
 * kv_dutch_normalize_space:
 * @text: UTF-8 text
 *
 * Returns: (transfer full): @text with every stretch of white space
 *   made one plain space, trimmed at both ends
 */
char *
kv_dutch_normalize_space (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0';)
    {
      gsize n = space_len (p);

      if (n > 0)
        {
          if (out->len > 0 && out->str[out->len - 1] != ' ')
            g_string_append_c (out, ' ');
          p += n;
        }
      else
        g_string_append_c (out, *p++);
    }

  if (out->len > 0 && out->str[out->len - 1] == ' ')
    g_string_truncate (out, out->len - 1);

  return g_string_free (out, FALSE);
}

static const char *
skip_spaces (const char *p)
{
  gsize n;

  while ((n = space_len (p)) > 0)
    p += n;
  return p;
}

static gsize
parse_uint (const char *p,
            guint      *value)
{
  gsize n = 0;
  guint v = 0;

  while (g_ascii_isdigit (p[n]))
    {
      if (v > KV_DUTCH_MAX_NUMBER)
        return 0;
      v = v * 10 + (guint) (p[n] - '0');
      n++;
    }

  if (n == 0 || v == 0 || v > KV_DUTCH_MAX_NUMBER)
    return 0;

  *value = v;
  return n;
}

static gboolean
skip_word (const char **p,
           const char  *word)
{
  gsize len = strlen (word);

  if (g_ascii_strncasecmp (*p, word, len) != 0 || g_ascii_isalpha ((*p)[len]))
    return FALSE;

  *p = skip_spaces (*p + len);
  return TRUE;
}

/* Skips three words in a row, "tot en met", or none of them. */
static gboolean
skip_words (const char **p,
            const char  *first,
            const char  *second,
            const char  *third)
{
  const char *q = *p;

  if (!skip_word (&q, first) || !skip_word (&q, second) || !skip_word (&q, third))
    return FALSE;

  *p = q;
  return TRUE;
}

/* Reads "1", "4, 5, 7 en 8", "2 t/m 6", "16 tot en met 19", "3-5", "17 + 18" into
 * @numbers and sets @stop after the list. Returns whether @text starts
 * with at least one number.
 */
static gboolean
parse_numbers (const char  *text,
               GArray      *numbers,
               const char **stop)
{
  const char *p = text;
  guint previous = 0, n_read = 0;
  gboolean range = FALSE;

  for (;;)
    {
      const char *before = p;
      guint value = 0;
      gsize n;

      p = skip_spaces (p);
      n = parse_uint (p, &value);
      if (n == 0)
        {
          /* "4, 5 en" ends before its separator. */
          *stop = before;
          return n_read > 0 && !range;
        }
      p += n;

      if (range)
        {
          if (value <= previous || value - previous > KV_DUTCH_MAX_RANGE)
            return FALSE;
          for (guint v = previous + 1; v <= value; v++)
            g_array_append_val (numbers, v);
        }
      else
        g_array_append_val (numbers, value);

      previous = value;
      n_read++;
      range = FALSE;
      before = p;

      p = skip_spaces (p);
      if (*p == ',')
        {
          /* "2, 3, en 4" */
          p = skip_spaces (p + 1);
          skip_word (&p, "en");
        }
      else if (*p == '&' || *p == '+')
        p++;
      else if (skip_word (&p, "en"))
        ;
      else if (g_str_has_prefix (p, "t/m"))
        p += 3, range = TRUE;
      else if (skip_words (&p, "tot", "en", "met"))
        range = TRUE;
      else if (*p == '-')
        p++, range = TRUE;
      else if (g_str_has_prefix (p, "\xe2\x80\x93"))
        p += 3, range = TRUE;
      else
        {
          *stop = before;
          return TRUE;
        }
    }
}

/* A label at the start of @text: its kind and numbers, and in @after
 * what follows it and its colon or full stop, if @separated. */
static gboolean
parse_label_start (const char    *text,
                   KvDutchLabel  *kind,
                   GArray        *numbers,
                   const char   **after,
                   gboolean      *separated)
{
  const char *p = skip_spaces (text);
  const char *stop = NULL;

  *kind = KV_DUTCH_LABEL_NONE;
  if (skip_word (&p, "vragen") || skip_word (&p, "vraag"))
    *kind = KV_DUTCH_LABEL_QUESTION;
  else if (skip_word (&p, "antwoorden") || skip_word (&p, "antwoord"))
    {
      *kind = KV_DUTCH_LABEL_ANSWER;
      if (skip_word (&p, "op"))
        skip_word (&p, "de");
      if (!skip_word (&p, "vragen"))
        skip_word (&p, "vraag");
    }

  if (!parse_numbers (p, numbers, &stop))
    return FALSE;

  /* "Vraag 2.1" is no label "Vraag 2" followed by text. */
  p = skip_spaces (stop);
  *separated = *p == ':' || (*p == '.' && (p[1] == '\0' || space_len (p + 1) > 0));
  *after = *separated ? skip_spaces (p + 1) : p;

  return TRUE;
}

/**
 * kv_dutch_parse_label:
 * @text: the text of a number label
 * @kind: (out): whether it names a question or an answer
 * @numbers: (element-type guint): receives the numbers
 *
 * Reads the label of a question or answer: "Vraag 1", "Vragen 2 t/m 6",
 * "Antwoord 4, 5, 7 en 8", "Antwoord op vraag 3:", "Antwoord vraag 1",
 * or only the numbers, "2, 3" or "1.". Nothing else may follow.
 *
 * Returns: whether @text is such a label
 */
gboolean
kv_dutch_parse_label (const char   *text,
                      KvDutchLabel *kind,
                      GArray       *numbers)
{
  guint old_len = numbers->len;
  const char *after = NULL;
  gboolean separated;

  if (!parse_label_start (text, kind, numbers, &after, &separated) || *after != '\0')
    {
      g_array_set_size (numbers, old_len);
      *kind = KV_DUTCH_LABEL_NONE;
      return FALSE;
    }

  return TRUE;
}

/* "1. " and the text after it. */
static gboolean
is_numbered_paragraph (const char *text)
{
  const char *start = skip_spaces (text);
  const char *p = start;

  while (g_ascii_isdigit (*p))
    p++;

  return p > start && p[0] == '.' && p[1] == ' ';
}

/**
 * kv_dutch_parse_label_prefix:
 * @text: a paragraph
 * @kind: (out): whether its label names a question or an answer
 * @numbers: (element-type guint): receives the numbers
 *
 * Reads a label that starts a paragraph, with a colon or a full stop
 * after it: "Vraag 2: Wanneer?", "Antwoord op vraag 1. Ja.", "1. Waarom?".
 * Without the word, only one number and a full stop and a space count,
 * so that "2.000 euro" and "2, 3 of 4 keer" are no labels.
 *
 * Returns: the length of the label and the spaces after it, or 0
 */
gsize
kv_dutch_parse_label_prefix (const char   *text,
                             KvDutchLabel *kind,
                             GArray       *numbers)
{
  guint old_len = numbers->len;
  const char *after = NULL;
  gboolean separated = FALSE;

  if (!parse_label_start (text, kind, numbers, &after, &separated) || !separated || *after == '\0' ||
      (*kind == KV_DUTCH_LABEL_NONE && !is_numbered_paragraph (text)))
    {
      g_array_set_size (numbers, old_len);
      *kind = KV_DUTCH_LABEL_NONE;
      return 0;
    }

  return (gsize) (after - text);
}

static const char * const months[] = {
  "januari", "februari", "maart", "april", "mei", "juni", "juli",
  "augustus", "september", "oktober", "november", "december",
};

/**
 * kv_dutch_note_title:
 * @text: the first paragraph of a note block, its spaces normalized
 * @kind: (out): the kind of note the title says the block is
 * @alone: (out): whether the paragraph is the title alone
 *
 * Reads the title a Toelichting or Mededeling may start with: a paragraph
 * "Toelichting:", "Mededeling", or the start of one, "Toelichting: Deze
 * vragen…".
 *
 * Returns: (nullable): the title as it starts a paragraph with more text
 *   ("Toelichting:", "Mededeling:"), the title when @alone, or %NULL
 */
const char *
kv_dutch_note_title (const char *text,
                     KvNoteKind *kind,
                     gboolean   *alone)
{
  static const struct { const char *title, *prefix; KvNoteKind kind; } titles[] = {
    { "Toelichting", "Toelichting:", KV_NOTE_KIND_TOELICHTING },
    { "Mededeling", "Mededeling:", KV_NOTE_KIND_MEDEDELING },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      if (!g_str_has_prefix (text, titles[i].title))
        continue;

      *kind = titles[i].kind;
      *alone = g_str_equal (text, titles[i].title) || g_str_equal (text, titles[i].prefix);
      if (*alone)
        return titles[i].title;
      if (g_str_has_prefix (text, titles[i].prefix))
        return titles[i].prefix;
    }

  return NULL;
}

/**
 * kv_dutch_ends_sentence:
 * @text: text
 * @len: its length in bytes
 *
 * Returns: whether @text ends a sentence or a quote ("?", ".", "»", "”"),
 *   where a footnote marker may be glued on: "…in Seattle?1". A full stop
 *   after a digit ends no sentence: "artikel 3.1".
 */
gboolean
kv_dutch_ends_sentence (const char *text,
                        gsize       len)
{
  const guchar *end = (const guchar *) text + len;

  if (len == 0)
    return FALSE;
  if (strchr ("?!.)\"'", end[-1]) != NULL)
    return !(strchr (".,)", end[-1]) != NULL && len >= 2 && g_ascii_isdigit (end[-2]));
  if (len >= 2 && end[-2] == 0xC2 && end[-1] == 0xBB)  /* » */
    return TRUE;
  return len >= 3 && end[-3] == 0xE2 && end[-2] == 0x80 && (end[-1] == 0x9D || end[-1] == 0x99);  /* ” ’ */
}

/**
 * kv_dutch_ends_in_power_base:
 * @text: text
 * @len: its length in bytes
 *
 * Returns: whether @text ends in what a raised or lowered number belongs
 *   to: a unit or a formula ("m²", "km²", "CO₂") or the number 10 ("10³").
 *   After any other number a raised number is a footnote marker: "in
 *   2024¹", "nr. 1150³", "2¹⁰ van de 10".
 */
gboolean
kv_dutch_ends_in_power_base (const char *text,
                             gsize       len)
{
  static const char * const units[] = { "m", "km", "cm", "dm", "mm", "CO", "NO", "SO", "CH", NULL };
  gsize word = 0, digits = 0;

  while (digits < len && g_ascii_isdigit (text[len - 1 - digits]))
    digits++;
  if (digits > 0)
    return digits == 2 && text[len - 2] == '1' && text[len - 1] == '0';

  while (word < len && g_ascii_isalpha (text[len - 1 - word]))
    word++;

  for (guint i = 0; units[i] != NULL; i++)
    if (word == strlen (units[i]) && memcmp (text + len - word, units[i], word) == 0)
      return TRUE;

  return FALSE;
}

/**
 * kv_dutch_starts_with_month:
 * @text: text
 * @len: its length in bytes
 *
 * Returns: whether @text starts with the name of a month, "oktober 2023"
 */
gboolean
kv_dutch_starts_with_month (const char *text,
                            gsize       len)
{
  for (guint m = 0; m < G_N_ELEMENTS (months); m++)
    {
      gsize n = strlen (months[m]);

      if (len >= n && g_ascii_strncasecmp (text, months[m], n) == 0 && (len == n || !g_ascii_isalpha (text[n])))
        return TRUE;
    }

  return FALSE;
}

/* "10 maart 2025" at @p, after white space and maybe "op". */
static char *
read_date (const char *p)
{
  guint day = 0, month = 0, year = 0;
  gsize n;

  p = skip_spaces (p);
  if (g_str_has_prefix (p, "op "))
    p = skip_spaces (p + 3);
  if ((n = parse_uint (p, &day)) == 0 || n > 2)
    return NULL;
  p = skip_spaces (p + n);

  for (guint m = 0; m < G_N_ELEMENTS (months) && month == 0; m++)
    if (g_ascii_strncasecmp (p, months[m], strlen (months[m])) == 0)
      {
        month = m + 1;
        p += strlen (months[m]);
      }
  if (month == 0)
    return NULL;

  p = skip_spaces (p);
  if (parse_uint (p, &year) != 4)
    return NULL;

  if (!g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return NULL;

  return g_strdup_printf ("%04u-%02u-%02u", year, month, day);
}

/**
 * kv_dutch_find_date:
 * @text: text
 * @keyword: what precedes the date, e.g. "(ingezonden"
 *
 * Reads "10 maart 2025" after @keyword in @text, white space of any kind
 * between the parts; where @keyword occurs more than once, after the
 * last that a date follows, as a header ends in its date: "«…(ingezonden
 * stuk)» (ingezonden 6 november 2024)", "«…» (opiniestuk, ingezonden 2
 * maart 2025) (ingezonden 5 maart 2025)".
 *
 * Returns: (transfer full) (nullable): the date as "2025-03-10", or
 *   %NULL when there is no valid date there
 */
char *
kv_dutch_find_date (const char *text,
                    const char *keyword)
{
  char *found = NULL;

  for (const char *p = strstr (text, keyword); p != NULL; p = strstr (p + 1, keyword))
    {
      char *date = read_date (p + strlen (keyword));

      if (date != NULL)
        {
          g_free (found);
          found = date;
        }
    }

  return found;
}

/**
 * kv_dutch_is_iso_date:
 * @text: text
 *
 * Returns: whether @text is a valid date written "YYYY-MM-DD"
 */
gboolean
kv_dutch_is_iso_date (const char *text)
{
  guint year, month, day;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;

  year = (guint) g_ascii_strtoull (text, NULL, 10);
  month = (guint) g_ascii_strtoull (text + 5, NULL, 10);
  day = (guint) g_ascii_strtoull (text + 8, NULL, 10);

  return g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year);
}

/**
 * kv_dutch_is_zaak_number:
 * @text: the text to look at
 * @len: its length in bytes
 *
 * Returns: whether @text is a Zaak number, four digits of the year, "Z"
 *   and five digits: "2025Z04271"
 */
gboolean
kv_dutch_is_zaak_number (const char *text,
                         gsize       len)
{
  if (len != 10 || text[4] != 'Z')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && !g_ascii_isdigit (text[i]))
      return FALSE;

  return TRUE;
}

/* Sets the publication of @doc from an Officiële Bekendmakingen
 * identifier, "kv-tk-2016Z00020", and the Zaak or Aanhangsel number it
 * holds, where these are not set yet.
 */
static void
take_publication (KvDocument *doc,
                  const char *id)
{
  if (kv_document_get_publication (doc) == NULL)
    kv_document_set_publication (doc, id);

  /* Only the digits: a wrong or damaged identifier is no reason to make up a Zaak. */
  if (g_str_has_prefix (id, "kv-tk-") && kv_document_get_zaak (doc) == NULL && strlen (id) >= 16 &&
      kv_dutch_is_zaak_number (id + 6, 10))
    {
      g_autofree char *zaak = g_strndup (id + 6, 10);

      kv_document_set_zaak (doc, zaak);
    }

  /* "ah-tk-20242025-582" is Aanhangsel 582 of that year. */
  if (g_str_has_prefix (id, "ah-tk-") && kv_document_get_aanhangsel (doc) == NULL)
    {
      g_auto (GStrv) parts = g_strsplit (id, "-", 5);
      guint number;

      if (g_strv_length (parts) >= 4 && parse_uint (parts[3], &number) == strlen (parts[3]))
        kv_document_set_aanhangsel (doc, parts[3]);
    }
}

/* "https://zoek.officielebekendmakingen.nl/ah-tk-20202021-876/metadata.xml",
 * or ".../kv/kv-tk-2024Z18656/1/metadata/metadata.xml" in the repository,
 * names the publication in its path. */
static void
take_metadata_record (KvDocument *doc,
                      const char *url)
{
  static const char * const prefixes[] = { "/ah-tk-", "/kv-tk-" };
  g_autofree char *id = NULL;
  const char *start = NULL;

  if (!g_str_has_suffix (url, "/metadata.xml"))
    return;
  for (guint i = 0; i < G_N_ELEMENTS (prefixes) && start == NULL; i++)
    start = strstr (url, prefixes[i]);
  if (start == NULL)
    return;

  start++;
  id = g_strndup (start, strcspn (start, "/"));
  take_publication (doc, id);
}

/**
 * kv_dutch_take_meta:
 * @doc: the document
 * @name: a metadata name, e.g. "OVERHEIDop.vraagnummer"
 * @value: its value
 *
 * Sets what the Officiële Bekendmakingen metadata say about @doc, where
 * it is not set yet: publication, Zaak, Aanhangsel number and dates.
 */
void
kv_dutch_take_meta (KvDocument *doc,
                    const char *name,
                    const char *value)
{
  if (*value == '\0')
    return;

  if (g_ascii_strcasecmp (name, "DC.identifier") == 0 || g_ascii_strcasecmp (name, "dcterms.identifier") == 0)
    take_publication (doc, value);
  else if (g_str_equal (name, "OVERHEIDop.externMetadataRecord"))
    take_metadata_record (doc, value);
  else if (g_str_equal (name, "OVERHEIDop.vraagnummer") && kv_document_get_zaak (doc) == NULL)
    kv_document_set_zaak (doc, value);
  else if (g_str_equal (name, "OVERHEIDop.aanhangselNummer") && kv_document_get_aanhangsel (doc) == NULL)
    kv_document_set_aanhangsel (doc, value);
  else if (g_str_equal (name, "OVERHEIDop.datumIndiening") && kv_dutch_is_iso_date (value) &&
           kv_document_get_submitted (doc) == NULL)
    kv_document_set_submitted (doc, value);
  else if (g_str_equal (name, "OVERHEIDop.datumOntvangst") && kv_dutch_is_iso_date (value) &&
           kv_document_get_received (doc) == NULL)
    kv_document_set_received (doc, value);
}

/* The first @needle in @text that no parenthesis holds, or NULL. */
static const char *
outside_parentheses (const char *text,
                     const char *needle)
{
  gsize n = strlen (needle);
  int depth = 0;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth == 0 && strncmp (p, needle, n) == 0)
        return p;
    }

  return NULL;
}

/* Splits @text at @separators outside parentheses. */
static GPtrArray *
split_top_level (const char         *text,
                 const char * const *separators)
{
  GPtrArray *parts = g_ptr_array_new_with_free_func (g_free);
  const char *start = text;

  for (;;)
    {
      const char *next = NULL;
      gsize next_len = 0;

      /* The first separator wins where two begin at the same place. */
      for (guint i = 0; separators[i] != NULL; i++)
        {
          const char *at = outside_parentheses (start, separators[i]);

          if (at != NULL && (next == NULL || at < next))
            {
              next = at;
              next_len = strlen (separators[i]);
            }
        }
      if (next == NULL)
        break;

      g_ptr_array_add (parts, g_strstrip (g_strndup (start, (gsize) (next - start))));
      start = next + next_len;
    }

  g_ptr_array_add (parts, g_strstrip (g_strdup (start)));

  return parts;
}

static const char *
strip_article (const char *text)
{
  if (g_str_has_prefix (text, "de "))
    return text + 3;
  if (g_str_has_prefix (text, "het "))
    return text + 4;
  return text;
}

/* "(beiden GroenLinks-PvdA)" gives the party of all askers. */
static const char *
shared_party (const char *party)
{
  static const char * const words[] = { "beiden ", "allen ", "allebei " };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_str_has_prefix (party, words[i]))
      return party + strlen (words[i]);
  return NULL;
}

/* "A, (P)" or "A en (P)": a party split from its member belongs to the
 * asker before it. One that cannot belong there is warned about, not
 * made an asker without a name.
 */
static void
take_lone_party (KvDocument *doc,
                 GPtrArray  *persons,
                 const char *party)
{
  KvPerson *previous = persons->len > 0 ? persons->pdata[persons->len - 1] : NULL;
  g_autofree char *msg = NULL;

  if (party == NULL || *party == '\0')
    return;

  if (previous != NULL && kv_person_get_party (previous) == NULL)
    {
      kv_person_set_party (previous, party);
      return;
    }

  /* Translators: %s is a political party, e.g. "PVV". */
  msg = g_strdup_printf (_("The header names the party “%s” without a member; it was left out."), party);
  kv_document_add_warning (doc, msg);
}

/* A title names the askers before the header does, often without their
 * parties: "Antwoord op vragen van het lid Jansen over …". */
static void
add_asker_once (KvDocument *doc,
                KvPerson   *person)
{
  GListModel *askers = kv_document_get_askers (doc);
  guint n = g_list_model_get_n_items (askers);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr (KvPerson) asker = g_list_model_get_item (askers, i);

      if (g_strcmp0 (kv_person_get_name (asker), kv_person_get_name (person)) != 0)
        continue;
      if (kv_person_get_party (asker) == NULL && kv_person_get_party (person) != NULL)
        kv_person_set_party (asker, kv_person_get_party (person));
      return;
    }

  kv_document_add_asker (doc, person);
}

static void
read_askers (KvDocument *doc,
             const char *text)
{
  static const char * const separators[] = { ", ", " en ", NULL };
  static const char * const prefixes[] = {
    "het lid ", "de leden ", "leden ", "lid ", "het Kamerlid ", "de Kamerleden ", "Kamerlid ", "Kamerleden ",
  };
  g_autoptr (GPtrArray) parts = NULL;
  g_autoptr (GPtrArray) persons = g_ptr_array_new_with_free_func (g_object_unref);
  g_autofree char *shared = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (prefixes); i++)
    if (g_str_has_prefix (text, prefixes[i]))
      {
        text += strlen (prefixes[i]);
        break;
      }

  parts = split_top_level (text, separators);
  for (guint i = 0; i < parts->len; i++)
    {
      char *part = parts->pdata[i];
      char *open = strrchr (part, '(');
      g_autofree char *party = NULL;

      if (*part == '\0')
        continue;

      if (open != NULL && g_str_has_suffix (open, ")"))
        {
          party = g_strstrip (g_strndup (open + 1, strlen (open) - 2));
          *open = '\0';
          g_strstrip (part);
          if (shared_party (party) != NULL)
            {
              g_set_str (&shared, shared_party (party));
              g_clear_pointer (&party, g_free);
            }
        }

      if (*part != '\0')
        g_ptr_array_add (persons, kv_person_new (part, party));
      else
        take_lone_party (doc, persons, party);
    }

  for (guint i = 0; i < persons->len; i++)
    {
      KvPerson *person = persons->pdata[i];

      if (kv_person_get_party (person) == NULL && shared != NULL)
        kv_person_set_party (person, shared);
      add_asker_once (doc, person);
    }
}

static const char *
singular_office (const char *title)
{
  static const struct { const char *plural, *singular; } offices[] = {
    { "Ministers", "Minister" },
    { "ministers", "minister" },
    { "Staatssecretarissen", "Staatssecretaris" },
    { "staatssecretarissen", "staatssecretaris" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (offices); i++)
    if (g_str_equal (title, offices[i].plural))
      return offices[i].singular;

  return title;
}

/* The first " van " or " voor " in @text, or NULL. */
static const char *
find_preposition (const char *text)
{
  const char *van = strstr (text, " van ");
  const char *voor = strstr (text, " voor ");

  return van == NULL ? voor : (voor == NULL || van < voor ? van : voor);
}

/* "de Ministers van A en van B", "de Minister en Staatssecretaris van X":
 * one addressee per office and department.
 */
static void
read_addressee_clause (KvDocument *doc,
                       const char *clause)
{
  static const char * const title_separators[] = { ", ", " en ", NULL };
  static const char * const department_separators[] = { " en van ", " en voor ", ", van ", ", voor ", NULL };
  const char *with_article = clause;
  const char *prep;
  g_autofree char *titles_text = NULL;
  g_autoptr (GPtrArray) titles = NULL;
  g_autoptr (GPtrArray) departments = NULL;

  clause = strip_article (clause);
  if (*clause == '\0')
    return;

  /* "de Minister-President, Minister van Algemene Zaken" is one office. */
  if (g_str_has_prefix (clause, "Minister-President"))
    {
      kv_document_add_addressee (doc, clause);
      return;
    }

  /* The preposition is looked for before the article is gone: a clause
   * that starts with it, "de voor Klimaat en Energie verantwoordelijke
   * Minister van …", has no offices in front to split, and is one
   * addressee.
   */
  prep = find_preposition (with_article);
  if (prep == NULL || prep < clause)
    {
      kv_document_add_addressee (doc, clause);
      return;
    }

  titles_text = g_strndup (clause, (gsize) (prep - clause));
  titles = split_top_level (titles_text, title_separators);
  departments = split_top_level (prep + 1, department_separators);

  for (guint d = 0; d < departments->len; d++)
    {
      const char *department = departments->pdata[d];
      g_autofree char *with_prep = NULL;

      /* The splitter ate the preposition of all but the first. */
      if (d > 0)
        {
          const char *at = strstr (prep + 1, department);
          gboolean is_voor = at != NULL && at - (prep + 1) >= 5 && g_str_has_prefix (at - 5, "voor ");

          with_prep = g_strconcat (is_voor ? "voor " : "van ", department, NULL);
        }
      else
        with_prep = g_strdup (department);

      for (guint t = 0; t < titles->len; t++)
        {
          const char *office = singular_office (titles->pdata[t]);
          g_autofree char *addressee = NULL;

          if (*office == '\0')
            continue;
          addressee = g_strconcat (office, " ", with_prep, NULL);
          kv_document_add_addressee (doc, addressee);
        }
    }
}

/* PDF text glues words at line joins, and so may markup whose inline
 * elements were joined: "vanBinnenlandse" becomes "van Binnenlandse".
 */
static char *
separate_glued_prepositions (const char *text)
{
  GString *fixed = g_string_sized_new (strlen (text) + 8);

  for (const char *p = text; *p != '\0'; p++)
    {
      gsize n = g_str_has_prefix (p, " van") ? 4 : g_str_has_prefix (p, " voor") ? 5 : 0;

      if (n > 0 && g_ascii_isupper (p[n]))
        {
          g_string_append_len (fixed, p, n);
          g_string_append_c (fixed, ' ');
          p += n - 1;
        }
      else
        g_string_append_c (fixed, *p);
    }

  return g_string_free (fixed, FALSE);
}

/* Whether @clause is an office with no department: "de Minister". */
static gboolean
is_bare_office (const char *clause)
{
  const char *office = singular_office (strip_article (clause));

  return g_ascii_strcasecmp (office, "Minister") == 0 || g_ascii_strcasecmp (office, "Staatssecretaris") == 0;
}

/* "de Minister en de Staatssecretaris van Financiën": an office without a
 * department shares the department of the clause after it, over other
 * offices without one but not over anything else. One pass from the end. */
static void
share_departments (GPtrArray *clauses)
{
  const char *department = NULL;

  for (guint i = clauses->len; i-- > 0;)
    {
      char *clause = clauses->pdata[i];
      const char *prep = find_preposition (clause);

      if (prep != NULL)
        department = prep;
      else if (!is_bare_office (clause))
        department = NULL;
      else if (department != NULL)
        {
          clauses->pdata[i] = g_strconcat (clause, department, NULL);
          g_free (clause);
        }
    }
}

/* Drops every comma, full stop and space at the end: before "mede namens",
 * "X,, mede …", before " en de ", "…, Minister van Algemene Zaken, en de
 * …", and before an older header's date, "…van VWS. (Ontvangen". */
static void
drop_trailing_punctuation (char *text)
{
  gsize len = strlen (text);

  while (len > 0 && (text[len - 1] == ' ' || text[len - 1] == ',' || text[len - 1] == '.'))
    text[--len] = '\0';
}

static void
read_addressees (KvDocument *doc,
                 const char *text)
{
  static const char * const separators[] = { " en de ", ", de ", " en aan de ", NULL };
  g_autofree char *fixed = separate_glued_prepositions (text);
  g_autoptr (GPtrArray) clauses = split_top_level (fixed, separators);

  for (guint i = 0; i < clauses->len; i++)
    drop_trailing_punctuation (clauses->pdata[i]);
  share_departments (clauses);

  for (guint i = 0; i < clauses->len; i++)
    read_addressee_clause (doc, clauses->pdata[i]);
}

/* The superscript digit that ends @text, "¹", with its length in bytes
 * in @width; -1 if there is none. */
static int
superscript_digit_before (const char *text,
                          gsize       len,
                          gsize      *width)
{
  const guchar *end = (const guchar *) text + len;

  *width = 2;
  if (len >= 2 && end[-2] == 0xC2)
    return end[-1] == 0xB9 ? 1 : end[-1] == 0xB2 ? 2 : end[-1] == 0xB3 ? 3 : -1;

  *width = 3;
  if (len >= 3 && end[-3] == 0xE2 && end[-2] == 0x81 && (end[-1] == 0xB0 || (end[-1] >= 0xB4 && end[-1] <= 0xB9)))
    return end[-1] - 0xB0;

  return -1;
}

/* A footnote marker after the subject's quote, "het bericht «Vacatures»1"
 * in printed text or "«Vacatures»¹" in converted text, is no part of the
 * subject: it is taken off, and the footnote is the subject's. */
static void
take_subject_marker (KvDocument *doc,
                     char       *subject)
{
  gsize len = strlen (subject), width;
  guint number = 0, scale = 1;
  int digit;

  while (len > 0 && scale <= 1000)
    {
      if (g_ascii_isdigit (subject[len - 1]))
        digit = subject[len - 1] - '0', width = 1;
      else if ((digit = superscript_digit_before (subject, len, &width)) < 0)
        break;

      number += (guint) digit * scale;
      scale *= 10;
      len -= width;
    }

  if (scale == 1 || number == 0 || !kv_dutch_ends_sentence (subject, len))
    return;

  subject[len] = '\0';
  kv_document_cite_in_subject (doc, number);
}

/* Whether @p starts a Zaak number that is a word of its own. */
static gboolean
zaak_number_at (const char *text,
                const char *p)
{
  return kv_dutch_is_zaak_number (p, strnlen (p, 10)) && (p == text || !g_ascii_isalnum (p[-1])) &&
         !g_ascii_isalnum (p[10]);
}

/* A ministry writes the Zaak number in the header's parentheses:
 * "(2024Z14419)", "(2024Z14419, ingezonden …)", "(ingezonden …,
 * kenmerk 2024Z14419)". */
static void
take_zaak_in_parentheses (KvDocument *doc,
                          const char *text)
{
  int depth = 0;

  if (kv_document_get_zaak (doc) != NULL)
    return;

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '(')
        depth++;
      else if (*p == ')' && depth > 0)
        depth--;
      else if (depth > 0 && zaak_number_at (text, p))
        {
          g_autofree char *zaak = g_strndup (p, 10);

          kv_document_set_zaak (doc, zaak);
          return;
        }
    }
}

/* Where the subject ends: at the parenthesis with the date, "(ingezonden
 * …)", "(2024Z14419, ingezonden …)", or with the Zaak alone, "(2024Z14419)". */
static const char *
subject_end (const char *text)
{
  const char *date = g_strrstr (text, "ingezonden");
  const char *open = date != NULL ? g_strrstr_len (text, date - text, "(") : g_strrstr (text, "(");

  if (open != NULL && (date != NULL || zaak_number_at (text, open + 1)))
    return open;

  return text + strlen (text);
}

/* The subject runs to the end of a header, or to the parenthesis with
 * its date or Zaak (see subject_end()). */
static void
take_subject (KvDocument *doc,
              const char *text)
{
  g_autofree char *subject = g_strndup (text, (gsize) (subject_end (text) - text));

  take_zaak_in_parentheses (doc, text);

  if (kv_document_get_subject (doc) != NULL)
    return;

  g_strstrip (subject);
  if (g_str_has_suffix (subject, "."))
    subject[strlen (subject) - 1] = '\0';
  take_subject_marker (doc, subject);
  if (*subject != '\0')
    kv_document_set_subject (doc, subject);
}

/**
 * kv_dutch_fold_date_words:
 * @text: the text of a header, changed in place
 *
 * Older publications write "(Ingezonden …)" and "(Ontvangen …)"; the header
 * readers look for these words in lower case.
 */
void
kv_dutch_fold_date_words (char *text)
{
  static const char * const words[] = { "(Ingezonden", "(Ontvangen" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    for (char *p = strstr (text, words[i]); p != NULL; p = strstr (p + 1, words[i]))
      p[1] = g_ascii_tolower (p[1]);
}

/**
 * kv_dutch_read_question_header:
 * @doc: the document
 * @text: "Vragen van het lid X (P) aan de Minister van Y over Z
 *   (ingezonden 10 maart 2025)."
 *
 * Adds the askers and addressees to @doc and sets its submission date
 * and subject, where not set yet: the first header of a document, and
 * the metadata before it, say what the document is about.
 */
void
kv_dutch_read_question_header (KvDocument *doc,
                               const char *text)
{
  g_autofree char *clean = kv_dutch_normalize_space (text);
  g_autofree char *date = NULL;
  const char *van = strstr (clean, " van ");
  const char *aan, *over, *askers_end;

  kv_dutch_fold_date_words (clean);
  date = kv_dutch_find_date (clean, "ingezonden");

  if (date != NULL && kv_document_get_submitted (doc) == NULL)
    kv_document_set_submitted (doc, date);

  if (van == NULL)
    return;
  van += 5;

  aan = strstr (van, " aan ");
  over = strstr (aan != NULL ? aan : van, " over ");
  askers_end = aan != NULL ? aan : over != NULL ? over : van + strlen (van);

  {
    g_autofree char *askers = g_strndup (van, (gsize) (askers_end - van));

    read_askers (doc, askers);
  }

  if (aan != NULL)
    {
      const char *first = aan + 5;
      const char *stop = over != NULL ? over : strstr (aan, " (ingezonden");
      /* " aan over …" shares its space: no addressee. */
      gsize len = stop == NULL ? strlen (first) : stop > first ? (gsize) (stop - first) : 0;
      g_autofree char *addressees = g_strndup (first, len);

      read_addressees (doc, addressees);
    }

  if (over != NULL)
    take_subject (doc, over + 6);
}

static gboolean
names_members (const char *text)
{
  return g_str_has_prefix (text, "het lid ") || g_str_has_prefix (text, "de leden ") ||
         g_str_has_prefix (text, "het Kamerlid ") || g_str_has_prefix (text, "de Kamerleden ");
}

/* The document-title words a title line starts with, before "vragen". */
static const char *
skip_title_start (const char *text)
{
  static const char * const words[] = {
    "Antwoorden ", "Antwoord ", "Nader antwoord ", "Beantwoording ", "Uitstel beantwoording ", "op ", "van ", "de ",
    "schriftelijke ",
    /* The cover letter of a ministry's answers: "Hierbij ontvangt u de
     * antwoorden op de schriftelijke vragen van het Kamerlid …". */
    "Hierbij ontvangt u ", "Hierbij zend ik u ", "Hierbij stuur ik u ", "Hierbij bied ik u ",
    "Hierbij beantwoord ik ", "antwoorden ", "aan ",
    NULL
  };
  const char *p = text;
  const char *answering;
  gboolean found;

  /* "Antwoorden van de minister van VWS op (de) vragen van …" */
  if (g_str_has_prefix (text, "Antwoord") &&
      ((answering = strstr (text, " op vragen ")) != NULL || (answering = strstr (text, " op de vragen ")) != NULL))
    p = answering + 1;

  do
    {
      found = FALSE;
      for (guint i = 0; words[i] != NULL && !found; i++)
        if (g_str_has_prefix (p, words[i]))
          {
            p += strlen (words[i]);
            found = TRUE;
          }

      /* "Hierbij ontvangt u, mede namens de minister van X, de antwoorden…" */
      if (!found && g_str_has_prefix (p, "Hierbij ") && strstr (p, ", mede namens ") != NULL &&
          strstr (p, ", mede namens ") < strstr (p, " de ") && strstr (p, ", de ") != NULL)
        {
          p = strstr (p, ", de ") + 2;
          found = TRUE;
        }
    }
  while (found);

  return p;
}


/* Whether the full stop at @p ends a sentence: after the parenthesis with
 * a date, "(ingezonden 3 februari 2025). Deze…", or after a word of four
 * lower-case letters or more, "…in de jeugd-ggz. Deze…"; not after "St.",
 * "dr.", "mr.", nor in a quote, "«…stop met bouwen. Provincie…»". */
static gboolean
ends_sentence_at (const char *text,
                  const char *p)
{
  const char *open = g_strrstr_len (text, p - text, "\xc2\xab");  /* « */
  const char *close = g_strrstr_len (text, p - text, "\xc2\xbb"); /* » */
  gsize letters = 0;

  if (p[1] != ' ' || !g_ascii_isupper (p[2]) || (open != NULL && (close == NULL || close < open)))
    return FALSE;
  if (p > text && p[-1] == ')')
    return TRUE;

  for (const char *q = p; q > text && (g_ascii_islower (q[-1]) || q[-1] == '-'); q--)
    letters++;

  return letters >= 4;
}

/* The first sentence of @text, which may go on into others in PDF text:
 * "… (ingezonden 3 februari 2025). Deze vragen sluiten aan bij…". */
static char *
first_sentence (const char *text)
{
  for (const char *p = outside_parentheses (text, ". "); p != NULL; p = outside_parentheses (p + 1, ". "))
    if (ends_sentence_at (text, p))
      return g_strndup (text, (gsize) (p - text));

  return g_strdup (text);
}

/* The questions that a title or a notice names, "van het lid X (P) aan
 * de Minister van Y over Z (ingezonden …)" or "over Z": their askers (a
 * title may name a committee instead of members, or be cut off before
 * them, and the header of the questions names them again), subject, Zaak
 * and date. */
static void
read_named_questions (KvDocument *doc,
                      const char *text)
{
  g_autofree char *named = first_sentence (text);
  const char *about = strstr (named, " over ");
  g_autofree char *date = NULL;

  if (about != NULL && g_str_has_prefix (named, "van ") && names_members (named + strlen ("van ")))
    {
      const char *to = g_strstr_len (named, about - named, " aan ");
      const char *first = named + strlen ("van ");
      g_autofree char *askers = g_strndup (first, (gsize) ((to != NULL ? to : about) - first));

      read_askers (doc, askers);
      if (to != NULL && kv_document_get_addressees (doc)[0] == NULL)
        {
          g_autofree char *addressees = g_strndup (to + strlen (" aan "), (gsize) (about - to) - strlen (" aan "));

          read_addressees (doc, addressees);
        }
    }
  if (g_str_has_prefix (named, "over "))
    take_subject (doc, named + strlen ("over "));
  else if (about != NULL)
    take_subject (doc, about + strlen (" over "));

  date = kv_dutch_find_date (named, "ingezonden");
  if (date != NULL && kv_document_get_submitted (doc) == NULL)
    kv_document_set_submitted (doc, date);
}

/**
 * kv_dutch_read_title:
 * @doc: the document
 * @text: a line that may be the document's title
 *
 * Reads a title that Word files of answers put above their header:
 * "Antwoord op vragen van het lid X over Y", "Beantwoording Kamervragen
 * over Y", "Kamervragen over Y". Takes the subject, and the date the
 * questions were submitted, from it where not set yet.
 *
 * Returns: whether @text is such a title
 */
gboolean
kv_dutch_read_title (KvDocument *doc,
                     const char *text)
{
  g_autofree char *clean = kv_dutch_normalize_space (text);
  const char *questions = skip_title_start (clean);
  const char *after;

  if (g_str_has_prefix (questions, "Kamervragen "))
    after = questions + strlen ("Kamervragen ");
  else if (questions != clean && g_str_has_prefix (questions, "vragen "))
    after = questions + strlen ("vragen ");
  else if (g_str_has_prefix (questions, "Vragen over "))
    after = questions + strlen ("Vragen ");
  else
    return FALSE;

  if (!g_str_has_prefix (after, "van ") && !g_str_has_prefix (after, "over "))
    return FALSE;

  read_named_questions (doc, after);
  return TRUE;
}

/* "Op 6 november 2024 hebben de leden A en B (beiden P) schriftelijke
 * vragen gesteld aan de minister van X over Y.", as a delay notice
 * begins; "zijn door het lid A (P) … gesteld" alike. */
static void
read_asked_questions (KvDocument *doc,
                      const char *text)
{
  static const char * const members[] = { "het lid ", "de leden " };
  const char *who = NULL, *asked, *to, *about, *end;
  g_autofree char *date = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (members) && who == NULL; i++)
    who = strstr (text, members[i]);
  if (who == NULL || (asked = strstr (who, " vragen gesteld")) == NULL)
    return;

  {
    const char *askers_end = asked;
    g_autofree char *askers = NULL;

    if (askers_end - who > 14 && g_str_has_prefix (askers_end - 14, " schriftelijke"))
      askers_end -= 14;
    askers = g_strndup (who, (gsize) (askers_end - who));
    read_askers (doc, askers);
  }

  to = strstr (asked, " gesteld aan ");
  about = strstr (asked, " over ");
  if (to != NULL && about != NULL && to < about && kv_document_get_addressees (doc)[0] == NULL)
    {
      g_autofree char *addressees = g_strndup (to + strlen (" gesteld aan "),
                                               (gsize) (about - to) - strlen (" gesteld aan "));

      read_addressees (doc, addressees);
    }
  if (about != NULL)
    {
      /* The subject ends with its sentence. */
      g_autofree char *subject = NULL;

      end = strstr (about, ". ");
      subject = g_strndup (about + strlen (" over "), end != NULL ? (gsize) (end - about) - strlen (" over ") :
                                                                    strlen (about + strlen (" over ")));
      take_subject (doc, subject);
    }

  date = kv_dutch_find_date (text, "Op ");
  if (date != NULL && kv_document_get_submitted (doc) == NULL)
    kv_document_set_submitted (doc, date);
}

/**
 * kv_dutch_read_delay_notice:
 * @doc: the document
 * @text: the text of a delay notice: "De vragen van het lid X (P) over Y
 *   (ingezonden 11 maart 2025) kunnen niet binnen de gebruikelijke
 *   termijn worden beantwoord."
 *
 * Takes the askers, the subject, the date and the Zaak of the questions
 * that a delay notice names, where not set yet.
 */
void
kv_dutch_read_delay_notice (KvDocument *doc,
                            const char *text)
{
  g_autofree char *clean = kv_dutch_normalize_space (text);
  g_autofree char *named = NULL;
  g_autofree char *date = NULL;
  const char *questions = strstr (clean, "vragen van ");
  const char *about, *close, *end;

  if (questions == NULL)
    {
      read_asked_questions (doc, clean);
      return;
    }

  /* The notice goes on after the parenthesis that ends their name, or
   * without one: "…, ingezonden op 3 maart 2025, kunnen niet…". */
  if ((about = strstr (questions, " over ")) == NULL)
    return;
  if ((end = outside_parentheses (about, ", ingezonden ")) == NULL)
    end = outside_parentheses (about, " kunnen ");
  if ((close = strchr (about, ')')) != NULL && (end == NULL || close < end))
    end = close + 1;
  if (end == NULL)
    return;

  named = g_strndup (questions + strlen ("vragen "), (gsize) (end - questions) - strlen ("vragen "));
  read_named_questions (doc, named);

  date = kv_dutch_find_date (end, "ingezonden op");
  if (date != NULL && kv_document_get_submitted (doc) == NULL)
    kv_document_set_submitted (doc, date);
}

static gboolean
starts_with_office (const char *text)
{
  return g_str_has_prefix (text, "Minister ") || g_str_has_prefix (text, "Minister-President") ||
         g_str_has_prefix (text, "Staatssecretaris ");
}

/* "Minister A (X) en Staatssecretaris B (Y)": one answerer per office.
 * Only an " en " before an office splits, so that "de Minister van
 * Infrastructuur en Waterstaat" stays whole; "de Minister en de
 * Staatssecretaris van Financiën" share the department. */
static void
add_answerers (KvDocument *doc,
               const char *who)
{
  static const char * const separators[] = { " en ", NULL };
  g_autoptr (GPtrArray) parts = split_top_level (who, separators);
  g_autoptr (GPtrArray) answerers = g_ptr_array_new_with_free_func (g_free);
  g_autoptr (GString) answerer = g_string_new (NULL);

  for (guint i = 0; i < parts->len; i++)
    {
      const char *part = strip_article (parts->pdata[i]);

      if (answerer->len > 0 && starts_with_office (part))
        {
          g_ptr_array_add (answerers, g_strdup (answerer->str));
          g_string_truncate (answerer, 0);
        }

      if (answerer->len == 0)
        g_string_append (answerer, part);
      else
        g_string_append_printf (answerer, " en %s", (const char *) parts->pdata[i]);
    }

  if (answerer->len > 0)
    g_ptr_array_add (answerers, g_strdup (answerer->str));

  share_departments (answerers);
  for (guint i = 0; i < answerers->len; i++)
    kv_document_add_answered_by (doc, answerers->pdata[i]);
}

/**
 * kv_dutch_is_answer_header:
 * @text: the header of a publication, its spaces normalized
 *
 * Returns: whether @text is the header of answers or a delay notice:
 *   "Antwoord van …", "Nader antwoord van …", "Mededeling van …"
 */
gboolean
kv_dutch_is_answer_header (const char *text)
{
  return g_str_has_prefix (text, "Antwoord ") || g_str_has_prefix (text, "Nader antwoord ") ||
         g_str_has_prefix (text, "Mededeling ");
}

/**
 * kv_dutch_read_answer_header:
 * @doc: the document
 * @text: "Antwoord van Minister X (Dept), mede namens de Minister van Y
 *   (ontvangen 19 november 2024)." or "Mededeling van …"
 *
 * Adds who answered to @doc and sets the date the answer was received,
 * where not set yet.
 */
void
kv_dutch_read_answer_header (KvDocument *doc,
                             const char *text)
{
  static const char * const separators[] = { " en de ", ", de ", " en het ", NULL };
  g_autofree char *clean = kv_dutch_normalize_space (text);
  g_autofree char *date = NULL;
  const char *van = strstr (clean, " van ");
  const char *stop;
  g_autofree char *who = NULL;
  char *mede;

  kv_dutch_fold_date_words (clean);
  date = kv_dutch_find_date (clean, "ontvangen");
  if (date != NULL && kv_document_get_received (doc) == NULL)
    kv_document_set_received (doc, date);

  if (van == NULL)
    return;
  van += 5;
  stop = strstr (van, "(ontvangen");
  who = g_strndup (van, stop != NULL ? (gsize) (stop - van) : strlen (van));

  mede = strstr (who, "mede namens ");
  if (mede != NULL)
    {
      g_autoptr (GPtrArray) others = split_top_level (mede + 12, separators);

      *mede = '\0';
      drop_trailing_punctuation (who);
      g_strstrip (who);
      add_answerers (doc, who);

      for (guint i = 0; i < others->len; i++)
        drop_trailing_punctuation (others->pdata[i]);
      share_departments (others);

      for (guint i = 0; i < others->len; i++)
        {
          const char *other = strip_article (others->pdata[i]);

          if (*other != '\0')
            kv_document_add_answered_by (doc, other);
        }
      return;
    }

  g_strstrip (who);
  if (g_str_has_suffix (who, "."))
    who[strlen (who) - 1] = '\0';
  add_answerers (doc, who);
}
