/* kv-model.h
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "kv-document.h"
#include "kv-document-loader.h"
#include "kv-fold.h"
#include "kv-footnote.h"
#include "kv-html-reader.h"
#include "kv-item.h"
#include "kv-json-format.h"
#include "kv-model-enums.h"
#include "kv-note.h"
#include "kv-pairing.h"
#include "kv-person.h"
#include "kv-rich-text.h"
#include "kv-text-reader.h"
#include "kv-uri.h"
#include "kv-xml-reader.h"
