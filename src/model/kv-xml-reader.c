/* kv-xml-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "kv-document-loader.h"
#include "kv-dutch.h"
#include "kv-xml-tree.h"
#include "kv-publication.h"
#include "kv-xml-reader.h"
#include "kv-uri.h"

/* The reader for Officiële Bekendmakingen XML (schema op-xsd): the
 * modern `officiele-publicatie` > `kamervragen`, the older `vraagdoc`
 * and `kamerwrk`, and bare `vraag`/`antwoord` elements in any wrapper.
 *
 * The file is untrusted. libxml2 parses it without network, without
 * loading a DTD and without substituting entities; a file that declares
 * entities at all is refused as soon as the declaration is seen, so
 * neither an expansion bomb nor a reference to a local file is ever
 * followed. libxml2's depth limit (256) stays on, which also bounds the
 * recursion of the tree walk below.
 *
 * The walk has two passes: the first collects the footnotes (`noot`),
 * wherever they stand, so that `nootref` can point forward; the second
 * reads the header, the questions and answers and the notes.
 */

#define OB_DOCUMENT_URL "https://zoek.officielebekendmakingen.nl/"

typedef struct
{
  gboolean entities;
  gboolean truncated;
  int      code;
  int      line;
  char    *message;
} ParseState;

typedef struct
{
  KvDocument    *doc;
  KvPublication *pub;
  GHashTable    *notes_by_node;  /* xmlNode → footnote number */
  GHashTable    *notes_by_id;    /* id → footnote number, ids not owned */
  GString       *header;
} Reader;

static xmlNode *
first_child_element (xmlNode    *node,
                     const char *name)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (kv_xml_tree_is_element (child, name))
      return child;
  return NULL;
}

/* Parsing */

static void
#if LIBXML_VERSION >= 21200
on_error (void *data, const xmlError *error)
#else
on_error (void *data, xmlErrorPtr error)
#endif
{
  xmlParserCtxt *ctxt = data;
  ParseState *state = ctxt->_private;

  /* Namespace errors ("op:kamervragen" without its xmlns) leave the
   * document well-formed; the reader does not use namespaces.
   */
  if (error->level < XML_ERR_ERROR || error->domain == XML_FROM_NAMESPACE)
    return;

  /* "Premature end of data" may follow other errors about the cut. */
  if (error->code == XML_ERR_TAG_NOT_FINISHED)
    state->truncated = TRUE;

  if (state->code != 0)
    return;

  state->code = error->code;
  state->line = error->line;
  state->message = g_strchomp (g_strdup (error->message != NULL ? error->message : ""));
  if (ctxt->input != NULL && ctxt->input->cur >= ctxt->input->end)
    state->truncated = TRUE;
}

static void
on_entity_decl (void          *data,
                const xmlChar *name,
                int            type,
                const xmlChar *public_id,
                const xmlChar *system_id,
                xmlChar       *content)
{
  xmlParserCtxt *ctxt = data;
  ParseState *state = ctxt->_private;

  state->entities = TRUE;
  xmlStopParser (ctxt);
}

static void
on_unparsed_entity_decl (void          *data,
                         const xmlChar *name,
                         const xmlChar *public_id,
                         const xmlChar *system_id,
                         const xmlChar *notation)
{
  on_entity_decl (data, name, 0, public_id, system_id, NULL);
}

/* The encoding named in "<?xml … encoding='…'?>", or NULL. */
static char *
declared_encoding (const char *data,
                   gsize       len)
{
  const char *end, *p, *q;
  char quote;

  if (len >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    data += 3, len -= 3;
  if (len < 5 || memcmp (data, "<?xml", 5) != 0)
    return NULL;

  end = memchr (data, '>', MIN (len, 256));
  if (end == NULL)
    return NULL;

  p = g_strstr_len (data, end - data, "encoding");
  if (p == NULL)
    return NULL;
  p += strlen ("encoding");
  while (p < end && (*p == ' ' || *p == '='))
    p++;
  if (p >= end || (*p != '"' && *p != '\''))
    return NULL;
  quote = *p++;
  q = memchr (p, quote, end - p);
  if (q == NULL || q - p > 40)
    return NULL;

  return g_strndup (p, q - p);
}

static gboolean
has_high_bytes (const char *data,
                gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) data[i] >= 0x80)
      return TRUE;
  return FALSE;
}

