/* test-samples.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model-test-utils.h"

/* Every real text document in tests/data/, with figures read from the
 * documents themselves (see tests/data/README for their sources). The
 * XML and HTML samples are in test-xml.c and test-html.c.
 */

static void
assert_asker (KvDocument *doc,
              guint       index,
              const char *name,
              const char *party)
{
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, index)), ==, name);
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, index)), ==, party);
}

static void
test_word_questions (void)
{
  g_autoptr (KvDocument) doc = load_data ("2024Z18891.questions.docx-text.txt");
  const char *addressees[] = { "minister van Justitie en Veiligheid", NULL };
  const char *urls[] = {
    "https://pointer.kro-ncrv.nl/berucht-escortbureau-nirvana-kreeg-vergunning-ondanks-voor-"
    "mensenhandel-veroordeelde-oprichter",
    NULL,
  };
  guint n;

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z18891");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-20");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "vergunningverlening aan escortbureaus");
  assert_asker (doc, 0, "Tseggai", "GroenLinks-PvdA");
  assert_strv (kv_document_get_addressees (doc), addressees);

  /* Six unnumbered question paragraphs. */
  g_assert_cmpuint (n_items (doc), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      kv_item_get_numbers (item_at (doc, i), &n);
      g_assert_cmpuint (n, ==, 0);
    }
  g_assert_cmpstr (question (doc, 0), ==,
                   "Kent u het bericht 'Berucht escortbureau Nirvana kreeg vergunning ondanks voor "
                   "mensenhandel veroordeelde oprichter'?");
  assert_cited (doc, 0, 1);
  g_assert_true (g_str_has_prefix (question (doc, 5),
                                   "Deelt u de mening van de Vereniging Exploitanten Relaxbedrijven (VER)"));

  /* The "1)" note at the end of the Word text. */
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 1);
  g_assert_true (g_str_has_prefix (footnote_text (doc, 1), "Pointer, 17 november 2024,"));
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), urls);
  assert_no_warnings (doc);
}

static void
test_word_answers (void)
{
  g_autoptr (KvDocument) doc = load_data ("AH608-2024Z14419.answer.docx-text.txt");
  const char *answered_by[] = {
    "minister Van Hijum (Sociale Zaken en Werkgelegenheid)",
    "minister van Justitie en Veiligheid",
    NULL,
  };
  KvNote *note;

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "608");
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z14419");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-19");
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  /* "1. …" questions with "Antwoord vraag 1:" answers. */
  g_assert_cmpuint (n_items (doc), ==, 12);
  for (guint i = 0; i < 12; i++)
    {
      assert_numbers (doc, i, i + 1);
      g_assert_nonnull (kv_item_get_answer (item_at (doc, i)));
    }
  g_assert_cmpstr (question (doc, 0), ==,
                   "Bent u bekend met de berichtgeving over de kwetsbaarheid van de ICT bij APG en het "
                   "Schuberg Phyllis-onderzoek waar dit uit bleek?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja, hier ben ik mee bekend.");
  g_assert_cmpstr (question (doc, 10), ==,
                   "Op welke manier gaat u ervoor zorgen dat er meer ICT-kennis komt aan de top van kritieke "
                   "instellingen? Is het versterken van de rol van de functionaris gegevensbescherming hiervoor "
                   "voldoende? Kan er desnoods vanuit het Rijk bijgesprongen worden met ICT-expertise als die "
                   "expertise aan de bestuurstafel mist?");
  g_assert_cmpstr (question (doc, 11), ==, "Kunt u deze vragen afzonderlijk van elkaar beantwoorden?");
  g_assert_cmpstr (answer (doc, 11), ==, "Ja.");

  /* Answer 5 has two paragraphs; answer 8 keeps its "(1) … (4)" list. */
  g_assert_cmpuint (kv_rich_text_get_n_blocks (kv_item_get_answer (item_at (doc, 4))), ==, 2);
  g_assert_nonnull (strstr (answer (doc, 7), "in kaart brengen van (1) de te beschermen belangen"));

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  note = note_at (doc, 0);
  g_assert_cmpint (kv_note_get_kind (note), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpstr (plain (kv_note_get_text (note)), ==,
                   "Deze vragen dienen ter aanvulling op eerdere vragen terzake van het lid Joseph "
                   "(Nieuw Sociaal Contract),ingezonden 25 september 2024 (vraagnummer 2024Z14247).");
  assert_no_warnings (doc);
}

