/* test-procedure-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue-reader.h"
#include "mc-error.h"
#include "mc-test-util.h"
#include "mc-text.h"

/* Every test reads the small catalogue of tests/data: nine versions of
 * eight procedures in three fields, 1.004884 in two dated versions and
 * 1.004859 only in a version that takes effect in 2099. */

typedef struct
{
  char       *dir;
  McDatabase *db;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *catalogue = mc_test_data_path ("catalogue-small.json");
  McImportResult result;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-store-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mc_catalogue_import_file (fixture->db, catalogue, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 9);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The codes of the versions @text finds, sorted and joined by spaces. */
static char *
search_codes (McDatabase *db,
              const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = mc_procedure_store_search (db, text, &error);
  g_autoptr(GPtrArray) codes = g_ptr_array_new_with_free_func (g_free);

  g_assert_no_error (error);
  g_assert_nonnull (ids);

  for (guint i = 0; i < ids->len; i++)
    {
      g_autoptr(McProcedure) procedure = mc_procedure_store_load (db, g_array_index (ids, gint64, i),
                                                                 &error);
      const char *code;

      g_assert_no_error (error);
      code = mc_procedure_get_code (procedure);
      if (!g_ptr_array_find_with_equal_func (codes, code, g_str_equal, NULL))
        g_ptr_array_add (codes, g_strdup (code));
    }

  g_ptr_array_sort (codes, compare_strings);
  g_ptr_array_add (codes, NULL);

  return g_strjoinv (" ", (char **) codes->pdata);
}

typedef struct
{
  const char *text;
  const char *codes;
} SearchCase;

static void
test_search_folding (Fixture       *fixture,
                     gconstpointer  data)
{
  static const SearchCase cases[] = {
    { "dang ky khai sinh", "1.001193 1.004884" },
    { "Đăng Ký Khai Sinh", "1.001193 1.004884" },
    { "ĐĂNG KÝ KHAI SINH", "1.001193 1.004884" },
    { "ĐĂNG KÝ", "1.000656 1.000894 1.001193 1.004884" },
    { "  dang   ky  ", "1.000656 1.000894 1.001193 1.004884" },
    { "đăng ký khai tử", "1.000656" },
    /* The code, whole or its digits. */
    { "1.001193", "1.001193" },
    { "001193", "1.001193" },
    { "2.000", "2.000815 2.000884" },
    /* The field is indexed with the name. */
    { "chung thuc", "2.000815 2.000884" },
    { "ho tich", "1.000656 1.000894 1.001193 1.004859 1.004884" },
    { "bao tro", "1.001776" },
    /* Prefixes while typing. */
    { "kha", "1.000656 1.001193 1.004884" },
    { "k", "1.000656 1.000894 1.001193 1.004884 2.000884" },
    { "chu", "2.000815 2.000884" },
    { "chứng thực chữ ký", "2.000884" },
    /* Operators and quotes typed by a user are plain text. */
    { "khai\"sinh", "1.001193 1.004884" },
    { "\"khai sinh\"", "1.001193 1.004884" },
    { "khai* sinh", "1.001193 1.004884" },
    { "-khai +sinh", "1.001193 1.004884" },
    { "NEAR(khai sinh)", "" },
    { "khai OR tu", "" },
    { "folded:khai", "" },
    /* No match. */
    { "xyz", "" },
    { "khai sinh nuoc ngoai", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *codes = search_codes (fixture->db, cases[i].text);

      g_test_message ("search “%s”", cases[i].text);
      g_assert_cmpstr (codes, ==, cases[i].codes);
    }
}

static void
test_search_versions (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) all = mc_procedure_store_search (fixture->db, "lai khai sinh", &error);
  g_autoptr(GArray) amended = mc_procedure_store_search (fixture->db, "sửa đổi", &error);
  g_autoptr(GArray) none = mc_procedure_store_search (fixture->db, "khong co", &error);
  g_autoptr(McProcedure) latest = NULL;

  g_assert_no_error (error);

  /* The index holds every version, not only the current ones. */
  g_assert_cmpuint (all->len, ==, 2);
  g_assert_cmpuint (amended->len, ==, 1);
  latest = mc_procedure_store_find_in_force (fixture->db, "1.004884", "2025-07-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_array_index (amended, gint64, 0), ==, mc_procedure_get_id (latest));

  /* No match is an empty answer, not "no query". */
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);
}

static void
test_search_no_word (Fixture       *fixture,
                     gconstpointer  data)
{
  static const char * const texts[] = { "", "   ", "...", "\"", "*", "-" };

  /* Text without a word means "everything": NULL, and no error. */
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) ids = mc_procedure_store_search (fixture->db, texts[i], &error);

      g_assert_no_error (error);
      g_assert_null (ids);
    }
}

