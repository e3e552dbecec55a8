/* test-html.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include <string.h>

#include "model-test-utils.h"

/* The Officiële Bekendmakingen HTML reader: the real fragments, a page
 * written inline with every part the reader knows, and hostile pages.
 */

static void
test_sample (void)
{
  g_autoptr (KvDocument) doc = load_data ("kv-tk-2016Z00020+2016Z00047.ob-html-fragments.html");
  KvRichText *q1;
  const KvRun *run;

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);

  g_assert_cmpuint (n_items (doc), ==, 4);
  for (guint i = 0; i < 4; i++)
    {
      assert_numbers (doc, i, i + 1);
      g_assert_null (kv_item_get_answer (item_at (doc, i)));
    }

  g_assert_cmpstr (question (doc, 0), ==,
                   "Wat is uw reactie op het bericht «Veel beginnende ggz-krachten krijgen alleen onkostenvergoeding»?");
  /* The page's line breaks and indentation are one space. */
  g_assert_cmpstr (question (doc, 1), ==,
                   "Bent u van mening dat hier sprake is van een arbeidsrelatie waarbij loon verschuldigd is? "
                   "Zo ja, wat gaat u hieraan doen? Zo nee, waarom niet?");
  g_assert_cmpstr (question (doc, 3), ==,
                   "Bent u bereid de Inspectie SZW per direct onderzoek te laten doen naar deze situatie? Zo ja, op "
                   "welke termijn kunt u de Kamer over de resultaten informeren? Zo nee, waarom niet?");

  /* Both id styles, "#ID-2016Z00020-d37e57" and "#n2", give markers; the
   * notes come from another page, so the link texts give the numbers.
   */
  q1 = kv_item_get_question (item_at (doc, 0));
  g_assert_cmpuint (kv_rich_text_get_n_runs (q1, 0), ==, 3);
  run = kv_rich_text_get_run (q1, 0, 1);
  g_assert_cmpstr (run->text, ==, "1");
  g_assert_cmpuint (run->footnote, ==, 1);
  run = kv_rich_text_get_run (q1, 0, 2);
  g_assert_cmpstr (run->text, ==, "2");
  g_assert_cmpuint (run->footnote, ==, 2);
  assert_cited (doc, 0, 1, 2);

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 2);
  g_assert_cmpstr (footnote_text (doc, 1), ==, "http://nos.nl/l/2077649");
  g_assert_cmpstr (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1))[0], ==, "http://nos.nl/l/2077649");
  g_assert_cmpstr (footnote_text (doc, 2), ==, "VOG: verklaring omtrent gedrag");
  g_assert_null (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 2))[0]);
}

static const char page[] =
  "<!DOCTYPE html>\n"
  "<html lang=\"nl\"><head><meta charset=\"iso-8859-1\">\n"
  "<meta name=\"dcterms.identifier\" content=\"ah-tk-20242025-9999\">\n"
  "<meta name=\"OVERHEIDop.publicationName\" content=\"Kamervragen (Aanhangsel)\">\n"
  "<meta name=\"OVERHEIDop.vraagnummer\" content=\"2025Z99999\">\n"
  "<meta name=\"OVERHEIDop.aanhangselNummer\" content=\"9999\">\n"
  "<title>Aanhangsel</title><script>var x = '<div class=\"vraag\">';</script></head>\n"
  "<body><div class=\"stuk\">\n"
  "<h1 class=\"kamervraagomschrijving_kop\">Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van "
  "Infrastructuur en Waterstaat over <i>dijken</i> (ingezonden 10 maart 2025).</h1>\n"
  "<p class=\"kamervraagomschrijving\">Antwoord van Minister Visser (Infrastructuur en Waterstaat) (ontvangen "
  "2 april 2025).</p>\n"
  "<div class=\"vraag\"><h2 class=\"stuktitel\">Vraag 1</h2><p>Kent u het <strong>bericht</strong>?"
  "<a class=\"nootnum supernote-click-n1\" href=\"#n1\">1</a></p></div>\n"
  "<div class=\"antwoord\"><p class=\"nummer\">1</p><p>Ja, zie <a href=\"https://www.rijksoverheid.nl/\">de "
  "site</a> en <a href=\"javascript:alert(1)\">niet dit</a>.</p></div>\n"
  "<div class=\"vraag\"><h2 class=\"stuktitel\">Vraag 2</h2><p>Welke dijken?</p></div>\n"
  "<div class=\"vraag\"><h2 class=\"stuktitel\">Vraag 3</h2><p>Wanneer?</p></div>\n"
  "<div class=\"antwoord\"><h2>Vraag 2, 3</h2><p>In drie stappen:</p><ol><li>verkenning;</li>"
  "<li>realisatie.</li></ol></div>\n"
  "<div class=\"kamervraagopmerking\"><p>Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 9998.</p></div>\n"
  "</div><div id=\"noten\"><hr><div class=\"voet noot\" id=\"supernote-note-n1\"><h5 class=\"note-close\">"
  "<a class=\"note-close\" href=\"#close-n1\">X</a> Noot</h5><sup><span class=\"nootnum\"><a id=\"n1\" name=\"n1\"></a>1"
  "</span></sup><p>NOS, <a href=\"https://nos.nl/artikel/2025-dijken\" class=\"externe_link\">"
  "https://nos.nl/artikel/2025-dijken</a></p></div></div>\n"
  "</body></html>\n";

