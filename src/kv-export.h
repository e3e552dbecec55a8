/* kv-export.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int kv_export_run (const char         *format,
                   const char * const *paths);

G_END_DECLS
