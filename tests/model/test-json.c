/* test-json.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "model-test-utils.h"

static KvDocument *
reload (const char *json)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr (GError) error = NULL;
  KvDocument *doc = kv_document_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

/* Export, import, export again: the two exports must be identical. */
static void
test_round_trip (gconstpointer data)
{
  g_autoptr (KvDocument) doc = load_data (data);
  g_autofree char *first = kv_document_to_json (doc);
  g_autoptr (KvDocument) again = reload (first);
  g_autofree char *second = kv_document_to_json (again);

  g_assert_cmpstr (first, ==, second);
  g_assert_cmpuint (n_items (again), ==, n_items (doc));
  for (guint i = 0; i < n_items (doc); i++)
    {
      g_assert_true (kv_rich_text_equal (kv_item_get_question (item_at (doc, i)),
                                         kv_item_get_question (item_at (again, i))));
      g_assert_true (kv_rich_text_equal (kv_item_get_answer (item_at (doc, i)),
                                         kv_item_get_answer (item_at (again, i))));
    }
}

static JsonObject *
parse_object (JsonParser *parser,
              const char *json)
{
  g_autoptr (GError) error = NULL;

  json_parser_load_from_data (parser, json, -1, &error);
  g_assert_no_error (error);
  return json_node_get_object (json_parser_get_root (parser));
}

static void
test_example_shape (void)
{
  g_autoptr (KvDocument) doc = load_data ("2025Z04271.txt");
  g_autofree char *json = kv_document_to_json (doc);
  g_autoptr (JsonParser) parser = json_parser_new ();
  JsonObject *root = parse_object (parser, json);
  g_autoptr (GList) members = json_object_get_members (root);
  const char *order[] = {
    "format", "version", "kind", "zaak", "publication", "aanhangsel", "subject", "subject_footnotes", "submitted",
    "received", "askers", "addressees", "answered_by", "items", "footnotes", "notes", "warnings", "rich",
  };
  JsonArray *items;
  JsonObject *item, *footnote;
  guint i = 0;

  /* Stable key order. */
  for (GList *l = members; l != NULL; l = l->next, i++)
    g_assert_cmpstr (l->data, ==, order[i]);
  g_assert_cmpuint (i, ==, G_N_ELEMENTS (order));

  g_assert_cmpstr (json_object_get_string_member (root, "format"), ==, "kamervragen");
  g_assert_cmpint (json_object_get_int_member (root, "version"), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (root, "kind"), ==, "questions");
  g_assert_cmpstr (json_object_get_string_member (root, "zaak"), ==, "2025Z04271");
  g_assert_true (json_object_get_null_member (root, "publication"));
  g_assert_cmpstr (json_object_get_string_member (root, "submitted"), ==, "2025-03-10");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (
                     json_object_get_array_member (root, "askers"), 1), "party"), ==, "GroenLinks-PvdA");

  items = json_object_get_array_member (root, "items");
  g_assert_cmpuint (json_array_get_length (items), ==, 17);
  item = json_array_get_object_element (items, 0);
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (item, "numbers"), 0), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (item, "question"), ==,
                   "Kunt u uitleggen wat het doel was van uw werkbezoek van 3 tot en met 5 maart 2025 "
                   "aan Microsoft en Amazon in Seattle?");
  g_assert_true (json_object_get_null_member (item, "answer"));
  g_assert_cmpint (json_array_get_int_element (json_object_get_array_member (item, "footnotes"), 0), ==, 1);

  footnote = json_array_get_object_element (json_object_get_array_member (root, "footnotes"), 1);
  g_assert_cmpint (json_object_get_int_member (footnote, "number"), ==, 2);
  g_assert_true (g_str_has_prefix (json_array_get_string_element (json_object_get_array_member (footnote, "urls"), 0),
                                   "https://www.linkedin.com/posts/defensiestas_"));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "warnings")), ==, 0);

  /* Pretty, UTF-8 (not \u escapes), ends in a newline. */
  g_assert_nonnull (strstr (json, "\n  \"kind\" : \"questions\""));
  g_assert_nonnull (strstr (json, "initiëren"));
  g_assert_true (g_str_has_suffix (json, "}\n"));
}

