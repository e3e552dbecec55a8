/* kv-window.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "kv-application.h"
#include "kv-model.h"

G_BEGIN_DECLS

#define KV_TYPE_WINDOW (kv_window_get_type ())

G_DECLARE_FINAL_TYPE (KvWindow, kv_window, KV, WINDOW, AdwApplicationWindow)

KvWindow   *kv_window_new           (KvApplication *app);
void        kv_window_open_file     (KvWindow      *self,
                                     GFile         *file);
void        kv_window_show_document (KvWindow      *self,
                                     GFile         *file,
                                     KvDocument    *document);
void        kv_window_offer_answers (KvWindow      *self,
                                     KvDocument    *answers);
GFile      *kv_window_get_file      (KvWindow      *self);
KvDocument *kv_window_get_document  (KvWindow      *self);

G_END_DECLS
