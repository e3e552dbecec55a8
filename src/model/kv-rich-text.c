/* kv-rich-text.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kv-rich-text.h"

/* All runs of a rich text live in one array and all their strings in one
 * buffer, so that building a paragraph of ten runs costs no allocation
 * per run. The runs' text and link point into that buffer and are moved
 * along when it grows.
 */
typedef struct
{
  KvBlockKind  kind;
  guint        first_run;
} Block;

struct _KvRichText
{
  gatomicrefcount  ref_count;

  Block           *blocks;
  guint            n_blocks;
  gsize            blocks_size;

  KvRun           *runs;
  guint            n_runs;
  gsize            runs_size;

  char            *chars;        /* nul-terminated texts and links */
  gsize            chars_len;
  gsize            chars_size;
};

G_DEFINE_BOXED_TYPE (KvRichText, kv_rich_text, kv_rich_text_ref, kv_rich_text_unref)

/* The size to grow an array of @size elements to for @needed more
 * after @len: doubling keeps appending linear.
 */
static inline gsize
grown_size (gsize len,
            gsize size,
            gsize needed,
            gsize minimum)
{
  return MAX (MAX (size * 2, len + needed), minimum);
}

/* Makes room for @needed more bytes in chars. The buffer is copied by
 * hand rather than reallocated, so that the runs can be moved over
 * while the old one is still valid.
 */
static void
reserve_chars (KvRichText *self,
               gsize       needed)
{
  char *old = self->chars;

  if (self->chars_len + needed <= self->chars_size)
    return;

  self->chars_size = grown_size (self->chars_len, self->chars_size, needed, 256);
  self->chars = g_malloc (self->chars_size);
  if (old == NULL)
    return;

  memcpy (self->chars, old, self->chars_len);
  for (guint r = 0; r < self->n_runs; r++)
    {
      KvRun *run = &self->runs[r];

      run->text = self->chars + (run->text - old);
      if (run->link != NULL)
        run->link = self->chars + (run->link - old);
    }
  g_free (old);
}

/* Copies @len bytes and a nul to the end of chars; returns the copy. */
static const char *
store (KvRichText *self,
       const char *text,
       gsize       len)
{
  char *copy;

  reserve_chars (self, len + 1);
  copy = self->chars + self->chars_len;
  memcpy (copy, text, len);
  copy[len] = '\0';
  self->chars_len += len + 1;

  return copy;
}

static inline guint
block_n_runs (KvRichText *self,
              guint       block)
{
  guint end = block + 1 < self->n_blocks ? self->blocks[block + 1].first_run : self->n_runs;

  return end - self->blocks[block].first_run;
}

KvRichText *
kv_rich_text_new (void)
{
  KvRichText *self = g_new0 (KvRichText, 1);

  g_atomic_ref_count_init (&self->ref_count);

  return self;
}

/**
 * kv_rich_text_new_plain:
 * @text: plain text, paragraphs separated by a blank line
 *
 * Builds rich text without formatting, one paragraph per block.
 *
 * Returns: (transfer full): a new #KvRichText
 */
KvRichText *
kv_rich_text_new_plain (const char *text)
{
  KvRichText *self = kv_rich_text_new ();
  const char *p = text;

  while (p != NULL && *p != '\0')
    {
      const char *end = strstr (p, "\n\n");
      gsize len = end != NULL ? (gsize) (end - p) : strlen (p);

      if (len > 0)
        {
          kv_rich_text_begin_block (self, KV_BLOCK_PARAGRAPH);
          kv_rich_text_append_len (self, p, len, KV_RUN_STYLE_NONE, NULL, 0);
        }

      p = end != NULL ? end + 2 : NULL;
    }

  return self;
}

KvRichText *
kv_rich_text_ref (KvRichText *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
kv_rich_text_unref (KvRichText *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_free (self->blocks);
      g_free (self->runs);
      g_free (self->chars);
      g_free (self);
    }
}

