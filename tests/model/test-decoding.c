/* test-decoding.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>

#include "model-test-utils.h"

static const char example_head[] =
  "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Financiën over *de euro* "
  "(ingezonden 15\xc2\xa0juli 2025).\n"
  "\n"
  "Vraag 1\n"
  "\n"
  "Weet u wat Financiën doet?\n";

static KvDocument *
load_bytes_ok (const void *data,
               gsize       len)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, len);
  g_autoptr (GError) error = NULL;
  KvDocument *doc = kv_document_load_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (doc);
  return doc;
}

static void
assert_example_head (KvDocument *doc)
{
  const char *addressees[] = { "Minister van Financiën", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_QUESTIONS);
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-07-15");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de euro");
  assert_strv (kv_document_get_addressees (doc), addressees);
  g_assert_cmpuint (n_items (doc), ==, 1);
  g_assert_cmpstr (question (doc, 0), ==, "Weet u wat Financiën doet?");
}

static void
test_utf8_bom (void)
{
  g_autofree char *text = g_strconcat ("\xef\xbb\xbf", example_head, NULL);
  g_autoptr (KvDocument) doc = load_bytes_ok (text, strlen (text));

  assert_example_head (doc);
  assert_no_warnings (doc);
}

static void
test_utf16 (gconstpointer data)
{
  const char *charset = data;
  gboolean little = g_str_equal (charset, "UTF-16LE");
  gsize len = 0;
  g_autofree char *encoded = g_convert (example_head, -1, charset, "UTF-8", NULL, &len, NULL);
  g_autoptr (GByteArray) bytes = g_byte_array_new ();
  g_autoptr (KvDocument) doc = NULL;

  g_assert_nonnull (encoded);
  g_byte_array_append (bytes, (const guint8 *) (little ? "\xff\xfe" : "\xfe\xff"), 2);
  g_byte_array_append (bytes, (const guint8 *) encoded, (guint) len);

  doc = load_bytes_ok (bytes->data, bytes->len);
  assert_example_head (doc);
  assert_no_warnings (doc);
}

static void
test_crlf (void)
{
  g_auto (GStrv) lines = g_strsplit (example_head, "\n", -1);
  g_autofree char *crlf = g_strjoinv ("\r\n", lines);
  g_autofree char *cr = g_strjoinv ("\r", lines);
  g_autoptr (KvDocument) doc = load_bytes_ok (crlf, strlen (crlf));
  g_autoptr (KvDocument) old_mac = load_bytes_ok (cr, strlen (cr));

  assert_example_head (doc);
  assert_example_head (old_mac);
  assert_no_warnings (doc);
}

static void
test_windows_1252 (void)
{
  /* "Financiën" with ë as the single byte 0xEB, and a ’ (0x92). */
  static const char text[] =
    "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Financi\xebn over *de euro* "
    "(ingezonden 15 juli 2025).\n\nVraag 1\n\nWeet u wat Financi\xebn doet\x92s nachts?\n";

  /* An HTML page that says it is in Latin-1 is read so without a word. */
  static const char page[] =
    "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-1\"></head><body>"
    "<div class=\"vraag\"><h2>Vraag 1</h2><p>Weet u wat Financi\xebn doet?</p></div></body></html>";
  g_autoptr (KvDocument) doc = load_bytes_ok (text, strlen (text));
  g_autoptr (KvDocument) html = load_bytes_ok (page, strlen (page));

  g_assert_cmpstr (question (doc, 0), ==, "Weet u wat Financiën doet’s nachts?");
  g_assert_cmpstr (kv_document_get_addressees (doc)[0], ==, "Minister van Financiën");
  g_assert_true (has_warning_containing (doc, "Windows-1252"));

  g_assert_cmpstr (question (html, 0), ==, "Weet u wat Financiën doet?");
  assert_no_warnings (html);
}

static void
assert_load_error (const void *data,
                   gsize       len,
                   int         code)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, len);
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, &error);

  g_assert_error (error, KV_DOCUMENT_ERROR, code);
  g_assert_nonnull (error->message);
  g_assert_null (doc);
}

static void
test_empty (void)
{
  assert_load_error ("", 0, KV_DOCUMENT_ERROR_EMPTY);
  assert_load_error (" \n\xc2\xa0\r\n\t", 7, KV_DOCUMENT_ERROR_EMPTY);
  assert_load_error ("\xef\xbb\xbf", 3, KV_DOCUMENT_ERROR_EMPTY);
}

static void
test_binary (void)
{
  static const guint8 png[] = {
    0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R',
    0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
  };
  static const guint8 elf[] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0 };
  static const guint8 controls[] = { 'V', 'r', 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 'a' };

  assert_load_error (png, sizeof png, KV_DOCUMENT_ERROR_UNSUPPORTED);
  assert_load_error (elf, sizeof elf, KV_DOCUMENT_ERROR_UNSUPPORTED);
  assert_load_error (controls, sizeof controls, KV_DOCUMENT_ERROR_UNSUPPORTED);
}

static void
test_too_large_bytes (void)
{
  gsize len = KV_DOCUMENT_MAX_SIZE + 1;
  /* Zeroed pages are not touched, so this is cheap. */
  g_autofree char *big = g_malloc0 (len);
  g_autoptr (GBytes) bytes = g_bytes_new_static (big, len);
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_bytes (bytes, &error);

  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 MB"));
  g_assert_null (doc);
}

static void
test_too_large_file (void)
{
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("kv-test-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr (GFile) file = NULL;
  g_autoptr (GFileOutputStream) out = NULL;
  g_autoptr (KvDocument) doc = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "groot.txt", NULL);
  file = g_file_new_for_path (path);

  /* A sparse 200 MB file: the size is refused before anything is read. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_write_all (G_OUTPUT_STREAM (out), "Vraag 1\n", 8, NULL, NULL, &error);
  g_assert_no_error (error);
  g_seekable_truncate (G_SEEKABLE (out), 200 * 1024 * 1024, NULL, &error);
  g_assert_no_error (error);
  g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error);
  g_assert_no_error (error);

  doc = kv_document_load_file (file, NULL, &error);
  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64 MB"));
  g_assert_null (doc);

  g_file_delete (file, NULL, NULL);
  g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_DATA_DIR "/bestaat-niet.txt");
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_file (file, NULL, &error);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_null (doc);
}

static void
test_folder (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_DATA_DIR);
  g_autoptr (GError) error = NULL;
  g_autoptr (KvDocument) doc = kv_document_load_file (file, NULL, &error);

  g_assert_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED);
  g_assert_null (doc);
}

static void
test_no_questions (void)
{
  g_autoptr (KvDocument) doc = load_string ("Boodschappen:\nmelk, brood, kaas\n\nNiet vergeten!\n");

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_UNKNOWN);
  g_assert_cmpuint (n_items (doc), ==, 0);
  g_assert_true (has_warning_containing (doc, "No questions were found"));
  /* The text is not dropped silently either. */
  g_assert_true (has_warning_containing (doc, "melk, brood, kaas"));
}

static void
test_footnote_warnings (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nWaarom?¹ En dit?³\n\nVraag 2\n\nHoe?¹\n\n"
                                            "¹ Eerste bron.\n\n³ Derde bron.\n\n⁴ Vierde bron.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  /* One footnote cited from two places stays one footnote. */
  assert_cited (doc, 0, 1, 3);
  assert_cited (doc, 1, 1);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 3);
  g_assert_true (has_warning_containing (doc, "Footnote 2 is missing"));
  g_assert_true (has_warning_containing (doc, "Footnote 4 is never referenced"));
  g_assert_false (has_warning_containing (doc, "Footnote 1"));

  g_clear_object (&doc);
  doc = load_string ("Vraag 1\n\nWaarom?[^7]\n");
  assert_cited (doc, 0, 7);
  g_assert_true (has_warning_containing (doc, "Footnote 7 is referenced but has no text"));
}

/* Units and powers are text, also when the document has a footnote of
 * that number; after a date the number is a marker; "¹²" cites notes 1
 * and 2 where there is no note 12. */
static void
test_superscript_units (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nHoeveel m² en km² is 10³, en hoeveel CO₂?¹\n\n"
                                            "Vraag 2\n\nKent u mijn brief van 4 november 2024²?\n\n"
                                            "Vraag 3\n\nEn het rapport?³\n\nVraag 4\n\nEn beide brieven?¹²\n\n"
                                            "¹ Bron.\n² Brief.\n³ Rapport.\n");

  g_assert_cmpstr (question (doc, 0), ==, "Hoeveel m² en km² is 10³, en hoeveel CO₂?");
  assert_cited (doc, 0, 1);
  g_assert_cmpstr (question (doc, 1), ==, "Kent u mijn brief van 4 november 2024?");
  assert_cited (doc, 1, 2);
  g_assert_cmpstr (question (doc, 3), ==, "En beide brieven?");
  assert_cited (doc, 3, 1, 2);
  assert_no_warnings (doc);
}

static void
test_list_in_answer (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nHoe wordt dit betaald?\n\nAntwoord 1\n\nDrie punten:\n\n"
                                            "1. Bekostiging van scholen.\n\n2. Subsidies.\n\n"
                                            "Vraag 2, 3 tot en met 5\n\nEn verder?\n\nAntwoord 2, 3 tot en met 5\n\nNee.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (answer (doc, 0), ==, "Drie punten:\n\n1. Bekostiging van scholen.\n\n2. Subsidies.");
  assert_numbers (doc, 1, 2, 3, 4, 5);
  g_assert_cmpstr (answer (doc, 1), ==, "Nee.");
  assert_no_warnings (doc);
}

static void
test_markdown_caret (void)
{
  g_autoptr (KvDocument) doc = load_string ("# Kamervragen over de dijken\n\n## Vraag 1\n\nZijn de dijken hoog genoeg?[^1]\n\n"
                                            "## Antwoord 1\n\nJa, zie <https://example.org/dijken>.\n\n"
                                            "[^1]: Rapport, <https://example.org/rapport>\n");
  const char *urls[] = { "https://example.org/rapport", NULL };

  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de dijken");
  g_assert_cmpstr (question (doc, 0), ==, "Zijn de dijken hoog genoeg?");
  g_assert_cmpstr (answer (doc, 0), ==, "Ja, zie https://example.org/dijken.");
  assert_cited (doc, 0, 1);
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), urls);
  assert_no_warnings (doc);
}

/* Found by fuzz-text-reader: a marker on the line after "www." was taken
 * into the web address, with the bytes that carry markers inside the
 * reader, which are not UTF-8.
 */
static void
test_marker_after_address (void)
{
  g_autoptr (KvDocument) doc = load_string ("1. www..\n2\n1R\n2K");

  g_assert_cmpstr (question (doc, 0), ==, "www..");
  assert_cited (doc, 0, 2);
  assert_round_trip (doc);
}

/* Questions asked one by one and answered together become one item, as
 * the official publications show them. */
static void
test_joined_answer (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\n"
                                            "Vraag 2\nHoe?\nVraag 3\nWanneer?\nAntwoord 2 en 3\nZo, nu.\n"
                                            "Vraag 4\nWie?\nAntwoord 4\nIk.\n");

  g_assert_cmpuint (n_items (doc), ==, 3);
  assert_numbers (doc, 1, 2, 3);
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?\n\nWanneer?");
  g_assert_cmpstr (answer (doc, 1), ==, "Zo, nu.");
  assert_numbers (doc, 2, 4);
  g_assert_cmpstr (answer (doc, 2), ==, "Ik.");
  assert_no_warnings (doc);
}