static void
test_page (void)
{
  g_autoptr (KvDocument) doc = load_string (page);
  static const char * const answered_by[] = { "Minister Visser (Infrastructuur en Waterstaat)", NULL };
  KvRichText *a1, *a23;

  assert_no_warnings (doc);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_publication (doc), ==, "ah-tk-20242025-9999");
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2025Z99999");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "9999");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "dijken");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-03-10");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-04-02");
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Jansen");
  assert_strv (kv_document_get_answered_by (doc), answered_by);

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 0, 1);
  assert_numbers (doc, 1, 2, 3);
  g_assert_cmpstr (question (doc, 0), ==, "Kent u het bericht?");
  g_assert_cmpint (kv_rich_text_get_run (kv_item_get_question (item_at (doc, 0)), 0, 1)->style, ==,
                   KV_RUN_STYLE_BOLD);
  assert_cited (doc, 0, 1);

  /* Only web addresses become links. */
  a1 = kv_item_get_answer (item_at (doc, 0));
  g_assert_cmpstr (answer (doc, 0), ==, "Ja, zie de site en niet dit.");
  g_assert_cmpstr (kv_rich_text_get_run (a1, 0, 1)->link, ==, "https://www.rijksoverheid.nl/");
  g_assert_null (kv_rich_text_get_run (a1, 0, 2)->link);

  g_assert_cmpstr (question (doc, 1), ==, "Welke dijken?\n\nWanneer?");
  a23 = kv_item_get_answer (item_at (doc, 1));
  g_assert_cmpuint (kv_rich_text_get_n_blocks (a23), ==, 3);
  g_assert_cmpint (kv_rich_text_get_block_kind (a23, 1), ==, KV_BLOCK_LIST_ITEM);
  g_assert_cmpstr (kv_rich_text_get_run (a23, 1, 0)->text, ==, "1. verkenning;");

  g_assert_cmpstr (footnote_text (doc, 1), ==, "NOS, https://nos.nl/artikel/2025-dijken");
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_MEDEDELING);
}

/* Without a heading, the number may start the first paragraph. */
static void
test_number_in_first_paragraph (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body>"
                                            "<div class=\"vraag\"><p>1. Waarom?</p></div>"
                                            "<div class=\"vraag\"><p>2. Hoe?</p></div>"
                                            "<div class=\"antwoord\"><p>Antwoord 1: Daarom.</p></div>"
                                            "<div class=\"antwoord\"><p>2. Zo.</p></div>"
                                            "</body></html>");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (question (doc, 0), ==, "Waarom?");
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?");
  g_assert_cmpstr (answer (doc, 1), ==, "Zo.");
}

/* A kamervraagopmerking titled "Toelichting:" in a paragraph of its own
 * explains the questions; the title is no text. */
static void
test_toelichting_in_opmerking (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Waarom?</p></div>"
                                            "<div class=\"kamervraagopmerking\"><p>Toelichting:</p>"
                                            "<p>Deze vragen vullen eerdere aan.</p></div></body></html>");

  g_autoptr (KvDocument) inline_title = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Waarom?</p>"
                                                     "</div><div class=\"kamervraagopmerking\"><p>Toelichting: Deze "
                                                     "vragen vullen eerdere aan.</p></div></body></html>");

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpstr (plain (kv_note_get_text (note_at (doc, 0))), ==, "Deze vragen vullen eerdere aan.");

  g_assert_cmpint (kv_document_get_kind (inline_title), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpint (kv_note_get_kind (note_at (inline_title, 0)), ==, KV_NOTE_KIND_TOELICHTING);
  g_assert_cmpstr (plain (kv_note_get_text (note_at (inline_title, 0))), ==, "Deze vragen vullen eerdere aan.");
}

