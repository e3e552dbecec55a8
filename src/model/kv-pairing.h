/* kv-pairing.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"

G_BEGIN_DECLS

gboolean kv_document_pair_answers (KvDocument  *questions,
                                   KvDocument  *answers,
                                   GError     **error);

G_END_DECLS