static void
test_answer_in_parts (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1 en 2\nHoe en waarom?\nAntwoord 1\nZo.\nAntwoord 2\nDaarom.\n");

  g_assert_cmpuint (n_items (doc), ==, 1);
  assert_numbers (doc, 0, 1, 2);
  g_assert_cmpstr (answer (doc, 0), ==, "Zo.\n\nDaarom.");
  assert_no_warnings (doc);
}

static void
test_answer_without_question (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\nAntwoord 2\nOok zo.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  assert_numbers (doc, 1, 2);
  g_assert_cmpstr (question (doc, 1), ==, "");
  g_assert_cmpstr (answer (doc, 1), ==, "Ook zo.");
  g_assert_true (has_warning_containing (doc, "No question was found for answer 2."));
}

static void
test_bold_labels (void)
{
  g_autoptr (KvDocument) doc = load_string ("**Vraag 1**\nWaarom?\n**Antwoord 1:** Daarom.\n**Vraag 2:**  \nHoe?\n");
  g_autoptr (KvDocument) unnumbered = load_string ("**Vraag**\nWaarom?\n**Antwoord:**\nDaarom.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (question (doc, 0), ==, "Waarom?");
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?");

  g_assert_cmpstr (question (unnumbered, 0), ==, "Waarom?");
  g_assert_cmpstr (answer (unnumbered, 0), ==, "Daarom.");
}

/* A Markdown converter renames a second footnote 1 "[^1-2]": it is a
 * footnote of its own, numbered after the others. */
static void
test_renamed_caret_notes (void)
{
  g_autoptr (KvDocument) doc = load_string ("# Kamervragen over de aanbesteding\n\n"
                                            "## Vraag 1\n\nKent u het bericht?[^1]\n\n"
                                            "## Antwoord 1\n\nJa, zie de brief.[^1-2]\n\n"
                                            "[^1]: NRC, 7 november 2024\n"
                                            "[^1-2]: Brief van 18 november 2024\n");
  const guint *cited;
  guint n_cited = 0;

  g_assert_cmpuint (n_items (doc), ==, 1);
  g_assert_cmpstr (answer (doc, 0), ==, "Ja, zie de brief.");
  g_assert_cmpstr (footnote_text (doc, 1), ==, "NRC, 7 november 2024");
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Brief van 18 november 2024");
  cited = kv_item_get_footnotes (item_at (doc, 0), &n_cited);
  g_assert_cmpuint (n_cited, ==, 2);
  g_assert_cmpuint (cited[1], ==, 2);
  assert_no_warnings (doc);
}

/* Some files set their labels and headers in capitals; a label in lower case is
 * a sentence going on after a line break. */
static void
test_capital_labels (void)
{
  g_autoptr (KvDocument) doc = load_string ("ANTWOORD van Minister Veldkamp (Buitenlandse Zaken) (ontvangen\n"
                                            "18 november 2024).\n\n"
                                            "VRAAG 1\n\nWaarom?\n\nVRAGEN 2 EN 3\n\nHoe?\n\n"
                                            "ANTWOORD 1\n\nDaarom.\n\nANTWOORD OP VRAAG 2\n\nZie het antwoord op\n"
                                            "vraag 1.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (question (doc, 0), ==, "Waarom?");
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  assert_numbers (doc, 1, 2, 3);
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?");
  g_assert_cmpstr (answer (doc, 1), ==, "Zie het antwoord op vraag 1.");
  g_assert_cmpstr (kv_document_get_answered_by (doc)[0], ==, "Minister Veldkamp (Buitenlandse Zaken)");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-18");
  assert_no_warnings (doc);
}

/* Word answers number their questions "1." before "Antwoord vraag 1:";
 * a list inside an answer may reach the next question's number. */
static void
test_word_list_in_answer (void)
{
  g_autoptr (KvDocument) doc =
    load_string ("AH 608\n\n2024Z14419\n\nAntwoord van minister Van Hijum (Sociale Zaken en Werkgelegenheid) "
                 "(ontvangen 19 november 2024)\n\n"
                 "1. Waarom?\n\nAntwoord vraag 1:\n\nDaarom.\n\n"
                 "2. Hoe?\n\nAntwoord vraag 2:\n\nIn twee stappen:\n\n3. eerst dit;\n\n4. dan dat.\n\n"
                 "3.\tWanneer?\n\nAntwoord vraag 3:\n\nNu.\n\n"
                 "4. Wie?\n\nAntwoord vraag 4:\n\nIk.\n");

  g_assert_cmpuint (n_items (doc), ==, 4);
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?");
  g_assert_cmpstr (answer (doc, 1), ==, "In twee stappen:\n\n3. eerst dit;\n\n4. dan dat.");
  g_assert_cmpstr (question (doc, 2), ==, "Wanneer?");
  g_assert_cmpstr (answer (doc, 2), ==, "Nu.");
  g_assert_cmpstr (question (doc, 3), ==, "Wie?");
  assert_no_warnings (doc);
}

/* All questions first, then the answers; or one label for two. */
static void
test_word_questions_first (void)
{
  g_autoptr (KvDocument) first = load_string ("1. Waarom?\n\n2. Hoe?\n\n3. Wie?\n\nAntwoord vraag 1:\n\nDaarom.\n\n"
                                              "Antwoord vraag 2:\n\nZo.\n\nAntwoord vraag 3:\n\nIk.\n");
  g_autoptr (KvDocument) together = load_string ("1. Waarom?\n\n2. Hoe?\n\nAntwoord vraag 1 en 2:\n\nJa.\n");
  g_autoptr (KvDocument) list = load_string ("1. Waarom?\n\n2. Hoe?\n\n3. Wie?\n\nAntwoord vraag 1:\n\nDaarom.\n\n"
                                             "Antwoord vraag 2:\n\nIn stappen:\n\n1. eerst;\n\n2. dan;\n\n3. tot slot.\n\n"
                                             "Antwoord vraag 3:\n\nIk.\n");

  g_assert_cmpuint (n_items (first), ==, 3);
  g_assert_cmpstr (question (first, 1), ==, "Hoe?");
  g_assert_cmpstr (answer (first, 1), ==, "Zo.");
  assert_no_warnings (first);

  g_assert_cmpuint (n_items (list), ==, 3);
  g_assert_cmpstr (question (list, 2), ==, "Wie?");
  g_assert_cmpstr (answer (list, 1), ==, "In stappen:\n\n1. eerst;\n\n2. dan;\n\n3. tot slot.");
  g_assert_cmpstr (answer (list, 2), ==, "Ik.");
  assert_no_warnings (list);

  g_assert_cmpuint (n_items (together), ==, 1);
  assert_numbers (together, 0, 1, 2);
  g_assert_cmpstr (question (together, 0), ==, "Waarom?\n\nHoe?");
  g_assert_cmpstr (answer (together, 0), ==, "Ja.");
  assert_no_warnings (together);
}

/* Word and PDF texts may put a no-break space or a tab in a label. */
static void
test_label_spaces (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag\u00a01\nWaarom?\nAntwoord\tvraag\u00a01:\nDaarom.\n"
                                            "Vraag\t2\nHoe?\nAntwoord  2\nZo.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (question (doc, 0), ==, "Waarom?");
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?");
  g_assert_cmpstr (answer (doc, 1), ==, "Zo.");
}

static void
test_nader_antwoord (void)
{
  g_autoptr (KvDocument) doc =
    load_string ("Vragen van het lid Jansen (VVD) aan de Minister van Financiën over de dijken (ingezonden 6 november 2024).\n"
                 "Nader antwoord van  Minister Heinen (Financiën) (ontvangen 18 november 2024).\n"
                 "Vraag 1\nWaarom?\nAntwoord 1\nDaarom.\n");
  static const char * const answered_by[] = { "Minister Heinen (Financiën)", NULL };

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-06");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-18");
  assert_strv (kv_document_get_answered_by (doc), answered_by);
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  assert_no_warnings (doc);
}

/* PDF texts break long web addresses anywhere, also after a hyphen that
 * belongs to the address and before digits that look like the next
 * footnote. */
static void
test_broken_addresses (void)
{
  g_autoptr (KvDocument) doc =
    load_string ("Vraag 1\nKent u het bericht?1\nVraag 2\nWat vindt u ervan?2\nVraag 3\nEn dit?3\n"
                 "1NOS, «Bericht» (https://nos.nl/artikel/\n2541672-wachttijden-ggz)\n"
                 "2Zie https://www.rijksoverheid.nl/niet-goed-\nvastgelegd\n"
                 "3NRC (https://www.nrc.nl/nieuws/2024/10/22/wachttij\nden-a123).\n");
  static const char * const urls1[] = { "https://nos.nl/artikel/2541672-wachttijden-ggz", NULL };
  static const char * const urls2[] = { "https://www.rijksoverheid.nl/niet-goed-vastgelegd", NULL };
  static const char * const urls3[] = { "https://www.nrc.nl/nieuws/2024/10/22/wachttijden-a123", NULL };

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 3);
  g_assert_cmpstr (footnote_text (doc, 1), ==, "NOS, «Bericht» (https://nos.nl/artikel/2541672-wachttijden-ggz)");
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), urls1);
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 2)), urls2);
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 3)), urls3);
  assert_no_warnings (doc);
}

/* An address that ends a line whole: the next note, or a new sentence. */
static void
test_whole_addresses (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u het bericht?1\nVraag 2\nEn dat?2\n"
                                            "Zie https://www.rijksoverheid.nl/\nDaarnaast is er meer, op https://nos.nl/\n"
                                            "en ook elders.\n"
                                            "1NOS, 3 maart 2025, https://nos.nl/artikel/\n2NRC, 4 maart 2025\n");
  static const char * const urls1[] = { "https://nos.nl/artikel/", NULL };

  g_assert_cmpstr (question (doc, 1), ==,
                   "En dat? Zie https://www.rijksoverheid.nl/ Daarnaast is er meer, op https://nos.nl/ en ook elders.");
  g_assert_cmpstr (footnote_text (doc, 2), ==, "NRC, 4 maart 2025");
  assert_strv (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1)), urls1);
  assert_cited (doc, 1, 2);
  assert_no_warnings (doc);
}

/* PDF text glues a note's number to its text, also when that starts with
 * the number of a Kamerstuk dossier: "3" + "36 200, nr. 77". */
static void
test_note_glued_to_dossier (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u het bericht?1\nVraag 2\nEn de brieven?2 3\n"
                                            "1NOS, 22 oktober 2024\n2Kamerstuk 25 242, nr. 686\n336 200, nr. 77\n");

  g_assert_cmpstr (footnote_text (doc, 2), ==, "Kamerstuk 25 242, nr. 686");
  g_assert_cmpstr (footnote_text (doc, 3), ==, "36 200, nr. 77");
  assert_cited (doc, 1, 2, 3);
  assert_no_warnings (doc);
}

static void
test_note_wraps_before_date (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u het bericht?1\nVraag 2\nEn dit?2\n"
                                            "1NOS, «Bericht», geraadpleegd op\n2 oktober 2023\n"
                                            "2Kamerstuk 36 200, nr. 77\n");

  g_assert_cmpstr (footnote_text (doc, 1), ==, "NOS, «Bericht», geraadpleegd op 2 oktober 2023");
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Kamerstuk 36 200, nr. 77");
  assert_cited (doc, 1, 2);
  assert_no_warnings (doc);
}

