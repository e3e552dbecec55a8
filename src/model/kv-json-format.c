/* kv-json-format.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The project's own exchange format: what `kamervragen --export json`
 * prints and what the app opens again. Keys are written in this order:
 *
 *   {"format": "kamervragen", "version": 1,
 *    "kind": "questions" | "answers" | "delay-notice" | "oral-questions" | "unknown",
 *    "zaak": string | null, "publication": string | null, "aanhangsel": string | null,
 *    "subject": string | null, "subject_footnotes": [int, …],
 *    "submitted": "YYYY-MM-DD" | null, "received": "YYYY-MM-DD" | null,
 *    "askers": [{"name": string, "party": string | null}, …],
 *    "addressees": [string, …], "answered_by": [string, …],
 *    "items": [{"numbers": [int, …], "question": string, "answer": string | null,
 *               "footnotes": [int, …],
 *               "answered_by": [string, …]?, "received": "YYYY-MM-DD"?}, …],
 *    "footnotes": [{"number": int, "text": string, "urls": [string, …]}, …],
 *    "notes": [{"kind": "toelichting" | "mededeling", "text": string}, …],
 *    "warnings": [string, …],
 *    "rich": RICH}
 *
 * "question", "answer" and "text" are plain text: paragraphs joined by a
 * blank line, no markup, no footnote markers, web addresses as written.
 * RICH keeps the formatting, parallel to the plain lists:
 *
 *   RICH   = {"items": [{"question": BLOCKS, "answer": BLOCKS | null}, …],
 *             "footnotes": [BLOCKS, …], "notes": [BLOCKS, …]}
 *   BLOCKS = [{"kind": "paragraph" | "list-item" | "heading", "runs": [RUN, …]}, …]
 *   RUN    = {"text": string, "bold": true?, "italic": true?,
 *             "link": "http(s)://…" | "mailto:…"?, "footnote": int?}
 *
 * Optional run members are left out when false, null or 0. A run with
 * "footnote" n is the marker of footnote n and its text is the label.
 * "rich" may be left out when importing; the plain texts are used then,
 * and so may "subject_footnotes", the footnotes the subject cites.
 * The same description is in the README, under "The JSON format".
 */

#include "config.h"

#include <glib/gi18n.h>

#include <json-glib/json-glib.h>

#include "kv-document-loader.h"
#include "kv-json-format.h"
#include "kv-uri.h"

static const char * const kind_names[] = {
  [KV_DOCUMENT_KIND_UNKNOWN] = "unknown",
  [KV_DOCUMENT_KIND_QUESTIONS] = "questions",
  [KV_DOCUMENT_KIND_ANSWERS] = "answers",
  [KV_DOCUMENT_KIND_DELAY_NOTICE] = "delay-notice",
  [KV_DOCUMENT_KIND_ORAL_QUESTIONS] = "oral-questions",
};

static const char * const note_kind_names[] = {
  [KV_NOTE_KIND_TOELICHTING] = "toelichting",
  [KV_NOTE_KIND_MEDEDELING] = "mededeling",
};

static const char * const block_kind_names[] = {
  [KV_BLOCK_PARAGRAPH] = "paragraph",
  [KV_BLOCK_LIST_ITEM] = "list-item",
  [KV_BLOCK_HEADING] = "heading",
};

/* Export */

static void
add_string_or_null (JsonBuilder *builder,
                    const char  *name,
                    const char  *value)
{
  json_builder_set_member_name (builder, name);
  if (value != NULL)
    json_builder_add_string_value (builder, value);
  else
    json_builder_add_null_value (builder);
}

static void
add_plain (JsonBuilder *builder,
           const char  *name,
           KvRichText  *text)
{
  json_builder_set_member_name (builder, name);
  if (text != NULL)
    {
      g_autofree char *plain = kv_rich_text_to_plain (text);
      json_builder_add_string_value (builder, plain);
    }
  else
    json_builder_add_null_value (builder);
}

