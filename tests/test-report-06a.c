/* test-report-06a.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-pdf-test-util.h"
#include "mc-report-06a.h"

/* Report 06a as PDF, reopened with Poppler: A4 landscape, the official
 * words, every figure of its rows and the total, the fonts embedded and
 * everything inside the margins; many fields go on over pages, each with
 * the table's heading again. */

#define A4_LONG 841.89
#define A4_SHORT 595.28

static McReportRow *
make_row (const char *code,
          const char *name,
          guint       seed)
{
  McReportRow *row = g_new0 (McReportRow, 1);

  row->field_code = g_strdup (code);
  row->field_name = g_strdup (name);
  row->counts = (McReportCounts) { seed, seed + 1, seed + 2, seed + 3, seed + 4, seed + 5,
                                   seed + 6, seed + 7 };
  return row;
}

static GBytes *
render (GPtrArray *rows)
{
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 4, 1, 0, 0);
  g_autoptr(GDateTime) dated = mc_pdf_test_moment (2026, 4, 3, 9, 0);
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  GBytes *pdf = mc_report_06a_render_pdf (rows, from, to, office, "UBND huyện Tân Yên", dated,
                                          &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static void
test_quarter (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_report_row_free);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;
  static const char * const required[] = {
    "Biểu số 06a/VPCP/KSTT",
    "Ban hành theo Thông tư số 01/2020/TT-VPCP ngày 21/10/2020",
    "Đơn vị báo cáo: UBND xã Tân Lập",
    "Đơn vị nhận báo cáo: UBND huyện Tân Yên",
    "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    "Kỳ báo cáo: Từ ngày 01/01/2026 đến ngày 31/03/2026",
    "Đơn vị tính: Số hồ sơ TTHC",
    "Số hồ sơ nhận giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đang giải quyết",
    "Trong kỳ", "Trực tuyến", "Từ kỳ trước", "Trước hạn", "Đúng hạn", "Trong hạn",
    "(1)", "(13)",
    "Tân Lập, ngày 03 tháng 4 năm 2026",
    "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ",
  };

  g_ptr_array_add (rows, make_row ("BAOTROXAHOI", "Bảo trợ xã hội", 0));
  g_ptr_array_add (rows, make_row ("HOTICH", "Hộ tịch", 10));
  ((McReportRow *) g_ptr_array_index (rows, 0))->counts =
    (McReportCounts) { 1, 2, 3, 4, 5, 6, 7, 8 };

  pdf = render (rows);
  mc_pdf_test_save (pdf, "report-06a.pdf");
  document = mc_pdf_test_open (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  mc_pdf_test_assert_page_size (document, A4_LONG, A4_SHORT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  text = mc_pdf_test_get_text (document);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);

  /* Each row, left to right: (3) = (4) + (5) + (6), (7) = (8) + (9) +
   * (10), (11) = (12) + (13), and the total their sum. */
  {
    g_autofree char *first = mc_pdf_test_get_row_text (document, 0, "Bảo trợ xã hội");
    g_autofree char *second = mc_pdf_test_get_row_text (document, 0, "Hộ tịch");
    g_autofree char *total = mc_pdf_test_get_row_text (document, 0, "Tổng cộng");

    g_assert_cmpstr (first, ==, "1 Bảo trợ xã hội 6 1 2 3 15 4 5 6 15 7 8");
    g_assert_cmpstr (second, ==, "2 Hộ tịch 33 10 11 12 42 13 14 15 33 16 17");
    g_assert_cmpstr (total, ==, "Tổng cộng 39 11 13 15 57 17 19 21 48 23 25");
  }
}

/* Sixty fields, some with long names: the table goes on over pages,
 * each under the heading again, and the total comes last. */
static void
test_many_fields (void)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_report_row_free);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  McPageMargins margins;
  int n_pages;

  for (guint i = 0; i < 60; i++)
    {
      g_autofree char *code = g_strdup_printf ("F%02u", i);
      g_autofree char *name = g_strdup_printf (i % 7 == 0
                                               ? "Lĩnh vực %02u: thành lập và hoạt động của hợp tác "
                                                 "xã, tổ hợp tác và liên hiệp hợp tác xã"
                                               : "Lĩnh vực %02u", i);

      g_ptr_array_add (rows, make_row (code, name, i));
    }

  pdf = render (rows);
  document = mc_pdf_test_open (pdf);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 3);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  for (int page = 0; page < n_pages; page++)
    {
      g_autofree char *text = mc_pdf_test_get_page_text (document, page);

      g_test_message ("page %d", page + 1);
      mc_pdf_test_assert_has (text, "Số hồ sơ nhận giải quyết");
      mc_pdf_test_assert_has (text, "(13)");
      if (page == n_pages - 1)
        mc_pdf_test_assert_has (text, "Tổng cộng");
      else
        g_assert_null (strstr (text, "Tổng cộng"));
    }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-06a/quarter", test_quarter);
  g_test_add_func ("/report-06a/many-fields", test_many_fields);

  return g_test_run ();
}
