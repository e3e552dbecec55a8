/* test-header.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "model-test-utils.h"

/* The header sentences ("Vragen van …", "Antwoord van …") read the same
 * way whether they come as plain text or as the kamervraagomschrijving
 * of Officiële Bekendmakingen XML: every rule is checked on both.
 */

typedef enum
{
  SOURCE_TEXT,
  SOURCE_XML,
  N_SOURCES,
} Source;

static const char * const source_names[] = { "text", "xml" };

/* A one-question document with @headers, one header sentence each, in
 * front of it, written as @source.
 */
static KvDocument *
load_headers (Source              source,
              const char * const *headers)
{
  g_autoptr (GString) data = g_string_new (NULL);

  g_test_message ("reading the headers as %s", source_names[source]);

  if (source == SOURCE_TEXT)
    {
      for (guint i = 0; headers[i] != NULL; i++)
        g_string_append_printf (data, "%s\n\n", headers[i]);
      g_string_append (data, "Vraag 1\n\nWaarom?\n");
    }
  else
    {
      g_string_append (data, "<?xml version=\"1.0\"?>\n<kamervragen>");
      for (guint i = 0; headers[i] != NULL; i++)
        {
          g_autofree char *escaped = g_markup_escape_text (headers[i], -1);

          g_string_append_printf (data, "<kamervraagomschrijving>%s</kamervraagomschrijving>", escaped);
        }
      g_string_append (data, "<vraag><nr>Vraag 1</nr><al>Waarom?</al></vraag></kamervragen>");
    }

  return load_string (data->str);
}

static KvDocument *
load_header (Source      source,
             const char *header)
{
  const char * const headers[] = { header, NULL };

  return load_headers (source, headers);
}

/* Asserts the addressees that @header gives, read from each source. */
static void
assert_addressees (const char         *header,
                   const char * const *expected)
{
  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_header (source, header);

      assert_strv (kv_document_get_addressees (doc), expected);
    }
}

static void
test_first_header_wins (void)
{
  /* The first header is the document's own; a later one in front of the
   * questions cannot replace its subject or dates, as the metadata of a
   * publication are not replaced by its header either.
   */
  static const char * const headers[] = {
    "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Financiën over de euro "
    "(ingezonden 10 maart 2025).",
    "Antwoord van Minister Heinen (Financiën) (ontvangen 2 april 2025).",
    "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Financiën over de gulden "
    "(ingezonden 11 maart 2025).",
    "Antwoord van Minister Heinen (Financiën) (ontvangen 3 april 2025).",
    NULL,
  };

  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_headers (source, headers);

      g_assert_cmpstr (kv_document_get_subject (doc), ==, "de euro");
      g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-03-10");
      g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-04-02");
    }
}

static void
test_glued_preposition (void)
{
  /* PDF text of kv-tk-2024Z18559 joins "van" to the next line's word. */
  static const char * const addressees[] = {
    "Minister van Justitie en Veiligheid",
    "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    "Staatssecretaris van Binnenlandse Zaken en Koninkrijksrelaties",
    NULL,
  };

  assert_addressees ("Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Justitie en Veiligheid en "
                     "de Minister en Staatssecretaris vanBinnenlandse Zaken en Koninkrijksrelaties over de Wet "
                     "politiegegevens (ingezonden 15 november 2024).",
                     addressees);
}

static void
test_clause_without_office (void)
{
  /* "de voor … verantwoordelijke Minister" names no office in front of
   * its first preposition: one addressee, not "voor Klimaat" and
   * "Energie verantwoordelijke Minister" each "van Economische Zaken".
   */
  static const char * const addressees[] = {
    "voor Klimaat en Energie verantwoordelijke Minister van Economische Zaken",
    "Minister van Financiën",
    NULL,
  };

  assert_addressees ("Vragen van het lid Kröger (GroenLinks-PvdA) aan de voor Klimaat en Energie verantwoordelijke "
                     "Minister van Economische Zaken en de Minister van Financiën over de energierekening "
                     "(ingezonden 3 maart 2025).",
                     addressees);
}