static void
add_strv (JsonBuilder        *builder,
          const char         *name,
          const char * const *values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; values[i] != NULL; i++)
    json_builder_add_string_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_uints (JsonBuilder *builder,
           const char  *name,
           const guint *values,
           guint        n_values)
{
  json_builder_set_member_name (builder, name);
  json_builder_begin_array (builder);
  for (guint i = 0; i < n_values; i++)
    json_builder_add_int_value (builder, values[i]);
  json_builder_end_array (builder);
}

static void
add_blocks (JsonBuilder *builder,
            KvRichText  *text)
{
  if (text == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  json_builder_begin_array (builder);
  for (guint b = 0; b < kv_rich_text_get_n_blocks (text); b++)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, block_kind_names[kv_rich_text_get_block_kind (text, b)]);
      json_builder_set_member_name (builder, "runs");
      json_builder_begin_array (builder);
      for (guint r = 0; r < kv_rich_text_get_n_runs (text, b); r++)
        {
          const KvRun *run = kv_rich_text_get_run (text, b, r);

          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "text");
          json_builder_add_string_value (builder, run->text);
          if (run->style & KV_RUN_STYLE_BOLD)
            {
              json_builder_set_member_name (builder, "bold");
              json_builder_add_boolean_value (builder, TRUE);
            }
          if (run->style & KV_RUN_STYLE_ITALIC)
            {
              json_builder_set_member_name (builder, "italic");
              json_builder_add_boolean_value (builder, TRUE);
            }
          if (run->link != NULL)
            {
              json_builder_set_member_name (builder, "link");
              json_builder_add_string_value (builder, run->link);
            }
          if (run->footnote > 0)
            {
              json_builder_set_member_name (builder, "footnote");
              json_builder_add_int_value (builder, run->footnote);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_askers (JsonBuilder *builder,
            GListModel  *askers)
{
  json_builder_set_member_name (builder, "askers");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (askers); i++)
    {
      g_autoptr (KvPerson) person = g_list_model_get_item (askers, i);

      json_builder_begin_object (builder);
      add_string_or_null (builder, "name", kv_person_get_name (person));
      add_string_or_null (builder, "party", kv_person_get_party (person));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_items (JsonBuilder *builder,
           GListModel  *items)
{
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (KvItem) item = g_list_model_get_item (items, i);
      const guint *values;
      guint n;

      json_builder_begin_object (builder);
      values = kv_item_get_numbers (item, &n);
      add_uints (builder, "numbers", values, n);
      add_plain (builder, "question", kv_item_get_question (item));
      add_plain (builder, "answer", kv_item_get_answer (item));
      values = kv_item_get_footnotes (item, &n);
      add_uints (builder, "footnotes", values, n);
      /* Only an answer paired from another document says who gave it. */
      if (kv_item_get_answered_by (item)[0] != NULL)
        add_strv (builder, "answered_by", kv_item_get_answered_by (item));
      if (kv_item_get_received (item) != NULL)
        add_string_or_null (builder, "received", kv_item_get_received (item));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_footnotes (JsonBuilder *builder,
               GListModel  *footnotes)
{
  json_builder_set_member_name (builder, "footnotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr (KvFootnote) footnote = g_list_model_get_item (footnotes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "number");
      json_builder_add_int_value (builder, kv_footnote_get_number (footnote));
      add_plain (builder, "text", kv_footnote_get_text (footnote));
      add_strv (builder, "urls", kv_footnote_get_urls (footnote));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_notes (JsonBuilder *builder,
           GListModel  *notes)
{
  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr (KvNote) note = g_list_model_get_item (notes, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, note_kind_names[kv_note_get_kind (note)]);
      add_plain (builder, "text", kv_note_get_text (note));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_rich (JsonBuilder *builder,
          KvDocument  *self)
{
  GListModel *items = kv_document_get_items (self);
  GListModel *footnotes = kv_document_get_footnotes (self);
  GListModel *notes = kv_document_get_notes (self);

  json_builder_set_member_name (builder, "rich");
  json_builder_begin_object (builder);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr (KvItem) item = g_list_model_get_item (items, i);

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "question");
      add_blocks (builder, kv_item_get_question (item));
      json_builder_set_member_name (builder, "answer");
      add_blocks (builder, kv_item_get_answer (item));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "footnotes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (footnotes); i++)
    {
      g_autoptr (KvFootnote) footnote = g_list_model_get_item (footnotes, i);
      add_blocks (builder, kv_footnote_get_text (footnote));
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "notes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr (KvNote) note = g_list_model_get_item (notes, i);
      add_blocks (builder, kv_note_get_text (note));
    }
  json_builder_end_array (builder);

  json_builder_end_object (builder);
}

/**
 * kv_document_to_json:
 * @self: a #KvDocument
 *
 * Writes the document in the project's JSON format, pretty-printed, keys
 * in a fixed order, so that equal documents give equal text.
 *
 * Returns: (transfer full): UTF-8 JSON text ending in a newline
 */
char *
kv_document_to_json (KvDocument *self)
{
  g_autoptr (JsonBuilder) builder = json_builder_new ();
  g_autoptr (JsonGenerator) generator = json_generator_new ();
  g_autoptr (JsonNode) root = NULL;
  g_autofree char *json = NULL;
  const guint *subject_footnotes;
  guint n_subject_footnotes;

  g_return_val_if_fail (KV_IS_DOCUMENT (self), NULL);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "format");
  json_builder_add_string_value (builder, KV_JSON_FORMAT_NAME);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, KV_JSON_FORMAT_VERSION);
  json_builder_set_member_name (builder, "kind");
  json_builder_add_string_value (builder, kind_names[kv_document_get_kind (self)]);
  add_string_or_null (builder, "zaak", kv_document_get_zaak (self));
  add_string_or_null (builder, "publication", kv_document_get_publication (self));
  add_string_or_null (builder, "aanhangsel", kv_document_get_aanhangsel (self));
  add_string_or_null (builder, "subject", kv_document_get_subject (self));
  subject_footnotes = kv_document_get_subject_footnotes (self, &n_subject_footnotes);
  add_uints (builder, "subject_footnotes", subject_footnotes, n_subject_footnotes);
  add_string_or_null (builder, "submitted", kv_document_get_submitted (self));
  add_string_or_null (builder, "received", kv_document_get_received (self));
  add_askers (builder, kv_document_get_askers (self));
  add_strv (builder, "addressees", kv_document_get_addressees (self));
  add_strv (builder, "answered_by", kv_document_get_answered_by (self));
  add_items (builder, kv_document_get_items (self));
  add_footnotes (builder, kv_document_get_footnotes (self));
  add_notes (builder, kv_document_get_notes (self));
  add_strv (builder, "warnings", kv_document_get_warnings (self));
  add_rich (builder, self);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_indent_char (generator, ' ');
  json = json_generator_to_data (generator, NULL);

  return g_strconcat (json, "\n", NULL);
}

/* Import. Every node is checked; the first problem becomes the error. */

static gboolean
invalid (GError     **error,
         const char  *what)
{
  g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
               _("The Kamervragen JSON file is damaged: %s."), what);
  return FALSE;
}

static JsonNode *
member (JsonObject *object,
        const char *name)
{
  return json_object_has_member (object, name) ? json_object_get_member (object, name) : NULL;
}

static gboolean
is_string (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
}

static gboolean
is_int (JsonNode *node)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
}

/* A string member, or NULL for a null or missing one. */
static gboolean
get_optional_string (JsonObject  *object,
                     const char  *name,
                     const char **value,
                     GError     **error)
{
  JsonNode *node = member (object, name);

  *value = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!is_string (node))
    {
      g_autofree char *what = g_strdup_printf (_("“%s” is not a string"), name);
      return invalid (error, what);
    }

  *value = json_node_get_string (node);
  return TRUE;
}

static gboolean
get_string (JsonObject  *object,
            const char  *name,
            const char **value,
            GError     **error)
{
  if (!get_optional_string (object, name, value, error))
    return FALSE;
  if (*value == NULL)
    {
      g_autofree char *what = g_strdup_printf (_("“%s” is missing"), name);
      return invalid (error, what);
    }
  return TRUE;
}

static JsonArray *
get_array (JsonObject  *object,
           const char  *name,
           GError     **error)
{
  JsonNode *node = member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autofree char *what = g_strdup_printf (_("“%s” is not a list"), name);
      invalid (error, what);
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
get_object_element (JsonArray   *array,
                    guint        index,
                    const char  *name,
                    GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_autofree char *what = g_strdup_printf (_("an element of “%s” is not an object"), name);
      invalid (error, what);
      return NULL;
    }
  return json_node_get_object (node);
}

static gboolean
get_strings (JsonObject  *object,
             const char  *name,
             GPtrArray   *out,
             GError     **error)
{
  JsonArray *array = get_array (object, name, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!is_string (node))
        {
          g_autofree char *what = g_strdup_printf (_("an element of “%s” is not a string"), name);
          return invalid (error, what);
        }
      g_ptr_array_add (out, (gpointer) json_node_get_string (node));
    }
  return TRUE;
}

