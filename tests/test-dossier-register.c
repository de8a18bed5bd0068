/* test-dossier-register.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-dossier-register.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-pdf-test-util.h"
#include "mc-test-util.h"

/* Mẫu số 06: the dossiers of a period as the store gives them, and the
 * book rendered and reopened with Poppler. The store's dossiers use the
 * small catalogue of tests/data: 1.004884 takes 3 working days in 2026,
 * at "Ủy ban nhân dân cấp xã". */

#define A4_LONG  841.89
#define A4_SHORT 595.28

/* The text area of A4 landscape: 30 mm from the left, 252 mm wide. */
#define LEFT  85.04
#define WIDTH 714.33

#define AGENCY MC_TEST_AGENCY

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
static const McActor officer = {
  0, "Lê Thị Lan", "Công chức Tư pháp - Hộ tịch", MC_STAFF_ROLE_OFFICER, "PC-2"
};

/* The shares of the columns (mc-dossier-register.c). */
static const double shares[] = {
  0.032, 0.091, 0.104, 0.042, 0.085, 0.100, 0.062, 0.0705, 0.0705, 0.0705, 0.0705, 0.0705, 0.059,
  0.0725,
};

enum
{
  COLUMN_CODE = 1,
  COLUMN_PROCEDURE = 2,
  COLUMN_APPLICANT = 4,
  COLUMN_ADDRESS = 5,
  COLUMN_AGENCY = 6,
  COLUMN_RECEIVED = 7,
  COLUMN_DUE = 8,
  COLUMN_HANDED_OVER = 9,
  COLUMN_RESULT_RECEIVED = 10,
  COLUMN_RETURNED = 11,
  COLUMN_NOTE = 13,
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

