/* test-document.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model-test-utils.h"

/* The example document, samples/2025Z04271.txt, read by eye. */

static void
test_example_header (void)
{
  g_autoptr (KvDocument) doc = load_data ("2025Z04271.txt");
  const char *addressees[] = {
    "Staatssecretaris van Defensie",
    "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
    NULL,
  };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2025Z04271");
  g_assert_null (kv_document_get_publication (doc));
  g_assert_null (kv_document_get_aanhangsel (doc));
  g_assert_cmpstr (kv_document_get_subject (doc), ==,
                   "het werkbezoek van de Staatssecretaris van Defensie aan Microsoft en Amazon");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-03-10");
  g_assert_null (kv_document_get_received (doc));

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 2);
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Kathmann");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "GroenLinks-PvdA");
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 1)), ==, "Nordkamp");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 1)), ==, "GroenLinks-PvdA");

  assert_strv (kv_document_get_addressees (doc), addressees);
  g_assert_cmpuint (g_strv_length ((char **) kv_document_get_answered_by (doc)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 0);
  assert_no_warnings (doc);
}

static void
test_example_items (void)
{
  g_autoptr (KvDocument) doc = load_data ("2025Z04271.txt");

  g_assert_cmpuint (n_items (doc), ==, 17);
  for (guint i = 0; i < 17; i++)
    {
      assert_numbers (doc, i, i + 1);
      g_assert_null (kv_item_get_answer (item_at (doc, i)));
    }

  g_assert_cmpstr (question (doc, 0), ==,
                   "Kunt u uitleggen wat het doel was van uw werkbezoek van 3 tot en met 5 maart 2025 "
                   "aan Microsoft en Amazon in Seattle?");
  g_assert_cmpstr (question (doc, 5), ==,
                   "Acht u de totale afhankelijkheid van clouddiensten van niet-Europese techbedrijven "
                   "een mogelijk risico voor de Nederlandse en Europese autonomie en veiligheid?");
  g_assert_cmpstr (question (doc, 6), ==,
                   "Heeft het Ministerie van Defensie een strategie voor het terugdringen van strategische "
                   "afhankelijkheden van niet-Europese techbedrijven? Zo ja, hoe gaat u deze afhankelijkheden "
                   "verminderen? Zo nee, waarom niet en bent u bereid deze strategie alsnog te ontwikkelen?");
  g_assert_cmpstr (question (doc, 12), ==,
                   "Bent u bereid (alsnog) gesprekken te initiëren met Europese alternatieven zoals OVHcloud, "
                   "Nextcloud, of het GAIA-X-initiatief?");
  g_assert_cmpstr (question (doc, 13), ==,
                   "Wat bedoelt u precies met uw openbare uitspraak: «Met een slimme mix van eigen en "
                   "commerciële cloudoplossingen vergroten we onze digitale slagkracht»?");
  g_assert_cmpstr (question (doc, 16), ==, "Kunt u deze vragen afzonderlijk van elkaar beantwoorden?");
}

static void
test_example_footnotes (void)
{
  g_autoptr (KvDocument) doc = load_data ("2025Z04271.txt");
  KvRichText *q1;
  const KvRun *run;
  KvFootnote *footnote;
  const char *url1[] = {
    "https://www.rijksoverheid.nl/ministeries/ministerie-van-defensie/agenda/2025/03/03/"
    "agenda-staatssecretaris-tuinman-week-10",
    NULL,
  };
  const char *url2[] = {
    "https://www.linkedin.com/posts/defensiestas_met-alleen-staal-en-vuur-komen-we-er-niet-"
    "activity-7302991284237963264-XuxW?utm_source=share&utm_medium=member_ios&"
    "rcm=ACoAAADAYiABDyjlU612hQBamO1BT7U5oX3m6bg",
    NULL,
  };

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 2);

  assert_cited (doc, 0, 1);
  assert_cited (doc, 13, 2);
  for (guint i = 0; i < 17; i++)
    if (i != 0 && i != 13)
      {
        guint n;

        kv_item_get_footnotes (item_at (doc, i), &n);
        g_assert_cmpuint (n, ==, 0);
      }

  /* The marker of item 1 is the last run, labelled "1". */
  q1 = kv_item_get_question (item_at (doc, 0));
  g_assert_cmpuint (kv_rich_text_get_n_blocks (q1), ==, 1);
  run = kv_rich_text_get_run (q1, 0, kv_rich_text_get_n_runs (q1, 0) - 1);
  g_assert_cmpuint (run->footnote, ==, 1);
  g_assert_cmpstr (run->text, ==, "1");

  footnote = kv_document_lookup_footnote (doc, 1);
  g_assert_nonnull (footnote);
  g_assert_cmpuint (kv_footnote_get_number (footnote), ==, 1);
  g_assert_cmpstr (plain (kv_footnote_get_text (footnote)), ==,
                   "Rijksoverheid, Agenda Staatssecretaris Tuinman week 10 (https://www.rijksoverheid.nl/"
                   "ministeries/ministerie-van-defensie/agenda/2025/03/03/agenda-staatssecretaris-tuinman-week-10)");
  assert_strv (kv_footnote_get_urls (footnote), url1);

  footnote = kv_document_lookup_footnote (doc, 2);
  g_assert_nonnull (footnote);
  g_assert_true (g_str_has_prefix (plain (kv_footnote_get_text (footnote)),
                                   "LinkedIn bericht van Staatssecretaris Tuinman, 5 maart 2025 (https://www.linkedin.com/"));
  assert_strv (kv_footnote_get_urls (footnote), url2);

  /* The address in "<…>" became a link run without the brackets. */
  run = kv_rich_text_get_run (kv_footnote_get_text (kv_document_lookup_footnote (doc, 1)), 0, 1);
  g_assert_cmpstr (run->link, ==, url1[0]);
  g_assert_cmpstr (run->text, ==, url1[0]);

  g_assert_null (kv_document_lookup_footnote (doc, 3));
}

