/* test-apology-letter.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-apology-letter.h"
#include "mc-error.h"
#include "mc-pdf-test-util.h"

/* Mẫu số 04, rendered and reopened with Poppler. */

#define A5_WIDTH  419.53
#define A5_HEIGHT 595.28

/* The left column of the signature row ("Nơi nhận"): the left margin
 * (20 mm) and 42 % of the text width. */
#define LEFT_COLUMN_END (56.7 + 0.42 * 334.5)

static McDossier *
make_dossier (const char      *name,
              McApplicantType  type)
{
  g_autoptr(GDateTime) received = mc_pdf_test_moment (2026, 2, 5, 8, 7);
  g_autoptr(GDateTime) original_due = mc_pdf_test_moment (2026, 2, 12, 16, 30);
  g_autoptr(GDateTime) due = mc_pdf_test_moment (2026, 3, 4, 9, 0);

  return g_object_new (MC_TYPE_DOSSIER,
                       "code", "000.17.22.H56-260205-0007",
                       "procedure-code", "1.004884",
                       "procedure-name", "Đăng ký lại khai sinh",
                       "applicant-type", type,
                       "applicant-name", name,
                       "received-at", received,
                       "due-at", due,
                       "original-due-at", original_due,
                       "apology-given", TRUE,
                       NULL);
}

static McDossierEvent *
make_event (McDossierAction  action,
            const char      *note,
            const char      *details)
{
  McDossierEvent *event = g_new0 (McDossierEvent, 1);

  event->step_id = g_strdup ("step-1");
  event->action = action;
  event->status_before = MC_DOSSIER_STATUS_PROCESSING;
  event->status_after = MC_DOSSIER_STATUS_PROCESSING;
  event->actor_name = g_strdup ("Nguyễn Thị Hoa");
  event->device_time = mc_pdf_test_moment (2026, 2, 11, 10, 15);
  event->effective_time = mc_pdf_test_moment (2026, 2, 11, 10, 15);
  event->note = g_strdup (note);
  event->details = g_strdup (details != NULL ? details : "{}");
  event->version = 5;
  return event;
}