static void
test_formatting_survives (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nIs **dit vet** en *dit schuin*, zie <https://example.org/a>?¹\n\n"
                                            "¹ Bron (mailto:griffie@example.org)\n");
  g_autofree char *json = kv_document_to_json (doc);
  g_autoptr (KvDocument) again = reload (json);
  KvRichText *q = kv_item_get_question (item_at (again, 0));
  const KvRun *run;

  g_assert_cmpstr (question (again, 0), ==, "Is dit vet en dit schuin, zie https://example.org/a?");
  /* "Is ", bold, " en ", italic, ", zie ", link, "?", marker. */
  g_assert_cmpuint (kv_rich_text_get_n_runs (q, 0), ==, 8);
  run = kv_rich_text_get_run (q, 0, 1);
  g_assert_cmpstr (run->text, ==, "dit vet");
  g_assert_cmpint (run->style, ==, KV_RUN_STYLE_BOLD);
  run = kv_rich_text_get_run (q, 0, 3);
  g_assert_cmpstr (run->text, ==, "dit schuin");
  g_assert_cmpint (run->style, ==, KV_RUN_STYLE_ITALIC);
  run = kv_rich_text_get_run (q, 0, 5);
  g_assert_cmpstr (run->link, ==, "https://example.org/a");
  run = kv_rich_text_get_run (q, 0, 7);
  g_assert_cmpuint (run->footnote, ==, 1);
  g_assert_cmpstr (kv_footnote_get_urls (kv_document_lookup_footnote (again, 1))[0], ==, "mailto:griffie@example.org");
  g_assert_true (kv_rich_text_equal (q, kv_item_get_question (item_at (doc, 0))));
}

static void
test_hostile_text (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nWat doet <span>&amp; <a href=javascript:alert(1)>klik</a> "
                                            "<javascript:alert(2)> [hier](javascript:alert(3)) data:text/html?\n");
  KvRichText *q = kv_item_get_question (item_at (doc, 0));

  g_assert_cmpstr (question (doc, 0), ==,
                   "Wat doet <span>&amp; <a href=javascript:alert(1)>klik</a> <javascript:alert(2)> "
                   "[hier](javascript:alert(3)) data:text/html?");
  for (guint b = 0; b < kv_rich_text_get_n_blocks (q); b++)
    for (guint r = 0; r < kv_rich_text_get_n_runs (q, b); r++)
      g_assert_null (kv_rich_text_get_run (q, b, r)->link);
}

/* Schemes are case-insensitive: what the text reader takes for a link, the
 * JSON reader takes too (a case the fuzzer found). */
static void
test_mixed_case_scheme (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nStaat het op hTtps://example.org/a?\n");
  g_autofree char *json = kv_document_to_json (doc);
  g_autoptr (KvDocument) again = reload (json);
  g_autofree char *json_again = kv_document_to_json (again);
  KvRichText *q = kv_item_get_question (item_at (again, 0));

  g_assert_cmpstr (kv_rich_text_get_run (q, 0, 1)->link, ==, "hTtps://example.org/a");
  g_assert_cmpstr (json_again, ==, json);
}

static void
test_unsafe_link_rejected (void)
{
  static const char json[] =
    "{\"format\":\"kamervragen\",\"version\":1,\"kind\":\"questions\",\"askers\":[],\"addressees\":[],"
    "\"answered_by\":[],\"items\":[{\"numbers\":[1],\"question\":\"klik\",\"answer\":null,\"footnotes\":[]}],"
    "\"footnotes\":[],\"notes\":[],\"warnings\":[],\"rich\":{\"items\":[{\"question\":[{\"kind\":\"paragraph\","
    "\"runs\":[{\"text\":\"klik\",\"link\":\"javascript:alert(1)\"}]}],\"answer\":null}],\"footnotes\":[],\"notes\":[]}}";
  g_autoptr (GBytes) bytes = g_bytes_new_static (json, strlen (json));
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, &error);

  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID);
  g_assert_null (doc);
}

static void
test_plain_only (void)
{
  static const char json[] =
    "{\"format\":\"kamervragen\",\"version\":1,\"kind\":\"answers\",\"zaak\":null,\"subject\":\"iets\","
    "\"askers\":[{\"name\":\"Jansen\",\"party\":null}],\"addressees\":[\"Minister van Financiën\"],"
    "\"answered_by\":[],\"items\":[{\"numbers\":[2,3],\"question\":\"Een?\\n\\nTwee?\",\"answer\":\"Ja.\","
    "\"footnotes\":[1]}],\"footnotes\":[{\"number\":1,\"text\":\"Bron\",\"urls\":[]}],"
    "\"notes\":[{\"kind\":\"mededeling\",\"text\":\"Later.\"}],\"warnings\":[\"Let op\"]}";
  g_autoptr (KvDocument) doc = reload (json);

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "iets");
  g_assert_null (kv_person_get_party (asker_at (doc, 0)));
  assert_numbers (doc, 0, 2, 3);
  g_assert_cmpuint (kv_rich_text_get_n_blocks (kv_item_get_question (item_at (doc, 0))), ==, 2);
  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");
  assert_cited (doc, 0, 1);
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_MEDEDELING);
  g_assert_cmpstr (kv_document_get_warnings (doc)[0], ==, "Let op");
}