static char *
current_codes (McDatabase *db,
               const char *today)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) current = mc_procedure_store_load_current (db, today, &error);
  g_autoptr(GString) codes = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < current->len; i++)
    g_string_append_printf (codes, "%s%s", i > 0 ? " " : "",
                            mc_procedure_get_code (g_ptr_array_index (current, i)));

  return g_string_free (g_steal_pointer (&codes), FALSE);
}

static void
test_load_current (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) current = mc_procedure_store_load_current (fixture->db, "2025-07-01", &error);
  g_autoptr(GPtrArray) before = mc_procedure_store_load_current (fixture->db, "2025-06-30", &error);
  g_autofree char *codes = current_codes (fixture->db, "2025-07-01");
  McProcedure *procedure = NULL;

  g_assert_no_error (error);

  /* One version per code, sorted by folded name: "Đăng" among the D's. */
  g_assert_cmpuint (current->len, ==, 8);
  g_assert_cmpstr (codes, ==, "2.000815 2.000884 1.000894 1.001193 1.000656 1.004884 "
                              "1.004859 1.001776");
  for (guint i = 1; i < current->len; i++)
    {
      g_autofree char *a = mc_text_fold (mc_procedure_get_name (g_ptr_array_index (current, i - 1)));
      g_autofree char *b = mc_text_fold (mc_procedure_get_name (g_ptr_array_index (current, i)));

      g_assert_cmpint (g_strcmp0 (a, b), <=, 0);
    }

  /* The version in force on the day. */
  for (guint i = 0; i < current->len; i++)
    if (g_str_equal (mc_procedure_get_code (g_ptr_array_index (current, i)), "1.004884"))
      procedure = g_ptr_array_index (current, i);
  g_assert_nonnull (procedure);
  g_assert_cmpstr (mc_procedure_get_name (procedure), ==, "Đăng ký lại khai sinh (sửa đổi)");
  g_assert_cmpstr (mc_procedure_get_effective_date (procedure), ==, "2025-07-01");
  g_assert_cmpuint (before->len, ==, 8);
  for (guint i = 0; i < before->len; i++)
    if (g_str_equal (mc_procedure_get_code (g_ptr_array_index (before, i)), "1.004884"))
      g_assert_cmpstr (mc_procedure_get_effective_date (g_ptr_array_index (before, i)), ==,
                       "2020-01-01");

  /* Only the main time comes with the list, and not the other lists. */
  g_assert_cmpuint (mc_procedure_get_times (procedure)->len, ==, 1);
  g_assert_cmpfloat (mc_procedure_get_main_time (procedure)->value, ==, 3);
  g_assert_cmpuint (mc_procedure_get_components (procedure)->len, ==, 0);
}

