/* test-xml.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "model-test-utils.h"

/* The Officiële Bekendmakingen XML reader: the two real samples, the
 * constructed publications of each kind, structures written inline, and
 * hostile files, which must be refused quickly with a clear message and
 * without reading anything outside the file.
 */

static const char *
footnote_url (KvDocument *doc,
              guint       number)
{
  KvFootnote *footnote = kv_document_lookup_footnote (doc, number);

  g_assert_nonnull (footnote);
  return kv_footnote_get_urls (footnote)[0];
}

/* The run of @text's block @block whose text is @run_text. */
static const KvRun *
find_run (KvRichText *text,
          guint       block,
          const char *run_text)
{
  for (guint r = 0; r < kv_rich_text_get_n_runs (text, block); r++)
    {
      const KvRun *run = kv_rich_text_get_run (text, block, r);

      if (g_str_equal (run->text, run_text))
        return run;
    }
  g_error ("no run “%s” in block %u", run_text, block);
}

static void
test_sample_876 (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20202021-876.vraag-antwoord-fragments.xml");
  KvRichText *note2;

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20202021-876");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "876");

  g_assert_cmpuint (n_items (doc), ==, 16);
  for (guint i = 0; i < 16; i++)
    assert_numbers (doc, i, i + 1);

  g_assert_cmpstr (question (doc, 0), ==,
                   "Herinnert u zich de oproep van de Europese Commissie van 15\u00a0juli jl. over onder andere "
                   "het voorbereiden op het griepseizoen tijdens de coronapandemie en de schriftelijke vragen die u "
                   "heeft beantwoord hieromtrent?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja");
  g_assert_cmpstr (question (doc, 2), ==,
                   "Maken griepvaccins deel uit van de strategie van het indammen van het coronavirus?");
  g_assert_cmpstr (question (doc, 15), ==,
                   "Kunt u deze vragen beantwoorden ieder afzonderlijk en vóór de behandeling van de begroting van "
                   "Volksgezondheid, Welzijn en Sport voor 2021?");
  g_assert_cmpstr (answer (doc, 15), ==, "Ja.");
  g_assert_true (g_str_has_prefix (answer (doc, 11), "Ik verwacht met de maatregel die ik op 27\u00a0oktober heb genomen"));
  g_assert_cmpuint (kv_rich_text_get_n_blocks (kv_item_get_answer (item_at (doc, 11))), ==, 3);

  /* Markers sit where the notes were, their numbers those of noot.nr. */
  assert_cited (doc, 0, 1, 2);
  assert_cited (doc, 1, 3);
  assert_cited (doc, 11, 4);
  assert_cited (doc, 12, 5);
  g_assert_cmpuint (find_run (kv_item_get_question (item_at (doc, 0)), 0, "2")->footnote, ==, 2);

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 5);
  g_assert_cmpstr (footnote_text (doc, 1), ==,
                   "Europese Commissie, 15\u00a0juli 2020, «Coronavirus: Commission strengthens preparedness for "
                   "future outbreaks» https://ec.europa.eu/commission/presscorner/detail/en/ip_20_1340");
  g_assert_cmpstr (footnote_url (doc, 1), ==, "https://ec.europa.eu/commission/presscorner/detail/en/ip_20_1340");
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Aanhangsel Handelingen II, vergaderjaar 2019–2020, nr. 3975");
  g_assert_cmpstr (footnote_url (doc, 2), ==, "https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3975");
  g_assert_cmpstr (footnote_text (doc, 3), ==, "Handelingen II, vergaderjaar 2019–2020, nr. 96, item 7, blz. 54.");
  g_assert_cmpstr (footnote_url (doc, 3), ==, "https://zoek.officielebekendmakingen.nl/h-tk-20192020-96-7");
  /* id="ID-876-d37e217" holds note 4 and id="n4" note 5. */
  g_assert_true (g_str_has_prefix (footnote_text (doc, 4), "Op basis van gegevens van CBS"));
  g_assert_null (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 4))[0]);
  g_assert_true (g_str_has_prefix (footnote_text (doc, 5), "Noordhollands Dagblad.nl, 22\u00a0oktober 2020"));
  g_assert_cmpstr (footnote_url (doc, 5), ==,
                   "https://www.noordhollandsdagblad.nl/cnt/dmf20201022_67622231/"
                   "esther-stond-voor-niks-in-de-rij-voor-een-griepprik-bij-de-letter-v-waren-ze-op");

  /* The document link is a link on the words "3975" only. */
  note2 = kv_footnote_get_text (kv_document_lookup_footnote (doc, 2));
  g_assert_cmpstr (find_run (note2, 0, "3975")->link, ==, "https://zoek.officielebekendmakingen.nl/ah-tk-20192020-3975");
  g_assert_null (find_run (note2, 0, "Aanhangsel Handelingen II, vergaderjaar 2019–2020, nr. ")->link);
}

