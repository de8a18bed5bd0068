/* mc-test-portal-validate.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include <string.h>

#include "mc-test-portal-private.h"

/* The checks a provincial system makes before storing an item. A problem
 * is reported in Vietnamese, as a portal would, and always names the field,
 * because the client shows the message to staff as it is. */

static const char * const dossier_dates[] = {
  "NgayNopHoSo", "NgayTiepNhan", "NgayHenTra", "NgayTra", "NgayKetThucXuLy", "NgayTuChoi",
};

static const char * const supplement_dates[] = {
  "NgayBoSung", "NgayTiepNhanBoSung", "NgayHenTraTruoc", "NgayHenTraMoi",
};

static const char * const step_dates[] = {
  "NgayBatDau", "NgayKetThucTheoQuyDinh",
};

static gboolean
is_digits (const char *text)
{
  if (*text == '\0')
    return FALSE;

  for (; *text != '\0'; text++)
    if (!g_ascii_isdigit (*text))
      return FALSE;

  return TRUE;
}

const char *
_mc_test_portal_get_string (JsonObject *object,
                            const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  return json_node_get_string (node);
}

/* A JSON integer, or a string of digits: the national portal's fields are
 * strings, the contract's PhienBan an integer, and clients vary. */
gboolean
_mc_test_portal_get_int (JsonObject *object,
                         const char *member,
                         gint64     *value)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *text;
  guint64 parsed;

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return FALSE;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *value = json_node_get_int (node);
      return TRUE;
    }

  if (json_node_get_value_type (node) != G_TYPE_STRING)
    return FALSE;

  text = json_node_get_string (node);
  if (!is_digits (text) || strlen (text) > 15 ||
      !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT64, &parsed, NULL))
    return FALSE;

  *value = (gint64) parsed;
  return TRUE;
}

gboolean
_mc_test_portal_is_date (const char *text)
{
  g_autoptr(GTimeZone) tz = NULL;
  g_autoptr(GDateTime) dt = NULL;
  int fields[6];
  static const int widths[6] = { 4, 2, 2, 2, 2, 2 };
  const char *p = text;

  if (text == NULL || strlen (text) != 14 || !is_digits (text))
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      fields[i] = 0;
      for (int j = 0; j < widths[i]; j++, p++)
        fields[i] = fields[i] * 10 + (*p - '0');
    }

  /* GDateTime refuses 30 February, hour 24, minute 60 and the like. */
  tz = g_time_zone_new_utc ();
  dt = g_date_time_new (tz, fields[0], fields[1], fields[2], fields[3], fields[4], fields[5]);

  return dt != NULL && fields[5] < 60;
}

static gboolean
has_value (JsonObject *object,
           const char *member)
{
  JsonNode *node = json_object_get_member (object, member);

  return node != NULL && !JSON_NODE_HOLDS_NULL (node);
}

/* Optional dates: absent, null or "" is no date. */
static char *
check_dates (JsonObject         *object,
             const char * const *members,
             guint               n_members,
             const char         *prefix)
{
  for (guint i = 0; i < n_members; i++)
    {
      const char *text;

      if (!has_value (object, members[i]))
        continue;

      text = _mc_test_portal_get_string (object, members[i]);
      if (text != NULL && (*text == '\0' || _mc_test_portal_is_date (text)))
        continue;

      return g_strdup_printf ("Trường %s%s không đúng định dạng yyyyMMddHHmmss",
                              prefix, members[i]);
    }

  return NULL;
}

static char *
check_required_string (JsonObject *object,
                       const char *member)
{
  const char *text = _mc_test_portal_get_string (object, member);

  if (text == NULL || *text == '\0')
    return g_strdup_printf ("Thiếu trường %s", member);

  return NULL;
}

static char *
check_range (JsonObject *object,
             const char *member,
             gint64      min,
             gint64      max)
{
  gint64 value;

  if (!_mc_test_portal_get_int (object, member, &value) || value < min || value > max)
    return g_strdup_printf ("Trường %s phải là số từ %" G_GINT64_FORMAT " đến %" G_GINT64_FORMAT,
                            member, min, max);

  return NULL;
}

static char *
check_supplements (JsonObject *item)
{
  JsonNode *node = json_object_get_member (item, "DanhSachHoSoBoSung");
  JsonArray *supplements;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return NULL;

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return g_strdup ("Trường DanhSachHoSoBoSung phải là một mảng");

  supplements = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (supplements); i++)
    {
      JsonNode *element = json_array_get_element (supplements, i);
      g_autofree char *prefix = g_strdup_printf ("DanhSachHoSoBoSung[%u].", i);
      char *problem;

      if (!JSON_NODE_HOLDS_OBJECT (element))
        return g_strdup_printf ("Trường DanhSachHoSoBoSung[%u] phải là một đối tượng", i);

      problem = check_dates (json_node_get_object (element), supplement_dates,
                             G_N_ELEMENTS (supplement_dates), prefix);
      if (problem != NULL)
        return problem;
    }

  return NULL;
}

char *
_mc_test_portal_check_dossier (JsonObject *item)
{
  static const char * const required[] = { "MaHoSo", "MaTTHC", "MaMay" };
  char *problem;

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    if ((problem = check_required_string (item, required[i])) != NULL)
      return problem;

  if ((problem = check_range (item, "PhienBan", 1, G_MAXINT64)) != NULL)
    return problem;
  if ((problem = check_range (item, "TrangThaiHoSo", 1, 10)) != NULL)
    return problem;
  if ((problem = check_range (item, "KenhThucHien", 1, 3)) != NULL)
    return problem;
  if ((problem = check_dates (item, dossier_dates, G_N_ELEMENTS (dossier_dates), "")) != NULL)
    return problem;

  return check_supplements (item);
}

char *
_mc_test_portal_check_step (JsonObject *step)
{
  const char *when;
  char *problem;

  if ((problem = check_required_string (step, "MaHoSo")) != NULL)
    return problem;
  if ((problem = check_required_string (step, "BuocId")) != NULL)
    return problem;
  if ((problem = check_range (step, "TrangThai", 1, 10)) != NULL)
    return problem;

  when = _mc_test_portal_get_string (step, "ThoiDiemXuLy");
  if (!_mc_test_portal_is_date (when))
    return g_strdup ("Trường ThoiDiemXuLy thiếu hoặc không đúng định dạng yyyyMMddHHmmss");

  return check_dates (step, step_dates, G_N_ELEMENTS (step_dates), "");
}

/* json_node_copy() shares the members: a stored dossier must not change
 * when the caller's object does. */
JsonObject *
_mc_test_portal_copy_object (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_alloc ();
  g_autoptr(JsonNode) copy = NULL;
  g_autofree char *text = NULL;

  json_node_init_object (node, object);
  text = json_to_string (node, FALSE);
  copy = json_from_string (text, NULL);
  g_assert (copy != NULL && JSON_NODE_HOLDS_OBJECT (copy));

  return json_node_dup_object (copy);
}

JsonObject *
_mc_test_portal_answer_new (int         error_code,
                            const char *message)
{
  JsonObject *answer = json_object_new ();

  json_object_set_int_member (answer, "error_code", error_code);
  json_object_set_string_member (answer, "message", message);

  return answer;
}