/* libxml2 decodes what the declaration names. A file declared UTF-8 that
 * is not, or declared Latin-1 that is UTF-8, would give an error deep in
 * the text or silently wrong letters; say it plainly instead.
 */
static gboolean
check_encoding (const char  *data,
                gsize        len,
                GError     **error)
{
  g_autofree char *encoding = NULL;

  if (len >= 2 && ((guchar) data[0] == 0xFF || (guchar) data[0] == 0xFE))
    return TRUE;

  encoding = declared_encoding (data, len);
  if (encoding == NULL || g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0)
    {
      const char *bad = NULL;

      if (g_utf8_validate_len (data, len, &bad))
        return TRUE;

      /* A file cut inside a letter is cut short, not wrongly encoded. */
      if (g_utf8_get_char_validated (bad, (gssize) (len - (gsize) (bad - data))) == (gunichar) -2)
        {
          g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                               _("The file ends too early; it may be incomplete."));
          return FALSE;
        }
      if (encoding == NULL)
        g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                             _("The file declares no encoding and is not valid UTF-8."));
      else
        g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                     _("The file declares the encoding “%s”, but it is not valid in that encoding."), encoding);
      return FALSE;
    }

  if (g_ascii_strncasecmp (encoding, "UTF-16", 6) != 0 && has_high_bytes (data, len) &&
      g_utf8_validate_len (data, len, NULL))
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                   _("The file declares the encoding “%s”, but its text is UTF-8."), encoding);
      return FALSE;
    }

  return TRUE;
}

static void
set_parse_error (ParseState  *state,
                 const char  *data,
                 gsize        len,
                 GError     **error)
{
  if (state->entities)
    g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                         _("The file declares entities. Such files can expand without limit or read "
                           "other files, so they are not opened."));
  else if (state->code == XML_ERR_UNSUPPORTED_ENCODING)
    {
      g_autofree char *encoding = declared_encoding (data, len);

      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_UNSUPPORTED,
                   _("The file is in an encoding that cannot be read: “%s”."), encoding != NULL ? encoding : "?");
    }
  else if (state->message != NULL && strstr (state->message, "depth") != NULL)
    g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                 _("The file nests its elements more than %u levels deep and is not opened."), 256);
  else if (state->truncated)
    g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                         _("The file ends too early; it may be incomplete."));
  else
    g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                 _("The file is not well-formed XML (line %d): %s"), state->line,
                 state->message != NULL ? state->message : "");
}

