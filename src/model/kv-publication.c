/* kv-publication.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "kv-document-private.h"
#include "kv-dutch.h"
#include "kv-publication.h"
#include "kv-uri.h"
#include "kv-util.h"

/* Items of a publication as its reader finds them. Questions come with
 * their own numbers; an answer names the questions it answers, "Antwoord
 * 4, 5, 7 en 8", and so joins them into one item: the questions of a
 * group are run together, in document order, and the item takes the
 * numbers of the group. Questions may come before their answers one by
 * one, or all questions first and all answers after (older XML).
 */

typedef struct
{
  GArray     *numbers;    /* of guint, sorted, unique */
  KvRichText *question;
  KvRichText *answer;
  guint       index;      /* position in items */
} Build;

struct _KvPublication
{
  KvDocument     *doc;

  GPtrArray      *items;        /* of Build, NULL where merged into another */
  GHashTable     *unanswered;   /* question number → Build */
  GHashTable     *answered;     /* question number → Build */
  guint           last_number;
  guint           n_questions;
  GArray         *unnumbered;   /* of guint: the numbers questions without one were given */
  gboolean        any_numbered;

  GHashTable     *defined;      /* footnote numbers */
  GHashTable     *cited;        /* footnote numbers */
  guint           max_footnote;
  guint           max_cited;

  KvDocumentKind  hint;
  gboolean        has_mededeling;
  GPtrArray      *remarks;      /* of KvRichText: untitled kamervraagopmerkingen */
};

static void
build_free (gpointer data)
{
  Build *build = data;

  if (build == NULL)
    return;

  g_array_unref (build->numbers);
  kv_rich_text_unref (build->question);
  g_clear_pointer (&build->answer, kv_rich_text_unref);
  g_free (build);
}

KvPublication *
kv_publication_new (KvDocument *doc)
{
  KvPublication *self = g_new0 (KvPublication, 1);

  self->doc = doc;
  self->items = g_ptr_array_new_with_free_func (build_free);
  self->unanswered = g_hash_table_new (NULL, NULL);
  self->answered = g_hash_table_new (NULL, NULL);
  self->defined = g_hash_table_new (NULL, NULL);
  self->cited = g_hash_table_new (NULL, NULL);
  self->unnumbered = g_array_new (FALSE, FALSE, sizeof (guint));
  self->remarks = g_ptr_array_new_with_free_func ((GDestroyNotify) kv_rich_text_unref);
  self->hint = KV_DOCUMENT_KIND_UNKNOWN;

  return self;
}

void
kv_publication_free (KvPublication *self)
{
  g_ptr_array_unref (self->items);
  g_hash_table_unref (self->unanswered);
  g_hash_table_unref (self->answered);
  g_hash_table_unref (self->defined);
  g_hash_table_unref (self->cited);
  g_array_unref (self->unnumbered);
  g_ptr_array_unref (self->remarks);
  g_free (self);
}

static int
compare_pointer_uint (gconstpointer a,
                      gconstpointer b)
{
  guint x = GPOINTER_TO_UINT (a);
  guint y = GPOINTER_TO_UINT (b);

  return x < y ? -1 : x > y;
}

static char *
format_numbers (GArray *numbers)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < numbers->len; i++)
    g_string_append_printf (out, i == 0 ? "%u" : ", %u", g_array_index (numbers, guint, i));

  return g_string_free (out, FALSE);
}

static Build *
add_build (KvPublication *self,
           GArray        *numbers)
{
  Build *build = g_new0 (Build, 1);

  build->numbers = g_array_sized_new (FALSE, FALSE, sizeof (guint), numbers->len);
  g_array_append_vals (build->numbers, numbers->data, numbers->len);
  kv_uint_array_make_set (build->numbers);
  build->question = kv_rich_text_new ();
  build->index = self->items->len;
  g_ptr_array_add (self->items, build);

  return build;
}

/* Starts a question. A question without a number takes the one after
 * the last question's (see warn_unnumbered()). Returns the rich text to
 * write it into. */