/* PDF to Markdown makes every raised or lowered number a bracket. */
static void
test_brackets_that_are_text (void)
{
  g_autoptr (KvDocument) doc = load_string ("## Vraag 1\n\nScheelt het 2 Mt CO[2 ] en 2.000 m[2 ] in 2023[1 ]?\n\n"
                                            "1 Rapport, 2023\n");

  g_assert_cmpstr (question (doc, 0), ==, "Scheelt het 2 Mt CO2 en 2.000 m2 in 2023?");
  assert_cited (doc, 0, 1);
  assert_no_warnings (doc);
}

/* A page may end with its notes numbered "1)" or "[1]" while the text
 * marks them "¹" or "[1 ]"; a list in the text is not a note. */
static void
test_page_notes_in_another_style (void)
{
  g_autoptr (KvDocument) parens = load_string ("Vraag 1\nKent u het bericht?¹\n"
                                               "1) NOS, 9 oktober 2024\n"
                                               "Vraag 2\nWaarom niet?²\n2) Kamerstuk 36 200, nr. 77\n");
  g_autoptr (KvDocument) brackets = load_string ("Vraag 1\nKent u het bericht?[1 ]\n"
                                                 "[1] NOS, 9 oktober 2024\n"
                                                 "Vraag 2\nWaarom niet?[2 ]\n[2] Kamerstuk 36 200, nr. 77\n");
  g_autoptr (KvDocument) list = load_string ("Vraag 1\nKent u het bericht?¹\n"
                                             "Antwoord 1\nDrie redenen:\n1) de kosten\n2) de tijd\n"
                                             "Vraag 2\nEn nu?\n");

  g_assert_cmpstr (question (parens, 0), ==, "Kent u het bericht?");
  g_assert_cmpstr (question (parens, 1), ==, "Waarom niet?");
  g_assert_cmpstr (footnote_text (parens, 1), ==, "NOS, 9 oktober 2024");
  g_assert_cmpstr (footnote_text (parens, 2), ==, "Kamerstuk 36 200, nr. 77");
  assert_no_warnings (parens);

  g_assert_cmpstr (question (brackets, 1), ==, "Waarom niet?");
  g_assert_cmpstr (footnote_text (brackets, 1), ==, "NOS, 9 oktober 2024");
  g_assert_cmpstr (footnote_text (brackets, 2), ==, "Kamerstuk 36 200, nr. 77");
  assert_no_warnings (brackets);

  g_assert_nonnull (strstr (answer (list, 0), "1) de kosten"));
  g_assert_null (kv_document_lookup_footnote (list, 1));
  g_assert_true (has_warning_containing (list, "Footnote 1 is referenced but has no text"));
}

/* Notes in the "[1] …" style may stand together at the end, each on its
 * own lines (a converter wraps them), and need not follow the page's text
 * directly. */
static void
test_bracket_notes_together (void)
{
  g_autoptr (KvDocument) tight = load_string ("Vraag 1\nKent u het rapport?[1]\nVraag 2\nEn de brief?[2]\n"
                                              "[1] Rapport 2023\n[2] Brief 2025\n");
  g_autoptr (KvDocument) spaced = load_string ("Vraag 1\n\nKent u het rapport?[1]\n\nVraag 2\n\nEn de brief?[2]\n\n"
                                               "[1] Rapport 2023\n\n[2] Brief 2025\n");
  g_autoptr (KvDocument) wrapped = load_string ("Vraag 1\n\nKent u het rapport?[1]\n\nVraag 2\n\nEn de brief?[2]\n\n"
                                                "[1] Rapport\n    2023\n\n[2] Brief\n    2025\n");
  KvDocument *docs[] = { tight, spaced, wrapped };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_assert_cmpstr (question (docs[i], 1), ==, "En de brief?");
      assert_cited (docs[i], 1, 2);
      g_assert_cmpstr (footnote_text (docs[i], 1), ==, "Rapport 2023");
      g_assert_cmpstr (footnote_text (docs[i], 2), ==, "Brief 2025");
      assert_no_warnings (docs[i]);
    }
}

/* A page's notes may start at 2, and a line of text may start with the
 * marker 2: the note is the last line on the page that starts so. */
static void
test_text_line_starts_with_marker (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u het bericht?1\n1NOS, 9 oktober 2024\n"
                                            "ah-tk-20242025-593\nAntwoord 1\n"
                                            "Ja, zie mijn brief van 4 november jl.\n2 waarin ik inga op de opvang.3\n"
                                            "2Kamerstukken II 2024/25, 19 637, nr. 3308\n3Brief van 4 november 2024\n");

  g_assert_cmpstr (answer (doc, 0), ==, "Ja, zie mijn brief van 4 november jl. waarin ik inga op de opvang.");
  assert_cited (doc, 0, 1, 2, 3);
  g_assert_cmpstr (footnote_text (doc, 2), ==, "Kamerstukken II 2024/25, 19 637, nr. 3308");
  assert_no_warnings (doc);
}

/* PDF text breaks lines before numbers that belong to the sentence; a
 * marker starts a line only after a sentence or a clause. */
static void
test_line_starts_with_number (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKlopt het dat de regeling niet per\n1 januari 2026 kan ingaan?1\n"
                                            "Vraag 2\nIs de armoede met\n2 procent gestegen, zoals het SCP meldt?2\n"
                                            "1Kamerstuk 31 066, nr. 1450\n2SCP, Armoede in kaart\n");

  g_assert_cmpstr (question (doc, 0), ==, "Klopt het dat de regeling niet per 1 januari 2026 kan ingaan?");
  assert_cited (doc, 0, 1);
  g_assert_cmpstr (question (doc, 1), ==, "Is de armoede met 2 procent gestegen, zoals het SCP meldt?");
  assert_cited (doc, 1, 2);
  assert_no_warnings (doc);
}

/* A hyphen at the end of a line breaks a word, joins two (before a
 * capital, after capitals, digits or one letter) or leaves one open. */
static void
test_line_end_hyphens (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vragen van het lid Thijssen (GroenLinks-\nPvdA) aan de Minister van "
                                            "Volksgezondheid, Welzijn en Sport over zorg in Noord-\nHolland "
                                            "(ingezonden 5 maart 2025).\nVraag 1\nHoe staat de zorg in Zuid-\n"
                                            "Holland en in de opspo-\nringsdossiers ervoor?\nVraag 2\nHoeveel ICT-\n"
                                            "systemen, CO2-\nuitstoot, in-\nen uitvoer en e-\noverheid?\nVraag 3\n"
                                            "Wat deed uw voorganger -\nStaatssecretaris Van Huffelen - in 2024-\n2026 "
                                            "met de COVID-\n19-steun en de F-\n35?\n");

  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "GroenLinks-PvdA");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "zorg in Noord-Holland");
  g_assert_cmpstr (question (doc, 0), ==, "Hoe staat de zorg in Zuid-Holland en in de opsporingsdossiers ervoor?");
  g_assert_cmpstr (question (doc, 1), ==, "Hoeveel ICT-systemen, CO2-uitstoot, in- en uitvoer en e-overheid?");
  g_assert_cmpstr (question (doc, 2), ==, "Wat deed uw voorganger - Staatssecretaris Van Huffelen - in 2024-2026 met "
                   "de COVID-19-steun en de F-35?");
}

/* Numbered questions, and the answers after them, need no blank lines;
 * a list inside an answer stays in it. */
static void
test_numbered_without_blank_lines (void)
{
  g_autoptr (KvDocument) questions = load_string ("1. Bent u bekend met het bericht?\n2. Hoeveel bedrijven wachten?\n"
                                                  "3. Wanneer is het net gereed?\n");
  g_autoptr (KvDocument) answers = load_string ("1. Bent u bekend met het bericht?\nAntwoord vraag 1:\nJa, namelijk:\n"
                                                "1. de kosten;\n2. de tijd.\n2. Hoeveel werkenden?\n"
                                                "Antwoord vraag 2:\nCirca 30.000.\n3. Wanneer?\nAntwoord vraag 3:\n"
                                                "In 2026.\n4. Hoe?\nAntwoord vraag 4:\nZo.\n");
  g_autoptr (KvDocument) word = load_string ("1. Kent u het bericht? 1)\n2. Klopt het?\n1) NOS, 1 maart 2025\n");
  g_autoptr (KvDocument) sublist = load_string ("1. Kunt u aangeven:\n1. hoeveel vacatures er zijn;\n"
                                                "2. hoeveel zij-instromers er zijn?\n2. Informeert u de Kamer?\n"
                                                "3. Wanneer?\n");
  g_autoptr (KvDocument) spaced = load_string ("1. Kunt u aangeven:\n\n1. hoeveel vacatures er zijn;\n\n"
                                               "2. hoeveel zij-instromers er zijn?\n\n2. Informeert u de Kamer?\n");

  g_assert_cmpuint (n_items (questions), ==, 3);
  g_assert_cmpstr (question (questions, 1), ==, "Hoeveel bedrijven wachten?");
  g_assert_cmpstr (question (questions, 2), ==, "Wanneer is het net gereed?");

  g_assert_cmpuint (n_items (answers), ==, 4);
  g_assert_cmpstr (answer (answers, 0), ==, "Ja, namelijk: 1. de kosten; 2. de tijd.");
  g_assert_cmpstr (question (answers, 1), ==, "Hoeveel werkenden?");
  g_assert_cmpstr (answer (answers, 1), ==, "Circa 30.000.");
  g_assert_cmpstr (question (answers, 2), ==, "Wanneer?");
  g_assert_cmpstr (answer (answers, 2), ==, "In 2026.");
  g_assert_cmpstr (question (answers, 3), ==, "Hoe?");
  assert_no_warnings (answers);

  g_assert_cmpuint (n_items (word), ==, 2);
  g_assert_cmpstr (question (word, 0), ==, "Kent u het bericht?");
  assert_cited (word, 0, 1);
  g_assert_cmpstr (question (word, 1), ==, "Klopt het?");

  g_assert_cmpuint (n_items (sublist), ==, 3);
  g_assert_cmpstr (question (sublist, 0), ==, "Kunt u aangeven: 1. hoeveel vacatures er zijn; 2. hoeveel zij-instromers er zijn?");
  g_assert_cmpstr (question (sublist, 1), ==, "Informeert u de Kamer?");
  g_assert_cmpstr (question (sublist, 2), ==, "Wanneer?");

  g_assert_cmpuint (n_items (spaced), ==, 2);
  g_assert_cmpstr (question (spaced, 0), ==, "Kunt u aangeven:\n\n1. hoeveel vacatures er zijn;\n\n"
                   "2. hoeveel zij-instromers er zijn?");
  g_assert_cmpstr (question (spaced, 1), ==, "Informeert u de Kamer?");
}

/* "Antwoord op de vragen 1 en 2", no-break spaces in a list, and a comma
 * before "en". */
static void
test_label_wordings (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nHoeveel?\nVraag 2\nHoe lang?\n"
                                            "Antwoord op de vragen 1 en 2\n21.400, zes maanden.\n"
                                            "Vraag 3\nWaar?\nVraag 4\nWanneer?\nVraag 5\nHoe?\n"
                                            "Antwoord 3 tot\u00a0en\u00a0met\u00a05\nHier, nu, zo.\n"
                                            "Vraag 6\nA?\nVraag 7\nB?\nVraag 8\nC?\nAntwoord 6, 7, en 8\nABC.\n");

  g_assert_cmpuint (n_items (doc), ==, 3);
  assert_numbers (doc, 0, 1, 2);
  g_assert_cmpstr (answer (doc, 0), ==, "21.400, zes maanden.");
  assert_numbers (doc, 2, 6, 7, 8);
  assert_numbers (doc, 1, 3, 4, 5);
  g_assert_cmpstr (answer (doc, 1), ==, "Hier, nu, zo.");
  assert_no_warnings (doc);
}

