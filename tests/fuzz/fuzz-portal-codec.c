/* fuzz-portal-codec.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "mc-error.h"
#include "mc-fuzz.h"
#include "mc-portal-dossier.h"

/* The portal's dossier and step codec (mc-portal-dossier.c) on whatever
 * the network may bring. The input is JSON text: an object is read both
 * as a dossier and as a step, and so is each item of a list or of a
 * "data" list, as in the answers of LayHoSoThayDoi. Whatever decodes must
 * survive the round trip: encoded, written as text, parsed and decoded
 * again, it is the same dossier or step. */

/* Through the text, as on the wire. */
static JsonObject *
through_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = json_to_string (node, FALSE);

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));

  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
assert_steps_equal (const McPortalStep *a,
                    const McPortalStep *b)
{
  g_assert_cmpstr (a->step_id, ==, b->step_id);
  g_assert_cmpstr (a->code, ==, b->code);
  g_assert_cmpstr (a->actor_name, ==, b->actor_name);
  g_assert_cmpstr (a->actor_title, ==, b->actor_title);
  g_assert_cmpstr (a->unit_name, ==, b->unit_name);
  g_assert_cmpstr (a->content, ==, b->content);
  g_assert_cmpint (a->status, ==, b->status);
  g_assert_cmpint (a->time, ==, b->time);
  g_assert_cmpint (a->started_at, ==, b->started_at);
  g_assert_cmpint (a->due_at, ==, b->due_at);
}

static void
check_dossier (JsonObject *object)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalDossier) dossier = NULL;
  g_autoptr(McPortalDossier) again = NULL;
  g_autoptr(JsonObject) encoded = NULL;
  g_autoptr(JsonObject) received = NULL;

  dossier = mc_portal_dossier_from_json (object, &error);
  if (dossier == NULL)
    {
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      return;
    }
  g_assert_no_error (error);

  /* Texts are never NULL (mc-portal-dossier.h). */
  g_assert_nonnull (dossier->code);
  g_assert_nonnull (dossier->email);
  g_assert_nonnull (dossier->birth_date);
  g_assert_nonnull (dossier->workstation);
  g_assert_cmpuint (dossier->version, >=, 1);

  encoded = mc_portal_dossier_to_json (dossier);
  received = through_text (encoded);
  again = mc_portal_dossier_from_json (received, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_true (mc_portal_dossier_equal (dossier, again));
}

static void
check_step (JsonObject *object)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalStep) step = NULL;
  g_autoptr(McPortalStep) again = NULL;
  g_autoptr(JsonObject) encoded = NULL;
  g_autoptr(JsonObject) received = NULL;

  step = mc_portal_step_from_json (object, &error);
  if (step == NULL)
    {
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      return;
    }
  g_assert_no_error (error);

  encoded = mc_portal_step_to_json (step);
  received = through_text (encoded);
  again = mc_portal_step_from_json (received, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  assert_steps_equal (step, again);
}

static void
check_node (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      check_dossier (json_node_get_object (node));
      check_step (json_node_get_object (node));
    }
}

static void
check_list (JsonArray *list)
{
  for (guint i = 0; i < json_array_get_length (list); i++)
    check_node (json_array_get_element (list, i));
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  mc_fuzz_init ();
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  JsonNode *root;
  JsonNode *list;

  /* An empty input has no data, which the parser refuses as NULL. */
  if (size == 0 || !mc_fuzz_is_one_value (data, size) ||
      !json_parser_load_from_data (parser, (const char *) data, (gssize) size, NULL))
    return 0;

  root = json_parser_get_root (parser);
  if (root == NULL)
    return 0;

  if (JSON_NODE_HOLDS_ARRAY (root))
    {
      check_list (json_node_get_array (root));
      return 0;
    }

  check_node (root);

  /* An answer of LayHoSoThayDoi: {"data": [ <dossier> … ]}. */
  if (JSON_NODE_HOLDS_OBJECT (root) &&
      (list = json_object_get_member (json_node_get_object (root), "data")) != NULL &&
      JSON_NODE_HOLDS_ARRAY (list))
    check_list (json_node_get_array (list));

  return 0;
}