static KvRichText *
begin_question (KvPublication *self,
                GArray        *numbers)
{
  Build *build;

  if (numbers->len == 0)
    {
      guint number = self->last_number + 1;

      g_array_append_val (self->unnumbered, number);
      g_array_append_val (numbers, number);
    }
  else
    self->any_numbered = TRUE;

  build = add_build (self, numbers);
  self->n_questions++;

  for (guint i = 0; i < build->numbers->len; i++)
    {
      gpointer key = GUINT_TO_POINTER (g_array_index (build->numbers, guint, i));

      if (g_hash_table_contains (self->unanswered, key) || g_hash_table_contains (self->answered, key))
        {
          g_autofree char *msg = g_strdup_printf (_("Question %u occurs more than once."), GPOINTER_TO_UINT (key));

          kv_document_add_warning (self->doc, msg);
        }
      else
        g_hash_table_insert (self->unanswered, key, build);
    }

  self->last_number = MAX (self->last_number, g_array_index (build->numbers, guint, build->numbers->len - 1));

  return build->question;
}

/* Moves the questions of @others into @target, the earliest of them. */
static void
merge_into (KvPublication *self,
            Build         *target,
            GPtrArray     *others)
{
  for (guint i = 0; i < others->len; i++)
    {
      Build *other = others->pdata[i];

      if (other == target)
        continue;

      kv_rich_text_append_rich (target->question, other->question);
      g_array_append_vals (target->numbers, other->numbers->data, other->numbers->len);
      self->items->pdata[other->index] = NULL;
      build_free (other);
    }
}

static Build *
answer_group (KvPublication *self,
              GArray        *set)
{
  g_autoptr (GPtrArray) group = g_ptr_array_new ();
  Build *target = NULL;

  for (guint i = 0; i < set->len; i++)
    {
      Build *build = g_hash_table_lookup (self->unanswered, GUINT_TO_POINTER (g_array_index (set, guint, i)));

      if (build != NULL && !g_ptr_array_find (group, build, NULL))
        {
          g_ptr_array_add (group, build);
          if (target == NULL || build->index < target->index)
            target = build;
        }
    }

  if (target == NULL)
    return NULL;

  merge_into (self, target, group);
  g_array_append_vals (target->numbers, set->data, set->len);
  kv_uint_array_make_set (target->numbers);

  for (guint i = 0; i < target->numbers->len; i++)
    {
      gpointer key = GUINT_TO_POINTER (g_array_index (target->numbers, guint, i));

      g_hash_table_remove (self->unanswered, key);
      g_hash_table_insert (self->answered, key, target);
    }

  return target;
}

/* "Vraag 4, 5" answered in two parts, "Antwoord 4" and "Antwoord 5":
 * the second part goes to the same item.
 */
static Build *
answered_item (KvPublication *self,
               GArray        *set)
{
  Build *build = g_hash_table_lookup (self->answered, GUINT_TO_POINTER (g_array_index (set, guint, 0)));

  for (guint i = 1; i < set->len && build != NULL; i++)
    if (g_hash_table_lookup (self->answered, GUINT_TO_POINTER (g_array_index (set, guint, i))) != build)
      return NULL;

  return build;
}

/* Starts an answer to the questions with @numbers, or, without numbers,
 * to the question just before it. Returns the rich text to write it into. */
static KvRichText *
begin_answer (KvPublication *self,
              GArray        *numbers)
{
  g_autoptr (GArray) set = g_array_copy (numbers);
  Build *build = NULL;

  kv_uint_array_make_set (set);

  if (set->len == 0)
    {
      Build *last = self->items->len > 0 ? self->items->pdata[self->items->len - 1] : NULL;

      if (last != NULL && last->answer == NULL)
        g_array_append_vals (set, last->numbers->data, last->numbers->len);
    }

  if (set->len > 0)
    build = answer_group (self, set);

  if (build == NULL && set->len > 0)
    build = answered_item (self, set);

  if (build == NULL)
    {
      if (self->n_questions > 0 && set->len == 0)
        kv_document_add_warning (self->doc, _("An answer without a number could not be matched to a question."));
      else if (self->n_questions > 0)
        {
          g_autofree char *list = format_numbers (set);
          g_autofree char *msg = g_strdup_printf (_("No question was found for answer %s."), list);

          kv_document_add_warning (self->doc, msg);
        }
      build = add_build (self, set);
      for (guint i = 0; i < build->numbers->len; i++)
        g_hash_table_insert (self->answered, GUINT_TO_POINTER (g_array_index (build->numbers, guint, i)), build);
    }

  if (build->answer == NULL)
    build->answer = kv_rich_text_new ();

  return build->answer;
}

/* Whether a bare "2." that starts a question or answer is its number:
 * for a question, one after the last; for an answer, an open question's.
 * Otherwise it starts a numbered list, as answers often do. */