  fixture->dir = mc_test_make_tmp_dir ("mc-test-register-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (path, TRUE);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/* Receives a dossier of 1.004884 at @at, recorded on @now. */
static char *
receive (Fixture    *fixture,
         GDateTime  *at,
         GDateTime  *now,
         const char *name,
         gboolean    refused)
{
  static const McDraftComponent papers[] = { { "Tờ khai", 1, 0, TRUE } };
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  McDossierDraft draft = { 0, };

  draft.procedure_code = "1.004884";
  draft.applicant_name = name;
  draft.phone = "0912 345 678";
  draft.address = "Thôn Đông, xã Tân Lập";
  draft.set_count = 2;
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  draft.received_at = at;
  draft.delivery_by_post = refused ? FALSE : TRUE;
  draft.refused = refused;
  draft.refusal_reason = refused ? "Không thuộc thẩm quyền" : NULL;
  dossier = mc_dossier_store_receive (fixture->db, &draft, &clerk, now, &error);
  g_assert_no_error (error);

  return g_strdup (mc_dossier_get_code (dossier));
}

static void
step (Fixture         *fixture,
      const char      *code,
      McDossierAction  action,
      const McActor   *actor,
      GDateTime       *at,
      const char      *note)
{
  g_autoptr(GError) error = NULL;
  McTransitionParams params = { 0, };

  params.note = note;
  g_assert_true (mc_dossier_store_transition (fixture->db, code, action, actor, &params, at,
                                              &error));
  g_assert_no_error (error);
}

/* Monday 2 to Wednesday 4 March 2026 (from Monday 00:00 to Thursday
 * 00:00, excluded), with dossiers on both sides of each boundary: those
 * received in it and accepted, in order of reception. */
static GPtrArray *
load_period (Fixture  *fixture,
             char    **first_code,
             char    **last_code)
{
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 3, 5, 0, 0);
  g_autoptr(GDateTime) friday = mc_pdf_test_moment (2026, 2, 27, 16, 0);
  g_autoptr(GDateTime) handed = mc_pdf_test_moment (2026, 3, 2, 8, 10);
  g_autoptr(GDateTime) asked = mc_pdf_test_moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) tuesday = mc_pdf_test_moment (2026, 3, 3, 10, 0);
  g_autoptr(GDateTime) supplied = mc_pdf_test_moment (2026, 3, 3, 9, 0);
  g_autoptr(GDateTime) processed = mc_pdf_test_moment (2026, 3, 3, 15, 0);
  g_autoptr(GDateTime) returned = mc_pdf_test_moment (2026, 3, 4, 9, 0);
  g_autoptr(GDateTime) last = g_date_time_add_seconds (to, -1);
  g_autoptr(GDateTime) now = mc_pdf_test_moment (2026, 3, 6, 12, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *refused = NULL;
  g_autofree char *filing = NULL;
  g_autofree char *after = NULL;
  GPtrArray *entries;

  before = receive (fixture, friday, now, "Trước Kỳ", FALSE);
  *first_code = receive (fixture, from, now, "Nguyễn Văn An", FALSE);
  refused = receive (fixture, tuesday, now, "Bị Từ Chối", TRUE);
  filing = receive (fixture, tuesday, now, "Chưa Tiếp Nhận", FALSE);
  *last_code = receive (fixture, last, now, "Trần Thị Bình", FALSE);
  after = receive (fixture, to, now, "Sau Kỳ", FALSE);

  /* An online filing the counter has not checked yet. */
  {
    g_autoptr(McStatement) stmt =
      mc_database_prepare (fixture->db, "UPDATE dossier SET status = 1, accepted = 0, channel = 2 "
                           "WHERE code = ?1", &error);

    g_assert_no_error (error);
    sqlite3_bind_text (stmt, 1, filing, -1, SQLITE_STATIC);
    g_assert_true (mc_database_step (fixture->db, stmt, NULL, &error));
    g_assert_no_error (error);
  }

  step (fixture, *first_code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, NULL);
  step (fixture, *first_code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, handed, NULL);
  step (fixture, *first_code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, &officer, asked,
        "Thiếu bản sao");
  step (fixture, *first_code, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, &clerk, supplied, NULL);
  step (fixture, *first_code, MC_DOSSIER_ACTION_MARK_PROCESSED, &officer, processed, NULL);
  step (fixture, *first_code, MC_DOSSIER_ACTION_RETURN_RESULT, &clerk, returned, NULL);

  entries = mc_dossier_register_load (fixture->db, from, to, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entries);
  return entries;
}

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  g_autofree char *first_code = NULL;
  g_autofree char *last_code = NULL;
  g_autoptr(GPtrArray) entries = load_period (fixture, &first_code, &last_code);
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) handed = mc_pdf_test_moment (2026, 3, 2, 8, 10);
  g_autoptr(GDateTime) processed = mc_pdf_test_moment (2026, 3, 3, 15, 0);
  g_autoptr(GDateTime) returned = mc_pdf_test_moment (2026, 3, 4, 9, 0);
  const McRegisterEntry *first, *last;

  /* The boundaries: from included, to excluded; refused and unchecked
   * dossiers are not in the book. */
  g_assert_cmpuint (entries->len, ==, 2);
  first = g_ptr_array_index (entries, 0);
  last = g_ptr_array_index (entries, 1);
  g_assert_cmpstr (first->code, ==, first_code);
  g_assert_cmpstr (last->code, ==, last_code);

  g_assert_cmpstr (first->procedure_name, ==, "Đăng ký lại khai sinh (sửa đổi)");
  g_assert_cmpuint (first->set_count, ==, 2);
  g_assert_cmpstr (first->applicant_name, ==, "Nguyễn Văn An");
  g_assert_cmpstr (first->address, ==, "Thôn Đông, xã Tân Lập");
  g_assert_cmpstr (first->phone, ==, "0912345678");
  g_assert_cmpstr (first->agency, ==, "Ủy ban nhân dân cấp xã");
  g_assert_true (g_date_time_equal (first->received_at, from));
  g_assert_true (g_date_time_equal (first->handed_over_at, handed));
  g_assert_true (g_date_time_equal (first->result_received_at, processed));
  g_assert_true (g_date_time_equal (first->returned_at, returned));
  g_assert_true (first->delivery_by_post);
  g_assert_cmpint (first->status, ==, MC_DOSSIER_STATUS_RETURNED);
  g_assert_cmpint (first->channel, ==, MC_CHANNEL_COUNTER);
  /* The supplement moved the appointment: the receipt's stays beside it. */
  g_assert_nonnull (first->due_at);
  g_assert_nonnull (first->new_due_at);
  g_assert_cmpint (g_date_time_compare (first->new_due_at, first->due_at), >, 0);

  g_assert_null (last->handed_over_at);
  g_assert_null (last->result_received_at);
  g_assert_null (last->returned_at);
  g_assert_null (last->new_due_at);
  g_assert_cmpint (last->status, ==, MC_DOSSIER_STATUS_ACCEPTED);
}