static void
assert_json_error (const char *json,
                   int         code)
{
  g_autoptr (GBytes) bytes = g_bytes_new (json, strlen (json));
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, &error);

  g_assert_error (error, KV_DOCUMENT_ERROR, code);
  g_assert_null (doc);
}

static void
test_malformed (void)
{
  assert_json_error ("{\"format\": \"kamervragen\", ", KV_DOCUMENT_ERROR_INVALID);
  assert_json_error ("{\"format\": \"iets anders\", \"version\": 1}", KV_DOCUMENT_ERROR_UNSUPPORTED);
  assert_json_error ("{\"@odata.context\": \"x\", \"value\": []}", KV_DOCUMENT_ERROR_UNSUPPORTED);
  assert_json_error ("{\"format\": \"kamervragen\", \"version\": 2}", KV_DOCUMENT_ERROR_UNSUPPORTED);
  assert_json_error ("{\"format\": \"kamervragen\", \"version\": \"1\"}", KV_DOCUMENT_ERROR_UNSUPPORTED);
  assert_json_error ("{\"format\": \"kamervragen\", \"version\": 1, \"kind\": \"roman\"}", KV_DOCUMENT_ERROR_INVALID);
  assert_json_error ("{\"format\": \"kamervragen\", \"version\": 1, \"kind\": \"questions\", \"askers\": {}}",
                     KV_DOCUMENT_ERROR_INVALID);
  assert_json_error ("{\"format\":\"kamervragen\",\"version\":1,\"kind\":\"questions\",\"askers\":[],"
                     "\"addressees\":[],\"answered_by\":[],\"warnings\":[],\"items\":[{\"numbers\":[0],"
                     "\"question\":\"x\",\"answer\":null,\"footnotes\":[]}],\"footnotes\":[],\"notes\":[]}",
                     KV_DOCUMENT_ERROR_INVALID);
  assert_json_error ("{\"format\":\"kamervragen\",\"version\":1,\"kind\":\"questions\",\"askers\":[],"
                     "\"addressees\":[],\"answered_by\":[],\"warnings\":[],\"items\":[],\"footnotes\":["
                     "{\"number\":1,\"text\":\"a\",\"urls\":[]},{\"number\":1,\"text\":\"b\",\"urls\":[]}],\"notes\":[]}",
                     KV_DOCUMENT_ERROR_INVALID);
  assert_json_error ("{\"format\":\"kamervragen\",\"version\":1,\"kind\":\"questions\",\"askers\":[],"
                     "\"addressees\":[],\"answered_by\":[],\"warnings\":[],\"items\":[],\"footnotes\":[],"
                     "\"notes\":[],\"rich\":{\"items\":[{}],\"footnotes\":[],\"notes\":[]}}",
                     KV_DOCUMENT_ERROR_INVALID);
}

int
main (int   argc,
      char *argv[])
{
  static const char *samples[] = {
    "2025Z04271.txt",
    "2024Z18891.questions.docx-text.txt",
    "AH608-2024Z14419.answer.docx-text.txt",
    "AH615-2024Z17538.mededeling.docx-text.txt",
    "ah-tk-20232024-387.pdf-to-markdown.md",
    "ah-tk-20242025-562.mededeling.pdf-text.txt",
    "ah-tk-20242025-582.pdf-text.txt",
    "ah-tk-20242025-585.single-question.pdf-text.txt",
    "ah-tk-20242025-593.pdf-text.txt",
    "kv-tk-2024Z18559.pdf-text.txt",
    "kv-tk-2024Z18656.pdf-text.txt",
    "kv-tk-2024Z18775.mondeling.pdf-text.txt",
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (samples); i++)
    {
      g_autofree char *path = g_strdup_printf ("/kv/json/round-trip/%s", samples[i]);
      g_test_add_data_func (path, samples[i], test_round_trip);
    }
  g_test_add_func ("/kv/json/example-shape", test_example_shape);
  g_test_add_func ("/kv/json/formatting-survives", test_formatting_survives);
  g_test_add_func ("/kv/json/hostile-text", test_hostile_text);
  g_test_add_func ("/kv/json/mixed-case-scheme", test_mixed_case_scheme);
  g_test_add_func ("/kv/json/unsafe-link-rejected", test_unsafe_link_rejected);
  g_test_add_func ("/kv/json/plain-only", test_plain_only);
  g_test_add_func ("/kv/json/malformed", test_malformed);

  return g_test_run ();
}
