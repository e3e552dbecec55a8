/* kv-markup.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-model.h"

G_BEGIN_DECLS

/* Where a footnote marker sits in a label's text, so that its popover can
 * point at it. */
typedef struct
{
  guint footnote;
  int   text_index;   /* byte offset in the label's text (markup removed) */
} KvMarker;

#define KV_FOOTNOTE_URI_PREFIX "kv-footnote:"
#define KV_MARKER_URI_PREFIX   "kv-marker:"

char     *kv_markup_for_block  (KvRichText *text,
                                KvDocument *document,
                                guint       block,
                                const char *folded_needle,
                                GArray     *markers);

G_END_DECLS