static void
test_commas_before_mede_namens (void)
{
  static const char * const answered_by[] = {
    "Minister Van Hijum (Sociale Zaken en Werkgelegenheid)",
    "Minister van Justitie en Veiligheid",
    NULL,
  };
  static const char * const headers[] = {
    /* The shape of AH608-2024Z14419 and the publications. */
    "Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid), mede namens de Minister van "
    "Justitie en Veiligheid (ontvangen 19 november 2024).",
    /* A doubled comma, and one after a space, leave no comma on the name. */
    "Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid),, mede namens de Minister van "
    "Justitie en Veiligheid (ontvangen 19 november 2024).",
    "Antwoord van Minister Van Hijum (Sociale Zaken en Werkgelegenheid) , mede namens de Minister van "
    "Justitie en Veiligheid (ontvangen 19 november 2024).",
  };

  for (guint i = 0; i < G_N_ELEMENTS (headers); i++)
    for (Source source = 0; source < N_SOURCES; source++)
      {
        g_autoptr (KvDocument) doc = load_header (source, headers[i]);

        assert_strv (kv_document_get_answered_by (doc), answered_by);
        g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-19");
      }
}

static void
test_lone_party (void)
{
  for (Source source = 0; source < N_SOURCES; source++)
    {
      /* A party split off by "en" or a comma belongs to the name before
       * it; "(beiden …)" still gives all the others theirs.
       */
      g_autoptr (KvDocument) doc = load_header (source,
        "Vragen van de leden Kathmann en (GroenLinks-PvdA), El Abassi, (DENK) en Nordkamp en Bikker "
        "(beiden ChristenUnie) aan de Minister van Financiën over de euro (ingezonden 10 maart 2025).");
      g_autoptr (KvDocument) doubled = NULL;

      g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 4);
      g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Kathmann");
      g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "GroenLinks-PvdA");
      g_assert_cmpstr (kv_person_get_name (asker_at (doc, 1)), ==, "El Abassi");
      g_assert_cmpstr (kv_person_get_party (asker_at (doc, 1)), ==, "DENK");
      g_assert_cmpstr (kv_person_get_name (asker_at (doc, 2)), ==, "Nordkamp");
      g_assert_cmpstr (kv_person_get_party (asker_at (doc, 2)), ==, "ChristenUnie");
      g_assert_cmpstr (kv_person_get_name (asker_at (doc, 3)), ==, "Bikker");
      g_assert_cmpstr (kv_person_get_party (asker_at (doc, 3)), ==, "ChristenUnie");
      assert_no_warnings (doc);

      /* A second party for the same name, or one with no name before
       * it, makes no asker without a name but a warning.
       */
      doubled = load_header (source,
        "Vragen van de leden (PVV) en Kathmann (GroenLinks-PvdA) en (DENK) aan de Minister van Financiën "
        "over de euro (ingezonden 10 maart 2025).");
      g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doubled)), ==, 1);
      g_assert_cmpstr (kv_person_get_name (asker_at (doubled, 0)), ==, "Kathmann");
      g_assert_cmpstr (kv_person_get_party (asker_at (doubled, 0)), ==, "GroenLinks-PvdA");
      g_assert_true (has_warning_containing (doubled, "“PVV”"));
      g_assert_true (has_warning_containing (doubled, "“DENK”"));
    }
}

static void
test_two_answerers (void)
{
  static const char * const answered_by[] = {
    "Minister Veldkamp (Buitenlandse Zaken)",
    "Staatssecretaris Tuinman (Defensie)",
    NULL,
  };
  static const char * const one[] = { "Minister van Infrastructuur en Waterstaat", NULL };
  static const char * const shared[] = { "Minister van Financiën", "Staatssecretaris van Financiën", NULL };
  static const char * const with_others[] = {
    "Minister Van Weel (Justitie en Veiligheid)",
    "Staatssecretaris Struycken (Justitie en Veiligheid)",
    "Minister van Binnenlandse Zaken en Koninkrijksrelaties",
    NULL,
  };
  static const char * const shared_others[] = {
    "Minister Van Weel (Justitie en Veiligheid)",
    "Minister van Financiën",
    "Staatssecretaris van Financiën",
    NULL,
  };

  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_header (source,
        "Antwoord van Minister Veldkamp (Buitenlandse Zaken) en Staatssecretaris Tuinman (Defensie) "
        "(ontvangen 18 november 2024).");
      g_autoptr (KvDocument) office = load_header (source,
        "Antwoord van de Minister van Infrastructuur en Waterstaat (ontvangen 18 november 2024).");

      g_autoptr (KvDocument) department = load_header (source,
        "Antwoord van de Minister en de Staatssecretaris van Financiën (ontvangen 18 november 2024).");

      g_autoptr (KvDocument) others = load_header (source,
        "Antwoord van Minister Van Weel (Justitie en Veiligheid) en Staatssecretaris Struycken (Justitie en "
        "Veiligheid), mede namens de Minister van Binnenlandse Zaken en Koninkrijksrelaties "
        "(ontvangen 18 november 2024).");

      assert_strv (kv_document_get_answered_by (doc), answered_by);
      assert_strv (kv_document_get_answered_by (office), one);
      assert_strv (kv_document_get_answered_by (department), shared);
      g_autoptr (KvDocument) shared_with = load_header (source,
        "Antwoord van Minister Van Weel (Justitie en Veiligheid), mede namens de Minister en de Staatssecretaris "
        "van Financiën (ontvangen 18 november 2024).");

      assert_strv (kv_document_get_answered_by (others), with_others);
      assert_strv (kv_document_get_answered_by (shared_with), shared_others);
    }
}