static gboolean
get_numbers (JsonObject  *object,
             const char  *name,
             GArray      *out,
             GError     **error)
{
  JsonArray *array = get_array (object, name, error);

  if (array == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gint64 value;

      if (!is_int (node) || (value = json_node_get_int (node)) <= 0 || value > G_MAXINT32)
        {
          g_autofree char *what = g_strdup_printf (_("an element of “%s” is not a positive number"), name);
          return invalid (error, what);
        }
      g_array_append_val (out, (guint) { (guint) value });
    }
  return TRUE;
}

static gboolean
read_run (JsonObject  *object,
          KvRichText  *text,
          GError     **error)
{
  const char *run_text, *link;
  JsonNode *node;
  KvRunStyle style = KV_RUN_STYLE_NONE;
  gint64 footnote = 0;

  if (!get_string (object, "text", &run_text, error) ||
      !get_optional_string (object, "link", &link, error))
    return FALSE;

  if (link != NULL && !kv_uri_is_web_link (link))
    return invalid (error, _("a link is not a web or mail address"));

  for (guint i = 0; i < 2; i++)
    {
      const char *name = i == 0 ? "bold" : "italic";

      node = member (object, name);
      if (node == NULL)
        continue;
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return invalid (error, _("a run style is not true or false"));
      if (json_node_get_boolean (node))
        style |= i == 0 ? KV_RUN_STYLE_BOLD : KV_RUN_STYLE_ITALIC;
    }

  node = member (object, "footnote");
  if (node != NULL)
    {
      if (!is_int (node) || (footnote = json_node_get_int (node)) <= 0 || footnote > G_MAXINT32)
        return invalid (error, _("a footnote marker has no valid number"));
    }

  if (*run_text == '\0' && footnote == 0)
    return TRUE;

  kv_rich_text_append (text, run_text, style, link, (guint) footnote);
  return TRUE;
}

