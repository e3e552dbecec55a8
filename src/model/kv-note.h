/* kv-note.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kv-rich-text.h"

G_BEGIN_DECLS

typedef enum
{
  KV_NOTE_KIND_TOELICHTING,
  KV_NOTE_KIND_MEDEDELING,
} KvNoteKind;

#define KV_TYPE_NOTE (kv_note_get_type ())

G_DECLARE_FINAL_TYPE (KvNote, kv_note, KV, NOTE, GObject)

KvNote     *kv_note_new      (KvNoteKind  kind,
                              KvRichText *text);
KvNoteKind  kv_note_get_kind (KvNote     *self);
KvRichText *kv_note_get_text (KvNote     *self);

G_END_DECLS
