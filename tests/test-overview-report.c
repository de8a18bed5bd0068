/* test-overview-report.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-dashboard-chart.h"
#include "mc-overview-report.h"
#include "mc-pdf-test-util.h"

/* The overview on paper, reopened with Poppler: the figures, the three
 * charts with their legends in Vietnamese, and the overdue dossiers; and
 * the charts made from the overview's figures. */

static McDashboard *
make_dashboard (void)
{
  McDashboard *dashboard = g_new0 (McDashboard, 1);
  McReportRow *row = g_new0 (McReportRow, 1);
  McOfficerLoad *load = g_new0 (McOfficerLoad, 1);
  McDueDossier *due = g_new0 (McDueDossier, 1);

  dashboard->stats = g_new0 (McDossierStats, 1);
  dashboard->stats->counts = (McReportCounts) { 2, 5, 1, 3, 1, 1, 1, 1 };
  dashboard->stats->average_days = 2.5;

  dashboard->fields = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_report_row_free);
  row->field_code = g_strdup ("HOTICH");
  row->field_name = g_strdup ("Hộ tịch");
  row->counts = dashboard->stats->counts;
  g_ptr_array_add (dashboard->fields, row);

  dashboard->trend = g_array_new (FALSE, TRUE, sizeof (McTrendBucket));
  for (guint i = 0; i < 3; i++)
    {
      McTrendBucket bucket = { mc_pdf_test_moment (2026, 1, 1 + 7 * i, 0, 0), i, 1, 0 };

      g_array_append_val (dashboard->trend, bucket);
    }

  dashboard->officers = g_ptr_array_new ();
  load->officer_id = 0;
  load->name = g_strdup ("");
  load->resolved = 5;
  load->overdue = 1;
  g_ptr_array_add (dashboard->officers, load);

  dashboard->overdue = g_ptr_array_new ();
  due->code = g_strdup ("000.17.22.H56-260105-0003");
  due->applicant = g_strdup ("Đỗ Thị Hằng");
  due->procedure = g_strdup ("Đăng ký kết hôn");
  due->officer = g_strdup ("");
  due->due = mc_pdf_test_moment (2026, 1, 12, 17, 0);
  g_ptr_array_add (dashboard->overdue, due);
  dashboard->due_soon = g_ptr_array_new ();

  return dashboard;
}

/* The test's own arrays hold what make_dashboard() allocated. */
static void
free_dashboard (McDashboard *dashboard)
{
  McOfficerLoad *load = g_ptr_array_index (dashboard->officers, 0);
  McDueDossier *due = g_ptr_array_index (dashboard->overdue, 0);

  for (guint i = 0; i < dashboard->trend->len; i++)
    g_date_time_unref (g_array_index (dashboard->trend, McTrendBucket, i).start);
  g_free (load->name);
  g_free (load);
  g_free (due->code);
  g_free (due->applicant);
  g_free (due->procedure);
  g_free (due->officer);
  g_date_time_unref (due->due);
  g_free (due);
  g_ptr_array_set_size (dashboard->officers, 0);
  g_ptr_array_set_size (dashboard->overdue, 0);
  g_array_set_size (dashboard->trend, 0);
  mc_dashboard_free (dashboard);
}

static void
test_charts (void)
{
  McDashboard *dashboard = make_dashboard ();
  const char *three[] = { "a", "b", "c" };
  const char *five[] = { "a", "b", "c", "d", "e" };
  g_autoptr(McDashboardChart) trend = mc_dashboard_chart_trend (dashboard, three);
  g_autoptr(McDashboardChart) fields = mc_dashboard_chart_fields (dashboard, five);
  g_autoptr(McDashboardChart) officers = mc_dashboard_chart_officers (dashboard, three,
                                                                      "Chưa chuyển xử lý", 8);

  /* Weeks named by their first day; counter, online and postal series. */
  g_assert_cmpuint (trend->chart.n_categories, ==, 3);
  g_assert_cmpstr (trend->chart.categories[1], ==, "08/01");
  g_assert_cmpfloat (trend->chart.series[0].values[2], ==, 2);
  g_assert_cmpfloat (trend->chart.series[1].values[2], ==, 1);
  g_assert_false (trend->chart.lying);

  /* The field's results: early 1, on time 1, late 1, open 1 and 1. */
  g_assert_cmpuint (fields->chart.n_series, ==, 5);
  g_assert_cmpstr (fields->chart.categories[0], ==, "Hộ tịch");
  for (guint s = 0; s < 5; s++)
    g_assert_cmpfloat (fields->chart.series[s].values[0], ==, s == 0 ? 3 : 1);
  g_assert_true (fields->chart.lying);

  g_assert_cmpstr (officers->chart.categories[0], ==, "Chưa chuyển xử lý");
  g_assert_cmpfloat (officers->chart.series[0].values[0], ==, 5);
  g_assert_cmpfloat (officers->chart.series[2].values[0], ==, 1);

  free_dashboard (dashboard);
}

static void
test_render (void)
{
  McDashboard *dashboard = make_dashboard ();
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 1, 22, 0, 0);
  g_autoptr(GDateTime) dated = mc_pdf_test_moment (2026, 1, 22, 9, 0);
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;
  static const char * const required[] = {
    "UBND XÃ TÂN LẬP",
    "BÁO CÁO TỔNG QUAN TÌNH HÌNH GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH",
    "Kỳ báo cáo: Từ ngày 01/01/2026 đến ngày 21/01/2026",
    "I. CÁC CHỈ TIÊU",
    "trực tuyến 2, trực tiếp và bưu chính 5, kỳ trước chuyển sang 1",
    "trước hạn 3, đúng hạn 1, quá hạn 1",
    "II. BIỂU ĐỒ",
    "Tiếp nhận theo tuần", "Kết quả theo lĩnh vực", "Khối lượng theo cán bộ",
    "Trực tuyến", "Đang giải quyết, quá hạn", "Chưa chuyển xử lý",
    "III. HỒ SƠ ĐANG QUÁ HẠN (1)",
    "000.17.22.H56-260105-0003", "Đỗ Thị Hằng",
    "Tân Lập, ngày 22 tháng 01 năm 2026",
  };

  pdf = mc_overview_report_render (dashboard, from, to, office, dated, &error);
  g_assert_no_error (error);
  mc_pdf_test_save (pdf, "overview-report.pdf");
  document = mc_pdf_test_open (pdf);
  mc_pdf_test_assert_page_size (document, 595.28, 841.89);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  text = mc_pdf_test_get_text (document);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);

  free_dashboard (dashboard);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/overview-report/charts", test_charts);
  g_test_add_func ("/overview-report/render", test_render);

  return g_test_run ();
}
