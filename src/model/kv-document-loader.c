/* kv-document-loader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include "kv-document-loader.h"
#include "kv-html-reader.h"
#include "kv-json-format.h"
#include "kv-text-reader.h"
#include "kv-xml-reader.h"

G_DEFINE_QUARK (kv-document-error-quark, kv_document_error)

/* Windows-1252 for 0x80–0x9F; the rest of the range is Latin-1. Bytes
 * that Windows-1252 leaves undefined become U+FFFD.
 */
static const gunichar cp1252_high[32] = {
  0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
  0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
  0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
  0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

static GString *
decode_cp1252 (const guchar *data,
               gsize         len)
{
  GString *out = g_string_sized_new (len + len / 8);

  for (gsize i = 0; i < len; i++)
    {
      guchar c = data[i];

      if (c < 0x80)
        g_string_append_c (out, (char) c);
      else if (c < 0xA0)
        g_string_append_unichar (out, cp1252_high[c - 0x80]);
      else
        g_string_append_unichar (out, c);
    }

  return out;
}

static GString *
decode_utf16 (const guchar  *data,
              gsize          len,
              const char    *charset,
              GError       **error)
{
  g_autoptr (GError) local_error = NULL;
  gsize written = 0;
  char *utf8;

  utf8 = g_convert ((const char *) data, len - (len % 2), "UTF-8", charset, NULL, &written, &local_error);
  if (utf8 == NULL)
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                   _("The file is not valid UTF-16 text: %s"), local_error->message);
      return NULL;
    }

  return g_string_new_take (utf8);
}

/* PNG, PDF, ZIP (DOCX), GIF, JPEG and similar files start with bytes
 * that are not text; so do other binary files, which contain NUL bytes
 * or many control characters.
 */
static gboolean
looks_binary (const char *text,
              gsize       len)
{
  gsize controls = 0;
  gsize sample = MIN (len, 64 * 1024);

  if (memchr (text, '\0', len) != NULL)
    return TRUE;

  for (gsize i = 0; i < sample; i++)
    {
      guchar c = (guchar) text[i];

      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')
        controls++;
    }

  return controls > sample / 100 + 1;
}

/* One "\n" for "\r\n" and for a lone "\r", in place. */
static void
normalize_newlines (GString *text)
{
  char *src, *dst, *end;

  if (memchr (text->str, '\r', text->len) == NULL)
    return;

  dst = text->str;
  end = text->str + text->len;
  for (src = text->str; src < end; src++)
    {
      if (*src == '\r')
        {
          *dst++ = '\n';
          if (src + 1 < end && src[1] == '\n')
            src++;
        }
      else
        *dst++ = *src;
    }

  g_string_truncate (text, (gsize) (dst - text->str));
}

/* Turns file contents into UTF-8 text with "\n" line ends: UTF-8 with or
 * without BOM, UTF-16 with BOM, and as a last resort Windows-1252, the
 * encoding of older Dutch Word and Windows texts. Plain UTF-8 without
 * carriage returns, the common case, is used in place: *owned stays NULL
 * and *text points into @bytes, so large files are not copied.
 */
static gboolean
decode (GBytes      *bytes,
        const char **text,
        gsize       *text_len,
        char       **owned,
        gboolean    *was_legacy,
        GError     **error)
{
  gsize len = 0;
  const guchar *data = g_bytes_get_data (bytes, &len);
  GString *decoded = NULL;

  *owned = NULL;
  *was_legacy = FALSE;

  if (len > KV_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB and is not opened."),
                   (guint) (KV_DOCUMENT_MAX_SIZE / (1024 * 1024)));
      return FALSE;
    }

  if (len >= 2 && data[0] == 0xFF && data[1] == 0xFE)
    decoded = decode_utf16 (data + 2, len - 2, "UTF-16LE", error);
  else if (len >= 2 && data[0] == 0xFE && data[1] == 0xFF)
    decoded = decode_utf16 (data + 2, len - 2, "UTF-16BE", error);
  else
    {
      if (len >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF)
        data += 3, len -= 3;

      if (looks_binary ((const char *) data, len))
        {
          g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                               _("The file is not a text document."));
          return FALSE;
        }

      if (!g_utf8_validate_len ((const char *) data, len, NULL))
        {
          decoded = decode_cp1252 (data, len);
          *was_legacy = TRUE;
        }
      else if (memchr (data, '\r', len) != NULL)
        decoded = g_string_new_len ((const char *) data, (gssize) len);
      else
        {
          *text = (const char *) data;
          *text_len = len;
          return TRUE;
        }
    }

  if (decoded == NULL)
    return FALSE;

  if (looks_binary (decoded->str, decoded->len))
    {
      g_string_free (decoded, TRUE);
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                           _("The file is not a text document."));
      return FALSE;
    }

  normalize_newlines (decoded);

  *text_len = decoded->len;
  *owned = g_string_free (decoded, FALSE);
  *text = *owned;

  return TRUE;
}