/* Word notes: a marker glued to the question mark, a web address on a
 * line of its own, a list within a sentence and a parenthesis that ends in
 * a number, which cite nothing, and a list that ends the text and is no
 * note. */
static void
test_word_notes (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vragen van het lid Bikker (ChristenUnie) aan de staatssecretaris van Jeugd, "
                                            "Preventie en Sport over jeugdzorg\n\n"
                                            "Kent u het bericht 'Wachtlijsten groeien'?1)\n\n"
                                            "Kunt u aangeven 1) hoeveel kinderen wachten en 2) hoe lang, als "
                                            "'thuiszitter' 1) volgens de wet en 2) volgens de inspectie?\n\n"
                                            "Wat doet u eraan (Kamerstuk 31 497, nr. 1)? 2)\n\n"
                                            "1) NOS, 1 maart 2025\nhttps://nos.nl/artikel/1\n\n"
                                            "2) Jeugdautoriteit, Monitor 2024\n");
  g_autoptr (KvDocument) list = load_string ("Vraag 1\nWelke maatregelen neemt u?\nAntwoord 1\nDe volgende:\n\n"
                                             "1) het stelsel is dwingend;\n\n2) de huurverhoging is gemaximeerd.\n");
  g_autoptr (KvDocument) two = load_string ("Vragen van het lid X (SP) aan de minister van SZW over schulden\n\n"
                                            "Kent u het bericht 'Y' 1) en het rapport 'Z' 2) van de Inspectie?\n\n"
                                            "Bent u bereid te kijken naar:\n\n1) het verlengen van de regeling;\n\n"
                                            "2) het stoppen van dwanginvordering?\n\n1) NOS, 1 april 2025.\n\n"
                                            "2) IGJ, 18 maart 2025.\n");
  guint n_cited;

  g_assert_cmpuint (n_items (doc), ==, 3);
  g_assert_cmpstr (question (doc, 0), ==, "Kent u het bericht 'Wachtlijsten groeien'?");
  assert_cited (doc, 0, 1);
  g_assert_cmpstr (question (doc, 1), ==, "Kunt u aangeven 1) hoeveel kinderen wachten en 2) hoe lang, als "
                   "'thuiszitter' 1) volgens de wet en 2) volgens de inspectie?");
  kv_item_get_footnotes (item_at (doc, 1), &n_cited);
  g_assert_cmpuint (n_cited, ==, 0);
  g_assert_cmpstr (question (doc, 2), ==, "Wat doet u eraan (Kamerstuk 31 497, nr. 1)?");
  assert_cited (doc, 2, 2);
  g_assert_cmpstr (footnote_text (doc, 1), ==, "NOS, 1 maart 2025 https://nos.nl/artikel/1");
  g_assert_cmpstr (kv_footnote_get_urls (kv_document_lookup_footnote (doc, 1))[0], ==, "https://nos.nl/artikel/1");
  assert_no_warnings (doc);

  g_assert_null (kv_document_lookup_footnote (list, 1));
  g_assert_cmpstr (answer (list, 0), ==, "De volgende:\n\n1) het stelsel is dwingend;\n\n2) de huurverhoging is gemaximeerd.");
  assert_no_warnings (list);

  /* Two citations after quotes; a list at the end of the last question,
   * before the notes. */
  g_assert_cmpuint (n_items (two), ==, 2);
  g_assert_cmpstr (question (two, 0), ==, "Kent u het bericht 'Y' en het rapport 'Z' van de Inspectie?");
  assert_cited (two, 0, 1, 2);
  g_assert_cmpstr (question (two, 1), ==, "Bent u bereid te kijken naar:\n\n1) het verlengen van de regeling;\n\n"
                   "2) het stoppen van dwanginvordering?");
  g_assert_cmpstr (footnote_text (two, 2), ==, "IGJ, 18 maart 2025.");
  assert_no_warnings (two);
}

/* PDF text glues markers after a comma, and runs a group's questions
 * together with the marker between them. */
static void
test_more_glued_markers (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nIs de norm «streng»,1 en wat betekent dat?\n"
                                            "Vraag 2 en 3\nKlopt het?Klopt het dat de derogatie vervalt?2Welke "
                                            "maatregelen neemt u, bij 2,5 procent?\n1Boerderij\n2Kamerstuk 33 037, nr. 560\n");

  g_autoptr (KvDocument) numbers = load_string ("Vraag 1\nIs gerekend met AERIUS Calculator 2024.1 en niet met artikel 3.1 "
                                                "van de regeling?\nVraag 2\nHet aantal daalt van 21 naar 10.1 Klopt dat?\n"
                                                "1Kamerstuk 29 517, nr. 250\n");
  g_autoptr (KvDocument) date = load_string ("Vraag 1\nKlopt het dat de cao, die sinds 1 oktober 2024,1 geldt, 0,5 uur "
                                             "en 2024,2 minder vraagt?\n1Cao primair onderwijs 2024\n2Kamerstuk\n");

  g_assert_cmpstr (question (numbers, 0), ==, "Is gerekend met AERIUS Calculator 2024.1 en niet met artikel 3.1 van de regeling?");
  g_assert_cmpstr (question (numbers, 1), ==, "Het aantal daalt van 21 naar 10. Klopt dat?");
  assert_cited (numbers, 1, 1);
  assert_no_warnings (numbers);

  g_assert_cmpstr (question (date, 0), ==, "Klopt het dat de cao, die sinds 1 oktober 2024, geldt, 0,5 uur en 2024,2 minder vraagt?");
  assert_cited (date, 0, 1);

  g_assert_cmpstr (question (doc, 0), ==, "Is de norm «streng», en wat betekent dat?");
  assert_cited (doc, 0, 1);
  g_assert_cmpstr (question (doc, 1), ==, "Klopt het?Klopt het dat de derogatie vervalt?Welke maatregelen neemt u, "
                   "bij 2,5 procent?");
  assert_cited (doc, 1, 2);
  assert_no_warnings (doc);
}

/* The subject in the header may cite a footnote; its marker is no part
 * of the subject, and does not make the markers after it missed. */
static void
test_missed_marker (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vragen van het lid Van Nispen (SP) aan de Minister van Justitie en "
                                            "Veiligheid over het bericht «Rechtspraak kampt met vacatures»1 "
                                            "(ingezonden 2 april 2025).\nVraag 1\nKent u het bericht?\n"
                                            "Vraag 2\nKlopt het wat de Raad meldt?2\nVraag 3\nEn dit?3\n"
                                            "1NOS, 1 april 2025\n2Raad voor de rechtspraak, Jaarverslag 2024\n"
                                            "3Kamerstuk 29 279, nr. 900\n");

  g_autoptr (KvDocument) superscript = load_string ("Vragen van het lid Jansen (VVD) aan de Minister van Financiën "
                                                    "over het bericht «Z»¹ (ingezonden 1 maart 2025).\n\nVraag 1\n\n"
                                                    "Kent u het bericht?\n\n¹ NOS, 1 maart 2025\n");

  g_assert_cmpstr (kv_document_get_subject (doc), ==, "het bericht «Rechtspraak kampt met vacatures»");
  assert_subject_cites (doc, 1);
  g_assert_cmpstr (question (doc, 1), ==, "Klopt het wat de Raad meldt?");
  assert_cited (doc, 1, 2);
  assert_cited (doc, 2, 3);
  assert_no_warnings (doc);
  assert_round_trip (doc);

  g_assert_cmpstr (kv_document_get_subject (superscript), ==, "het bericht «Z»");
  assert_subject_cites (superscript, 1);
  assert_no_warnings (superscript);
}

/* A "Zie ook" reference may wrap over lines in the answer header. */
static void
test_wrapped_reference_in_header (void)
{
  g_autoptr (KvDocument) doc = load_string ("Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen\n"
                                            "27 januari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar\n"
                                            "2024–2025, nr. 902.\nVraag 1\nHoeveel?\nAntwoord 1\nVeel.\n");

  g_autoptr (KvDocument) list = load_string ("Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen\n"
                                             "27 januari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, "
                                             "nrs. 1201\nen 1388.\nVraag 1\nHoeveel?\nAntwoord 1\nVeel.\n");
  g_autoptr (KvDocument) empty = load_string ("Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 27 januari "
                                              "2025).\nZie ook Aanhangsel Handelingen, vergaderjaar\n**\n\nVraag 1\n"
                                              "Hoeveel?\nAntwoord 1\nVeel.\n");

  g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-01-27");
  g_assert_cmpstr (answer (doc, 0), ==, "Veel.");
  assert_no_warnings (doc);

  g_assert_cmpstr (answer (list, 0), ==, "Veel.");
  assert_no_warnings (list);

  g_assert_cmpstr (answer (empty, 0), ==, "Veel.");
}

/* Markdown may set the Zaak number as a heading or in bold; a "Zie ook"
 * reference on lines of its own may wrap. */
static void
test_preamble_variants (void)
{
  const char *zaak_lines[] = { "### 2025Z05500", "## 2025Z05500", "**2025Z05500**" };

  for (guint i = 0; i < G_N_ELEMENTS (zaak_lines); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\nVragen van het lid Kops (PVV) aan de Minister van Klimaat en "
                                               "Groene Groei over netcongestie (ingezonden 21 maart 2025).\n\n"
                                               "Vraag 1\nWat doet u?\n", zaak_lines[i]);
      g_autoptr (KvDocument) doc = load_string (text);

      g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2025Z05500");
      g_assert_cmpstr (kv_document_get_subject (doc), ==, "netcongestie");
      assert_no_warnings (doc);
    }

  {
    g_autoptr (KvDocument) doc = load_string ("Antwoord van Minister Veldkamp (Buitenlandse Zaken) (ontvangen 14 april 2025).\n"
                                              "Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr.\n1290.\n"
                                              "Vraag 1\nHoeveel?\nAntwoord 1\nVeel.\n");

    g_assert_cmpstr (answer (doc, 0), ==, "Veel.");
    assert_no_warnings (doc);
  }
}

/* Letters from a ministry number their pages at the foot, "Pagina 1 van
 * 2" (or "Blad 1 van 3", "Pagina 2/3", "- 3 -"), and repeat their date
 * and reference at the top of the next page; older publications end in
 * "KVR27812" and "Sdu Uitgevers": no part of the answer they follow, nor
 * of the note above them. */
