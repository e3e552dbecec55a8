/* kv-pairing.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kv-document-loader.h"
#include "kv-pairing.h"

/* Questions and their answers are separate publications: the questions
 * (kv-tk-…) and, weeks later, the answers in the Aanhangsel (ah-tk-…),
 * which repeats the questions and may group them differently: "Antwoord
 * 4, 5, 7 en 8" answers four questions the questions document numbered
 * one by one. Both carry the Zaak number.
 */

static GHashTable *
index_by_number (KvDocument *doc)
{
  GHashTable *index = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  GListModel *items = kv_document_get_items (doc);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      KvItem *item = g_list_model_get_item (items, i);
      const guint *numbers;
      guint n;

      numbers = kv_item_get_numbers (item, &n);
      for (guint j = 0; j < n; j++)
        if (!g_hash_table_contains (index, GUINT_TO_POINTER (numbers[j])))
          g_hash_table_insert (index, GUINT_TO_POINTER (numbers[j]), g_object_ref (item));
      g_object_unref (item);
    }

  return index;
}

/* A question item answered in parts ({4, 5} by "Antwoord 4" and
 * "Antwoord 5") gets the parts one after the other.
 */
static void
give_answer (KvItem     *question,
             KvRichText *answer,
             GPtrArray  *done)
{
  if (g_ptr_array_find (done, question, NULL) && kv_item_get_answer (question) != answer)
    {
      g_autoptr (KvRichText) joined = kv_rich_text_new ();

      kv_rich_text_append_rich (joined, kv_item_get_answer (question));
      kv_rich_text_append_rich (joined, answer);
      kv_item_set_answer (question, joined);
      return;
    }

  g_ptr_array_add (done, question);
  kv_item_set_answer (question, answer);
}

/* Markers in an answer count in the answers document. Its notes to the
 * answers come after the question notes, which both documents share, so
 * they are copied over where the number is free.
 */
static void
copy_footnotes (KvDocument *questions,
                KvDocument *answers,
                KvItem     *answer_item)
{
  const guint *cited;
  guint n;

  cited = kv_item_get_footnotes (answer_item, &n);
  for (guint i = 0; i < n; i++)
    {
      KvFootnote *theirs = kv_document_lookup_footnote (answers, cited[i]);
      KvFootnote *ours = kv_document_lookup_footnote (questions, cited[i]);

      if (theirs == NULL || ours == theirs)
        continue;

      if (ours == NULL)
        kv_document_add_footnote (questions, theirs);
      else if (!kv_rich_text_equal (kv_footnote_get_text (ours), kv_footnote_get_text (theirs)))
        {
          g_autofree char *msg = g_strdup_printf (_("Footnote %u differs between the questions and the answers; "
                                                    "the text of the questions is shown."),
                                                  cited[i]);

          kv_document_add_warning (questions, msg);
        }
    }
}

static char *
format_numbers (const guint *numbers,
                guint        n)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, i == 0 ? "%u" : ", %u", numbers[i]);

  return g_string_free (out, FALSE);
}

/**
 * kv_document_pair_answers:
 * @questions: a questions document
 * @answers: the answers document to the same questions
 * @error: return location for a #GError
 *
 * Gives each question item of @questions the answer that @answers has
 * for its number, with who answered and when it was received. Items
 * match by number; an answer to a group of questions goes to each of
 * them. Documents of different Zaken are refused; answers that match no
 * question become warnings on @questions.
 *
 * Returns: %TRUE when at least one question got an answer
 */
gboolean
kv_document_pair_answers (KvDocument  *questions,
                          KvDocument  *answers,
                          GError     **error)
{
  const char *zaak_q, *zaak_a;
  g_autoptr (GHashTable) index = NULL;
  g_autoptr (GPtrArray) done = g_ptr_array_new ();
  GListModel *answer_items;
  guint n_unmatched = 0;

  g_return_val_if_fail (KV_IS_DOCUMENT (questions), FALSE);
  g_return_val_if_fail (KV_IS_DOCUMENT (answers), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  zaak_q = kv_document_get_zaak (questions);
  zaak_a = kv_document_get_zaak (answers);
  if (zaak_q != NULL && zaak_a != NULL && !g_str_equal (zaak_q, zaak_a))
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                   _("The answers are to the questions of Zaak %s, not to those of Zaak %s."), zaak_a, zaak_q);
      return FALSE;
    }

  index = index_by_number (questions);
  answer_items = kv_document_get_items (answers);

  for (guint i = 0; i < g_list_model_get_n_items (answer_items); i++)
    {
      g_autoptr (KvItem) item = g_list_model_get_item (answer_items, i);
      KvRichText *answer = kv_item_get_answer (item);
      g_autoptr (GPtrArray) targets = g_ptr_array_new ();
      const guint *numbers;
      guint n;

      if (answer == NULL)
        continue;

      numbers = kv_item_get_numbers (item, &n);
      for (guint j = 0; j < n; j++)
        {
          KvItem *target = g_hash_table_lookup (index, GUINT_TO_POINTER (numbers[j]));

          if (target != NULL && !g_ptr_array_find (targets, target, NULL))
            g_ptr_array_add (targets, target);
        }

      if (targets->len == 0)
        {
          g_autofree char *list = format_numbers (numbers, n);
          g_autofree char *msg = g_strdup_printf (_("Answer %s matches no question."), list);

          kv_document_add_warning (questions, msg);
          n_unmatched++;
          continue;
        }

      copy_footnotes (questions, answers, item);
      for (guint t = 0; t < targets->len; t++)
        {
          KvItem *target = targets->pdata[t];

          give_answer (target, answer, done);
          kv_item_set_answered_by (target, kv_document_get_answered_by (answers));
          kv_item_set_received (target, kv_document_get_received (answers));
        }
    }

  if (done->len == 0)
    {
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                           n_unmatched > 0 ? _("None of the answers matches a question.")
                                           : _("The second document contains no answers."));
      return FALSE;
    }

  return TRUE;
}