/* Older publications write "(Ingezonden" and "(Ontvangen" with a capital;
 * a comma may come before "en de" after "mede namens". */
static void
test_older_wordings (void)
{
  static const char * const answered_by[] = {
    "minister Hirsch Ballin (Justitie)",
    "Minister van Volksgezondheid, Welzijn en Sport",
    "Staatssecretaris van Financiën",
    NULL,
  };

  for (Source source = 0; source < N_SOURCES; source++)
    {
      const char * const headers[] = {
        "Vragen van het lid Dijsselbloem (PvdA) aan de minister van Justitie over aangiftes (Ingezonden 7 september 2006)",
        "Antwoord van minister Hirsch Ballin (Justitie), mede namens de Minister van Volksgezondheid, Welzijn en "
        "Sport, en de Staatssecretaris van Financiën (Ontvangen 2 oktober 2006)",
        NULL,
      };
      g_autoptr (KvDocument) doc = load_headers (source, headers);

      g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2006-09-07");
      g_assert_cmpstr (kv_document_get_received (doc), ==, "2006-10-02");
      g_assert_cmpstr (kv_document_get_subject (doc), ==, "aangiftes");
      assert_strv (kv_document_get_answered_by (doc), answered_by);
    }
}

/* A later answer's header names who answered, not who asked. */
static void
test_nader_antwoord (void)
{
  static const char * const answered_by[] = { "Minister Hermans (Klimaat en Groene Groei)", NULL };

  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_header (source,
        "Nader antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 14 januari 2025).");

      assert_strv (kv_document_get_answered_by (doc), answered_by);
      g_assert_cmpstr (kv_document_get_received (doc), ==, "2025-01-14");
      g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 0);
    }
}

/* An office without a department shares the next one's; a comma before
 * " en de " is not part of the office. */
static void
test_shared_department (void)
{
  static const char * const shared[] = { "Minister van Financiën", "Staatssecretaris van Financiën", NULL };
  static const char * const listed[] = {
    "Minister-President, Minister van Algemene Zaken",
    "Minister van Buitenlandse Zaken",
    "Minister van Defensie",
    NULL,
  };

  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_header (source,
        "Vragen van het lid Jansen (VVD) aan de Minister en de Staatssecretaris van Financiën over de euro "
        "(ingezonden 10 maart 2025).");
      g_autoptr (KvDocument) comma = load_header (source,
        "Vragen van het lid Jansen (VVD) aan de Minister-President, Minister van Algemene Zaken, en de "
        "Ministers van Buitenlandse Zaken en van Defensie over de NAVO (ingezonden 10 maart 2025).");

      assert_strv (kv_document_get_addressees (doc), shared);
      assert_strv (kv_document_get_addressees (comma), listed);
    }
}

static void
test_minister_president (void)
{
  static const char * const addressees[] = {
    "Minister-President, Minister van Algemene Zaken",
    "Minister van Financiën",
    NULL,
  };

  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_header (source,
        "Vragen van het lid Jansen (VVD) aan de Minister-President, Minister van Algemene Zaken en de "
        "Minister van Financiën over de euro (ingezonden 10 maart 2025).");

      assert_strv (kv_document_get_addressees (doc), addressees);
    }
}

/* Word files of answers may carry the document's title above "AH 608",
 * or below it: it gives the subject, and the header after it is read. */