static void
test_letter_page_furniture (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u het bericht?1\n\nAntwoord 1\nJa.\n\n"
                                            "Pagina 1 van 2\n\nDatum\n3 maart 2025\nKenmerk\nDGA / 95012345\n\n"
                                            "Vraag 2\nHoeveel?\n\nAntwoord 2\nVeel.\n\n"
                                            "1 https://nos.nl/artikel/123\nPagina 2 van 2\n");

  /* A field breaks into a sentence; its value is a reference, a date or a
   * number, and a line of text is none. */
  g_autoptr (KvDocument) broken = load_string ("Vraag 1\nHoeveel wachten er?1\nAntwoord 1\nEr is geen beeld van wie wacht op\n"
                                               "Onze referentie\nUw referentie\nBS2025004117\n2025Z00811\nBijlage(n)\n1\n"
                                               "jeugd-ggz. Gemeenten weten het.\nKenmerk\nDe wachttijden zijn lang.\n"
                                               "1 NOS\n");

  g_autoptr (KvDocument) forms = load_string ("Vraag 1\nHoeveel?\nAntwoord 1\nEr zijn\nBlad 1 van 3\nveel\nPagina 2/3\n"
                                              "wachtenden, zo\n- 3 -\nschreef ik\nDatum 24 februari 2025\nop 2 februari.\n"
                                              "KVR27812\nSdu Uitgevers, \xe2\x80\x99s-Gravenhage 2007\n");

  g_assert_cmpstr (answer (forms, 0), ==, "Er zijn veel wachtenden, zo schreef ik op 2 februari.");
  assert_no_warnings (forms);

  g_assert_cmpstr (answer (broken, 0), ==, "Er is geen beeld van wie wacht op jeugd-ggz. Gemeenten weten het. "
                   "De wachttijden zijn lang.");
  assert_cited (broken, 0, 1);
  assert_no_warnings (broken);

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");
  g_assert_cmpstr (question (doc, 1), ==, "Hoeveel?");
  g_assert_cmpstr (footnote_text (doc, 1), ==, "https://nos.nl/artikel/123");
  assert_no_warnings (doc);
}

/* Word answers of a ministry: a question may open a list numbered from 1,
 * which does not start questions 1 and 2; a list in an answer ends where
 * the next question follows it in sequence. */
static void
test_word_list_in_question (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "Antwoord van minister Keijzer (Volkshuisvesting en Ruimtelijke Ordening) (ontvangen 7 april 2025)\n\n"
    "1. Kunt u aangeven:\n1. hoeveel sociale huurwoningen er zijn opgeleverd?\n"
    "2. hoeveel middenhuurwoningen er zijn opgeleverd?\n\nAntwoord vraag 1:\nZie de Staat van de Volkshuisvesting.\n\n"
    "2. Welke stappen zijn er?\nAntwoord vraag 2:\nDe volgende stappen:\n1. het onderzoek;\n2. het programma.\n"
    "3. Welke ondersteuning krijgen kleine gemeenten?\nAntwoord vraag 3:\nHet Expertteam Woningbouw.\n");

  g_assert_cmpuint (n_items (doc), ==, 3);
  g_assert_cmpstr (question (doc, 0), ==, "Kunt u aangeven: 1. hoeveel sociale huurwoningen er zijn opgeleverd? "
                   "2. hoeveel middenhuurwoningen er zijn opgeleverd?");
  g_assert_cmpstr (answer (doc, 0), ==, "Zie de Staat van de Volkshuisvesting.");
  g_assert_cmpstr (answer (doc, 1), ==, "De volgende stappen: 1. het onderzoek; 2. het programma.");
  g_assert_cmpstr (question (doc, 2), ==, "Welke ondersteuning krijgen kleine gemeenten?");
  assert_no_warnings (doc);
}

/* Older publications, and PDF text of a Word list, print a question's
 * number on a line of its own, "1" or "1.", above its text: it numbers
 * the question, and is no footnote marker. "Antwoord" alone answers the
 * question before it. */
static void
test_number_lines (void)
{
  g_autoptr (KvDocument) old = load_string (
    "Vragen van het lid Van Gerven (SP) aan de minister voor Jeugd en Gezin over de jeugdzorg. (Ingezonden 14 maart 2007)\n"
    "1\nKent u het bericht «Wachtlijst jeugdzorg groeit weer»?1\n2\nHoeveel kinderen stonden op een wachtlijst?\n"
    "1 Trouw, 13 maart 2007\n");
  g_autoptr (KvDocument) word = load_string (
    "Antwoord op vragen van het lid Olger van Dijk (NSC) over de Van Brienenoordbrug\n\n"
    "1.\nBent u bekend met het bericht?\n\nAntwoord\nJa.\n\n2.\n‘Wat is de oorzaak?’\n\nAntwoord\nVermoeiing.\n");

  g_assert_cmpuint (n_items (old), ==, 2);
  assert_numbers (old, 1, 2);
  g_assert_cmpstr (question (old, 0), ==, "Kent u het bericht «Wachtlijst jeugdzorg groeit weer»?");
  assert_cited (old, 0, 1);
  g_assert_cmpstr (question (old, 1), ==, "Hoeveel kinderen stonden op een wachtlijst?");
  g_assert_cmpstr (footnote_text (old, 1), ==, "Trouw, 13 maart 2007");
  assert_no_warnings (old);

  g_assert_cmpuint (n_items (word), ==, 2);
  assert_numbers (word, 1, 2);
  g_assert_cmpstr (question (word, 1), ==, "‘Wat is de oorzaak?’");
  g_assert_cmpstr (answer (word, 0), ==, "Ja.");
  g_assert_cmpstr (answer (word, 1), ==, "Vermoeiing.");
  assert_no_warnings (word);
}

/* A label on the line of its text: "Antwoord: Ja." after a numbered
 * question, "Vraag 1<tab>Kent u…" as Word tabulates it. */
static void
test_label_before_text (void)
{
  g_autoptr (KvDocument) colon = load_string ("Vraag 1: Kent u het bericht?\nAntwoord: Ja.\n"
                                              "Vraag 2: Waarom niet?\n**Antwoord:** Omdat het niet kan.\n");
  g_autoptr (KvDocument) tab = load_string ("Vraag 1\tKent u het bericht?\nAntwoord 1\tJa.\n"
                                            "Vraag 2 \tWaarom niet?\nAntwoord 2\tOmdat het niet kan.\n");
  KvDocument *docs[] = { colon, tab };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_assert_cmpuint (n_items (docs[i]), ==, 2);
      g_assert_cmpstr (question (docs[i], 0), ==, "Kent u het bericht?");
      g_assert_cmpstr (answer (docs[i], 0), ==, "Ja.");
      g_assert_cmpstr (question (docs[i], 1), ==, "Waarom niet?");
      g_assert_cmpstr (answer (docs[i], 1), ==, "Omdat het niet kan.");
      assert_no_warnings (docs[i]);
    }
}

/* Older publications print the answers' header after the questions; it
 * is a header, and no part of the last question. */
static void
test_late_answer_header (void)
{
  g_autoptr (KvDocument) labels = load_string (
    "Vragen van het lid Van der Ham (D66) aan de minister van Onderwijs, Cultuur en Wetenschap over het lerarentekort. "
    "(Ingezonden 10 maart 2008)\nVraag 1\nHeeft u kennisgenomen van het bericht?\nVraag 2\nHoeveel vacatures?\n"
    "Antwoord van minister Plasterk (Onderwijs, Cultuur en Wetenschap). (Ontvangen 2 april 2008)\n"
    "Antwoord 1\nJa.\nAntwoord 2\nOngeveer 450.\n");
  g_autoptr (KvDocument) single = load_string (
    "Vragen van het lid Van der Ham (D66) aan de minister van Onderwijs, Cultuur en Wetenschap over het lerarentekort "
    "(ingezonden 10 maart 2008).\nVraag\nHeeft u kennisgenomen van het bericht?\n"
    "Antwoord van minister Plasterk (Onderwijs, Cultuur en Wetenschap) (ontvangen\n2 april 2008).\nJa.\n");
  static const char * const answered_by[] = { "minister Plasterk (Onderwijs, Cultuur en Wetenschap)", NULL };
  KvDocument *docs[] = { labels, single };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_assert_cmpstr (kv_document_get_received (docs[i]), ==, "2008-04-02");
      assert_strv (kv_document_get_answered_by (docs[i]), answered_by);
      g_assert_cmpstr (answer (docs[i], 0), ==, "Ja.");
      assert_no_warnings (docs[i]);
    }
  g_assert_cmpstr (question (labels, 1), ==, "Hoeveel vacatures?");
  g_assert_cmpstr (answer (labels, 1), ==, "Ongeveer 450.");
  g_assert_cmpstr (question (single, 0), ==, "Heeft u kennisgenomen van het bericht?");

  /* A late "Mededeling van …" header: the text after it is the notice. */
  {
    g_autoptr (KvDocument) notice = load_string ("Vraag 1\nKent u het bericht?\nVraag 2\nHoeveel?\n"
                                                 "Mededeling van minister Van Middelkoop (Defensie). (Ontvangen 2 juni 2008)\n"
                                                 "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.\n");

    g_assert_cmpint (kv_document_get_kind (notice), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
    g_assert_cmpstr (plain (kv_note_get_text (note_at (notice, 0))), ==,
                     "De vragen kunnen niet binnen de gebruikelijke termijn worden beantwoord.");
    g_assert_cmpstr (question (notice, 1), ==, "Hoeveel?");
    assert_no_warnings (notice);
  }
}

/* A letter signs off after its last answer; the signature is reported,
 * and no part of the answer. */
static void
test_closing_after_last_answer (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nBent u bekend met de arrestatie?\nAntwoord 1\nJa.\n"
                                            "Hoogachtend,\nde minister van Buitenlandse Zaken,\nCaspar Veldkamp\n");
  g_autoptr (KvDocument) bold = load_string ("## Vraag 1\n\nKent u het bericht?\n\n## Antwoord 1\n\nJa.\n\n"
                                             "**Hoogachtend,**\n\n**De Minister van Buitenlandse Zaken,**\n\nCaspar Veldkamp\n");

  g_assert_cmpstr (answer (doc, 0), ==, "Ja.");
  g_assert_true (has_warning_containing (doc, "Hoogachtend, de minister van Buitenlandse Zaken"));
  g_assert_cmpstr (answer (bold, 0), ==, "Ja.");
}

/* A ministry's letter that the answers will be late is a delay notice,
 * which names the questions it is about. */
static void
test_delay_letter (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "> Retouradres Postbus 17 2500 AA Den Haag\nDatum 2 april 2025\nGeachte voorzitter,\n"
    "Hierbij deel ik u mee dat de vragen van het lid Podt (D66) over asielzoekers in de noodopvang in\n"
    "Ter Apel (ingezonden 11 maart 2025, kenmerk 2025Z04512) niet binnen de gebruikelijke termijn\n"
    "kunnen worden beantwoord. Ik zal de vragen zo spoedig mogelijk beantwoorden.\n"
    "Hoogachtend,\nDe Minister van Asiel en Migratie,\nM.H.M. Faber-Van de Klashorst\n");

  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  g_assert_cmpuint (n_items (doc), ==, 0);
  g_assert_cmpint (kv_note_get_kind (note_at (doc, 0)), ==, KV_NOTE_KIND_MEDEDELING);
  g_assert_true (g_str_has_prefix (plain (kv_note_get_text (note_at (doc, 0))), "Hierbij deel ik u mee"));
  g_assert_true (g_str_has_suffix (plain (kv_note_get_text (note_at (doc, 0))), "zo spoedig mogelijk beantwoorden."));
  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2025Z04512");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-03-11");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "asielzoekers in de noodopvang in Ter Apel");
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Podt");
  g_assert_true (has_warning_containing (doc, "Geachte voorzitter,"));
  g_assert_false (has_warning_containing (doc, "No questions"));
}

/* Questions numbered "1." answered under "Antwoord" alone, numbers that
 * pandoc escapes, "1\.", as they start no list, and numbers in bold. */
