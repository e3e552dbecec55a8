/* fuzz-xml-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes through the Officiële Bekendmakingen XML
 * reader directly, so that every input reaches libxml2 and the tree
 * walk, not only those the loader recognises as XML. The document must
 * survive a round trip (fuzz-round-trip.h).
 */

#include "config.h"

#include "fuzz-round-trip.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (KvDocument) doc = kv_xml_reader_read ((const char *) data, size, NULL);

  if (doc != NULL)
    fuzz_check_round_trip (doc);

  return 0;
}
