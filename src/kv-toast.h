/* kv-toast.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void kv_toast_show (GtkWidget  *widget,
                    const char *title);

G_END_DECLS