static void
test_title_above_answer_header (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "Antwoord op vragen van het lid Kathmann (GroenLinks-PvdA) over de kwetsbaarheid van ICT bij APG\n\n"
    "AH 608\n\n"
    "2024Z14419\n\n"
    "Antwoord van minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen 19 november 2024)\n\n"
    "1. Bent u bekend met de berichtgeving?\n\n"
    "Antwoord vraag 1:\nJa.\n");
  g_autoptr (KvDocument) below_numbers = load_string (
    "AH 608\n\n2024Z14419\n\n"
    "Antwoord op vragen van de leden Kathmann (GroenLinks-PvdA) en Six Dijkstra (NSC) over de ICT bij APG\n\n"
    "Antwoord van minister Van Hijum (Sociale Zaken en Werkgelegenheid) (ontvangen 19 november 2024)\n\n"
    "1. Waarom?\n\nAntwoord vraag 1:\nDaarom.\n");
  g_autoptr (KvDocument) subject_only = load_string (
    "Beantwoording Kamervragen over de inzet van algoritmes\n\n"
    "Vraag 1\n\nWaarom?\n\nAntwoord 1\n\nDaarom.\n");
  static const char * const answered_by[] = { "minister Van Hijum (Sociale Zaken en Werkgelegenheid)", NULL };

  g_assert_cmpstr (kv_document_get_zaak (doc), ==, "2024Z14419");
  g_assert_cmpstr (kv_document_get_aanhangsel (doc), ==, "608");
  g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-19");
  g_assert_cmpstr (kv_document_get_subject (doc), ==, "de kwetsbaarheid van ICT bij APG");
  assert_strv (kv_document_get_answered_by (doc), answered_by);
  assert_no_warnings (doc);
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_items (doc)), ==, 1);

  g_assert_cmpstr (kv_document_get_subject (below_numbers), ==, "de ICT bij APG");
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (below_numbers)), ==, 2);
  g_assert_cmpstr (kv_person_get_name (asker_at (below_numbers, 1)), ==, "Six Dijkstra");
  g_assert_cmpstr (kv_document_get_received (below_numbers), ==, "2024-11-19");
  assert_no_warnings (below_numbers);

  g_assert_cmpstr (kv_document_get_subject (subject_only), ==, "de inzet van algoritmes");
  assert_no_warnings (subject_only);
}

/* Ministries write the Zaak number in the header's parentheses, before
 * or after the date, or alone; a subject may hold "(ingezonden stuk)". */
static void
test_zaak_in_parentheses (void)
{
  static const struct { const char *header, *zaak, *submitted, *subject; } cases[] = {
    { "Vragen van het lid Mutluer (GroenLinks-PvdA) aan de Minister van Justitie en Veiligheid over online "
      "oplichting (2025Z03112)", "2025Z03112", NULL, "online oplichting" },
    { "Vragen van het lid Dobbe (SP) aan de Staatssecretaris van Jeugd, Preventie en Sport over de jeugd-ggz "
      "(2025Z01846, ingezonden 3 februari 2025).", "2025Z01846", "2025-02-03", "de jeugd-ggz" },
    { "Vragen van het lid Dobbe (SP) aan de Staatssecretaris van Jeugd, Preventie en Sport over de jeugd-ggz "
      "(ingezonden 3 februari 2025, kenmerk 2025Z01846).", "2025Z01846", "2025-02-03", "de jeugd-ggz" },
    { "Vragen van de leden Ellian (VVD) en Paternotte (D66) aan de Minister van Justitie en Veiligheid over "
      "het bericht «Minister wil af van «lots» (ingezonden stuk)» (ingezonden 6 november 2024).",
      NULL, "2024-11-06", "het bericht «Minister wil af van «lots» (ingezonden stuk)»" },
  };

  for (Source source = 0; source < N_SOURCES; source++)
    for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
      {
        g_autoptr (KvDocument) doc = load_header (source, cases[i].header);

        g_assert_cmpstr (kv_document_get_zaak (doc), ==, cases[i].zaak);
        g_assert_cmpstr (kv_document_get_submitted (doc), ==, cases[i].submitted);
        g_assert_cmpstr (kv_document_get_subject (doc), ==, cases[i].subject);
      }
}

/* A title ends with its date or Zaak, or its sentence: the questions or
 * the letter's next sentence after it, without a blank line, are none
 * of it. */