static void
test_sample_2824 (void)
{
  g_autoptr (KvDocument) doc = load_data ("ah-tk-20222023-2824.vraag-antwoord-fragments.xml");

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20222023-2824");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "2824");

  g_assert_cmpuint (n_items (doc), ==, 15);
  for (guint i = 0; i < 15; i++)
    assert_numbers (doc, i, i + 1);

  /* Verbatim, missing space and all. */
  g_assert_true (g_str_has_prefix (question (doc, 0), "Kunt u bevestigen dat de transportcommissie (TRAN)van het "
                                                      "Europees Parlement in haar stemming van 13\u00a0april jl."));
  g_assert_cmpstr (question (doc, 6), ==, "Wat is de Nederlandse inzet voor de trilogen voor het TEN-T?");
  g_assert_cmpstr (question (doc, 14), ==,
                   "Kunt u deze vragen voorafgaand aan het commissiedebat spoor (8\u00a0juni 2023) beantwoorden?");
  g_assert_cmpstr (answer (doc, 14), ==, "Ja.");
  g_assert_cmpuint (kv_rich_text_get_n_blocks (kv_item_get_answer (item_at (doc, 8))), ==, 3);

  assert_cited (doc, 2, 1);
  assert_cited (doc, 5, 2, 3);
  assert_cited (doc, 6, 4);
  assert_cited (doc, 13, 5);

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 5);
  g_assert_cmpstr (footnote_text (doc, 1), ==, "Kamerstuk 2022D55262");
  g_assert_cmpstr (footnote_url (doc, 1), ==, "https://zoek.officielebekendmakingen.nl/nds-tk-2022D55262");
  g_assert_cmpstr (footnote_url (doc, 2), ==,
                   "https://open.overheid.nl/documenten/ronl-0126c35b4360c0e6dfff3d76ac2486b6176bfc41/pdf");
  g_assert_cmpstr (footnote_text (doc, 3), ==, "Kamerstuk 32\u00a0404 nr. 3532");
  g_assert_cmpstr (footnote_url (doc, 3), ==, "https://zoek.officielebekendmakingen.nl/kst-32404-3532");
  g_assert_cmpstr (footnote_text (doc, 5), ==,
                   "Grenslandconferentie Nederland – Noordrijn-Westfalen op 30\u00a0september in Enschede – EUREGIO");

  /* A document link inside the question text itself (Vraag 8). */
  g_assert_cmpstr (find_run (kv_item_get_question (item_at (doc, 7)), 0, "35\u00a0925-A, nr. 68")->link, ==,
                   "https://zoek.officielebekendmakingen.nl/kst-35925-A-68");
}

static void
assert_header (KvDocument *doc)
{
  static const char * const addressees[] = {
    "Minister van Infrastructuur en Waterstaat", "Minister van Economische Zaken", NULL,
  };

  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2025Z99999");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "het bericht «Dijken in «slechte» staat»");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-03-10");
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 2);
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Jansen");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "GroenLinks-PvdA");
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 1)), ==, "De Vries");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 1)), ==, "VVD");
  assert_strv (kv_document_get_addressees (doc), addressees);
}

static void
test_constructed_questions (void)
{
  g_autoptr (KvDocument) doc = load_data ("constructed-kv-tk-2025Z99999.xml");
  KvRichText *q2;

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "kv-tk-2025Z99999");
  g_assert_null (kv_document_get_aanhangsel (doc));
  assert_header (doc);

  g_assert_cmpuint (n_items (doc), ==, 4);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 3, 4);
  g_assert_null (kv_item_get_answer (item_at (doc, 0)));

  /* nadruk cur, vet, vetcur; a list with its letters. */
  q2 = kv_item_get_question (item_at (doc, 1));
  g_assert_cmpint (find_run (q2, 0, "niet")->style, ==, KV_RUN_STYLE_ITALIC);
  g_assert_cmpint (find_run (q2, 0, "wettelijke")->style, ==, KV_RUN_STYLE_BOLD);
  g_assert_cmpint (find_run (q2, 0, "nooit")->style, ==, KV_RUN_STYLE_BOLD | KV_RUN_STYLE_ITALIC);
  g_assert_cmpuint (kv_rich_text_get_n_blocks (q2), ==, 3);
  g_assert_cmpint (kv_rich_text_get_block_kind (q2, 1), ==, KV_BLOCK_LIST_ITEM);
  g_assert_cmpstr (kv_rich_text_get_run (q2, 1, 0)->text, ==, "a. in Zeeland;");

  /* nootref to a note given earlier; extref to a Kamerstuk. */
  assert_cited (doc, 2, 1);
  g_assert_cmpstr (find_run (kv_item_get_question (item_at (doc, 2)), 0, "36 600 XII, nr. 12")->link, ==,
                   "https://zoek.officielebekendmakingen.nl/kst-36600-XII-12");
  g_assert_cmpstr (footnote_url (doc, 1), ==, "https://nos.nl/artikel/2025-dijken");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_true (g_str_has_prefix (plain (kv_note_get_text (note_at (doc, 0))), "Deze vragen dienen ter aanvulling"));
}

