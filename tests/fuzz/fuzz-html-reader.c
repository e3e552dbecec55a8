/* fuzz-html-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes through the Officiële Bekendmakingen HTML
 * reader directly, so that every input reaches libxml2's HTML parser
 * and the tree walk, not only those the loader recognises as HTML. The
 * reader takes UTF-8, as the loader gives it. A document that loads must
 * export, and its export must load again and export to the same text.
 */

#include "config.h"

#include <string.h>

#include "kv-model.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, (gssize) size);
  g_autoptr (KvDocument) doc = kv_html_reader_read (text, strlen (text), NULL);
  g_autofree char *json = NULL;
  g_autoptr (GBytes) json_bytes = NULL;
  g_autoptr (KvDocument) again = NULL;
  g_autofree char *json_again = NULL;

  if (doc == NULL)
    return 0;

  json = kv_document_to_json (doc);
  json_bytes = g_bytes_new_static (json, strlen (json));
  again = kv_document_load_bytes (json_bytes, NULL);
  g_assert (again != NULL);

  json_again = kv_document_to_json (again);
  g_assert (g_str_equal (json, json_again));

  return 0;
}
