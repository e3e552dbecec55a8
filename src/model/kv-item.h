/* kv-item.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "kv-rich-text.h"

G_BEGIN_DECLS

#define KV_TYPE_ITEM (kv_item_get_type ())

G_DECLARE_FINAL_TYPE (KvItem, kv_item, KV, ITEM, GObject)

KvItem             *kv_item_new             (const guint        *numbers,
                                             guint               n_numbers,
                                             KvRichText         *question);
const guint        *kv_item_get_numbers     (KvItem             *self,
                                             guint              *n_numbers);
gboolean            kv_item_has_numbers     (KvItem             *self,
                                             const guint        *numbers,
                                             guint               n_numbers);
KvRichText         *kv_item_get_question    (KvItem             *self);
KvRichText         *kv_item_get_answer      (KvItem             *self);
void                kv_item_set_answer      (KvItem             *self,
                                             KvRichText         *answer);
const char * const *kv_item_get_answered_by (KvItem             *self);
void                kv_item_set_answered_by (KvItem             *self,
                                             const char * const *answered_by);
const char         *kv_item_get_received    (KvItem             *self);
void                kv_item_set_received    (KvItem             *self,
                                             const char         *iso_date);
const guint        *kv_item_get_footnotes   (KvItem             *self,
                                             guint              *n_footnotes);
void                kv_item_set_footnotes   (KvItem             *self,
                                             const guint        *footnotes,
                                             guint               n_footnotes);
void                kv_item_prepare_search  (KvItem             *self);
gboolean            kv_item_matches         (KvItem             *self,
                                             const char         *folded_needle);

G_END_DECLS
