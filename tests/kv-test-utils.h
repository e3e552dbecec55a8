/* kv-test-utils.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-application.h"
#include "kv-window.h"

G_BEGIN_DECLS

KvApplication *kv_test_application_new        (void);
KvWindow      *kv_test_open_document          (KvApplication *app,
                                               const char    *path);
void           kv_test_wait_until             (gboolean     (*done) (gpointer data),
                                               gpointer        data);
GtkLabel      *kv_test_find_label             (GtkWidget     *root,
                                               const char    *text);
char          *kv_test_collect_text           (GtkWidget     *root);

G_END_DECLS
