/* mc-test-portal-services.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include "mc-test-portal-private.h"

/* The services of POST /service, once the session and the agency are
 * checked: each takes the request object and gives the answer object and
 * its HTTP status. */

typedef JsonObject *(*ServiceFunc) (McTestPortalStore *store,
                                    JsonObject        *request,
                                    McTestPortalFault  item_fault,
                                    guint             *http_status);

static JsonObject *
bad_request (guint      *http_status,
             int         error_code,
             const char *message)
{
  *http_status = SOUP_STATUS_BAD_REQUEST;
  return _mc_test_portal_answer_new (error_code, message);
}

/* The "data" array of a push, or NULL with the answer refusing it. */
static JsonArray *
get_items (JsonObject  *request,
           guint        max,
           JsonObject **refusal,
           guint       *http_status)
{
  JsonNode *node = json_object_get_member (request, "data");
  JsonArray *items;

  if (node == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    {
      *refusal = bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST,
                              "Thiếu mảng “data”");
      return NULL;
    }

  items = json_node_get_array (node);
  if (json_array_get_length (items) > max)
    {
      g_autofree char *message = g_strdup_printf ("Tối đa %u phần tử mỗi lần gọi", max);

      *refusal = bad_request (http_status, MC_TEST_PORTAL_ERROR_TOO_MANY_ITEMS, message);
      return NULL;
    }

  return items;
}

/* "gioihan": absent is the default, above the maximum is the maximum. */
static gboolean
get_limit (JsonObject *request,
           guint      *limit)
{
  gint64 value;

  *limit = MC_TEST_PORTAL_DEFAULT_LIMIT;
  if (!json_object_has_member (request, "gioihan") ||
      JSON_NODE_HOLDS_NULL (json_object_get_member (request, "gioihan")))
    return TRUE;

  if (!_mc_test_portal_get_int (request, "gioihan", &value) || value < 1)
    return FALSE;

  *limit = (guint) MIN (value, MC_TEST_PORTAL_MAX_LIMIT);
  return TRUE;
}

/* "sau": absent, null or a string. */
static gboolean
get_after (JsonObject  *request,
           const char **after)
{
  JsonNode *node = json_object_get_member (request, "sau");

  *after = NULL;
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  *after = _mc_test_portal_get_string (request, "sau");
  return *after != NULL;
}

static JsonObject *
item_result (JsonObject *item,
             const char *key)
{
  JsonObject *result = json_object_new ();
  const char *id = item != NULL ? _mc_test_portal_get_string (item, key) : NULL;

  json_object_set_string_member (result, key, id != NULL ? id : "");
  return result;
}

static void
set_outcome (JsonObject *result,
             int         error_code,
             const char *message)
{
  json_object_set_int_member (result, "error_code", error_code);
  json_object_set_string_member (result, "message", message);
}

static JsonObject *
push_dossier (McTestPortalStore *store,
              JsonObject        *item,
              McTestPortalFault  fault)
{
  JsonObject *result = item_result (item, "MaHoSo");
  g_autofree char *message = NULL;
  g_autoptr(JsonObject) portal = NULL;
  McTestPortalDossier *stored;
  gint64 version;
  int code;

  if (item != NULL && _mc_test_portal_get_int (item, "PhienBan", &version))
    json_object_set_int_member (result, "PhienBan", version);
  else
    json_object_set_null_member (result, "PhienBan");

  if (item == NULL)
    {
      set_outcome (result, MC_TEST_PORTAL_ITEM_INVALID, "Phần tử của “data” phải là một đối tượng");
      return result;
    }

  switch (fault)
    {
    case MC_TEST_PORTAL_FAULT_ITEM_422:
      set_outcome (result, MC_TEST_PORTAL_ITEM_INVALID,
                   "Trường TrichYeuHoSo không hợp lệ (lỗi giả lập)");
      return result;

    case MC_TEST_PORTAL_FAULT_ITEM_409:
      stored = _mc_test_portal_store_lookup (store, _mc_test_portal_get_string (item, "MaHoSo"));
      if (stored != NULL)
        portal = json_object_ref (stored->dossier);
      else
        portal = _mc_test_portal_copy_object (item);
      set_outcome (result, MC_TEST_PORTAL_ITEM_CONFLICT, "Xung đột phiên bản (lỗi giả lập)");
      json_object_set_object_member (result, "portal", g_steal_pointer (&portal));
      return result;

    case MC_TEST_PORTAL_FAULT_NONE:
    case MC_TEST_PORTAL_FAULT_HTTP_500:
    case MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS:
    case MC_TEST_PORTAL_FAULT_TIMEOUT:
    case MC_TEST_PORTAL_FAULT_SESSION_EXPIRED:
    case MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE:
    case MC_TEST_PORTAL_FAULT_MALFORMED_JSON:
    default:
      break;
    }

  code = _mc_test_portal_store_push_dossier (store, item, &message, &portal);
  set_outcome (result, code, message);
  if (portal != NULL)
    json_object_set_object_member (result, "portal", g_steal_pointer (&portal));

  return result;
}