static void
test_title_ends (void)
{
  g_autoptr (KvDocument) numbered = load_string (
    "Antwoorden op Kamervragen van het lid Olger van Dijk (NSC) over de Van Brienenoordbrug (2025Z00318)\n"
    "1. Bent u bekend met het bericht?\nAntwoord vraag 1:\nJa.\n");
  g_autoptr (KvDocument) sentence = load_string (
    "Geachte voorzitter,\nHierbij ontvangt u de antwoorden op de vragen van het lid Dobbe (SP) over de jeugd-ggz\n"
    "(ingezonden 3 februari 2025). Deze vragen sluiten aan bij eerdere vragen van het lid Westerveld\n"
    "(GroenLinks-PvdA), die op 12 december 2024 zijn ingezonden (2024Z20514).\nVraag 1\nHoeveel?\n");
  g_autoptr (KvDocument) party = load_string (
    "Hierbij ontvangt u de antwoorden op de schriftelijke vragen van het lid Dobbe (SP)\n"
    "over de jeugd-ggz (ingezonden 3 februari 2025).\nVraag 1\nHoeveel?\n");

  g_assert_cmpstr (kv_document_get_zaak (numbered), ==, "2025Z00318");
  g_assert_cmpstr (question (numbered, 0), ==, "Bent u bekend met het bericht?");
  g_assert_cmpstr (answer (numbered, 0), ==, "Ja.");
  assert_no_warnings (numbered);

  g_assert_cmpstr (kv_document_get_subject (sentence), ==, "de jeugd-ggz");
  g_assert_cmpstr (kv_document_get_submitted (sentence), ==, "2025-02-03");
  g_assert_null (kv_document_get_zaak (sentence));

  g_assert_cmpstr (kv_document_get_subject (party), ==, "de jeugd-ggz");
  g_assert_cmpstr (kv_document_get_submitted (party), ==, "2025-02-03");
  assert_no_warnings (party);

  /* No sentence ends at an abbreviation, nor inside a quote. */
  {
    const char *subjects[] = {
      "de wachtlijsten in het St. Antonius Ziekenhuis", "het rapport van dr. J. de Vries",
      "het bericht «Gemeente: stop met bouwen. Provincie: ga door»",
    };

    for (guint i = 0; i < G_N_ELEMENTS (subjects); i++)
      {
        g_autofree char *text = g_strdup_printf ("Antwoorden op Kamervragen van het lid Van Campen (VVD) over %s "
                                                 "(ingezonden 3 maart 2025)\n\nVraag 1\nWaarom?\n", subjects[i]);
        g_autoptr (KvDocument) doc = load_string (text);

        g_assert_cmpstr (kv_document_get_subject (doc), ==, subjects[i]);
        g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-03-03");
      }
  }
}

/* A delay notice names the questions also without a parenthesis after
 * them; an answerer "mede namens" ends before an older header's date. */