static gboolean
is_next_number (KvPublication *self,
                guint          number,
                gboolean       is_answer)
{
  if (is_answer)
    return g_hash_table_contains (self->unanswered, GUINT_TO_POINTER (number));

  return number > self->last_number;
}

/* Without numbers of its own, a question or answer may start with them,
 * "1. Waarom?" or "Antwoord 2: Ja."; they are taken from its text.
 * Returns the length of that label. */
static gsize
take_leading_label (KvPublication *self,
                    GArray        *numbers,
                    KvRichText    *text,
                    gboolean       is_answer)
{
  g_autofree char *plain = NULL;
  KvDutchLabel kind;
  gsize label_len;

  if (numbers->len > 0)
    return 0;

  plain = kv_rich_text_to_plain (text);
  label_len = kv_dutch_parse_label_prefix (plain, &kind, numbers);
  if (label_len > 0 && kind == KV_DUTCH_LABEL_NONE &&
      !is_next_number (self, g_array_index (numbers, guint, 0), is_answer))
    {
      g_array_set_size (numbers, 0);
      return 0;
    }

  return label_len;
}

/**
 * kv_publication_add_question:
 * @self: a #KvPublication
 * @numbers: (element-type guint): the numbers of its label, may be empty
 * @text: the question
 *
 * Adds a question. Without numbers, a label that starts @text gives
 * them; failing that, it takes the number after the last question's.
 */
void
kv_publication_add_question (KvPublication *self,
                             GArray        *numbers,
                             KvRichText    *text)
{
  gsize label_len = take_leading_label (self, numbers, text, FALSE);

  kv_rich_text_append_rich_after (begin_question (self, numbers), text, label_len);
}

/**
 * kv_publication_add_answer:
 * @self: a #KvPublication
 * @numbers: (element-type guint): the numbers of its label, may be empty
 * @text: the answer
 *
 * Adds an answer to the questions with @numbers. Without numbers, a label
 * that starts @text gives them; failing that, it answers the question
 * just before it.
 */
void
kv_publication_add_answer (KvPublication *self,
                           GArray        *numbers,
                           KvRichText    *text)
{
  gsize label_len = take_leading_label (self, numbers, text, TRUE);

  kv_rich_text_append_rich_after (begin_answer (self, numbers), text, label_len);
}

/**
 * kv_publication_add_footnote:
 * @self: a #KvPublication
 * @number: the footnote number
 * @text: the footnote text
 * @urls: (element-type utf8): its web addresses, %NULL-terminated
 *
 * Adds a footnote; a second footnote with the same number is left out
 * with a warning.
 */
void
kv_publication_add_footnote (KvPublication *self,
                             guint          number,
                             KvRichText    *text,
                             GPtrArray     *urls)
{
  g_autoptr (KvFootnote) footnote = NULL;

  g_return_if_fail (number > 0);

  if (!g_hash_table_add (self->defined, GUINT_TO_POINTER (number)))
    {
      g_autofree char *msg = g_strdup_printf (_("Footnote %u is defined more than once; the first text is kept."),
                                              number);

      kv_document_add_warning (self->doc, msg);
      return;
    }

  footnote = kv_footnote_new (number, text, (const char * const *) urls->pdata);
  kv_document_add_footnote (self->doc, footnote);
  self->max_footnote = MAX (self->max_footnote, number);
}

/**
 * kv_publication_next_footnote:
 * @self: a #KvPublication
 *
 * Returns: the number after the highest footnote number so far, for a
 *   footnote that does not state its own
 */
guint
kv_publication_next_footnote (KvPublication *self)
{
  return MIN (self->max_footnote + 1, KV_DUTCH_MAX_NUMBER);
}

void
kv_publication_cite (KvPublication *self,
                     guint          number)
{
  g_hash_table_add (self->cited, GUINT_TO_POINTER (number));
  self->max_cited = MAX (self->max_cited, number);
}

/**
 * kv_publication_has_footnote:
 * @self: a #KvPublication
 * @number: a footnote number
 *
 * Returns: whether a footnote with @number was added
 */
gboolean
kv_publication_has_footnote (KvPublication *self,
                             guint          number)
{
  return g_hash_table_contains (self->defined, GUINT_TO_POINTER (number));
}

/**
 * kv_publication_is_next_citation:
 * @self: a #KvPublication
 * @number: a footnote number
 *
 * Returns: whether @number is a footnote that was added and comes right
 *   after the highest one cited so far: a bare number in the text is
 *   taken for a marker only then
 */
