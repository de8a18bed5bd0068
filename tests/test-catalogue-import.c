/* test-catalogue-import.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue-reader.h"
#include "mc-catalogue-writer.h"
#include "mc-error.h"
#include "mc-test-util.h"

typedef struct
{
  char       *dir;
  char       *path;
  McDatabase *db;
} Fixture;

/* Row counts of every catalogue table, and each version's id and import
 * time, to tell "nothing changed" from "rewritten the same". */
typedef struct
{
  gint64  counts[7];
  char   *versions;
} Snapshot;

static const char * const tables[] = {
  "procedure", "procedure_ref", "procedure_time", "procedure_fee", "procedure_component",
  "procedure_step", "procedure_search",
};

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-import-XXXXXX");
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
}

static void
take_snapshot (McDatabase *db,
               Snapshot   *snapshot)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM %s", tables[i]);
      g_autofree char *count = mc_test_query_text (db, sql);

      snapshot->counts[i] = g_ascii_strtoll (count, NULL, 10);
    }
  snapshot->versions = mc_test_query_text (db, "SELECT group_concat(id || ':' || code || ':' "
                                               "|| name || ':' || imported_at, ',') "
                                               "FROM procedure");
}

static void
assert_snapshot_equal (const Snapshot *a,
                       const Snapshot *b)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("rows of %s", tables[i]);
      g_assert_cmpint (a->counts[i], ==, b->counts[i]);
    }
  g_assert_cmpstr (a->versions, ==, b->versions);
}

static void
snapshot_clear (Snapshot *snapshot)
{
  g_clear_pointer (&snapshot->versions, g_free);
}

/* Rows a file should give, counted from what the reader makes of it. */
static void
expected_counts (const char *name,
                 gint64      counts[7])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mc_test_load_fixture (name);
  g_autoptr(GPtrArray) procedures = mc_catalogue_reader_parse (bytes, &error);

  g_assert_no_error (error);
  memset (counts, 0, sizeof (gint64) * 7);
  for (guint i = 0; i < procedures->len; i++)
    {
      McProcedure *procedure = g_ptr_array_index (procedures, i);
      GPtrArray *times = mc_procedure_get_times (procedure);

      counts[0]++;
      for (guint k = 0; k < MC_PROCEDURE_REF_N_KINDS; k++)
        counts[1] += mc_procedure_get_refs (procedure, k)->len;
      counts[2] += times->len;
      for (guint t = 0; t < times->len; t++)
        counts[3] += ((McProcedureTime *) g_ptr_array_index (times, t))->fees->len;
      counts[4] += mc_procedure_get_components (procedure)->len;
      counts[5] += mc_procedure_get_steps (procedure)->len;
      counts[6]++;
    }
}

static void
import_fixture (Fixture    *fixture,
                const char *name,
                guint       added,
                guint       updated,
                guint       unchanged)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = mc_test_data_path (name);
  McImportResult result = { 99, 99, 99 };

  g_assert_true (mc_catalogue_import_file (fixture->db, path, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, added);
  g_assert_cmpuint (result.updated, ==, updated);
  g_assert_cmpuint (result.unchanged, ==, unchanged);
}

/* The small catalogue with @edit applied to record @index. */
static GBytes *
edited_catalogue (guint       index,
                  const char *key,
                  const char *json_value)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mc_test_load_fixture ("catalogue-small.json");
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), &error);
  JsonArray *records;
  JsonObject *record;
  char *text;

  g_assert_no_error (error);
  records = json_object_get_array_member (json_node_get_object (root), "result");
  record = json_array_get_object_element (records, index);
  json_object_set_member (record, key, json_from_string (json_value, &error));
  g_assert_no_error (error);
  text = json_to_string (root, FALSE);

  return g_bytes_new_take (text, strlen (text));
}

static gint64
find_id (McDatabase *db,
         const char *code,
         const char *date)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McProcedure) procedure = mc_procedure_store_find_in_force (db, code, date, &error);

  g_assert_no_error (error);
  return mc_procedure_get_id (procedure);
}

