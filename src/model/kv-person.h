/* kv-person.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define KV_TYPE_PERSON (kv_person_get_type ())

G_DECLARE_FINAL_TYPE (KvPerson, kv_person, KV, PERSON, GObject)

KvPerson   *kv_person_new       (const char *name,
                                 const char *party);
const char *kv_person_get_name  (KvPerson   *self);
const char *kv_person_get_party (KvPerson   *self);
void        kv_person_set_party (KvPerson   *self,
                                 const char *party);

G_END_DECLS
