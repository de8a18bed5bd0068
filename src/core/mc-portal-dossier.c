/* mc-portal-dossier.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-error.h"
#include "mc-json.h"
#include "mc-portal-dossier.h"

/* The portal's dossier and step objects, both ways. What comes from the
 * network is checked field by field, and an error names the field, so
 * that a bad item from the portal is reported and never stored. */

/* Vietnam has kept UTC+7 without summer time since 1975: a fixed offset
 * needs no time zone database. */
#define VIETNAM_OFFSET_SECONDS (7 * 3600)
#define PORTAL_TIME_FORMAT "%Y%m%d%H%M%S"

/**
 * mc_portal_format_time:
 * @instant: Unix microseconds, or 0
 *
 * Returns: (transfer full): the instant as yyyyMMddHHmmss in Vietnam's
 *   time, or "" for 0
 */
char *
mc_portal_format_time (gint64 instant)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (VIETNAM_OFFSET_SECONDS);
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (instant == 0)
    return g_strdup ("");

  utc = g_date_time_new_from_unix_utc (instant / G_USEC_PER_SEC);
  if (utc == NULL)
    return g_strdup ("");
  local = g_date_time_to_timezone (utc, zone);
  return g_date_time_format (local, PORTAL_TIME_FORMAT);
}

/**
 * mc_portal_parse_time:
 * @text: yyyyMMddHHmmss in Vietnam's time, or ""
 * @instant: (out): Unix microseconds, 0 for ""
 *
 * Returns: whether @text is such a time or empty; the time that is Unix
 *   time 0 is refused, since 0 means "no time"
 */
gboolean
mc_portal_parse_time (const char *text,
                      gint64     *instant)
{
  g_autoptr(GTimeZone) zone = NULL;
  g_autoptr(GDateTime) time = NULL;
  int parts[6];
  static const int widths[6] = { 4, 2, 2, 2, 2, 2 };
  const char *p = text;

  *instant = 0;
  if (text == NULL || *text == '\0')
    return TRUE;
  if (strlen (text) != 14)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      parts[i] = 0;
      for (int j = 0; j < widths[i]; j++, p++)
        {
          if (!g_ascii_isdigit (*p))
            return FALSE;
          parts[i] = parts[i] * 10 + (*p - '0');
        }
    }

  zone = g_time_zone_new_offset (VIETNAM_OFFSET_SECONDS);
  time = g_date_time_new (zone, parts[0], parts[1], parts[2], parts[3], parts[4], parts[5]);
  if (time == NULL || parts[0] < 1900)
    return FALSE;

  /* 0 stands for "no time" and is written back as "": the one moment it
   * also is, 1 January 1970 at 07:00, is refused rather than lost. */
  if (g_date_time_to_unix (time) == 0)
    return FALSE;

  *instant = g_date_time_to_unix (time) * G_USEC_PER_SEC;
  return TRUE;
}

McPortalDossier *
mc_portal_dossier_new (void)
{
  McPortalDossier *dossier = g_new0 (McPortalDossier, 1);

  dossier->components = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_dossier_component_free);
  dossier->set_count = 1;
  return dossier;
}

void
mc_portal_dossier_free (McPortalDossier *dossier)
{
  if (dossier == NULL)
    return;

  g_free (dossier->code);
  g_free (dossier->procedure_code);
  g_free (dossier->procedure_name);
  g_free (dossier->field_code);
  g_free (dossier->field_name);
  g_free (dossier->applicant_name);
  g_free (dossier->id_number);
  g_free (dossier->phone);
  g_free (dossier->email);
  g_free (dossier->address);
  g_free (dossier->summary);
  g_free (dossier->note);
  g_free (dossier->unit_name);
  g_ptr_array_unref (dossier->components);
  g_free (dossier->workstation);
  g_free (dossier->birth_date);
  g_free (dossier);
}

McPortalStep *
mc_portal_step_new (void)
{
  return g_new0 (McPortalStep, 1);
}

void
mc_portal_step_free (McPortalStep *step)
{
  if (step == NULL)
    return;

  g_free (step->step_id);
  g_free (step->code);
  g_free (step->actor_name);
  g_free (step->actor_title);
  g_free (step->unit_name);
  g_free (step->content);
  g_free (step);
}

/*
 * Writing
 */

static void
set_text (JsonObject *object,
          const char *name,
          const char *value)
{
  json_object_set_string_member (object, name, value != NULL ? value : "");
}

