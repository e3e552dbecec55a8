/* kv-uri.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-uri.h"

/**
 * kv_uri_is_web_link:
 * @uri: (nullable): an address from a document
 *
 * Documents are untrusted: only http, https and mailto addresses may become
 * links; `javascript:`, `file:`, `data:` and the like stay text. Schemes
 * are compared without regard to case, as RFC 3986 says.
 *
 * Returns: whether @uri may be a link
 */
gboolean
kv_uri_is_web_link (const char *uri)
{
  g_autofree char *scheme = NULL;

  if (uri == NULL)
    return FALSE;

  scheme = g_uri_parse_scheme (uri);
  if (scheme == NULL)
    return FALSE;

  return g_ascii_strcasecmp (scheme, "https") == 0 ||
         g_ascii_strcasecmp (scheme, "http") == 0 ||
         g_ascii_strcasecmp (scheme, "mailto") == 0;
}
