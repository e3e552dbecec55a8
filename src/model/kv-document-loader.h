/* kv-document-loader.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "kv-document.h"

G_BEGIN_DECLS

/* Files above this size are refused before they are read. */
#define KV_DOCUMENT_MAX_SIZE (64 * 1024 * 1024)

#define KV_DOCUMENT_ERROR (kv_document_error_quark ())

typedef enum
{
  KV_DOCUMENT_ERROR_TOO_LARGE,
  KV_DOCUMENT_ERROR_UNSUPPORTED,
  KV_DOCUMENT_ERROR_EMPTY,
  KV_DOCUMENT_ERROR_INVALID,
} KvDocumentError;

GQuark      kv_document_error_quark      (void);

KvDocument *kv_document_load_bytes       (GBytes               *bytes,
                                          GError              **error);
KvDocument *kv_document_load_file        (GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);
void        kv_document_load_file_async  (GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
KvDocument *kv_document_load_file_finish (GAsyncResult         *result,
                                          GError              **error);

G_END_DECLS