static void
set_number_text (JsonObject *object,
                 const char *name,
                 gint64      value)
{
  g_autofree char *text = g_strdup_printf ("%" G_GINT64_FORMAT, value);

  json_object_set_string_member (object, name, text);
}

static void
set_time (JsonObject *object,
          const char *name,
          gint64      instant)
{
  g_autofree char *text = mc_portal_format_time (instant);

  json_object_set_string_member (object, name, text);
}

/* DinhDanhCHS: 1 for a 12-digit personal number, 2 for a 9-digit
 * identity card (domain.md §7.3). */
static JsonArray *
identity_numbers (const char *id_number)
{
  JsonArray *array = json_array_new ();
  JsonObject *item;
  gsize length = strlen (id_number);

  if (length != 12 && length != 9)
    return array;

  item = json_object_new ();
  set_text (item, "LoaiDinhDanh", length == 12 ? "1" : "2");
  set_text (item, "SoDinhDanh", id_number);
  json_array_add_object_element (array, item);
  return array;
}

static JsonArray *
fee_list (gint64 fee)
{
  JsonArray *array = json_array_new ();
  JsonObject *item;

  if (fee <= 0)
    return array;

  item = json_object_new ();
  set_text (item, "TenPhiLePhi", "Lệ phí");
  set_text (item, "MaPhiLePhi", "");
  set_text (item, "HinhThucThu", "1");
  set_number_text (item, "Gia", fee);
  set_text (item, "LoaiPhiLePhi", "2");
  json_array_add_object_element (array, item);
  return array;
}

static void
add_components (JsonObject      *object,
                JsonObject      *extension,
                const GPtrArray *components)
{
  JsonArray *papers = json_array_new ();
  JsonArray *exact = json_array_new ();

  for (guint i = 0; i < components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (components, i);
      JsonObject *paper = json_object_new ();
      JsonObject *detail = json_object_new ();

      set_text (paper, "TenGiayTo", component->name);
      json_object_set_int_member (paper, "SoLuong", component->originals + component->copies);
      /* 1: the original is among them. */
      json_object_set_int_member (paper, "LoaiGiayTo", component->originals > 0 ? 1 : 2);
      json_array_add_object_element (papers, paper);

      set_text (detail, "Ten", component->name);
      json_object_set_int_member (detail, "BanChinh", component->originals);
      json_object_set_int_member (detail, "BanSao", component->copies);
      json_object_set_boolean_member (detail, "DaNop", component->provided);
      json_array_add_object_element (exact, detail);
    }

  json_object_set_array_member (object, "DanhSachTepDinhKemKhac", papers);
  json_object_set_array_member (extension, "ThanhPhan", exact);
}

static JsonObject *
extension_to_json (const McPortalDossier *dossier)
{
  JsonObject *extension = json_object_new ();

  set_text (extension, "NgaySinh", dossier->birth_date);
  json_object_set_int_member (extension, "SoBo", dossier->set_count);
  json_object_set_boolean_member (extension, "DaTiepNhan", dossier->accepted);
  json_object_set_boolean_member (extension, "ChoNhanBanGiao", dossier->handover_pending);
  set_time (extension, "NgayHenTraBanDau", dossier->original_due_at);
  set_time (extension, "NgayHenTraTheoLuat", dossier->legal_due_at);
  set_time (extension, "NgayTamDung", dossier->paused_at);
  json_object_set_int_member (extension, "SoLanBoSungSauTiepNhan",
                              dossier->supplements_after_acceptance);
  json_object_set_int_member (extension, "SoLanYeuCauBoSung", dossier->supplement_requests);
  json_object_set_boolean_member (extension, "DaXinLoi", dossier->apology_given);
  json_object_set_boolean_member (extension, "DaDanhGia", dossier->evaluated);
  return extension;
}

/**
 * mc_portal_dossier_to_json:
 * @dossier: a dossier
 *
 * Returns: (transfer full): the dossier as a DongBoHoSoMC item
 */
