/* kv-xml-tree.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>
#include <libxml/tree.h>

G_BEGIN_DECLS

/* The libxml2 tree as the XML and HTML readers ask it. */

gboolean  kv_xml_tree_is_element    (xmlNode    *node,
                                     const char *name);
char     *kv_xml_tree_get_attribute (xmlNode    *node,
                                     const char *name);
char     *kv_xml_tree_text_of       (xmlNode    *node);
char     *kv_xml_tree_words_of      (xmlNode    *node);
guint     kv_xml_tree_parse_number  (const char *text);

G_END_DECLS
