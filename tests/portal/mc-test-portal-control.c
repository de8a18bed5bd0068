/* mc-test-portal-control.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include "mc-test-portal-private.h"

/* POST /_test: the in-process API for a client that runs in another
 * process (the app under an end-to-end test). See mc-test-portal.h. */

typedef JsonObject *(*ActionFunc) (McTestPortal *self,
                                   JsonObject   *request,
                                   GError      **error);

static JsonObject *
ok (void)
{
  return _mc_test_portal_answer_new (0, "OK");
}

static gboolean
fail (GError    **error,
      const char *member)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               "Missing or invalid “%s”", member);
  return FALSE;
}

static JsonObject *
refuse (GError    **error,
        const char *member)
{
  fail (error, member);
  return NULL;
}

static JsonObject *
get_object (JsonObject  *request,
            const char  *member,
            GError     **error)
{
  JsonNode *node = json_object_get_member (request, member);

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return refuse (error, member);

  return json_node_get_object (node);
}

static gboolean
get_faults (JsonObject         *request,
            GArray            **faults,
            GError            **error)
{
  JsonNode *node = json_object_get_member (request, "faults");
  JsonArray *nicks;

  *faults = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, "faults");

  nicks = json_node_get_array (node);
  *faults = g_array_new (FALSE, FALSE, sizeof (McTestPortalFault));
  for (guint i = 0; i < json_array_get_length (nicks); i++)
    {
      McTestPortalFault fault;

      if (!mc_test_portal_fault_from_string (json_array_get_string_element (nicks, i), &fault))
        {
          g_clear_pointer (faults, g_array_unref);
          return fail (error, "faults");
        }
      g_array_append_val (*faults, fault);
    }

  return TRUE;
}

static JsonObject *
set_fault_rate (McTestPortal  *self,
                JsonObject    *request,
                GError       **error)
{
  g_autoptr(GArray) faults = NULL;
  JsonNode *node = json_object_get_member (request, "rate");
  double rate;
  gint64 seed = 0;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      (json_node_get_value_type (node) != G_TYPE_DOUBLE &&
       json_node_get_value_type (node) != G_TYPE_INT64))
    return refuse (error, "rate");

  rate = json_node_get_double (node);
  if (rate < 0.0 || rate > 1.0)
    return refuse (error, "rate");
  if (json_object_has_member (request, "seed") &&
      !_mc_test_portal_get_int (request, "seed", &seed))
    return refuse (error, "seed");
  if (!get_faults (request, &faults, error))
    return NULL;

  mc_test_portal_set_fault_rate (self, rate, (guint32) seed);
  if (faults != NULL)
    mc_test_portal_set_random_faults (self, (McTestPortalFault *) (gpointer) faults->data,
                                      faults->len);
  else
    mc_test_portal_set_random_faults (self, NULL, 0);

  return ok ();
}

static JsonObject *
queue_fault (McTestPortal  *self,
             JsonObject    *request,
             GError       **error)
{
  const char *service = _mc_test_portal_get_string (request, "service");
  McTestPortalFault fault;

  if (!mc_test_portal_fault_from_string (_mc_test_portal_get_string (request, "fault"), &fault))
    return refuse (error, "fault");

  mc_test_portal_queue_fault (self, service, fault);
  return ok ();
}

static JsonObject *
clear_faults (McTestPortal  *self,
              JsonObject    *request,
              GError       **error)
{
  mc_test_portal_clear_faults (self);
  return ok ();
}

static JsonObject *
get_state (McTestPortal  *self,
           JsonObject    *request,
           GError       **error)
{
  JsonObject *answer = _mc_test_portal_store_state (self->store);
  JsonObject *calls = json_object_new ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  g_hash_table_iter_init (&iter, self->calls);
  while (g_hash_table_iter_next (&iter, &key, &value))
    json_object_set_int_member (calls, key, GPOINTER_TO_UINT (value));

  json_object_set_int_member (answer, "error_code", 0);
  json_object_set_object_member (answer, "n_calls", calls);
  json_object_set_int_member (answer, "total_calls", self->n_calls);
  json_object_set_int_member (answer, "n_faults", self->n_faults);
  json_object_set_boolean_member (answer, "faults_pending",
                                  !g_queue_is_empty (&self->queued_faults));
  return answer;
}