JsonObject *
mc_portal_dossier_to_json (const McPortalDossier *dossier)
{
  JsonObject *object = json_object_new ();
  JsonObject *extension = extension_to_json (dossier);

  set_text (object, "MaHoSo", dossier->code);
  set_text (object, "MaTTHC", dossier->procedure_code);
  set_text (object, "TenTTHC", dossier->procedure_name);
  set_text (object, "MaLinhVuc", dossier->field_code);
  set_text (object, "TenLinhVuc", dossier->field_name);
  set_number_text (object, "KenhThucHien", dossier->channel);
  set_text (object, "ChuHoSo", dossier->applicant_name);
  set_text (object, "SoGiayToChuHoSo", dossier->id_number);
  json_object_set_array_member (object, "DinhDanhCHS", identity_numbers (dossier->id_number));
  set_number_text (object, "LoaiDoiTuong", dossier->applicant_type);
  set_text (object, "MaDoiTuong", "");
  set_text (object, "ThongTinKhac", dossier->address);
  set_text (object, "Email", dossier->email);
  set_text (object, "Fax", "");
  set_text (object, "SoDienThoai", dossier->phone);
  set_text (object, "TrichYeuHoSo", dossier->summary);
  set_time (object, "NgayNopHoSo", dossier->received_at);
  set_time (object, "NgayTiepNhan", dossier->received_at);
  set_time (object, "NgayHenTra", dossier->due_at);
  set_time (object, "NgayTra", dossier->returned_at);
  set_time (object, "NgayKetThucXuLy", dossier->finished_at);
  set_time (object, "NgayTuChoi",
            dossier->status == MC_DOSSIER_STATUS_REFUSED ? dossier->finished_at : 0);
  set_number_text (object, "TrangThaiHoSo", dossier->status);
  set_number_text (object, "HinhThuc", dossier->delivery_by_post ? 1 : 0);
  set_text (object, "DonViXuLy", dossier->unit_name);
  set_text (object, "GhiChu", dossier->note);
  json_object_set_array_member (object, "DanhSachLePhi", fee_list (dossier->fee));
  add_components (object, extension, dossier->components);
  json_object_set_int_member (object, "PhienBan", dossier->version);
  set_text (object, "MaMay", dossier->workstation);
  json_object_set_object_member (object, "MotCua", extension);
  return object;
}

/**
 * mc_portal_step_to_json:
 * @step: a step
 *
 * Returns: (transfer full): the step as a CapNhatTienDoHoSoMC item
 */
JsonObject *
mc_portal_step_to_json (const McPortalStep *step)
{
  JsonObject *object = json_object_new ();

  set_text (object, "MaHoSo", step->code);
  set_text (object, "BuocId", step->step_id);
  set_text (object, "NguoiXuLy", step->actor_name);
  set_text (object, "ChucDanh", step->actor_title);
  set_time (object, "ThoiDiemXuLy", step->time);
  set_text (object, "PhongBanXuLy", step->unit_name);
  set_text (object, "NoiDungXuLy", step->content);
  set_number_text (object, "TrangThai", step->status);
  set_time (object, "NgayBatDau", step->started_at);
  set_time (object, "NgayKetThucTheoQuyDinh", step->due_at);
  return object;
}

/*
 * Reading
 */

static gboolean
invalid_field (GError     **error,
               const char  *field,
               const char  *problem)
{
  /* Translators: the first is a field of the portal's data, like
   * "MaHoSo"; the second says what is wrong with it. */
  g_set_error (error, MC_ERROR, MC_ERROR_INVALID, _("Field “%s”: %s"), field, problem);
  return FALSE;
}

/* A text member; the portal sends numbers as strings or as numbers. */
static gboolean
get_text (JsonObject  *object,
          const char  *name,
          gboolean     required,
          char       **value,
          GError     **error)
{
  JsonNode *node = json_object_get_member (object, name);
  GType type;

  g_clear_pointer (value, g_free);
  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *value = g_strdup ("");
      return !required || invalid_field (error, name, _("missing"));
    }
  if (!JSON_NODE_HOLDS_VALUE (node))
    return invalid_field (error, name, _("not a text"));

  type = json_node_get_value_type (node);
  if (type == G_TYPE_STRING)
    *value = g_strdup (json_node_get_string (node));
  else if (type == G_TYPE_INT64)
    *value = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  else
    return invalid_field (error, name, _("not a text"));

  if (!g_utf8_validate (*value, -1, NULL))
    {
      g_clear_pointer (value, g_free);
      return invalid_field (error, name, _("not valid UTF-8"));
    }
  if (required && **value == '\0')
    return invalid_field (error, name, _("empty"));

  return TRUE;
}

