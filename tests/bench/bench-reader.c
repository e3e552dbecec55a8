/* bench-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Throughput and memory of the text reader, and of the XML reader.
 *
 * Generates documents of 1,000 and 10,000 questions in the shape of the
 * example (samples/2025Z04271.txt): a header, "Vraag n" labels, question
 * paragraphs with Unicode superscript markers, **bold** and *italic*,
 * and footnote definitions with addresses between the questions. Each
 * document is read once untimed (to warm caches and the allocator, and
 * to measure memory), then RUNS times through kv_document_load_bytes();
 * the program prints the median MB/s, the best run (the least disturbed
 * on a busy machine), the time per MB (equal figures for both sizes mean
 * linear time) and the peak memory.
 *
 * Peak memory is measured as the growth of the process's peak resident
 * set (getrusage ru_maxrss) across the first read of each size, relative
 * to the input size. The input itself is allocated and touched before
 * the measurement, and a tiny document is read first to register the
 * types, so the figure is what the reader adds: lines, rich text and
 * objects. The small document is read first so that its peak does not
 * hide the large one's.
 *
 * The XML reader gets a generated Officiële Bekendmakingen publication
 * of about 10 MB: an answers document (ah-tk) with the header, each
 * question and its answer, a footnote with a web address every third
 * question, emphasis and document links.
 *
 * Run it on a release build: meson setup -Dbuildtype=release …
 *
 *   bench-reader [QUESTIONS [RUNS]]
 *
 * reads only a document of QUESTIONS questions, RUNS times; with RUNS 0
 * it reads it once, untimed, which suits valgrind --tool=callgrind.
 *
 *   bench-reader --write QUESTIONS FILE
 *
 * writes the generated document of QUESTIONS questions to FILE.
 */

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "kv-model.h"

#define RUNS 11

static const char * const sentences[] = {
  "Kunt u uitleggen wat het doel was van uw werkbezoek aan de Europese Commissie in Brussel?",
  "Deelt u de mening dat Nederland de afhankelijkheid van niet-Europese techbedrijven moet verminderen?",
  "Welke gegevens worden door het ministerie bewaard, verwerkt of gedeeld via clouddiensten?",
  "Bent u bereid gesprekken te initiëren met **Europese** alternatieven zoals *OVHcloud* en Nextcloud?",
};

static void
append_superscript (GString *out,
                    guint    number)
{
  static const char * const digits[] = {
    "\xe2\x81\xb0", "\xc2\xb9", "\xc2\xb2", "\xc2\xb3", "\xe2\x81\xb4",
    "\xe2\x81\xb5", "\xe2\x81\xb6", "\xe2\x81\xb7", "\xe2\x81\xb8", "\xe2\x81\xb9",
  };
  char buffer[16];

  g_snprintf (buffer, sizeof buffer, "%u", number);
  for (const char *p = buffer; *p != '\0'; p++)
    g_string_append (out, digits[*p - '0']);
}

static GBytes *
generate (guint n_questions)
{
  GString *out = g_string_sized_new (n_questions * 1100);
  guint footnote = 0;

  g_string_append (out, "\n2025Z04271\n\nVragen van de leden **Kathmann** en **Nordkamp** (beiden GroenLinks-PvdA) "
                        "aan de Staatssecretarissen van Defensie en van Binnenlandse Zaken en Koninkrijksrelaties "
                        "over *het werkbezoek van de Staatssecretaris* (ingezonden 10 maart 2025).\n\n");

  for (guint i = 1; i <= n_questions; i++)
    {
      g_string_append_printf (out, "Vraag %u\n\n", i);
      for (guint s = 0; s < 8; s++)
        {
          if (s > 0)
            g_string_append_c (out, ' ');
          g_string_append (out, sentences[(i + s) % G_N_ELEMENTS (sentences)]);
        }
      if (i % 3 == 0)
        append_superscript (out, ++footnote);
      g_string_append (out, "\n\n");

      /* A page ends after every third question with its footnote. */
      if (i % 3 == 0)
        {
          append_superscript (out, footnote);
          g_string_append_printf (out, " Rijksoverheid, Agenda week %u (<https://www.rijksoverheid.nl/"
                                       "ministeries/ministerie-van-defensie/agenda/%u>)\n\n", footnote, footnote);
        }
    }

  return g_string_free_to_bytes (out);
}

/* About 1,140 bytes per question and answer: 10 MB. */
#define XML_QUESTIONS_10MB 9200

static void
append_xml_sentences (GString *out,
                      guint    first)
{
  for (guint s = 0; s < 4; s++)
    {
      g_string_append (out, s > 0 ? " " : "");
      g_string_append (out, sentences[(first + s) % G_N_ELEMENTS (sentences)]);
    }
}