static KvRichText *
read_blocks (JsonNode  *node,
             GError   **error)
{
  g_autoptr (KvRichText) text = kv_rich_text_new ();
  JsonArray *blocks;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      invalid (error, _("rich text is not a list of blocks"));
      return NULL;
    }

  blocks = json_node_get_array (node);
  for (guint b = 0; b < json_array_get_length (blocks); b++)
    {
      JsonObject *block = get_object_element (blocks, b, "blocks", error);
      const char *kind_name;
      JsonArray *runs;
      guint kind;

      if (block == NULL || !get_string (block, "kind", &kind_name, error))
        return NULL;
      for (kind = 0; kind < G_N_ELEMENTS (block_kind_names); kind++)
        if (g_str_equal (kind_name, block_kind_names[kind]))
          break;
      if (kind == G_N_ELEMENTS (block_kind_names))
        {
          invalid (error, _("a block has an unknown kind"));
          return NULL;
        }

      runs = get_array (block, "runs", error);
      if (runs == NULL)
        return NULL;

      kv_rich_text_begin_block (text, (KvBlockKind) kind);
      for (guint r = 0; r < json_array_get_length (runs); r++)
        {
          JsonObject *run = get_object_element (runs, r, "runs", error);

          if (run == NULL || !read_run (run, text, error))
            return NULL;
        }
    }

  return g_steal_pointer (&text);
}

