/* kv-item.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kv-document-private.h"
#include "kv-fold.h"
#include "kv-footnote.h"
#include "kv-item.h"
#include "kv-util.h"

/* One question with its answer. Answer documents group questions
 * ("Vraag 4, 5, 7 en 8"), so an item carries a set of numbers.
 */
struct _KvItem
{
  GObject     parent_instance;

  GArray     *numbers;          /* of guint, sorted, unique */
  KvRichText *question;
  KvRichText *answer;
  /* Who answered and when, where the answer came from another document. */
  GStrv       answered_by;
  char       *received;

  /* Set by the JSON importer when it has no runs to count markers in. */
  GArray     *footnotes;
  /* Computed from the markers in question and answer. */
  GArray     *cited;

  /* Not owned: the document owns its items and unsets this when it is
   * disposed. A weak pointer would cost a linear search per item. */
  KvDocument *document;
  char       *folded;
};

G_DEFINE_FINAL_TYPE (KvItem, kv_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_QUESTION,
  PROP_ANSWER,
  PROP_ANSWERED_BY,
  PROP_RECEIVED,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
kv_item_finalize (GObject *object)
{
  KvItem *self = (KvItem *) object;

  g_clear_pointer (&self->numbers, g_array_unref);
  g_clear_pointer (&self->question, kv_rich_text_unref);
  g_clear_pointer (&self->answer, kv_rich_text_unref);
  g_clear_pointer (&self->answered_by, g_strfreev);
  g_clear_pointer (&self->received, g_free);
  g_clear_pointer (&self->footnotes, g_array_unref);
  g_clear_pointer (&self->cited, g_array_unref);
  g_clear_pointer (&self->folded, g_free);

  G_OBJECT_CLASS (kv_item_parent_class)->finalize (object);
}

static void
kv_item_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KvItem *self = KV_ITEM (object);

  switch (prop_id)
    {
    case PROP_QUESTION:
      g_value_set_boxed (value, self->question);
      break;

    case PROP_ANSWER:
      g_value_set_boxed (value, self->answer);
      break;

    case PROP_ANSWERED_BY:
      g_value_set_boxed (value, kv_item_get_answered_by (self));
      break;

    case PROP_RECEIVED:
      g_value_set_string (value, self->received);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_item_class_init (KvItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kv_item_finalize;
  object_class->get_property = kv_item_get_property;

  properties[PROP_QUESTION] =
    g_param_spec_boxed ("question", NULL, NULL, KV_TYPE_RICH_TEXT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWER] =
    g_param_spec_boxed ("answer", NULL, NULL, KV_TYPE_RICH_TEXT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ANSWERED_BY] =
    g_param_spec_boxed ("answered-by", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_RECEIVED] =
    g_param_spec_string ("received", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kv_item_init (KvItem *self)
{
  self->numbers = g_array_new (FALSE, FALSE, sizeof (guint));
}

/**
 * kv_item_new:
 * @numbers: (array length=n_numbers) (nullable): question numbers, any order
 * @n_numbers: length of @numbers; 0 for an unnumbered question
 * @question: the question text
 *
 * Returns: (transfer full): a new #KvItem
 */
KvItem *
kv_item_new (const guint *numbers,
             guint        n_numbers,
             KvRichText  *question)
{
  KvItem *self;
  guint kept = 0;

  g_return_val_if_fail (question != NULL, NULL);
  g_return_val_if_fail (numbers != NULL || n_numbers == 0, NULL);

  self = g_object_new (KV_TYPE_ITEM, NULL);
  self->question = kv_rich_text_ref (question);

  if (n_numbers > 0)
    {
      g_array_append_vals (self->numbers, numbers, n_numbers);
      g_array_sort (self->numbers, kv_compare_uint);

      /* Keep a set: "Vraag 4, 4 en 5" is {4, 5}. */
      for (guint i = 0; i < self->numbers->len; i++)
        {
          guint n = g_array_index (self->numbers, guint, i);

          if (kept == 0 || g_array_index (self->numbers, guint, kept - 1) != n)
            g_array_index (self->numbers, guint, kept++) = n;
        }
      g_array_set_size (self->numbers, kept);
    }

  return self;
}

/**
 * kv_item_get_numbers:
 * @self: a #KvItem
 * @n_numbers: (out): the number of numbers
 *
 * Returns: (array length=n_numbers) (transfer none): the sorted question
 *   numbers; empty for an unnumbered question
 */
const guint *
kv_item_get_numbers (KvItem *self,
                     guint  *n_numbers)
{
  g_return_val_if_fail (KV_IS_ITEM (self), NULL);
  g_return_val_if_fail (n_numbers != NULL, NULL);

  *n_numbers = self->numbers->len;

  return (const guint *) self->numbers->data;
}

/**
 * kv_item_has_numbers:
 * @self: a #KvItem
 * @numbers: (array length=n_numbers): sorted, unique numbers
 * @n_numbers: length of @numbers
 *
 * Returns: whether the item has exactly this set of numbers
 */
gboolean
kv_item_has_numbers (KvItem      *self,
                     const guint *numbers,
                     guint        n_numbers)
{
  g_return_val_if_fail (KV_IS_ITEM (self), FALSE);

  return self->numbers->len == n_numbers &&
         (n_numbers == 0 || memcmp (self->numbers->data, numbers, n_numbers * sizeof (guint)) == 0);
}

/**
 * kv_item_get_question:
 * @self: a #KvItem
 *
 * Returns: (transfer none): the question text
 */
KvRichText *
kv_item_get_question (KvItem *self)
{
  g_return_val_if_fail (KV_IS_ITEM (self), NULL);

  return self->question;
}

/**
 * kv_item_get_answer:
 * @self: a #KvItem
 *
 * Returns: (transfer none) (nullable): the answer text, or %NULL when
 *   the document has no answer for this item
 */
KvRichText *
kv_item_get_answer (KvItem *self)
{
  g_return_val_if_fail (KV_IS_ITEM (self), NULL);

  return self->answer;
}

void
kv_item_set_answer (KvItem     *self,
                    KvRichText *answer)
{
  g_return_if_fail (KV_IS_ITEM (self));

  if (self->answer == answer)
    return;

  g_clear_pointer (&self->answer, kv_rich_text_unref);
  if (answer != NULL)
    self->answer = kv_rich_text_ref (answer);

  g_clear_pointer (&self->cited, g_array_unref);
  g_clear_pointer (&self->folded, g_free);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWER]);
}

/**
 * kv_item_get_answered_by:
 * @self: a #KvItem
 *
 * Returns: (transfer none) (array zero-terminated=1): who answered, when
 *   the answer was paired from an answers document; empty otherwise
 */
const char * const *
kv_item_get_answered_by (KvItem *self)
{
  static const char * const empty[] = { NULL };

  g_return_val_if_fail (KV_IS_ITEM (self), NULL);

  return self->answered_by != NULL ? (const char * const *) self->answered_by : empty;
}

void
kv_item_set_answered_by (KvItem             *self,
                         const char * const *answered_by)
{
  g_return_if_fail (KV_IS_ITEM (self));

  g_clear_pointer (&self->answered_by, g_strfreev);
  if (answered_by != NULL && answered_by[0] != NULL)
    self->answered_by = g_strdupv ((char **) answered_by);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED_BY]);
}