static void
test_constructed_answers (void)
{
  g_autoptr (KvDocument) doc = load_data ("constructed-ah-tk-20242025-9999.xml");
  static const char * const answered_by[] = {
    "Minister Visser (Infrastructuur en Waterstaat)", "Minister van Economische Zaken", NULL,
  };
  KvRichText *a23;

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20242025-9999");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "9999");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-04-02");
  assert_strv (kv_document_get_answered_by (doc), answered_by);
  assert_header (doc);

  /* "Antwoord 2 en 3" joins Vraag 2 and Vraag 3; the numbered list in
   * the answer starts no item.
   */
  g_assert_cmpuint (n_items (doc), ==, 3);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 1, 2, 3);
  assert_numbers (doc, 2, 4);
  g_assert_cmpstr (question (doc, 1), ==, "Welke dijken voldoen niet aan de wettelijke norm?\n\nWanneer worden zij versterkt?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");

  a23 = kv_item_get_answer (item_at (doc, 1));
  g_assert_cmpuint (kv_rich_text_get_n_blocks (a23), ==, 6);
  g_assert_cmpint (kv_rich_text_get_block_kind (a23, 1), ==, KV_BLOCK_LIST_ITEM);
  g_assert_cmpstr (kv_rich_text_get_run (a23, 1, 0)->text, ==, "1. verkenning;");
  g_assert_cmpint (kv_rich_text_get_block_kind (a23, 4), ==, KV_BLOCK_HEADING);
  g_assert_cmpstr (kv_rich_text_get_run (a23, 4, 0)->text, ==, "Planning");

  assert_cited (doc, 0, 1);
  assert_cited (doc, 1, 2);
  assert_cited (doc, 2, 2);
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Kamerstuk 36 600 XII, nr. 12.");
}

static void
test_constructed_delay_notice (void)
{
  g_autoptr (KvDocument) doc = load_data ("constructed-ah-tk-20242025-9998.mededeling.xml");
  static const char * const answered_by[] = { "Minister Visser (Infrastructuur en Waterstaat)", NULL };

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "9998");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-03-31");
  assert_strv (kv_document_get_answered_by (doc), answered_by);
  assert_header (doc);

  g_assert_cmpuint (n_items (doc), ==, 4);
  for (guint i = 0; i < 4; i++)
    g_assert_null (kv_item_get_answer (item_at (doc, i)));

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_MEDEDELING);
  g_assert_true (strstr (plain (kv_note_get_text (note_at (doc, 0))), "niet binnen de gebruikelijke termijn") != NULL);
}

/* Older and odder structures, written inline. */

static void
test_grouped_and_ranges (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<?xml version=\"1.0\"?>\n"
    "<kamervragen>"
    "<vraag><nr>Vraag 1</nr><al>Een?</al></vraag>"
    "<vraag><nr>Vraag 2 t/m 4</nr><al>Twee?</al><al>Drie?</al><al>Vier?</al></vraag>"
    "<vraag><nr>Vraag 5</nr><al>Vijf?</al></vraag><vraag><nr>Vraag 6</nr><al>Zes?</al></vraag>"
    "<vraag><nr>Vraag 7</nr><al>Zeven?</al></vraag><vraag><nr>Vraag 8</nr><al>Acht?</al></vraag>"
    "<antwoord><nr>Antwoord 1</nr><al>Ja.</al></antwoord>"
    "<antwoord><nr>Antwoord 2 t/m 4</nr><al>Nee.</al></antwoord>"
    "<antwoord><nr>Antwoord 5, 6, 7 en 8</nr><al>Misschien:</al>"
    "<lijst><li><li.nr>1.</li.nr><al>eerst;</al></li><li><li.nr>–</li.nr><al>dan.</al></li></lijst></antwoord>"
    "</kamervragen>");

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpuint (n_items (doc), ==, 3);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 1, 2, 3, 4);
  assert_numbers (doc, 2, 5, 6, 7, 8);
  g_assert_cmpstr (question (doc, 2), ==, "Vijf?\n\nZes?\n\nZeven?\n\nAcht?");
  g_assert_cmpstr (answer (doc, 2), ==, "Misschien:\n\n1. eerst;\n\ndan.");
}

static void
test_old_structure (void)
{
  /* vraagdoc with nummer, a label in the first al, nootref forward to a
   * noot in a noot.lijst, and an unresolved one.
   */
  g_autoptr (KvDocument) doc = load_string (
    "<vraagdoc><vragen>"
    "<vraag><nummer>1</nummer><al>Kent u het bericht?<nootref refid=\"x7\"/></al></vraag>"
    "<vraag><al>Vraag 2</al><al>En <nadruk type=\"vet\">dit</nadruk>?<nootref refid=\"nergens\"/></al></vraag>"
    "</vragen><reactie>"
    "<antwoord><nummer>Antwoord 1</nummer><al>Ja.</al></antwoord>"
    "<antwoord><al>Antwoord op vraag 2:</al><al>Nee.</al></antwoord>"
    "</reactie>"
    "<noot.lijst><noot id=\"x7\" nr=\"1\"><noot.al>De Telegraaf, "
    "<extref soort=\"URL\" doc=\"javascript:alert(1)\">klik</extref></noot.al></noot></noot.lijst>"
    "</vraagdoc>");

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 1, 2);
  g_assert_cmpstr (question (doc, 1), ==, "En dit?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");
  g_assert_cmpstr (answer (doc, 1), ==, "Nee.");
  assert_cited (doc, 0, 1);

  /* Only web and mail addresses become links. */
  g_assert_cmpstr (footnote_text (doc, 1), ==, "De Telegraaf, klik");
  g_assert_null (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1))[0]);
  g_assert_true (has_warning_containing (doc, "nergens"));
}

