/* kv-question-row.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kv-format.h"
#include "kv-question-row.h"
#include "kv-text-line.h"

/* One row of the sidebar: the item's title, the first line of its question,
 * and a mark when it has been answered.
 *
 * Unlike the other widgets, the row builds its children in code: a list
 * makes rows by the dozen before its first frame, and parsing a template
 * for each one cost more than the rest of opening a long document. */
struct _KvQuestionRow
{
  GtkWidget parent_instance;

  KvItem *item;

  /* Children */
  KvTextLine *title_line;
  KvTextLine *excerpt_line;
  GtkWidget  *answered_icon;
};

G_DEFINE_FINAL_TYPE (KvQuestionRow, kv_question_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
attach (KvQuestionRow *self,
        GtkWidget     *child,
        int            column,
        int            row,
        int            row_span)
{
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));
  GtkGridLayoutChild *layout_child;

  gtk_widget_set_parent (child, GTK_WIDGET (self));
  layout_child = GTK_GRID_LAYOUT_CHILD (gtk_layout_manager_get_layout_child (layout, child));
  gtk_grid_layout_child_set_column (layout_child, column);
  gtk_grid_layout_child_set_row (layout_child, row);
  gtk_grid_layout_child_set_row_span (layout_child, row_span);
}

/* Made for the first answered question the row shows: in a document of
 * questions, none are. */
static void
show_answered_mark (KvQuestionRow *self,
                    gboolean       answered)
{
  if (self->answered_icon == NULL)
    {
      if (!answered)
        return;

      self->answered_icon = gtk_image_new_from_icon_name ("mail-replied-symbolic");
      gtk_widget_set_valign (self->answered_icon, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (self->answered_icon, _("Answered"));
      gtk_widget_add_css_class (self->answered_icon, "kv-answered-mark");
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->answered_icon),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _("Answered"),
                                      -1);
      attach (self, self->answered_icon, 1, 0, 2);
    }

  gtk_widget_set_visible (self->answered_icon, answered);
}

static void
update (KvQuestionRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *excerpt = NULL;

  if (self->item == NULL)
    return;

  title = kv_format_item_title (self->item);
  excerpt = kv_format_item_excerpt (self->item);
  kv_text_line_set_text (self->title_line, title);
  kv_text_line_set_text (self->excerpt_line, excerpt);
  show_answered_mark (self, kv_item_get_answer (self->item) != NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, excerpt,
                                  -1);
}

KvItem *
kv_question_row_get_item (KvQuestionRow *self)
{
  g_return_val_if_fail (KV_IS_QUESTION_ROW (self), NULL);

  return self->item;
}

void
kv_question_row_set_item (KvQuestionRow *self,
                          KvItem        *item)
{
  g_return_if_fail (KV_IS_QUESTION_ROW (self));
  g_return_if_fail (item == NULL || KV_IS_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_set_object (&self->item, item);

  /* An answer can arrive later, from an answers document. */
  if (item != NULL)
    g_signal_connect_object (item, "notify::answer", G_CALLBACK (update), self, G_CONNECT_SWAPPED);

  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ITEM]);
}

static void
kv_question_row_dispose (GObject *object)
{
  KvQuestionRow *self = (KvQuestionRow *) object;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->title_line = NULL;
  self->excerpt_line = NULL;
  self->answered_icon = NULL;
  if (self->item != NULL)
    g_signal_handlers_disconnect_by_data (self->item, self);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (kv_question_row_parent_class)->dispose (object);
}

static void
kv_question_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  KvQuestionRow *self = KV_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      g_value_set_object (value, self->item);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_question_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  KvQuestionRow *self = KV_QUESTION_ROW (object);

  switch (prop_id)
    {
    case PROP_ITEM:
      kv_question_row_set_item (self, g_value_get_object (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_question_row_class_init (KvQuestionRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = kv_question_row_dispose;
  object_class->get_property = kv_question_row_get_property;
  object_class->set_property = kv_question_row_set_property;

  properties[PROP_ITEM] =
    g_param_spec_object ("item", NULL, NULL,
                         KV_TYPE_ITEM,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A grid rather than boxes: the title over the excerpt, the answered
   * mark beside both. Every widget less in a row is time saved when a
   * search makes or drops two hundred of them. */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_GRID_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* Both lines are KvTextLines: a list makes its rows by the dozen before
 * its first frame, and these cost the least to make and to measure. */
static KvTextLine *
new_line (const char *css_class)
{
  GtkWidget *line = kv_text_line_new ();

  gtk_widget_set_hexpand (line, TRUE);
  gtk_widget_add_css_class (line, css_class);

  return KV_TEXT_LINE (line);
}

static void
kv_question_row_init (KvQuestionRow *self)
{
  GtkGridLayout *layout = GTK_GRID_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self)));

  gtk_grid_layout_set_row_spacing (layout, 2);
  gtk_grid_layout_set_column_spacing (layout, 6);
  gtk_widget_set_margin_top (GTK_WIDGET (self), 6);
  gtk_widget_set_margin_bottom (GTK_WIDGET (self), 6);

  self->title_line = new_line ("heading");
  self->excerpt_line = new_line ("kv-row-excerpt");
  gtk_widget_add_css_class (GTK_WIDGET (self->excerpt_line), "dim-label");
  attach (self, GTK_WIDGET (self->title_line), 0, 0, 1);
  attach (self, GTK_WIDGET (self->excerpt_line), 0, 1, 1);
}

/**
 * kv_question_row_new:
 *
 * Returns: (transfer floating): a row for the sidebar; give it an item with
 *   kv_question_row_set_item().
 */
GtkWidget *
kv_question_row_new (void)
{
  return g_object_new (KV_TYPE_QUESTION_ROW, NULL);
}
