/* test-portal-dossier.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-error.h"
#include "mc-portal-dossier.h"

/* The portal's dossier and step objects: every field of the contract
 * there and back, the wire's formats, and what comes from the network
 * refused with the field named. */

/* 2 March 2026, 09:15:30 in Vietnam. */
#define RECEIVED G_GINT64_CONSTANT (1772417730000000)
#define DAY (G_GINT64_CONSTANT (86400) * G_USEC_PER_SEC)

static McDossierComponent *
component (const char *name,
           guint       originals,
           guint       copies,
           gboolean    provided)
{
  McDossierComponent *c = g_new0 (McDossierComponent, 1);

  c->name = g_strdup (name);
  c->originals = originals;
  c->copies = copies;
  c->provided = provided;
  return c;
}

/* A dossier with every field set, none to its default. */
static McPortalDossier *
full_dossier (void)
{
  McPortalDossier *d = mc_portal_dossier_new ();

  d->code = g_strdup ("000.17.22.H56-260302-0007");
  d->procedure_code = g_strdup ("1.001193");
  d->procedure_name = g_strdup ("Đăng ký khai sinh");
  d->field_code = g_strdup ("G15");
  d->field_name = g_strdup ("Hộ tịch");
  d->channel = MC_CHANNEL_POSTAL;
  d->applicant_type = MC_APPLICANT_ORGANISATION;
  d->applicant_name = g_strdup ("Trần Thị Bích Ngọc");
  d->id_number = g_strdup ("038190001234");
  d->phone = g_strdup ("0912345678");
  d->email = g_strdup ("ngoc@example.vn");
  d->address = g_strdup ("Thôn Đông, xã Tân Lập");
  d->summary = g_strdup ("Đăng ký khai sinh – Trần Thị Bích Ngọc");
  d->note = g_strdup ("Ghi chú \"trích dẫn\"\nhai dòng");
  d->unit_name = g_strdup ("UBND xã Tân Lập");
  d->status = MC_DOSSIER_STATUS_RETURNED;
  d->delivery_by_post = TRUE;
  d->fee = 8000;
  d->received_at = RECEIVED;
  d->due_at = RECEIVED + 5 * DAY;
  d->returned_at = RECEIVED + 6 * DAY;
  d->finished_at = RECEIVED + 4 * DAY;
  g_ptr_array_add (d->components, component ("Tờ khai đăng ký khai sinh", 1, 0, TRUE));
  g_ptr_array_add (d->components, component ("Giấy chứng sinh", 0, 2, FALSE));
  d->version = 12;
  d->workstation = g_strdup ("QUAY-2");
  d->birth_date = g_strdup ("1990-05-17");
  d->set_count = 2;
  d->accepted = TRUE;
  d->handover_pending = TRUE;
  d->original_due_at = RECEIVED + 3 * DAY;
  d->legal_due_at = RECEIVED + 3 * DAY;
  d->paused_at = RECEIVED + DAY;
  d->supplements_after_acceptance = 1;
  d->supplement_requests = 2;
  d->apology_given = TRUE;
  d->evaluated = TRUE;
  return d;
}

