/* test-procedure-list-document.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-catalogue-import.h"
#include "mc-error.h"
#include "mc-pdf-test-util.h"
#include "mc-procedure-list-document.h"
#include "mc-procedure-store.h"
#include "mc-test-util.h"

/* The public list of procedures (niêm yết): the versions in force on a
 * day, as the catalogue stores them, and the list rendered and reopened
 * with Poppler. The small catalogue of tests/data has 1.004884 in two
 * versions (1 January 2020 and 1 July 2025) and 1.004859 only from
 * 2099. */

#define A4_WIDTH  595.28
#define A4_HEIGHT 841.89

/* The text area of A4 portrait: 30 mm from the left, 165 mm wide. */
#define LEFT  85.04
#define WIDTH 467.72

/* The shares of the columns (mc-procedure-list-document.c). */
static const double shares[] = { 0.06, 0.125, 0.28, 0.13, 0.185, 0.22 };

enum
{
  COLUMN_NUMBER,
  COLUMN_CODE,
  COLUMN_NAME,
  COLUMN_TIME,
  COLUMN_CHANNELS,
  COLUMN_FEE,
};

typedef struct
{
  char       *dir;
  McDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autofree char *path = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-procedure-list-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (path, FALSE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static McProcedure *
find (GPtrArray  *procedures,
      const char *code)
{
  for (guint i = 0; i < procedures->len; i++)
    if (g_strcmp0 (mc_procedure_get_code (g_ptr_array_index (procedures, i)), code) == 0)
      return g_ptr_array_index (procedures, i);

  return NULL;
}

static GPtrArray *
load (Fixture *fixture,
      int      year,
      int      month,
      int      day)
{
  g_autoptr(GDateTime) dated = mc_pdf_test_moment (year, month, day, 9, 0);
  g_autoptr(GError) error = NULL;
  GPtrArray *procedures = mc_procedure_list_document_load (fixture->db, dated, &error);

  g_assert_no_error (error);
  g_assert_nonnull (procedures);
  return procedures;
}

/* The version in force on the day, with its fees; not what takes effect
 * later, nor what was repealed. */
static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GPtrArray) repealed = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) now = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GError) error = NULL;
  McProcedure *procedure;
  const McProcedureTime *time;
  McImportResult result;

  procedure = mc_procedure_new ("1.999999", "Thủ tục đã bãi bỏ");
  mc_procedure_set_effective_date (procedure, "2020-01-01");
  mc_procedure_set_field (procedure, "HOTICH", "Hộ tịch");
  mc_procedure_set_in_force (procedure, FALSE);
  g_ptr_array_add (repealed, procedure);
  g_assert_true (mc_procedure_store_save (fixture->db, repealed, &result, &error));
  g_assert_no_error (error);

  now = load (fixture, 2026, 3, 5);
  g_assert_cmpuint (now->len, ==, 7);
  g_assert_null (find (now, "1.004859"));
  g_assert_null (find (now, "1.999999"));
  procedure = find (now, "1.004884");
  g_assert_nonnull (procedure);
  g_assert_cmpstr (mc_procedure_get_name (procedure), ==, "Đăng ký lại khai sinh (sửa đổi)");
  time = mc_procedure_get_main_time (procedure);
  g_assert_nonnull (time);
  g_assert_cmpfloat (time->value, ==, 3);
  /* Loaded whole: the fees too. */
  g_assert_cmpuint (time->fees->len, ==, 1);
  g_assert_cmpstr (((McProcedureFee *) g_ptr_array_index (time->fees, 0))->description, ==,
                   "Miễn phí.");

  /* The day before the new version. */
  before = load (fixture, 2025, 6, 30);
  g_assert_cmpuint (before->len, ==, 7);
  g_assert_cmpstr (mc_procedure_get_name (find (before, "1.004884")), ==, "Đăng ký lại khai sinh");
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GDateTime) dated = mc_pdf_test_moment (2026, 3, 5, 9, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_procedure_list_document_render (none, office, dated, &error);

  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (pdf);
}

