/* kv-html-reader.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "kv-document-loader.h"
#include "kv-dutch.h"
#include "kv-xml-tree.h"
#include "kv-html-reader.h"
#include "kv-publication.h"

/* The reader for Officiële Bekendmakingen HTML: a saved page of
 * zoek.officielebekendmakingen.nl, or fragments of one. Questions are
 * `div.vraag`, answers `div.antwoord`, each with its number label in an
 * `h2` ("Vraag 2, 3") or a `p.nummer` ("1"); note references are
 * `a.nootnum` links to "#<id>", the notes `div.voet.noot` in `div#noten`,
 * numbered by `span.nootnum`; a delay notice is `div.kamervraagopmerking`;
 * identifiers are in `meta` elements.
 *
 * libxml2's HTML parser reads no DTD and knows no entity declarations;
 * it runs without network. Its depth limit stays on, and the tree is
 * measured before the recursive walk as well.
 */

#define MAX_DEPTH 256

typedef struct
{
  KvDocument    *doc;
  KvPublication *pub;
  GHashTable    *notes_by_id;   /* id → footnote number */
  gboolean       in_note;       /* no markers in the notes themselves */
} Reader;

static gboolean
has_class (xmlNode    *node,
           const char *name)
{
  g_autofree char *classes = NULL;
  g_auto (GStrv) words = NULL;

  if (node == NULL || node->type != XML_ELEMENT_NODE)
    return FALSE;
  classes = kv_xml_tree_get_attribute (node, "class");
  if (classes == NULL)
    return FALSE;

  words = g_strsplit_set (classes, " \t\n", -1);
  return g_strv_contains ((const char * const *) words, name);
}

/* Finds the first element below @node with @class, depth first. */
static xmlNode *
find_class (xmlNode    *node,
            const char *class)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      xmlNode *found;

      if (child->type != XML_ELEMENT_NODE)
        continue;
      if (has_class (child, class))
        return child;
      if ((found = find_class (child, class)) != NULL)
        return found;
    }
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
  gboolean *too_deep = ctxt->_private;

  /* The HTML parser recovers from everything but excessive depth. */
  if (error->level >= XML_ERR_ERROR && error->message != NULL && strstr (error->message, "depth") != NULL)
    *too_deep = TRUE;
}

/* Counts the depth without recursion, following parent links. */
static guint
tree_depth (xmlNode *root)
{
  xmlNode *node = root;
  guint depth = 1, max = 1;

  while (node != NULL)
    {
      if (node->children != NULL)
        {
          node = node->children;
          max = MAX (max, ++depth);
          continue;
        }
      while (node != NULL && node != root && node->next == NULL)
        {
          node = node->parent;
          depth--;
        }
      if (node == NULL || node == root)
        break;
      node = node->next;
    }

  return max;
}

static xmlDoc *
parse (const char  *text,
       gsize        len,
       GError     **error)
{
  gboolean too_deep = FALSE;
  htmlParserCtxt *ctxt;
  xmlDoc *doc;

  if (len > G_MAXINT)
    {
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_TOO_LARGE,
                   _("The file is larger than %u MB and is not opened."),
                   (guint) (KV_DOCUMENT_MAX_SIZE / (1024 * 1024)));
      return NULL;
    }

  ctxt = htmlNewParserCtxt ();
  if (ctxt == NULL)
    g_error ("%s: out of memory", G_STRFUNC);

  ctxt->_private = &too_deep;
  ctxt->sax->serror = on_error;

  /* The loader made the text UTF-8; a <meta charset> must not undo that. */
  doc = htmlCtxtReadMemory (ctxt, text, (int) len, NULL, "UTF-8",
                            HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  htmlFreeParserCtxt (ctxt);

  if (doc != NULL && !too_deep && xmlDocGetRootElement (doc) != NULL &&
      tree_depth (xmlDocGetRootElement (doc)) > MAX_DEPTH)
    too_deep = TRUE;

  if (too_deep)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                   _("The file nests its elements more than %u levels deep and is not opened."), MAX_DEPTH);
      return NULL;
    }

  if (doc == NULL || xmlDocGetRootElement (doc) == NULL)
    {
      g_clear_pointer (&doc, xmlFreeDoc);
      g_set_error_literal (error, KV_DOCUMENT_ERROR, KV_DOCUMENT_ERROR_INVALID,
                           _("The file could not be read as an HTML page."));
      return NULL;
    }

  return doc;
}

