/* kv-export.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "kv-export.h"
#include "kv-model.h"

/* `kamervragen --export json FILE`: the document on stdout, one translated
 * line on stderr when it cannot be read. */

static void
print_error (const char *message)
{
  g_printerr ("kamervragen: %s\n", message);
}

static gboolean
export_one (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(KvDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  g_autofree char *message = NULL;

  document = kv_document_load_file (file, NULL, &error);
  if (document == NULL)
    {
      /* Translators: %s is a file name, then the reason it cannot be read. */
      message = g_strdup_printf (_("Cannot read “%s”: %s"), path, error->message);
      print_error (message);
      return FALSE;
    }

  json = kv_document_to_json (document);
  fputs (json, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0;
}

/**
 * kv_export_run:
 * @format: the export format asked for
 * @paths: (nullable): the files named on the command line
 *
 * Returns: the process's exit status.
 */
int
kv_export_run (const char         *format,
               const char * const *paths)
{
  g_autofree char *message = NULL;

  if (g_strcmp0 (format, "json") != 0)
    {
      /* Translators: %s is what the user typed after --export. */
      message = g_strdup_printf (_("Unknown export format “%s”; the supported format is “json”"), format);
      print_error (message);
      return 2;
    }

  if (paths == NULL || paths[0] == NULL || paths[1] != NULL)
    {
      print_error (_("Give exactly one file to export"));
      return 2;
    }

  return export_one (paths[0]) ? 0 : 1;
}
