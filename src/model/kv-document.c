/* kv-document.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "kv-document-private.h"
#include "kv-model-enums.h"
#include "kv-util.h"

/* A Kamervragen document: a set of written questions, the answers to
 * them, a delay notice or oral questions. Readers fill it through the
 * builder functions; afterwards it is only read.
 */
struct _KvDocument
{
  GObject         parent_instance;

  KvDocumentKind  kind;
  char           *zaak;
  char           *publication;
  char           *aanhangsel;
  char           *subject;
  char           *submitted;
  char           *received;

  GListStore     *askers;       /* of KvPerson */
  GPtrArray      *addressees;   /* NULL-terminated strings */
  GPtrArray      *answered_by;
  GListStore     *items;        /* of KvItem */
  GListStore     *footnotes;    /* of KvFootnote, sorted by number */
  GHashTable     *footnote_map; /* number → KvFootnote, not owned */
  GListStore     *notes;        /* of KvNote */
  GPtrArray      *warnings;
  GArray         *subject_footnotes;  /* of guint, sorted, unique */
};

G_DEFINE_FINAL_TYPE (KvDocument, kv_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_ZAAK,
  PROP_PUBLICATION,
  PROP_AANHANGSEL,
  PROP_SUBJECT,
  PROP_SUBMITTED,
  PROP_RECEIVED,
  PROP_ASKERS,
  PROP_ADDRESSEES,
  PROP_ANSWERED_BY,
  PROP_ITEMS,
  PROP_FOOTNOTES,
  PROP_NOTES,
  PROP_WARNINGS,
  N_PROPS,
};

static GParamSpec *properties[N_PROPS];

/* A null-terminated array without elements may have no storage yet. */
static const char * const *
strv_of (GPtrArray *array)
{
  static const char * const empty[] = { NULL };

  return array->pdata != NULL ? (const char * const *) array->pdata : empty;
}

static void
kv_document_dispose (GObject *object)
{
  KvDocument *self = (KvDocument *) object;

  if (self->items != NULL)
    {
      guint n = g_list_model_get_n_items (G_LIST_MODEL (self->items));

      for (guint i = 0; i < n; i++)
        {
          g_autoptr (KvItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), i);
          _kv_item_set_document (item, NULL);
        }
    }

  g_clear_pointer (&self->footnote_map, g_hash_table_unref);
  g_clear_object (&self->askers);
  g_clear_object (&self->items);
  g_clear_object (&self->footnotes);
  g_clear_object (&self->notes);

  G_OBJECT_CLASS (kv_document_parent_class)->dispose (object);
}

static void
kv_document_finalize (GObject *object)
{
  KvDocument *self = (KvDocument *) object;

  g_clear_pointer (&self->zaak, g_free);
  g_clear_pointer (&self->publication, g_free);
  g_clear_pointer (&self->aanhangsel, g_free);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->submitted, g_free);
  g_clear_pointer (&self->received, g_free);
  g_clear_pointer (&self->addressees, g_ptr_array_unref);
  g_clear_pointer (&self->answered_by, g_ptr_array_unref);
  g_clear_pointer (&self->warnings, g_ptr_array_unref);
  g_clear_pointer (&self->subject_footnotes, g_array_unref);

  G_OBJECT_CLASS (kv_document_parent_class)->finalize (object);
}

static void
kv_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  KvDocument *self = KV_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;

    case PROP_ZAAK:
      g_value_set_string (value, self->zaak);
      break;

    case PROP_PUBLICATION:
      g_value_set_string (value, self->publication);
      break;

    case PROP_AANHANGSEL:
      g_value_set_string (value, self->aanhangsel);
      break;

    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;

    case PROP_SUBMITTED:
      g_value_set_string (value, self->submitted);
      break;

    case PROP_RECEIVED:
      g_value_set_string (value, self->received);
      break;

    case PROP_ASKERS:
      g_value_set_object (value, self->askers);
      break;

    case PROP_ADDRESSEES:
      g_value_set_boxed (value, strv_of (self->addressees));
      break;

    case PROP_ANSWERED_BY:
      g_value_set_boxed (value, strv_of (self->answered_by));
      break;

    case PROP_ITEMS:
      g_value_set_object (value, self->items);
      break;

    case PROP_FOOTNOTES:
      g_value_set_object (value, self->footnotes);
      break;

    case PROP_NOTES:
      g_value_set_object (value, self->notes);
      break;

    case PROP_WARNINGS:
      g_value_set_boxed (value, strv_of (self->warnings));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static GParamSpec *