/* The rich text of element @index of the @list in "rich", or the plain
 * text when there is no "rich". *out stays NULL for a null answer.
 */
static gboolean
read_text (JsonObject  *rich,
           const char  *list,
           guint        index,
           const char  *field,
           const char  *plain,
           KvRichText **out,
           GError     **error)
{
  JsonNode *node;

  *out = NULL;

  if (rich == NULL)
    {
      if (plain != NULL)
        *out = kv_rich_text_new_plain (plain);
      return TRUE;
    }

  node = json_array_get_element (json_object_get_array_member (rich, list), index);
  if (field != NULL)
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        return invalid (error, _("an element of the rich items is not an object"));
      node = member (json_node_get_object (node), field);
      if (node != NULL && JSON_NODE_HOLDS_NULL (node) && plain == NULL)
        return TRUE;
    }

  *out = read_blocks (node, error);
  return *out != NULL;
}

static gboolean
check_rich (JsonObject  *rich,
            JsonObject  *root,
            GError     **error)
{
  static const char * const lists[] = { "items", "footnotes", "notes" };

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      JsonArray *rich_list = get_array (rich, lists[i], error);
      JsonArray *plain_list = json_object_get_array_member (root, lists[i]);

      if (rich_list == NULL)
        return FALSE;
      if (json_array_get_length (rich_list) != json_array_get_length (plain_list))
        return invalid (error, _("the rich text does not match the plain text"));
    }
  return TRUE;
}

static gboolean
read_header (KvDocument  *doc,
             JsonObject  *root,
             GError     **error)
{
  static const char * const fields[] = { "zaak", "publication", "aanhangsel", "subject", "submitted", "received" };
  static void (* const setters[]) (KvDocument *, const char *) = {
    kv_document_set_zaak, kv_document_set_publication, kv_document_set_aanhangsel,
    kv_document_set_subject, kv_document_set_submitted, kv_document_set_received,
  };
  g_autoptr (GPtrArray) strings = g_ptr_array_new ();
  const char *kind_name;
  JsonArray *askers;
  guint kind;

  if (!get_string (root, "kind", &kind_name, error))
    return FALSE;
  for (kind = 0; kind < G_N_ELEMENTS (kind_names); kind++)
    if (g_str_equal (kind_name, kind_names[kind]))
      break;
  if (kind == G_N_ELEMENTS (kind_names))
    return invalid (error, _("the document kind is unknown"));
  kv_document_set_kind (doc, (KvDocumentKind) kind);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const char *value;

      if (!get_optional_string (root, fields[i], &value, error))
        return FALSE;
      setters[i] (doc, value);
    }

  if (json_object_has_member (root, "subject_footnotes"))
    {
      g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));

      if (!get_numbers (root, "subject_footnotes", numbers, error))
        return FALSE;
      for (guint i = 0; i < numbers->len; i++)
        kv_document_cite_in_subject (doc, g_array_index (numbers, guint, i));
    }

  if ((askers = get_array (root, "askers", error)) == NULL)
    return FALSE;
  for (guint i = 0; i < json_array_get_length (askers); i++)
    {
      JsonObject *object = get_object_element (askers, i, "askers", error);
      const char *name, *party;
      g_autoptr (KvPerson) person = NULL;

      if (object == NULL || !get_string (object, "name", &name, error) ||
          !get_optional_string (object, "party", &party, error))
        return FALSE;
      person = kv_person_new (name, party);
      kv_document_add_asker (doc, person);
    }

  if (!get_strings (root, "addressees", strings, error))
    return FALSE;
  for (guint i = 0; i < strings->len; i++)
    kv_document_add_addressee (doc, strings->pdata[i]);

  g_ptr_array_set_size (strings, 0);
  if (!get_strings (root, "answered_by", strings, error))
    return FALSE;
  for (guint i = 0; i < strings->len; i++)
    kv_document_add_answered_by (doc, strings->pdata[i]);

  g_ptr_array_set_size (strings, 0);
  if (!get_strings (root, "warnings", strings, error))
    return FALSE;
  for (guint i = 0; i < strings->len; i++)
    kv_document_add_warning (doc, strings->pdata[i]);

  return TRUE;
}