/* A kamervraagopmerking titled "Toelichting:" explains the questions; it
 * does not make them a delay notice. */
static void
test_toelichting_in_opmerking (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><kamervraagomschrijving type=\"vraag\">Vragen van het lid Dobbe (SP) aan de Minister van "
    "Volksgezondheid, Welzijn en Sport over jeugdzorg (ingezonden 7 november 2024).</kamervraagomschrijving>"
    "<vraag><nr>Vraag 1</nr><al>Wat is uw reactie?</al></vraag>"
    "<kamervraagopmerking><al>Toelichting:</al><al>Deze vragen vullen eerdere aan.</al></kamervraagopmerking>"
    "</kamervragen>");

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (doc)), ==, 1);
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpstr (plain (kv_note_get_text (note_at (doc, 0))), ==, "Deze vragen vullen eerdere aan.");
}

/* The title may start the first paragraph, also in another style; a
 * kamervraagopmerking without one is a Toelichting in a questions
 * publication, and a Mededeling elsewhere. */
static void
test_remark_titles (void)
{
  g_autoptr (KvDocument) inline_title = load_string (
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al><nadruk type=\"vet\">"
    "Toelichting</nadruk>: Deze vragen vullen eerdere aan.</al></kamervraagopmerking></kamervragen>");
  g_autoptr (KvDocument) questions = load_string (
    "<officiele-publicatie><metadata><meta name=\"DC.identifier\" content=\"kv-tk-2025Z00321\"/></metadata>"
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al>Deze vragen zijn een "
    "vervolg.</al></kamervraagopmerking></kamervragen></officiele-publicatie>");
  g_autoptr (KvDocument) metadata_last = load_string (
    "<officiele-publicatie><kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al>"
    "Deze vragen zijn een vervolg.</al></kamervraagopmerking></kamervragen>"
    "<metadata><meta name=\"DC.identifier\" content=\"kv-tk-2025Z00321\"/></metadata></officiele-publicatie>");
  g_autoptr (KvDocument) notice = load_string (
    "<officiele-publicatie><metadata><meta name=\"DC.identifier\" content=\"ah-tk-20242025-562\"/></metadata>"
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al>De vragen kunnen niet "
    "binnen de termijn worden beantwoord.</al></kamervraagopmerking></kamervragen></officiele-publicatie>");

  g_assert_cmpint (kv_document_get_kind (inline_title), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpint (kv_note_get_kind (note_at (inline_title, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpstr (plain (kv_note_get_text (note_at (inline_title, 0))), ==, "Deze vragen vullen eerdere aan.");

  g_assert_cmpint (kv_document_get_kind (questions), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpint (kv_note_get_kind (note_at (questions, 0)), ==, KV_NOTE_KIND_TOELICHTING);

  g_assert_cmpint (kv_document_get_kind (metadata_last), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpint (kv_note_get_kind (note_at (metadata_last, 0)), ==, KV_NOTE_KIND_TOELICHTING);

  g_autoptr (KvDocument) repository = load_string (
    "<officiele-publicatie><metadata><meta name=\"OVERHEIDop.externMetadataRecord\" content=\"https://repository."
    "overheid.nl/frbr/officielepublicaties/kv/kv-tk-2024Z18656/1/metadata/metadata.xml\"/></metadata>"
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al>Deze vragen zijn een "
    "vervolg.</al></kamervraagopmerking></kamervragen></officiele-publicatie>");
  g_autoptr (KvDocument) unknown_remark = load_string (
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al>Deze vragen zijn een "
    "vervolg.</al></kamervraagopmerking></kamervragen>");
  g_autoptr (KvDocument) zaak_only = load_string (
    "<kamervragen><kamervraagnummer>2025Z07540</kamervraagnummer><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>"
    "<kamervraagopmerking><al>Deze vragen vullen die over de beslistermijnen bij de IND aan.</al>"
    "</kamervraagopmerking></kamervragen>");
  g_autoptr (KvDocument) aanhangsel = load_string (
    "<kamervragen><kamervraagnummer>1870</kamervraagnummer><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>"
    "<kamervraagopmerking><al>De antwoorden volgen over drie weken.</al></kamervraagopmerking></kamervragen>");
  g_autoptr (KvDocument) unknown_notice = load_string (
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag><kamervraagopmerking><al>De vragen kunnen niet "
    "binnen de gebruikelijke termijn worden beantwoord.</al></kamervraagopmerking></kamervragen>");

  g_assert_cmpstr (kv_document_get_publication (repository), ==, "kv-tk-2024Z18656");
  g_assert_cmpint (kv_note_get_kind (note_at (repository, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpint (kv_note_get_kind (note_at (unknown_remark, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpint (kv_document_get_kind (unknown_notice), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpint (kv_note_get_kind (note_at (zaak_only, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpint (kv_document_get_kind (aanhangsel), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);

  g_assert_cmpint (kv_document_get_kind (notice), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpint (kv_note_get_kind (note_at (notice, 0)), ==, KV_NOTE_KIND_MEDEDELING);
}

/* An answer header typed "mededeling" is read as one. */
static void
test_mededeling_type (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><kamervraagomschrijving type=\"mededeling\">Mededeling van Staatssecretaris Karremans "
    "(Volksgezondheid, Welzijn en Sport) (ontvangen <datum isodatum=\"2024-11-15\">15 november 2024</datum>)."
    "</kamervraagomschrijving><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>"
    "<kamervraagopmerking><al>De vragen kunnen niet binnen de termijn worden beantwoord.</al></kamervraagopmerking>"
    "</kamervragen>");

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpstr (kv_document_get_answered_by (doc)[0], ==, "Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport)");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-15");
  g_assert_null (kv_document_get_submitted (doc));
}

/* A footnote's web address is a link also when written out in its text
 * or given without a scheme; in a question too. */
static void
test_addresses_in_text (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Kent u het bericht?<noot id=\"n1\"><noot.nr>1</noot.nr><noot.al>"
    "<extref soort=\"URL\" doc=\"www.volkskrant.nl/huren\">www.volkskrant.nl/huren</extref></noot.al></noot> "
    "En zie https://www.cbs.nl/huren.<noot id=\"n2\"><noot.nr>2</noot.nr><noot.al>CBS, "
    "https://www.cbs.nl/nieuws/2025/02/huren</noot.al></noot></al></vraag></kamervragen>");

  g_assert_cmpstr (footnote_url (doc, 1), ==, "https://www.volkskrant.nl/huren");
  g_assert_cmpstr (footnote_url (doc, 2), ==, "https://www.cbs.nl/nieuws/2025/02/huren");
  g_assert_cmpstr (footnote_text (doc, 2), ==, "CBS, https://www.cbs.nl/nieuws/2025/02/huren");
  g_assert_cmpstr (find_run (kv_item_get_question (item_at (doc, 0)), 0, "https://www.cbs.nl/huren")->link, ==,
                   "https://www.cbs.nl/huren");
  g_assert_cmpstr (question (doc, 0), ==, "Kent u het bericht? En zie https://www.cbs.nl/huren.");
}

/* A table's cells are words apart, also when each holds a paragraph;
 * each row is a paragraph. */
static void
test_table_cells (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Hoeveel?</al></vraag><antwoord><nr>Antwoord 1</nr>"
    "<tabel><tgroup><tbody><row><entry>2023</entry><entry>1.412.000</entry></row>"
    "<row><entry>2024</entry><entry><al>1.503.000</al><al>(voorlopig)</al></entry></row></tbody></tgroup></tabel>"
    "</antwoord></kamervragen>");

  g_assert_cmpstr (answer (doc, 0), ==, "2023 1.412.000\n\n2024 1.503.000 (voorlopig)");
}

/* A footnote in the subject is no part of the subject's text; the subject
 * cites it. */
static void
test_note_in_subject (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><kamervraagomschrijving type=\"vraag\">Vragen van het lid Six Dijkstra (NSC) aan de "
    "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties over <kamervraagonderwerp>het bericht "
    "«Overheid verliest grip op data»<noot id=\"n1\"><noot.nr>1</noot.nr><noot.al>Trouw, 20 februari 2025."
    "</noot.al></noot></kamervraagonderwerp> (ingezonden 21 februari 2025).</kamervraagomschrijving>"
    "<vraag><nr>Vraag 1</nr><al>Kent u het bericht?</al></vraag></kamervragen>");

  g_assert_cmpstr (kv_document_get_subject (doc), ==, "het bericht «Overheid verliest grip op data»");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-02-21");
  g_assert_cmpstr (footnote_text (doc, 1), ==, "Trouw, 20 februari 2025.");
  assert_subject_cites (doc, 1);
  assert_no_warnings (doc);
}

/* Questions that none of them has a number are numbered in order, as
 * the text reader does; one without a number among numbered ones is told. */
static void
test_unnumbered_questions (void)
{
  g_autoptr (KvDocument) none = load_string ("<vraagdoc><vragen><vraag><al>Waarom?</al></vraag>"
                                             "<vraag><al>Hoe?</al></vraag></vragen></vraagdoc>");
  g_autoptr (KvDocument) mixed = load_string ("<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>"
                                              "<vraag><al>Hoe?</al></vraag></kamervragen>");

  assert_numbers (none, 0, 1);
  assert_numbers (none, 1, 2);
  assert_no_warnings (none);

  assert_numbers (mixed, 1, 2);
  g_assert_true (has_warning_containing (mixed, "A question without a number was given number 2."));
}

/* "Antwoord op de vragen 2 en 3" answers both. */
static void
test_answer_to_the_questions (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><vraag><al>Vraag 1</al><al>Waarom?</al></vraag>"
    "<vraag><al>Vraag 2</al><al>Hoeveel?</al></vraag><vraag><al>Vraag 3</al><al>Waar?</al></vraag>"
    "<antwoord><al>Antwoord op vraag 1</al><al>Daarom.</al></antwoord>"
    "<antwoord><al>Antwoord op de vragen 2 en 3</al><al>Veel, overal.</al></antwoord></kamervragen>");

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 1, 2, 3);
  g_assert_cmpstr (answer (doc, 1), ==, "Veel, overal.");
  assert_no_warnings (doc);
}

static void
test_latin1 (void)
{
  /* Correctly declared Latin-1 is decoded: "ë" is byte 0xEB. */
  g_autoptr (KvDocument) doc = load_string ("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                            "<kamervragen><vraag><nr>Vraag 1</nr><al>Bent u het eens met de "
                                            "Minister van Financi\xebn?</al></vraag></kamervragen>");

  g_assert_cmpstr (question (doc, 0), ==, "Bent u het eens met de Minister van Financiën?");
}

static void
test_name_parts (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><kamervraagomschrijving type=\"vraag\">Vragen van de leden <naam><voornaam>A.E.</voornaam>"
    "<achternaam>Diertens</achternaam></naam> (D66) en <naam><achternaam>Van den Berg</achternaam></naam> (CDA) "
    "aan de Minister voor Medische Zorg en Sport over <kamervraagonderwerp>griepvaccins</kamervraagonderwerp> "
    "(ingezonden <datum isodatum=\"2020-10-28\">28 oktober 2020</datum>).</kamervraagomschrijving>"
    "<vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag></kamervragen>");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 2);
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "A.E. Diertens");
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 1)), ==, "Van den Berg");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 1)), ==, "CDA");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "griepvaccins");
}

static void
test_heading_before_number (void)
{
  g_autoptr (KvDocument) doc = load_string ("<kamervragen><vraag><tussenkop>Griepvaccins</tussenkop><nr>Vraag 1</nr>"
                                            "<al>Waarom?</al></vraag><vraag><nr>Vraag 2</nr><al>Hoe?</al></vraag>"
                                            "</kamervragen>");

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 0, 1);
  g_assert_cmpstr (question (doc, 0), ==, "Griepvaccins\n\nWaarom?");
  assert_no_warnings (doc);
}