string_property (const char *name)
{
  return g_param_spec_string (name, NULL, NULL, NULL,
                              (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
boxed_property (const char *name,
                GType       type)
{
  return g_param_spec_boxed (name, NULL, NULL, type,
                             (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static GParamSpec *
model_property (const char *name)
{
  return g_param_spec_object (name, NULL, NULL, G_TYPE_LIST_MODEL,
                              (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
}

static void
kv_document_class_init (KvDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = kv_document_dispose;
  object_class->finalize = kv_document_finalize;
  object_class->get_property = kv_document_get_property;

  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, KV_TYPE_DOCUMENT_KIND, KV_DOCUMENT_KIND_UNKNOWN,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_ZAAK] = string_property ("zaak");
  properties[PROP_PUBLICATION] = string_property ("publication");
  properties[PROP_AANHANGSEL] = string_property ("aanhangsel");
  properties[PROP_SUBJECT] = string_property ("subject");
  properties[PROP_SUBMITTED] = string_property ("submitted");
  properties[PROP_RECEIVED] = string_property ("received");
  properties[PROP_ASKERS] = model_property ("askers");
  properties[PROP_ADDRESSEES] = boxed_property ("addressees", G_TYPE_STRV);
  properties[PROP_ANSWERED_BY] = boxed_property ("answered-by", G_TYPE_STRV);
  properties[PROP_ITEMS] = model_property ("items");
  properties[PROP_FOOTNOTES] = model_property ("footnotes");
  properties[PROP_NOTES] = model_property ("notes");
  properties[PROP_WARNINGS] = boxed_property ("warnings", G_TYPE_STRV);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
kv_document_init (KvDocument *self)
{
  self->askers = g_list_store_new (KV_TYPE_PERSON);
  self->addressees = g_ptr_array_new_null_terminated (2, g_free, TRUE);
  self->answered_by = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  self->items = g_list_store_new (KV_TYPE_ITEM);
  self->footnotes = g_list_store_new (KV_TYPE_FOOTNOTE);
  self->footnote_map = g_hash_table_new (NULL, NULL);
  self->notes = g_list_store_new (KV_TYPE_NOTE);
  self->warnings = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  self->subject_footnotes = g_array_new (FALSE, FALSE, sizeof (guint));
}

KvDocument *
kv_document_new (void)
{
  return g_object_new (KV_TYPE_DOCUMENT, NULL);
}

KvDocumentKind
kv_document_get_kind (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), KV_DOCUMENT_KIND_UNKNOWN);

  return self->kind;
}

/**
 * kv_document_get_zaak:
 * @self: a #KvDocument
 *
 * Returns: (nullable): the Zaak number, e.g. "2025Z04271"
 */
const char *
kv_document_get_zaak (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return self->zaak;
}

/**
 * kv_document_get_publication:
 * @self: a #KvDocument
 *
 * Returns: (nullable): the Officiële Bekendmakingen id, e.g.
 *   "kv-tk-2025Z04271" or "ah-tk-20242025-582"
 */
const char *
kv_document_get_publication (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return self->publication;
}

/**
 * kv_document_get_aanhangsel:
 * @self: a #KvDocument
 *
 * Returns: (nullable): the number in the Aanhangsel van de Handelingen
 */
const char *
kv_document_get_aanhangsel (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return self->aanhangsel;
}

/**
 * kv_document_get_subject:
 * @self: a #KvDocument
 *
 * Returns: (nullable): the subject, the words after "over" in the header
 */
const char *
kv_document_get_subject (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return self->subject;
}

/**
 * kv_document_get_subject_footnotes:
 * @self: a #KvDocument
 * @n_numbers: (out): how many there are
 *
 * Returns: (array length=n_numbers): the numbers of the footnotes the
 *   subject cites in the header, "over het bericht «…»¹", in order
 */
const guint *
kv_document_get_subject_footnotes (KvDocument *self,
                                   guint      *n_numbers)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (n_numbers != NULL, NULL);

  *n_numbers = self->subject_footnotes->len;
  return (const guint *) self->subject_footnotes->data;
}

/**
 * kv_document_get_submitted:
 * @self: a #KvDocument
 *
 * Returns: (nullable): the ISO date the questions were submitted
 */
const char *
kv_document_get_submitted (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return self->submitted;
}

/**
 * kv_document_get_received:
 * @self: a #KvDocument
 *
 * Returns: (nullable): the ISO date the answer or notice was received
 */
const char *
kv_document_get_received (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return self->received;
}

/**
 * kv_document_get_askers:
 * @self: a #KvDocument
 *
 * Returns: (transfer none): a list of #KvPerson
 */
GListModel *
kv_document_get_askers (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->askers);
}

/**
 * kv_document_get_addressees:
 * @self: a #KvDocument
 *
 * Returns: (transfer none) (array zero-terminated=1): one office per
 *   string, e.g. "Staatssecretaris van Defensie"; never %NULL
 */
const char * const *
kv_document_get_addressees (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return strv_of (self->addressees);
}

/**
 * kv_document_get_answered_by:
 * @self: a #KvDocument
 *
 * Returns: (transfer none) (array zero-terminated=1): who answered,
 *   including those answering "mede namens"; never %NULL
 */
const char * const *
kv_document_get_answered_by (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return strv_of (self->answered_by);
}

/**
 * kv_document_get_items:
 * @self: a #KvDocument
 *
 * Returns: (transfer none): a list of #KvItem in document order
 */
GListModel *
kv_document_get_items (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->items);
}

/**
 * kv_document_get_footnotes:
 * @self: a #KvDocument
 *
 * Returns: (transfer none): a list of #KvFootnote sorted by number
 */
GListModel *
kv_document_get_footnotes (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->footnotes);
}

/**
 * kv_document_lookup_footnote:
 * @self: a #KvDocument
 * @number: a footnote number
 *
 * Returns: (transfer none) (nullable): the footnote with that number
 */
KvFootnote *
kv_document_lookup_footnote (KvDocument *self,
                             guint       number)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return g_hash_table_lookup (self->footnote_map, GUINT_TO_POINTER (number));
}

/**
 * kv_document_get_notes:
 * @self: a #KvDocument
 *
 * Returns: (transfer none): a list of #KvNote
 */
GListModel *
kv_document_get_notes (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return G_LIST_MODEL (self->notes);
}

/**
 * kv_document_get_warnings:
 * @self: a #KvDocument
 *
 * Returns: (transfer none) (array zero-terminated=1): translated
 *   descriptions of what the reader could not resolve; never %NULL
 */
const char * const *
kv_document_get_warnings (KvDocument *self)
{
  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  return strv_of (self->warnings);
}

void
kv_document_set_kind (KvDocument     *self,
                      KvDocumentKind  kind)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));

  if (self->kind == kind)
    return;

  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

