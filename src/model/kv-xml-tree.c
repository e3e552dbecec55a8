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