typedef JsonObject * (*PushItemFunc) (McTestPortalStore *store,
                                     JsonObject        *item,
                                     McTestPortalFault  fault);

/* A push's answer: one result per item, in order; an item fault hits the
 * first item only. */
static JsonObject *
push_items (McTestPortalStore *store,
            JsonObject        *request,
            guint              max_items,
            PushItemFunc       push_item,
            McTestPortalFault  item_fault,
            guint             *http_status)
{
  JsonObject *answer = NULL;
  JsonArray *items;
  JsonArray *results;

  if ((items = get_items (request, max_items, &answer, http_status)) == NULL)
    return answer;

  results = json_array_new ();
  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonNode *element = json_array_get_element (items, i);
      JsonObject *item = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      McTestPortalFault fault = i == 0 ? item_fault : MC_TEST_PORTAL_FAULT_NONE;

      json_array_add_object_element (results, push_item (store, item, fault));
    }

  answer = _mc_test_portal_answer_new (0, "Đã xử lý");
  json_object_set_array_member (answer, "results", results);
  return answer;
}

static JsonObject *
push_dossiers (McTestPortalStore *store,
               JsonObject        *request,
               McTestPortalFault  item_fault,
               guint             *http_status)
{
  return push_items (store, request, MC_TEST_PORTAL_MAX_DOSSIERS, push_dossier, item_fault,
                     http_status);
}

static JsonObject *
push_step (McTestPortalStore *store,
           JsonObject        *step,
           McTestPortalFault  fault)
{
  JsonObject *result = item_result (step, "BuocId");
  g_autofree char *message = NULL;
  int code;

  if (step == NULL)
    set_outcome (result, MC_TEST_PORTAL_ITEM_INVALID, "Phần tử của “data” phải là một đối tượng");
  else if (fault == MC_TEST_PORTAL_FAULT_ITEM_422)
    set_outcome (result, MC_TEST_PORTAL_ITEM_INVALID,
                 "Trường NoiDungXuLy không hợp lệ (lỗi giả lập)");
  else
    {
      code = _mc_test_portal_store_push_step (store, step, &message);
      set_outcome (result, code, message);
    }

  return result;
}

static JsonObject *
push_steps (McTestPortalStore *store,
            JsonObject        *request,
            McTestPortalFault  item_fault,
            guint             *http_status)
{
  return push_items (store, request, MC_TEST_PORTAL_MAX_STEPS, push_step, item_fault,
                     http_status);
}

static JsonObject *
list_changes (McTestPortalStore *store,
              JsonObject        *request,
              McTestPortalFault  item_fault,
              guint             *http_status)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *cursor = NULL;
  const char *after;
  JsonObject *answer;
  JsonArray *data;
  guint remaining;
  guint limit;

  if (!get_after (request, &after))
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, "Trường “sau” không hợp lệ");
  if (!get_limit (request, &limit))
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST,
                        "Trường “gioihan” không hợp lệ");

  data = _mc_test_portal_store_changes (store, after, limit, &cursor, &remaining, &error);
  if (data == NULL)
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, error->message);

  answer = _mc_test_portal_answer_new (0, "Thành công");
  json_object_set_array_member (answer, "data", data);
  json_object_set_string_member (answer, "cursor", cursor);
  json_object_set_int_member (answer, "conlai", remaining);
  return answer;
}

static JsonObject *
look_up_dossier (McTestPortalStore *store,
                 JsonObject        *request,
                 McTestPortalFault  item_fault,
                 guint             *http_status)
{
  const char *mahoso = _mc_test_portal_get_string (request, "mahoso");
  McTestPortalDossier *stored;
  JsonObject *answer;

  if (mahoso == NULL)
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, "Thiếu trường “mahoso”");

  stored = _mc_test_portal_store_lookup (store, mahoso);
  if (stored == NULL)
    return _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_NOT_FOUND, "Không tìm thấy hồ sơ");

  answer = _mc_test_portal_answer_new (0, "Thành công");
  json_object_set_object_member (answer, "data", json_object_ref (stored->dossier));
  return answer;
}

static JsonObject *
list_procedures (McTestPortalStore *store,
                 JsonObject        *request,
                 McTestPortalFault  item_fault,
                 guint             *http_status)
{
  g_autofree char *cursor = NULL;
  const char *after;
  JsonObject *answer;
  JsonArray *data;
  guint remaining;
  guint limit;

  if (!get_after (request, &after))
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, "Trường “sau” không hợp lệ");
  if (!get_limit (request, &limit))
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST,
                        "Trường “gioihan” không hợp lệ");

  data = _mc_test_portal_store_list_procedures (store, after, limit, &cursor, &remaining);

  answer = _mc_test_portal_answer_new (0, "Thành công");
  json_object_set_array_member (answer, "data", data);
  json_object_set_string_member (answer, "cursor", cursor);
  json_object_set_int_member (answer, "conlai", remaining);
  return answer;
}