/* Inline content */

static void
write_node (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *node);

static void
write_children (Reader       *self,
                KvTextWriter *writer,
                xmlNode      *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    write_node (self, writer, child);
}

/* "#ID-2016Z00020-d37e57" or "#n2" names the note; the link text is its
 * number, which serves when the name is not found.
 */
static void
write_note_ref (Reader       *self,
                KvTextWriter *writer,
                xmlNode      *link)
{
  g_autofree char *href = kv_xml_tree_get_attribute (link, "href");
  g_autofree char *label = kv_xml_tree_text_of (link);
  guint number = 0;

  if (href != NULL && href[0] == '#')
    number = GPOINTER_TO_UINT (g_hash_table_lookup (self->notes_by_id, href + 1));
  if (number == 0)
    number = kv_xml_tree_parse_number (label);

  if (number == 0)
    {
      g_autofree char *msg = g_strdup_printf (_("A footnote reference points to no footnote (“%s”)."),
                                              href != NULL ? href : label);

      kv_document_add_warning (self->doc, msg);
      return;
    }

  if (*label == '\0')
    g_set_str (&label, "?");
  kv_text_writer_marker (writer, label, number);
  kv_publication_cite (self->pub, number);
}

/* What a raised number after @before is a power or unit of: "10³",
 * "x²", "m²". */
static gboolean
is_power_base (const char *before)
{
  gsize len = strlen (before);

  if (len >= 1 && g_ascii_isalpha (before[len - 1]) && (len == 1 || !g_ascii_isalpha (before[len - 2])))
    return TRUE;

  return kv_dutch_ends_in_power_base (before, len);
}

/* A plain <sup>1</sup> of the question's text, where pages have no
 * a.nootnum, is a marker when there is such a note. */
static gboolean
try_sup_marker (Reader       *self,
                KvTextWriter *writer,
                xmlNode      *sup)
{
  g_autofree char *label = NULL;
  guint number;

  /* Only <sup>12</sup>, so that nested elements are not read again and again. */
  if (self->in_note || sup->children == NULL || sup->children->next != NULL || sup->children->type != XML_TEXT_NODE)
    return FALSE;

  label = kv_xml_tree_text_of (sup);
  number = kv_xml_tree_parse_number (label);
  if (number == 0 || !kv_publication_has_footnote (self->pub, number))
    return FALSE;

  if (sup->prev != NULL && sup->prev->type == XML_TEXT_NODE && sup->prev->content != NULL &&
      is_power_base ((const char *) sup->prev->content))
    return FALSE;

  kv_text_writer_marker (writer, label, number);
  kv_publication_cite (self->pub, number);
  return TRUE;
}

/* tweedekamer.nl flattens the markers of questions, "…2024?1", and of
 * quotes; after a full stop digits are too often text ("nr.2", "(CBS).3
 * procent") to be taken for one. */
static gboolean
ends_question_or_quote (const char *text,
                        const char *p)
{
  return p > text && p[-1] != '.' && p[-1] != ')' && kv_dutch_ends_sentence (text, (gsize) (p - text));
}

/* "…op 14 februari 2025.1 Klopt het…": after a number and a full stop,
 * digits of @n bytes at @p are a marker only where a new sentence
 * follows them; "artikel 3.2 van" and "nr.3 en" stay text. */
static gboolean
ends_sentence_with_number (const char *text,
                           const char *p,
                           gsize       n)
{
  return p - text >= 2 && p[-1] == '.' && g_ascii_isdigit (p[-2]) && p[n] == ' ' && g_ascii_isupper (p[n + 1]);
}

/* Whether the element before text @node ends a question or quote:
 * "<em>«Tel mee met Taal»</em>1?". Only its last text is looked at. */
static gboolean
follows_question_or_quote (xmlNode *node)
{
  xmlNode *last = node->prev;
  const char *before;

  while (last != NULL && last->type == XML_ELEMENT_NODE)
    last = last->last;
  if (last == NULL || last->type != XML_TEXT_NODE || last->content == NULL)
    return FALSE;

  before = (const char *) last->content;
  return ends_question_or_quote (before, before + strlen (before));
}

