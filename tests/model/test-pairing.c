/* test-pairing.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model-test-utils.h"

/* Pairing a questions document with its answers document: by Zaak and
 * by item numbers, grouped answers included.
 */

/* The export keeps who answered each question and when. */
static void
assert_paired_round_trip (KvDocument         *paired,
                          const char * const *answered_by)
{
  g_autofree char *json = kv_document_to_json (paired);
  g_autoptr (KvDocument) again = round_trip (paired);

  g_assert_nonnull (strstr (json, "\"received\" : \"2025-04-02\""));
  assert_strv (kv_item_get_answered_by (item_at (again, 0)), answered_by);
  g_assert_cmpstr (kv_item_get_received (item_at (again, 0)), ==, "2025-04-02");
}

static void
test_constructed_pair (void)
{
  g_autoptr (KvDocument) questions = load_data ("constructed-kv-tk-2025Z99999.xml");
  g_autoptr (KvDocument) answers = load_data ("constructed-ah-tk-20242025-9999.xml");
  g_autoptr (GError) error = NULL;
  static const char * const answered_by[] = {
    "Minister Visser (Infrastructuur en Waterstaat)", "Minister van Economische Zaken", NULL,
  };

  g_assert_null (kv_item_get_received (item_at (questions, 0)));
  g_assert_null (kv_item_get_answered_by (item_at (questions, 0))[0]);

  g_assert_true (kv_document_pair_answers (questions, answers, &error));
  g_assert_no_error (error);
  assert_no_warnings (questions);

  /* The questions keep their own numbering; "Antwoord 2 en 3" answers
   * both Vraag 2 and Vraag 3.
   */
  g_assert_cmpuint (n_items (questions), ==, 4);
  assert_numbers (questions, 1, 2);
  assert_numbers (questions, 2, 3);
  g_assert_cmpstr (answer (questions, 0), ==, "Ja.");
  g_assert_true (g_str_has_prefix (answer (questions, 1), "Het Hoogwaterbeschermingsprogramma noemt de dijken"));
  g_assert_true (kv_item_get_answer (item_at (questions, 1)) == kv_item_get_answer (item_at (questions, 2)));
  g_assert_true (g_str_has_prefix (answer (questions, 3), "Zie het antwoord op de vragen 2 en 3"));

  for (guint i = 0; i < 4; i++)
    {
      assert_strv (kv_item_get_answered_by (item_at (questions, i)), answered_by);
      g_assert_cmpstr (kv_item_get_received (item_at (questions, i)), ==, "2025-04-02");
    }

  /* The answers' own footnote comes along; the shared one stays. */
  assert_cited (questions, 1, 2);
  g_assert_nonnull (kv_document_lookup_footnote (questions, 2));
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (questions)), ==, 2);

  assert_paired_round_trip (questions, answered_by);
}

static void
test_delay_notice (void)
{
  g_autoptr (KvDocument) questions = load_data ("constructed-kv-tk-2025Z99999.xml");
  g_autoptr (KvDocument) notice = load_data ("constructed-ah-tk-20242025-9998.mededeling.xml");
  g_autoptr (GError) error = NULL;

  g_assert_false (kv_document_pair_answers (questions, notice, &error));
  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The second document contains no answers.");
  g_assert_null (kv_item_get_answer (item_at (questions, 0)));
}

/* Constructed answers to the real questions of kv-tk-2016Z00020; the
 * answer texts are made up.
 */