static JsonObject *
parse_object (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

/* Through text, as on the network. */
static JsonObject *
through_text (JsonObject *object)
{
  g_autoptr(JsonNode) node = json_node_init_object (json_node_alloc (), object);
  g_autofree char *text = json_to_string (node, FALSE);

  return parse_object (text);
}

static void
test_time (void)
{
  gint64 instant = -1;
  g_autofree char *text = mc_portal_format_time (RECEIVED);
  g_autofree char *empty = mc_portal_format_time (0);

  g_assert_cmpstr (text, ==, "20260302091530");
  g_assert_cmpstr (empty, ==, "");
  g_assert_true (mc_portal_parse_time ("20260302091530", &instant));
  g_assert_cmpint (instant, ==, RECEIVED);
  g_assert_true (mc_portal_parse_time ("", &instant));
  g_assert_cmpint (instant, ==, 0);

  /* Midnight in Vietnam is 17:00 the day before in UTC. */
  g_assert_true (mc_portal_parse_time ("20260101000000", &instant));
  g_assert_cmpint (instant, ==, G_GINT64_CONSTANT (1767200400000000));

  g_assert_false (mc_portal_parse_time ("2026030209153", &instant));
  g_assert_false (mc_portal_parse_time ("202603020915301", &instant));
  g_assert_false (mc_portal_parse_time ("2026-03-02 09:", &instant));
  g_assert_false (mc_portal_parse_time ("20260230091530", &instant));
  g_assert_false (mc_portal_parse_time ("20261302091530", &instant));
  g_assert_false (mc_portal_parse_time ("20260302250000", &instant));
}

static void
test_dossier_round_trip (void)
{
  g_autoptr(McPortalDossier) dossier = full_dossier ();
  g_autoptr(JsonObject) sent = mc_portal_dossier_to_json (dossier);
  g_autoptr(JsonObject) received = through_text (sent);
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalDossier) back = mc_portal_dossier_from_json (received, &error);

  g_assert_no_error (error);
  g_assert_nonnull (back);
  g_assert_true (mc_portal_dossier_equal (dossier, back));

  /* Each field on its own changes the comparison: none is ignored. */
  back->fee++;
  g_assert_false (mc_portal_dossier_equal (dossier, back));
  back->fee--;
  ((McDossierComponent *) g_ptr_array_index (back->components, 1))->provided = TRUE;
  g_assert_false (mc_portal_dossier_equal (dossier, back));
}