static void
test_word_delay_notice (void)
{
  g_autoptr (KvDocument) doc = load_data ("AH615-2024Z17538.mededeling.docx-text.txt");
  const char *answered_by[] = {
    "staatssecretaris Rummenie (Landbouw, Visserij, Voedselzekerheid en Natuur)",
    NULL,
  };
  const char *addressees[] = {
    "minister van Landbouw, Visserij, Voedselzekerheid en Natuur",
    "staatssecretaris van Infrastructuur en Waterstaat",
    NULL,
  };
  KvNote *note;

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "615");
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z17538");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-20");
  assert_strv (kv_document_get_answered_by (doc), answered_by);
  g_assert_cmpuint (n_items (doc), ==, 0);

  /* The notice names the questions: askers, addressees and subject. */
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 2);
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 1)), ==, "Bromet");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 1)), ==, "GroenLinks-PvdA");
  assert_strv (kv_document_get_addressees (doc), addressees);
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de berichten dat Zeeuwse buffels te veel PFAS binnenkrijgen");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  note = note_at (doc, 0);
  g_assert_cmpint (kv_note_get_kind (note), ==, KV_NOTE_KIND_MEDEDELING);
  g_assert_cmpuint (kv_rich_text_get_n_blocks (kv_note_get_text (note)), ==, 2);
  g_assert_true (g_str_has_prefix (plain (kv_note_get_text (note)),
                                   "Op 6 november jl. hebben de leden Gabriëls en Bromet (beiden GroenLinks-PvdA)"));
  g_assert_true (g_str_has_suffix (plain (kv_note_get_text (note)),
                                   "Ik zal de Kamer zo spoedig mogelijk de antwoorden op de vragen doen toekomen."));
  assert_no_warnings (doc);
}

static void
test_pdf_delay_notice (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20242025-562.mededeling.pdf-text.txt");
  const char *addressees[] = { "Staatssecretaris van Volksgezondheid, Welzijn en Sport", NULL };
  const char *answered_by[] = { "Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport)", NULL };
  const char *url1[] = { "https://nos.nl/artikel/2541672-wachttijden-ggz-niet-goed-vastgelegd-zeggen-onderzoekers", NULL };
  KvNote *note;

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20242025-562");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "562");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-10-25");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-15");
  g_assert_cmpstr (kv_document_get_subject (doc), ==,
                   "het bericht «Wachttijden ggz niet goed vastgelegd, zeggen onderzoekers»");
  assert_asker (doc, 0, "Van den Hil", "VVD");
  assert_asker (doc, 1, "Bikker", "ChristenUnie");
  assert_strv (kv_document_get_addressees (doc), addressees);
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  /* Nine questions repeated without answers, across a page break. */
  g_assert_cmpuint (n_items (doc), ==, 9);
  for (guint i = 0; i < 9; i++)
    {
      assert_numbers (doc, i, i + 1);
      g_assert_null (kv_item_get_answer (item_at (doc, i)));
    }
  g_assert_cmpstr (question (doc, 0), ==,
                   "Bent u bekend met het bericht «Wachttijden ggz niet goed vastgelegd, zeggenonderzoekers»?");
  assert_cited (doc, 0, 1);
  assert_cited (doc, 2, 2, 3);
  g_assert_cmpstr (question (doc, 5), ==,
                   "Hoe wil u ervoor zorgen dat zorgverzekeraars kunnen beschikken over informatie over "
                   "wachtenden zodat zij proactieve wachtlijstbemiddeling inkunnen zetten?");

  /* Markers "1" and "2 3" stood on lines of their own. */
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 3);
  g_assert_cmpstr (footnote_text (doc, 1), ==,
                   "NOS, 22 oktober 2024, «Wachttijden ggz niet goed vastgelegd, zeggen onderzoekers» "
                   "(https://nos.nl/artikel/2541672-wachttijden-ggz-niet-goed-vastgelegd-zeggen-onderzoekers)");
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), url1);
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Kamerstuk 25 242, nr. 686");
  g_assert_cmpstr (footnote_text (doc, 3), ==, "Kamerstuk 36 200, nr. 77");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  note = note_at (doc, 0);
  g_assert_cmpint (kv_note_get_kind (note), ==, KV_NOTE_KIND_MEDEDELING);
  g_assert_true (g_str_has_prefix (plain (kv_note_get_text (note)),
                                   "De vragen van de leden Van den Hil (VVD) en Bikker (ChristenUnie) over het bericht"));
  g_assert_true (g_str_has_suffix (plain (kv_note_get_text (note)), "doentoekomen."));
  assert_no_warnings (doc);
}

