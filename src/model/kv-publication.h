/* kv-publication.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"

G_BEGIN_DECLS

/* What the XML and HTML readers share: they walk their trees and hand
 * questions, answers, footnotes and notes to a KvPublication, which
 * groups them into items and finishes the document.
 */
typedef struct _KvPublication KvPublication;

KvPublication *kv_publication_new             (KvDocument    *doc);
void           kv_publication_free            (KvPublication *self);
void           kv_publication_add_question    (KvPublication *self,
                                               GArray        *numbers,
                                               KvRichText    *text);
void           kv_publication_add_answer      (KvPublication *self,
                                               GArray        *numbers,
                                               KvRichText    *text);
void           kv_publication_add_footnote    (KvPublication *self,
                                               guint          number,
                                               KvRichText    *text,
                                               GPtrArray     *urls);
guint          kv_publication_next_footnote   (KvPublication *self);
void           kv_publication_cite            (KvPublication *self,
                                               guint          number);
gboolean       kv_publication_has_footnote    (KvPublication *self,
                                               guint          number);
gboolean       kv_publication_is_next_citation (KvPublication *self,
                                                guint          number);
void           kv_publication_add_note        (KvPublication *self,
                                               KvNoteKind     kind,
                                               KvRichText    *text);
void           kv_publication_set_kind_hint   (KvPublication *self,
                                               KvDocumentKind kind);
void           kv_publication_add_remark      (KvPublication *self,
                                               KvRichText    *text);
void           kv_publication_finish          (KvPublication *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KvPublication, kv_publication_free)

/* Writes markup text into rich text: white space of the markup becomes
 * one space, none at the start or end of a block; blocks begin on
 * demand. Links are only web and mail addresses.
 */
typedef struct
{
  KvRichText *rich;       /* not owned */
  GPtrArray  *urls;       /* not owned, nullable: collects the links */
  KvRunStyle  style;
  const char *link;       /* not owned */
  KvBlockKind next_kind;  /* of the block the next text begins */
  gboolean    in_block;
  gboolean    block_empty;
  gboolean    pending_space;
  gboolean    after_marker;
  const char *drop;       /* not owned, nullable: what to leave out of the text that follows */
  GString    *scratch;
} KvTextWriter;

void      kv_text_writer_init        (KvTextWriter *self,
                                      KvRichText   *rich,
                                      GPtrArray    *urls);
void      kv_text_writer_clear       (KvTextWriter *self);
void      kv_text_writer_begin_block (KvTextWriter *self,
                                      KvBlockKind   kind);
void      kv_text_writer_end_block   (KvTextWriter *self);
void      kv_text_writer_text        (KvTextWriter *self,
                                      const char   *text);
void      kv_text_writer_marker      (KvTextWriter *self,
                                      const char   *label,
                                      guint         number);
gboolean  kv_text_writer_set_link    (KvTextWriter *self,
                                      const char   *link);
void      kv_text_writer_drop        (KvTextWriter *self,
                                      const char   *prefix);

G_END_DECLS