/**
 * kv_item_get_received:
 * @self: a #KvItem
 *
 * Returns: (nullable): the date the paired answer was received,
 *   "YYYY-MM-DD"
 */
const char *
kv_item_get_received (KvItem *self)
{
  g_return_val_if_fail (KV_IS_ITEM (self), NULL);

  return self->received;
}

void
kv_item_set_received (KvItem     *self,
                      const char *iso_date)
{
  g_return_if_fail (KV_IS_ITEM (self));

  if (g_set_str (&self->received, iso_date))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RECEIVED]);
}

static void
collect_markers (GArray     *cited,
                 KvRichText *text)
{
  if (text == NULL)
    return;

  for (guint b = 0; b < kv_rich_text_get_n_blocks (text); b++)
    for (guint r = 0; r < kv_rich_text_get_n_runs (text, b); r++)
      {
        guint number = kv_rich_text_get_run (text, b, r)->footnote;
        gboolean seen = FALSE;

        if (number == 0)
          continue;

        /* Few footnotes per item, so a linear look-up is cheapest. */
        for (guint i = 0; i < cited->len && !seen; i++)
          seen = g_array_index (cited, guint, i) == number;
        if (!seen)
          g_array_append_val (cited, number);
      }
}

/**
 * kv_item_get_footnotes:
 * @self: a #KvItem
 * @n_footnotes: (out): the number of footnotes
 *
 * Returns: (array length=n_footnotes) (transfer none): the footnote
 *   numbers cited in question and answer, in order of first citation
 */
