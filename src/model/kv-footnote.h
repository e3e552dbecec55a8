/* kv-footnote.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kv-rich-text.h"

G_BEGIN_DECLS

#define KV_TYPE_FOOTNOTE (kv_footnote_get_type ())

G_DECLARE_FINAL_TYPE (KvFootnote, kv_footnote, KV, FOOTNOTE, GObject)

KvFootnote         *kv_footnote_new        (guint        number,
                                            KvRichText  *text,
                                            const char * const *urls);
guint               kv_footnote_get_number (KvFootnote  *self);
KvRichText         *kv_footnote_get_text   (KvFootnote  *self);
const char * const *kv_footnote_get_urls   (KvFootnote  *self);

G_END_DECLS