static const char *
skip_white (const char *text,
            const char *end)
{
  while (text < end && (*text == ' ' || *text == '\n' || *text == '\t'))
    text++;
  return text;
}

typedef enum
{
  MARKUP_NONE,
  MARKUP_XML,
  MARKUP_HTML,
} Markup;

/* "<?xml", "<!DOCTYPE", "<!--" or a tag such as "<vraag>"; "<https://…>"
 * at the start of a text is an address, not a tag.
 */
static gboolean
starts_with_markup (const char *start,
                    const char *end)
{
  const char *p = start + 1;

  if (end - start < 2 || *start != '<')
    return FALSE;
  if (*p == '?' || *p == '!')
    return TRUE;
  if (!g_ascii_isalpha (*p))
    return FALSE;

  while (p < end && (g_ascii_isalnum (*p) || *p == '-' || *p == '.' || *p == '_'))
    p++;
  return p == end || *p == '>' || *p == '/' || *p == ' ' || *p == '\n' || *p == '\t';
}

/* Officiële Bekendmakingen XML and HTML have their own structure, which
 * the text reader would mangle. Which of the two a file is shows in its
 * first part: an HTML page has <html> or the publication's classes, an
 * XML publication its own elements.
 */
static Markup
detect_markup (const char *start,
               const char *end)
{
  static const char * const html_marks[] = {
    "<html", "<!doctype html", "<body", "<head", "<div", "class=\"vraag", "class=\"antwoord",
  };
  g_autofree char *head = NULL;

  if (!starts_with_markup (start, end))
    return MARKUP_NONE;

  head = g_ascii_strdown (start, MIN (end - start, 64 * 1024));
  for (guint i = 0; i < G_N_ELEMENTS (html_marks); i++)
    if (strstr (head, html_marks[i]) != NULL)
      return MARKUP_HTML;

  return MARKUP_XML;
}

static gboolean
is_blank (const char *text,
          const char *end)
{
  for (const char *p = text; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0x00A0 && c != 0xFEFF && c != 0x202F)
        return FALSE;
    }
  return TRUE;
}

/* How far into an HTML page its <meta charset> is looked for. */
#define CHARSET_SEARCH_LENGTH 2048

/* Whether an HTML page says it is in the Windows-1252 family, as older
 * pages of officielebekendmakingen.nl do: then reading it so is no
 * surprise to warn of. */
static gboolean
declares_legacy_charset (const char *start,
                         const char *end)
{
  static const char * const names[] = { "iso-8859-1", "iso-8859-15", "windows-1252", "cp1252", "latin1" };
  g_autofree char *head = g_ascii_strdown (start, MIN (end - start, CHARSET_SEARCH_LENGTH));
  const char *charset = strstr (head, "charset=");
  gsize len;

  if (charset == NULL)
    return FALSE;
  charset += strlen ("charset=");
  if (*charset == '"' || *charset == '\'')
    charset++;
  len = strcspn (charset, "\"'; >/");

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (len == strlen (names[i]) && strncmp (charset, names[i], len) == 0)
      return TRUE;

  return FALSE;
}

/**
 * kv_document_load_bytes:
 * @bytes: the file contents
 * @error: return location for a #GError
 *
 * Reads a document, recognised by its content: the project's own JSON,
 * Officiële Bekendmakingen XML or HTML, or Kamervragen text in any of
 * the shapes the text reader knows.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KvDocument *
kv_document_load_bytes (GBytes  *bytes,
                        GError **error)
{
  g_autofree char *owned = NULL;
  const char *text = NULL, *start, *end;
  gsize len = 0;
  gboolean legacy = FALSE;
  KvDocument *doc;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_bytes_get_size (bytes) == 0)
    {
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_EMPTY,
                           _("The file is empty."));
      return NULL;
    }

  if (!decode (bytes, &text, &len, &owned, &legacy, error))
    return NULL;
  end = text + len;

  if (is_blank (text, end))
    {
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_EMPTY,
                           _("The file contains no text."));
      return NULL;
    }

  start = skip_white (text, end);

  if (*start == '{')
    return kv_json_format_read (text, len, error);

  switch (detect_markup (start, end))
    {
    case MARKUP_XML:
      /* XML names its own encoding; the reader checks it against the bytes. */
      return kv_xml_reader_read (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);

    case MARKUP_HTML:
      doc = kv_html_reader_read (text, len, error);
      legacy = legacy && !declares_legacy_charset (start, end);
      break;

    case MARKUP_NONE:
    default:
      doc = kv_text_reader_read (text, len);
      break;
    }

  if (doc == NULL)
    return NULL;
  if (legacy)
    kv_document_add_warning (doc, _("The file is not valid UTF-8; it was read as Windows-1252 text."));

  return doc;
}