gboolean
kv_publication_is_next_citation (KvPublication *self,
                                 guint          number)
{
  return number == self->max_cited + 1 && kv_publication_has_footnote (self, number);
}

/**
 * kv_publication_add_note:
 * @self: a #KvPublication
 * @kind: Toelichting or Mededeling
 * @text: the note text
 *
 * Adds a note; a Mededeling makes a document without answers a delay
 * notice.
 */
void
kv_publication_add_note (KvPublication *self,
                         KvNoteKind     kind,
                         KvRichText    *text)
{
  g_autoptr (KvNote) note = NULL;

  if (kv_rich_text_is_empty (text))
    return;

  note = kv_note_new (kind, text);
  kv_document_add_note (self->doc, note);
  if (kind == KV_NOTE_KIND_MEDEDELING)
    self->has_mededeling = TRUE;
}

/**
 * kv_publication_add_remark:
 * @self: a #KvPublication
 * @text: the text of a kamervraagopmerking without a title
 *
 * Adds a remark, which is a Toelichting or a Mededeling as the publication
 * is a questions publication or not; that is known once it is read.
 */
void
kv_publication_add_remark (KvPublication *self,
                           KvRichText    *text)
{
  g_ptr_array_add (self->remarks, kv_rich_text_ref (text));
}

/* Whether @word stands in @text as a word of its own, or a phrase. */
static gboolean
has_word (const char *text,
          const char *word)
{
  gsize len = strlen (word);

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + 1, word))
    if ((p == text || !g_ascii_isalpha (p[-1])) && !g_ascii_isalpha (p[len]))
      return TRUE;

  return FALSE;
}

/* In a questions publication (kv-tk-…) a remark explains the questions;
 * in an Aanhangsel (ah-tk-…) it is the Mededeling of a delay notice. Where
 * the publication is not known, its number may tell (an Aanhangsel's, or a
 * Zaak's alone), or else a Mededeling says so by its words: the answer
 * does not come within the term, or as soon as possible. */
static KvNoteKind
remark_kind (KvPublication *self,
             KvRichText    *text)
{
  static const char * const delay_words[] = {
    "termijn", "niet binnen", "zo spoedig mogelijk", "zo snel mogelijk", "ingetrokken",
  };
  const char *publication = kv_document_get_publication (self->doc);
  g_autofree char *plain = NULL;

  if (publication != NULL)
    return g_str_has_prefix (publication, "kv-") ? KV_NOTE_KIND_TOELICHTING : KV_NOTE_KIND_MEDEDELING;
  if (kv_document_get_aanhangsel (self->doc) != NULL)
    return KV_NOTE_KIND_MEDEDELING;
  if (kv_document_get_zaak (self->doc) != NULL)
    return KV_NOTE_KIND_TOELICHTING;

  plain = kv_rich_text_to_plain (text);
  for (guint i = 0; i < G_N_ELEMENTS (delay_words); i++)
    if (has_word (plain, delay_words[i]))
      return KV_NOTE_KIND_MEDEDELING;

  return KV_NOTE_KIND_TOELICHTING;
}

static void
add_remarks (KvPublication *self)
{
  for (guint i = 0; i < self->remarks->len; i++)
    kv_publication_add_note (self, remark_kind (self, self->remarks->pdata[i]), self->remarks->pdata[i]);
}

/**
 * kv_publication_set_kind_hint:
 * @self: a #KvPublication
 * @kind: what a part of the header says the publication is
 *
 * An answers publication repeats the questions' header before its own,
 * so the later kinds win: oral questions over a delay notice over
 * answers over questions. The content has the last word: answers make
 * answers, a Mededeling without answers a delay notice.
 */
void
kv_publication_set_kind_hint (KvPublication  *self,
                              KvDocumentKind  kind)
{
  self->hint = MAX (self->hint, kind);
}

/* Warns about the numbering, unreferenced footnotes and references to
 * footnotes that have no text.
 */
static void
check_footnotes (KvPublication *self)
{
  g_autoptr (GList) cited = NULL;

  _kv_document_check_footnotes (self->doc, self->cited);

  cited = g_hash_table_get_keys (self->cited);
  cited = g_list_sort (cited, (GCompareFunc) compare_pointer_uint);
  for (GList *l = cited; l != NULL; l = l->next)
    if (!g_hash_table_contains (self->defined, l->data))
      {
        g_autofree char *msg = g_strdup_printf (_("Footnote %u is referenced but has no text."),
                                                GPOINTER_TO_UINT (l->data));

        kv_document_add_warning (self->doc, msg);
      }
}

