/* test-appointment-slip.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mc-appointment-slip.h"
#include "mc-pdf-test-util.h"

/* Mẫu số 01, rendered and reopened with Poppler. */

#define A5_WIDTH  419.53
#define A5_HEIGHT 595.28

static McDossier *
make_dossier (const char *name,
              guint       n_components,
              gboolean    by_post)
{
  g_autoptr(GDateTime) received = mc_pdf_test_moment (2026, 2, 5, 8, 7);
  g_autoptr(GDateTime) due = mc_pdf_test_moment (2026, 2, 12, 16, 30);
  McDossier *dossier = g_object_new (MC_TYPE_DOSSIER,
                                     "code", "000.17.22.H56-260205-0007",
                                     "procedure-code", "1.004884",
                                     "procedure-name", "Đăng ký lại khai sinh",
                                     "applicant-name", name,
                                     "id-number", "025190001234",
                                     "phone", "0912 345 678",
                                     "email", "an.nguyen@example.vn",
                                     "address", "Thôn Đồng Tâm, xã Tân Lập, tỉnh Phú Thọ",
                                     "delivery-by-post", by_post,
                                     "set-count", 1,
                                     "received-at", received,
                                     "due-at", due,
                                     NULL);

  for (guint i = 0; i < n_components; i++)
    {
      McDossierComponent *component = g_new0 (McDossierComponent, 1);

      component->name = i % 2 == 0
        ? g_strdup_printf ("Tờ khai đăng ký lại khai sinh theo mẫu quy định (%u)", i + 1)
        : g_strdup_printf ("Bản sao giấy tờ tùy thân của người yêu cầu, có chứng thực (%u)", i + 1);
      component->originals = i % 2 == 0 ? 1 : 0;
      component->copies = i % 2 == 0 ? 0 : 2;
      component->provided = TRUE;
      mc_dossier_add_component (dossier, component);
    }

  return dossier;
}