static void
test_good_file (Fixture       *fixture,
                gconstpointer  data)
{
  Snapshot snapshot = { { 0, }, NULL };
  gint64 expected[7];

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);

  expected_counts ("catalogue-small.json", expected);
  take_snapshot (fixture->db, &snapshot);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    {
      g_test_message ("rows of %s", tables[i]);
      g_assert_cmpint (snapshot.counts[i], ==, expected[i]);
      g_assert_cmpint (snapshot.counts[i], >, 0);
    }
  snapshot_clear (&snapshot);
}

static void
test_same_file_again (Fixture       *fixture,
                      gconstpointer  data)
{
  Snapshot before = { { 0, }, NULL };
  Snapshot after = { { 0, }, NULL };

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);
  take_snapshot (fixture->db, &before);

  /* Neither rows nor their children are duplicated or rewritten. */
  import_fixture (fixture, "catalogue-small.json", 0, 0, 9);
  take_snapshot (fixture->db, &after);
  assert_snapshot_equal (&before, &after);

  snapshot_clear (&before);
  snapshot_clear (&after);
}

static void
test_changed_record (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) renamed = edited_catalogue (1, "TENTTHC", "\"Đăng ký kết hôn lưu động\"");
  g_autoptr(McProcedure) procedure = NULL;
  g_autoptr(GArray) ids = NULL;
  McImportResult result;
  Snapshot before = { { 0, }, NULL };
  Snapshot after = { { 0, }, NULL };
  gint64 id;

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);
  take_snapshot (fixture->db, &before);
  id = find_id (fixture->db, "1.000894", "2026-01-01");

  g_assert_true (mc_catalogue_import_bytes (fixture->db, renamed, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 1);
  g_assert_cmpuint (result.unchanged, ==, 8);

  /* Updated in place: same id, new name, children not doubled. */
  procedure = mc_procedure_store_find_in_force (fixture->db, "1.000894", "2026-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpint (mc_procedure_get_id (procedure), ==, id);
  g_assert_cmpstr (mc_procedure_get_name (procedure), ==, "Đăng ký kết hôn lưu động");
  g_assert_cmpuint (mc_procedure_get_components (procedure)->len, ==, 2);
  take_snapshot (fixture->db, &after);
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    g_assert_cmpint (after.counts[i], ==, before.counts[i]);

  /* The search index follows the new name. */
  ids = mc_procedure_store_search (fixture->db, "luu dong", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, id);

  snapshot_clear (&before);
  snapshot_clear (&after);
}

static void
test_changed_child (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) edited = edited_catalogue (0, "THANHPHANHOSO",
                                               "[{\"TRUONGHOP\": \"\", \"GIAYTO\": ["
                                               "{\"TENGIAYTO\": \"Tờ khai\", \"SOBANSAO\": 3}]}]");
  g_autoptr(McProcedure) procedure = NULL;
  const McProcedureComponent *component;
  McImportResult result;

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);
  g_assert_true (mc_catalogue_import_bytes (fixture->db, edited, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.updated, ==, 1);
  g_assert_cmpuint (result.unchanged, ==, 8);

  procedure = mc_procedure_store_find_in_force (fixture->db, "1.001193", "2026-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (mc_procedure_get_components (procedure)->len, ==, 1);
  component = g_ptr_array_index (mc_procedure_get_components (procedure), 0);
  g_assert_cmpstr (component->name, ==, "Tờ khai");
  g_assert_cmpuint (component->copies, ==, 3);
}

static void
test_all_or_nothing_reader (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(McProcedure) procedure = NULL;
  Snapshot before = { { 0, }, NULL };
  Snapshot after = { { 0, }, NULL };
  McImportResult result = { 7, 7, 7 };
  const char *text =
    "{\"result\": ["
    " {\"MATTHC\": \"1.001193\", \"TENTTHC\": \"Đổi tên\", \"LINHVUCTHUCHIEN\": [{\"TENLINHVUC\": \"Hộ tịch\"}]},"
    " {\"MATTHC\": \"1.100001\", \"TENTTHC\": \"Mới một\", \"LINHVUCTHUCHIEN\": [{\"TENLINHVUC\": \"Khác\"}]},"
    " {\"MATTHC\": \"1.100002\", \"TENTTHC\": \"Mới hai\", \"LINHVUCTHUCHIEN\": [{\"TENLINHVUC\": \"Khác\"}]},"
    " {\"MATTHC\": \"1.100003\", \"TENTTHC\": \"Mới ba\", \"LINHVUCTHUCHIEN\": []}"
    "]}";

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);
  take_snapshot (fixture->db, &before);

  bytes = g_bytes_new_static (text, strlen (text));
  g_assert_false (mc_catalogue_import_bytes (fixture->db, bytes, &result, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Record 4 (1.100003), field “LINHVUCTHUCHIEN”"));
  g_clear_error (&error);

  /* Nothing of the good records either, and the result is untouched. */
  take_snapshot (fixture->db, &after);
  assert_snapshot_equal (&before, &after);
  g_assert_cmpuint (result.added, ==, 7);
  procedure = mc_procedure_store_find_in_force (fixture->db, "1.100001", "2030-01-01", &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (procedure);

  snapshot_clear (&before);
  snapshot_clear (&after);
}

static void
test_all_or_nothing_store (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) procedures = g_ptr_array_new_with_free_func (g_object_unref);
  Snapshot before = { { 0, }, NULL };
  Snapshot after = { { 0, }, NULL };
  McImportResult result;

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);
  take_snapshot (fixture->db, &before);

  /* Three good versions, then one the reader would never make: the
   * database refuses it half-way through the save. */
  for (guint i = 1; i <= 4; i++)
    {
      g_autofree char *code = g_strdup_printf ("1.20000%u", i);
      McProcedure *procedure = mc_procedure_new (code, i < 4 ? "Thủ tục tốt" : "");

      mc_procedure_set_field (procedure, "KHAC", "Khác");
      mc_procedure_add_ref (procedure, MC_PROCEDURE_REF_FIELD, "KHAC", "Khác");
      g_ptr_array_add (procedures, procedure);
    }

  g_assert_false (mc_procedure_store_save (fixture->db, procedures, &result, &error));
  g_assert_error (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CONSTRAINT);
  g_assert_cmpint (sqlite3_get_autocommit (mc_database_get_handle (fixture->db)), !=, 0);

  take_snapshot (fixture->db, &after);
  assert_snapshot_equal (&before, &after);

  snapshot_clear (&before);
  snapshot_clear (&after);
}

static void
test_new_version (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(McProcedure) missing = NULL;
  McImportResult result;
  gint64 old_id, new_id;
  const char *text =
    "[{\"MATTHC\": \"1.000894\", \"TENTTHC\": \"Đăng ký kết hôn (2026)\","
    "  \"LINHVUCTHUCHIEN\": [{\"MALINHVUC\": \"HOTICH\", \"TENLINHVUC\": \"Hộ tịch\"}],"
    "  \"QUYETDINHCONGBO\": {\"SOQUYETDINH\": \"200/QĐ-BTP\", \"NGAYHIEULUC\": \"20260301\"}}]";

  import_fixture (fixture, "catalogue-small.json", 9, 0, 0);

  /* A dossier received on 15/02/2026 is handled under this version. */
  old_id = find_id (fixture->db, "1.000894", "2026-02-15");

  bytes = g_bytes_new_static (text, strlen (text));
  g_assert_true (mc_catalogue_import_bytes (fixture->db, bytes, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 1);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (mc_procedure_store_count_versions (fixture->db, NULL), ==, 10);

  versions = mc_procedure_store_list_versions (fixture->db, "1.000894", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 2);
  new_id = mc_procedure_get_id (g_ptr_array_index (versions, 0));
  g_assert_cmpint (new_id, !=, old_id);
  g_assert_cmpstr (mc_procedure_get_effective_date (g_ptr_array_index (versions, 0)), ==,
                   "2026-03-01");
  g_assert_cmpint (mc_procedure_get_id (g_ptr_array_index (versions, 1)), ==, old_id);

  /* The old version still decides dossiers received before the new one
   * took effect; from its effective date on, the new one does. */
  g_assert_cmpint (find_id (fixture->db, "1.000894", "2026-02-15"), ==, old_id);
  g_assert_cmpint (find_id (fixture->db, "1.000894", "2026-02-28"), ==, old_id);
  g_assert_cmpint (find_id (fixture->db, "1.000894", "2026-03-01"), ==, new_id);
  g_assert_cmpint (find_id (fixture->db, "1.000894", "2031-01-01"), ==, new_id);

  /* Two dated versions in the fixture, and a day before either. */
  g_assert_cmpint (find_id (fixture->db, "1.004884", "2024-12-31"), !=,
                   find_id (fixture->db, "1.004884", "2025-07-01"));
  g_assert_cmpint (find_id (fixture->db, "1.004884", "2025-06-30"), ==,
                   find_id (fixture->db, "1.004884", "2020-01-01"));
  missing = mc_procedure_store_find_in_force (fixture->db, "1.004884", "2019-12-31", &error);
  g_assert_null (missing);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) records = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *ids_text = NULL;
  g_auto(GStrv) ids = NULL;
  Snapshot before = { { 0, }, NULL };
  Snapshot after = { { 0, }, NULL };
  McImportResult result;
  char *text;

  import_fixture (fixture, "catalogue-full.json", 3, 0, 0);
  import_fixture (fixture, "catalogue-small.json", 8, 1, 0);
  take_snapshot (fixture->db, &before);

  /* Every stored version, written back in the catalogue shape. */
  ids_text = mc_test_query_text (fixture->db, "SELECT group_concat(id) FROM procedure");
  ids = g_strsplit (ids_text, ",", -1);
  g_assert_cmpuint (g_strv_length (ids), ==, 11);
  for (guint i = 0; ids[i] != NULL; i++)
    {
      g_autoptr(McProcedure) procedure =
        mc_procedure_store_load (fixture->db, g_ascii_strtoll (ids[i], NULL, 10), &error);

      g_assert_no_error (error);
      json_array_add_element (records, mc_catalogue_writer_procedure (procedure));
    }
  json_node_set_array (root, records);
  text = json_to_string (root, TRUE);
  bytes = g_bytes_new_take (text, strlen (text));

  g_assert_true (mc_catalogue_import_bytes (fixture->db, bytes, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 11);

  take_snapshot (fixture->db, &after);
  assert_snapshot_equal (&before, &after);
  snapshot_clear (&before);
  snapshot_clear (&after);
}

static void
test_unreadable_file (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *missing = g_build_filename (fixture->dir, "missing.json", NULL);
  g_autofree char *empty = g_build_filename (fixture->dir, "empty.json", NULL);

  g_assert_false (mc_catalogue_import_file (fixture->db, missing, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Cannot read"));
  g_assert_nonnull (strstr (error->message, missing));
  g_clear_error (&error);

  /* An empty file (no bytes to map) is refused, not a crash. */
  g_assert_true (g_file_set_contents (empty, "", 0, &error));
  g_assert_false (mc_catalogue_import_file (fixture->db, empty, NULL, &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_cmpint (mc_procedure_store_count_versions (fixture->db, NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/catalogue-import/good-file", test_good_file);
  ADD ("/catalogue-import/same-file-again", test_same_file_again);
  ADD ("/catalogue-import/changed-record", test_changed_record);
  ADD ("/catalogue-import/changed-child", test_changed_child);
  ADD ("/catalogue-import/all-or-nothing/reader", test_all_or_nothing_reader);
  ADD ("/catalogue-import/all-or-nothing/store", test_all_or_nothing_store);
  ADD ("/catalogue-import/new-version", test_new_version);
  ADD ("/catalogue-import/round-trip", test_round_trip);
  ADD ("/catalogue-import/unreadable-file", test_unreadable_file);

#undef ADD

  return g_test_run ();
}
