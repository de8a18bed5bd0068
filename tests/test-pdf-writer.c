/* test-pdf-writer.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-document-header.h"
#include "mc-pdf-test-util.h"
#include "mc-pdf-writer.h"

/* The PDF engine, checked by reopening its output with Poppler. */

#define A4_SHORT 595.28
#define A4_LONG  841.89
#define A5_SHORT 419.53
#define A5_LONG  595.28

static GBytes *
finish (McPdfWriter *writer)
{
  g_autoptr(GError) error = NULL;
  GBytes *pdf = mc_pdf_writer_finish (writer, &error);

  g_assert_no_error (error);
  g_assert_nonnull (pdf);
  return pdf;
}

static void
test_paper_sizes (void)
{
  static const struct {
    McPaperSize       paper;
    McPageOrientation orientation;
    double            width;
    double            height;
  } cases[] = {
    { MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, A4_SHORT, A4_LONG },
    { MC_PAPER_A4, MC_ORIENTATION_LANDSCAPE, A4_LONG, A4_SHORT },
    { MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, A5_SHORT, A5_LONG },
    { MC_PAPER_A5, MC_ORIENTATION_LANDSCAPE, A5_LONG, A5_SHORT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (cases[i].paper, cases[i].orientation, NULL);
      g_autoptr(GBytes) pdf = NULL;
      g_autoptr(PopplerDocument) document = NULL;
      g_autofree char *text = NULL;
      McPageMargins margins;

      mc_pdf_writer_add_paragraph (writer, "Trang một", NULL);
      pdf = finish (writer);
      document = mc_pdf_test_open (pdf);
      g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
      mc_pdf_test_assert_page_size (document, cases[i].width, cases[i].height);
      text = mc_pdf_test_get_text (document);
      g_assert_nonnull (strstr (text, "Trang một"));
      mc_pdf_writer_get_default_margins (cases[i].paper, &margins);
      mc_pdf_test_assert_inside (document, &margins);
    }
}

static void
test_metadata_and_fonts (void)
{
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);
  const McTextStyle italic = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_LEFT, 0, 0, 6 };
  const McTextStyle bold_italic = { 0, MC_TEXT_BOLD | MC_TEXT_ITALIC, MC_TEXT_ALIGN_LEFT, 0, 0, 6 };
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *title = NULL;
  g_autofree char *author = NULL;
  g_autofree char *creator = NULL;
  /* "Nguyễn" typed with combining marks (NFD) is printed as NFC. */
  g_autofree char *nfd = g_utf8_normalize ("Nguyễn Thị Ánh Tuyết", -1, G_NORMALIZE_NFD);

  mc_pdf_writer_set_metadata (writer, "Thông báo", "UBND xã Mẫu", NULL);
  mc_pdf_writer_add_heading (writer, "THÔNG BÁO", 0);
  mc_pdf_writer_add_paragraph (writer, "Đường Hồ Chí Minh, ấp Ụ Ợt, huyện Ðắk Ơ", &italic);
  mc_pdf_writer_add_paragraph (writer, "Nơi nhận:", &bold_italic);
  mc_pdf_writer_add_label_value (writer, "Họ và tên:", nfd);
  mc_pdf_writer_add_label_value (writer, "Địa chỉ:", NULL);
  pdf = finish (writer);

  document = mc_pdf_test_open (pdf);
  title = poppler_document_get_title (document);
  author = poppler_document_get_author (document);
  creator = poppler_document_get_creator (document);
  g_assert_cmpstr (title, ==, "Thông báo");
  g_assert_cmpstr (author, ==, "UBND xã Mẫu");
  g_assert_true (g_str_has_prefix (creator, "Một Cửa"));

  text = mc_pdf_test_get_text (document);
  g_assert_nonnull (strstr (text, "THÔNG BÁO"));
  g_assert_nonnull (strstr (text, "Đường Hồ Chí Minh, ấp Ụ Ợt"));
  g_assert_nonnull (strstr (text, "Nơi nhận:"));
  g_assert_nonnull (strstr (text, "Họ và tên: Nguyễn Thị Ánh Tuyết"));
  g_assert_nonnull (strstr (text, "Địa chỉ: ……"));
  mc_pdf_test_assert_fonts (document);
}

