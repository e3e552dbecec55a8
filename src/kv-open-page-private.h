/* kv-open-page-private.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-open-page.h"

G_BEGIN_DECLS

/* What a window shows when it has no document: an invitation to open one,
 * or why the last one could not be opened, with the documents opened
 * lately. */
struct _KvOpenPage
{
  AdwBin parent_instance;

  /* Template widgets */
  GtkMenuButton *menu_button;
  AdwStatusPage *status_page;
  GtkButton     *open_button;
  GtkWidget     *recent_clamp;
  GtkListBox    *recent_list;
};

G_END_DECLS