static xmlDoc *
parse (const char  *data,
       gsize        len,
       GError     **error)
{
  ParseState state = { 0 };
  xmlParserCtxt *ctxt;
  xmlDoc *doc;

  if (len > G_MAXINT)
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB and is not opened."),
                   (guint) (KV_DOCUMENT_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  ctxt = xmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("%s: out of memory", G_STRFUNC);

  ctxt->_private = &state;
  ctxt->sax->serror = on_error;
  ctxt->sax->entityDecl = on_entity_decl;
  ctxt->sax->unparsedEntityDecl = on_unparsed_entity_decl;

  /* No XML_PARSE_NOENT, DTDLOAD, DTDATTR, XINCLUDE or HUGE: entities
   * stay references and nothing outside the file is read.
   */
  doc = xmlCtxtReadMemory (ctxt, data, (int) len, NULL, NULL, XML_PARSE_NONET | XML_PARSE_NOCDATA);

  if (state.entities || state.code != 0 || doc == NULL)
    {
      if (state.code == 0 && !state.entities)
        state.code = XML_ERR_INTERNAL_ERROR;
      set_parse_error (&state, data, len, error);
      g_clear_pointer (&doc, xmlFreeDoc);
    }

  g_free (state.message);
  xmlFreeParserCtxt (ctxt);

  return doc;
}

/* Footnotes */

static void
write_inline (Reader       *self,
              KvTextWriter *writer,
              xmlNode      *node);

static void
write_children (Reader       *self,
                KvTextWriter *writer,
                xmlNode      *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    write_inline (self, writer, child);
}

static guint
note_number (Reader  *self,
             xmlNode *noot)
{
  xmlNode *nr = first_child_element (noot, "noot.nr");
  g_autofree char *attr = kv_xml_tree_get_attribute (noot, "nr");
  g_autofree char *text = NULL;
  guint number = 0;

  if (nr != NULL)
    {
      text = kv_xml_tree_text_of (nr);
      number = kv_xml_tree_parse_number (text);
    }
  else if (attr != NULL)
    number = kv_xml_tree_parse_number (attr);

  return number > 0 ? number : kv_publication_next_footnote (self->pub);
}

static void
read_note (Reader  *self,
           xmlNode *noot)
{
  g_autoptr (KvRichText) rich = kv_rich_text_new ();
  g_autoptr (GPtrArray) urls = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  g_autofree char *id = kv_xml_tree_get_attribute (noot, "id");
  KvTextWriter writer;
  guint number = note_number (self, noot);

  kv_text_writer_init (&writer, rich, urls);
  for (xmlNode *child = noot->children; child != NULL; child = child->next)
    {
      if (!kv_xml_tree_is_element (child, "noot.nr"))
        write_inline (self, &writer, child);
    }
  kv_text_writer_clear (&writer);

  g_hash_table_insert (self->notes_by_node, noot, GUINT_TO_POINTER (number));
  if (id != NULL && !g_hash_table_contains (self->notes_by_id, id))
    g_hash_table_insert (self->notes_by_id, g_steal_pointer (&id), GUINT_TO_POINTER (number));

  kv_publication_add_footnote (self->pub, number, rich, urls);
}

static void
collect_notes (Reader  *self,
               xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (kv_xml_tree_is_element (child, "noot"))
        read_note (self, child);
      else
        collect_notes (self, child);
    }
}

/* Inline content */

static KvRunStyle
nadruk_style (xmlNode *node)
{
  g_autofree char *type = kv_xml_tree_get_attribute (node, "type");

  if (type == NULL)
    return KV_RUN_STYLE_NONE;
  if (g_str_equal (type, "cur"))
    return KV_RUN_STYLE_ITALIC;
  if (g_str_equal (type, "vet"))
    return KV_RUN_STYLE_BOLD;
  if (g_str_equal (type, "vetcur"))
    return KV_RUN_STYLE_BOLD | KV_RUN_STYLE_ITALIC;
  return KV_RUN_STYLE_NONE;
}

static gboolean
is_publication_name (const char *id)
{
  gsize len = strlen (id);

  if (len == 0 || len > 100)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isalnum (id[i]) && id[i] != '-' && id[i] != '.' && id[i] != '_')
      return FALSE;
  return TRUE;
}

/* Whether @target starts with a host name and no scheme: "rijksoverheid.nl/…". */
static gboolean
starts_with_host (const char *target)
{
  const char *p = target;
  gboolean dot = FALSE;

  for (; *p != '\0' && *p != '/'; p++)
    {
      if (*p == '.')
        dot = p > target && p[-1] != '.';
      else if (!g_ascii_isalnum (*p) && *p != '-')
        return FALSE;
    }

  return dot && p[-1] != '.' && g_ascii_isalpha (p[-1]);
}

