/* test-evaluation-summary.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-error.h"
#include "mc-evaluation-summary.h"
#include "mc-pdf-test-util.h"

/* The summary of the citizens' evaluations: the classes of a total and
 * their thresholds, and the PDF, reopened with Poppler. */

static void
test_classify (void)
{
  McEvaluationThresholds thresholds;
  g_autofree char *text = NULL;

  mc_evaluation_thresholds_init_default (&thresholds);
  /* 15 exactly is excellent (a public implementation slips there). */
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 18), ==, MC_EVALUATION_EXCELLENT);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 15), ==, MC_EVALUATION_EXCELLENT);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 14.99), ==, MC_EVALUATION_GOOD);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 12), ==, MC_EVALUATION_GOOD);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 9), ==, MC_EVALUATION_FAIR);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 6), ==, MC_EVALUATION_AVERAGE);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 5.99), ==, MC_EVALUATION_WEAK);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 0), ==, MC_EVALUATION_WEAK);

  /* A province's own thresholds. */
  g_assert_true (mc_evaluation_thresholds_parse (" 16, 13.5 ,10,7", &thresholds, NULL));
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 15), ==, MC_EVALUATION_GOOD);
  g_assert_cmpint (mc_evaluation_classify (&thresholds, 13.5), ==, MC_EVALUATION_GOOD);
  text = mc_evaluation_thresholds_to_string (&thresholds);
  g_assert_cmpstr (text, ==, "16,13.5,10,7");
}

static void
test_thresholds_refused (void)
{
  static const char * const bad[] = {
    "", "15,12,9", "15,12,9,6,3", "12,15,9,6", "15,12,12,6", "19,12,9,6", "15,12,9,-1",
    "15,12,nine,6", "15;12;9;6",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      McEvaluationThresholds thresholds;

      mc_evaluation_thresholds_init_default (&thresholds);
      g_test_message ("“%s”", bad[i]);
      g_assert_false (mc_evaluation_thresholds_parse (bad[i], &thresholds, &error));
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      /* Left as it was. */
      g_assert_cmpfloat (thresholds.minimum[0], ==, 15);
    }
}

static void
test_render (void)
{
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 4, 1, 0, 0);
  g_autoptr(GDateTime) dated = mc_pdf_test_moment (2026, 4, 2, 9, 0);
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *total = NULL;
  McEvaluationThresholds thresholds;
  McDossierStats stats = { 0, };
  McPageMargins margins;

  /* Twelve forms: 2 points on five indices, 1 on four: 14 of 18. */
  stats.evaluations = 12;
  for (guint i = 0; i < MC_EVALUATION_N_INDICES; i++)
    stats.index_averages[i] = i < 5 ? 2 : 1;

  mc_evaluation_thresholds_init_default (&thresholds);
  pdf = mc_evaluation_summary_render (&stats, from, to, office, &thresholds, dated, &error);
  g_assert_no_error (error);
  mc_pdf_test_save (pdf, "evaluation-summary.pdf");
  document = mc_pdf_test_open (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  mc_pdf_test_assert_page_size (document, 595.28, 841.89);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "BẢNG TỔNG HỢP ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
  mc_pdf_test_assert_has (text, "Kỳ đánh giá: Từ ngày 01/01/2026 đến ngày 31/03/2026");
  mc_pdf_test_assert_has (text, "Đơn vị được đánh giá: UBND xã Tân Lập");
  mc_pdf_test_assert_has (text, "bình quân trên 12 phiếu đánh giá");
  mc_pdf_test_assert_has (text, "Xếp loại theo điểm tự chấm: Tốt");
  mc_pdf_test_assert_has (text, "Tân Lập, ngày 02 tháng 4 năm 2026");

  first = mc_pdf_test_get_row_text (document, 0, "Công khai các thủ tục hành chính");
  g_assert_cmpstr (first, ==, "6 Công khai các thủ tục hành chính 2 1.00");
  total = mc_pdf_test_get_row_text (document, 0, "Tổng điểm");
  g_assert_cmpstr (total, ==, "Tổng điểm 18 14.00");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/evaluation-summary/classify", test_classify);
  g_test_add_func ("/evaluation-summary/thresholds-refused", test_thresholds_refused);
  g_test_add_func ("/evaluation-summary/render", test_render);

  return g_test_run ();
}
