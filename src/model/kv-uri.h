/* kv-uri.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean kv_uri_is_web_link (const char *uri);
gsize    kv_uri_length_at   (const char *p,
                             const char *end,
                             gboolean   *needs_scheme);

G_END_DECLS
