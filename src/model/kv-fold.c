/* kv-fold.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kv-fold.h"

/**
 * kv_fold_text:
 * @text: UTF-8 text
 *
 * Makes a search key that ignores case and accents, so that "financien"
 * finds "Financiën": the text is decomposed (NFD), combining marks are
 * dropped, the rest is case folded, and every kind of white space
 * (including the no-break spaces of PDF and Word text) becomes one space.
 *
 * Returns: (transfer full): the folded text
 */
char *
kv_fold_text (const char *text)
{
  g_autofree char *decomposed = NULL;
  g_autoptr (GString) stripped = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return g_strdup ("");

  stripped = g_string_sized_new (strlen (decomposed));
  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if ((guchar) *p < 0x80)
        g_string_append_c (stripped, g_ascii_isspace (*p) ? ' ' : *p);
      else if (g_unichar_ismark (c))
        continue;
      else if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
        g_string_append_c (stripped, ' ');
      else
        g_string_append_unichar (stripped, c);
    }

  return g_utf8_casefold (stripped->str, stripped->len);
}