/* soort="URL" links to the web; soort="document" to another publication. */
static char *
extref_link (xmlNode *node)
{
  g_autofree char *kind = kv_xml_tree_get_attribute (node, "soort");
  g_autofree char *target = kv_xml_tree_get_attribute (node, "doc");

  if (target == NULL)
    return NULL;
  g_strstrip (target);

  if (kv_uri_is_web_link (target))
    return g_steal_pointer (&target);
  /* doc="www.volkskrant.nl/…", or with soort="URL" "rijksoverheid.nl/…" */
  if ((g_ascii_strncasecmp (target, "www.", 4) == 0 && (kind == NULL || g_ascii_strcasecmp (kind, "URL") == 0)) ||
      (kind != NULL && g_ascii_strcasecmp (kind, "URL") == 0 && starts_with_host (target)))
    return g_strconcat ("https://", target, NULL);
  if (kind != NULL && g_str_equal (kind, "document") && is_publication_name (target))
    return g_strconcat (OB_DOCUMENT_URL, target, NULL);
  return NULL;
}

static void
write_marker (Reader       *self,
              KvTextWriter *writer,
              guint         number)
{
  char label[16];

  g_snprintf (label, sizeof label, "%u", number);
  kv_text_writer_marker (writer, label, number);
  kv_publication_cite (self->pub, number);
}

static void
write_nootref (Reader       *self,
               KvTextWriter *writer,
               xmlNode      *node)
{
  g_autofree char *refid = kv_xml_tree_get_attribute (node, "refid");
  g_autofree char *nr = kv_xml_tree_get_attribute (node, "nr");
  guint number = 0;

  if (refid != NULL)
    number = GPOINTER_TO_UINT (g_hash_table_lookup (self->notes_by_id, refid));
  if (number == 0 && nr != NULL)
    number = kv_xml_tree_parse_number (nr);

  if (number == 0)
    {
      g_autofree char *msg = g_strdup_printf (_("A footnote reference points to no footnote (“%s”)."),
                                              refid != NULL ? refid : nr != NULL ? nr : "");

      kv_document_add_warning (self->doc, msg);
      return;
    }

  write_marker (self, writer, number);
}

static void
write_list (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *lijst)
{
  for (xmlNode *li = lijst->children; li != NULL; li = li->next)
    {
      if (!kv_xml_tree_is_element (li, "li"))
        continue;

      kv_text_writer_begin_block (writer, KV_BLOCK_LIST_ITEM);
      for (xmlNode *child = li->children; child != NULL; child = child->next)
        {
          /* A number ("1.", "a.") is part of the text; a bullet is not. */
          if (kv_xml_tree_is_element (child, "li.nr"))
            {
              g_autofree char *nr = kv_xml_tree_text_of (child);
              gboolean has_alnum = FALSE;

              for (const char *p = nr; *p != '\0' && !has_alnum; p++)
                has_alnum = g_ascii_isalnum (*p);
              if (has_alnum)
                {
                  kv_text_writer_text (writer, nr);
                  kv_text_writer_text (writer, " ");
                }
              continue;
            }
          /* The paragraphs of an item stay in the item. */
          if (kv_xml_tree_is_element (child, "al"))
            {
              kv_text_writer_text (writer, " ");
              write_children (self, writer, child);
              continue;
            }
          write_inline (self, writer, child);
        }
    }
  kv_text_writer_end_block (writer);
}