static void
test_nader_antwoord (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body><p class=\"kamervraagomschrijving\">Nader antwoord van "
                                            "Minister Hermans (Klimaat en Groene Groei) (ontvangen 14 januari 2025).</p>"
                                            "<div class=\"vraag\"><h2>Vraag 3</h2><p>Wanneer?</p></div>"
                                            "<div class=\"antwoord\"><h2>Antwoord 3</h2><p>Op 10 januari.</p></div>"
                                            "</body></html>");

  g_assert_cmpstr (kv_document_get_answered_by (doc)[0], ==, "Minister Hermans (Klimaat en Groene Groei)");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-01-14");
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 0);
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
}

static void
test_table_cells (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Hoeveel?</p></div>"
                                            "<div class=\"antwoord\"><h2>Antwoord 1</h2><table><tr><th>Jaar</th><th>Aantal</th></tr>"
                                            "<tr><td>2023</td><td>1.412.000</td></tr>"
                                            "<tr><td><p>2024</p></td><td><p>1.503.000</p></td></tr></table></div></body></html>");

  g_assert_cmpstr (answer (doc, 0), ==, "Jaar Aantal\n\n2023 1.412.000\n\n2024 1.503.000");
}

/* The note's number may sit in its paragraph, in a span.nootnum or a plain
 * <sup>; it is no text of it. */
static void
test_number_inside_note (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Kent u het bericht?"
                                            "<a class=\"nootnum\" href=\"#n1\">1</a></p></div>"
                                            "<div class=\"voet noot\" id=\"n1\"><p><span class=\"nootnum\">1</span> "
                                            "De Telegraaf, 1 februari 2025.</p></div></body></html>");

  g_autoptr (KvDocument) sup = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Kent u het bericht?"
                                            "<sup>1</sup></p></div><div class=\"voet noot\" id=\"n1\"><p><sup>1</sup> "
                                            "NOS, 7 april 2025.</p></div></body></html>");

  g_assert_cmpstr (footnote_text (doc, 1), ==, "De Telegraaf, 1 februari 2025.");
  assert_cited (doc, 0, 1);
  assert_no_warnings (doc);

  g_autoptr (KvDocument) unit = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Kent u het bericht?"
                                             "<sup>1</sup></p></div><div class=\"voet noot\" id=\"n1\"><p>RIVM: 40 µg/m"
                                             "<sup>3</sup> stikstofdioxide.</p></div></body></html>");

  g_assert_cmpstr (footnote_text (sup, 1), ==, "NOS, 7 april 2025.");
  assert_cited (sup, 0, 1);
  assert_no_warnings (sup);

  g_assert_cmpstr (footnote_text (unit, 1), ==, "RIVM: 40 µg/m3 stikstofdioxide.");
  assert_no_warnings (unit);
}

/* An anchor may come before the label; the title may break its lines. */
static void
test_anchor_and_line_breaks (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body><h1 class=\"kamervraagomschrijving_kop\">Vragen van het lid "
                                            "Kops (PVV) aan de Minister van Klimaat en Groene Groei over<br>windparken "
                                            "op zee<br>(ingezonden 3 februari 2025).</h1>"
                                            "<div class=\"vraag\"><a id=\"d16e43\"></a><h2>Vraag 1</h2><p>Kent u het bericht?</p></div>"
                                            "<div class=\"antwoord\"><a id=\"d16e50\"></a><h2>Antwoord 1</h2><p>Ja.</p></div>"
                                            "</body></html>");

  g_autoptr (KvDocument) cited = load_string ("<html><body><h1 class=\"kamervraagomschrijving_kop\">Vragen van het lid "
                                              "Kops (PVV) aan de Minister van Klimaat en Groene Groei over het bericht "
                                              "«Wind»<sup><a class=\"nootnum\" href=\"#n1\">1</a></sup> (ingezonden 3 "
                                              "februari 2025).</h1><div class=\"vraag\"><h2>Vraag 1</h2><p>Kent u het "
                                              "bericht?</p></div><div class=\"voet noot\" id=\"n1\"><p>NOS.</p></div>"
                                              "</body></html>");

  g_assert_cmpstr (kv_document_get_subject (cited), ==, "het bericht «Wind»");
  assert_subject_cites (cited, 1);
  assert_no_warnings (cited);

  g_assert_cmpstr (kv_document_get_subject (doc), ==, "windparken op zee");
  g_assert_cmpstr (kv_document_get_addressees (doc)[0], ==, "Minister van Klimaat en Groene Groei");
  assert_numbers (doc, 0, 1);
  g_assert_cmpstr (question (doc, 0), ==, "Kent u het bericht?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");
  assert_no_warnings (doc);
}