static GBytes *
generate_xml (guint n_questions)
{
  GString *out = g_string_sized_new (n_questions * 1600);
  guint footnote = 0;

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<officiele-publicatie>\n<metadata>"
                        "<meta name=\"DC.identifier\" content=\"ah-tk-20242025-9999\"/>"
                        "<meta name=\"OVERHEIDop.vraagnummer\" content=\"2025Z04271\"/></metadata>\n<kamervragen>\n"
                        "<kamervraagomschrijving type=\"vraag\">Vragen van de leden Kathmann en Nordkamp (beiden "
                        "GroenLinks-PvdA) aan de Staatssecretarissen van Defensie en van Binnenlandse Zaken en "
                        "Koninkrijksrelaties over <kamervraagonderwerp>het werkbezoek van de Staatssecretaris"
                        "</kamervraagonderwerp> (ingezonden <datum isodatum=\"2025-03-10\">10 maart 2025</datum>)."
                        "</kamervraagomschrijving>\n"
                        "<kamervraagomschrijving type=\"antwoord\">Antwoord van Staatssecretaris Tuinman (Defensie) "
                        "(ontvangen <datum isodatum=\"2025-04-02\">2 april 2025</datum>).</kamervraagomschrijving>\n");

  for (guint i = 1; i <= n_questions; i++)
    {
      g_string_append_printf (out, "<vraag>\n<nr status=\"officieel\">Vraag %u</nr>\n<al>", i);
      append_xml_sentences (out, i);
      if (i % 3 == 0)
        {
          footnote++;
          g_string_append_printf (out, "<noot id=\"ID-9999-d37e%u\" type=\"voet\"><noot.nr>%u</noot.nr><noot.al>"
                                       "Rijksoverheid, Agenda week %u (<extref soort=\"URL\" doc=\"https://www."
                                       "rijksoverheid.nl/agenda/%u\" status=\"actief\">https://www.rijksoverheid.nl/"
                                       "agenda/%u</extref>)</noot.al></noot>",
                                  footnote * 7, footnote, footnote, footnote, footnote);
        }
      g_string_append_printf (out, "</al>\n</vraag>\n<antwoord>\n<nr status=\"officieel\">Antwoord %u</nr>\n"
                                   "<al>Zie <nadruk type=\"cur\">de brief</nadruk> (Kamerstuk <extref soort=\"document\" "
                                   "doc=\"kst-36600-X-%u\" status=\"actief\">36 600 X, nr. %u</extref>).</al>\n<al>",
                              i, i, i);
      append_xml_sentences (out, i + 2);
      g_string_append (out, "</al>\n</antwoord>\n");
    }

  g_string_append (out, "</kamervragen>\n</officiele-publicatie>\n");

  return g_string_free_to_bytes (out);
}

static long
peak_rss_kb (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static void
bench (const char *format,
       GBytes     *(*make) (guint),
       guint       n_questions,
       guint       runs)
{
  g_autoptr (GBytes) bytes = make (n_questions);
  double mb = g_bytes_get_size (bytes) / (1024.0 * 1024.0);
  g_autofree double *seconds = g_new0 (double, MAX (runs, 1));
  long before, after;
  guint items = 0;

  for (guint r = 0; r <= runs; r++)
    {
      g_autoptr (GError) error = NULL;
      g_autoptr (KvDocument) doc = NULL;
      gint64 start;

      /* Run 0 is the untimed one that measures the peak memory. */
      if (r == 0)
        before = peak_rss_kb ();
      start = g_get_monotonic_time ();
      doc = kv_document_load_bytes (bytes, &error);
      if (r > 0)
        seconds[r - 1] = (g_get_monotonic_time () - start) / 1e6;
      else
        after = peak_rss_kb ();
      if (doc == NULL)
        g_error ("%s", error->message);
      items = g_list_model_get_n_items (kv_document_get_items (doc));
      if (g_strv_length ((char **) kv_document_get_warnings (doc)) > 0)
        g_error ("unexpected warning: %s", kv_document_get_warnings (doc)[0]);
    }

  g_assert (items == n_questions);
  if (runs == 0)
    return;

  qsort (seconds, runs, sizeof (double), compare_double);
  printf ("%-4s %6u questions  %6.2f MB  median %7.1f MB/s (best %7.1f)  %6.2f ms/MB  peak +%6.1f MB (%.2f x input)\n",
          format, n_questions, mb, mb / seconds[runs / 2], mb / seconds[0], seconds[runs / 2] * 1000 / mb,
          (after - before) / 1024.0, (after - before) / 1024.0 / mb);
}

static int
write_document (guint       n_questions,
                const char *path)
{
  g_autoptr (GBytes) bytes = generate (n_questions);
  g_autoptr (GError) error = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!g_file_set_contents (path, data, size, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr (GBytes) warm_up = NULL;
  g_autoptr (KvDocument) doc = NULL;

  /* The start-up benchmark opens the same documents in the app. */
  if (argc == 4 && g_str_equal (argv[1], "--write"))
    return write_document ((guint) g_ascii_strtoull (argv[2], NULL, 10), argv[3]);

  /* Type registration and first allocations are not the reader's cost. */
  warm_up = generate (3);
  doc = kv_document_load_bytes (warm_up, NULL);
  g_assert (doc != NULL);

  if (argc > 1)
    {
      bench ("text", generate, (guint) g_ascii_strtoull (argv[1], NULL, 10),
             argc > 2 ? (guint) g_ascii_strtoull (argv[2], NULL, 10) : RUNS);
      return 0;
    }

  bench ("text", generate, 1000, RUNS);
  bench ("text", generate, 10000, RUNS);
  bench ("xml", generate_xml, XML_QUESTIONS_10MB, RUNS);

  return 0;
}