static GBytes *
render (McDossier             *dossier,
        const McDossierEvent  *event,
        const McApologySigner *signer)
{
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  GBytes *pdf = mc_apology_letter_render (dossier, event, office, signer, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static void
test_letter (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Nguyễn Thị Ánh Tuyết", MC_APPLICANT_CITIZEN);
  g_autoptr(McDossierEvent) event =
    make_event (MC_DOSSIER_ACTION_APOLOGIZE,
                "Cần xác minh thông tin hộ tịch tại Ủy ban nhân dân xã nơi đăng ký khai sinh trước đây",
                "{\"number\": \"03\"}");
  McApologySigner signer = { NULL, "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Đức" };
  g_autoptr(GBytes) pdf = render (dossier, event, &signer);
  g_autoptr(PopplerDocument) document = mc_pdf_test_open (pdf);
  g_autofree char *title = poppler_document_get_title (document);
  g_autofree char *author = poppler_document_get_author (document);
  g_autofree char *text = NULL;
  g_autofree char *left = NULL;
  g_autofree char *right = NULL;
  McPageMargins margins;
  static const char * const required[] = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "UBND XÃ TÂN LẬP",
    "Số: 03/PXL",
    "Tân Lập, ngày 11 tháng 02 năm 2026",
    "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
    "Kính gửi: Nguyễn Thị Ánh Tuyết",
    "Vào lúc 08 giờ 07 phút, ngày 05 tháng 02 năm 2026, UBND xã Tân Lập tiếp nhận giải "
      "quyết hồ sơ của Ông/Bà: Nguyễn Thị Ánh Tuyết.",
    "Nội dung yêu cầu giải quyết: Đăng ký lại khai sinh.",
    "Mã hồ sơ: 000.17.22.H56-260205-0007.",
    "Thời hẹn trả kết quả giải quyết hồ sơ: 16 giờ 30 phút, ngày 12 tháng 02 năm 2026.",
    "Tuy nhiên đến nay, UBND xã Tân Lập chưa trả kết quả giải quyết hồ sơ của Ông/Bà.",
    "Lý do: Cần xác minh thông tin hộ tịch tại Ủy ban nhân dân xã nơi đăng ký khai sinh trước đây.",
    "Sự chậm trễ này đã gây phiền hà cho Ông/Bà. UBND xã Tân Lập xin lỗi Ông/Bà và sẽ trả "
      "kết quả giải quyết hồ sơ cho Ông/Bà vào lúc 09 giờ 00 phút, ngày 04 tháng 03 năm 2026.",
    "Xin trân trọng cảm ơn./.",
  };

  mc_pdf_test_save (pdf, "apology.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  g_assert_cmpstr (title, ==, "Phiếu xin lỗi và hẹn lại ngày trả kết quả");
  g_assert_cmpstr (author, ==, "UBND xã Tân Lập");

  text = mc_pdf_test_get_text (document);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);

  /* "Nơi nhận" on the left, the signer on the right (Nghị định 30/2020). */
  left = mc_pdf_test_get_area_text (document, 0, 0, A5_HEIGHT / 2, LEFT_COLUMN_END, A5_HEIGHT);
  right = mc_pdf_test_get_area_text (document, 0, LEFT_COLUMN_END, A5_HEIGHT / 2, A5_WIDTH, A5_HEIGHT);
  mc_pdf_test_assert_has (left, "Nơi nhận: - Như trên; - Lưu: VT, Bộ phận một cửa.");
  mc_pdf_test_assert_has (right, "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH");
  mc_pdf_test_assert_has (right, "(Ký, ghi rõ họ tên và đóng dấu)");
  mc_pdf_test_assert_has (right, "Trần Văn Đức");
  g_assert_null (strstr (right, "Nơi nhận"));

  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
}

/* No signer, no number, no reason: the lines are left to write on; an
 * organisation is addressed as such; the details may give the dates. */
static void
test_letter_blank (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Công ty TNHH Hoa Sen", MC_APPLICANT_ORGANISATION);
  g_autoptr(McDossierEvent) event =
    make_event (MC_DOSSIER_ACTION_APOLOGIZE, NULL,
                "{\"previous_due_at\": \"2026-02-13T10:00:00+07:00\","
                " \"new_due_at\": \"2026-02-20T14:45:00+07:00\"}");
  g_autoptr(GBytes) pdf = render (dossier, event, NULL);
  g_autoptr(PopplerDocument) document = mc_pdf_test_open (pdf);
  g_autofree char *text = mc_pdf_test_get_text (document);
  McPageMargins margins;

  mc_pdf_test_save (pdf, "apology-blank.pdf");
  mc_pdf_test_assert_has (text, "Số: ……/PXL");
  mc_pdf_test_assert_has (text, "Kính gửi: Công ty TNHH Hoa Sen");
  mc_pdf_test_assert_has (text, "hồ sơ của Quý tổ chức: Công ty TNHH Hoa Sen.");
  mc_pdf_test_assert_has (text, "Thời hẹn trả kết quả giải quyết hồ sơ: 10 giờ 00 phút, ngày 13 tháng 02 năm 2026.");
  mc_pdf_test_assert_has (text, "vào lúc 14 giờ 45 phút, ngày 20 tháng 02 năm 2026.");
  mc_pdf_test_assert_has (text, "Lý do: ……");
  mc_pdf_test_assert_has (text, "TM. ỦY BAN NHÂN DÂN");
  g_assert_null (strstr (text, "KT. CHỦ TỊCH"));
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
}

static void
test_letter_long_reason (void)
{
  g_autoptr(GString) reason = g_string_new (NULL);
  g_autoptr(McDossier) dossier = make_dossier ("Lê Văn Ba", MC_APPLICANT_CITIZEN);
  g_autoptr(McDossierEvent) event = NULL;
  McApologySigner signer = { NULL, NULL, "CHỦ TỊCH", "Phạm Quang Huy" };
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;

  while (g_utf8_strlen (reason->str, -1) < 1500)
    g_string_append (reason, "Hồ sơ phải lấy ý kiến của cơ quan có liên quan về việc xác minh; ");
  g_string_append (reason, "hết");
  event = make_event (MC_DOSSIER_ACTION_APOLOGIZE, reason->str, NULL);
  pdf = render (dossier, event, &signer);
  mc_pdf_test_save (pdf, "apology-long.pdf");
  document = mc_pdf_test_open (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), >, 1);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "xác minh; hết.");
  mc_pdf_test_assert_has (text, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH");
  mc_pdf_test_assert_has (text, "Phạm Quang Huy");
  mc_pdf_test_assert_has (text, "Nơi nhận:");
}

static void
test_not_apology (void)
{
  g_autoptr(McDossier) dossier = make_dossier ("Lê Văn Ba", MC_APPLICANT_CITIZEN);
  g_autoptr(McDossierEvent) event = make_event (MC_DOSSIER_ACTION_HAND_OVER, NULL, NULL);
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_apology_letter_render (dossier, event, office, NULL, &error);

  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (pdf);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/apology-letter/render", test_letter);
  g_test_add_func ("/apology-letter/blank", test_letter_blank);
  g_test_add_func ("/apology-letter/long-reason", test_letter_long_reason);
  g_test_add_func ("/apology-letter/not-apology", test_not_apology);

  return g_test_run ();
}
