/* kv-application.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kv-model.h"

G_BEGIN_DECLS

#define KV_TYPE_APPLICATION (kv_application_get_type ())

G_DECLARE_FINAL_TYPE (KvApplication, kv_application, KV, APPLICATION, AdwApplication)

KvApplication *kv_application_new           (void);
void           kv_application_open_file     (KvApplication *self,
                                             GFile         *file);
void           kv_application_show_document (KvApplication *self,
                                             GFile         *file,
                                             KvDocument    *document);

void           kv_application_set_up_main_menu (GtkMenuButton *button);

G_END_DECLS
