/* kv-uri.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

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

static gboolean
has_prefix_ci (const char *p,
               const char *end,
               const char *prefix)
{
  gsize n = strlen (prefix);

  return (gsize) (end - p) >= n && g_ascii_strncasecmp (p, prefix, n) == 0;
}

/**
 * kv_uri_length_at:
 * @p: text
 * @end: the end of @text
 * @needs_scheme: (out): whether the address has no scheme ("www.…"), so
 *   that a link to it needs "https://" in front
 *
 * Finds a web address at @p, if one starts there: "https://…", "http://…",
 * "mailto:…", "www.…". It stops at white space, angle brackets and the
 * byte 0xFF (which starts a footnote marker in the text reader), keeps
 * balanced parentheses, and leaves out punctuation at its end.
 *
 * Returns: the length of the address, or 0
 */
gsize
kv_uri_length_at (const char *p,
                  const char *end,
                  gboolean   *needs_scheme)
{
  const char *q;
  gsize scheme;
  int depth = 0;

  /* Most words starting with h, w or m are not addresses: decide on the
   * second byte before comparing whole prefixes.
   */
  switch (end - p > 1 ? p[1] | 0x20 : 0)
    {
    case 't':
      if (has_prefix_ci (p, end, "https://"))
        scheme = 8;
      else if (has_prefix_ci (p, end, "http://"))
        scheme = 7;
      else
        return 0;
      break;

    case 'a':
      if (!has_prefix_ci (p, end, "mailto:"))
        return 0;
      scheme = 7;
      break;

    case 'w':
      if (!has_prefix_ci (p, end, "www."))
        return 0;
      scheme = 4;
      break;

    default:
      return 0;
    }

  *needs_scheme = scheme == 4;

  for (q = p + scheme; q < end; q++)
    {
      guchar c = (guchar) *q;

      /* 0xFF starts a footnote marker of the text reader. */
      if (c <= ' ' || c == '<' || c == '>' || c == '"' || c == 0xFF)
        break;
      if ((c == 0xC2 && q + 1 < end && ((guchar) q[1] == 0xA0 || (guchar) q[1] == 0xBB)) ||
          (c == 0xE2 && q + 1 < end && (guchar) q[1] == 0x80))
        break;
      if (c == '(')
        depth++;
      else if (c == ')')
        {
          if (depth == 0)
            break;
          depth--;
        }
    }

  while (q > p + scheme && strchr (".,;:!?'", q[-1]) != NULL)
    q--;

  if (q == p + scheme || (scheme == 4 && memchr (p + 4, '.', (gsize) (q - p - 4)) == NULL))
    return 0;

  return (gsize) (q - p);
}