/* "<em>De Telegraaf</em>1", "<i>«Titel»</i>,1": a title set in italics or
 * bold ends where its marker goes, also without a quote or question mark.
 * @p is in the text @node that follows it, after at most a comma. */
static gboolean
follows_emphasis (xmlNode    *node,
                  const char *text,
                  const char *p)
{
  xmlNode *prev = node->prev;
  const char *name;

  if (p > text + 1 || (p == text + 1 && *text != ','))
    return FALSE;
  if (prev == NULL || prev->type != XML_ELEMENT_NODE)
    return FALSE;

  name = (const char *) prev->name;
  return g_str_equal (name, "em") || g_str_equal (name, "i") || g_str_equal (name, "b") || g_str_equal (name, "strong");
}

/* The number at @p, if it is the next note's marker flattened onto the
 * text: "…van 29 maart 2024?1", "…onkostenvergoeding»?1 2". Returns its
 * length in bytes, or 0. */
static gsize
flattened_marker (Reader     *self,
                  const char *p,
                  guint      *number)
{
  guint64 value = 0;
  gsize n = 0;

  while (g_ascii_isdigit (p[n]) && n < 5)
    value = value * 10 + (guint64) (p[n++] - '0');

  if (n == 0 || g_ascii_isalnum (p[n]) || !kv_publication_is_next_citation (self->pub, (guint) value))
    return 0;

  *number = (guint) value;
  return n;
}

static void
write_text (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *node)
{
  const char *text = (const char *) node->content;
  const char *start = text;

  for (const char *p = text; *p != '\0'; p++)
    {
      guint number;
      gsize n;

      if (self->in_note || !g_ascii_isdigit (*p) || (n = flattened_marker (self, p, &number)) == 0 ||
          !(follows_emphasis (node, text, p) || ends_sentence_with_number (text, p, n) ||
            (p == text ? follows_question_or_quote (node) : ends_question_or_quote (text, p))))
        continue;

      if (p > start)
        {
          g_autofree char *before = g_strndup (start, (gsize) (p - start));

          kv_text_writer_text (writer, before);
        }

      for (;;)
        {
          char label[8];

          g_snprintf (label, sizeof label, "%u", number);
          kv_text_writer_marker (writer, label, number);
          kv_publication_cite (self->pub, number);
          p += n;

          /* "?1 2": the markers of one place. */
          if (*p != ' ' || (n = flattened_marker (self, p + 1, &number)) == 0)
            break;
          p++;
        }
      start = p;
      p--;  /* the loop steps to the character after the markers */
    }

  kv_text_writer_text (writer, start);
}

static void
write_styled (Reader       *self,
              KvTextWriter *writer,
              xmlNode      *node,
              KvRunStyle    style)
{
  KvRunStyle saved = writer->style;

  writer->style |= style;
  write_children (self, writer, node);
  writer->style = saved;
}

static void
write_link (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *node)
{
  g_autofree char *href = kv_xml_tree_get_attribute (node, "href");
  const char *saved = writer->link;

  if (href != NULL)
    g_strstrip (href);
  kv_text_writer_set_link (writer, href);
  write_children (self, writer, node);
  writer->link = saved;
}

static void
write_list (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *list)
{
  guint index = 0;

  for (xmlNode *li = list->children; li != NULL; li = li->next)
    {
      if (!kv_xml_tree_is_element (li, "li"))
        continue;

      kv_text_writer_begin_block (writer, KV_BLOCK_LIST_ITEM);
      /* The browser numbers an ordered list; the text must say it. */
      if (kv_xml_tree_is_element (list, "ol"))
        {
          char number[16];

          g_snprintf (number, sizeof number, "%u. ", ++index);
          kv_text_writer_text (writer, number);
        }
      write_children (self, writer, li);
    }
  kv_text_writer_end_block (writer);
}

static void
write_block (Reader       *self,
             KvTextWriter *writer,
             xmlNode      *node,
             KvBlockKind   kind)
{
  kv_text_writer_begin_block (writer, kind);
  write_children (self, writer, node);
  kv_text_writer_end_block (writer);
}