static gboolean
get_number (JsonObject  *object,
            const char  *name,
            gboolean     required,
            gint64       min,
            gint64       max,
            gint64      *value,
            GError     **error)
{
  g_autofree char *text = NULL;
  char *end = NULL;
  gint64 number;

  if (!get_text (object, name, required, &text, error))
    return FALSE;
  if (*text == '\0')
    return TRUE;

  number = g_ascii_strtoll (text, &end, 10);
  if (end == text || *end != '\0' || number < min || number > max)
    {
      /* The bounds are small numbers: PhienBan's is G_MAXINT32. */
      g_autofree char *problem = g_strdup_printf (_("“%s” is not a number from %d to %d"),
                                                  text, (int) min, (int) max);
      return invalid_field (error, name, problem);
    }

  *value = number;
  return TRUE;
}

static gboolean
get_time (JsonObject  *object,
          const char  *name,
          gboolean     required,
          gint64      *instant,
          GError     **error)
{
  g_autofree char *text = NULL;

  if (!get_text (object, name, required, &text, error))
    return FALSE;
  if (!mc_portal_parse_time (text, instant))
    {
      g_autofree char *problem = g_strdup_printf (_("“%s” is not a time yyyyMMddHHmmss"), text);
      return invalid_field (error, name, problem);
    }
  return TRUE;
}

static gboolean
get_boolean (JsonObject *object,
             const char *name,
             gboolean    fallback)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    return fallback;
  return json_node_get_boolean (node);
}

static gint64
get_count (JsonObject *object,
           const char *name,
           gint64      max)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node) ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  return CLAMP (json_node_get_int (node), 0, max);
}

/* An item of a list, when it is an object: json_array_get_object_element()
 * is a critical on anything else. */
static JsonObject *
get_object_element (JsonArray *array,
                    guint      index)
{
  JsonNode *node = json_array_get_element (array, index);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

/* The fees add up; an item that is not a fee is skipped. The total is
 * sent back as one fee, so it has the bounds of one. */
static gboolean
read_fee (JsonObject  *object,
          gint64      *total,
          GError     **error)
{
  JsonArray *fees = mc_json_get_array (object, "DanhSachLePhi");

  *total = 0;
  for (guint i = 0; fees != NULL && i < json_array_get_length (fees); i++)
    {
      JsonObject *fee = get_object_element (fees, i);
      gint64 amount = 0;

      if (fee != NULL && get_number (fee, "Gia", FALSE, 0, G_MAXINT32, &amount, NULL))
        *total += amount;
      if (*total > G_MAXINT32)
        return invalid_field (error, "DanhSachLePhi", _("the fees add up to too much"));
    }
  return TRUE;
}

/* The exact papers from "MotCua", or those of DanhSachTepDinhKemKhac. */
static gboolean
read_components (JsonObject       *object,
                 JsonObject       *extension,
                 McPortalDossier  *dossier,
                 GError          **error)
{
  JsonArray *exact = extension != NULL ?
    mc_json_get_array (extension, "ThanhPhan") : NULL;
  JsonArray *papers = mc_json_get_array (object, "DanhSachTepDinhKemKhac");
  JsonArray *list = exact != NULL ? exact : papers;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *item = get_object_element (list, i);
      g_autoptr(McDossierComponent) component = g_new0 (McDossierComponent, 1);

      if (item == NULL)
        return invalid_field (error, exact != NULL ? "MotCua.ThanhPhan" : "DanhSachTepDinhKemKhac",
                              _("not a list of papers"));
      if (!get_text (item, exact != NULL ? "Ten" : "TenGiayTo", TRUE, &component->name, error))
        return FALSE;

      if (exact != NULL)
        {
          component->originals = get_count (item, "BanChinh", 99);
          component->copies = get_count (item, "BanSao", 99);
          component->provided = get_boolean (item, "DaNop", TRUE);
        }
      else
        {
          gint64 count = get_count (item, "SoLuong", 99);

          component->originals = get_count (item, "LoaiGiayTo", 9) == 1 ? count : 0;
          component->copies = component->originals > 0 ? 0 : count;
          component->provided = TRUE;
        }
      g_ptr_array_add (dossier->components, g_steal_pointer (&component));
    }

  return TRUE;
}

/* What a dossier without "MotCua" (one filed online) has: what its
 * status implies. */
static void
imply_local_fields (McPortalDossier *dossier)
{
  dossier->accepted = dossier->status != MC_DOSSIER_STATUS_REGISTERED &&
                      dossier->status != MC_DOSSIER_STATUS_REFUSED;
  dossier->original_due_at = dossier->due_at;
  dossier->legal_due_at = dossier->due_at;
}

