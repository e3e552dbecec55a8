/* kv-xml-reader.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"

G_BEGIN_DECLS

KvDocument *kv_xml_reader_read (const char  *data,
                                gsize        length,
                                GError     **error);

G_END_DECLS