static KvDocumentKind
decide_kind (KvPublication *self,
             gboolean       answered)
{
  if (self->hint == KV_DOCUMENT_KIND_ORAL_QUESTIONS)
    return self->hint;
  if (answered)
    return KV_DOCUMENT_KIND_ANSWERS;
  if (self->has_mededeling || self->hint == KV_DOCUMENT_KIND_DELAY_NOTICE)
    return KV_DOCUMENT_KIND_DELAY_NOTICE;
  if (self->hint != KV_DOCUMENT_KIND_UNKNOWN)
    return self->hint;
  if (self->n_questions > 0)
    return KV_DOCUMENT_KIND_QUESTIONS;
  return KV_DOCUMENT_KIND_UNKNOWN;
}

/* A document that numbers none of its questions, "Vraag" alone in one of
 * a single question, is numbered in order without a word; a question
 * without a number among numbered ones is told. */
static void
warn_unnumbered (KvPublication *self)
{
  if (!self->any_numbered)
    return;

  for (guint i = 0; i < self->unnumbered->len; i++)
    {
      g_autofree char *msg = g_strdup_printf (_("A question without a number was given number %u."),
                                              g_array_index (self->unnumbered, guint, i));

      kv_document_add_warning (self->doc, msg);
    }
}

/**
 * kv_publication_finish:
 * @self: a #KvPublication
 *
 * Adds the items to the document, checks the footnotes and sets the
 * document kind.
 */
void
kv_publication_finish (KvPublication *self)
{
  gboolean answered = FALSE;
  guint n_items = 0;
  KvDocumentKind kind;

  for (guint i = 0; i < self->items->len; i++)
    {
      Build *build = self->items->pdata[i];
      g_autoptr (KvItem) item = NULL;

      if (build == NULL)
        continue;

      item = kv_item_new ((const guint *) build->numbers->data, build->numbers->len, build->question);
      if (build->answer != NULL)
        {
          kv_item_set_answer (item, build->answer);
          answered = TRUE;
        }
      kv_document_add_item (self->doc, item);
      n_items++;
    }

  add_remarks (self);
  warn_unnumbered (self);
  check_footnotes (self);

  kind = decide_kind (self, answered);
  kv_document_set_kind (self->doc, kind);

  if (n_items == 0 && kind != KV_DOCUMENT_KIND_ORAL_QUESTIONS && kind != KV_DOCUMENT_KIND_DELAY_NOTICE)
    kv_document_add_warning (self->doc, _("No questions were found in this document."));
}

/* Text writer */

void
kv_text_writer_init (KvTextWriter *self,
                     KvRichText   *rich,
                     GPtrArray    *urls)
{
  *self = (KvTextWriter) { 0 };
  self->rich = rich;
  self->urls = urls;
  self->next_kind = KV_BLOCK_PARAGRAPH;
  self->scratch = g_string_new (NULL);
}

void
kv_text_writer_clear (KvTextWriter *self)
{
  if (self->scratch != NULL)
    g_string_free (g_steal_pointer (&self->scratch), TRUE);
}

/* The block begins with its first text, so that markup without text
 * (white space between elements) leaves no empty block.
 */
void
kv_text_writer_begin_block (KvTextWriter *self,
                            KvBlockKind   kind)
{
  self->in_block = FALSE;
  self->next_kind = kind;
  self->pending_space = FALSE;
  self->after_marker = FALSE;
}

void
kv_text_writer_end_block (KvTextWriter *self)
{
  kv_text_writer_begin_block (self, KV_BLOCK_PARAGRAPH);
}

static void
open_block (KvTextWriter *self)
{
  if (!self->in_block)
    {
      kv_rich_text_begin_block (self->rich, self->next_kind);
      self->in_block = TRUE;
      self->block_empty = TRUE;
      self->pending_space = FALSE;
    }
  else if (self->pending_space && !self->block_empty)
    kv_rich_text_append_len (self->rich, " ", 1, KV_RUN_STYLE_NONE, NULL, 0);  /* between runs: plain */

  self->pending_space = FALSE;
  self->block_empty = FALSE;
}

static gboolean
is_markup_space (char c)
{
  return c == ' ' || c == '\n' || c == '\t' || c == '\r';
}