static gboolean
read_extension (JsonObject       *extension,
                McPortalDossier  *dossier,
                GError          **error)
{
  if (extension == NULL)
    {
      imply_local_fields (dossier);
      return TRUE;
    }

  dossier->set_count = CLAMP (get_count (extension, "SoBo", 99), 1, 99);
  dossier->accepted = get_boolean (extension, "DaTiepNhan", FALSE);
  dossier->handover_pending = get_boolean (extension, "ChoNhanBanGiao", FALSE);
  dossier->supplements_after_acceptance = get_count (extension, "SoLanBoSungSauTiepNhan", 999);
  dossier->supplement_requests = get_count (extension, "SoLanYeuCauBoSung", 999);
  dossier->apology_given = get_boolean (extension, "DaXinLoi", FALSE);
  dossier->evaluated = get_boolean (extension, "DaDanhGia", FALSE);

  return get_text (extension, "NgaySinh", FALSE, &dossier->birth_date, error) &&
         get_time (extension, "NgayHenTraBanDau", FALSE, &dossier->original_due_at, error) &&
         get_time (extension, "NgayHenTraTheoLuat", FALSE, &dossier->legal_due_at, error) &&
         get_time (extension, "NgayTamDung", FALSE, &dossier->paused_at, error);
}

static gboolean
read_dossier (JsonObject       *object,
              McPortalDossier  *dossier,
              GError          **error)
{
  JsonObject *extension = mc_json_get_object (object, "MotCua");
  gint64 channel = 0, applicant_type = MC_APPLICANT_CITIZEN, status = 0, delivery = 0;
  gint64 version = 0;

  if (!get_text (object, "MaHoSo", TRUE, &dossier->code, error) ||
      !get_text (object, "MaTTHC", TRUE, &dossier->procedure_code, error) ||
      !get_text (object, "TenTTHC", FALSE, &dossier->procedure_name, error) ||
      !get_text (object, "MaLinhVuc", FALSE, &dossier->field_code, error) ||
      !get_text (object, "TenLinhVuc", FALSE, &dossier->field_name, error) ||
      !get_number (object, "KenhThucHien", TRUE, 1, 3, &channel, error) ||
      !get_number (object, "LoaiDoiTuong", FALSE, 1, 4, &applicant_type, error) ||
      !get_text (object, "ChuHoSo", TRUE, &dossier->applicant_name, error) ||
      !get_text (object, "SoGiayToChuHoSo", FALSE, &dossier->id_number, error) ||
      !get_text (object, "SoDienThoai", FALSE, &dossier->phone, error) ||
      !get_text (object, "Email", FALSE, &dossier->email, error) ||
      !get_text (object, "ThongTinKhac", FALSE, &dossier->address, error) ||
      !get_text (object, "TrichYeuHoSo", FALSE, &dossier->summary, error) ||
      !get_text (object, "GhiChu", FALSE, &dossier->note, error) ||
      !get_text (object, "DonViXuLy", FALSE, &dossier->unit_name, error) ||
      !get_number (object, "TrangThaiHoSo", TRUE, 1, 10, &status, error) ||
      !get_number (object, "HinhThuc", FALSE, 0, 1, &delivery, error) ||
      !get_time (object, "NgayTiepNhan", TRUE, &dossier->received_at, error) ||
      !get_time (object, "NgayHenTra", FALSE, &dossier->due_at, error) ||
      !get_time (object, "NgayTra", FALSE, &dossier->returned_at, error) ||
      !get_time (object, "NgayKetThucXuLy", FALSE, &dossier->finished_at, error) ||
      !get_number (object, "PhienBan", TRUE, 1, G_MAXINT32, &version, error) ||
      !get_text (object, "MaMay", FALSE, &dossier->workstation, error))
    return FALSE;

  dossier->channel = channel;
  dossier->applicant_type = applicant_type;
  dossier->status = status;
  dossier->delivery_by_post = delivery == 1;
  dossier->version = version;
  if (!read_fee (object, &dossier->fee, error))
    return FALSE;

  if (dossier->status == MC_DOSSIER_STATUS_REFUSED && dossier->finished_at == 0 &&
      !get_time (object, "NgayTuChoi", FALSE, &dossier->finished_at, error))
    return FALSE;

  if (!read_components (object, extension, dossier, error))
    return FALSE;

  if (!read_extension (extension, dossier, error))
    return FALSE;
  if (dossier->birth_date == NULL)
    dossier->birth_date = g_strdup ("");

  return TRUE;
}

