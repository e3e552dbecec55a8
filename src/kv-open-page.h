/* kv-open-page.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define KV_TYPE_OPEN_PAGE (kv_open_page_get_type ())

G_DECLARE_FINAL_TYPE (KvOpenPage, kv_open_page, KV, OPEN_PAGE, AdwBin)

GtkWidget *kv_open_page_new         (void);
void       kv_open_page_set_problem (KvOpenPage *self,
                                     const char *title,
                                     const char *description);

G_END_DECLS
