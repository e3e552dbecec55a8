/* kv-window-private.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-open-page.h"
#include "kv-question-view.h"
#include "kv-window.h"

G_BEGIN_DECLS

/* One window shows one document: the list of its items in the sidebar and
 * the selected item in the content pane. Before a document is shown the
 * window offers to open one; when opening fails it says why. */
struct _KvWindow
{
  AdwApplicationWindow parent_instance;

  GSettings          *settings;
  GCancellable       *cancellable;
  GFile              *file;
  KvDocument         *document;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered_items;
  GtkSliceListModel  *first_rows;
  GtkSingleSelection *selection;
  GPtrArray          *spare_rows;
  KvDocument         *offered_answers;
  char               *folded_needle;
  guint               present_timeout;
  guint               prepare_search_idle;
  guint               prepared_items;

  GtkDropTarget          *drop_target;

  /* Made when first shown */
  KvOpenPage             *empty_page;
  KvOpenPage             *error_page;
  GtkWidget              *drop_page;

  /* Template widgets */
  AdwToastOverlay        *toast_overlay;
  GtkOverlay             *overlay;
  GtkStack               *stack;
  AdwNavigationSplitView *split_view;
  GtkMenuButton          *menu_button;
  GtkSearchBar           *search_bar;
  GtkSearchEntry         *search_entry;
  GtkStack               *sidebar_stack;
  GtkListView            *question_list;
  AdwNavigationPage      *content_page;
  AdwWindowTitle         *window_title;
  AdwBanner              *answers_banner;
  AdwBanner              *warnings_banner;
  KvQuestionView         *question_view;
};

void _kv_window_setup_drop_target (KvWindow *self);

G_END_DECLS
