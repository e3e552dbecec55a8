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

/* One row of the sidebar: the item's title, the first line of its question,
 * and a mark when it has been answered. */
struct _KvQuestionRow
{
  GtkWidget parent_instance;

  KvItem *item;

  /* Template widgets */
  GtkWidget *text_box;
  GtkLabel *title_label;
  GtkLabel *excerpt_label;
  GtkImage *answered_icon;
};

G_DEFINE_FINAL_TYPE (KvQuestionRow, kv_question_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_ITEM,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update (KvQuestionRow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *excerpt = NULL;

  if (self->item == NULL)
    return;

  title = kv_format_item_title (self->item);
  excerpt = kv_format_item_excerpt (self->item);
  gtk_label_set_text (self->title_label, title);
  gtk_label_set_text (self->excerpt_label, excerpt);
  gtk_widget_set_visible (GTK_WIDGET (self->answered_icon), kv_item_get_answer (self->item) != NULL);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), KV_TYPE_QUESTION_ROW);
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

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE_PATH "/ui/kv-question-row.ui");
  gtk_widget_class_bind_template_child (widget_class, KvQuestionRow, text_box);
  gtk_widget_class_bind_template_child (widget_class, KvQuestionRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, KvQuestionRow, excerpt_label);
  gtk_widget_class_bind_template_child (widget_class, KvQuestionRow, answered_icon);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
kv_question_row_init (KvQuestionRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