static void
set_string (KvDocument  *self,
            char       **field,
            const char  *value,
            guint        prop_id)
{
  if (g_set_str (field, value))
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

void
kv_document_set_zaak (KvDocument *self,
                      const char *zaak)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  set_string (self, &self->zaak, zaak, PROP_ZAAK);
}

void
kv_document_set_publication (KvDocument *self,
                             const char *publication)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  set_string (self, &self->publication, publication, PROP_PUBLICATION);
}

void
kv_document_set_aanhangsel (KvDocument *self,
                            const char *aanhangsel)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  set_string (self, &self->aanhangsel, aanhangsel, PROP_AANHANGSEL);
}

void
kv_document_set_subject (KvDocument *self,
                         const char *subject)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  set_string (self, &self->subject, subject, PROP_SUBJECT);
}

/**
 * kv_document_cite_in_subject:
 * @self: a #KvDocument
 * @number: the number of a footnote the subject cites
 */
void
kv_document_cite_in_subject (KvDocument *self,
                             guint       number)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));

  g_array_append_val (self->subject_footnotes, number);
  kv_uint_array_make_set (self->subject_footnotes);
}

void
kv_document_set_submitted (KvDocument *self,
                           const char *iso_date)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  set_string (self, &self->submitted, iso_date, PROP_SUBMITTED);
}

void
kv_document_set_received (KvDocument *self,
                          const char *iso_date)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  set_string (self, &self->received, iso_date, PROP_RECEIVED);
}

void
kv_document_add_asker (KvDocument *self,
                       KvPerson   *person)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (KV_IS_PERSON (person));

  g_list_store_append (self->askers, person);
}