static void
add_url (KvTextWriter *self,
         const char   *url)
{
  if (self->urls != NULL && !g_ptr_array_find_with_equal_func (self->urls, url, g_str_equal, NULL))
    g_ptr_array_add (self->urls, g_strdup (url));
}

/* Appends @text; outside a link, a web address written out in it
 * ("CBS, https://www.cbs.nl/…") becomes a link of its own, as in text
 * documents. */
static void
append_linked (KvTextWriter *self,
               const char   *text,
               gsize         len)
{
  const char *end = text + len, *start = text;

  if (self->link != NULL)
    {
      kv_rich_text_append_len (self->rich, text, len, self->style, self->link, 0);
      return;
    }

  for (const char *p = text; p < end;)
    {
      g_autofree char *target = NULL;
      gboolean needs_scheme = FALSE;
      gsize n = 0;

      if (p == text || p[-1] == ' ' || p[-1] == '(')
        n = kv_uri_length_at (p, end, &needs_scheme);
      if (n == 0)
        {
          p++;
          continue;
        }

      if (p > start)
        kv_rich_text_append_len (self->rich, start, (gsize) (p - start), self->style, NULL, 0);
      target = needs_scheme ? g_strdup_printf ("https://%.*s", (int) n, p) : g_strndup (p, n);
      kv_rich_text_append_len (self->rich, p, n, self->style, target, 0);
      add_url (self, target);
      p += n;
      start = p;
    }

  if (end > start)
    kv_rich_text_append_len (self->rich, start, (gsize) (end - start), self->style, NULL, 0);
}

/**
 * kv_text_writer_drop:
 * @self: a #KvTextWriter
 * @prefix: (nullable): text, owned by the caller until it is written
 *
 * Leaves @prefix out of the text that follows, also where the markup
 * splits it ("<nadruk>Toelichting</nadruk>: …"); white space aside, that
 * text must start with it.
 */
void
kv_text_writer_drop (KvTextWriter *self,
                     const char   *prefix)
{
  self->drop = prefix;
}

/* Skips what is left of the prefix to drop at the start of @p. */
static const char *
skip_dropped (KvTextWriter *self,
              const char   *p)
{
  while (self->drop != NULL && *self->drop != '\0' && *p != '\0')
    {
      if (is_markup_space (*p))
        p++;
      else if (*p == *self->drop)
        p++, self->drop++;
      else
        self->drop = NULL;
    }

  if (self->drop != NULL && *self->drop == '\0')
    self->drop = NULL;

  return p;
}

void
kv_text_writer_text (KvTextWriter *self,
                     const char   *text)
{
  const char *p = skip_dropped (self, text);
  gboolean trailing = FALSE;

  while (*p != '\0')
    {
      if (is_markup_space (*p))
        {
          self->pending_space = TRUE;
          while (is_markup_space (*p))
            p++;
          continue;
        }

      g_string_truncate (self->scratch, 0);
      while (*p != '\0' && !trailing)
        {
          const char *word = p;

          while (*p != '\0' && !is_markup_space (*p))
            p++;
          g_string_append_len (self->scratch, word, p - word);

          /* One space inside the run; the last one waits for more text. */
          if (is_markup_space (*p))
            {
              while (is_markup_space (*p))
                p++;
              if (*p != '\0')
                g_string_append_c (self->scratch, ' ');
              else
                trailing = TRUE;
            }
        }

      open_block (self);
      append_linked (self, self->scratch->str, self->scratch->len);
      self->pending_space = trailing;
      self->after_marker = FALSE;
    }
}

void
kv_text_writer_marker (KvTextWriter *self,
                       const char   *label,
                       guint         number)
{
  /* Like text: a space before it only when the markup had one, but
   * none between markers, "?1 2" in HTML.
   */
  if (self->after_marker)
    self->pending_space = FALSE;
  open_block (self);
  kv_rich_text_append (self->rich, label, KV_RUN_STYLE_NONE, NULL, number);
  self->after_marker = TRUE;
}

/**
 * kv_text_writer_set_link:
 * @self: a #KvTextWriter
 * @link: (nullable): the link of the text that follows, owned by the
 *   caller until the link is set again
 *
 * Links other than web and mail addresses are left out.
 *
 * Returns: whether the link was set
 */
gboolean
kv_text_writer_set_link (KvTextWriter *self,
                         const char   *link)
{
  if (link != NULL && !kv_uri_is_web_link (link))
    link = NULL;

  self->link = link;
  if (link != NULL)
    add_url (self, link);

  return link != NULL;
}