static void
write_inline (Reader       *self,
              KvTextWriter *writer,
              xmlNode      *node)
{
  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      kv_text_writer_text (writer, (const char *) node->content);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;

  if (kv_xml_tree_is_element (node, "noot"))
    write_marker (self, writer, GPOINTER_TO_UINT (g_hash_table_lookup (self->notes_by_node, node)));
  else if (kv_xml_tree_is_element (node, "nootref"))
    write_nootref (self, writer, node);
  else if (kv_xml_tree_is_element (node, "nadruk"))
    {
      KvRunStyle saved = writer->style;

      writer->style |= nadruk_style (node);
      write_children (self, writer, node);
      writer->style = saved;
    }
  else if (kv_xml_tree_is_element (node, "extref"))
    {
      const char *saved = writer->link;
      g_autofree char *link = extref_link (node);

      kv_text_writer_set_link (writer, link);
      write_children (self, writer, node);
      writer->link = saved;
    }
  else if (kv_xml_tree_is_element (node, "lijst"))
    write_list (self, writer, node);
  else if (kv_xml_tree_is_element (node, "al") && kv_xml_tree_is_element (node->parent, "entry"))
    {
      write_children (self, writer, node);
      kv_text_writer_text (writer, " ");
    }
  else if (kv_xml_tree_is_element (node, "al") || kv_xml_tree_is_element (node, "tussenkop") || kv_xml_tree_is_element (node, "noot.al"))
    {
      kv_text_writer_begin_block (writer, kv_xml_tree_is_element (node, "tussenkop") ? KV_BLOCK_HEADING : KV_BLOCK_PARAGRAPH);
      write_children (self, writer, node);
      kv_text_writer_end_block (writer);
    }
  else if (kv_xml_tree_is_element (node, "br"))
    kv_text_writer_text (writer, " ");
  else if (kv_xml_tree_is_element (node, "entry") || kv_xml_tree_is_element (node, "td") ||
           kv_xml_tree_is_element (node, "th"))
    {
      /* The cells of a row are words apart: "2023 1.412.000". */
      write_children (self, writer, node);
      kv_text_writer_text (writer, " ");
    }
  else if (kv_xml_tree_is_element (node, "row") || kv_xml_tree_is_element (node, "tr"))
    {
      kv_text_writer_end_block (writer);
      write_children (self, writer, node);
      kv_text_writer_end_block (writer);
    }
  else
    write_children (self, writer, node);
}

/* Questions and answers */

/* "Vraag 1" in `nr` or `nummer`; older files put it in the first `al`
 * or `tussenkop`, and may put a heading before it. Returns the label
 * element, or NULL.
 */
static xmlNode *
find_label (xmlNode      *node,
            KvDutchLabel *kind,
            GArray       *numbers)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      text = kv_xml_tree_text_of (child);
      if (kv_xml_tree_is_element (child, "nr") || kv_xml_tree_is_element (child, "nummer"))
        {
          kv_dutch_parse_label (text, kind, numbers);
          return child;
        }
      if ((kv_xml_tree_is_element (child, "al") || kv_xml_tree_is_element (child, "tussenkop")) &&
          kv_dutch_parse_label (text, kind, numbers))
        return child;
      /* A heading may come before the number: <tussenkop>Griepvaccins</tussenkop><nr>Vraag 1</nr>. */
      if (!kv_xml_tree_is_element (child, "tussenkop"))
        return NULL;
    }
  return NULL;
}

static void
read_block_content (Reader     *self,
                    xmlNode    *node,
                    xmlNode    *skip,
                    const char *drop,
                    KvRichText *target)
{
  KvTextWriter writer;

  kv_text_writer_init (&writer, target, NULL);
  kv_text_writer_drop (&writer, drop);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child != skip)
        write_inline (self, &writer, child);
    }
  kv_text_writer_clear (&writer);
}

static void
read_question_or_answer (Reader  *self,
                         xmlNode *node,
                         gboolean is_answer)
{
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  KvDutchLabel kind = KV_DUTCH_LABEL_NONE;
  xmlNode *label = find_label (node, &kind, numbers);
  g_autoptr (KvRichText) content = kv_rich_text_new ();

  read_block_content (self, node, label, NULL, content);
  if (is_answer)
    kv_publication_add_answer (self->pub, numbers, content);
  else
    kv_publication_add_question (self->pub, numbers, content);
}

/* The text of a Toelichting or Mededeling block. "Toelichting:" or
 * "Mededeling" as its own first paragraph, or at the start of it, is a
 * title, and says what the block is (@titled): a kamervraagopmerking may
 * hold either. */
static KvRichText *
read_note_text (Reader     *self,
                xmlNode    *node,
                KvNoteKind *kind,
                gboolean   *titled)
{
  KvRichText *text = kv_rich_text_new ();
  const char *title = NULL;
  xmlNode *skip = NULL;
  gboolean alone = FALSE;

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child->type == XML_ELEMENT_NODE)
      {
        g_autofree char *first = kv_xml_tree_text_of (child);

        title = kv_dutch_note_title (first, kind, &alone);
        skip = alone ? child : NULL;
        break;
      }

  read_block_content (self, node, skip, alone ? NULL : title, text);
  *titled = title != NULL;

  return text;
}