void
kv_document_add_addressee (KvDocument *self,
                           const char *addressee)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (addressee != NULL);

  g_ptr_array_add (self->addressees, g_strdup (addressee));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDRESSEES]);
}

void
kv_document_add_answered_by (KvDocument *self,
                             const char *who)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (who != NULL);

  g_ptr_array_add (self->answered_by, g_strdup (who));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ANSWERED_BY]);
}

void
kv_document_add_item (KvDocument *self,
                      KvItem     *item)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (KV_IS_ITEM (item));

  _kv_item_set_document (item, self);
  g_list_store_append (self->items, item);
}

static int
compare_footnotes (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  guint x = kv_footnote_get_number ((KvFootnote *) a);
  guint y = kv_footnote_get_number ((KvFootnote *) b);

  return x < y ? -1 : x > y;
}

/**
 * kv_document_add_footnote:
 * @self: a #KvDocument
 * @footnote: the footnote to add
 *
 * Adds @footnote in number order.
 *
 * Returns: %FALSE, adding nothing, when the number is already taken
 */
gboolean
kv_document_add_footnote (KvDocument *self,
                          KvFootnote *footnote)
{
  gpointer key;
  guint n;

  g_return_val_if_fail (KV_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (KV_IS_FOOTNOTE (footnote), FALSE);

  key = GUINT_TO_POINTER (kv_footnote_get_number (footnote));
  if (g_hash_table_contains (self->footnote_map, key))
    return FALSE;

  g_hash_table_insert (self->footnote_map, key, footnote);

  /* Footnotes come in order almost always; append without a search then. */
  n = g_list_model_get_n_items (G_LIST_MODEL (self->footnotes));
  if (n > 0)
    {
      g_autoptr (KvFootnote) last = g_list_model_get_item (G_LIST_MODEL (self->footnotes), n - 1);

      if (kv_footnote_get_number (last) > kv_footnote_get_number (footnote))
        {
          g_list_store_insert_sorted (self->footnotes, footnote, compare_footnotes, NULL);
          return TRUE;
        }
    }

  g_list_store_append (self->footnotes, footnote);

  return TRUE;
}

void
kv_document_add_note (KvDocument *self,
                      KvNote     *note)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (KV_IS_NOTE (note));

  g_list_store_append (self->notes, note);
}

void
kv_document_add_warning (KvDocument *self,
                         const char *warning)
{
  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (warning != NULL);

  g_ptr_array_add (self->warnings, g_strdup (warning));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WARNINGS]);
}

static gboolean
cited_in_subject (KvDocument *self,
                  guint       number)
{
  for (guint i = 0; i < self->subject_footnotes->len; i++)
    if (g_array_index (self->subject_footnotes, guint, i) == number)
      return TRUE;

  return FALSE;
}

/**
 * _kv_document_check_footnotes:
 * @self: a #KvDocument
 * @cited: the numbers of the footnotes the text refers to, a set of
 *   GUINT_TO_POINTER() keys
 *
 * Warns about gaps in the numbering of the footnotes of @self and about
 * footnotes the text never refers to; for the readers, once all
 * footnotes are added.
 */
void
_kv_document_check_footnotes (KvDocument *self,
                              GHashTable *cited)
{
  GListModel *footnotes;
  guint previous = 0;

  g_return_if_fail (KV_IS_DOCUMENT (self));
  g_return_if_fail (cited != NULL);

  footnotes = G_LIST_MODEL (self->footnotes);
  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr (KvFootnote) footnote = g_list_model_get_item (footnotes, i);
      guint number = kv_footnote_get_number (footnote);

      if (number > previous + 1)
        {
          g_autofree char *msg = NULL;

          if (number == previous + 2)
            msg = g_strdup_printf (_("Footnote %u is missing from the numbering."), previous + 1);
          else
            msg = g_strdup_printf (_("Footnotes %u to %u are missing from the numbering."), previous + 1, number - 1);
          kv_document_add_warning (self, msg);
        }
      previous = number;

      if (!g_hash_table_contains (cited, GUINT_TO_POINTER (number)) && !cited_in_subject (self, number))
        {
          g_autofree char *msg = g_strdup_printf (_("Footnote %u is never referenced in the text."), number);

          kv_document_add_warning (self, msg);
        }
    }
}