static void
test_bad_period (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GDateTime) day = mc_pdf_test_moment (2026, 3, 2, 0, 0);
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GPtrArray) none = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = mc_dossier_register_load (fixture->db, day, day, &error);
  g_autoptr(GBytes) pdf = NULL;

  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (entries);
  g_clear_error (&error);

  pdf = mc_dossier_register_render (none, day, day, office, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (pdf);
}

/* The text of column @column on a page. */
static char *
column_text (PopplerDocument *document,
             int              page,
             guint            column)
{
  double x = LEFT;

  for (guint i = 0; i < column; i++)
    x += shares[i] * WIDTH;

  return mc_pdf_test_get_area_text (document, page, x, 0, x + shares[column] * WIDTH, A4_SHORT);
}

/* Whether a column's text has @expected, whitespace aside: the lines a
 * cell wraps are not always apart in the text of an area. */
static void
assert_has_squeezed (const char *text,
                     const char *expected)
{
  g_autoptr(GString) squeezed_text = g_string_new (NULL);
  g_autoptr(GString) squeezed_expected = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed_text, g_utf8_get_char (p));
  for (const char *p = expected; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed_expected, g_utf8_get_char (p));

  mc_pdf_test_assert_has (squeezed_text->str, squeezed_expected->str);
}

static PopplerDocument *
render (GPtrArray  *entries,
        GDateTime  *from,
        GDateTime  *to,
        const char *save_as)
{
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = mc_dossier_register_render (entries, from, to, office, &error);
  PopplerDocument *document;
  McPageMargins margins;

  g_assert_no_error (error);
  mc_pdf_test_save (pdf, save_as);
  document = mc_pdf_test_open (pdf);
  mc_pdf_test_assert_page_size (document, A4_LONG, A4_SHORT);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);

  return document;
}

static void
test_render (Fixture       *fixture,
             gconstpointer  data)
{
  g_autofree char *first_code = NULL;
  g_autofree char *last_code = NULL;
  g_autoptr(GPtrArray) entries = load_period (fixture, &first_code, &last_code);
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 3, 5, 0, 0);
  g_autoptr(PopplerDocument) document = render (entries, from, to, "register.pdf");
  g_autofree char *text = mc_pdf_test_get_text (document);
  g_autofree char *heading = mc_pdf_test_get_area_text (document, 0, 0, 0, LEFT + 0.4 * WIDTH, 110);
  g_autofree char *code = column_text (document, 0, COLUMN_CODE);
  g_autofree char *procedure = column_text (document, 0, COLUMN_PROCEDURE);
  g_autofree char *address = column_text (document, 0, COLUMN_ADDRESS);
  g_autofree char *agency = column_text (document, 0, COLUMN_AGENCY);
  g_autofree char *received = column_text (document, 0, COLUMN_RECEIVED);
  g_autofree char *due = column_text (document, 0, COLUMN_DUE);
  g_autofree char *handed = column_text (document, 0, COLUMN_HANDED_OVER);
  g_autofree char *result = column_text (document, 0, COLUMN_RESULT_RECEIVED);
  g_autofree char *returned = column_text (document, 0, COLUMN_RETURNED);
  g_autofree char *note = column_text (document, 0, COLUMN_NOTE);
  static const char * const required[] = {
    "SỔ THEO DÕI HỒ SƠ",
    "Từ ngày 02/03/2026 đến ngày 04/03/2026",
    "TT",
    "Ký nhận",
    "Ghi chú",
    "Ngày, tháng, năm",
    "Nhận hồ sơ",
    "(1)",
    "(14)",
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Tổng số: 2 hồ sơ.",
  };

  g_assert_cmpint (poppler_document_get_n_pages (document), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (required); i++)
    mc_pdf_test_assert_has (text, required[i]);
  /* Neither the refused nor the unchecked dossier, nor those outside. */
  g_assert_null (strstr (text, "Bị Từ Chối"));
  g_assert_null (strstr (text, "Chưa Tiếp Nhận"));
  g_assert_null (strstr (text, "Trước Kỳ"));
  g_assert_null (strstr (text, "Sau Kỳ"));
  /* No Quốc hiệu on the book. */
  g_assert_null (strstr (text, "CỘNG HÒA"));

  mc_pdf_test_assert_has (heading, "UBND XÃ TÂN LẬP BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ");
  assert_has_squeezed (code, "Mã hồ sơ");
  assert_has_squeezed (code, first_code + strlen (AGENCY) + 1);
  assert_has_squeezed (procedure, "Tên thủ tục hành chính");
  assert_has_squeezed (procedure, "Đăng ký lại khai sinh (sửa đổi)");
  assert_has_squeezed (address, "Địa chỉ, số điện thoại");
  assert_has_squeezed (address, "Thôn Đông, xã Tân Lập 0912345678");
  assert_has_squeezed (agency, "Ủy ban nhân dân cấp xã");
  assert_has_squeezed (received, "02/03/2026 00:00");
  assert_has_squeezed (received, "04/03/2026 23:59");
  assert_has_squeezed (due, "Hẹn trả kết quả");
  assert_has_squeezed (handed, "Chuyển hồ sơ đến cơ quan giải quyết");
  assert_has_squeezed (handed, "02/03/2026 08:10");
  assert_has_squeezed (result, "Nhận kết quả từ cơ quan giải quyết");
  assert_has_squeezed (result, "03/03/2026 15:00");
  assert_has_squeezed (returned, "Trả kết quả cho cá nhân, tổ chức");
  assert_has_squeezed (returned, "04/03/2026 09:00");
  assert_has_squeezed (note, "Trả kết quả qua bưu chính");
  assert_has_squeezed (note, "Hẹn lại:");
}