static JsonObject *
get_procedure (McTestPortalStore *store,
               JsonObject        *request,
               McTestPortalFault  item_fault,
               guint             *http_status)
{
  const char *code = _mc_test_portal_get_string (request, "maTTHC");
  McTestPortalProcedure *procedure;
  JsonArray *result;
  JsonObject *answer;

  if (code == NULL)
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, "Thiếu trường “maTTHC”");

  result = json_array_new ();
  procedure = _mc_test_portal_store_get_procedure (store, code);
  if (procedure == NULL)
    answer = _mc_test_portal_answer_new (MC_TEST_PORTAL_ERROR_NOT_FOUND,
                                         "Không tìm thấy thủ tục");
  else
    answer = _mc_test_portal_answer_new (0, "Thành công");

  for (guint i = 0; procedure != NULL && i < procedure->records->len; i++)
    json_array_add_object_element (result,
                                   json_object_ref (g_ptr_array_index (procedure->records, i)));

  json_object_set_array_member (answer, "result", result);
  return answer;
}

static JsonObject *
get_calendar (McTestPortalStore *store,
              JsonObject        *request,
              McTestPortalFault  item_fault,
              guint             *http_status)
{
  JsonObject *answer;
  JsonArray *days;
  gint64 year;

  if (!_mc_test_portal_get_int (request, "nam", &year) || year < 1900 || year > 9999)
    return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, "Trường “nam” không hợp lệ");

  days = _mc_test_portal_store_get_calendar (store, (int) year);

  answer = _mc_test_portal_answer_new (0, "Thành công");
  json_object_set_array_member (answer, "data",
                                days != NULL ? json_array_ref (days) : json_array_new ());
  return answer;
}

static const struct
{
  const char  *name;
  ServiceFunc  run;
} services[] = {
  { "DongBoHoSoMC", push_dossiers },
  { "CapNhatTienDoHoSoMC", push_steps },
  { "LayHoSoThayDoi", list_changes },
  { "TraCuuHoSo", look_up_dossier },
  { "LayDanhSachTTHC", list_procedures },
  { "LayThuTuc", get_procedure },
  { "LayLichNghi", get_calendar },
};

static ServiceFunc
find_service (const char *name)
{
  for (guint i = 0; name != NULL && i < G_N_ELEMENTS (services); i++)
    if (g_str_equal (services[i].name, name))
      return services[i].run;

  return NULL;
}

gboolean
_mc_test_portal_service_is_known (const char *service)
{
  return find_service (service) != NULL;
}

static gboolean
has_items (JsonObject *request)
{
  JsonNode *node = json_object_get_member (request, "data");

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) &&
         json_array_get_length (json_node_get_array (node)) > 0;
}

/* Item faults need an item to spoil; the others spoil any service call. */
gboolean
_mc_test_portal_service_takes_fault (const char        *service,
                                     JsonObject        *request,
                                     McTestPortalFault  fault)
{
  gboolean pushes_dossiers = g_strcmp0 (service, "DongBoHoSoMC") == 0;
  gboolean pushes_steps = g_strcmp0 (service, "CapNhatTienDoHoSoMC") == 0;

  switch (fault)
    {
    case MC_TEST_PORTAL_FAULT_ITEM_422:
      return (pushes_dossiers || pushes_steps) && has_items (request);

    case MC_TEST_PORTAL_FAULT_ITEM_409:
      return pushes_dossiers && has_items (request);

    case MC_TEST_PORTAL_FAULT_NONE:
      return FALSE;

    case MC_TEST_PORTAL_FAULT_HTTP_500:
    case MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS:
    case MC_TEST_PORTAL_FAULT_TIMEOUT:
    case MC_TEST_PORTAL_FAULT_SESSION_EXPIRED:
    case MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE:
    case MC_TEST_PORTAL_FAULT_MALFORMED_JSON:
    default:
      return TRUE;
    }
}

JsonObject *
_mc_test_portal_service_run (McTestPortalStore *store,
                             const char        *service,
                             JsonObject        *request,
                             McTestPortalFault  item_fault,
                             guint             *http_status)
{
  ServiceFunc run = find_service (service);

  *http_status = SOUP_STATUS_OK;
  if (run == NULL)
    {
      g_autofree char *message = g_strdup_printf ("Không hỗ trợ dịch vụ “%s”",
                                                  service != NULL ? service : "");

      return bad_request (http_status, MC_TEST_PORTAL_ERROR_BAD_REQUEST, message);
    }

  return run (store, request, item_fault, http_status);
}
