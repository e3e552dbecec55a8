/* kv-document.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kv-footnote.h"
#include "kv-item.h"
#include "kv-note.h"
#include "kv-person.h"

G_BEGIN_DECLS

typedef enum
{
  KV_DOCUMENT_KIND_UNKNOWN,
  KV_DOCUMENT_KIND_QUESTIONS,
  KV_DOCUMENT_KIND_ANSWERS,
  KV_DOCUMENT_KIND_DELAY_NOTICE,
  KV_DOCUMENT_KIND_ORAL_QUESTIONS,
} KvDocumentKind;

#define KV_TYPE_DOCUMENT (kv_document_get_type ())

G_DECLARE_FINAL_TYPE (KvDocument, kv_document, KV, DOCUMENT, GObject)

KvDocument         *kv_document_new              (void);

KvDocumentKind      kv_document_get_kind         (KvDocument     *self);
const char         *kv_document_get_zaak         (KvDocument     *self);
const char         *kv_document_get_publication  (KvDocument     *self);
const char         *kv_document_get_aanhangsel   (KvDocument     *self);
const char         *kv_document_get_subject      (KvDocument     *self);
const guint        *kv_document_get_subject_footnotes (KvDocument *self,
                                                       guint      *n_numbers);
const char         *kv_document_get_submitted    (KvDocument     *self);
const char         *kv_document_get_received     (KvDocument     *self);
GListModel         *kv_document_get_askers       (KvDocument     *self);
const char * const *kv_document_get_addressees   (KvDocument     *self);
const char * const *kv_document_get_answered_by  (KvDocument     *self);
GListModel         *kv_document_get_items        (KvDocument     *self);
GListModel         *kv_document_get_footnotes    (KvDocument     *self);
KvFootnote         *kv_document_lookup_footnote  (KvDocument     *self,
                                                  guint           number);
GListModel         *kv_document_get_notes        (KvDocument     *self);
const char * const *kv_document_get_warnings     (KvDocument     *self);

/* Builder API, for readers. */
void                kv_document_set_kind         (KvDocument     *self,
                                                  KvDocumentKind  kind);
void                kv_document_set_zaak         (KvDocument     *self,
                                                  const char     *zaak);
void                kv_document_set_publication  (KvDocument     *self,
                                                  const char     *publication);
void                kv_document_set_aanhangsel   (KvDocument     *self,
                                                  const char     *aanhangsel);
void                kv_document_set_subject      (KvDocument     *self,
                                                  const char     *subject);
void                kv_document_cite_in_subject  (KvDocument     *self,
                                                  guint           number);
void                kv_document_set_submitted    (KvDocument     *self,
                                                  const char     *iso_date);
void                kv_document_set_received     (KvDocument     *self,
                                                  const char     *iso_date);
void                kv_document_add_asker        (KvDocument     *self,
                                                  KvPerson       *person);
void                kv_document_add_addressee    (KvDocument     *self,
                                                  const char     *addressee);
void                kv_document_add_answered_by  (KvDocument     *self,
                                                  const char     *who);
void                kv_document_add_item         (KvDocument     *self,
                                                  KvItem         *item);
gboolean            kv_document_add_footnote     (KvDocument     *self,
                                                  KvFootnote     *footnote);
void                kv_document_add_note         (KvDocument     *self,
                                                  KvNote         *note);
void                kv_document_add_warning      (KvDocument     *self,
                                                  const char     *warning);

G_END_DECLS
