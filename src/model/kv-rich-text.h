/* kv-rich-text.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  KV_RUN_STYLE_NONE   = 0,
  KV_RUN_STYLE_BOLD   = 1 << 0,
  KV_RUN_STYLE_ITALIC = 1 << 1,
} KvRunStyle;

typedef enum
{
  KV_BLOCK_PARAGRAPH,
  KV_BLOCK_LIST_ITEM,
  KV_BLOCK_HEADING,
} KvBlockKind;

typedef struct
{
  const char *text;
  KvRunStyle  style;
  const char *link;      /* http(s) or mailto URL, or NULL */
  guint       footnote;  /* > 0: footnote marker, text is its label */
} KvRun;

typedef struct _KvRichText KvRichText;

#define KV_TYPE_RICH_TEXT (kv_rich_text_get_type ())

GType        kv_rich_text_get_type       (void) G_GNUC_CONST;
KvRichText  *kv_rich_text_new            (void);
KvRichText  *kv_rich_text_new_plain      (const char  *text);
KvRichText  *kv_rich_text_ref            (KvRichText  *self);
void         kv_rich_text_unref          (KvRichText  *self);
void         kv_rich_text_begin_block    (KvRichText  *self,
                                          KvBlockKind  kind);
void         kv_rich_text_append         (KvRichText  *self,
                                          const char  *text,
                                          KvRunStyle   style,
                                          const char  *link,
                                          guint        footnote);
void         kv_rich_text_append_len     (KvRichText  *self,
                                          const char  *text,
                                          gsize        len,
                                          KvRunStyle   style,
                                          const char  *link,
                                          guint        footnote);
void         kv_rich_text_append_rich    (KvRichText  *self,
                                          KvRichText  *other);
void         kv_rich_text_append_rich_after (KvRichText *self,
                                             KvRichText *other,
                                             gsize       skip);
gboolean     kv_rich_text_is_empty       (KvRichText  *self);
guint        kv_rich_text_get_n_blocks   (KvRichText  *self);
KvBlockKind  kv_rich_text_get_block_kind (KvRichText  *self,
                                          guint        block);
guint        kv_rich_text_get_n_runs     (KvRichText  *self,
                                          guint        block);
const KvRun *kv_rich_text_get_run        (KvRichText  *self,
                                          guint        block,
                                          guint        run);
char        *kv_rich_text_to_plain       (KvRichText  *self);
gboolean     kv_rich_text_equal          (KvRichText  *a,
                                          KvRichText  *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KvRichText, kv_rich_text_unref)

G_END_DECLS