/* Without `nr`, the number may start the first `al`: it is the label,
 * not text of the question or answer. */
static void
test_number_in_first_paragraph (void)
{
  g_autoptr (KvDocument) doc = load_string ("<kamervragen>"
                                            "<vraag><al>1. Waarom is dat zo?</al><al>En hoe?</al></vraag>"
                                            "<vraag><al>Vraag 2: Wanneer?</al></vraag>"
                                            "<antwoord><al>1. Daarom.</al></antwoord>"
                                            "<antwoord><al>Antwoord op vraag 2: Nu.</al></antwoord>"
                                            "</kamervragen>");
  g_autoptr (KvDocument) list = load_string ("<kamervragen>"
                                             "<vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag>"
                                             "<vraag><nr>Vraag 2</nr><al>Hoe?</al></vraag>"
                                             "<antwoord><nr>Antwoord 1</nr><al>Daarom.</al></antwoord>"
                                             "<antwoord><al>1. Eerst A.</al><al>2. Dan B.</al></antwoord>"
                                             "<vraag><al>Vraag 3.1: Wanneer?</al></vraag>"
                                             "</kamervragen>");
  g_autoptr (KvDocument) unmatched = load_string ("<kamervragen>"
                                                  "<vraag><al>Waarom?</al></vraag>"
                                                  "<antwoord><al>Daarom.</al></antwoord>"
                                                  "<antwoord><al>2.000 keer.</al></antwoord>"
                                                  "</kamervragen>");

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 0, 1);
  g_assert_cmpstr (question (doc, 0), ==, "Waarom is dat zo?\n\nEn hoe?");
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  assert_numbers (doc, 1, 2);
  g_assert_cmpstr (question (doc, 1), ==, "Wanneer?");
  g_assert_cmpstr (answer (doc, 1), ==, "Nu.");
  assert_no_warnings (doc);

  /* An answer may start with a numbered list: "1." is no label of a
   * question answered already. "3.1" is no label "3". */
  g_assert_cmpstr (answer (list, 1), ==, "1. Eerst A.\n\n2. Dan B.");
  g_assert_cmpstr (question (list, 2), ==, "Vraag 3.1: Wanneer?");

  /* "2.000" is no label; an answer after an answered question is kept, and told. */
  g_assert_cmpuint (n_items (unmatched), ==, 2);
  g_assert_cmpstr (answer (unmatched, 0), ==, "Daarom.");
  g_assert_cmpstr (answer (unmatched, 1), ==, "2.000 keer.");
  g_assert_true (has_warning_containing (unmatched, "An answer without a number could not be matched to a question."));
}