/**
 * kv_document_load_file:
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads a document from a file. Files larger than
 * %KV_DOCUMENT_MAX_SIZE are refused before reading; so are files that
 * turn out larger while being read (pipes, growing files).
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KvDocument *
kv_document_load_file (GFile         *file,
                       GCancellable  *cancellable,
                       GError       **error)
{
  g_autoptr (GFileInfo) info = NULL;
  g_autoptr (GFileInputStream) stream = NULL;
  g_autoptr (GByteArray) buffer = NULL;
  g_autoptr (GBytes) bytes = NULL;
  goffset size = 0;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                           _("This is a folder, not a document."));
      return NULL;
    }

  size = g_file_info_get_size (info);
  if (size > KV_DOCUMENT_MAX_SIZE)
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB and is not opened."),
                   (guint) (KV_DOCUMENT_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  stream = g_file_read (file, cancellable, error);
  if (stream == NULL)
    return NULL;

  buffer = g_byte_array_sized_new ((guint) size + 1);
  for (;;)
    {
      guint8 chunk[64 * 1024];
      gssize n = g_input_stream_read (G_INPUT_STREAM (stream), chunk, sizeof chunk, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;

      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > KV_DOCUMENT_MAX_SIZE)
        {
          g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE,
                       _("The file is larger than %u MB and is not opened."),
                       (guint) (KV_DOCUMENT_MAX_SIZE / (1024 * 1024)));
          return NULL;
        }
    }

  bytes = g_byte_array_free_to_bytes (g_steal_pointer (&buffer));

  return kv_document_load_bytes (bytes, error);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  KvDocument *doc = kv_document_load_file (G_FILE (task_data), cancellable, &error);

  if (doc == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, doc, g_object_unref);
}

/* The reads under way, by file, each with the requests waiting for it. A
 * file asked for while it is being read is read once: Kamervragen starts
 * reading the files on its command line while GTK starts up, and the
 * window made for each then waits for that read. Used from one thread. */
static GHashTable *reads_in_progress;

static void
read_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr (GFile) file = user_data;
  g_autoptr (KvDocument) document = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) waiting = NULL;
  g_autoptr (GFile) key = NULL;

  g_hash_table_steal_extended (reads_in_progress, file, (gpointer *) &key, (gpointer *) &waiting);
  document = g_task_propagate_pointer (G_TASK (result), &error);

  for (guint i = 0; i < waiting->len; i++)
    {
      GTask *task = g_ptr_array_index (waiting, i);

      if (g_task_return_error_if_cancelled (task))
        continue;

      if (document != NULL)
        g_task_return_pointer (task, g_object_ref (document), g_object_unref);
      else
        g_task_return_error (task, g_error_copy (error));
    }
}

/**
 * kv_document_load_file_async:
 * @file: the file to read
 * @cancellable: (nullable): a #GCancellable
 * @callback: called with the result
 * @user_data: data for @callback
 *
 * Reads a document from a file in a thread. Requests for a file that is
 * being read already wait for that read and get the same document, so the
 * read itself is not cancelled: @cancellable only makes this request end
 * with %G_IO_ERROR_CANCELLED when the read is done. Call it from one thread.
 * @callback runs at %G_PRIORITY_DEFAULT_IDLE, once the main loop has
 * nothing more urgent to do.
 */
void
kv_document_load_file_async (GFile               *file,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr (GTask) task = NULL;
  GPtrArray *waiting;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, kv_document_load_file_async);

  if (reads_in_progress == NULL)
    reads_in_progress = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal,
                                               g_object_unref, (GDestroyNotify) g_ptr_array_unref);

  waiting = g_hash_table_lookup (reads_in_progress, file);
  if (waiting == NULL)
    {
      g_autoptr (GTask) read = g_task_new (NULL, NULL, read_done_cb, g_object_ref (file));

      waiting = g_ptr_array_new_with_free_func (g_object_unref);
      g_hash_table_insert (reads_in_progress, g_object_ref (file), waiting);
      g_task_set_task_data (read, g_object_ref (file), g_object_unref);
      /* At start-up GTK still has work queued at higher priorities: when
       * libadwaita adds its icons, GTK reloads the icon theme and restyles
       * every window. A window that shows the document before that would
       * draw it twice. */
      g_task_set_priority (read, G_PRIORITY_DEFAULT_IDLE);
      g_task_run_in_thread (read, load_file_thread);
    }

  g_ptr_array_add (waiting, g_steal_pointer (&task));
}

/**
 * kv_document_load_file_finish:
 * @result: the result passed to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KvDocument *
kv_document_load_file_finish (GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == kv_document_load_file_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}