/* "answered_by" and "received" of an item whose answer was paired. */
static gboolean
read_answer_source (JsonObject  *object,
                    KvItem      *item,
                    GError     **error)
{
  g_autoptr (GPtrArray) answered_by = g_ptr_array_new ();
  const char *received;

  if (member (object, "answered_by") != NULL)
    {
      if (!get_strings (object, "answered_by", answered_by, error))
        return FALSE;
      g_ptr_array_add (answered_by, NULL);
      kv_item_set_answered_by (item, (const char * const *) answered_by->pdata);
    }

  if (!get_optional_string (object, "received", &received, error))
    return FALSE;
  if (received != NULL)
    kv_item_set_received (item, received);

  return TRUE;
}

static gboolean
read_items (KvDocument  *doc,
            JsonObject  *root,
            JsonObject  *rich,
            GError     **error)
{
  JsonArray *items = get_array (root, "items", error);

  if (items == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *object = get_object_element (items, i, "items", error);
      g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (GArray) footnotes = g_array_new (FALSE, FALSE, sizeof (guint));
      g_autoptr (KvRichText) question = NULL;
      g_autoptr (KvRichText) answer = NULL;
      g_autoptr (KvItem) item = NULL;
      const char *question_text, *answer_text;

      if (object == NULL ||
          !get_numbers (object, "numbers", numbers, error) ||
          !get_string (object, "question", &question_text, error) ||
          !get_optional_string (object, "answer", &answer_text, error) ||
          !get_numbers (object, "footnotes", footnotes, error))
        return FALSE;

      if (!read_text (rich, "items", i, "question", question_text, &question, error) ||
          !read_text (rich, "items", i, "answer", answer_text, &answer, error))
        return FALSE;

      item = kv_item_new ((const guint *) numbers->data, numbers->len, question);
      if (answer != NULL)
        kv_item_set_answer (item, answer);
      kv_item_set_footnotes (item, (const guint *) footnotes->data, footnotes->len);
      if (!read_answer_source (object, item, error))
        return FALSE;
      kv_document_add_item (doc, item);
    }

  return TRUE;
}

static gboolean
read_footnotes (KvDocument  *doc,
                JsonObject  *root,
                JsonObject  *rich,
                GError     **error)
{
  JsonArray *footnotes = get_array (root, "footnotes", error);

  if (footnotes == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (footnotes); i++)
    {
      JsonObject *object = get_object_element (footnotes, i, "footnotes", error);
      g_autoptr (GPtrArray) urls = g_ptr_array_new_null_terminated (1, NULL, TRUE);
      g_autoptr (KvRichText) text = NULL;
      g_autoptr (KvFootnote) footnote = NULL;
      const char *plain;
      JsonNode *number;

      if (object == NULL || !get_string (object, "text", &plain, error) ||
          !get_strings (object, "urls", urls, error))
        return FALSE;

      number = member (object, "number");
      if (!is_int (number) || json_node_get_int (number) <= 0 || json_node_get_int (number) > G_MAXINT32)
        return invalid (error, _("a footnote has no valid number"));

      if (!read_text (rich, "footnotes", i, NULL, plain, &text, error))
        return FALSE;

      footnote = kv_footnote_new ((guint) json_node_get_int (number), text, (const char * const *) urls->pdata);
      if (!kv_document_add_footnote (doc, footnote))
        return invalid (error, _("two footnotes have the same number"));
    }

  return TRUE;
}