static void
test_metadata_record (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<officiele-publicatie><metadata><meta name=\"OVERHEIDop.externMetadataRecord\" scheme=\"\" "
    "content=\"https://zoek.officielebekendmakingen.nl/ah-tk-20202021-876/metadata.xml\"/></metadata>"
    "<kamervragen><vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag></kamervragen></officiele-publicatie>");

  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20202021-876");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "876");
}

static void
test_footnote_warnings (void)
{
  /* Notes inline and in a noot.lijst: 1, 5 and 9 referenced, 6 not. */
  g_autoptr (KvDocument) doc = load_string (
    "<kamervragen><vraag><nr>Vraag 1</nr>"
    "<al>Waarom?<noot nr=\"1\"><noot.al>Een.</noot.al></noot> En?<noot nr=\"5\"><noot.al>Vijf.</noot.al></noot>"
    "<nootref refid=\"n9\"/></al></vraag>"
    "<noot.lijst><noot id=\"n6\" nr=\"6\"><noot.al>Zes.</noot.al></noot>"
    "<noot id=\"n9\" nr=\"9\"><noot.al>Negen.</noot.al></noot></noot.lijst></kamervragen>");

  assert_cited (doc, 0, 1, 5, 9);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 4);
  g_assert_true (has_warning_containing (doc, "Footnotes 2 to 4 are missing from the numbering."));
  g_assert_true (has_warning_containing (doc, "Footnotes 7 to 8 are missing from the numbering."));
  g_assert_true (has_warning_containing (doc, "Footnote 6 is never referenced in the text."));
  g_assert_false (has_warning_containing (doc, "Footnote 1 "));
  g_assert_false (has_warning_containing (doc, "Footnote 5 "));
  g_assert_false (has_warning_containing (doc, "Footnote 9 "));
}

