/* kv-question-row.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kv-model.h"

G_BEGIN_DECLS

#define KV_TYPE_QUESTION_ROW (kv_question_row_get_type ())

G_DECLARE_FINAL_TYPE (KvQuestionRow, kv_question_row, KV, QUESTION_ROW, GtkWidget)

GtkWidget *kv_question_row_new      (void);
KvItem    *kv_question_row_get_item (KvQuestionRow *self);
void       kv_question_row_set_item (KvQuestionRow *self,
                                     KvItem        *item);

G_END_DECLS