static McRegisterEntry *
make_entry (guint       index,
            const char *name,
            const char *address,
            const char *note)
{
  McRegisterEntry *entry = mc_register_entry_new ();

  entry->code = g_strdup_printf ("%s-260302-%04u", AGENCY, index);
  entry->procedure_name = g_strdup ("Thay đổi, cải chính, bổ sung thông tin hộ tịch, xác định lại "
                                    "dân tộc");
  entry->applicant_name = g_strdup (name);
  entry->address = g_strdup (address);
  entry->phone = g_strdup ("0912345678");
  entry->agency = g_strdup ("Ủy ban nhân dân cấp xã");
  entry->received_at = mc_pdf_test_moment (2026, 3, 2, 8, index % 60);
  entry->due_at = mc_pdf_test_moment (2026, 3, 5, 8, index % 60);
  entry->handed_over_at = index % 2 == 0 ? mc_pdf_test_moment (2026, 3, 2, 9, 0) : NULL;
  entry->status = index % 7 == 0 ? MC_DOSSIER_STATUS_WITHDRAWN : MC_DOSSIER_STATUS_PROCESSING;
  entry->channel = index % 5 == 0 ? MC_CHANNEL_ONLINE : MC_CHANNEL_COUNTER;
  entry->note = g_strdup (note);
  return entry;
}

/* Many rows: the heading of the table on every page, the pages numbered
 * from the second, and every row there. */
