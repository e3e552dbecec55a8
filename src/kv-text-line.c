/* kv-text-line.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-text-line.h"

/* One line of plain text, cut with an ellipsis where it does not fit: the
 * title and the excerpt of a row in the sidebar.
 *
 * A GtkLabel lays its whole text out to learn its natural width, and a
 * GtkInscription makes its layout, and with it a style, as soon as it is
 * made, before it is in a window. A list makes rows by the dozen before its
 * first frame, so this line does neither: its height is that of a line of
 * its font, it asks for no width, and its text is laid out when it is first
 * drawn. Its font and colour come from CSS, as a label's do; the other
 * text properties a label takes from CSS (letter spacing, decoration),
 * which the rows do not use, are not applied. */
struct _KvTextLine
{
  GtkWidget parent_instance;

  char        *text;
  PangoLayout *layout;
};

G_DEFINE_FINAL_TYPE (KvTextLine, kv_text_line, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/**
 * kv_text_line_new:
 *
 * Returns: (transfer floating): an empty line
 */
GtkWidget *
kv_text_line_new (void)
{
  return g_object_new (KV_TYPE_TEXT_LINE, NULL);
}

const char *
kv_text_line_get_text (KvTextLine *self)
{
  g_return_val_if_fail (KV_IS_TEXT_LINE (self), NULL);

  return self->text;
}

void
kv_text_line_set_text (KvTextLine *self,
                       const char *text)
{
  g_return_if_fail (KV_IS_TEXT_LINE (self));

  if (!g_set_str (&self->text, text))
    return;

  if (self->layout != NULL)
    pango_layout_set_text (self->layout, text != NULL ? text : "", -1);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text,
                                  -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/* The layout follows the widget's Pango context, which GTK updates when the
 * font changes. */
static PangoLayout *
ensure_layout (KvTextLine *self)
{
  if (self->layout == NULL)
    {
      self->layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), self->text);
      pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (self->layout, TRUE);
    }

  return self->layout;
}

static void
kv_text_line_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  g_autoptr(PangoLayout) empty_line = NULL;
  int height;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = *natural = 0;
      return;
    }

  /* An empty layout is one line high in the widget's font. */
  empty_line = gtk_widget_create_pango_layout (widget, NULL);
  pango_layout_get_pixel_size (empty_line, NULL, &height);
  *minimum = *natural = height;
  *minimum_baseline = *natural_baseline = pango_layout_get_baseline (empty_line) / PANGO_SCALE;
}

static void
kv_text_line_snapshot (GtkWidget   *widget,
                       GtkSnapshot *snapshot)
{
  KvTextLine *self = KV_TEXT_LINE (widget);
  PangoLayout *layout;
  GdkRGBA color;

  if (self->text == NULL || *self->text == '\0')
    return;

  layout = ensure_layout (self);
  pango_layout_set_width (layout, gtk_widget_get_width (widget) * PANGO_SCALE);
  gtk_widget_get_color (widget, &color);
  gtk_snapshot_append_layout (snapshot, layout, &color);
}

static void
kv_text_line_finalize (GObject *object)
{
  KvTextLine *self = (KvTextLine *) object;

  g_clear_object (&self->layout);
  g_clear_pointer (&self->text, g_free);

  G_OBJECT_CLASS (kv_text_line_parent_class)->finalize (object);
}

static void
kv_text_line_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  KvTextLine *self = KV_TEXT_LINE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_text_line_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  KvTextLine *self = KV_TEXT_LINE (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      kv_text_line_set_text (self, g_value_get_string (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_text_line_class_init (KvTextLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = kv_text_line_finalize;
  object_class->get_property = kv_text_line_get_property;
  object_class->set_property = kv_text_line_set_property;

  widget_class->measure = kv_text_line_measure;
  widget_class->snapshot = kv_text_line_snapshot;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL,
                         NULL,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Styled as the label it stands in for. */
  gtk_widget_class_set_css_name (widget_class, "label");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
kv_text_line_init (KvTextLine *self)
{
}
