/* kv-util.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Orders two guint for g_array_sort() and qsort(). */
static inline int
kv_compare_uint (gconstpointer a,
                 gconstpointer b)
{
  guint x = *(const guint *) a;
  guint y = *(const guint *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @numbers, a GArray of guint, and drops repeats: {4, 5, 4} is {4, 5}. */
static inline void
kv_uint_array_make_set (GArray *numbers)
{
  guint kept = 0;

  g_array_sort (numbers, kv_compare_uint);
  for (guint i = 0; i < numbers->len; i++)
    if (kept == 0 || g_array_index (numbers, guint, kept - 1) != g_array_index (numbers, guint, i))
      g_array_index (numbers, guint, kept++) = g_array_index (numbers, guint, i);
  g_array_set_size (numbers, kept);
}

G_END_DECLS
