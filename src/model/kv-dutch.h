/* kv-dutch.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"

G_BEGIN_DECLS

/* Larger numbers are text ("2024"), not question or footnote numbers. */
#define KV_DUTCH_MAX_NUMBER 99999
/* "Vraag 1 t/m 9999" would make a huge set; real groups are small. */
#define KV_DUTCH_MAX_RANGE 500

typedef enum
{
  KV_DUTCH_LABEL_NONE,
  KV_DUTCH_LABEL_QUESTION,
  KV_DUTCH_LABEL_ANSWER,
} KvDutchLabel;

char         *kv_dutch_normalize_space        (const char *text);
gboolean      kv_dutch_parse_label            (const char   *text,
                                               KvDutchLabel *kind,
                                               GArray       *numbers);
gsize         kv_dutch_parse_label_prefix     (const char   *text,
                                               KvDutchLabel *kind,
                                               GArray       *numbers);
char         *kv_dutch_find_date              (const char *text,
                                               const char *keyword);
gboolean      kv_dutch_is_iso_date            (const char *text);
gboolean      kv_dutch_starts_with_month      (const char *text,
                                               gsize       len);
gboolean      kv_dutch_ends_in_power_base     (const char *text,
                                               gsize       len);
gboolean      kv_dutch_ends_sentence          (const char *text,
                                               gsize       len);
gboolean      kv_dutch_is_zaak_number         (const char *text,
                                               gsize       len);
const char   *kv_dutch_note_title             (const char *text,
                                               KvNoteKind *kind,
                                               gboolean   *alone);
void          kv_dutch_take_meta              (KvDocument *doc,
                                               const char *name,
                                               const char *value);
void          kv_dutch_read_question_header   (KvDocument *doc,
                                               const char *text);
void          kv_dutch_fold_date_words        (char       *text);
gboolean      kv_dutch_is_answer_header       (const char *text);
void          kv_dutch_read_answer_header     (KvDocument *doc,
                                               const char *text);
gboolean      kv_dutch_read_title             (KvDocument *doc,
                                               const char *text);
void          kv_dutch_read_delay_notice      (KvDocument *doc,
                                               const char *text);

G_END_DECLS