static void
test_numbered_question_variants (void)
{
  g_autoptr (KvDocument) bare = load_string ("1. Bent u bekend met het bericht?\n\nAntwoord\nJa.\n\n"
                                             "2. Waarom niet?\n\nAntwoord\nOmdat het niet kan.\n");
  g_autoptr (KvDocument) escaped = load_string ("1\\. Bent u bekend met het bericht?\n\nAntwoord 1\n\nJa.\n\n"
                                                "2\\. Waarom niet?\n\nAntwoord 2\n\nOmdat het niet kan.\n");
  /* As LLM tools write them: the number in bold, or the label with a full stop. */
  g_autoptr (KvDocument) bold = load_string ("**1.** Bent u bekend met het bericht?\n\n**Antwoord:** Ja.\n\n"
                                             "**2.** Waarom niet?\n\n**Antwoord:** Omdat het niet kan.\n");
  g_autoptr (KvDocument) stop = load_string ("**Vraag 1.** Bent u bekend met het bericht?\n\nAntwoord 1. Ja.\n\n"
                                             "Vraag 2. Waarom niet?\n\nAntwoord 2. Omdat het niet kan.\n");
  KvDocument *docs[] = { bare, escaped, bold, stop };

  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    {
      g_assert_cmpuint (n_items (docs[i]), ==, 2);
      assert_numbers (docs[i], 1, 2);
      g_assert_cmpstr (question (docs[i], 0), ==, "Bent u bekend met het bericht?");
      g_assert_cmpstr (answer (docs[i], 0), ==, "Ja.");
      g_assert_cmpstr (question (docs[i], 1), ==, "Waarom niet?");
      g_assert_cmpstr (answer (docs[i], 1), ==, "Omdat het niet kan.");
      assert_no_warnings (docs[i]);
    }
}

/* Each item of a bulleted list is a list item without its bullet, in
 * Markdown and in Word text; a line with a dash in a sentence is none. */
static void
test_bulleted_lists (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nWelke knelpunten zijn er?\n\nAntwoord 1\nDe Belastingdienst noemt:\n\n"
                                            "- de beschikbaarheid van gegevens;\n- de capaciteit bij\nbezwaar.\n"
                                            "\xe2\x80\xa2 de kosten.\n\nDat kost -\nzoals bekend - tijd.\n");
  /* Word's bullets in PDF text: a tab after it, or the Symbol font's. */
  g_autoptr (KvDocument) word = load_string ("Vraag 1\nWat doet het CBR?\nAntwoord 1\nHet CBR:\n\xe2\x80\xa2\textra examinatoren;\n"
                                             "\xef\x82\xb7 meer locaties.\n");
  KvRichText *text = kv_item_get_answer (item_at (doc, 0));

  g_assert_cmpuint (kv_rich_text_get_n_blocks (text), ==, 5);
  g_assert_cmpint (kv_rich_text_get_block_kind (text, 0), ==, KV_BLOCK_PARAGRAPH);
  for (guint i = 1; i <= 3; i++)
    g_assert_cmpint (kv_rich_text_get_block_kind (text, i), ==, KV_BLOCK_LIST_ITEM);
  g_assert_cmpint (kv_rich_text_get_block_kind (text, 4), ==, KV_BLOCK_PARAGRAPH);
  g_assert_cmpstr (answer (doc, 0), ==, "De Belastingdienst noemt:\n\nde beschikbaarheid van gegevens;\n\n"
                   "de capaciteit bij bezwaar.\n\nde kosten.\n\nDat kost - zoals bekend - tijd.");
  assert_no_warnings (doc);

  g_assert_cmpstr (answer (word, 0), ==, "Het CBR:\n\nextra examinatoren;\n\nmeer locaties.");
  g_assert_cmpint (kv_rich_text_get_block_kind (kv_item_get_answer (item_at (word, 0)), 2), ==, KV_BLOCK_LIST_ITEM);
}

/* A Markdown table is a paragraph per row, of its cells' words; a quote
 * is a paragraph without its ">". */
static void
test_markdown_tables_and_quotes (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\n\nHoe reageert u op deze uitspraak:\n\n> «Netcongestie remt de "
                                            "woningbouw.»\n\nDeelt u deze analyse?\n\nAntwoord 1\n\n"
                                            "| Jaar | Aantal |\n|------|:------:|\n| 2023 | 40 |\n| 2024 |  |\n");

  g_assert_cmpstr (question (doc, 0), ==, "Hoe reageert u op deze uitspraak:\n\n«Netcongestie remt de woningbouw.»\n\n"
                   "Deelt u deze analyse?");
  g_assert_cmpstr (answer (doc, 0), ==, "Jaar Aantal\n\n2023 40\n\n2024");
  assert_no_warnings (doc);
}

/* Older publications answer all questions under one "Antwoord", or after
 * the answers' header, each answer numbered on a line of its own. */
static void
test_numbered_answers (void)
{
  g_autoptr (KvDocument) old = load_string (
    "Vragen van het lid Van der Ham (D66) aan de minister van Onderwijs, Cultuur\nen Wetenschap over het lerarentekort. "
    "(Ingezonden\n10 maart 2008)\n1\nHeeft u kennisgenomen van het bericht «Scholen zoeken\ndocenten»?1\n2\n"
    "Hoeveel vacaturesstonden er open?\nAntwoord\nAntwoord van minister Plasterk (Onderwijs, Cultuur en Wetenschap).\n"
    "(Ontvangen 2 april 2008)\n1\nJa.\n2\nIn het Actieplan LeerKracht van Nederland2 staan er\n450.\n"
    "1 de Volkskrant, 8 maart 2008.\n2 Kamerstuk 27 923, nr. 60\n");
  g_autoptr (KvDocument) labels = load_string ("Vraag 1\nHeeft u kennisgenomen van het bericht?\nVraag 2\nHoeveel?\n"
                                               "Antwoord\n1\nJa.\n2\nOngeveer 450.\n");
  g_autoptr (KvDocument) numbered = load_string ("1. Heeft u kennisgenomen van het bericht?\n2. Hoeveel?\n"
                                                 "Antwoord\n1. Ja.\n2. Ongeveer 450.\n");
  /* After the answers' header, before any question, "1." numbers a question. */
  g_autoptr (KvDocument) header_first = load_string ("Antwoord van minister Plasterk (OCW) (ontvangen 2 april 2008).\n"
                                                     "1. Heeft u kennisgenomen van het bericht?\nJa.\n");

  g_assert_cmpuint (n_items (old), ==, 2);
  g_assert_cmpstr (kv_document_get_received (old), ==, "2008-04-02");
  g_assert_cmpstr (question (old, 0), ==, "Heeft u kennisgenomen van het bericht «Scholen zoeken docenten»?");
  g_assert_cmpstr (answer (old, 0), ==, "Ja.");
  g_assert_cmpstr (answer (old, 1), ==, "In het Actieplan LeerKracht van Nederland staan er 450.");
  assert_cited (old, 0, 1);
  assert_cited (old, 1, 2);
  assert_no_warnings (old);

  g_assert_cmpuint (n_items (labels), ==, 2);
  g_assert_cmpstr (answer (labels, 0), ==, "Ja.");
  g_assert_cmpstr (answer (labels, 1), ==, "Ongeveer 450.");
  assert_no_warnings (labels);

  g_assert_cmpuint (n_items (numbered), ==, 2);
  g_assert_cmpstr (question (numbered, 0), ==, "Heeft u kennisgenomen van het bericht?");
  g_assert_cmpstr (answer (numbered, 0), ==, "Ja.");
  g_assert_cmpstr (question (numbered, 1), ==, "Hoeveel?");
  g_assert_cmpstr (answer (numbered, 1), ==, "Ongeveer 450.");
  assert_no_warnings (numbered);

  g_assert_cmpuint (n_items (header_first), ==, 1);
  g_assert_cmpstr (question (header_first, 0), ==, "Heeft u kennisgenomen van het bericht? Ja.");
}

/* The rules for letters, lists and numbers of today's documents, in text
 * that has the same shapes for other reasons: none of them may fire. */
static void
test_ordinary_text_stays (void)
{
  g_autoptr (KvDocument) dash = load_string ("Vraag 1\nWat doet u?\nAntwoord 1\nHet kabinet versterkt de samenwerking\n"
                                             "\xe2\x80\x93 hetgeen nodig is \xe2\x80\x93 en de eigen cloud.\n");
  g_autoptr (KvDocument) word_list = load_string (
    "Vragen van het lid Bikker (ChristenUnie) aan de minister van VWS over de verloskunde (ingezonden 24 februari 2025)\n\n"
    "Kent u het bericht?\n\nKunt u per regio aangeven:\n- hoeveel afdelingen zijn gesloten\n"
    "- welke afdelingen gaan sluiten?\n\nDeelt u de mening dat dit zorgelijk is?\n");
  g_autoptr (KvDocument) marker = load_string ("1. Kent u het bericht «Wachten»?\n1\nWat is uw reactie?\n\nAntwoord vraag 1:\n"
                                               "Ja.\n\n2. Hoeveel?\n\nAntwoord vraag 2:\nVeel.\n\n1 NOS, 29 januari 2025\n");
  g_autoptr (KvDocument) page = load_string ("1. Kent u het bericht?\n2. Hoeveel asielzoekers wachtten?\n3\n"
                                             "Welke afspraken heeft u gemaakt?\n3. Welke gemeenten doen niet mee?\n");
  g_autoptr (KvDocument) answer_list = load_string ("Vraag 1\nKent u het bericht?\n\nAntwoord\nJa.\n\nVraag 2\n"
                                                    "Welke knelpunten ziet u?\n\nAntwoord\nEr zijn twee knelpunten:\n"
                                                    "1. De kosten.\n2. De capaciteit.\n");
  g_autoptr (KvDocument) list_answer = load_string ("Vraag 1\nKent u het rapport?\n\nAntwoord\nJa.\n\nVraag 2\n"
                                                    "Wat zijn de bevindingen?\n\nAntwoord\n1. De wachttijden zijn te lang.\n"
                                                    "2. Gemeenten werken slecht samen.\n");
  g_autoptr (KvDocument) dashes = load_string ("Vraag 1\nWat doet u?\nAntwoord 1\nIk zet in op:\n\xe2\x80\x93 de wachttijden;\n"
                                               "\xe2\x80\x93 de samenwerking tussen gemeenten\n\xe2\x80\x93 waar nodig "
                                               "\xe2\x80\x93 en aanbieders.\n");
  g_autoptr (KvDocument) apology = load_string ("Geachte voorzitter,\n\nHet spijt mij dat deze vragen niet binnen de "
                                                "gebruikelijke termijn konden worden beantwoord.\n\nVraag 1\nKent u het "
                                                "rapport?\n\nAntwoord 1\nJa.\n");
  g_autoptr (KvDocument) table = load_string ("Vraag 1\nWanneer?\nAntwoord 1\nHet overleg:\nDatum\n12 maart 2024\n"
                                              "Onderwerp\nSpreidingswet\n\nBijlage\nTabel 1. Woningen, 2024\n"
                                              "> 100.000 inwoners: 18 gemeenten\n");
  g_autoptr (KvDocument) subject = load_string (
    "Vragen van het lid Tielen (VVD) aan de Minister van VWS over de ingezonden brief van 112 huisartsen (NRC, 3 maart "
    "2025) over de\nbureaucratie (ingezonden 5 maart 2025).\nVraag 1\nWaarom?\n");

  g_assert_cmpstr (answer (dash, 0), ==, "Het kabinet versterkt de samenwerking \xe2\x80\x93 hetgeen nodig is "
                   "\xe2\x80\x93 en de eigen cloud.");

  g_assert_cmpuint (n_items (word_list), ==, 3);
  g_assert_cmpstr (question (word_list, 1), ==, "Kunt u per regio aangeven:\n\nhoeveel afdelingen zijn gesloten\n\n"
                   "welke afdelingen gaan sluiten?");

  g_assert_cmpstr (question (marker, 0), ==, "Kent u het bericht «Wachten»? Wat is uw reactie?");
  assert_cited (marker, 0, 1);
  assert_no_warnings (marker);

  g_assert_cmpuint (n_items (page), ==, 3);
  g_assert_cmpstr (question (page, 1), ==, "Hoeveel asielzoekers wachtten? 3 Welke afspraken heeft u gemaakt?");

  g_assert_cmpstr (answer (answer_list, 0), ==, "Ja.");
  g_assert_cmpstr (answer (answer_list, 1), ==, "Er zijn twee knelpunten: 1. De kosten. 2. De capaciteit.");
  g_assert_cmpstr (answer (list_answer, 1), ==, "1. De wachttijden zijn te lang. 2. Gemeenten werken slecht samen.");
  g_assert_cmpstr (answer (dashes, 0), ==, "Ik zet in op:\n\nde wachttijden;\n\nde samenwerking tussen gemeenten "
                   "\xe2\x80\x93 waar nodig \xe2\x80\x93 en aanbieders.");

  g_assert_cmpint (kv_document_get_kind (apology), ==, KV_DOCUMENT_KIND_ANSWERS);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_notes (apology)), ==, 0);

  g_assert_cmpstr (answer (table, 0), ==, "Het overleg: Datum 12 maart 2024 Onderwerp Spreidingswet\n\n"
                   "Bijlage Tabel 1. Woningen, 2024 > 100.000 inwoners: 18 gemeenten");

  g_assert_cmpstr (kv_document_get_submitted (subject), ==, "2025-03-05");
  g_assert_cmpstr (kv_document_get_subject (subject), ==, "de ingezonden brief van 112 huisartsen (NRC, 3 maart 2025) "
                   "over de bureaucratie");
  assert_no_warnings (subject);
}