static void
test_notice_and_answerer_wordings (void)
{
  g_autoptr (KvDocument) notice = load_string (
    "Mededeling van minister Brekelmans (Defensie) (ontvangen 25 maart 2025)\n\n"
    "De schriftelijke vragen van het lid Boswijk (CDA) over de marechaussee, ingezonden op 3 maart 2025, kunnen niet "
    "binnen de gebruikelijke termijn worden beantwoord.\n");
  g_autoptr (KvDocument) answer = load_string (
    "Antwoord van minister Klink (Volksgezondheid, Welzijn en Sport), mede namens de staatssecretaris van Volksgezondheid, "
    "Welzijn en Sport. (Ontvangen 2 april 2008)\n\nVraag 1\nWaarom?\nAntwoord 1\nDaarom.\n");
  static const char * const answered_by[] = {
    "minister Klink (Volksgezondheid, Welzijn en Sport)", "staatssecretaris van Volksgezondheid, Welzijn en Sport", NULL,
  };

  g_assert_cmpstr (kv_document_get_subject (notice), ==, "de marechaussee");
  g_assert_cmpstr (kv_document_get_submitted (notice), ==, "2025-03-03");
  g_assert_cmpstr (kv_person_get_name (asker_at (notice, 0)), ==, "Boswijk");
  assert_strv (kv_document_get_answered_by (answer), answered_by);

  /* A letter says it so too; and dates: "ingezonden op", and the last
   * date of a header whose subject has one. */
  {
    g_autoptr (KvDocument) letter = load_string (
      "Geachte voorzitter,\n\nHelaas is het niet mogelijk om de vragen van het lid Dobbe (SP) over de huisartsenpost "
      "(ingezonden 3 maart 2025, 2025Z03911) binnen de gestelde termijn van drie weken te beantwoorden.\n");
    g_autoptr (KvDocument) op = load_string ("Vragen van het lid Bamenga (D66) aan de Minister van VRO over de bouw "
                                             "(ingezonden op 6 maart 2025).\n\nVraag 1\nWaarom?\n");
    g_autoptr (KvDocument) opinion = load_string (
      "Vragen van het lid Tielen (VVD) aan de Minister van VWS over het artikel «Papierwerk» (opiniestuk, ingezonden "
      "2 maart 2025) (ingezonden 5 maart 2025).\nVraag 1\nWaarom?\n");

    g_assert_cmpint (kv_document_get_kind (letter), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
    g_assert_cmpstr (kv_document_get_zaak (letter), ==, "2025Z03911");
    g_assert_cmpstr (kv_document_get_subject (letter), ==, "de huisartsenpost");
    g_assert_cmpstr (kv_document_get_submitted (op), ==, "2025-03-06");
    g_assert_cmpstr (kv_document_get_submitted (opinion), ==, "2025-03-05");
    g_assert_cmpstr (kv_document_get_subject (opinion), ==, "het artikel «Papierwerk» (opiniestuk, ingezonden 2 maart 2025)");
  }
}

/* Markdown titles above the header: the Zaak, a subject that the header
 * says again in full; and the masthead of older publications. */
static void
test_markdown_titles (void)
{
  g_autoptr (KvDocument) zaak = load_string (
    "# Kamervragen 2024Z17320\n\nVragen van het lid Bromet (GroenLinks-PvdA) aan de Minister van Landbouw, Visserij, "
    "Voedselzekerheid en Natuur over de vogelgriep bij melkvee (ingezonden 30 oktober 2024).\n\n## Vraag 1\n\nWaarom?\n");
  g_autoptr (KvDocument) subject = load_string (
    "# Vragen over station Lelylaan\n\nVragen van het lid Olger van Dijk (NSC) aan de Minister van Infrastructuur en "
    "Waterstaat over de tijdelijke sluiting van station Lelylaan (ingezonden 24 februari 2025).\n\n## Vraag 1\n\nWaarom?\n");
  g_autoptr (KvDocument) delay = load_string (
    "# Uitstel beantwoording vragen over de spoedeisende hulp in Heerlen\n\n**Mededeling van Minister Agema "
    "(Volksgezondheid, Welzijn en Sport)** (ontvangen 3 december 2024)\n\nDe vragen kunnen niet binnen de termijn "
    "worden beantwoord.\n");
  g_autoptr (KvDocument) masthead = load_string (
    "Aanhangsel van de Handelingen\n1289\nVragen van het lid Omtzigt (CDA) aan de staatssecretaris van Financiën over "
    "de toeslagen. (Ingezonden 12 maart 2007)\nVraag 1\nWaarom?\n");

  g_assert_cmpstr (kv_document_get_zaak (zaak), ==, "2024Z17320");
  assert_no_warnings (zaak);
  g_assert_cmpstr (kv_document_get_subject (subject), ==, "de tijdelijke sluiting van station Lelylaan");
  assert_no_warnings (subject);
  g_assert_cmpstr (kv_document_get_subject (delay), ==, "de spoedeisende hulp in Heerlen");
  g_assert_cmpint (kv_document_get_kind (delay), ==, KV_DOCUMENT_KIND_DELAY_NOTICE);
  assert_no_warnings (delay);
  g_assert_cmpstr (kv_document_get_aanhangsel (masthead), ==, "1289");
  g_assert_cmpstr (kv_document_get_subject (masthead), ==, "de toeslagen");
  assert_no_warnings (masthead);
}

/* The wordings of ministries' titles and cover letters. */
static void
test_title_wordings (void)
{
  const char *titles[] = {
    "Hierbij ontvangt u, mede namens de minister van Financiën, de antwoorden op de vragen van het lid Dobbe (SP) "
    "over de jeugd-ggz (ingezonden 3 februari 2025).",
    "Hierbij beantwoord ik de vragen van het lid Dobbe (SP) over de jeugd-ggz (ingezonden 3 februari 2025).",
    "Antwoorden van de minister van Volksgezondheid, Welzijn en Sport op vragen van het lid Dobbe (SP) over de "
    "jeugd-ggz (ingezonden 3 februari 2025)",
    "Nader antwoord op vragen van het lid Dobbe (SP) over de jeugd-ggz (ingezonden 3 februari 2025)",
    "Hierbij zend ik u, mede namens de minister van OCW, de antwoorden op de vragen van het lid Dobbe (SP) over de "
    "jeugd-ggz (ingezonden 3 februari 2025).",
    "Antwoorden op Kamervragen van het lid Dobbe (SP) aan de minister van Volksgezondheid, Welzijn en Sport over de "
    "jeugd-ggz (ingezonden 3 februari 2025).",
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\nVraag 1\nWaarom?\nAntwoord 1\nDaarom.\n", titles[i]);
      g_autoptr (KvDocument) doc = load_string (text);

      g_test_message ("%s", titles[i]);
      g_assert_cmpstr (kv_document_get_subject (doc), ==, "de jeugd-ggz");
      g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2025-02-03");
      g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Dobbe");
      g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "SP");
      assert_no_warnings (doc);
      if (i == G_N_ELEMENTS (titles) - 1)
        g_assert_cmpstr (kv_document_get_addressees (doc)[0], ==, "minister van Volksgezondheid, Welzijn en Sport");
    }
}

