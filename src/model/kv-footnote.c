/* kv-footnote.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-footnote.h"

struct _KvFootnote
{
  GObject     parent_instance;

  guint       number;
  KvRichText *text;
  GStrv       urls;
};

G_DEFINE_FINAL_TYPE (KvFootnote, kv_footnote, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER,
  PROP_TEXT,
  PROP_URLS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
kv_footnote_finalize (GObject *object)
{
  KvFootnote *self = (KvFootnote *) object;

  g_clear_pointer (&self->text, kv_rich_text_unref);
  g_clear_pointer (&self->urls, g_strfreev);

  G_OBJECT_CLASS (kv_footnote_parent_class)->finalize (object);
}

static void
kv_footnote_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KvFootnote *self = KV_FOOTNOTE (object);

  switch (prop_id)
    {
    case PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;

    case PROP_TEXT:
      g_value_set_boxed (value, self->text);
      break;

    case PROP_URLS:
      g_value_set_boxed (value, self->urls);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_footnote_class_init (KvFootnoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kv_footnote_finalize;
  object_class->get_property = kv_footnote_get_property;

  properties[PROP_NUMBER] =
    g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_boxed ("text", NULL, NULL, KV_TYPE_RICH_TEXT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_URLS] =
    g_param_spec_boxed ("urls", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kv_footnote_init (KvFootnote *self)
{
}

/**
 * kv_footnote_new:
 * @number: the footnote number, counted per document
 * @text: the footnote text
 * @urls: (nullable) (array zero-terminated=1): its web addresses
 *
 * Returns: (transfer full): a new #KvFootnote
 */
KvFootnote *
kv_footnote_new (guint               number,
                 KvRichText         *text,
                 const char * const *urls)
{
  KvFootnote *self;

  g_return_val_if_fail (number > 0, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (KV_TYPE_FOOTNOTE, NULL);
  self->number = number;
  self->text = kv_rich_text_ref (text);
  self->urls = urls != NULL ? g_strdupv ((char **) urls) : g_new0 (char *, 1);

  return self;
}

guint
kv_footnote_get_number (KvFootnote *self)
{
  g_return_val_if_fail (KV_IS_FOOTNOTE (self), 0);

  return self->number;
}

/**
 * kv_footnote_get_text:
 * @self: a #KvFootnote
 *
 * Returns: (transfer none): the footnote text
 */
KvRichText *
kv_footnote_get_text (KvFootnote *self)
{
  g_return_val_if_fail (KV_IS_FOOTNOTE (self), NULL);

  return self->text;
}

/**
 * kv_footnote_get_urls:
 * @self: a #KvFootnote
 *
 * Returns: (transfer none) (array zero-terminated=1): the web addresses
 *   in the footnote, never %NULL
 */
const char * const *
kv_footnote_get_urls (KvFootnote *self)
{
  g_return_val_if_fail (KV_IS_FOOTNOTE (self), NULL);

  return (const char * const *) self->urls;
}