static void
test_pdf_grouped_answers (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20242025-582.pdf-text.txt");
  const char *addressees[] = { "Minister van Buitenlandse Zaken", "Minister van Justitie en Veiligheid", NULL };
  const char *answered_by[] = { "Minister Veldkamp (Buitenlandse Zaken)", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20242025-582");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "582");
  g_assert_null (kv_document_get_zaak (doc));
  g_assert_cmpstr (kv_document_get_subject (doc), ==,
                   "de aanbesteding van rechtsbijstand aan Nederlandse ter doodveroordeelden");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-06");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-18");
  assert_asker (doc, 0, "Ellian", "VVD");
  assert_asker (doc, 1, "Paternotte", "D66");
  assert_strv (kv_document_get_addressees (doc), addressees);
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  g_assert_cmpuint (n_items (doc), ==, 5);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 1, 2);
  assert_numbers (doc, 2, 3);
  assert_numbers (doc, 3, 4, 5, 7, 8);
  assert_numbers (doc, 4, 6);

  g_assert_cmpstr (answer (doc, 0), ==,
                   "Ja. Net als in 2020 is een meervoudige onderhandse aanbestedingsproceduregevolgd.");
  /* Answer 3 follows a page footer. */
  g_assert_true (g_str_has_prefix (answer (doc, 2), "Voor de aanbesteding is gezocht naar partijen met kennis,"));
  g_assert_true (g_str_has_suffix (answer (doc, 2), "waar de doodstrafbestaat."));
  /* The four grouped questions are run together in one block. */
  g_assert_true (g_str_has_prefix (question (doc, 3), "Waarom kan de uitkomst van deze aanbestedingsprocedure"));
  g_assert_nonnull (strstr (question (doc, 3), "Zo ja of nee, waarom?Bent u bereid om zorg te dragen"));
  g_assert_true (g_str_has_suffix (answer (doc, 3), "vingeraan de pols gehouden."));
  g_assert_true (g_str_has_prefix (question (doc, 4), "Welke (ervarings-)deskundigen op het gebied van de doodstraf"));
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 0);
  assert_no_warnings (doc);
}

static void
test_pdf_single_question (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20242025-585.single-question.pdf-text.txt");
  const char *addressees[] = { "Minister van Justitie en Veiligheid", NULL };
  const char *answered_by[] = { "Minister Van Weel (Justitie en Veiligheid)", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20242025-585");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "correspondentie tussen de NCTV en de NAVO");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-10-01");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-18");
  assert_asker (doc, 0, "Van Houwelingen", "FVD");
  assert_strv (kv_document_get_addressees (doc), addressees);
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  g_assert_cmpuint (n_items (doc), ==, 1);
  assert_numbers (doc, 0, 1);
  g_assert_cmpstr (question (doc, 0), ==,
                   "Kan de Kamer de correspondentie ontvangen tussen de Nationaal Coördina-tor "
                   "Terrorismebestrijding en Veiligheid (NCTV) en de NAVO sinds 1 januari2020?");
  g_assert_true (g_str_has_suffix (answer (doc, 0), "wordt vanzelfsprekend met uw Kamer gedeeld."));
  assert_no_warnings (doc);
}

static void
test_pdf_range (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20242025-593.pdf-text.txt");
  const char *url1[] = {
    "https://www.rtvnoord.nl/politiek/1221721/ggd-arts-slaat-alarm-asielkinderen-opvang-assen-zijn-ondervoed-en-bang",
    NULL,
  };
  const char *answered_by[] = { "Minister Faber-Van de Klashorst (Asiel en Migratie)", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "593");
  g_assert_cmpstr (kv_document_get_subject (doc), ==,
                   "het bericht «GGD-arts slaat alarm: «Asielkinderen opvang Assen zijn ondervoed en bang»»");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-10-10");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-18");
  assert_asker (doc, 0, "Boomsma", "Nieuw Sociaal Contract");
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 1, 2, 3, 4, 5, 6);
  g_assert_cmpstr (question (doc, 0), ==, "Heeft u kennisgenomen van het artikel?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja");
  assert_cited (doc, 0, 1);
  /* Marker 2 began a line, marker 3 was glued to "Kamer". */
  assert_cited (doc, 1, 2, 3);
  g_assert_true (g_str_has_suffix (answer (doc, 1),
                                   "naar mijn brief van4 november jl. waarin ik op verzoek van uw Kamer een "
                                   "reactie heb gegeven op de opvangsituatie in Assen."));

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 3);
  g_assert_true (g_str_has_prefix (footnote_text (doc, 1), "RTV Noord, 9 oktober 2024, GGD-arts slaat alarm:"));
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), url1);
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Kamerstukken II 2024/25, 19 637, nr. 3308");
  /* "32024Z15585/2024D37938" is footnote 3 glued to a Zaak number. */
  g_assert_cmpstr (footnote_text (doc, 3), ==, "2024Z15585/2024D37938");
  assert_no_warnings (doc);
}