/* The cells of a row are words apart, "2023 1.412.000", also when each
 * holds paragraphs: the row is one paragraph. */
static void
write_cell (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *cell)
{
  for (xmlNode *child = cell->children; child != NULL; child = child->next)
    {
      if (kv_xml_tree_is_element (child, "p") || kv_xml_tree_is_element (child, "div"))
        write_children (self, writer, child);
      else
        write_node (self, writer, child);
      kv_text_writer_text (writer, " ");
    }
}

static void
write_node (Reader       *self,
            KvTextWriter *writer,
            xmlNode      *node)
{
  const char *name;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      write_text (self, writer, node);
      return;
    }
  if (node->type != XML_ELEMENT_NODE)
    return;

  name = (const char *) node->name;
  if (g_str_equal (name, "a") && has_class (node, "nootnum"))
    write_note_ref (self, writer, node);
  else if (g_str_equal (name, "sup") && try_sup_marker (self, writer, node))
    return;
  else if (g_str_equal (name, "a"))
    write_link (self, writer, node);
  else if (g_str_equal (name, "b") || g_str_equal (name, "strong"))
    write_styled (self, writer, node, KV_RUN_STYLE_BOLD);
  else if (g_str_equal (name, "i") || g_str_equal (name, "em"))
    write_styled (self, writer, node, KV_RUN_STYLE_ITALIC);
  else if (g_str_equal (name, "ul") || g_str_equal (name, "ol"))
    write_list (self, writer, node);
  else if (g_str_equal (name, "h2") || g_str_equal (name, "h3") || g_str_equal (name, "h4") ||
           g_str_equal (name, "h5") || g_str_equal (name, "h6"))
    write_block (self, writer, node, KV_BLOCK_HEADING);
  else if (g_str_equal (name, "p") || g_str_equal (name, "div") || g_str_equal (name, "tr") ||
           g_str_equal (name, "blockquote"))
    write_block (self, writer, node, KV_BLOCK_PARAGRAPH);
  else if (g_str_equal (name, "br"))
    kv_text_writer_text (writer, " ");
  else if (g_str_equal (name, "td") || g_str_equal (name, "th"))
    write_cell (self, writer, node);
  else if (g_str_equal (name, "script") || g_str_equal (name, "style") || g_str_equal (name, "noscript"))
    return;
  else
    write_children (self, writer, node);
}

/* Footnotes */

/* The note's name: the id of the anchor in its number, or the div's own
 * id without the "supernote-note-" of the page script.
 */
static char *
note_id (xmlNode *note,
         xmlNode *nootnum)
{
  g_autofree char *div_id = kv_xml_tree_get_attribute (note, "id");

  for (xmlNode *child = nootnum != NULL ? nootnum->children : NULL; child != NULL; child = child->next)
    if (kv_xml_tree_is_element (child, "a"))
      {
        char *id = kv_xml_tree_get_attribute (child, "id");

        if (id == NULL)
          id = kv_xml_tree_get_attribute (child, "name");
        if (id != NULL)
          return id;
      }

  if (div_id != NULL && g_str_has_prefix (div_id, "supernote-note-"))
    return g_strdup (div_id + strlen ("supernote-note-"));
  return g_steal_pointer (&div_id);
}

/* The first element in @node, if no text comes before it. */
static xmlNode *
first_element (xmlNode *node)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_ELEMENT_NODE)
        return child;
      if (child->type == XML_TEXT_NODE && child->content != NULL &&
          strspn ((const char *) child->content, " \t\r\n") != strlen ((const char *) child->content))
        return NULL;
    }
  return NULL;
}

/* The element with a note's number: span.nootnum, or else a <sup> that
 * starts the note or its first paragraph, "<p><sup>1</sup> NOS, …</p>";
 * one further on is the note's text, "µg/m<sup>3</sup>". */
static xmlNode *
find_note_number (xmlNode *note)
{
  xmlNode *nootnum = find_class (note, "nootnum");
  xmlNode *first;

  if (nootnum != NULL)
    return nootnum;

  first = first_element (note);
  if (first != NULL && !kv_xml_tree_is_element (first, "sup"))
    first = first_element (first);

  return kv_xml_tree_is_element (first, "sup") ? first : NULL;
}