/* Hostile files */

static void
assert_refused (const char *data,
                gsize       len,
                int         code,
                const char *message)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, len);
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = NULL;
  gint64 start = g_get_monotonic_time ();

  doc = kv_document_load_bytes (bytes, &error);

  g_assert_null (doc);
  g_assert_error (error, KV_DOCUMENT_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
  /* Refused quickly: well under a second on any machine. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_billion_laughs (void)
{
  static const char bomb[] =
    "<?xml version=\"1.0\"?>\n"
    "<!DOCTYPE kamervragen [\n"
    " <!ENTITY lol \"lol\">\n"
    " <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
    " <!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;\">\n"
    " <!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">\n"
    " <!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">\n"
    " <!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">\n"
    " <!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">\n"
    " <!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">\n"
    " <!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">\n"
    " <!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">\n"
    "]>\n"
    "<kamervragen><vraag><nr>Vraag 1</nr><al>&lol9;</al></vraag></kamervragen>\n";

  assert_refused (bomb, strlen (bomb), KV_DOCUMENT_ERROR_UNSUPPORTED,
                  "The file declares entities. Such files can expand without limit or read other files, "
                  "so they are not opened.");
}

#define SECRET "kv-secret-7f3a9c1e"

/* Writes a file holding SECRET; returns its path. */
static char *
write_secret_file (void)
{
  g_autoptr (GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp ("kv-secret-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, SECRET "\n", -1, &error));
  g_assert_no_error (error);
  g_close (fd, NULL);

  return path;
}

static void
assert_secret_not_read (const char *data)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, strlen (data));
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, &error);

  if (doc != NULL)
    {
      g_autofree char *json = kv_document_to_json (doc);

      g_assert_null (strstr (json, SECRET));
    }
  else
    g_assert_null (strstr (error->message, SECRET));
}

static void
test_external_entity (void)
{
  g_autofree char *path = write_secret_file ();
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *general = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                              "<!DOCTYPE kamervragen [<!ENTITY geheim SYSTEM \"%s\">]>\n"
                                              "<kamervragen><vraag><nr>Vraag 1</nr><al>&geheim;</al></vraag></kamervragen>\n",
                                              uri);
  g_autofree char *parameter = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                                "<!DOCTYPE kamervragen [<!ENTITY %% geheim SYSTEM \"%s\"> %%geheim;]>\n"
                                                "<kamervragen/>\n",
                                                uri);
  g_autofree char *dtd = g_strdup_printf ("<?xml version=\"1.0\"?>\n"
                                          "<!DOCTYPE kamervragen SYSTEM \"%s\">\n"
                                          "<kamervragen><vraag><nr>Vraag 1</nr><al>Tekst</al></vraag></kamervragen>\n",
                                          path);

  assert_refused (general, strlen (general), KV_DOCUMENT_ERROR_UNSUPPORTED,
                  "The file declares entities. Such files can expand without limit or read other files, "
                  "so they are not opened.");
  assert_refused (parameter, strlen (parameter), KV_DOCUMENT_ERROR_UNSUPPORTED,
                  "The file declares entities. Such files can expand without limit or read other files, "
                  "so they are not opened.");
  assert_secret_not_read (general);
  assert_secret_not_read (parameter);

  /* An external DTD is not loaded; the document itself is read. */
  assert_secret_not_read (dtd);
  {
    g_autoptr (KvDocument) doc = load_string (dtd);

    g_assert_cmpstr (question (doc, 0), ==, "Tekst");
  }

  g_unlink (path);
}

