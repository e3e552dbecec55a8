/* model-test-utils.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-model.h"

G_BEGIN_DECLS

/* Loads tests/data/NAME through the public loader; fails the test on error. */
static inline KvDocument *
load_data (const char *name)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, name, NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  g_autoptr (GError) error = NULL;
  KvDocument *doc = kv_document_load_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  return doc;
}

static inline KvDocument *
load_string (const char *text)
{
  g_autoptr (GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr (GError) error = NULL;
  KvDocument *doc = kv_document_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);

  return doc;
}

static inline guint
n_items (KvDocument *doc)
{
  return g_list_model_get_n_items (kv_document_get_items (doc));
}

/* Item at @index; the document keeps it alive. */
static inline KvItem *
item_at (KvDocument *doc,
         guint       index)
{
  g_autoptr (KvItem) item = g_list_model_get_item (kv_document_get_items (doc), index);

  g_assert_nonnull (item);
  return item;
}

static inline KvFootnote *
footnote_at (KvDocument *doc,
             guint       index)
{
  g_autoptr (KvFootnote) footnote = g_list_model_get_item (kv_document_get_footnotes (doc), index);

  g_assert_nonnull (footnote);
  return footnote;
}

static inline KvNote *
note_at (KvDocument *doc,
         guint       index)
{
  g_autoptr (KvNote) note = g_list_model_get_item (kv_document_get_notes (doc), index);

  g_assert_nonnull (note);
  return note;
}

static inline KvPerson *
asker_at (KvDocument *doc,
          guint       index)
{
  g_autoptr (KvPerson) person = g_list_model_get_item (kv_document_get_askers (doc), index);

  g_assert_nonnull (person);
  return person;
}

/* Plain text of a rich text, freed at the end of the test. */
static inline const char *
plain (KvRichText *text)
{
  static GPtrArray *keep;

  g_assert_nonnull (text);
  if (keep == NULL)
    keep = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (keep, kv_rich_text_to_plain (text));

  return keep->pdata[keep->len - 1];
}

/* Plain text of footnote @number, which the document must have. */
static inline const char *
footnote_text (KvDocument *doc,
               guint       number)
{
  KvFootnote *footnote = kv_document_lookup_footnote (doc, number);

  g_assert_nonnull (footnote);
  return plain (kv_footnote_get_text (footnote));
}

static inline const char *
question (KvDocument *doc,
          guint       index)
{
  return plain (kv_item_get_question (item_at (doc, index)));
}

static inline const char *
answer (KvDocument *doc,
        guint       index)
{
  return plain (kv_item_get_answer (item_at (doc, index)));
}

/* Asserts the number set of item @index; the list ends with 0. */
#define assert_numbers(doc, index, ...) \
  assert_uints_ (kv_item_get_numbers, doc, index, (const guint[]) { __VA_ARGS__, 0 })
/* Asserts that the subject of @doc cites exactly @number. */
static inline void
assert_subject_cites (KvDocument *doc,
                      guint       number)
{
  guint n = 0;
  const guint *numbers = kv_document_get_subject_footnotes (doc, &n);

  g_assert_cmpuint (n, ==, 1);
  g_assert_cmpuint (numbers[0], ==, number);
}

#define assert_cited(doc, index, ...) \
  assert_uints_ (kv_item_get_footnotes, doc, index, (const guint[]) { __VA_ARGS__, 0 })

static inline void
assert_uints_ (const guint *(*get) (KvItem *, guint *),
               KvDocument  *doc,
               guint        index,
               const guint *expected)
{
  guint n = 0, n_expected = 0;
  const guint *values = get (item_at (doc, index), &n);

  while (expected[n_expected] != 0)
    n_expected++;

  g_assert_cmpuint (n, ==, n_expected);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (values[i], ==, expected[i]);
}

static inline void
assert_strv (const char * const *values,
             const char * const *expected)
{
  g_assert_cmpstrv (values, expected);
}

/* Export, import, export again: what the fuzzers check of every reader.
 * Returns the document read back. */
static inline KvDocument *
round_trip (KvDocument *doc)
{
  g_autofree char *json = kv_document_to_json (doc);
  g_autoptr (GBytes) json_bytes = g_bytes_new (json, strlen (json));
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) again = kv_document_load_bytes (json_bytes, &error);
  g_autofree char *json_again = NULL;

  g_assert_no_error (error);
  json_again = kv_document_to_json (again);
  g_assert_cmpstr (json_again, ==, json);

  return g_steal_pointer (&again);
}

static inline void
assert_round_trip (KvDocument *doc)
{
  g_autoptr (KvDocument) again = round_trip (doc);
}

static inline void
assert_no_warnings (KvDocument *doc)
{
  const char * const *warnings = kv_document_get_warnings (doc);

  for (guint i = 0; warnings[i] != NULL; i++)
    g_test_message ("unexpected warning: %s", warnings[i]);
  g_assert_cmpuint (g_strv_length ((char **) warnings), ==, 0);
}

static inline gboolean
has_warning_containing (KvDocument *doc,
                        const char *needle)
{
  for (const char * const *w = kv_document_get_warnings (doc); *w != NULL; w++)
    if (strstr (*w, needle) != NULL)
      return TRUE;
  return FALSE;
}

G_END_DECLS