static void
test_header (void)
{
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, NULL);
  g_autoptr(GDate) date = g_date_new_dmy (5, 2, 2026);
  g_autofree char *place_date = mc_format_legal_date (date, "Tân Lập");
  McDocumentHeader header = { "UBND XÃ TÂN LẬP", "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", "Số: 05/GTN", place_date };
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *left = NULL;
  McPageMargins margins;

  mc_document_header_render (writer, &header);
  pdf = finish (writer);
  document = mc_pdf_test_open (pdf);
  text = mc_pdf_test_get_text (document);

  g_assert_nonnull (strstr (text, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
  g_assert_nonnull (strstr (text, "Độc lập - Tự do - Hạnh phúc"));
  g_assert_nonnull (strstr (text, "Số: 05/GTN"));
  /* The agency's column wraps on A5; read it alone. */
  left = mc_pdf_test_get_area_text (document, 0, 0, 0, 56.7 + 0.42 * 334.5, 150);
  g_assert_nonnull (strstr (left, "UBND XÃ TÂN LẬP BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"));
  g_assert_null (strstr (left, "CỘNG HÒA"));
  g_assert_nonnull (strstr (text, "Tân Lập, ngày 05 tháng 02 năm 2026"));
  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  mc_pdf_test_assert_fonts (document);
}

static void
test_legal_date (void)
{
  static const struct {
    guint       day;
    guint       month;
    guint       year;
    const char *place;
    const char *expected;
  } cases[] = {
    { 5, 3, 2025, "xã Mẫu", "xã Mẫu, ngày 05 tháng 3 năm 2025" },
    { 21, 11, 2026, "xã Mẫu", "xã Mẫu, ngày 21 tháng 11 năm 2026" },
    { 1, 2, 2026, "xã Mẫu", "xã Mẫu, ngày 01 tháng 02 năm 2026" },
    { 31, 1, 2026, "Tân Lập", "Tân Lập, ngày 31 tháng 01 năm 2026" },
    { 9, 12, 2026, "Tân Lập", "Tân Lập, ngày 09 tháng 12 năm 2026" },
    { 10, 10, 2026, "Tân Lập", "Tân Lập, ngày 10 tháng 10 năm 2026" },
    { 29, 2, 2028, NULL, "ngày 29 tháng 02 năm 2028" },
    { 15, 9, 2026, "", "ngày 15 tháng 9 năm 2026" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDate) date = g_date_new_dmy (cases[i].day, cases[i].month, cases[i].year);
      g_autofree char *text = mc_format_legal_date (date, cases[i].place);

      g_assert_cmpstr (text, ==, cases[i].expected);
    }
}

/* From a moment: its day in its own time zone; none leaves it dotted. */
static void
test_legal_date_at (void)
{
  g_autoptr(GTimeZone) vietnam = g_time_zone_new_identifier ("+07:00");
  g_autoptr(GDateTime) late_evening = g_date_time_new (vietnam, 2026, 2, 3, 23, 30, 0);
  g_autofree char *dated = mc_format_legal_date_at (late_evening, "Tân Lập");
  g_autofree char *undated = mc_format_legal_date_at (NULL, "Tân Lập");
  g_autofree char *nowhere = mc_format_legal_date_at (NULL, NULL);

  g_assert_cmpstr (dated, ==, "Tân Lập, ngày 03 tháng 02 năm 2026");
  g_assert_cmpstr (undated, ==, "Tân Lập, ngày …… tháng …… năm ……");
  g_assert_cmpstr (nowhere, ==, "……, ngày …… tháng …… năm ……");
}

static void
test_flow (gconstpointer data)
{
  McPaperSize paper = GPOINTER_TO_INT (data);
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (paper, MC_ORIENTATION_PORTRAIT, NULL);
  static const McPdfColumn columns[] = {
    { "TT", 0.1, MC_TEXT_ALIGN_CENTER },
    { "Tên giấy tờ", 0.6, MC_TEXT_ALIGN_LEFT },
    { "Số lượng", 0.3, MC_TEXT_ALIGN_RIGHT },
  };
  const McTextStyle body = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_JUSTIFY, 28, 0, 6 };
  const McSignatureBlock signers[] = {
    { "NGƯỜI NỘP HỒ SƠ", "(Ký và ghi rõ họ tên)", "Nguyễn Văn An" },
    { "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", NULL },
  };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autoptr(GString) long_text = g_string_new (NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;
  int n_pages;

  for (guint i = 0; i < 60; i++)
    g_string_append (long_text, "Ủy ban nhân dân xã tiếp nhận hồ sơ của công dân. ");
  /* A word longer than the line breaks inside. */
  g_string_append (long_text, "MộtTừRấtDàiKhôngCóKhoảngTrắngMộtTừRấtDàiKhôngCóKhoảngTrắngMộtTừRấtDàiKhôngCóKhoảngTrắng");

  for (guint i = 0; i < 50; i++)
    {
      char **row = g_new0 (char *, 4);

      row[0] = g_strdup_printf ("%u", i + 1);
      row[1] = g_strdup_printf ("Giấy tờ số %u: bản sao giấy chứng nhận quyền sử dụng đất, "
                                "quyền sở hữu nhà ở và tài sản khác gắn liền với đất", i + 1);
      row[2] = g_strdup ("01");
      g_ptr_array_add (rows, row);
    }

  mc_pdf_writer_add_paragraph (writer, long_text->str, &body);
  mc_pdf_writer_add_table (writer, columns, G_N_ELEMENTS (columns), rows);
  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));
  mc_pdf_writer_page_break (writer);
  mc_pdf_writer_add_paragraph (writer, "Trang cuối", NULL);
  pdf = finish (writer);
  mc_pdf_test_save (pdf, paper == MC_PAPER_A5 ? "flow-a5.pdf" : "flow-a4.pdf");

  document = mc_pdf_test_open (pdf);
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 3);
  mc_pdf_writer_get_default_margins (paper, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  text = mc_pdf_test_get_text (document);
  g_assert_nonnull (strstr (text, "Giấy tờ số 1:"));
  g_assert_nonnull (strstr (text, "Giấy tờ số 50:"));
  g_assert_nonnull (strstr (text, "NGƯỜI TIẾP NHẬN HỒ SƠ"));
  g_assert_nonnull (strstr (text, "Nguyễn Văn An"));

  /* Every page the table continues on starts with its header again. */
  for (int i = 1; i < n_pages - 1; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *page_text = poppler_page_get_text (page);

      if (strstr (page_text, "Giấy tờ số") != NULL)
        g_assert_nonnull (strstr (page_text, "Tên giấy tờ"));
    }

  /* The forced break leaves the last line alone on the last page. */
  {
    g_autoptr(PopplerPage) page = poppler_document_get_page (document, n_pages - 1);
    double width, height;
    g_autofree char *last = NULL;

    poppler_page_get_size (page, &width, &height);
    last = mc_pdf_test_get_area_text (document, n_pages - 1, 0, 36, width, height);
    g_assert_cmpstr (g_strstrip (last), ==, "Trang cuối");
  }

  /* Nghị định 30/2020: numbers from page 2, centred in the top margin,
   * on A4; none on A5 unless asked for. */
  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree char *number = NULL;
      g_autofree char *expected = NULL;
      double width, height, top = paper == MC_PAPER_A5 ? 42.5 : 56.7;

      poppler_page_get_size (page, &width, &height);
      number = mc_pdf_test_get_area_text (document, i, 0, 0, width, top);
      expected = paper == MC_PAPER_A4 && i > 0 ? g_strdup_printf ("%d", i + 1) : g_strdup ("");
      g_assert_cmpstr (g_strstrip (number), ==, expected);
      if (*expected != '\0')
        {
          /* Centred over the text: 30 mm on the left, 15 mm on the right. */
          double centre = (85.04 + width - 42.52) / 2;
          g_autofree char *left = mc_pdf_test_get_area_text (document, i, 0, 0, centre - 8, top);
          g_autofree char *right = mc_pdf_test_get_area_text (document, i, centre + 8, 0, width, top);

          g_assert_cmpstr (g_strstrip (left), ==, "");
          g_assert_cmpstr (g_strstrip (right), ==, "");
        }
    }
}