static GBytes *
render (McDossier *dossier)
{
  g_autoptr(McOfficeIdentity) identity = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  McAppointmentSlipExtras extras = { "05 ngày làm việc", "Nguyễn Thị Hoa", "01", "07" };
  g_autoptr(GError) error = NULL;
  GBytes *pdf = mc_appointment_slip_render_full (dossier, NULL, identity, &extras, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static void
test_slip_time (void)
{
  g_autoptr(GDateTime) morning = mc_pdf_test_moment (2026, 2, 5, 8, 7);
  g_autoptr(GDateTime) afternoon = mc_pdf_test_moment (2026, 11, 21, 16, 30);
  g_autofree char *a = mc_format_slip_time (morning);
  g_autofree char *b = mc_format_slip_time (afternoon);
  g_autofree char *blank = mc_format_slip_time (NULL);

  g_assert_cmpstr (a, ==, "08 giờ 07 phút, ngày 05 tháng 02 năm 2026");
  g_assert_cmpstr (b, ==, "16 giờ 30 phút, ngày 21 tháng 11 năm 2026");
  g_assert_true (g_str_has_prefix (blank, "……"));
}

static void
test_slip_duration (void)
{
  static const struct {
    double      value;
    McTimeUnit  unit;
    const char *expected;
  } cases[] = {
    { 5, MC_TIME_UNIT_WORKING_DAYS, "05 ngày làm việc" },
    { 15, MC_TIME_UNIT_WORKING_DAYS, "15 ngày làm việc" },
    { 0.5, MC_TIME_UNIT_WORKING_DAYS, "0,5 ngày làm việc" },
    { 3, MC_TIME_UNIT_CALENDAR_DAYS, "03 ngày" },
    { 8, MC_TIME_UNIT_HOURS, "08 giờ" },
    { 0, MC_TIME_UNIT_WORKING_DAYS, "trong ngày" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = mc_format_slip_duration (cases[i].value, cases[i].unit);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

static void
test_slip_no_components (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Lê Văn Ba", 0, FALSE);
  g_autoptr(McOfficeIdentity) identity = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_appointment_slip_render (dossier, NULL, identity, &error);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  document = mc_pdf_test_open (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 2);
  text = mc_pdf_test_get_text (document);
  /* What the office has not given is left to fill in by hand. */
  mc_pdf_test_assert_has (text, "1. Thành phần hồ sơ nộp gồm: (1) ……");
  mc_pdf_test_assert_has (text, "3. Thời gian giải quyết hồ sơ theo quy định là: …… ngày làm việc");
  mc_pdf_test_assert_has (text, "Quyển số: …… Số thứ tự: ……");
}

static void
test_slip (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Nguyễn Thị Ánh Tuyết", 3, FALSE);
  g_autoptr(GBytes) pdf = render (dossier);
  g_autoptr(PopplerDocument) document = mc_pdf_test_open (pdf);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  McPageMargins margins;
  static const char * const required[] = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Tân Lập, ngày 05 tháng 02 năm 2026",
    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
    "Mã hồ sơ: 000.17.22.H56-260205-0007",
    "Bộ phận tiếp nhận và trả kết quả: UBND xã Tân Lập",
    "Tiếp nhận hồ sơ của: Nguyễn Thị Ánh Tuyết",
    "Địa chỉ: Thôn Đồng Tâm, xã Tân Lập, tỉnh Phú Thọ",
    "Số điện thoại: 0912 345 678",
    "Email: an.nguyen@example.vn",
    "Nội dung yêu cầu giải quyết: Đăng ký lại khai sinh",
    "1. Thành phần hồ sơ nộp gồm:",
    "Tên giấy tờ",
    "Bản chính",
    "Bản sao",
    "Tờ khai đăng ký lại khai sinh theo mẫu quy định (1)",
    "có chứng thực (2)",
    "2. Số lượng hồ sơ: 01 (bộ)",
    "3. Thời gian giải quyết hồ sơ theo quy định là: 05 ngày làm việc",
    "4. Thời gian nhận hồ sơ: 08 giờ 07 phút, ngày 05 tháng 02 năm 2026",
    "5. Thời gian trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 12 tháng 02 năm 2026",
    "6. Đăng ký nhận kết quả tại: Bộ phận tiếp nhận và trả kết quả",
    "Vào Sổ theo dõi hồ sơ, Quyển số: 01 Số thứ tự: 07",
    "NGƯỜI NỘP HỒ SƠ",
    "NGƯỜI TIẾP NHẬN HỒ SƠ",
    "(Ký và ghi rõ họ tên)",
    "Nguyễn Thị Hoa",
    "Ghi chú:",
    "được lập thành 2 liên",
    "qua dịch vụ bưu chính.",
  };

  mc_pdf_test_save (pdf, "slip.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 2);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  g_assert_cmpstr (title, ==, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả");
  g_assert_cmpstr (author, ==, "UBND xã Tân Lập");

  /* Each liên is complete on its own page. */
  for (int i = 0; i < 2; i++)
    {
      g_autofree char *text = mc_pdf_test_get_page_text (document, i);
      g_autofree char *left = mc_pdf_test_get_area_text (document, i, 0, 0, 56.7 + 0.48 * 334.5, 100);

      for (guint j = 0; j < G_N_ELEMENTS (required); j++)
        mc_pdf_test_assert_has (text, required[j]);
      /* The agency's column of the heading wraps; read it alone. */
      mc_pdf_test_assert_has (left, "UBND XÃ TÂN LẬP BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
      mc_pdf_test_assert_has (text, i == 0 ? "(Liên 1: Lưu)" : "(Liên 2: Giao người nộp hồ sơ)");
    }

  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  mc_pdf_test_save (pdf, "slip.pdf");
}

static void
test_slip_by_post (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Lê Văn Ba", 1, TRUE);
  g_autoptr(GBytes) pdf = render (dossier);
  g_autoptr(PopplerDocument) document = mc_pdf_test_open (pdf);
  g_autofree char *text = mc_pdf_test_get_text (document);

  mc_pdf_test_assert_has (text, "6. Đăng ký nhận kết quả tại: tại nhà qua dịch vụ bưu chính");
}

static void
test_slip_long_input (void)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;
  int n_pages;

  while (g_utf8_strlen (name->str, -1) < 200)
    g_string_append (name, "Nguyễn Hoàng Phương Thảo ");
  g_string_truncate (name, g_utf8_offset_to_pointer (name->str, 200) - name->str);
  g_assert_cmpint (g_utf8_strlen (name->str, -1), ==, 200);

  dossier = make_dossier (name->str, 40, FALSE);
  pdf = render (dossier);
  mc_pdf_test_save (pdf, "slip-long.pdf");
  document = mc_pdf_test_open (pdf);
  n_pages = poppler_document_get_n_pages (document);

  /* Both liên overflow onto more pages, and none is lost. */
  g_assert_cmpint (n_pages, >, 2);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  mc_pdf_test_assert_fonts (document);

  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "(Liên 1: Lưu)");
  mc_pdf_test_assert_has (text, "(Liên 2: Giao người nộp hồ sơ)");
  mc_pdf_test_assert_has (text, "có chứng thực (40)");
  mc_pdf_test_assert_has (text, "Ghi chú:");
  {
    const char *second = strstr (text, "(Liên 2:");

    g_assert_nonnull (strstr (second, "có chứng thực (40)"));
    g_assert_nonnull (strstr (second, "qua dịch vụ bưu chính."));
  }
}

static void
test_slip_qr (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Nguyễn Thị Ánh Tuyết", 3, FALSE);
  g_autoptr(GBytes) pdf = render (dossier);
  g_autofree char *payload = mc_appointment_slip_qr_payload (dossier);
  g_autofree char *decoded = NULL;

  g_assert_cmpstr (payload, ==,
                   "{\"maHoSo\":\"000.17.22.H56-260205-0007\",\"maTTHC\":\"1.004884\","
                   "\"soGiayTo\":\"025190001234\","
                   "\"tieuDe\":\"Giấy tiếp nhận hồ sơ và hẹn trả kết quả\",\"heThong\":\"Một Cửa\","
                   "\"thoiGianCap\":\"2026-02-05T08:07:00+07:00\","
                   "\"thoiGianHen\":\"2026-02-12T16:30:00+07:00\"}");

  decoded = mc_pdf_test_decode_qr (pdf, 0);
  if (decoded == NULL)
    {
      g_test_skip ("zbarimg is not installed");
      return;
    }
  g_assert_cmpstr (decoded, ==, payload);
}

static void
test_slip_continuation (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Lê Văn Ba", 40, FALSE);
  g_autoptr(GBytes) pdf = render (dossier);
  g_autoptr(PopplerDocument) document = mc_pdf_test_open (pdf);
  int n_pages = poppler_document_get_n_pages (document);
  g_autofree char *first = mc_pdf_test_get_area_text (document, 0, 0, 0, A5_WIDTH, 42);
  g_autofree char *second = mc_pdf_test_get_area_text (document, 1, 0, 0, A5_WIDTH, 42);
  g_autofree char *second_text = mc_pdf_test_get_page_text (document, 1);
  gboolean seen_liên_2 = FALSE;

  g_assert_cmpint (n_pages, >=, 4);
  /* No number on a liên's first page, 2 on its second, in the top margin. */
  g_assert_cmpstr (g_strstrip (first), ==, "");
  g_assert_cmpstr (g_strstrip (second), ==, "2");
  mc_pdf_test_assert_has (second_text, "(Liên 1: Lưu (tiếp theo))");

  for (int i = 1; i < n_pages; i++)
    {
      g_autofree char *text = mc_pdf_test_get_page_text (document, i);
      g_autofree char *number = mc_pdf_test_get_area_text (document, i, 0, 0, A5_WIDTH, 42);

      if (strstr (text, "(Liên 2: Giao người nộp hồ sơ)") != NULL && strstr (text, "tiếp theo") == NULL)
        {
          /* Liên 2 starts again from an unnumbered page. */
          seen_liên_2 = TRUE;
          g_assert_cmpstr (g_strstrip (number), ==, "");
        }
      else if (seen_liên_2)
        {
          mc_pdf_test_assert_has (text, "(Liên 2: Giao người nộp hồ sơ (tiếp theo))");
        }
    }
  g_assert_true (seen_liên_2);
}

static void
test_slip_counter_name (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Lê Văn Ba", 1, FALSE);
  g_autoptr(McOfficeIdentity) identity = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *left = NULL;

  g_assert_cmpstr (identity->counter_name, ==, "Bộ phận tiếp nhận và trả kết quả");
  mc_office_identity_set_counter_name (identity, "  Trung tâm Phục vụ hành chính công xã  ");
  g_assert_cmpstr (identity->counter_name, ==, "Trung tâm Phục vụ hành chính công xã");
  pdf = mc_appointment_slip_render (dossier, NULL, identity, &error);
  g_assert_no_error (error);
  document = mc_pdf_test_open (pdf);
  left = mc_pdf_test_get_area_text (document, 0, 0, 0, 56.7 + 0.48 * 334.5, 100);
  mc_pdf_test_assert_has (left, "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ");
  mc_office_identity_set_counter_name (identity, NULL);
  g_assert_cmpstr (identity->counter_name, ==, "Bộ phận tiếp nhận và trả kết quả");
}

static void
test_counter_name_setting (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("mc-slip-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);
  g_autoptr(McDatabase) db = NULL;
  g_autoptr(McOfficeIdentity) first = NULL;
  g_autoptr(McOfficeIdentity) second = NULL;

  g_assert_no_error (error);
  db = mc_database_open (path, &error);
  g_assert_no_error (error);

  /* The missing row is written with the default, for the administrator to edit. */
  first = mc_dossier_store_get_office_identity (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (first->counter_name, ==, "Bộ phận tiếp nhận và trả kết quả");
  g_assert_true (mc_database_exec (db, "SELECT 1 FROM setting WHERE key = 'counter-name'", &error));
  g_assert_true (mc_database_exec (db,
                                   "UPDATE setting SET value = 'Trung tâm Phục vụ hành chính công xã Tân Lập' "
                                   "WHERE key = 'counter-name'", &error));
  g_assert_no_error (error);
  second = mc_dossier_store_get_office_identity (db, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (second->counter_name, ==, "Trung tâm Phục vụ hành chính công xã Tân Lập");

  g_clear_object (&db);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/appointment-slip/time", test_slip_time);
  g_test_add_func ("/appointment-slip/duration", test_slip_duration);
  g_test_add_func ("/appointment-slip/render", test_slip);
  g_test_add_func ("/appointment-slip/no-components", test_slip_no_components);
  g_test_add_func ("/appointment-slip/by-post", test_slip_by_post);
  g_test_add_func ("/appointment-slip/long-input", test_slip_long_input);
  g_test_add_func ("/appointment-slip/qr", test_slip_qr);
  g_test_add_func ("/appointment-slip/continuation", test_slip_continuation);
  g_test_add_func ("/appointment-slip/counter-name", test_slip_counter_name);
  g_test_add_func ("/appointment-slip/counter-name-setting", test_counter_name_setting);

  return g_test_run ();
}
