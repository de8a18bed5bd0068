/* mc-json.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-json.h"

/* Reading members of JSON from the network, which may be missing or of
 * another type: json-glib 1.6 has no *_with_default for arrays and
 * objects, and its getters complain about the wrong type. */

/**
 * mc_json_get_array:
 * @object: an object
 * @name: a member
 *
 * Returns: (transfer none) (nullable): the member if it is an array
 */
JsonArray *
mc_json_get_array (JsonObject *object,
                   const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

/**
 * mc_json_get_object:
 * @object: an object
 * @name: a member
 *
 * Returns: (transfer none) (nullable): the member if it is an object
 */
JsonObject *
mc_json_get_object (JsonObject *object,
                    const char *name)
{
  JsonNode *node = json_object_get_member (object, name);

  return node != NULL && JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/**
 * mc_json_get_code:
 * @object: an object
 * @name: a member holding a number, or a number written as text
 * @missing: what to return when it holds neither
 *
 * The portal's codes ("error_code", …) come as numbers or as texts.
 *
 * Returns: the number
 */
gint64
mc_json_get_code (JsonObject *object,
                  const char *name,
                  gint64      missing)
{
  JsonNode *node = json_object_get_member (object, name);
  const char *text;
  char *end;
  gint64 value;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return missing;
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return json_node_get_int (node);
  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return missing;

  text = json_node_get_string (node);
  value = g_ascii_strtoll (text, &end, 10);
  return end != text && *end == '\0' ? value : missing;
}
