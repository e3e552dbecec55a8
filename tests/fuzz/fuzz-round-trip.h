/* fuzz-round-trip.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include "kv-model.h"

/* What every reader's target checks: a document that was read must
 * export, and its export must load again and export to the same text.
 */
static inline void
fuzz_check_round_trip (KvDocument *doc)
{
  g_autofree char *json = kv_document_to_json (doc);
  g_autoptr (GBytes) json_bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr (KvDocument) again = kv_document_load_bytes (json_bytes, NULL);
  g_autofree char *json_again = NULL;

  g_assert (again != NULL);

  json_again = kv_document_to_json (again);
  g_assert (g_str_equal (json, json_again));
}
