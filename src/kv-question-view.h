/* kv-question-view.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "kv-model.h"

G_BEGIN_DECLS

#define KV_TYPE_QUESTION_VIEW (kv_question_view_get_type ())

G_DECLARE_FINAL_TYPE (KvQuestionView, kv_question_view, KV, QUESTION_VIEW, GtkWidget)

void        kv_question_view_set_document (KvQuestionView *self,
                                           KvDocument     *document);
KvDocument *kv_question_view_get_document (KvQuestionView *self);
void        kv_question_view_set_item     (KvQuestionView *self,
                                           KvItem         *item);
KvItem     *kv_question_view_get_item     (KvQuestionView *self);
void        kv_question_view_set_search   (KvQuestionView *self,
                                           const char     *folded_needle);

G_END_DECLS
