/* test-supplement-request.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-error.h"
#include "mc-pdf-test-util.h"
#include "mc-supplement-request.h"

/* Mẫu số 02, rendered and reopened with Poppler. */

#define A5_WIDTH  419.53
#define A5_HEIGHT 595.28

static void
add_component (McDossier  *dossier,
               const char *name,
               guint       originals,
               guint       copies,
               gboolean    provided)
{
  McDossierComponent *component = g_new0 (McDossierComponent, 1);

  component->name = g_strdup (name);
  component->originals = originals;
  component->copies = copies;
  component->provided = provided;
  mc_dossier_add_component (dossier, component);
}

static McDossier *
make_dossier (void)
{
  g_autoptr(GDateTime) received = mc_pdf_test_moment (2026, 3, 9, 14, 20);

  return g_object_new (MC_TYPE_DOSSIER,
                       "code", "000.17.22.H56-260309-0013",
                       "procedure-code", "1.000894",
                       "procedure-name", "Đăng ký kết hôn",
                       "applicant-name", "Phạm Thị Thu",
                       "address", "Xóm Chùa, xã Tân Lập",
                       "email", "thu.pham@example.vn",
                       "received-at", received,
                       NULL);
}

static McDossierEvent *
make_request (McDossierAction  action,
              gint64           actor_id,
              const char      *note)
{
  McDossierEvent *event = g_new0 (McDossierEvent, 1);

  event->step_id = g_strdup ("step-2");
  event->action = action;
  event->status_before = MC_DOSSIER_STATUS_PROCESSING;
  event->status_after = MC_DOSSIER_STATUS_SUPPLEMENT;
  event->actor_id = actor_id;
  event->actor_name = g_strdup ("Đỗ Minh Khôi");
  event->device_time = mc_pdf_test_moment (2026, 3, 10, 9, 0);
  event->effective_time = mc_pdf_test_moment (2026, 3, 10, 9, 0);
  event->note = g_strdup (note);
  event->details = g_strdup ("{}");
  event->version = 3;
  return event;
}

static char *
render_text (McDossier            *dossier,
             const McDossierEvent *event,
             GBytes              **pdf_out)
{
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_supplement_request_render (dossier, event, office, &error);
  g_autoptr(PopplerDocument) document = NULL;
  McPageMargins margins;

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  document = mc_pdf_test_open (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  if (pdf_out != NULL)
    *pdf_out = g_bytes_ref (pdf);
  return mc_pdf_test_get_text (document);
}

/* The papers checked as missing are the list; those provided are not. */
static void
test_request (void)
{
  g_autoptr(McDossier) dossier = make_dossier ();
  g_autoptr(McDossierEvent) event =
    make_request (MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, 4,
                  "Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng.");
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = NULL;
  static const char * const required[] = {
    "UBND XÃ TÂN LẬP",
    "Số: ……/HDHS",
    "Tân Lập, ngày 10 tháng 3 năm 2026",
    "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
    "Mã hồ sơ: 000.17.22.H56-260309-0013",
    "Bộ phận tiếp nhận và trả kết quả UBND xã Tân Lập tiếp nhận hồ sơ của Ông/Bà: Phạm Thị Thu",
    "Nội dung yêu cầu giải quyết: Đăng ký kết hôn",
    "Địa chỉ: Xóm Chùa, xã Tân Lập",
    "thu.pham@example.vn",
    "Yêu cầu Ông/Bà hoàn thiện hồ sơ gồm những nội dung như sau:",
    "Thành phần hồ sơ",
    "Bản chính",
    "Bản sao",
    "Giấy xác nhận tình trạng hôn nhân",
    "Trích lục ghi chú ly hôn",
    "Lý do: Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng.",
    "Ông/Bà liên hệ với Đỗ Minh Khôi số điện thoại",
    "để được hướng dẫn./.",
    "NGƯỜI HƯỚNG DẪN",
  };

  add_component (dossier, "Tờ khai đăng ký kết hôn", 1, 0, TRUE);
  add_component (dossier, "Giấy xác nhận tình trạng hôn nhân", 1, 0, FALSE);
  add_component (dossier, "Trích lục ghi chú ly hôn", 0, 1, FALSE);
  text = render_text (dossier, event, &pdf);
  mc_pdf_test_save (pdf, "supplement.pdf");
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);
  g_assert_null (strstr (text, "Tờ khai đăng ký kết hôn"));
  g_assert_null (strstr (text, "tháng.."));
}

/* The officer's request names the papers: they are the list, not those
 * missing at the counter; a paper of the dossier keeps its numbers. */
static void
test_request_names_papers (void)
{
  g_autoptr(McDossier) dossier = make_dossier ();
  g_autoptr(McDossierEvent) event =
    make_request (MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, 4, "Thiếu giấy xác nhận cư trú.");
  g_autofree char *text = NULL;

  add_component (dossier, "Giấy xác nhận tình trạng hôn nhân", 1, 0, FALSE);
  add_component (dossier, "Trích lục ghi chú ly hôn", 0, 2, TRUE);
  g_free (event->details);
  event->details = g_strdup ("{\"papers\": [\"Giấy xác nhận cư trú\", \" Trích lục ghi chú ly hôn \", "
                             "\"\", 7]}");
  text = render_text (dossier, event, NULL);

  /* Two rows, in the request's order; the blank and the number are not
   * papers. The table's text comes column by column. */
  mc_pdf_test_assert_has (text, "Thành phần hồ sơ 1Giấy xác nhận cư trú 2Trích lục ghi chú ly hôn "
                                "Bản chính Bản sao 2 Lý do: Thiếu giấy xác nhận cư trú.");
  g_assert_null (strstr (text, "tình trạng hôn nhân"));

  /* Details that are not the step's list change nothing. */
  g_free (event->details);
  event->details = g_strdup ("{\"papers\": \"Giấy xác nhận cư trú\"}");
  g_clear_pointer (&text, g_free);
  text = render_text (dossier, event, NULL);
  mc_pdf_test_assert_has (text, "1Giấy xác nhận tình trạng hôn nhân");
  g_assert_null (strstr (text, "Giấy xác nhận cư trú"));
}

/* No paper checked as missing, no reason, no staff account: the lines
 * are left to write on. */
static void
test_request_blank (void)
{
  g_autoptr(McDossier) dossier = make_dossier ();
  g_autoptr(McDossierEvent) event = make_request (MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, 0, NULL);
  g_autofree char *text = render_text (dossier, event, NULL);

  mc_pdf_test_assert_has (text, "như sau: 1. ……");
  mc_pdf_test_assert_has (text, "2. ……");
  mc_pdf_test_assert_has (text, "Lý do: ……");
  mc_pdf_test_assert_has (text, "liên hệ với …………………… số điện thoại ……");
  g_assert_null (strstr (text, "Thành phần hồ sơ"));
  g_assert_null (strstr (text, "Đỗ Minh Khôi"));
}

static void
test_not_a_request (void)
{
  g_autoptr(McDossier) dossier = make_dossier ();
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(McDossierEvent) event = make_request (MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, 4, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_supplement_request_render (dossier, event, office, &error);

  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (pdf);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/supplement-request/request", test_request);
  g_test_add_func ("/supplement-request/names-papers", test_request_names_papers);
  g_test_add_func ("/supplement-request/blank", test_request_blank);
  g_test_add_func ("/supplement-request/not-a-request", test_not_a_request);

  return g_test_run ();
}