static void
test_load (Fixture       *fixture,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = mc_test_data_path ("catalogue-small.json");
  g_autoptr(GMappedFile) file = g_mapped_file_new (path, FALSE, &error);
  g_autoptr(GBytes) bytes = g_mapped_file_get_bytes (file);
  g_autoptr(GPtrArray) parsed = mc_catalogue_reader_parse (bytes, &error);
  g_autoptr(McProcedure) missing = NULL;

  g_assert_no_error (error);

  /* Each version comes back with every list as the file gave it. */
  for (guint i = 0; i < parsed->len; i++)
    {
      McProcedure *original = g_ptr_array_index (parsed, i);
      g_autoptr(McProcedure) found = mc_procedure_store_find_in_force (fixture->db,
                                                                      mc_procedure_get_code (original),
                                                                      "2099-12-31", &error);
      g_autoptr(McProcedure) loaded = NULL;
      g_autofree char *original_hash = mc_procedure_compute_hash (original);
      g_autofree char *loaded_hash = NULL;
      g_autoptr(GPtrArray) versions = mc_procedure_store_list_versions (fixture->db,
                                                                       mc_procedure_get_code (original),
                                                                       &error);

      g_assert_no_error (error);
      for (guint v = 0; v < versions->len; v++)
        if (g_str_equal (mc_procedure_get_decision (g_ptr_array_index (versions, v)),
                         mc_procedure_get_decision (original)))
          loaded = mc_procedure_store_load (fixture->db,
                                            mc_procedure_get_id (g_ptr_array_index (versions, v)),
                                            &error);
      g_assert_no_error (error);
      g_assert_nonnull (loaded);
      g_assert_nonnull (found);
      loaded_hash = mc_procedure_compute_hash (loaded);
      g_test_message ("version %s %s", mc_procedure_get_code (original),
                      mc_procedure_get_decision (original));
      g_assert_cmpstr (loaded_hash, ==, original_hash);
      g_assert_cmpuint (mc_procedure_get_components (loaded)->len, >=, 2);
      g_assert_cmpuint (mc_procedure_get_steps (loaded)->len, ==, 2);
      g_assert_cmpuint (mc_procedure_get_refs (loaded, MC_PROCEDURE_REF_AGENCY)->len, ==, 1);
    }

  missing = mc_procedure_store_load (fixture->db, 987654, &error);
  g_assert_null (missing);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_list_fields (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) fields = mc_procedure_store_list_fields (fixture->db, &error);
  static const char * const expected[][2] = {
    { "BAOTROXAHOI", "Bảo trợ xã hội" },
    { "CHUNGTHUC", "Chứng thực" },
    { "HOTICH", "Hộ tịch" },
  };

  g_assert_no_error (error);
  g_assert_cmpuint (fields->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < fields->len; i++)
    {
      McProcedureRef *field = g_ptr_array_index (fields, i);

      g_assert_cmpstr (field->code, ==, expected[i][0]);
      g_assert_cmpstr (field->name, ==, expected[i][1]);
    }
}

static void
test_list_versions (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = mc_procedure_store_list_versions (fixture->db, "1.004884", &error);
  g_autoptr(GPtrArray) single = mc_procedure_store_list_versions (fixture->db, "1.001193", &error);
  g_autoptr(GPtrArray) none = mc_procedure_store_list_versions (fixture->db, "9.999999", &error);

  g_assert_no_error (error);

  /* Newest effective date first. */
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (mc_procedure_get_effective_date (g_ptr_array_index (versions, 0)), ==,
                   "2025-07-01");
  g_assert_cmpstr (mc_procedure_get_decision (g_ptr_array_index (versions, 0)), ==,
                   "163/QĐ-BTP");
  g_assert_cmpstr (mc_procedure_get_effective_date (g_ptr_array_index (versions, 1)), ==,
                   "2020-01-01");
  g_assert_cmpuint (single->len, ==, 1);
  g_assert_nonnull (none);
  g_assert_cmpuint (none->len, ==, 0);
  g_assert_cmpint (mc_procedure_store_count_versions (fixture->db, &error), ==, 9);
}

static void
test_future_only (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McProcedure) today = mc_procedure_store_find_in_force (fixture->db, "1.004859",
                                                                  "2026-01-01", &error);
  g_autofree char *codes = current_codes (fixture->db, "2026-01-01");

  /* Not in force yet: no dossier can use it, but the list shows it. */
  g_assert_null (today);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (codes, "1.004859"));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/procedure-store/search/folding", test_search_folding);
  ADD ("/procedure-store/search/versions", test_search_versions);
  ADD ("/procedure-store/search/no-word", test_search_no_word);
  ADD ("/procedure-store/load-current", test_load_current);
  ADD ("/procedure-store/load", test_load);
  ADD ("/procedure-store/list-fields", test_list_fields);
  ADD ("/procedure-store/list-versions", test_list_versions);
  ADD ("/procedure-store/future-only", test_future_only);

#undef ADD

  return g_test_run ();
}
