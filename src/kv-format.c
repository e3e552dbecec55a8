/* kv-format.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "kv-format.h"

/* Written questions are due three weeks after they were submitted. */
#define ANSWER_TERM_DAYS 21

/* Characters of a question's first line shown in the sidebar: more than its
 * widest width shows. */
#define EXCERPT_LENGTH 120

static char *
join_numbers (const guint *numbers,
              guint        n_numbers)
{
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i + 1 < n_numbers; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append_printf (list, "%u", numbers[i]);
    }

  if (n_numbers == 1)
    return g_strdup_printf ("%u", numbers[0]);

  /* Translators: the end of a list of question numbers, as in "4, 5, 7 and 8";
   * %s is the start of the list ("4, 5, 7") and %u the last number. */
  return g_strdup_printf (_("%s and %u"), list->str, numbers[n_numbers - 1]);
}

/**
 * kv_format_item_title:
 * @item: a #KvItem
 *
 * Returns: (transfer full): "Question 1", or "Questions 4, 5, 7 and 8" for a
 *   group answered together, or "Question" for an unnumbered one.
 */
char *
kv_format_item_title (KvItem *item)
{
  const guint *numbers;
  guint n_numbers;
  g_autofree char *list = NULL;

  numbers = kv_item_get_numbers (item, &n_numbers);
  if (n_numbers == 0)
    return g_strdup (_("Question"));

  list = join_numbers (numbers, n_numbers);
  /* Translators: %s is a question number or a list of them, "4, 5, 7 and 8". */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Question %s", "Questions %s", n_numbers), list);
}

/**
 * kv_format_item_excerpt:
 * @item: a #KvItem
 *
 * Returns: (transfer full): the first line of the question, for the sidebar.
 */
char *
kv_format_item_excerpt (KvItem *item)
{
  g_autofree char *plain = kv_rich_text_to_plain (kv_item_get_question (item));
  const char *end = strchr (plain, '\n');
  const char *limit;

  if (end == NULL)
    end = plain + strlen (plain);

  /* The sidebar ellipsizes the line anyway; laying out a whole paragraph
   * for each row would only cost time in long documents. */
  limit = g_utf8_offset_to_pointer (plain, MIN (g_utf8_strlen (plain, end - plain), EXCERPT_LENGTH));

  return g_strndup (plain, MIN (end, limit) - plain);
}

static GDateTime *
parse_iso_date (const char *iso_date)
{
  int year, month, day;

  if (iso_date == NULL || sscanf (iso_date, "%4d-%2d-%2d", &year, &month, &day) != 3)
    return NULL;

  return g_date_time_new_utc (year, month, day, 0, 0, 0);
}

/**
 * kv_format_date:
 * @iso_date: (nullable): a date as "2025-03-10"
 *
 * Returns: (transfer full) (nullable): the date as people write it in the
 *   user's language ("10 March 2025", "10 maart 2025"), or %NULL.
 */
char *
kv_format_date (const char *iso_date)
{
  g_autoptr(GDateTime) date = parse_iso_date (iso_date);

  if (date == NULL)
    return NULL;

  /* Translators: a date as in "10 March 2025"; see the strftime() manual. */
  return g_date_time_format (date, _("%-d %B %Y"));
}

/**
 * kv_format_answer_due:
 * @iso_submitted: (nullable): the date the questions were submitted
 *
 * Returns: (transfer full) (nullable): the usual answer deadline, three weeks
 *   after submission, formatted like kv_format_date().
 */
char *
kv_format_answer_due (const char *iso_submitted)
{
  g_autoptr(GDateTime) submitted = parse_iso_date (iso_submitted);
  g_autoptr(GDateTime) due = NULL;

  if (submitted == NULL)
    return NULL;

  due = g_date_time_add_days (submitted, ANSWER_TERM_DAYS);
  return g_date_time_format (due, _("%-d %B %Y"));
}

/**
 * kv_format_askers:
 * @document: a #KvDocument
 *
 * Returns: (transfer full): "Kathmann (GroenLinks-PvdA), Nordkamp (GroenLinks-PvdA)".
 */
char *
kv_format_askers (KvDocument *document)
{
  GListModel *askers = kv_document_get_askers (document);
  g_autoptr(GString) text = g_string_new (NULL);
  guint n_askers = g_list_model_get_n_items (askers);

  for (guint i = 0; i < n_askers; i++)
    {
      g_autoptr(KvPerson) person = g_list_model_get_item (askers, i);
      const char *party = kv_person_get_party (person);

      if (i > 0)
        g_string_append (text, ", ");
      g_string_append (text, kv_person_get_name (person));
      if (party != NULL && *party != '\0')
        g_string_append_printf (text, " (%s)", party);
    }

  return g_string_free_and_steal (g_steal_pointer (&text));
}

/**
 * kv_format_item_for_copy:
 * @document: the document @item belongs to
 * @item: a #KvItem
 *
 * Returns: (transfer full): the item as plain text: its title, the question,
 *   the answer if any, and the footnotes it cites with their addresses.
 */
char *
kv_format_item_for_copy (KvDocument *document,
                         KvItem     *item)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autofree char *title = kv_format_item_title (item);
  g_autofree char *question = kv_rich_text_to_plain (kv_item_get_question (item));
  KvRichText *answer = kv_item_get_answer (item);
  const guint *footnotes;
  guint n_footnotes;

  g_string_append_printf (text, "%s\n\n%s\n", title, question);

  if (answer != NULL)
    {
      g_autofree char *answer_text = kv_rich_text_to_plain (answer);

      g_string_append_printf (text, "\n%s\n\n%s\n", _("Answer"), answer_text);
    }

  footnotes = kv_item_get_footnotes (item, &n_footnotes);
  if (n_footnotes > 0)
    g_string_append_c (text, '\n');

  for (guint i = 0; i < n_footnotes; i++)
    {
      KvFootnote *footnote = kv_document_lookup_footnote (document, footnotes[i]);
      g_autofree char *footnote_text = NULL;

      if (footnote == NULL)
        continue;

      footnote_text = kv_rich_text_to_plain (kv_footnote_get_text (footnote));
      g_string_append_printf (text, "[%u] %s\n", footnotes[i], footnote_text);
    }

  return g_string_free_and_steal (g_steal_pointer (&text));
}