/* The contract's field names and formats (domain.md §7.3). */
static void
test_dossier_fields (void)
{
  g_autoptr(McPortalDossier) dossier = full_dossier ();
  g_autoptr(JsonObject) object = mc_portal_dossier_to_json (dossier);
  JsonArray *ids, *fees, *papers;
  JsonObject *id, *paper;

  g_assert_cmpstr (json_object_get_string_member (object, "MaHoSo"), ==,
                   "000.17.22.H56-260302-0007");
  g_assert_cmpstr (json_object_get_string_member (object, "MaTTHC"), ==, "1.001193");
  g_assert_cmpstr (json_object_get_string_member (object, "TenTTHC"), ==, "Đăng ký khai sinh");
  g_assert_cmpstr (json_object_get_string_member (object, "MaLinhVuc"), ==, "G15");
  g_assert_cmpstr (json_object_get_string_member (object, "TenLinhVuc"), ==, "Hộ tịch");
  g_assert_cmpstr (json_object_get_string_member (object, "KenhThucHien"), ==, "3");
  g_assert_cmpstr (json_object_get_string_member (object, "LoaiDoiTuong"), ==, "4");
  g_assert_cmpstr (json_object_get_string_member (object, "ChuHoSo"), ==, "Trần Thị Bích Ngọc");
  g_assert_cmpstr (json_object_get_string_member (object, "SoGiayToChuHoSo"), ==, "038190001234");
  g_assert_cmpstr (json_object_get_string_member (object, "SoDienThoai"), ==, "0912345678");
  g_assert_cmpstr (json_object_get_string_member (object, "Email"), ==, "ngoc@example.vn");
  g_assert_cmpstr (json_object_get_string_member (object, "NgayTiepNhan"), ==, "20260302091530");
  g_assert_cmpstr (json_object_get_string_member (object, "NgayNopHoSo"), ==, "20260302091530");
  g_assert_cmpstr (json_object_get_string_member (object, "NgayHenTra"), ==, "20260307091530");
  g_assert_cmpstr (json_object_get_string_member (object, "NgayTra"), ==, "20260308091530");
  g_assert_cmpstr (json_object_get_string_member (object, "NgayKetThucXuLy"), ==,
                   "20260306091530");
  g_assert_cmpstr (json_object_get_string_member (object, "NgayTuChoi"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (object, "TrangThaiHoSo"), ==, "10");
  g_assert_cmpstr (json_object_get_string_member (object, "HinhThuc"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (object, "DonViXuLy"), ==, "UBND xã Tân Lập");
  g_assert_cmpint (json_object_get_int_member (object, "PhienBan"), ==, 12);
  g_assert_cmpstr (json_object_get_string_member (object, "MaMay"), ==, "QUAY-2");

  /* A 12-digit number is a personal identification number (1). */
  ids = json_object_get_array_member (object, "DinhDanhCHS");
  g_assert_cmpuint (json_array_get_length (ids), ==, 1);
  id = json_array_get_object_element (ids, 0);
  g_assert_cmpstr (json_object_get_string_member (id, "LoaiDinhDanh"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (id, "SoDinhDanh"), ==, "038190001234");

  fees = json_object_get_array_member (object, "DanhSachLePhi");
  g_assert_cmpuint (json_array_get_length (fees), ==, 1);
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (fees, 0), "Gia"),
                   ==, "8000");

  papers = json_object_get_array_member (object, "DanhSachTepDinhKemKhac");
  g_assert_cmpuint (json_array_get_length (papers), ==, 2);
  paper = json_array_get_object_element (papers, 1);
  g_assert_cmpstr (json_object_get_string_member (paper, "TenGiayTo"), ==, "Giấy chứng sinh");
  g_assert_cmpint (json_object_get_int_member (paper, "SoLuong"), ==, 2);
  g_assert_cmpint (json_object_get_int_member (paper, "LoaiGiayTo"), ==, 2);
}

/* A filing made on the portal has none of our own fields: it gets
 * what its status implies, and its papers from the portal's list. */
static void
test_online_filing (void)
{
  g_autoptr(JsonObject) object = parse_object (
    "{\"MaHoSo\": \"G22.99-261120-0001\", \"MaTTHC\": \"1.001193\", \"KenhThucHien\": 2,"
    " \"ChuHoSo\": \"Lê Văn An\", \"TrangThaiHoSo\": \"1\", \"NgayTiepNhan\": \"20261120080000\","
    " \"NgayHenTra\": \"\", \"PhienBan\": \"1\","
    " \"DanhSachTepDinhKemKhac\": [{\"TenGiayTo\": \"Tờ khai\", \"SoLuong\": 1, \"LoaiGiayTo\": 1}],"
    " \"DanhSachLePhi\": [{\"Gia\": \"5000\"}, {\"Gia\": 3000}]}");
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalDossier) dossier = mc_portal_dossier_from_json (object, &error);
  const McDossierComponent *paper;

  g_assert_no_error (error);
  g_assert_cmpint (dossier->channel, ==, MC_CHANNEL_ONLINE);
  g_assert_cmpint (dossier->status, ==, MC_DOSSIER_STATUS_REGISTERED);
  g_assert_cmpint (dossier->applicant_type, ==, MC_APPLICANT_CITIZEN);
  g_assert_false (dossier->accepted);
  g_assert_cmpuint (dossier->set_count, ==, 1);
  g_assert_cmpint (dossier->fee, ==, 8000);
  g_assert_cmpuint (dossier->version, ==, 1);
  g_assert_cmpstr (dossier->birth_date, ==, "");
  g_assert_cmpstr (dossier->workstation, ==, "");
  g_assert_cmpuint (dossier->components->len, ==, 1);
  paper = g_ptr_array_index (dossier->components, 0);
  g_assert_cmpstr (paper->name, ==, "Tờ khai");
  g_assert_cmpuint (paper->originals, ==, 1);
  g_assert_true (paper->provided);
}

static void
assert_refused (const char *json,
                const char *field)
{
  g_autoptr(JsonObject) object = parse_object (json);
  g_autoptr(GError) error = NULL;
  g_autoptr(McPortalDossier) dossier = mc_portal_dossier_from_json (object, &error);

  g_test_message ("%s", json);
  g_assert_null (dossier);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, field));
}

#define VALID_REST "\"ChuHoSo\": \"A\", \"NgayTiepNhan\": \"20261120080000\""