static void
test_example_search (void)
{
  g_autoptr (KvDocument) doc = load_data ("2025Z04271.txt");
  g_autofree char *needle = kv_fold_text ("INITIEREN");
  g_autofree char *in_footnote = kv_fold_text ("Tuinman week 10");
  g_autofree char *nowhere = kv_fold_text ("kernenergie");

  g_assert_true (kv_item_matches (item_at (doc, 12), needle));
  g_assert_false (kv_item_matches (item_at (doc, 11), needle));
  /* Footnote text counts for the item that cites it. */
  g_assert_true (kv_item_matches (item_at (doc, 0), in_footnote));
  g_assert_false (kv_item_matches (item_at (doc, 1), in_footnote));
  g_assert_false (kv_item_matches (item_at (doc, 0), nowhere));
  g_assert_true (kv_item_matches (item_at (doc, 0), ""));
}

static void
test_fold (void)
{
  g_autofree char *a = kv_fold_text ("Financiën");
  g_autofree char *b = kv_fold_text ("ÉÉN Coördinator");
  g_autofree char *c = kv_fold_text ("15\xc2\xa0juli");

  g_autofree char *d = kv_fold_text ("Financie\xcc\x88n");   /* e + combining diaeresis */
  g_autofree char *e = kv_fold_text ("«Straße»\tCO\xe2\x82\x82");

  g_assert_cmpstr (a, ==, "financien");
  g_assert_cmpstr (b, ==, "een coordinator");
  g_assert_cmpstr (c, ==, "15 juli");
  g_assert_cmpstr (d, ==, "financien");
  g_assert_cmpstr (e, ==, "«strasse» co\xe2\x82\x82");
}

static void
test_rich_text (void)
{
  g_autoptr (KvRichText) text = kv_rich_text_new ();
  g_autofree char *flat = NULL;

  kv_rich_text_begin_block (text, KV_BLOCK_PARAGRAPH);
  kv_rich_text_append (text, "Zie ", KV_RUN_STYLE_NONE, NULL, 0);
  kv_rich_text_append (text, "dit", KV_RUN_STYLE_NONE, NULL, 0);
  kv_rich_text_append (text, "1", KV_RUN_STYLE_NONE, NULL, 1);
  kv_rich_text_begin_block (text, KV_BLOCK_LIST_ITEM);
  kv_rich_text_append (text, "vet", KV_RUN_STYLE_BOLD, NULL, 0);
  kv_rich_text_append (text, "https://example.org", KV_RUN_STYLE_NONE, "https://example.org", 0);

  /* Plain runs of one style merge; markers and links stay apart. */
  g_assert_cmpuint (kv_rich_text_get_n_runs (text, 0), ==, 2);
  g_assert_cmpstr (kv_rich_text_get_run (text, 0, 0)->text, ==, "Zie dit");
  g_assert_cmpint (kv_rich_text_get_block_kind (text, 1), ==, KV_BLOCK_LIST_ITEM);
  g_assert_cmpuint (kv_rich_text_get_n_runs (text, 1), ==, 2);

  flat = kv_rich_text_to_plain (text);
  g_assert_cmpstr (flat, ==, "Zie dit\n\nvethttps://example.org");
}

static void
test_item_numbers (void)
{
  g_autoptr (KvRichText) text = kv_rich_text_new_plain ("Vraag");
  g_autoptr (KvItem) item = kv_item_new ((const guint[]) { 8, 4, 5, 7, 4 }, 5, text);
  guint n;
  const guint *numbers = kv_item_get_numbers (item, &n);

  g_assert_cmpuint (n, ==, 4);
  g_assert_cmpuint (numbers[0], ==, 4);
  g_assert_cmpuint (numbers[1], ==, 5);
  g_assert_cmpuint (numbers[2], ==, 7);
  g_assert_cmpuint (numbers[3], ==, 8);
  g_assert_true (kv_item_has_numbers (item, (const guint[]) { 4, 5, 7, 8 }, 4));
  g_assert_null (kv_item_get_answer (item));
  g_assert_finalize_object (g_steal_pointer (&item));
}

static void
test_finalize (void)
{
  KvDocument *doc = load_data ("ah-tk-20242025-593.pdf-text.txt");

  g_assert_finalize_object (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/model/example/header", test_example_header);
  g_test_add_func ("/kv/model/example/items", test_example_items);
  g_test_add_func ("/kv/model/example/footnotes", test_example_footnotes);
  g_test_add_func ("/kv/model/example/search", test_example_search);
  g_test_add_func ("/kv/model/fold", test_fold);
  g_test_add_func ("/kv/model/rich-text", test_rich_text);
  g_test_add_func ("/kv/model/item-numbers", test_item_numbers);
  g_test_add_func ("/kv/model/finalize", test_finalize);

  return g_test_run ();
}
