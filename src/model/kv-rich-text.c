/* kv-rich-text.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kv-rich-text.h"

typedef struct
{
  KvBlockKind  kind;
  GArray      *runs;   /* of KvRun, strings owned */
} Block;

struct _KvRichText
{
  gatomicrefcount  ref_count;
  GArray          *blocks;   /* of Block */
};

G_DEFINE_BOXED_TYPE (KvRichText, kv_rich_text, kv_rich_text_ref, kv_rich_text_unref)

static void
clear_run (gpointer data)
{
  KvRun *run = data;

  g_free ((char *) run->text);
  g_free ((char *) run->link);
}

static void
clear_block (gpointer data)
{
  Block *block = data;

  g_clear_pointer (&block->runs, g_array_unref);
}

KvRichText *
kv_rich_text_new (void)
{
  KvRichText *self = g_new0 (KvRichText, 1);

  g_atomic_ref_count_init (&self->ref_count);
  self->blocks = g_array_new (FALSE, FALSE, sizeof (Block));
  g_array_set_clear_func (self->blocks, clear_block);

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
      g_array_unref (self->blocks);
      g_free (self);
    }
}

void
kv_rich_text_begin_block (KvRichText  *self,
                          KvBlockKind  kind)
{
  Block block = { kind, g_array_new (FALSE, FALSE, sizeof (KvRun)) };

  g_return_if_fail (self != NULL);

  g_array_set_clear_func (block.runs, clear_run);
  g_array_append_val (self->blocks, block);
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
  Block *block;
  KvRun run;

  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL);

  if (len == 0 && footnote == 0)
    return;

  if (self->blocks->len == 0)
    kv_rich_text_begin_block (self, KV_BLOCK_PARAGRAPH);

  block = &g_array_index (self->blocks, Block, self->blocks->len - 1);

  if (block->runs->len > 0)
    {
      KvRun *last = &g_array_index (block->runs, KvRun, block->runs->len - 1);

      if (can_merge (last, style, link, footnote))
        {
          gsize old_len = strlen (last->text);
          char *merged = g_realloc ((char *) last->text, old_len + len + 1);

          memcpy (merged + old_len, text, len);
          merged[old_len + len] = '\0';
          last->text = merged;
          return;
        }
    }

  run.text = g_strndup (text, len);
  run.style = style;
  run.link = g_strdup (link);
  run.footnote = footnote;
  g_array_append_val (block->runs, run);
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
  g_return_if_fail (self != NULL);
  g_return_if_fail (other != NULL && other != self);

  for (guint b = 0; b < other->blocks->len; b++)
    {
      const Block *block = &g_array_index (other->blocks, Block, b);

      kv_rich_text_begin_block (self, block->kind);
      for (guint r = 0; r < block->runs->len; r++)
        {
          const KvRun *run = &g_array_index (block->runs, KvRun, r);

          kv_rich_text_append (self, run->text, run->style, run->link, run->footnote);
        }
    }
}

gboolean
kv_rich_text_is_empty (KvRichText *self)
{
  g_return_val_if_fail (self != NULL, TRUE);

  for (guint b = 0; b < self->blocks->len; b++)
    if (g_array_index (self->blocks, Block, b).runs->len > 0)
      return FALSE;

  return TRUE;
}

guint
kv_rich_text_get_n_blocks (KvRichText *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->blocks->len;
}

KvBlockKind
kv_rich_text_get_block_kind (KvRichText *self,
                             guint       block)
{
  g_return_val_if_fail (self != NULL, KV_BLOCK_PARAGRAPH);
  g_return_val_if_fail (block < self->blocks->len, KV_BLOCK_PARAGRAPH);

  return g_array_index (self->blocks, Block, block).kind;
}

guint
kv_rich_text_get_n_runs (KvRichText *self,
                         guint       block)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (block < self->blocks->len, 0);

  return g_array_index (self->blocks, Block, block).runs->len;
}

const KvRun *
kv_rich_text_get_run (KvRichText *self,
                      guint       block,
                      guint       run)
{
  GArray *runs;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (block < self->blocks->len, NULL);

  runs = g_array_index (self->blocks, Block, block).runs;
  g_return_val_if_fail (run < runs->len, NULL);

  return &g_array_index (runs, KvRun, run);
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

  for (guint b = 0; b < self->blocks->len; b++)
    {
      const Block *block = &g_array_index (self->blocks, Block, b);
      gboolean has_text = FALSE;

      /* A block that holds only markers adds no empty paragraph. */
      for (guint r = 0; r < block->runs->len && !has_text; r++)
        has_text = g_array_index (block->runs, KvRun, r).footnote == 0;
      if (!has_text)
        continue;

      if (wrote)
        g_string_append (out, "\n\n");
      wrote = TRUE;

      for (guint r = 0; r < block->runs->len; r++)
        {
          const KvRun *run = &g_array_index (block->runs, KvRun, r);

          if (run->footnote == 0)
            g_string_append (out, run->text);
        }
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
  if (a == NULL || b == NULL || a->blocks->len != b->blocks->len)
    return FALSE;

  for (guint i = 0; i < a->blocks->len; i++)
    {
      const Block *ba = &g_array_index (a->blocks, Block, i);
      const Block *bb = &g_array_index (b->blocks, Block, i);

      if (ba->kind != bb->kind || ba->runs->len != bb->runs->len)
        return FALSE;

      for (guint r = 0; r < ba->runs->len; r++)
        if (!run_equal (&g_array_index (ba->runs, KvRun, r), &g_array_index (bb->runs, KvRun, r)))
          return FALSE;
    }

  return TRUE;
}