/* Text that LLM tools write sets headers and titles in bold or as
 * headings. */
static void
test_markdown_headers (void)
{
  const char *questions[] = {
    "**Vragen van het lid Podt (D66) aan de Minister van Asiel en Migratie over de IND (ingezonden 4 november 2024).**",
    "## Vragen van het lid Podt (D66) aan de Minister van Asiel en Migratie over de IND (ingezonden 4 november 2024)",
    "**Vragen van het lid Podt (D66)** aan de Minister van Asiel en Migratie over de IND (ingezonden 4 november 2024).",
    "# Antwoorden op Kamervragen van het lid Podt (D66) over de IND (ingezonden 4 november 2024)",
    "**Antwoorden op Kamervragen van het lid Podt (D66) over de IND (ingezonden 4 november 2024)**",
  };
  static const char * const answered_by[] = { "Minister Faber (Asiel en Migratie)", NULL };

  for (guint i = 0; i < G_N_ELEMENTS (questions); i++)
    {
      g_autofree char *text = g_strdup_printf ("%s\n\n**Antwoord van Minister Faber (Asiel en Migratie)** (ontvangen "
                                               "25 november 2024).\n\n## Vraag 1\n\nWaarom?\n\n## Antwoord 1\n\n"
                                               "Daarom.\n", questions[i]);
      g_autoptr (KvDocument) doc = load_string (text);

      g_test_message ("%s", questions[i]);
      g_assert_cmpstr (kv_document_get_subject (doc), ==, "de IND");
      g_assert_cmpstr (kv_document_get_submitted (doc), ==, "2024-11-04");
      g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Podt");
      g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "D66");
      g_assert_cmpstr (kv_document_get_received (doc), ==, "2024-11-25");
      assert_strv (kv_document_get_answered_by (doc), answered_by);
      assert_no_warnings (doc);
    }
}

/* PDF text wraps the header; it ends with its date, not at a
 * parenthesis of the subject, nor before a Zaak on the next line. */
static void
test_wrapped_date (void)
{
  g_autoptr (KvDocument) nested = load_string (
    "Vragen van de leden Ellian (VVD) en Paternotte (D66) aan de Minister van Justitie en\n"
    "Veiligheid over het bericht «Minister wil af van «lots» (ingezonden stuk)» (ingezonden\n"
    "6 november 2024).\nVraag 1\nWaarom?\n");
  g_autoptr (KvDocument) title = load_string (
    "Antwoorden op Kamervragen van het lid Dobbe (SP) over wachttijden in de jeugd-ggz\n"
    "(2025Z01846, ingezonden 3 februari 2025)\nVraag 1\nWaarom?\nAntwoord 1\nDaarom.\n");

  g_assert_cmpstr (kv_document_get_submitted (nested), ==, "2024-11-06");
  g_assert_cmpstr (question (nested, 0), ==, "Waarom?");
  assert_no_warnings (nested);

  g_assert_cmpstr (kv_document_get_zaak (title), ==, "2025Z01846");
  g_assert_cmpstr (kv_document_get_submitted (title), ==, "2025-02-03");
  g_assert_cmpstr (kv_document_get_subject (title), ==, "wachttijden in de jeugd-ggz");
  assert_no_warnings (title);
}

/* Found by fuzz-xml-reader: " aan " and " over " share a space, and the
 * addressees had a length of -1. */
static void
test_no_addressee (void)
{
  for (Source source = 0; source < N_SOURCES; source++)
    {
      g_autoptr (KvDocument) doc = load_header (source, "Vragen van het lid Jansen (VVD) aan over de dijken.");

      g_assert_null (kv_document_get_addressees (doc)[0]);
      g_assert_cmpstr (kv_document_get_subject (doc), ==, "de dijken");
    }
}

/* A title may name the askers, and a header after it names them again:
 * each asker is listed once. It may wrap, and end in the Zaak and the
 * date, as ministries write it. */
