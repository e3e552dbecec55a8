/* fuzz-text-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* libFuzzer target: any bytes through the loader, as a user's file would
 * go. The document must survive a round trip (fuzz-round-trip.h).
 */

#include "config.h"

#include "fuzz-round-trip.h"

int LLVMFuzzerTestOneInput (const guint8 *data,
                            size_t        size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, NULL);

  if (doc != NULL)
    fuzz_check_round_trip (doc);

  return 0;
}
