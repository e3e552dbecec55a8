/* kv-json-format.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"

G_BEGIN_DECLS

#define KV_JSON_FORMAT_NAME    "kamervragen"
#define KV_JSON_FORMAT_VERSION 1

char       *kv_document_to_json (KvDocument  *self);
KvDocument *kv_json_format_read (const char  *text,
                                 gsize        length,
                                 GError     **error);

G_END_DECLS
