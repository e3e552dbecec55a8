/* kv-xml-tree.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "kv-dutch.h"
#include "kv-xml-tree.h"

gboolean
kv_xml_tree_is_element (xmlNode    *node,
                      const char *name)
{
  return node != NULL && node->type == XML_ELEMENT_NODE && xmlStrEqual (node->name, BAD_CAST name);
}

/**
 * kv_xml_tree_get_attribute:
 * @node: an element
 * @name: the attribute's name
 *
 * Returns: (transfer full) (nullable): the attribute's value, or %NULL
 *   when it is absent
 */
char *
kv_xml_tree_get_attribute (xmlNode    *node,
                         const char *name)
{
  xmlChar *raw = xmlGetProp (node, BAD_CAST name);
  char *value = g_strdup ((const char *) raw);

  xmlFree (raw);
  return value;
}

/**
 * kv_xml_tree_text_of:
 * @node: a node
 *
 * Returns: (transfer full): all text below @node, white space made one
 *   space as kv_dutch_normalize_space() does
 */
char *
kv_xml_tree_text_of (xmlNode *node)
{
  xmlChar *raw = xmlNodeGetContent (node);
  char *text = kv_dutch_normalize_space (raw != NULL ? (const char *) raw : "");

  xmlFree (raw);
  return text;
}

static void
append_words (GString *out,
              xmlNode *node)
{
  gboolean name = kv_xml_tree_is_element (node, "naam");

  for (xmlNode *child = node->children; child != NULL; child = child->next)
    {
      if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE)
        g_string_append (out, (const char *) child->content);
      else if (kv_xml_tree_is_element (child, "br"))
        g_string_append_c (out, ' ');
      else if (kv_xml_tree_is_element (child, "noot"))
        continue;
      else if (child->type == XML_ELEMENT_NODE)
        {
          /* <naam><voornaam>A.E.</voornaam><achternaam>Diertens</achternaam></naam> */
          if (name)
            g_string_append_c (out, ' ');
          append_words (out, child);
        }
    }
}

/**
 * kv_xml_tree_words_of:
 * @node: a node
 *
 * Like kv_xml_tree_text_of(), for the text of a header, which elements
 * break into words: a line break (<br>) and the parts of a name (<naam>)
 * are spaces, and a footnote (<noot>) is no part of it.
 *
 * Returns: (transfer full): all text below @node, white space made one
 *   space
 */
char *
kv_xml_tree_words_of (xmlNode *node)
{
  g_autoptr (GString) text = g_string_new (NULL);

  append_words (text, node);

  return kv_dutch_normalize_space (text->str);
}

/**
 * kv_xml_tree_parse_number:
 * @text: the text of a number attribute or element, "4"
 *
 * Returns: the question or footnote number @text is, nothing else around
 *   it, or 0 when it is none
 */
guint
kv_xml_tree_parse_number (const char *text)
{
  guint64 value = 0;

  if (!g_ascii_string_to_unsigned (text, 10, 1, KV_DUTCH_MAX_NUMBER, &value, NULL))
    return 0;
  return (guint) value;
}