static void
test_page_number_option (void)
{
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *number = NULL;

  g_assert_true (mc_pdf_writer_get_page_numbers (writer));
  mc_pdf_writer_set_page_numbers (writer, FALSE);
  mc_pdf_writer_add_paragraph (writer, "Một", NULL);
  mc_pdf_writer_page_break (writer);
  mc_pdf_writer_add_paragraph (writer, "Hai", NULL);
  pdf = finish (writer);
  document = mc_pdf_test_open (pdf);
  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 2);
  number = mc_pdf_test_get_area_text (document, 1, 0, 0, A4_SHORT, 56.7);
  g_assert_cmpstr (g_strstrip (number), ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf-writer/paper-sizes", test_paper_sizes);
  g_test_add_func ("/pdf-writer/metadata-and-fonts", test_metadata_and_fonts);
  g_test_add_func ("/pdf-writer/header", test_header);
  g_test_add_func ("/pdf-writer/legal-date", test_legal_date);
  g_test_add_func ("/pdf-writer/legal-date-at", test_legal_date_at);
  g_test_add_data_func ("/pdf-writer/flow/a4", GINT_TO_POINTER (MC_PAPER_A4), test_flow);
  g_test_add_data_func ("/pdf-writer/flow/a5", GINT_TO_POINTER (MC_PAPER_A5), test_flow);
  g_test_add_func ("/pdf-writer/page-number-option", test_page_number_option);

  return g_test_run ();
}