static void
test_pdf_many_questions (void)
{
  g_autoptr (KvDocument) doc = load_data ("kv-tk-2024Z18559.pdf-text.txt");
  const char *addressees[] = {
    "Minister van Justitie en Veiligheid",
    "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
    NULL,
  };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z18559");
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "kv-tk-2024Z18559");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "het niet naleven van de Wet politiegegevens");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-15");
  assert_asker (doc, 0, "Kathmann", "GroenLinks-PvdA");
  assert_asker (doc, 1, "El Abassi", "DENK");
  assert_strv (kv_document_get_addressees (doc), addressees);

  g_assert_cmpuint (n_items (doc), ==, 73);
  for (guint i = 0; i < 73; i++)
    assert_numbers (doc, i, i + 1);

  g_assert_cmpstr (question (doc, 0), ==,
                   "Bent u bekend met het bericht «De politie bewaart alles, altijd, van iedereen. Dat is in "
                   "strijd met de wet» (Follow the Money, 16 oktober)?");
  /* "opspo-" / "ringsdossier" was hyphenated at a line end. */
  g_assert_true (g_str_has_prefix (question (doc, 7),
                                   "Hoe vaak zijn oude gegevens, die nog geen onderdeel zijn van een opsporingsdossier, "
                                   "geraadpleegd in een cold case?"));
  g_assert_cmpstr (question (doc, 21), ==,
                   "Wanneer is de naleving van de Wpg door de politie het laatst onder de loepgenomen, zoals "
                   "de kritische audit door KPMG eind 2023? Is het meerjarig verbeterplan, opgesteld na een "
                   "slopend advies van een externe audit in2015, nu volledig uitgevoerd? Zo nee, wanneer wél?");
  g_assert_cmpstr (question (doc, 72), ==, "Kunt u deze vragen afzonderlijk van elkaar beantwoorden?");

  /* Detached markers: own line ("1", "4", "7") or leading a line ("2 Is", "3 nu", "5 Wat", "6 Is"). */
  assert_cited (doc, 11, 1);
  assert_cited (doc, 21, 2, 3);
  assert_cited (doc, 22, 4);
  assert_cited (doc, 32, 5);
  assert_cited (doc, 44, 6);
  assert_cited (doc, 48, 7);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 7);
  g_assert_true (g_str_has_prefix (footnote_text (doc, 1), "«Dus vooruitlopend op de herziening"));
  g_assert_true (g_str_has_suffix (footnote_text (doc, 1), "tijdens het vragenuur, 22 oktober 2024."));
  g_assert_cmpstr (footnote_text (doc, 2), ==,
                   "Nationale Politie Privacy assurance-rapport inzake Wet politiegegevens (KPMG, 20 oktober 2023)");
  g_assert_cmpstr (footnote_text (doc, 3), ==, "Kamerstuk 33 842, nr. 3");
  g_assert_cmpstr (footnote_text (doc, 6), ==, "Kamerstuk 29 628, nr. 859");
  g_assert_cmpstr (footnote_text (doc, 7), ==, "Samengevat in memo 086 uit de Woo-stukken.");
  assert_no_warnings (doc);
}

static void
test_pdf_toelichting (void)
{
  g_autoptr (KvDocument) doc = load_data ("kv-tk-2024Z18656.pdf-text.txt");
  const char *addressees[] = { "Minister van Binnenlandse Zaken en koninkrijksrelaties", NULL };
  const char *url1[] = {
    "https://www.nrc.nl/nieuws/2024/11/07/brandbrief-over-racisme-bij-de-rijksoverheid-medewerkers-"
    "van-kleur-lijken-systematisch-doelwit-te-worden-a4872307",
    NULL,
  };
  KvNote *note;

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z18656");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-18");
  assert_asker (doc, 0, "Chakor", "GroenLinks-PvdA");
  assert_strv (kv_document_get_addressees (doc), addressees);
  g_assert_true (g_str_has_prefix (kv_document_get_subject (doc),
                                   "het artikel «Brandbrief over racisme bij de Rijksoverheid:"));

  g_assert_cmpuint (n_items (doc), ==, 11);
  assert_numbers (doc, 10, 11);
  assert_cited (doc, 0, 1);
  g_assert_cmpstr (question (doc, 10), ==,
                   "Hoe wilt u de genoemde «cirkel van uitsluiting» doorbreken, en hoe zorgt uervoor dat de "
                   "Rijksoverheid écht het goede voorbeeld geeft in de strijd tegenracisme en discriminatie?");
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), url1);

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  note = note_at (doc, 0);
  g_assert_cmpint (kv_note_get_kind (note), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpstr (plain (kv_note_get_text (note)), ==,
                   "Deze vragen dienen ter aanvulling op eerdere vragen terzake van het lid Bamenga (D66), "
                   "ingezonden 13 november 2024 (vraagnummer 2024Z18284).");
  assert_no_warnings (doc);
}

