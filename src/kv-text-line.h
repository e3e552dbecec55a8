/* kv-text-line.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define KV_TYPE_TEXT_LINE (kv_text_line_get_type ())

G_DECLARE_FINAL_TYPE (KvTextLine, kv_text_line, KV, TEXT_LINE, GtkWidget)

GtkWidget  *kv_text_line_new      (void);
const char *kv_text_line_get_text (KvTextLine *self);
void        kv_text_line_set_text (KvTextLine *self,
                                   const char *text);

G_END_DECLS