/* A ministry's letter before its answers: the header after the letter's
 * text is read, the cover letter names the askers, the subject, the
 * date and (as "Uw kenmerk") the Zaak; the rest of the letter is text
 * that belongs to no question, and said so. */
static void
test_ministry_letter (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "> Retouradres Postbus 20350 2500 EJ Den Haag\n\n"
    "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\n\n"
    "Datum 3 maart 2025\n\nUw kenmerk\n2025Z01234\n\nGeachte voorzitter,\n\n"
    "Hierbij ontvangt u de antwoorden op de schriftelijke vragen van het Kamerlid Kosti\xc4\x87 (PvdD) over de "
    "vogelgriep bij pluimveebedrijven (ingezonden 10 februari 2025).\n\n"
    "Hoogachtend,\n\nF.M. Wiersma\n\n"
    "Vragen van het lid Kosti\xc4\x87 (PvdD) aan de minister van Landbouw, Visserij, Voedselzekerheid en Natuur "
    "over de vogelgriep bij pluimveebedrijven (ingezonden 10 februari 2025)\n\n"
    "Vraag 1\nHoeveel bedrijven?\n\nAntwoord 1\nVeertien.\n");
  /* PDF text of a letter has no blank lines. */
  g_autoptr (KvDocument) pdf = load_string (
    "Datum 4 maart 2025\nGeachte voorzitter,\nAntwoorden op Kamervragen van het lid Dobbe (SP) over wachttijden in de\n"
    "jeugd-ggz (2025Z01846)\nVraag 1\nHoeveel?\nAntwoord 1\nVeel.\n");
  static const char * const addressees[] = { "minister van Landbouw, Visserij, Voedselzekerheid en Natuur", NULL };

  g_assert_cmpstr (kv_document_get_zaak (pdf), ==, "2025Z01846");
  g_assert_cmpstr (kv_document_get_subject (pdf), ==, "wachttijden in de jeugd-ggz");
  g_assert_cmpstr (kv_person_get_name (asker_at (pdf, 0)), ==, "Dobbe");
  g_assert_cmpstr (question (pdf, 0), ==, "Hoeveel?");
  g_assert_true (has_warning_containing (pdf, "Geachte voorzitter,"));
  g_assert_false (has_warning_containing (pdf, "Antwoorden op"));

  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2025Z01234");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de vogelgriep bij pluimveebedrijven");
  g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-02-10");
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 1);
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "PvdD");
  assert_strv (kv_document_get_addressees (doc), addressees);
  g_assert_cmpuint (n_items (doc), ==, 1);
  g_assert_cmpstr (answer (doc, 0), ==, "Veertien.");
  g_assert_true (has_warning_containing (doc, "Geachte voorzitter,"));
  g_assert_true (has_warning_containing (doc, "F.M. Wiersma"));
  g_assert_false (has_warning_containing (doc, "Hierbij"));
}

/* "Vraag 1a" and "Vraag 1b" are parts of question 1: one item, whose
 * question and answer keep each part's label before its text. */
static void
test_sub_questions (void)
{
  g_autoptr (KvDocument) asked = load_string ("Vraag 1a\nKent u het bericht?\n\nVraag 1b\nWat vindt u ervan?\n\n"
                                              "Vraag 2\nHoeveel?\n");
  g_autoptr (KvDocument) answered = load_string ("Vraag 1a\nKent u het bericht?\n\nAntwoord 1a\nJa.\n\n"
                                                 "**Vraag 1b:** Wat vindt u ervan?\n\n**Antwoord 1b:** Niets.\n\n"
                                                 "Vraag 2\nHoeveel?\n\nAntwoord 2\nVeel.\n");
  g_autoptr (KvDocument) together = load_string ("Vraag 1a en 1b\nKent u het bericht? Wat vindt u ervan?\n\n"
                                                 "Antwoord 1a en 1b\nJa, en niets.\n");
  g_autoptr (KvDocument) word = load_string ("1a. Kent u het bericht?\n\nAntwoord vraag 1a:\nJa.\n\n"
                                             "1b. Hoeveel explosies waren er?\n\nAntwoord vraag 1b:\nVeel.\n\n"
                                             "2. Welke maatregelen neemt u?\n\nAntwoord vraag 2:\nPreventie.\n");
  g_autoptr (KvDocument) numbered = load_string ("Vragen van het lid Jansen (VVD) aan de Minister van Financi\xc3\xabn "
                                                 "over de euro (ingezonden 10 maart 2025).\n\n"
                                                 "1a. Kent u het bericht?\n\n1b. Wat vindt u ervan?\n\n2. Hoeveel?\n");

  g_assert_cmpuint (n_items (asked), ==, 2);
  assert_numbers (asked, 0, 1);
  g_assert_cmpstr (question (asked, 0), ==, "1a. Kent u het bericht?\n\n1b. Wat vindt u ervan?");
  g_assert_cmpstr (question (asked, 1), ==, "Hoeveel?");
  assert_no_warnings (asked);

  g_assert_cmpuint (n_items (answered), ==, 2);
  g_assert_cmpstr (question (answered, 0), ==, "1a. Kent u het bericht?\n\n1b. Wat vindt u ervan?");
  g_assert_cmpstr (answer (answered, 0), ==, "1a. Ja.\n\n1b. Niets.");
  g_assert_cmpstr (answer (answered, 1), ==, "Veel.");
  assert_no_warnings (answered);

  g_assert_cmpuint (n_items (together), ==, 1);
  g_assert_cmpstr (question (together, 0), ==, "1a en 1b. Kent u het bericht? Wat vindt u ervan?");
  g_assert_cmpstr (answer (together, 0), ==, "1a en 1b. Ja, en niets.");

  /* Not note 1 with the text "b. Wat vindt u ervan?"; "1a." and "1b."
   * number the parts of question 1, in Word answers too. */
  g_assert_null (kv_document_lookup_footnote (numbered, 1));
  g_assert_cmpuint (n_items (numbered), ==, 2);
  assert_numbers (numbered, 0, 1);
  g_assert_cmpstr (question (numbered, 0), ==, "1a. Kent u het bericht?\n\n1b. Wat vindt u ervan?");
  g_assert_cmpstr (question (numbered, 1), ==, "Hoeveel?");
  assert_no_warnings (numbered);

  g_assert_cmpuint (n_items (word), ==, 2);
  g_assert_cmpstr (question (word, 0), ==, "1a. Kent u het bericht?\n\n1b. Hoeveel explosies waren er?");
  g_assert_cmpstr (answer (word, 0), ==, "1a. Ja.\n\n1b. Veel.");
  g_assert_cmpstr (answer (word, 1), ==, "Preventie.");
  assert_no_warnings (word);
}

/* In a Word text of unnumbered questions, a question may go on in a list
 * of paragraphs after a colon. */
static void
test_list_in_unnumbered_question (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vragen van het lid Bikker (ChristenUnie) aan de staatssecretaris van Jeugd, "
                                            "Preventie en Sport over jeugdzorg\n\nKent u het bericht?\n\n"
                                            "Kunt u per regio aangeven:\n\n1) hoeveel kinderen wachten?\n\n"
                                            "2) hoe lang zij wachten?\n\nWat doet u eraan?\n");

  g_assert_cmpuint (n_items (doc), ==, 3);
  g_assert_cmpstr (question (doc, 1), ==, "Kunt u per regio aangeven:\n\n1) hoeveel kinderen wachten?\n\n"
                   "2) hoe lang zij wachten?");
  g_assert_cmpstr (question (doc, 2), ==, "Wat doet u eraan?");
  assert_no_warnings (doc);
}

/* "CO2" and "Q2" are names, also when note 2 is the next one. */
static void
test_digits_in_names (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u het bericht?1\nVraag 2\n"
                                            "Hoeveel CO2 stoot de luchtvaart in Q2 uit?2\n1NOS\n2PBL\n");

  g_assert_cmpstr (question (doc, 1), ==, "Hoeveel CO2 stoot de luchtvaart in Q2 uit?");
  assert_cited (doc, 1, 2);
  assert_no_warnings (doc);
}

static void
test_markers_in_a_row (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nKent u de berichten van NOS en NRC?1 2\nVraag 2\nEn dit?3\n"
                                            "1NOS, 22 oktober 2024\n2NRC, 23 oktober 2024\n3Kamerstuk 36 200, nr. 77\n");

  g_assert_cmpstr (question (doc, 0), ==, "Kent u de berichten van NOS en NRC?");
  assert_cited (doc, 0, 1, 2);
  assert_cited (doc, 1, 3);
  assert_no_warnings (doc);
}

/* The example with plain digits for its superscripts, as a converter that
 * drops <sup> gives it: notes between the questions, markers glued to the
 * end of a question. */
static void
test_example_plain_markers (void)
{
  g_autofree char *path = g_build_filename (TEST_DATA_DIR, "2025Z04271.txt", NULL);
  g_autofree char *contents = NULL;
  g_auto (GStrv) parts = NULL;
  g_autofree char *plain = NULL;
  g_autoptr (KvDocument) doc = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  parts = g_strsplit (contents, "¹", -1);
  g_free (contents);
  contents = g_strjoinv ("1", parts);
  g_strfreev (parts);
  parts = g_strsplit (contents, "²", -1);
  plain = g_strjoinv ("2", parts);
  doc = load_string (plain);

  g_assert_cmpuint (n_items (doc), ==, 17);
  g_assert_cmpstr (question (doc, 0), ==,
                   "Kunt u uitleggen wat het doel was van uw werkbezoek van 3 tot en met 5 maart 2025 aan Microsoft en "
                   "Amazon in Seattle?");
  assert_cited (doc, 0, 1);
  assert_cited (doc, 13, 2);
  g_assert_true (g_str_has_prefix (footnote_text (doc, 2), "LinkedIn bericht van Staatssecretaris Tuinman"));
  g_assert_cmpstr (question (doc, 5), ==, "Acht u de totale afhankelijkheid van clouddiensten van niet-Europese "
                                           "techbedrijven een mogelijk risico voor de Nederlandse en Europese autonomie "
                                           "en veiligheid?");
  g_assert_cmpstr (question (doc, 16), ==, "Kunt u deze vragen afzonderlijk van elkaar beantwoorden?");
  assert_no_warnings (doc);
}