/* A Toelichting, or with @remark a kamervraagopmerking, which without a
 * title is what the publication makes it (see kv_publication_add_remark()). */
static void
read_note_block (Reader   *self,
                 xmlNode  *node,
                 gboolean  remark)
{
  KvNoteKind kind = KV_NOTE_KIND_TOELICHTING;
  gboolean titled;
  g_autoptr (KvRichText) text = read_note_text (self, node, &kind, &titled);

  if (remark && !titled)
    kv_publication_add_remark (self->pub, text);
  else
    kv_publication_add_note (self->pub, kind, text);
}

/* Header */

static void
read_meta (Reader  *self,
           xmlNode *node)
{
  g_autofree char *name = kv_xml_tree_get_attribute (node, "name");
  g_autofree char *content = kv_xml_tree_get_attribute (node, "content");

  if (name != NULL && content != NULL)
    {
      g_autofree char *value = kv_dutch_normalize_space (content);

      kv_dutch_take_meta (self->doc, name, value);
    }
}

/* Our <fragments> wrapper of the samples keeps the metadata printed
 * with them as attributes.
 */
static void
read_fragments_attributes (Reader  *self,
                           xmlNode *root)
{
  g_autofree char *identifier = kv_xml_tree_get_attribute (root, "identifier");

  if (identifier != NULL)
    kv_dutch_take_meta (self->doc, "DC.identifier", identifier);
}

static void
read_kamervraagnummer (Reader  *self,
                       xmlNode *node)
{
  g_autofree char *text = kv_xml_tree_text_of (node);
  gsize len = strlen (text);

  if (kv_dutch_is_zaak_number (text, len) && kv_document_get_zaak (self->doc) == NULL)
    kv_document_set_zaak (self->doc, text);
  else if (len > 0 && len <= 6 && kv_xml_tree_parse_number (text) > 0 && kv_document_get_aanhangsel (self->doc) == NULL)
    kv_document_set_aanhangsel (self->doc, text);
}

/* The notes in a question header cite the subject: "over het bericht
 * «…»<noot>…</noot> (ingezonden …)". */
static void
cite_in_subject (Reader  *self,
                 xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (kv_xml_tree_is_element (child, "noot"))
        kv_document_cite_in_subject (self->doc, GPOINTER_TO_UINT (g_hash_table_lookup (self->notes_by_node, child)));
      else if (child->type == XML_ELEMENT_NODE)
        cite_in_subject (self, child);
    }
}

/* The type says whether a header is the answer's; without one, or with
 * another, its words do: "Nader antwoord van …". */
static gboolean
is_answer_header (const char *type,
                  const char *text)
{
  if (type != NULL && g_str_equal (type, "vraag"))
    return FALSE;
  if (type != NULL && (g_str_equal (type, "antwoord") || g_str_equal (type, "mededeling")))
    return TRUE;

  return kv_dutch_is_answer_header (text);
}