static void
test_title_variants (void)
{
  g_autoptr (KvDocument) with_header = load_string (
    "Antwoord op vragen van het lid Kathmann (GroenLinks-PvdA) over de kwetsbaarheid van ICT bij APG\n\n"
    "Vragen van het lid Kathmann (GroenLinks-PvdA) aan de Minister van Sociale Zaken en Werkgelegenheid "
    "over de kwetsbaarheid van ICT bij APG (ingezonden 1 oktober 2024).\n\n"
    "Vraag 1\n\nWaarom?\n");
  g_autoptr (KvDocument) committee = load_string (
    "Antwoorden op de vragen van de vaste commissie voor Financiën over de Voorjaarsnota\n\n"
    "Vraag 1\n\nWaarom?\n");
  g_autoptr (KvDocument) wrapped = load_string (
    "Antwoord op vragen van het lid\nKathmann (GroenLinks-PvdA) over de\nkwetsbaarheid van ICT bij APG\n"
    "AH 608\n"
    "Vraag 1\n\nWaarom?\n");
  g_autoptr (KvDocument) dated = load_string (
    "Antwoorden op Kamervragen van het lid Kathmann (GroenLinks-PvdA) over de kwetsbaarheid van ICT bij APG "
    "(2024Z14419, ingezonden 1 oktober 2024)\n\n"
    "Vraag 1\n\nWaarom?\n");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (with_header)), ==, 1);
  g_assert_cmpstr (kv_person_get_party (asker_at (with_header, 0)), ==, "GroenLinks-PvdA");
  g_assert_cmpstr (kv_document_get_submitted (with_header), ==, "2024-10-01");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (committee)), ==, 0);
  g_assert_cmpstr (kv_document_get_subject (committee), ==, "de Voorjaarsnota");

  g_assert_cmpstr (kv_document_get_subject (wrapped), ==, "de kwetsbaarheid van ICT bij APG");
  g_assert_cmpstr (kv_document_get_aanhangsel (wrapped), ==, "608");
  assert_no_warnings (wrapped);

  g_assert_cmpstr (kv_document_get_subject (dated), ==, "de kwetsbaarheid van ICT bij APG");
  g_assert_cmpstr (kv_document_get_submitted (dated), ==, "2024-10-01");
  g_assert_cmpstr (kv_document_get_zaak (dated), ==, "2024Z14419");
  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (dated)), ==, 1);
  g_assert_cmpstr (kv_person_get_name (asker_at (dated, 0)), ==, "Kathmann");
  g_assert_cmpstr (kv_person_get_party (asker_at (dated, 0)), ==, "GroenLinks-PvdA");
}

/* "Antwoord op vragen van het lid Jansen over …" names no party; the
 * header after it does. */
static void
test_title_without_party (void)
{
  g_autoptr (KvDocument) doc = load_string (
    "Antwoord op vragen van de leden Jansen en Bakker over de dijken\n\n"
    "Vragen van de leden Jansen (VVD) en Bakker (D66) aan de Minister van Infrastructuur en Waterstaat "
    "over de dijken (ingezonden 1 oktober 2024).\n\n"
    "Vraag 1\n\nWaarom?\n");

  g_assert_cmpuint (g_list_model_get_n_items (kv_document_get_askers (doc)), ==, 2);
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 0)), ==, "Jansen");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 0)), ==, "VVD");
  g_assert_cmpstr (kv_person_get_name (asker_at (doc, 1)), ==, "Bakker");
  g_assert_cmpstr (kv_person_get_party (asker_at (doc, 1)), ==, "D66");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/kv/header/first-header-wins", test_first_header_wins);

  g_test_add_func ("/kv/header/glued-preposition", test_glued_preposition);

  g_test_add_func ("/kv/header/clause-without-office", test_clause_without_office);
  g_test_add_func ("/kv/header/commas-before-mede-namens", test_commas_before_mede_namens);

  g_test_add_func ("/kv/header/lone-party", test_lone_party);
  g_test_add_func ("/kv/header/two-answerers", test_two_answerers);
  g_test_add_func ("/kv/header/minister-president", test_minister_president);
  g_test_add_func ("/kv/header/shared-department", test_shared_department);
  g_test_add_func ("/kv/header/nader-antwoord", test_nader_antwoord);
  g_test_add_func ("/kv/header/older-wordings", test_older_wordings);
  g_test_add_func ("/kv/header/title-above-answer-header", test_title_above_answer_header);
  g_test_add_func ("/kv/header/title-variants", test_title_variants);
  g_test_add_func ("/kv/header/title-without-party", test_title_without_party);
  g_test_add_func ("/kv/header/no-addressee", test_no_addressee);
  g_test_add_func ("/kv/header/zaak-in-parentheses", test_zaak_in_parentheses);
  g_test_add_func ("/kv/header/wrapped-date", test_wrapped_date);
  g_test_add_func ("/kv/header/markdown-headers", test_markdown_headers);
  g_test_add_func ("/kv/header/title-wordings", test_title_wordings);
  g_test_add_func ("/kv/header/markdown-titles", test_markdown_titles);
  g_test_add_func ("/kv/header/title-ends", test_title_ends);
  g_test_add_func ("/kv/header/notice-and-answerer-wordings", test_notice_and_answerer_wordings);

  return g_test_run ();
}