static void
test_deep_nesting (void)
{
  const guint depth = 1000000;
  g_autoptr (GString) xml = g_string_sized_new (depth * 8 + 64);

  g_string_append (xml, "<?xml version=\"1.0\"?>\n<kamervragen>");
  for (guint i = 0; i < depth; i++)
    g_string_append (xml, "<al>");

  assert_refused (xml->str, xml->len, KV_DOCUMENT_ERROR_INVALID,
                  "The file nests its elements more than 256 levels deep and is not opened.");
}

static void
test_truncated (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "ah-tk-20202021-876.vraag-antwoord-fragments.xml", NULL);
  g_autofree char *contents = NULL;
  gsize len = 0;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));

  /* Cut in a text, in a tag and in an attribute value. */
  for (gsize cut = len / 3; cut < len - 20; cut += len / 7)
    assert_refused (contents, cut, KV_DOCUMENT_ERROR_INVALID, "The file ends too early; it may be incomplete.");
  assert_refused (contents, strstr (contents, "status=\"off") - contents, KV_DOCUMENT_ERROR_INVALID,
                  "The file ends too early; it may be incomplete.");
}

static void
test_wrong_encoding (void)
{
  static const char latin1_as_utf8[] = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                                       "<kamervragen><vraag><al>Financi\xebn</al></vraag></kamervragen>";
  static const char latin1_undeclared[] = "<kamervragen><vraag><al>Financi\xebn</al></vraag></kamervragen>";
  static const char utf8_as_latin1[] = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>"
                                       "<kamervragen><vraag><al>Financiën</al></vraag></kamervragen>";
  static const char unknown[] = "<?xml version=\"1.0\" encoding=\"x-kamer-42\"?>"
                                "<kamervragen><vraag><al>Financi\xebn</al></vraag></kamervragen>";

  assert_refused (latin1_as_utf8, strlen (latin1_as_utf8), KV_DOCUMENT_ERROR_INVALID,
                  "The file declares the encoding “UTF-8”, but it is not valid in that encoding.");
  assert_refused (latin1_undeclared, strlen (latin1_undeclared), KV_DOCUMENT_ERROR_INVALID,
                  "The file declares no encoding and is not valid UTF-8.");
  assert_refused (utf8_as_latin1, strlen (utf8_as_latin1), KV_DOCUMENT_ERROR_INVALID,
                  "The file declares the encoding “ISO-8859-1”, but its text is UTF-8.");
  assert_refused (unknown, strlen (unknown), KV_DOCUMENT_ERROR_UNSUPPORTED,
                  "The file is in an encoding that cannot be read: “x-kamer-42”.");
}

static void
test_not_well_formed (void)
{
  static const char bad[] = "<?xml version=\"1.0\"?>\n<kamervragen><vraag></al></vraag></kamervragen>";
  g_autoptr (GBytes) bytes = g_bytes_new_static (bad, strlen (bad));
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, &error);

  g_assert_null (doc);
  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "The file is not well-formed XML (line 2): "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/xml/sample-876", test_sample_876);
  g_test_add_func ("/kv/xml/sample-2824", test_sample_2824);
  g_test_add_func ("/kv/xml/constructed-questions", test_constructed_questions);
  g_test_add_func ("/kv/xml/constructed-answers", test_constructed_answers);
  g_test_add_func ("/kv/xml/constructed-delay-notice", test_constructed_delay_notice);
  g_test_add_func ("/kv/xml/grouped-and-ranges", test_grouped_and_ranges);
  g_test_add_func ("/kv/xml/old-structure", test_old_structure);
  g_test_add_func ("/kv/xml/latin1", test_latin1);
  g_test_add_func ("/kv/xml/name-parts", test_name_parts);
  g_test_add_func ("/kv/xml/metadata-record", test_metadata_record);
  g_test_add_func ("/kv/xml/heading-before-number", test_heading_before_number);
  g_test_add_func ("/kv/xml/number-in-first-paragraph", test_number_in_first_paragraph);
  g_test_add_func ("/kv/xml/footnote-warnings", test_footnote_warnings);
  g_test_add_func ("/kv/xml/answer-to-the-questions", test_answer_to_the_questions);
  g_test_add_func ("/kv/xml/toelichting-in-opmerking", test_toelichting_in_opmerking);
  g_test_add_func ("/kv/xml/mededeling-type", test_mededeling_type);
  g_test_add_func ("/kv/xml/remark-titles", test_remark_titles);
  g_test_add_func ("/kv/xml/addresses-in-text", test_addresses_in_text);
  g_test_add_func ("/kv/xml/table-cells", test_table_cells);
  g_test_add_func ("/kv/xml/note-in-subject", test_note_in_subject);
  g_test_add_func ("/kv/xml/unnumbered-questions", test_unnumbered_questions);
  g_test_add_func ("/kv/xml/hostile/billion-laughs", test_billion_laughs);
  g_test_add_func ("/kv/xml/hostile/external-entity", test_external_entity);
  g_test_add_func ("/kv/xml/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/kv/xml/hostile/truncated", test_truncated);
  g_test_add_func ("/kv/xml/hostile/wrong-encoding", test_wrong_encoding);
  g_test_add_func ("/kv/xml/hostile/not-well-formed", test_not_well_formed);

  return g_test_run ();
}
