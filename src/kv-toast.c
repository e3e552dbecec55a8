/* kv-toast.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-toast.h"

/**
 * kv_toast_show:
 * @widget: a widget inside an #AdwToastOverlay
 * @title: what to say, as plain text
 *
 * Shows a toast in the overlay around @widget. Toast titles are markup by
 * default, and ours carry file names and messages that quote documents, so
 * they are always plain text here.
 */
void
kv_toast_show (GtkWidget  *widget,
               const char *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  toast = adw_toast_new (title);
  adw_toast_set_use_markup (toast, FALSE);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}