/* A document of one question may print "Vraag" and "Antwoord" alone;
 * its questions are numbered in order, so that the list can tell them. */
static void
test_unnumbered_labels (void)
{
  g_autoptr (KvDocument) doc =
    load_string ("Vraag van het lid Jansen (VVD) aan de Minister van Financiën over de dijken (ingezonden\n"
                 "1 oktober 2024).\nAntwoord van Minister Heinen (Financiën) (ontvangen 18 november 2024).\n"
                 "Vraag\nWaarom?\nAntwoord\nDaarom.\n");
  g_autoptr (KvDocument) two = load_string ("Vraag\nWaarom?\nAntwoord\nDaarom.\nVraag\nHoe?\nAntwoord\nZo.\n");

  g_assert_cmpuint (n_items (doc), ==, 1);
  assert_numbers (doc, 0, 1);
  g_assert_cmpstr (question (doc, 0), ==, "Waarom?");
  g_assert_cmpstr (answer (doc, 0), ==, "Daarom.");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de dijken");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-18");
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_footnotes (doc)), ==, 0);
  assert_no_warnings (doc);

  g_assert_cmpuint (n_items (two), ==, 2);
  assert_numbers (two, 0, 1);
  assert_numbers (two, 1, 2);
  g_assert_cmpstr (answer (two, 1), ==, "Zo.");
  assert_no_warnings (two);
}

/* "Antwoord" alone after "Vraag 2" answers question 2. */
static void
test_bare_answer_after_numbered_question (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nHoeveel?\nAntwoord\nVeel.\nVraag 2\nWanneer?\nAntwoord:\nIn 2027.\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (question (doc, 0), ==, "Hoeveel?");
  g_assert_cmpstr (answer (doc, 0), ==, "Veel.");
  g_assert_cmpstr (question (doc, 1), ==, "Wanneer?");
  g_assert_cmpstr (answer (doc, 1), ==, "In 2027.");
  g_assert_cmpint (kv_document_get_kind (doc), ==, KV_DOCUMENT_KIND_ANSWERS);
  assert_no_warnings (doc);
}

/* Where labels have numbers, a line that wrapped before "Vraag" is text. */
static void
test_wrapped_label_word (void)
{
  g_autoptr (KvDocument) doc = load_string ("Vraag 1\nWaarom?\nAntwoord 1\nDit hangt af van de\nVraag\n"
                                            "en het aanbod.\nVraag 2\nHoe?\n");

  g_assert_cmpuint (n_items (doc), ==, 2);
  g_assert_cmpstr (answer (doc, 0), ==, "Dit hangt af van de Vraag en het aanbod.");
  g_assert_cmpstr (question (doc, 1), ==, "Hoe?");
  assert_no_warnings (doc);
}

static void
load_async_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  KvDocument **doc = user_data;
  g_autoptr (GError) error = NULL;

  *doc = kv_document_load_file_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_DATA_DIR "/2025Z04271.txt");
  g_autoptr (KvDocument) doc = NULL;

  kv_document_load_file_async (file, NULL, load_async_cb, &doc);
  while (doc == NULL)
    g_main_context_iteration (NULL, TRUE);

  g_assert_cmpuint (n_items (doc), ==, 17);
}

typedef struct
{
  KvDocument *document;
  GError     *error;
  gboolean    done;
} LoadResult;

static void
load_result_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LoadResult *load = user_data;

  load->document = kv_document_load_file_finish (result, &load->error);
  load->done = TRUE;
}

static void
wait_for (LoadResult *load)
{
  while (!load->done)
    g_main_context_iteration (NULL, TRUE);
}

static void
clear_load_result (LoadResult *load)
{
  g_clear_object (&load->document);
  g_clear_error (&load->error);
}

/* Requests for a file that is being read wait for that read. */
static void
test_shared_read (void)
{
  g_autoptr (GFile) file = g_file_new_for_path (TEST_DATA_DIR "/2025Z04271.txt");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  LoadResult first = { NULL }, second = { NULL }, cancelled = { NULL }, later = { NULL };

  kv_document_load_file_async (file, NULL, load_result_cb, &first);
  kv_document_load_file_async (file, NULL, load_result_cb, &second);
  kv_document_load_file_async (file, cancellable, load_result_cb, &cancelled);
  g_cancellable_cancel (cancellable);
  wait_for (&first);
  wait_for (&second);
  wait_for (&cancelled);

  g_assert_no_error (first.error);
  g_assert_no_error (second.error);
  g_assert_cmpuint (n_items (first.document), ==, 17);
  g_assert_true (first.document == second.document);
  g_assert_error (cancelled.error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled.document);

  /* Once the read is done, the file is read anew. */
  kv_document_load_file_async (file, NULL, load_result_cb, &later);
  wait_for (&later);
  g_assert_no_error (later.error);
  g_assert_cmpuint (n_items (later.document), ==, 17);
  g_assert_true (later.document != first.document);

  clear_load_result (&first);
  clear_load_result (&second);
  clear_load_result (&cancelled);
  clear_load_result (&later);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/decoding/utf8-bom", test_utf8_bom);
  g_test_add_data_func ("/kv/decoding/utf16le", "UTF-16LE", test_utf16);
  g_test_add_data_func ("/kv/decoding/utf16be", "UTF-16BE", test_utf16);
  g_test_add_func ("/kv/decoding/crlf", test_crlf);
  g_test_add_func ("/kv/decoding/windows-1252", test_windows_1252);
  g_test_add_func ("/kv/bad-input/empty", test_empty);
  g_test_add_func ("/kv/bad-input/binary", test_binary);
  g_test_add_func ("/kv/bad-input/too-large-bytes", test_too_large_bytes);
  g_test_add_func ("/kv/bad-input/too-large-file", test_too_large_file);
  g_test_add_func ("/kv/bad-input/missing-file", test_missing_file);
  g_test_add_func ("/kv/bad-input/folder", test_folder);
  g_test_add_func ("/kv/bad-input/no-questions", test_no_questions);
  g_test_add_func ("/kv/reader/footnote-warnings", test_footnote_warnings);
  g_test_add_func ("/kv/reader/superscript-units", test_superscript_units);
  g_test_add_func ("/kv/reader/list-in-answer", test_list_in_answer);
  g_test_add_func ("/kv/reader/markdown-caret", test_markdown_caret);
  g_test_add_func ("/kv/reader/marker-after-address", test_marker_after_address);
  g_test_add_func ("/kv/reader/joined-answer", test_joined_answer);
  g_test_add_func ("/kv/reader/answer-in-parts", test_answer_in_parts);
  g_test_add_func ("/kv/reader/answer-without-question", test_answer_without_question);
  g_test_add_func ("/kv/reader/label-spaces", test_label_spaces);
  g_test_add_func ("/kv/reader/bold-labels", test_bold_labels);
  g_test_add_func ("/kv/reader/capital-labels", test_capital_labels);
  g_test_add_func ("/kv/reader/renamed-caret-notes", test_renamed_caret_notes);
  g_test_add_func ("/kv/reader/word-list-in-answer", test_word_list_in_answer);
  g_test_add_func ("/kv/reader/word-questions-first", test_word_questions_first);
  g_test_add_func ("/kv/reader/nader-antwoord", test_nader_antwoord);
  g_test_add_func ("/kv/reader/broken-addresses", test_broken_addresses);
  g_test_add_func ("/kv/reader/whole-addresses", test_whole_addresses);
  g_test_add_func ("/kv/reader/note-wraps-before-date", test_note_wraps_before_date);
  g_test_add_func ("/kv/reader/note-glued-to-dossier", test_note_glued_to_dossier);
  g_test_add_func ("/kv/reader/text-line-starts-with-marker", test_text_line_starts_with_marker);
  g_test_add_func ("/kv/reader/page-notes-in-another-style", test_page_notes_in_another_style);
  g_test_add_func ("/kv/reader/bracket-notes-together", test_bracket_notes_together);
  g_test_add_func ("/kv/reader/line-starts-with-number", test_line_starts_with_number);
  g_test_add_func ("/kv/reader/line-end-hyphens", test_line_end_hyphens);
  g_test_add_func ("/kv/reader/label-wordings", test_label_wordings);
  g_test_add_func ("/kv/reader/numbered-without-blank-lines", test_numbered_without_blank_lines);
  g_test_add_func ("/kv/reader/word-notes", test_word_notes);
  g_test_add_func ("/kv/reader/list-in-unnumbered-question", test_list_in_unnumbered_question);
  g_test_add_func ("/kv/reader/digits-in-names", test_digits_in_names);
  g_test_add_func ("/kv/reader/preamble-variants", test_preamble_variants);
  g_test_add_func ("/kv/reader/letter-page-furniture", test_letter_page_furniture);
  g_test_add_func ("/kv/reader/sub-questions", test_sub_questions);
  g_test_add_func ("/kv/reader/ministry-letter", test_ministry_letter);
  g_test_add_func ("/kv/reader/ordinary-text-stays", test_ordinary_text_stays);
  g_test_add_func ("/kv/reader/bulleted-lists", test_bulleted_lists);
  g_test_add_func ("/kv/reader/markdown-tables-and-quotes", test_markdown_tables_and_quotes);
  g_test_add_func ("/kv/reader/numbered-question-variants", test_numbered_question_variants);
  g_test_add_func ("/kv/reader/delay-letter", test_delay_letter);
  g_test_add_func ("/kv/reader/closing-after-last-answer", test_closing_after_last_answer);
  g_test_add_func ("/kv/reader/late-answer-header", test_late_answer_header);
  g_test_add_func ("/kv/reader/label-before-text", test_label_before_text);
  g_test_add_func ("/kv/reader/number-lines", test_number_lines);
  g_test_add_func ("/kv/reader/numbered-answers", test_numbered_answers);
  g_test_add_func ("/kv/reader/word-list-in-question", test_word_list_in_question);
  g_test_add_func ("/kv/reader/more-glued-markers", test_more_glued_markers);
  g_test_add_func ("/kv/reader/missed-marker", test_missed_marker);
  g_test_add_func ("/kv/reader/wrapped-reference-in-header", test_wrapped_reference_in_header);
  g_test_add_func ("/kv/reader/markers-in-a-row", test_markers_in_a_row);
  g_test_add_func ("/kv/reader/brackets-that-are-text", test_brackets_that_are_text);
  g_test_add_func ("/kv/reader/example-plain-markers", test_example_plain_markers);
  g_test_add_func ("/kv/reader/unnumbered-labels", test_unnumbered_labels);
  g_test_add_func ("/kv/reader/wrapped-label-word", test_wrapped_label_word);
  g_test_add_func ("/kv/reader/bare-answer-after-numbered-question", test_bare_answer_after_numbered_question);
  g_test_add_func ("/kv/loader/async", test_async);
  g_test_add_func ("/kv/loader/shared-read", test_shared_read);

  return g_test_run ();
}