static JsonObject *
online_filing (McTestPortal  *self,
               JsonObject    *request,
               GError       **error)
{
  JsonObject *dossier = get_object (request, "dossier", error);

  if (dossier == NULL)
    return NULL;
  if (_mc_test_portal_get_string (dossier, "MaHoSo") == NULL)
    return refuse (error, "dossier.MaHoSo");

  mc_test_portal_add_online_filing (self, dossier);
  return ok ();
}

static JsonObject *
store_from (McTestPortal  *self,
            JsonObject    *request,
            GError       **error)
{
  const char *mamay = _mc_test_portal_get_string (request, "mamay");
  JsonObject *dossier;

  if (mamay == NULL)
    return refuse (error, "mamay");
  if ((dossier = get_object (request, "dossier", error)) == NULL)
    return NULL;
  if (_mc_test_portal_get_string (dossier, "MaHoSo") == NULL)
    return refuse (error, "dossier.MaHoSo");

  mc_test_portal_store_from (self, mamay, dossier);
  return ok ();
}

static JsonObject *
lookup (McTestPortal  *self,
        JsonObject    *request,
        GError       **error)
{
  const char *mahoso = _mc_test_portal_get_string (request, "mahoso");
  JsonObject *dossier;
  JsonObject *answer;

  if (mahoso == NULL)
    return refuse (error, "mahoso");

  dossier = mc_test_portal_lookup_dossier (self, mahoso);
  if (dossier == NULL)
    return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_NOT_FOUND, "Not stored");

  answer = ok ();
  json_object_set_object_member (answer, "data", json_object_ref (dossier));
  return answer;
}

static JsonObject *
set_calendar (McTestPortal  *self,
              JsonObject    *request,
              GError       **error)
{
  JsonNode *node = json_object_get_member (request, "data");
  gint64 year;

  if (!_mc_test_portal_get_int (request, "nam", &year) || year < 1900 || year > 9999)
    return refuse (error, "nam");
  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return refuse (error, "data");

  mc_test_portal_set_calendar (self, (int) year, json_node_get_array (node));
  return ok ();
}

static JsonObject *
set_session_lifetime (McTestPortal  *self,
                      JsonObject    *request,
                      GError       **error)
{
  gint64 seconds;

  if (!_mc_test_portal_get_int (request, "seconds", &seconds) || seconds < 0 || seconds > G_MAXUINT)
    return refuse (error, "seconds");

  mc_test_portal_set_session_lifetime (self, (guint) seconds);
  return ok ();
}

static JsonObject *
set_timeout_delay (McTestPortal  *self,
                   JsonObject    *request,
                   GError       **error)
{
  gint64 ms;

  if (!_mc_test_portal_get_int (request, "ms", &ms) || ms < 0 || ms > G_MAXUINT)
    return refuse (error, "ms");

  mc_test_portal_set_timeout_delay (self, (guint) ms);
  return ok ();
}

static JsonObject *
expire_sessions (McTestPortal  *self,
                 JsonObject    *request,
                 GError       **error)
{
  mc_test_portal_expire_sessions (self);
  return ok ();
}

static const struct
{
  const char *name;
  ActionFunc  run;
} actions[] = {
  { "fault_rate", set_fault_rate },
  { "queue_fault", queue_fault },
  { "clear_faults", clear_faults },
  { "state", get_state },
  { "online_filing", online_filing },
  { "store_from", store_from },
  { "lookup", lookup },
  { "calendar", set_calendar },
  { "session_lifetime", set_session_lifetime },
  { "timeout_delay", set_timeout_delay },
  { "expire_sessions", expire_sessions },
};

JsonObject *
_mc_test_portal_control (McTestPortal *self,
                         JsonObject   *request,
                         guint        *http_status)
{
  const char *action = _mc_test_portal_get_string (request, "action");
  g_autoptr(GError) error = NULL;
  JsonObject *answer;

  *http_status = SOUP_STATUS_OK;
  for (guint i = 0; action != NULL && i < G_N_ELEMENTS (actions); i++)
    {
      if (!g_str_equal (actions[i].name, action))
        continue;

      answer = actions[i].run (self, request, &error);
      if (answer != NULL)
        return answer;

      *http_status = SOUP_STATUS_BAD_REQUEST;
      return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_BAD_REQUEST, error->message);
    }

  *http_status = SOUP_STATUS_BAD_REQUEST;
  return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_BAD_REQUEST, "Unknown action");
}
