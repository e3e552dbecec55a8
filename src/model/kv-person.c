/* kv-person.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-person.h"

struct _KvPerson
{
  GObject  parent_instance;

  char    *name;
  char    *party;
};

G_DEFINE_FINAL_TYPE (KvPerson, kv_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_PARTY,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

static void
kv_person_finalize (GObject *object)
{
  KvPerson *self = (KvPerson *) object;

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->party, g_free);

  G_OBJECT_CLASS (kv_person_parent_class)->finalize (object);
}

static void
kv_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  KvPerson *self = KV_PERSON (object);

  switch (prop_id)
    {
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_PARTY:
      g_value_set_string (value, self->party);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
kv_person_class_init (KvPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = kv_person_finalize;
  object_class->get_property = kv_person_get_property;

  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_PARTY] =
    g_param_spec_string ("party", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kv_person_init (KvPerson *self)
{
}

KvPerson *
kv_person_new (const char *name,
               const char *party)
{
  KvPerson *self;

  g_return_val_if_fail (name != NULL, NULL);

  self = g_object_new (KV_TYPE_PERSON, NULL);
  self->name = g_strdup (name);
  self->party = g_strdup (party);

  return self;
}

const char *
kv_person_get_name (KvPerson *self)
{
  g_return_val_if_fail (KV_IS_PERSON (self), NULL);

  return self->name;
}

/**
 * kv_person_get_party:
 * @self: a #KvPerson
 *
 * Returns: (nullable): the party as written, e.g. "GroenLinks-PvdA"
 */
const char *
kv_person_get_party (KvPerson *self)
{
  g_return_val_if_fail (KV_IS_PERSON (self), NULL);

  return self->party;
}

void
kv_person_set_party (KvPerson   *self,
                     const char *party)
{
  g_return_if_fail (KV_IS_PERSON (self));

  if (g_set_str (&self->party, party))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PARTY]);
}
