/* kv-document-private.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"

G_BEGIN_DECLS

void _kv_item_set_document (KvItem     *self,
                            KvDocument *document);
void _kv_document_check_footnotes (KvDocument *self,
                                   GHashTable *cited);

G_END_DECLS