static void
test_cut_off (void)
{
  g_autoptr (KvDocument) doc = load_string ("<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Kent u");

  g_assert_cmpstr (question (doc, 0), ==, "Kent u");
  g_assert_true (has_warning_containing (doc, "may be incomplete"));
}

/* Found by fuzz-html-reader: the Zaak was cut out of the identifier by
 * its byte length, in the middle of a character.
 */
static void
test_damaged_identifier (void)
{
  g_autoptr (KvDocument) doc =
    load_string ("<html><head><meta name=\"DC.identifier\" content=\"kv-tk-2025Z\xEF\xBF\xBD\xEF\xBF\xBD\"></head>"
                 "<body><div class=\"vraag\"><h2>Vraag 1</h2><p>Kent u</p></div></body></html>");

  g_assert_cmpstr (kv_document_get_publication (doc), ==, "kv-tk-2025Z\xEF\xBF\xBD\xEF\xBF\xBD");
  g_assert_null (kv_document_get_zaak (doc));
  assert_round_trip (doc);
}

/* Pages without a.nootnum: plain <sup> markers, and the tweedekamer.nl
 * rendering with the markers flattened onto the text. */
static void
test_plain_markers (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>Geldt artikel 3.1 of nr.1 voor 100 m<sup>2</sup>?<sup>1</sup></p></div>"
    "<div class=\"vraag\"><h2>Vraag 2</h2><p>En het rapport van 29 maart 2024?2 3 Wat vindt u van de 4 punten?</p></div>"
    "<div class=\"antwoord\"><h2>Vraag 2</h2><p>Zie Kamerstuk 29 544, nr.3 en 10<sup>3</sup> of x<sup>3</sup>.</p></div>"
    "<div class=\"vraag\"><h2>Vraag 3</h2><p>En mijn brief van 12 maart 2025<sup>3</sup>?</p></div>"
    "<div class=\"vraag\"><h2>Vraag 4</h2><p>Kent u het rapport <em>«Tel mee met Taal»</em>4?</p></div>"
    "<div class=\"vraag\"><h2>Vraag 5</h2><p>En <em>Het Financieele Dagblad</em>5 en <i>«Taal»</i>,6 van "
    "<em>maart 2025</em>7? Of <em>artikel</em> 8?</p></div>"
    "<div class=\"vraag\"><h2>Vraag 6</h2><p>U schreef op 14 februari 2025.8 Klopt dat? Of artikel 3.9 van de wet, "
    "nr.9 De wet?</p></div>"
    "<div id=\"noten\"><div class=\"voet noot\" id=\"n1\"><sup><span class=\"nootnum\">1</span></sup><p>NOS.1</p></div>"
    "<div class=\"voet noot\" id=\"n2\"><sup><span class=\"nootnum\">2</span></sup><p>Rapport</p></div>"
    "<div class=\"voet noot\" id=\"n3\"><sup><span class=\"nootnum\">3</span></sup><p>Bijlage</p></div>"
    "<div class=\"voet noot\" id=\"n4\"><sup><span class=\"nootnum\">4</span></sup><p>Taalrapport</p></div>"
    "<div class=\"voet noot\" id=\"n5\"><sup><span class=\"nootnum\">5</span></sup><p>FD</p></div>"
    "<div class=\"voet noot\" id=\"n6\"><sup><span class=\"nootnum\">6</span></sup><p>Taal</p></div>"
    "<div class=\"voet noot\" id=\"n7\"><sup><span class=\"nootnum\">7</span></sup><p>Maart</p></div>"
    "<div class=\"voet noot\" id=\"n8\"><sup><span class=\"nootnum\">8</span></sup><p>Artikel</p></div>"
    "<div class=\"voet noot\" id=\"n9\"><sup><span class=\"nootnum\">9</span></sup><p>Wet</p></div></div>"
    "</body></html>");

  g_assert_cmpstr (question (doc, 0), ==, "Geldt artikel 3.1 of nr.1 voor 100 m2?");
  assert_cited (doc, 0, 1);
  g_assert_cmpstr (question (doc, 1), ==, "En het rapport van 29 maart 2024? Wat vindt u van de 4 punten?");
  assert_cited (doc, 1, 2, 3);
  g_assert_cmpstr (answer (doc, 1), ==, "Zie Kamerstuk 29 544, nr.3 en 103 of x3.");
  g_assert_cmpstr (question (doc, 2), ==, "En mijn brief van 12 maart 2025?");
  assert_cited (doc, 2, 3);
  g_assert_cmpstr (question (doc, 3), ==, "Kent u het rapport «Tel mee met Taal»?");
  assert_cited (doc, 3, 4);
  g_assert_cmpstr (question (doc, 4), ==, "En Het Financieele Dagblad en «Taal», van maart 2025? Of artikel 8?");
  assert_cited (doc, 4, 5, 6, 7);
  g_assert_cmpstr (question (doc, 5), ==, "U schreef op 14 februari 2025. Klopt dat? Of artikel 3.9 van de wet, nr.9 De wet?");
  assert_cited (doc, 5, 8);
  g_assert_cmpstr (footnote_text (doc, 1), ==, "NOS.1");
  /* The only warning: "3.9 van" and "nr.9 De" are text. */
  g_assert_cmpuint (g_strv_length ((char **) kv_document_get_warnings (doc)), ==, 1);
  g_assert_true (has_warning_containing (doc, "Footnote 9 is never referenced"));
}

