/* kv-note.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-model-enums.h"
#include "kv-note.h"

/* An extra block of a document that is not a question: the
 * "Toelichting" of the askers or the "Mededeling" of a delay notice.
 */
struct _KvNote
{
  GObject     parent_instance;

  KvNoteKind  kind;
  KvRichText *text;
};

G_DEFINE_FINAL_TYPE (KvNote, kv_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TEXT,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
kv_note_finalize (GObject *object)
{
  KvNote *self = (KvNote *) object;

  g_clear_pointer (&self->text, kv_rich_text_unref);

  G_OBJECT_CLASS (kv_note_parent_class)->finalize (object);
}

static void
kv_note_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  KvNote *self = KV_NOTE (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_TEXT:
      g_value_set_boxed (value, self->text);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_note_class_init (KvNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kv_note_finalize;
  object_class->get_property = kv_note_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KV_TYPE_NOTE_KIND, KV_NOTE_KIND_TOELICHTING,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_TEXT] =
    g_param_spec_boxed ("text", NULL, NULL, KV_TYPE_RICH_TEXT,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kv_note_init (KvNote *self)
{
}

KvNote *
kv_note_new (KvNoteKind  kind,
             KvRichText *text)
{
  KvNote *self;

  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (KV_TYPE_NOTE, NULL);
  self->kind = kind;
  self->text = kv_rich_text_ref (text);

  return self;
}

KvNoteKind
kv_note_get_kind (KvNote *self)
{
  g_return_val_if_fail (KV_IS_NOTE (self), KV_NOTE_KIND_TOELICHTING);

  return self->kind;
}

/**
 * kv_note_get_text:
 * @self: a #KvNote
 *
 * Returns: (transfer none): the text of the note
 */
KvRichText *
kv_note_get_text (KvNote *self)
{
  g_return_val_if_fail (KV_IS_NOTE (self), NULL);

  return self->text;
}