/**
 * mc_portal_dossier_from_json:
 * @object: a dossier from the portal
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the dossier, or %NULL with @error naming the
 *   field that is missing or wrong
 */
McPortalDossier *
mc_portal_dossier_from_json (JsonObject  *object,
                             GError     **error)
{
  g_autoptr(McPortalDossier) dossier = mc_portal_dossier_new ();

  if (!read_dossier (object, dossier, error))
    return NULL;
  return g_steal_pointer (&dossier);
}

/**
 * mc_portal_step_from_json:
 * @object: a step
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the step, or %NULL with @error naming the
 *   field that is missing or wrong
 */
McPortalStep *
mc_portal_step_from_json (JsonObject  *object,
                          GError     **error)
{
  g_autoptr(McPortalStep) step = mc_portal_step_new ();
  gint64 status = 0;

  if (!get_text (object, "MaHoSo", TRUE, &step->code, error) ||
      !get_text (object, "BuocId", TRUE, &step->step_id, error) ||
      !get_text (object, "NguoiXuLy", FALSE, &step->actor_name, error) ||
      !get_text (object, "ChucDanh", FALSE, &step->actor_title, error) ||
      !get_text (object, "PhongBanXuLy", FALSE, &step->unit_name, error) ||
      !get_text (object, "NoiDungXuLy", FALSE, &step->content, error) ||
      !get_number (object, "TrangThai", TRUE, 1, 10, &status, error) ||
      !get_time (object, "ThoiDiemXuLy", TRUE, &step->time, error) ||
      !get_time (object, "NgayBatDau", FALSE, &step->started_at, error) ||
      !get_time (object, "NgayKetThucTheoQuyDinh", FALSE, &step->due_at, error))
    return NULL;

  step->status = status;
  return g_steal_pointer (&step);
}

static gboolean
components_equal (const GPtrArray *a,
                  const GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;

  for (guint i = 0; i < a->len; i++)
    {
      const McDossierComponent *x = g_ptr_array_index (a, i);
      const McDossierComponent *y = g_ptr_array_index (b, i);

      if (g_strcmp0 (x->name, y->name) != 0 || x->originals != y->originals ||
          x->copies != y->copies || !x->provided != !y->provided)
        return FALSE;
    }
  return TRUE;
}

/**
 * mc_portal_dossier_equal:
 * @a: a dossier
 * @b: another
 *
 * Returns: whether every field of @a and @b is the same, to the second
 */
gboolean
mc_portal_dossier_equal (const McPortalDossier *a,
                         const McPortalDossier *b)
{
#define SAME_TEXT(f) (g_strcmp0 (a->f, b->f) == 0)
#define SAME(f) (a->f == b->f)
#define SAME_TIME(f) (a->f / G_USEC_PER_SEC == b->f / G_USEC_PER_SEC)
  return SAME_TEXT (code) && SAME_TEXT (procedure_code) && SAME_TEXT (procedure_name) &&
         SAME_TEXT (field_code) && SAME_TEXT (field_name) && SAME (channel) &&
         SAME (applicant_type) && SAME_TEXT (applicant_name) && SAME_TEXT (id_number) &&
         SAME_TEXT (phone) && SAME_TEXT (email) && SAME_TEXT (address) &&
         SAME_TEXT (summary) && SAME_TEXT (note) && SAME_TEXT (unit_name) && SAME (status) &&
         !a->delivery_by_post == !b->delivery_by_post && SAME (fee) &&
         SAME_TIME (received_at) && SAME_TIME (due_at) && SAME_TIME (returned_at) &&
         SAME_TIME (finished_at) && components_equal (a->components, b->components) &&
         SAME (version) && SAME_TEXT (workstation) && SAME_TEXT (birth_date) &&
         SAME (set_count) && !a->accepted == !b->accepted &&
         !a->handover_pending == !b->handover_pending && SAME_TIME (original_due_at) &&
         SAME_TIME (legal_due_at) && SAME_TIME (paused_at) &&
         SAME (supplements_after_acceptance) && SAME (supplement_requests) &&
         !a->apology_given == !b->apology_given && !a->evaluated == !b->evaluated;
#undef SAME_TEXT
#undef SAME
#undef SAME_TIME
}