static void
test_deep_nesting (void)
{
  const guint depth = 1000000;
  g_autoptr (GString) html = g_string_sized_new (depth * 5 + 64);
  g_autoptr (GBytes) bytes = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = NULL;
  gint64 start = g_get_monotonic_time ();

  g_string_append (html, "<html><body>");
  for (guint i = 0; i < depth; i++)
    g_string_append (html, "<div>");
  bytes = g_string_free_to_bytes (g_steal_pointer (&html));

  doc = kv_document_load_bytes (bytes, &error);

  g_assert_null (doc);
  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "The file nests its elements more than 256 levels deep and is not opened.");
  g_assert_cmpint (g_get_monotonic_time () - start, <, 2 * G_USEC_PER_SEC);
}

static void
test_no_outside_files (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *html = NULL;
  g_autofree char *json = NULL;
  g_autoptr (KvDocument) doc = NULL;
  int fd = g_file_open_tmp ("kv-secret-XXXXXX.txt", &path, &error);

  g_assert_no_error (error);
  g_assert_true (g_file_set_contents (path, "kv-secret-5b8d\n", -1, &error));
  g_close (fd, NULL);
  uri = g_filename_to_uri (path, NULL, NULL);

  /* HTML has no entity declarations and the parser loads no DTD. */
  html = g_strdup_printf ("<!DOCTYPE html SYSTEM \"%s\" [<!ENTITY geheim SYSTEM \"%s\">]>\n"
                          "<html><body><div class=\"vraag\"><h2>Vraag 1</h2><p>&geheim;</p>"
                          "<iframe src=\"%s\"></iframe><object data=\"%s\"></object></div></body></html>\n",
                          uri, uri, uri, uri);
  doc = load_string (html);
  json = kv_document_to_json (doc);

  g_assert_null (strstr (json, "kv-secret-5b8d"));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/html/sample", test_sample);
  g_test_add_func ("/kv/html/page", test_page);
  g_test_add_func ("/kv/html/cut-off", test_cut_off);
  g_test_add_func ("/kv/html/number-in-first-paragraph", test_number_in_first_paragraph);
  g_test_add_func ("/kv/html/damaged-identifier", test_damaged_identifier);
  g_test_add_func ("/kv/html/plain-markers", test_plain_markers);
  g_test_add_func ("/kv/html/toelichting-in-opmerking", test_toelichting_in_opmerking);
  g_test_add_func ("/kv/html/nader-antwoord", test_nader_antwoord);
  g_test_add_func ("/kv/html/table-cells", test_table_cells);
  g_test_add_func ("/kv/html/number-inside-note", test_number_inside_note);
  g_test_add_func ("/kv/html/anchor-and-line-breaks", test_anchor_and_line_breaks);
  g_test_add_func ("/kv/html/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/kv/html/hostile/no-outside-files", test_no_outside_files);

  return g_test_run ();
}