static void
read_note (Reader  *self,
           xmlNode *note)
{
  g_autoptr (KvRichText) rich = kv_rich_text_new ();
  g_autoptr (GPtrArray) urls = g_ptr_array_new_null_terminated (1, g_free, TRUE);
  xmlNode *nootnum = find_note_number (note);
  g_autofree char *id = note_id (note, nootnum);
  g_autofree char *label = nootnum != NULL ? kv_xml_tree_text_of (nootnum) : NULL;
  guint number = label != NULL ? kv_xml_tree_parse_number (label) : 0;
  KvTextWriter writer;

  if (number == 0)
    number = kv_publication_next_footnote (self->pub);

  /* The number is no text of the note, also where it sits in the note's
   * paragraph: <p><span class="nootnum">1</span> De Telegraaf…</p>. */
  if (nootnum != NULL)
    {
      xmlUnlinkNode (nootnum);
      xmlFreeNode (nootnum);
    }

  kv_text_writer_init (&writer, rich, urls);
  self->in_note = TRUE;
  for (xmlNode *child = note->children; child != NULL; child = child->next)
    {
      /* Nor are the page's "X Noot" close button and the <sup> that held
       * the number. */
      if (kv_xml_tree_is_element (child, "sup") || kv_xml_tree_is_element (child, "h5"))
        continue;
      write_node (self, &writer, child);
    }
  self->in_note = FALSE;
  kv_text_writer_clear (&writer);

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
      if (has_class (child, "noot") && (has_class (child, "voet") || find_class (child, "nootnum") != NULL))
        read_note (self, child);
      else
        collect_notes (self, child);
    }
}

/* Questions and answers */

/* The label: the first heading, or a `p.nummer`, read as "Vraag 2, 3"
 * or "1". Returns the label element, or NULL.
 */
static xmlNode *
find_label (xmlNode *node,
            GArray  *numbers)
{
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      g_autofree char *text = NULL;
      KvDutchLabel kind;

      if (child->type != XML_ELEMENT_NODE)
        continue;

      text = kv_xml_tree_text_of (child);
      /* An anchor to link to, <a id="d16e43"></a>, may come first. */
      if (*text == '\0')
        continue;
      if (!g_str_equal ((const char *) child->name, "h2") && !g_str_equal ((const char *) child->name, "h3") &&
          !has_class (child, "nummer"))
        return NULL;

      kv_dutch_parse_label (text, &kind, numbers);
      return child;
    }
  return NULL;
}

static void
read_question_or_answer (Reader  *self,
                         xmlNode *node,
                         gboolean is_answer)
{
  g_autoptr (GArray) numbers = g_array_new (FALSE, FALSE, sizeof (guint));
  xmlNode *label = find_label (node, numbers);
  g_autoptr (KvRichText) content = kv_rich_text_new ();
  KvTextWriter writer;

  kv_text_writer_init (&writer, content, NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    if (child != label)
      write_node (self, &writer, child);
  kv_text_writer_clear (&writer);

  if (is_answer)
    kv_publication_add_answer (self->pub, numbers, content);
  else
    kv_publication_add_question (self->pub, numbers, content);
}

/* The text of a Toelichting or Mededeling block. A title of its own,
 * "Mededeling" or "Toelichting:", or at the start of the first paragraph,
 * is no text, and says what the block is (@titled): a
 * kamervraagopmerking may hold either. */
static KvRichText *
read_note_text (Reader     *self,
                xmlNode    *node,
                KvNoteKind *kind,
                gboolean   *titled)
{
  KvRichText *text = kv_rich_text_new ();
  KvTextWriter writer;
  gboolean first = TRUE;

  *titled = FALSE;
  kv_text_writer_init (&writer, text, NULL);
  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (first && child->type == XML_ELEMENT_NODE)
        {
          g_autofree char *content = kv_xml_tree_text_of (child);
          gboolean alone = FALSE;
          const char *title = kv_dutch_note_title (content, kind, &alone);

          first = FALSE;
          *titled = title != NULL;
          if (alone)
            continue;
          kv_text_writer_drop (&writer, title);
        }
      write_node (self, &writer, child);
    }
  kv_text_writer_clear (&writer);

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
  g_autofree char *value = NULL;

  if (name == NULL || content == NULL)
    return;

  value = kv_dutch_normalize_space (content);
  if (g_str_equal (name, "OVERHEIDop.publicationName"))
    {
      if (strstr (value, "Aanhangsel") != NULL)
        kv_publication_set_kind_hint (self->pub, KV_DOCUMENT_KIND_ANSWERS);
      else if (strstr (value, "zonder antwoord") != NULL)
        kv_publication_set_kind_hint (self->pub, KV_DOCUMENT_KIND_QUESTIONS);
    }
  else
    kv_dutch_take_meta (self->doc, name, value);
}

