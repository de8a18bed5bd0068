/* test-refusal-slip.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-error.h"
#include "mc-pdf-test-util.h"
#include "mc-refusal-slip.h"

/* Mẫu số 03, rendered and reopened with Poppler. */

#define A5_WIDTH  419.53
#define A5_HEIGHT 595.28

static McDossier *
make_dossier (void)
{
  g_autoptr(GDateTime) received = mc_pdf_test_moment (2026, 3, 9, 14, 20);

  return g_object_new (MC_TYPE_DOSSIER,
                       "code", "000.17.22.H56-260309-0012",
                       "procedure-code", "1.001193",
                       "procedure-name", "Đăng ký khai sinh",
                       "applicant-name", "Hoàng Văn Đông",
                       "address", "Thôn Đông Hà, xã Tân Lập",
                       "phone", "0912345678",
                       "received-at", received,
                       NULL);
}

static McDossierEvent *
make_event (McDossierAction  action,
            gint64           actor_id,
            const char      *note)
{
  McDossierEvent *event = g_new0 (McDossierEvent, 1);

  event->step_id = g_strdup ("step-1");
  event->action = action;
  event->status_after = MC_DOSSIER_STATUS_REFUSED;
  event->actor_id = actor_id;
  event->actor_name = g_strdup ("Nguyễn Thị Hoa");
  event->device_time = mc_pdf_test_moment (2026, 3, 9, 14, 25);
  event->effective_time = mc_pdf_test_moment (2026, 3, 9, 14, 25);
  event->note = g_strdup (note);
  event->details = g_strdup ("{}");
  event->version = 1;
  return event;
}

static char *
render_text (const McDossierEvent *event,
             GBytes              **pdf_out)
{
  g_autoptr(McDossier) dossier = make_dossier ();
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_refusal_slip_render (dossier, event, office, &error);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *title = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  document = mc_pdf_test_open (pdf);
  title = poppler_document_get_title (document);
  g_assert_cmpstr (title, ==, "Phiếu từ chối tiếp nhận giải quyết hồ sơ");
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  mc_pdf_test_assert_page_size (document, A5_WIDTH, A5_HEIGHT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  text = mc_pdf_test_get_text (document);
  if (pdf_out != NULL)
    *pdf_out = g_bytes_ref (pdf);
  return g_steal_pointer (&text);
}

static void
test_slip (void)
{
  g_autoptr(McDossierEvent) event =
    make_event (MC_DOSSIER_ACTION_REFUSE_AT_COUNTER, 3,
                "Thủ tục thuộc thẩm quyền của Ủy ban nhân dân cấp tỉnh.");
  g_autoptr(GBytes) pdf = NULL;
  g_autofree char *text = render_text (event, &pdf);
  static const char * const required[] = {
    "UBND XÃ TÂN LẬP",
    "Số: ……/TCHS",
    "Tân Lập, ngày 09 tháng 3 năm 2026",
    "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
    "Mã hồ sơ: 000.17.22.H56-260309-0012",
    "Tiếp nhận hồ sơ của: Hoàng Văn Đông",
    "Địa chỉ: Thôn Đông Hà, xã Tân Lập",
    "0912345678",
    "Nội dung yêu cầu giải quyết: Đăng ký khai sinh",
    "Qua xem xét, Bộ phận tiếp nhận và trả kết quả UBND xã Tân Lập thông báo không tiếp nhận, "
      "giải quyết hồ sơ này với lý do cụ thể như sau: Thủ tục thuộc thẩm quyền của Ủy ban nhân "
      "dân cấp tỉnh.",
    "Xin thông báo cho Ông/Bà được biết và thực hiện./.",
    "NGƯỜI TIẾP NHẬN HỒ SƠ",
    "Nguyễn Thị Hoa",
  };

  mc_pdf_test_save (pdf, "refusal.pdf");
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);
  /* One stop only, though the note had its own. */
  g_assert_null (strstr (text, "tỉnh.."));
}

/* A refusal entered by the CLI has no staff member to sign: the line is
 * left to write on; a missing reason is dotted. */
static void
test_slip_unsigned (void)
{
  g_autoptr(McDossierEvent) event = make_event (MC_DOSSIER_ACTION_REFUSE, 0, NULL);
  g_autofree char *text = render_text (event, NULL);

  mc_pdf_test_assert_has (text, "lý do cụ thể như sau: ……");
  mc_pdf_test_assert_has (text, "NGƯỜI TIẾP NHẬN HỒ SƠ");
  g_assert_null (strstr (text, "Nguyễn Thị Hoa"));
}

static void
test_not_a_refusal (void)
{
  g_autoptr(McDossier) dossier = make_dossier ();
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(McDossierEvent) event = make_event (MC_DOSSIER_ACTION_RECEIVE, 3, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_refusal_slip_render (dossier, event, office, &error);

  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (pdf);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/refusal-slip/slip", test_slip);
  g_test_add_func ("/refusal-slip/unsigned", test_slip_unsigned);
  g_test_add_func ("/refusal-slip/not-a-refusal", test_not_a_refusal);

  return g_test_run ();
}