static PopplerDocument *
render (GPtrArray  *procedures,
        const char *save_as)
{
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GDateTime) dated = mc_pdf_test_moment (2026, 3, 5, 9, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_procedure_list_document_render (procedures, office, dated, &error);
  PopplerDocument *document;
  McPageMargins margins;

  g_assert_no_error (error);
  mc_pdf_test_save (pdf, save_as);
  document = mc_pdf_test_open (pdf);
  mc_pdf_test_assert_page_size (document, A4_WIDTH, A4_HEIGHT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  return document;
}

/* The text of one column of a page, or of every page for -1, whitespace
 * aside: the lines a cell wraps are not always apart in the text of an
 * area. */
static char *
page_column_text (PopplerDocument *document,
                  int              only_page,
                  guint            column)
{
  GString *squeezed = g_string_new (NULL);
  double x = LEFT;

  for (guint i = 0; i < column; i++)
    x += shares[i] * WIDTH;

  for (int page = 0; page < poppler_document_get_n_pages (document); page++)
    {
      g_autofree char *text = NULL;

      if (only_page >= 0 && page != only_page)
        continue;

      text = mc_pdf_test_get_area_text (document, page, x, 0, x + shares[column] * WIDTH,
                                        A4_HEIGHT);

      for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
        if (!g_unichar_isspace (g_utf8_get_char (p)))
          g_string_append_unichar (squeezed, g_utf8_get_char (p));
    }

  return g_string_free (squeezed, FALSE);
}

static char *
column_text (PopplerDocument *document,
             guint            column)
{
  return page_column_text (document, -1, column);
}

static void
assert_column_has (const char *column,
                   const char *expected)
{
  g_autoptr(GString) squeezed = g_string_new (NULL);

  for (const char *p = expected; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));

  mc_pdf_test_assert_has (column, squeezed->str);
}

static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GPtrArray) procedures = load (fixture, 2026, 3, 5);
  g_autoptr(PopplerDocument) document = render (procedures, "procedure-list.pdf");
  g_autofree char *text = mc_pdf_test_get_text (document);
  g_autofree char *heading =
    mc_pdf_test_get_area_text (document, 0, 0, 0, LEFT + 0.42 * WIDTH, 100);
  g_autofree char *number = column_text (document, COLUMN_NUMBER);
  g_autofree char *code = column_text (document, COLUMN_CODE);
  g_autofree char *name = column_text (document, COLUMN_NAME);
  g_autofree char *time = column_text (document, COLUMN_TIME);
  g_autofree char *channels = column_text (document, COLUMN_CHANNELS);
  g_autofree char *fee = column_text (document, COLUMN_FEE);
  const char *social, *certification, *civil;
  static const char * const required[] = {
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    "Độc lập - Tự do - Hạnh phúc",
    "Tân Lập, ngày 05 tháng 3 năm 2026",
    "DANH MỤC THỦ TỤC HÀNH CHÍNH",
    "(Niêm yết tại Bộ phận tiếp nhận và trả kết quả UBND xã Tân Lập)",
    "Ghi chú:",
    "- Ngày làm việc không tính thứ Bảy, Chủ nhật và các ngày nghỉ lễ, Tết theo quy định.",
    "- Thủ tục giải quyết trong ngày: hồ sơ nhận sau 15 giờ được trả kết quả trong ngày làm việc "
    "tiếp theo.",
    "và trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn).",
  };

  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);
  mc_pdf_test_assert_has (heading, "UBND XÃ TÂN LẬP");

  assert_column_has (number, "TT");
  assert_column_has (code, "Mã thủ tục");
  assert_column_has (name, "Tên thủ tục hành chính");
  assert_column_has (time, "Thời hạn giải quyết");
  assert_column_has (channels, "Cách thức thực hiện");
  assert_column_has (fee, "Phí, lệ phí");

  /* By field, in alphabetical order, each numbered in Roman figures. */
  social = strstr (name, "LĨNHVỰCBẢOTRỢXÃHỘI");
  certification = strstr (name, "LĨNHVỰCCHỨNGTHỰC");
  civil = strstr (name, "LĨNHVỰCHỘTỊCH");
  g_assert_nonnull (social);
  g_assert_nonnull (certification);
  g_assert_nonnull (civil);
  g_assert_true (social < certification && certification < civil);
  /* Numbered throughout, 1 to 7 under I to III. */
  mc_pdf_test_assert_has (number, "III");
  for (guint i = 1; i <= 7; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", i);

      mc_pdf_test_assert_has (number, n);
    }
  g_assert_null (strstr (number, "8"));

  assert_column_has (code, "1.001776");
  assert_column_has (code, "2.000815");
  assert_column_has (code, "1.004884");
  assert_column_has (name, "Đăng ký lại khai sinh (sửa đổi)");
  assert_column_has (name, "Chứng thực chữ ký trong các giấy tờ, văn bản");
  g_assert_null (strstr (text, "1.004859"));
  assert_column_has (time, "10 ngày làm việc");
  assert_column_has (time, "03 ngày làm việc");
  assert_column_has (time, "Trong ngày");
  assert_column_has (channels, "Trực tiếp Qua bưu chính Trực tuyến toàn trình");
  assert_column_has (channels, "Trực tiếp Qua bưu chính Trực tuyến một phần");
  assert_column_has (fee, "Miễn phí.");
}