const guint *
kv_item_get_footnotes (KvItem *self,
                       guint  *n_footnotes)
{
  g_return_val_if_fail (KV_IS_ITEM (self), NULL);
  g_return_val_if_fail (n_footnotes != NULL, NULL);

  if (self->footnotes != NULL)
    {
      *n_footnotes = self->footnotes->len;
      return (const guint *) self->footnotes->data;
    }

  if (self->cited == NULL)
    {
      self->cited = g_array_new (FALSE, FALSE, sizeof (guint));
      collect_markers (self->cited, self->question);
      collect_markers (self->cited, self->answer);
    }

  *n_footnotes = self->cited->len;

  return (const guint *) self->cited->data;
}

/**
 * kv_item_set_footnotes:
 * @self: a #KvItem
 * @footnotes: (array length=n_footnotes): footnote numbers
 * @n_footnotes: length of @footnotes
 *
 * Overrides the cited footnotes, for texts whose markers are not kept
 * as runs (a JSON file without its "rich" part).
 */
void
kv_item_set_footnotes (KvItem      *self,
                       const guint *footnotes,
                       guint        n_footnotes)
{
  g_return_if_fail (KV_IS_ITEM (self));

  g_clear_pointer (&self->footnotes, g_array_unref);
  self->footnotes = g_array_sized_new (FALSE, FALSE, sizeof (guint), n_footnotes);
  g_array_append_vals (self->footnotes, footnotes, n_footnotes);
  g_clear_pointer (&self->folded, g_free);
}

void
_kv_item_set_document (KvItem     *self,
                       KvDocument *document)
{
  g_return_if_fail (KV_IS_ITEM (self));
  g_return_if_fail (document == NULL || self->document == NULL);

  self->document = document;
}

static void
append_plain (GString    *out,
              KvRichText *text)
{
  g_autofree char *plain = NULL;

  if (text == NULL)
    return;

  plain = kv_rich_text_to_plain (text);
  g_string_append (out, plain);
  g_string_append_c (out, '\n');
}

static const char *
get_folded (KvItem *self)
{
  g_autoptr (GString) text = NULL;
  const guint *footnotes;
  guint n_footnotes;

  if (self->folded != NULL)
    return self->folded;

  text = g_string_new (NULL);
  append_plain (text, self->question);
  append_plain (text, self->answer);

  footnotes = kv_item_get_footnotes (self, &n_footnotes);
  for (guint i = 0; i < n_footnotes && self->document != NULL; i++)
    {
      KvFootnote *footnote = kv_document_lookup_footnote (self->document, footnotes[i]);

      if (footnote != NULL)
        append_plain (text, kv_footnote_get_text (footnote));
    }

  self->folded = kv_fold_text (text->str);

  return self->folded;
}

/**
 * kv_item_prepare_search:
 * @self: a #KvItem
 *
 * Makes the folded text that kv_item_matches() searches now, so that the
 * first search in a long document does not have to.
 */
void
kv_item_prepare_search (KvItem *self)
{
  g_return_if_fail (KV_IS_ITEM (self));

  get_folded (self);
}

/**
 * kv_item_matches:
 * @self: a #KvItem
 * @folded_needle: a search string folded with kv_fold_text()
 *
 * Searches question, answer and the texts of the cited footnotes,
 * ignoring case and accents. The folded text is made on first use and
 * kept.
 *
 * Returns: whether the item contains @folded_needle
 */
gboolean
kv_item_matches (KvItem     *self,
                 const char *folded_needle)
{
  g_return_val_if_fail (KV_IS_ITEM (self), FALSE);
  g_return_val_if_fail (folded_needle != NULL, FALSE);

  if (*folded_needle == '\0')
    return TRUE;

  return strstr (get_folded (self), folded_needle) != NULL;
}