static const char answers_2016Z00020[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<officiele-publicatie><metadata>"
  "<meta name=\"DC.identifier\" content=\"ah-tk-20152016-9999\"/>"
  "<meta name=\"OVERHEIDop.vraagnummer\" content=\"2016Z00020\"/></metadata>"
  "<kamervragen><kamervraagomschrijving type=\"antwoord\">Antwoord van Minister Asscher (Sociale Zaken en "
  "Werkgelegenheid) (ontvangen <datum isodatum=\"2016-02-01\">1 februari 2016</datum>).</kamervraagomschrijving>"
  "<vraag><nr>Vraag 1</nr><al>Wat is uw reactie?</al></vraag>"
  "<antwoord><nr>Antwoord 1</nr><al>Een reactie.</al></antwoord>"
  "<vraag><nr>Vraag 2 en 3</nr><al>Bent u van mening dat…</al></vraag>"
  "<antwoord><nr>Antwoord 2 en 3</nr><al>Dat hangt ervan af.</al></antwoord>"
  "<vraag><nr>Vraag 4</nr><al>Bent u bereid…</al></vraag>"
  "<antwoord><nr>Antwoord 4</nr><al>Ja.</al></antwoord>"
  "<vraag><nr>Vraag 5</nr><al>Extra?</al></vraag>"
  "<antwoord><nr>Antwoord 5</nr><al>Deze vraag staat niet in de vragen.</al></antwoord>"
  "</kamervragen></officiele-publicatie>\n";

static void
test_html_questions (void)
{
  g_autoptr (KvDocument) questions = load_data ("kv-tk-2016Z00020+2016Z00047.ob-html-fragments.html");
  g_autoptr (KvDocument) answers = load_string (answers_2016Z00020);
  g_autoptr (GError) error = NULL;
  static const char * const answered_by[] = { "Minister Asscher (Sociale Zaken en Werkgelegenheid)", NULL };

  g_assert_cmpstr (kv_document_get_zaak (answers), ==, "2016Z00020");
  g_assert_true (kv_document_pair_answers (questions, answers, &error));
  g_assert_no_error (error);

  g_assert_cmpstr (answer (questions, 0), ==, "Een reactie.");
  g_assert_cmpstr (answer (questions, 1), ==, "Dat hangt ervan af.");
  g_assert_cmpstr (answer (questions, 2), ==, "Dat hangt ervan af.");
  g_assert_cmpstr (answer (questions, 3), ==, "Ja.");
  assert_strv (kv_item_get_answered_by (item_at (questions, 3)), answered_by);
  g_assert_cmpstr (kv_item_get_received (item_at (questions, 3)), ==, "2016-02-01");

  /* The questions have no Vraag 5. */
  g_assert_true (has_warning_containing (questions, "Answer 5 matches no question."));
}

static void
test_other_zaak (void)
{
  g_autoptr (KvDocument) questions = load_data ("constructed-kv-tk-2025Z99999.xml");
  g_autoptr (KvDocument) answers = load_string (answers_2016Z00020);
  g_autoptr (GError) error = NULL;

  g_assert_false (kv_document_pair_answers (questions, answers, &error));
  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "The answers are to the questions of Zaak 2016Z00020, not to those of Zaak 2025Z99999.");
  g_assert_null (kv_item_get_answer (item_at (questions, 0)));
}

static void
test_answers_in_parts (void)
{
  /* Vraag 4 en 5 asked together, answered in two parts. */
  g_autoptr (KvDocument) questions = load_string ("<kamervragen><vraag><nr>Vraag 4 en 5</nr><al>Hoe en waarom?</al>"
                                                  "</vraag></kamervragen>");
  g_autoptr (KvDocument) answers = load_string ("<kamervragen><vraag><nr>Vraag 4</nr><al>Hoe?</al></vraag>"
                                                "<antwoord><nr>Antwoord 4</nr><al>Zo.</al></antwoord>"
                                                "<vraag><nr>Vraag 5</nr><al>Waarom?</al></vraag>"
                                                "<antwoord><nr>Antwoord 5</nr><al>Daarom.</al></antwoord>"
                                                "</kamervragen>");
  g_autoptr (GError) error = NULL;

  g_assert_true (kv_document_pair_answers (questions, answers, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (answer (questions, 0), ==, "Zo.\n\nDaarom.");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/pairing/constructed-pair", test_constructed_pair);
  g_test_add_func ("/kv/pairing/delay-notice", test_delay_notice);
  g_test_add_func ("/kv/pairing/html-questions", test_html_questions);
  g_test_add_func ("/kv/pairing/other-zaak", test_other_zaak);
  g_test_add_func ("/kv/pairing/answers-in-parts", test_answers_in_parts);

  return g_test_run ();
}