static gboolean
read_notes (KvDocument  *doc,
            JsonObject  *root,
            JsonObject  *rich,
            GError     **error)
{
  JsonArray *notes = get_array (root, "notes", error);

  if (notes == NULL)
    return FALSE;

  for (guint i = 0; i < json_array_get_length (notes); i++)
    {
      JsonObject *object = get_object_element (notes, i, "notes", error);
      g_autoptr (KvRichText) text = NULL;
      g_autoptr (KvNote) note = NULL;
      const char *kind_name, *plain;
      guint kind;

      if (object == NULL || !get_string (object, "kind", &kind_name, error) ||
          !get_string (object, "text", &plain, error))
        return FALSE;

      for (kind = 0; kind < G_N_ELEMENTS (note_kind_names); kind++)
        if (g_str_equal (kind_name, note_kind_names[kind]))
          break;
      if (kind == G_N_ELEMENTS (note_kind_names))
        return invalid (error, _("a note has an unknown kind"));

      if (!read_text (rich, "notes", i, NULL, plain, &text, error))
        return FALSE;

      note = kv_note_new ((KvNoteKind) kind, text);
      kv_document_add_note (doc, note);
    }

  return TRUE;
}

/**
 * kv_json_format_read:
 * @text: JSON text
 * @length: length of @text in bytes
 * @error: return location for a #GError
 *
 * Reads a document written by kv_document_to_json().
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KvDocument *
kv_json_format_read (const char  *text,
                     gsize        length,
                     GError     **error)
{
  /* Not json_parser_new_immutable (): json-glib 1.10 asserts on some
   * malformed input in immutable mode (found by fuzz-json-format). */
  g_autoptr (JsonParser) parser = json_parser_new ();
  g_autoptr (GError) parse_error = NULL;
  g_autoptr (KvDocument) doc = NULL;
  JsonObject *root, *rich = NULL;
  JsonNode *node;
  const char *format;

  g_return_val_if_fail (text != NULL, NULL);

  if (!json_parser_load_from_data (parser, text, (gssize) length, &parse_error))
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                   _("The file is not valid JSON: %s"), parse_error->message);
      return NULL;
    }

  node = json_parser_get_root (parser);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                           _("This JSON file is not a Kamervragen document."));
      return NULL;
    }
  root = json_node_get_object (node);

  node = member (root, "format");
  format = is_string (node) ? json_node_get_string (node) : NULL;
  if (g_strcmp0 (format, KV_JSON_FORMAT_NAME) != 0)
    {
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                           _("This JSON file is not a Kamervragen document."));
      return NULL;
    }

  node = member (root, "version");
  if (!is_int (node) || json_node_get_int (node) != KV_JSON_FORMAT_VERSION)
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                   _("This Kamervragen JSON file has a version this app cannot read (it reads version %d)."),
                   KV_JSON_FORMAT_VERSION);
      return NULL;
    }

  doc = kv_document_new ();
  if (!read_header (doc, root, error))
    return NULL;

  node = member (root, "rich");
  if (node != NULL && !JSON_NODE_HOLDS_NULL (node))
    {
      if (!JSON_NODE_HOLDS_OBJECT (node))
        {
          invalid (error, _("“rich” is not an object"));
          return NULL;
        }
      rich = json_node_get_object (node);
      if (get_array (root, "items", error) == NULL || get_array (root, "footnotes", error) == NULL ||
          get_array (root, "notes", error) == NULL || !check_rich (rich, root, error))
        return NULL;
    }

  if (!read_items (doc, root, rich, error) ||
      !read_footnotes (doc, root, rich, error) ||
      !read_notes (doc, root, rich, error))
    return NULL;

  return g_steal_pointer (&doc);
}