void
kv_rich_text_begin_block (KvRichText  *self,
                          KvBlockKind  kind)
{
  g_return_if_fail (self != NULL);

  if (self->n_blocks == self->blocks_size)
    {
      self->blocks_size = grown_size (self->n_blocks, self->blocks_size, 1, 2);
      self->blocks = g_renew (Block, self->blocks, self->blocks_size);
    }
  self->blocks[self->n_blocks++] = (Block) { kind, self->n_runs };
}

static gboolean
can_merge (const KvRun *last,
           KvRunStyle   style,
           const char  *link,
           guint        footnote)
{
  return last->footnote == 0 && footnote == 0 && last->style == style &&
         last->link == NULL && link == NULL;
}

/**
 * kv_rich_text_append_len:
 * @self: a #KvRichText
 * @text: run text, need not be nul-terminated
 * @len: length of @text in bytes
 * @style: the style of the run
 * @link: (nullable): the link target
 * @footnote: footnote number when the run is a footnote marker, or 0
 *
 * Appends a run to the last block, starting a paragraph when there is
 * none. Adjacent plain runs of the same style are merged.
 */
void
kv_rich_text_append_len (KvRichText *self,
                         const char *text,
                         gsize       len,
                         KvRunStyle  style,
                         const char *link,
                         guint       footnote)
{
  gsize link_len = link != NULL ? strlen (link) + 1 : 0;
  KvRun *run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  if (len == 0 && footnote == 0)
    return;

  if (self->n_blocks == 0)
    kv_rich_text_begin_block (self, KV_BLOCK_PARAGRAPH);

  /* A run without a link, which can_merge() asks for, has the last
   * string of the buffer: extend it over its nul.
   */
  if (block_n_runs (self, self->n_blocks - 1) > 0 &&
      can_merge (&self->runs[self->n_runs - 1], style, link, footnote))
    {
      self->chars_len--;
      store (self, text, len);
      return;
    }

  if (self->n_runs == self->runs_size)
    {
      self->runs_size = grown_size (self->n_runs, self->runs_size, 1, 8);
      self->runs = g_renew (KvRun, self->runs, self->runs_size);
    }

  /* One reservation for both strings: the new run is not yet one that
   * reserve_chars() would move along.
   */
  reserve_chars (self, len + 1 + link_len);
  run = &self->runs[self->n_runs];
  run->text = store (self, text, len);
  run->link = link != NULL ? store (self, link, link_len - 1) : NULL;
  run->style = style;
  run->footnote = footnote;
  self->n_runs++;
}

void
kv_rich_text_append (KvRichText *self,
                     const char *text,
                     KvRunStyle  style,
                     const char *link,
                     guint       footnote)
{
  g_return_if_fail (text != NULL);

  kv_rich_text_append_len (self, text, strlen (text), style, link, footnote);
}

/**
 * kv_rich_text_append_rich:
 * @self: a #KvRichText
 * @other: the rich text to copy
 *
 * Appends copies of all blocks of @other as new blocks of @self.
 */
void
kv_rich_text_append_rich (KvRichText *self,
                          KvRichText *other)
{
  kv_rich_text_append_rich_after (self, other, 0);
}

/**
 * kv_rich_text_append_rich_after:
 * @self: a #KvRichText
 * @other: the rich text to copy
 * @skip: bytes of text to leave out at the start of the first block of
 *   @other, such as a number label that starts it
 *
 * Like kv_rich_text_append_rich(), without the first @skip bytes; a first
 * block that leaves empty is left out.
 */