static void
test_pdf_oral_questions (void)
{
  g_autoptr (KvDocument) doc = load_data ("kv-tk-2024Z18775.mondeling.pdf-text.txt");
  const char *addressees[] = { "Minister voor Economische Zaken", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ORAL_QUESTIONS);
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z18775");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-19");
  assert_asker (doc, 0, "Krul", "CDA");
  assert_strv (kv_document_get_addressees (doc), addressees);
  g_assert_true (g_str_has_prefix (kv_document_get_subject (doc),
                                   "het bericht «TEMU schendt privacy door telefoon ’s nachts te ontgrendelen"));
  g_assert_cmpuint (n_items (doc), ==, 0);
  assert_no_warnings (doc);
}

static void
test_pdf_markdown (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20232024-387.pdf-to-markdown.md");
  const char *answered_by[] = { "Minister Bruins Slot (Buitenlandse Zaken)", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20232024-387");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "387");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de situatie in de Zuidelijke Kaukasus");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2023-10-02");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2023-11-13");
  assert_asker (doc, 0, "Boswijk", "CDA");
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  g_assert_cmpuint (n_items (doc), ==, 9);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 2, 3);
  assert_numbers (doc, 3, 4, 5);
  assert_numbers (doc, 8, 10);

  /* "[1 ]" and "[2]" markers. */
  g_assert_cmpstr (question (doc, 0), ==,
                   "Bent u bekend met de recente berichtgeving omtrent Nagorno-Karabach, in het bijzonder de "
                   "commentaren «Netjes gezuiverd» en «Goede bedoelingen van de EU zijn weinig waard als de "
                   "harde machtsverhoudingen verschuiven»?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");
  assert_cited (doc, 0, 1, 2);
  /* Answer 2 runs on after the page break, to its marker [3 ]. */
  g_assert_true (g_str_has_suffix (answer (doc, 1), "van de aangenomen motie van het Lid Ceder over op basis van feiten (12-10-2023)."));
  assert_cited (doc, 1, 3);
  assert_cited (doc, 2, 4, 5);
  assert_cited (doc, 4, 6);
  assert_cited (doc, 5, 7, 8);
  assert_cited (doc, 8, 9);
  /* "11[e ]" is an ordinal, not a footnote. */
  g_assert_nonnull (strstr (answer (doc, 6), "met het 11e sanctiepakket een belangrijk signaal"));

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 9);
  g_assert_true (g_str_has_prefix (footnote_text (doc, 1), "Nederlands Dagblad, 29 september 2023,"));
  g_assert_cmpstr (footnote_text (doc, 3), ==, "Kamerstuk 21 501-02, nr. 2733");
  g_assert_cmpstr (footnote_text (doc, 6), ==, "Gegevens ENTSOG, Enerdata.net");
  /* Identical texts under new numbers stay separate footnotes. */
  g_assert_cmpstr (footnote_text (doc, 5), ==, "Motie Bikker en Omtzigt, Kamerstuk 36 410, nr. 31");
  g_assert_cmpstr (footnote_text (doc, 8), ==, "Motie Bikker en Omtzigt, Kamerstuk 36 410, nr. 31");
  assert_no_warnings (doc);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/samples/word-questions", test_word_questions);
  g_test_add_func ("/kv/samples/word-answers", test_word_answers);
  g_test_add_func ("/kv/samples/word-delay-notice", test_word_delay_notice);
  g_test_add_func ("/kv/samples/pdf-delay-notice", test_pdf_delay_notice);
  g_test_add_func ("/kv/samples/pdf-grouped-answers", test_pdf_grouped_answers);
  g_test_add_func ("/kv/samples/pdf-single-question", test_pdf_single_question);
  g_test_add_func ("/kv/samples/pdf-range", test_pdf_range);
  g_test_add_func ("/kv/samples/pdf-many-questions", test_pdf_many_questions);
  g_test_add_func ("/kv/samples/pdf-toelichting", test_pdf_toelichting);
  g_test_add_func ("/kv/samples/pdf-oral-questions", test_pdf_oral_questions);
  g_test_add_func ("/kv/samples/pdf-markdown", test_pdf_markdown);

  return g_test_run ();
}