static void
read_omschrijving (Reader  *self,
                   xmlNode *node)
{
  g_autofree char *text = kv_xml_tree_words_of (node);

  if (kv_dutch_is_answer_header (text))
    {
      kv_dutch_read_answer_header (self->doc, text);
      kv_publication_set_kind_hint (self->pub, g_str_has_prefix (text, "Mededeling ")
                                               ? KV_DOCUMENT_KIND_DELAY_NOTICE : KV_DOCUMENT_KIND_ANSWERS);
    }
  else if (strstr (text, " van ") != NULL)
    {
      kv_dutch_read_question_header (self->doc, text);
      kv_publication_set_kind_hint (self->pub, g_str_has_prefix (text, "Mondelinge ")
                                               ? KV_DOCUMENT_KIND_ORAL_QUESTIONS : KV_DOCUMENT_KIND_QUESTIONS);
    }
}

static void
read_element (Reader  *self,
              xmlNode *node)
{
  if (kv_xml_tree_is_element (node, "meta"))
    read_meta (self, node);
  else if (has_class (node, "vraag"))
    read_question_or_answer (self, node, FALSE);
  else if (has_class (node, "antwoord"))
    read_question_or_answer (self, node, TRUE);
  else if (has_class (node, "kamervraagopmerking"))
    read_note_block (self, node, TRUE);
  else if (has_class (node, "toelichting"))
    read_note_block (self, node, FALSE);
  else if (has_class (node, "kamervraagomschrijving_kop") || has_class (node, "kamervraagomschrijving"))
    read_omschrijving (self, node);
  else if (kv_xml_tree_is_element (node, "script") || kv_xml_tree_is_element (node, "style") || has_class (node, "noot"))
    return;
  else
    {
      g_autofree char *id = kv_xml_tree_get_attribute (node, "id");

      if (id != NULL && g_str_equal (id, "noten"))
        return;
      for (xmlNode *child = node->children; child != NULL; child = child->next)
        if (child->type == XML_ELEMENT_NODE)
          read_element (self, child);
    }
}

/* A saved page ends with </html>; one cut short does not. */
static gboolean
looks_cut_off (const char *text,
               gsize       len)
{
  gsize tail = MIN (len, 4096);
  g_autofree char *end = g_ascii_strdown (text + len - tail, (gssize) tail);
  g_autofree char *head = g_ascii_strdown (text, (gssize) MIN (len, 4096));

  return strstr (head, "<html") != NULL && strstr (end, "</html") == NULL;
}

/**
 * kv_html_reader_read:
 * @text: UTF-8 text of the page
 * @length: length of @text in bytes
 * @error: return location for a #GError
 *
 * Reads an Officiële Bekendmakingen HTML page, or fragments of one.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
KvDocument *
kv_html_reader_read (const char  *text,
                     gsize        length,
                     GError     **error)
{
  g_autoptr (KvDocument) doc = NULL;
  g_autoptr (KvPublication) pub = NULL;
  Reader self = { 0 };
  xmlDoc *html;
  xmlNode *root;

  g_return_val_if_fail (text != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  html = parse (text, length, error);
  if (html == NULL)
    return NULL;

  doc = kv_document_new ();
  pub = kv_publication_new (doc);
  self.doc = doc;
  self.pub = pub;
  self.notes_by_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  root = xmlDocGetRootElement (html);
  collect_notes (&self, root);
  read_element (&self, root);

  if (looks_cut_off (text, length))
    kv_document_add_warning (doc, _("The page has no end; the file may be incomplete."));

  kv_publication_finish (pub);

  g_hash_table_unref (self.notes_by_id);
  xmlFreeDoc (html);

  return g_steal_pointer (&doc);
}
