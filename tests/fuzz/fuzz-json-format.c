/* fuzz-json-format.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target for the JSON importer: whatever it accepts must
 * export again without trouble.
 */

#include "config.h"

#include "kv-model.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (KvDocument) doc = NULL;
  g_autofree char *json = NULL;

  if (!g_utf8_validate_len ((const char *) data, size, NULL))
    return 0;

  doc = kv_json_format_read ((const char *) data, size, NULL);
  if (doc != NULL)
    json = kv_document_to_json (doc);

  return 0;
}