static void
test_dossier_refused (void)
{
  assert_refused ("{\"MaTTHC\": \"1.001193\", \"KenhThucHien\": 2, \"TrangThaiHoSo\": 1, "
                  "\"PhienBan\": 1, " VALID_REST "}", "MaHoSo");
  assert_refused ("{\"MaHoSo\": \"\", \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": 1, \"PhienBan\": 1, " VALID_REST "}", "MaHoSo");
  assert_refused ("{\"MaHoSo\": \"X\", \"MaTTHC\": \"1\", \"KenhThucHien\": 4, "
                  "\"TrangThaiHoSo\": 1, \"PhienBan\": 1, " VALID_REST "}", "KenhThucHien");
  assert_refused ("{\"MaHoSo\": \"X\", \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": \"11\", \"PhienBan\": 1, " VALID_REST "}", "TrangThaiHoSo");
  assert_refused ("{\"MaHoSo\": \"X\", \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": \"mới\", \"PhienBan\": 1, " VALID_REST "}", "TrangThaiHoSo");
  assert_refused ("{\"MaHoSo\": \"X\", \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": 1, \"PhienBan\": 0, " VALID_REST "}", "PhienBan");
  assert_refused ("{\"MaHoSo\": \"X\", \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": 1, \"PhienBan\": 1, \"ChuHoSo\": \"A\", "
                  "\"NgayTiepNhan\": \"2026-11-20\"}", "NgayTiepNhan");
  assert_refused ("{\"MaHoSo\": [1], \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": 1, \"PhienBan\": 1, " VALID_REST "}", "MaHoSo");
  assert_refused ("{\"MaHoSo\": \"X\", \"MaTTHC\": \"1\", \"KenhThucHien\": 2, "
                  "\"TrangThaiHoSo\": 1, \"PhienBan\": 1, " VALID_REST ", "
                  "\"MotCua\": {\"NgayTamDung\": \"hôm qua\"}}", "NgayTamDung");
}

static void
test_step_round_trip (void)
{
  g_autoptr(McPortalStep) step = mc_portal_step_new ();
  g_autoptr(JsonObject) sent = NULL;
  g_autoptr(JsonObject) received = NULL;
  g_autoptr(McPortalStep) back = NULL;
  g_autoptr(GError) error = NULL;

  step->step_id = g_strdup ("8f14e45f-ceea-467f-a0f6-3c4d2b6a8e11");
  step->code = g_strdup ("000.17.22.H56-260302-0007");
  step->actor_name = g_strdup ("Nguyễn Thị Lan");
  step->actor_title = g_strdup ("Công chức Tư pháp – Hộ tịch");
  step->unit_name = g_strdup ("Bộ phận Tiếp nhận và Trả kết quả");
  step->content = g_strdup ("Tiếp nhận hồ sơ");
  step->status = MC_DOSSIER_STATUS_ACCEPTED;
  step->time = RECEIVED;
  step->started_at = RECEIVED;
  step->due_at = RECEIVED + 5 * DAY;

  sent = mc_portal_step_to_json (step);
  g_assert_cmpstr (json_object_get_string_member (sent, "BuocId"), ==, step->step_id);
  g_assert_cmpstr (json_object_get_string_member (sent, "ThoiDiemXuLy"), ==, "20260302091530");
  g_assert_cmpstr (json_object_get_string_member (sent, "TrangThai"), ==, "2");
  g_assert_cmpstr (json_object_get_string_member (sent, "NgayKetThucTheoQuyDinh"), ==,
                   "20260307091530");

  received = through_text (sent);
  back = mc_portal_step_from_json (received, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (back->step_id, ==, step->step_id);
  g_assert_cmpstr (back->code, ==, step->code);
  g_assert_cmpstr (back->actor_name, ==, step->actor_name);
  g_assert_cmpstr (back->actor_title, ==, step->actor_title);
  g_assert_cmpstr (back->unit_name, ==, step->unit_name);
  g_assert_cmpstr (back->content, ==, step->content);
  g_assert_cmpint (back->status, ==, step->status);
  g_assert_cmpint (back->time, ==, step->time);
  g_assert_cmpint (back->started_at, ==, step->started_at);
  g_assert_cmpint (back->due_at, ==, step->due_at);

  json_object_set_string_member (received, "TrangThai", "0");
  g_clear_pointer (&back, mc_portal_step_free);
  back = mc_portal_step_from_json (received, &error);
  g_assert_null (back);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "TrangThai"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/portal-dossier/time", test_time);
  g_test_add_func ("/portal-dossier/round-trip", test_dossier_round_trip);
  g_test_add_func ("/portal-dossier/fields", test_dossier_fields);
  g_test_add_func ("/portal-dossier/online-filing", test_online_filing);
  g_test_add_func ("/portal-dossier/refused", test_dossier_refused);
  g_test_add_func ("/portal-dossier/step-round-trip", test_step_round_trip);

  return g_test_run ();
}