void
kv_rich_text_append_rich_after (KvRichText *self,
                                KvRichText *other,
                                gsize       skip)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL && other != self);

  for (guint b = 0; b < other->n_blocks; b++)
    {
      guint first = other->blocks[b].first_run;
      gboolean begun = b > 0 || skip == 0;

      if (begun)
        kv_rich_text_begin_block (self, other->blocks[b].kind);

      for (guint r = first; r < first + block_n_runs (other, b); r++)
        {
          const KvRun *run = &other->runs[r];
          const char *text = run->text;

          if (b == 0 && skip > 0 && run->footnote == 0)
            {
              gsize n = MIN (skip, strlen (text));

              text += n;
              skip -= n;
              if (*text == '\0')
                continue;
            }

          if (!begun)
            {
              kv_rich_text_begin_block (self, other->blocks[b].kind);
              begun = TRUE;
            }
          kv_rich_text_append (self, text, run->style, run->link, run->footnote);
        }

      skip = 0;
    }
}

gboolean
kv_rich_text_is_empty (KvRichText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  return self->n_runs == 0;
}

guint
kv_rich_text_get_n_blocks (KvRichText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_blocks;
}

KvBlockKind
kv_rich_text_get_block_kind (KvRichText *self,
                             guint       block)
{
  g_return_val_if_fail (self != NULL, KV_BLOCK_PARAGRAPH);
  g_return_val_if_fail (block < self->n_blocks, KV_BLOCK_PARAGRAPH);

  return self->blocks[block].kind;
}

guint
kv_rich_text_get_n_runs (KvRichText *self,
                         guint       block)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (block < self->n_blocks, 0);

  return block_n_runs (self, block);
}

/**
 * kv_rich_text_get_run:
 * @self: a #KvRichText
 * @block: the block index
 * @run: the run index within @block
 *
 * Returns: (transfer none): the run, valid until @self is changed
 */
const KvRun *
kv_rich_text_get_run (KvRichText *self,
                      guint       block,
                      guint       run)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (block < self->n_blocks, NULL);
  g_return_val_if_fail (run < block_n_runs (self, block), NULL);

  return &self->runs[self->blocks[block].first_run + run];
}

/**
 * kv_rich_text_to_plain:
 * @self: a #KvRichText
 *
 * Flattens the text the way a reader reads it: blocks joined by a blank
 * line, footnote markers left out, link texts kept as written.
 *
 * Returns: (transfer full): the plain text
 */
char *
kv_rich_text_to_plain (KvRichText *self)
{
  GString *out;
  gboolean wrote = FALSE;

  g_return_val_if_fail (self != NULL, NULL);

  out = g_string_new (NULL);

  for (guint b = 0; b < self->n_blocks; b++)
    {
      const KvRun *first = &self->runs[self->blocks[b].first_run];
      const KvRun *end = first + block_n_runs (self, b);
      gboolean has_text = FALSE;

      /* A block that holds only markers adds no empty paragraph. */
      for (const KvRun *run = first; run < end && !has_text; run++)
        has_text = run->footnote == 0;
      if (!has_text)
        continue;

      if (wrote)
        g_string_append (out, "\n\n");
      wrote = TRUE;

      for (const KvRun *run = first; run < end; run++)
        if (run->footnote == 0)
          g_string_append (out, run->text);
    }

  return g_string_free (out, FALSE);
}

static gboolean
run_equal (const KvRun *a,
           const KvRun *b)
{
  return a->style == b->style && a->footnote == b->footnote &&
         g_strcmp0 (a->text, b->text) == 0 && g_strcmp0 (a->link, b->link) == 0;
}

gboolean
kv_rich_text_equal (KvRichText *a,
                    KvRichText *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->n_blocks != b->n_blocks || a->n_runs != b->n_runs)
    return FALSE;

  for (guint i = 0; i < a->n_blocks; i++)
    if (a->blocks[i].kind != b->blocks[i].kind || a->blocks[i].first_run != b->blocks[i].first_run)
      return FALSE;

  for (guint r = 0; r < a->n_runs; r++)
    if (!run_equal (&a->runs[r], &b->runs[r]))
      return FALSE;

  return TRUE;
}