static void
test_many_rows (void)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) mc_register_entry_free);
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 3, 1, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 4, 1, 0, 0);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_autofree char *first_top = NULL;
  int n_pages;

  for (guint i = 1; i <= 80; i++)
    g_ptr_array_add (entries, make_entry (i, "Nguyễn Hoàng Phương Thảo",
                                          "Số 12, ngõ 34, đường Nguyễn Trãi, thôn Đông, xã Tân Lập",
                                          NULL));

  document = render (entries, from, to, "register-many.pdf");
  n_pages = poppler_document_get_n_pages (document);
  g_assert_cmpint (n_pages, >=, 3);

  first_top = mc_pdf_test_get_area_text (document, 0, 0, 0, A4_LONG, 56);
  g_assert_cmpstr (g_strstrip (first_top), ==, "");
  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *page = mc_pdf_test_get_page_text (document, i);
      g_autofree char *code = column_text (document, i, COLUMN_CODE);
      g_autofree char *received = column_text (document, i, COLUMN_RECEIVED);

      mc_pdf_test_assert_has (page, "Ngày, tháng, năm");
      mc_pdf_test_assert_has (page, "(14)");
      assert_has_squeezed (code, "Mã hồ sơ");
      assert_has_squeezed (received, "Nhận hồ sơ");
      if (i > 0)
        {
          g_autofree char *top = mc_pdf_test_get_area_text (document, i, 0, 0, A4_LONG, 56);
          g_autofree char *number = g_strdup_printf ("%d", i + 1);

          g_assert_cmpstr (g_strstrip (top), ==, number);
        }
    }

  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "Từ ngày 01/03/2026 đến ngày 31/03/2026");
  mc_pdf_test_assert_has (text, "260302-0001");
  mc_pdf_test_assert_has (text, "260302-0080");
  mc_pdf_test_assert_has (text, "Tổng số: 80 hồ sơ.");
  mc_pdf_test_assert_has (text, "Người nộp rút hồ sơ");
  mc_pdf_test_assert_has (text, "Nộp trực tuyến");
  for (guint i = 1; i <= 80; i++)
    {
      g_autofree char *number = g_strdup_printf ("-%04u", i);

      mc_pdf_test_assert_has (text, number);
    }
}

/* Addresses and notes as long as the intake takes them (2,000
 * characters) and a name of 255: a row taller than a page is split
 * across pages, and nothing leaves the text area or is lost. */
static void
test_long_input (void)
{
  g_autoptr(GPtrArray) entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) mc_register_entry_free);
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) address = g_string_new (NULL);
  g_autoptr(GString) note = g_string_new (NULL);
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 3, 3, 0, 0);
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;

  while (g_utf8_strlen (name->str, -1) < 250)
    g_string_append (name, "Nguyễn Hoàng Phương Thảo ");
  while (g_utf8_strlen (address->str, -1) < 1980)
    g_string_append (address, "Tổ dân phố Đồng Tâm, khu phố Phương Nam, ");
  g_string_append (address, "CUỐI ĐỊA CHỈ");
  while (g_utf8_strlen (note->str, -1) < 1980)
    g_string_append (note, "Hồ sơ cần đối chiếu thêm với sổ hộ tịch gốc. ");
  g_string_append (note, "CUỐI GHI CHÚ");

  g_ptr_array_add (entries, make_entry (1, "Lê Văn Ba", "Thôn Đông", NULL));
  g_ptr_array_add (entries, make_entry (2, name->str, address->str, note->str));
  g_ptr_array_add (entries, make_entry (3, "Phạm Thị Thu", "Thôn Tây", NULL));

  document = render (entries, from, to, "register-long.pdf");
  g_assert_cmpint (poppler_document_get_n_pages (document), >=, 2);
  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "CUỐI ĐỊA CHỈ");
  mc_pdf_test_assert_has (text, "CUỐI GHI CHÚ");
  mc_pdf_test_assert_has (text, "Phạm Thị Thu");
  mc_pdf_test_assert_has (text, "Tổng số: 3 hồ sơ.");
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  g_autoptr(GDateTime) from = mc_pdf_test_moment (2026, 3, 2, 0, 0);
  g_autoptr(GDateTime) to = mc_pdf_test_moment (2026, 3, 3, 0, 0);
  g_autoptr(PopplerDocument) document = render (entries, from, to, "register-empty.pdf");
  g_autofree char *text = mc_pdf_test_get_text (document);

  mc_pdf_test_assert_has (text, "Từ ngày 02/03/2026 đến ngày 02/03/2026");
  mc_pdf_test_assert_has (text, "Ngày, tháng, năm");
  mc_pdf_test_assert_has (text, "Không có hồ sơ nào được tiếp nhận trong thời gian này.");
  g_assert_null (strstr (text, "Tổng số"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

#define ADD(name, func) \
  g_test_add ("/dossier-register/" name, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("load", test_load);
  ADD ("bad-period", test_bad_period);
  ADD ("render", test_render);
  g_test_add_func ("/dossier-register/many-rows", test_many_rows);
  g_test_add_func ("/dossier-register/long-input", test_long_input);
  g_test_add_func ("/dossier-register/empty", test_empty);

#undef ADD

  return g_test_run ();
}
