/* kv-fold.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "kv-fold.h"

/* Folds one character that is not ASCII: its decomposition, without the
 * combining marks, case folded. Decomposing character by character gives
 * what decomposing the whole text would, as marks are dropped anyway. */
static void
append_folded_char (GString  *folded,
                    gunichar  c)
{
  char utf8[8];
  g_autofree char *decomposed = NULL;

  if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F)
    {
      g_string_append_c (folded, ' ');
      return;
    }

  decomposed = g_utf8_normalize (utf8, g_unichar_to_utf8 (c, utf8), G_NORMALIZE_NFD);
  if (decomposed == NULL)
    return;

  for (const char *p = decomposed; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar part = g_utf8_get_char (p);
      g_autofree char *case_folded = NULL;

      if (g_unichar_ismark (part))
        continue;

      case_folded = g_utf8_casefold (p, g_utf8_next_char (p) - p);
      g_string_append (folded, case_folded);
    }
}

/**
 * kv_fold_text:
 * @text: UTF-8 text
 *
 * Makes a search key that ignores case and accents, so that "financien"
 * finds "Financiën": the text is decomposed (NFD), combining marks are
 * dropped, the rest is case folded, and every white space character
 * (including the no-break spaces of PDF and Word text) becomes a space.
 * Each character folds on its own, so a match in the key maps back onto
 * whole characters of the text.
 *
 * Returns: (transfer full): the folded text
 */
char *
kv_fold_text (const char *text)
{
  GString *folded;
  const char *p = text;

  g_return_val_if_fail (text != NULL, NULL);

  folded = g_string_sized_new (strlen (text));
  while (*p != '\0')
    {
      const char *ascii_end = p;
      gunichar c;

      /* Most of a Dutch text is ASCII, which folds byte by byte; only the
       * other characters need Unicode's tables. */
      while (*ascii_end != '\0' && (guchar) *ascii_end < 0x80)
        ascii_end++;
      if (ascii_end > p)
        {
          gsize start = folded->len;

          g_string_set_size (folded, start + (ascii_end - p));
          for (char *out = folded->str + start; p < ascii_end; p++, out++)
            *out = g_ascii_isspace (*p) ? ' ' : g_ascii_tolower (*p);
          continue;
        }

      c = g_utf8_get_char_validated (p, -1);
      if (c == (gunichar) -1 || c == (gunichar) -2)
        break;

      append_folded_char (folded, c);
      p = g_utf8_next_char (p);
    }

  return g_string_free (folded, FALSE);
}
