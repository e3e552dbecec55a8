/* fuzz-html-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes through the Officiële Bekendmakingen HTML
 * reader directly, so that every input reaches libxml2's HTML parser
 * and the tree walk, not only those the loader recognises as HTML. The
 * reader takes UTF-8, as the loader gives it. The document must survive
 * a round trip (fuzz-round-trip.h).
 */

#include "config.h"

#include "fuzz-round-trip.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_utf8_make_valid ((const char *) data, (gssize) size);
  g_autoptr (KvDocument) doc = kv_html_reader_read (text, strlen (text), NULL);

  if (doc != NULL)
    fuzz_check_round_trip (doc);

  return 0;
}
