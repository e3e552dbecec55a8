/* kv-format.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-model.h"

G_BEGIN_DECLS

char *kv_format_item_title    (KvItem     *item);
char *kv_format_item_excerpt  (KvItem     *item);
char *kv_format_date          (const char *iso_date);
char *kv_format_answer_due    (const char *iso_submitted);
char *kv_format_askers        (KvDocument *document);
char *kv_format_item_for_copy (KvDocument *document,
                               KvItem     *item);

G_END_DECLS