static void
read_omschrijving (Reader  *self,
                   xmlNode *node)
{
  g_autofree char *type = kv_xml_tree_get_attribute (node, "type");
  g_autofree char *text = kv_xml_tree_words_of (node);
  xmlNode *onderwerp = first_child_element (node, "kamervraagonderwerp");
  gboolean answer = is_answer_header (type, text);

  if (onderwerp != NULL && kv_document_get_subject (self->doc) == NULL)
    {
      g_autofree char *subject = kv_xml_tree_words_of (onderwerp);

      if (*subject != '\0')
        kv_document_set_subject (self->doc, subject);
    }

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (kv_xml_tree_is_element (child, "datum"))
      {
        g_autofree char *iso = kv_xml_tree_get_attribute (child, "isodatum");

        if (iso != NULL && kv_dutch_is_iso_date (iso))
          {
            if (answer && kv_document_get_received (self->doc) == NULL)
              kv_document_set_received (self->doc, iso);
            else if (!answer && kv_document_get_submitted (self->doc) == NULL)
              kv_document_set_submitted (self->doc, iso);
          }
      }

  if (!answer)
    cite_in_subject (self, node);

  if (answer)
    {
      kv_dutch_read_answer_header (self->doc, text);
      kv_publication_set_kind_hint (self->pub, g_str_has_prefix (text, "Mededeling ")
                                               ? KV_DOCUMENT_KIND_DELAY_NOTICE : KV_DOCUMENT_KIND_ANSWERS);
    }
  else
    {
      kv_dutch_read_question_header (self->doc, text);
      kv_publication_set_kind_hint (self->pub, g_str_has_prefix (text, "Mondelinge ")
                                               ? KV_DOCUMENT_KIND_ORAL_QUESTIONS : KV_DOCUMENT_KIND_QUESTIONS);
    }
}

static void
read_signature (Reader  *self,
                xmlNode *node)
{
  g_autofree char *text = kv_xml_tree_text_of (node);

  if (*text != '\0' && kv_document_get_answered_by (self->doc)[0] == NULL)
    kv_document_add_answered_by (self->doc, text);
}

static void
read_element (Reader  *self,
              xmlNode *node)
{
  if (kv_xml_tree_is_element (node, "vraag"))
    read_question_or_answer (self, node, FALSE);
  else if (kv_xml_tree_is_element (node, "antwoord"))
    read_question_or_answer (self, node, TRUE);
  else if (kv_xml_tree_is_element (node, "meta"))
    read_meta (self, node);
  else if (kv_xml_tree_is_element (node, "kamervraagnummer") || kv_xml_tree_is_element (node, "vraagnummer"))
    read_kamervraagnummer (self, node);
  else if (kv_xml_tree_is_element (node, "kamervraagomschrijving") || kv_xml_tree_is_element (node, "omschr"))
    read_omschrijving (self, node);
  else if (kv_xml_tree_is_element (node, "kamervraagopmerking"))
    read_note_block (self, node, TRUE);
  else if (kv_xml_tree_is_element (node, "toelicht"))
    read_note_block (self, node, FALSE);
  else if (kv_xml_tree_is_element (node, "ondertekening"))
    read_signature (self, node);
  else if (kv_xml_tree_is_element (node, "noot") || kv_xml_tree_is_element (node, "kamervraagkop"))
    return;
  else
    for (xmlNode *child = node->children; child != NULL; child = child->next)
      if (child->type == XML_ELEMENT_NODE)
        read_element (self, child);
}

/**
 * kv_xml_reader_read:
 * @data: the file contents, in the encoding the file declares
 * @length: length of @data in bytes
 * @error: return location for a #GError
 *
 * Reads an Officiële Bekendmakingen XML publication.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KvDocument *
kv_xml_reader_read (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr (KvDocument) doc = NULL;
  g_autoptr (KvPublication) pub = NULL;
  xmlDoc *xml;
  xmlNode *root;
  Reader self = { 0 };

  g_return_val_if_fail (data != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!check_encoding (data, length, error))
    return NULL;

  xml = parse (data, length, error);
  if (xml == NULL)
    return NULL;

  doc = kv_document_new ();
  pub = kv_publication_new (doc);
  self.doc = doc;
  self.pub = pub;
  self.notes_by_node = g_hash_table_new (NULL, NULL);
  self.notes_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  root = xmlDocGetRootElement (xml);
  if (root != NULL)
    {
      if (kv_xml_tree_is_element (root, "fragments"))
        read_fragments_attributes (&self, root);
      collect_notes (&self, root);
      read_element (&self, root);
    }

  kv_publication_finish (pub);

  g_hash_table_unref (self.notes_by_node);
  g_hash_table_unref (self.notes_by_id);
  xmlFreeDoc (xml);

  return g_steal_pointer (&doc);
}