static McProcedure *
make_procedure (guint       index,
                const char *field,
                const char *name,
                const char *fee_text)
{
  g_autofree char *code = g_strdup_printf ("9.%06u", index);
  McProcedure *procedure = mc_procedure_new (code, name);
  McProcedureTime *time = mc_procedure_time_new (MC_CHANNEL_COUNTER);
  McProcedureFee *fee = mc_procedure_fee_new ();

  mc_procedure_set_field (procedure, "", field);
  mc_procedure_set_online_level (procedure, index % 3);
  time->has_time = TRUE;
  time->value = index % 4 == 0 ? 0 : index % 15;
  time->unit = MC_TIME_UNIT_WORKING_DAYS;
  if (fee_text != NULL)
    {
      g_free (fee->description);
      fee->description = g_strdup (fee_text);
    }
  else
    {
      fee->has_amount = index % 2 == 0;
      fee->amount = index * 1000;
    }
  g_ptr_array_add (time->fees, fee);
  mc_procedure_add_time (procedure, time);
  mc_procedure_set_postal (procedure, index % 2 == 1, FALSE);

  return procedure;
}

/* Many procedures, long names and a very long fee: the header row on
 * every page, numbered pages, no field's heading left alone at the foot
 * of a page, nothing outside the text area, nothing lost. */
static void
test_long_input (void)
{
  static const char * const fields[] = {
    "Hộ tịch", "Chứng thực", "Bảo trợ xã hội", "Đất đai", "Cư trú", "Người có công",
  };
  const char *short_name = "Đăng ký khai sinh cho người đã có hồ sơ, giấy tờ cá nhân";
  g_autoptr(GPtrArray) procedures = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GString) long_name = g_string_new (NULL);
  g_autoptr(GString) long_fee = g_string_new (NULL);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *fee = NULL;
  int n_pages;

  while (g_utf8_strlen (long_name->str, -1) < 400)
    g_string_append (long_name,
                     "Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại dân tộc ");
  while (g_utf8_strlen (long_fee->str, -1) < 3000)
    g_string_append (long_fee, "Miễn lệ phí đối với người thuộc gia đình có công với cách mạng; "
                     "người thuộc hộ nghèo; người khuyết tật. ");
  g_string_append (long_fee, "HẾT PHÍ");

  for (guint i = 1; i <= 90; i++)
    g_ptr_array_add (procedures,
                     make_procedure (i, fields[i % G_N_ELEMENTS (fields)],
                                     i % 17 == 0 ? long_name->str : short_name,
                                     i == 40 ? long_fee->str : NULL));

  document = render (procedures, "procedure-list-long.pdf");
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >, 5);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *page = mc_pdf_test_get_page_text (document, i);
      g_autofree char *top = mc_pdf_test_get_area_text (document, i, 0, 0, A4_WIDTH, 56);
      g_autofree char *names = page_column_text (document, i, COLUMN_NAME);
      const char *heading = NULL;

      /* Every page of the table starts with its header row (the notes
       * may have the last page to themselves). */
      if (strstr (page, "9.0") != NULL)
        assert_column_has (names, "Tên thủ tục hành chính");
      if (i > 0)
        {
          g_autofree char *number = g_strdup_printf ("%d", i + 1);

          g_assert_cmpstr (g_strstrip (top), ==, number);
        }

      /* The last field's heading of the page has a procedure under it. */
      for (const char *p = page; (p = strstr (p, "LĨNH VỰC")) != NULL; p++)
        heading = p;
      if (heading != NULL)
        g_assert_nonnull (strstr (heading, " 9.0"));
    }

  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "9.000001");
  mc_pdf_test_assert_has (text, "9.000090");
  mc_pdf_test_assert_has (text, "LĨNH VỰC NGƯỜI CÓ CÔNG");
  mc_pdf_test_assert_has (text, "Ghi chú:");
  fee = column_text (document, COLUMN_FEE);
  assert_column_has (fee, "HẾT PHÍ");
  assert_column_has (fee, "Theo mức thu do Hội đồng nhân dân cấp tỉnh quy định");
  assert_column_has (fee, "2.000 đồng");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/procedure-list-document/" name, Fixture, NULL, fixture_setup, func, \
              fixture_teardown)

  ADD ("load", test_load);
  ADD ("render", test_render);
  g_test_add_func ("/procedure-list-document/empty", test_empty);
  g_test_add_func ("/procedure-list-document/long-input", test_long_input);

#undef ADD

  return g_test_run ();
}
