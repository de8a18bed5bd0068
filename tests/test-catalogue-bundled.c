/* test-catalogue-bundled.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue-writer.h"
#include "mc-error.h"
#include "mc-test-util.h"

typedef struct
{
  char       *dir;
  McDatabase *db;
  guint       n_records;
} Fixture;

/* Every code of the domain notes §8.2 whose confidence is H or M (rows
 * 1-8, 10-25, 27, 29, 30, 34-38, 41-49, 51, 52). */
static const char * const confident_codes[] = {
  "1.001193", "1.000894", "1.000656", "1.004873", "1.004884", "1.004859", "1.001022",
  "1.004837", "2.000635", "2.000806", "2.000748", "2.000779", "2.000756", "1.000893",
  "1.001695", "2.000547", "2.000554", "2.001263", "2.000815", "2.000884", "2.000908",
  "2.001019", "2.001035", "1.001776", "1.001699", "1.001612", "1.014034", "1.004222",
  "1.004194", "1.002755", "1.003677", "1.010038", "2.000528", "1.004772", "2.000522",
  "2.002516", "1.004845", "2.001008", "1.010041", "1.010040", "2.001159", "1.001653",
  "1.001731",
};

/* The ten procedures a commune counter handles most, with the least
 * number of named components each must list, and one name each must
 * contain. The two chứng thực procedures need only what Nghị định
 * 23/2015/NĐ-CP (Art. 20, 24) asks: the paper and the original, or the
 * paper and an identity document. */
static const struct
{
  const char *code;
  guint       min_components;
  const char *component;
} common[] = {
  { "1.001193", 3, "Tờ khai đăng ký khai sinh" },
  { "1.000894", 3, "Tờ khai đăng ký kết hôn" },
  { "1.000656", 3, "Tờ khai" },
  { "1.004873", 3, "Tờ khai" },
  { "2.000815", 2, "Bản chính giấy tờ" },
  { "2.000884", 2, "giấy tờ tùy thân" },
  { "2.000635", 3, "Tờ khai" },
  { "1.004884", 3, "Tờ khai" },
  { "1.004859", 3, "Tờ khai" },
  { "1.001776", 3, "Tờ khai" },
};

static JsonArray *
bundled_records (JsonNode **root)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resources_lookup_data (MC_CATALOGUE_BUNDLED_RESOURCE, 0, &error);
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  *root = json_from_string (text, &error);
  g_assert_no_error (error);

  return json_object_get_array_member (json_node_get_object (*root), "result");
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *path = NULL;
  McImportResult result = { 0, };

  fixture->dir = mc_test_make_tmp_dir ("mc-test-bundled-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (path, &error);
  g_assert_no_error (error);

  fixture->n_records = json_array_get_length (bundled_records (&root));
  g_assert_true (mc_catalogue_import_bundled (fixture->db, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, fixture->n_records);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, 0);
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
find (McDatabase *db,
      const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) versions = mc_procedure_store_list_versions (db, code, &error);

  g_assert_no_error (error);
  g_test_message ("code %s", code);
  g_assert_cmpuint (versions->len, ==, 1);

  return mc_procedure_store_load (db, mc_procedure_get_id (g_ptr_array_index (versions, 0)), NULL);
}

static void
test_imports (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  McImportResult result;

  /* A catalogue of the commune's procedures, not a sample. */
  g_assert_cmpuint (fixture->n_records, >=, 50);
  g_assert_cmpint (mc_procedure_store_count_versions (fixture->db, NULL), ==, fixture->n_records);

  /* Seeding twice changes nothing. */
  g_assert_true (mc_catalogue_import_bundled (fixture->db, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, fixture->n_records);
}

static void
test_same_as_source (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bundled = g_resources_lookup_data (MC_CATALOGUE_BUNDLED_RESOURCE, 0, &error);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "catalogue",
                                                 "commune-procedures.json", NULL);
  g_autofree char *contents = NULL;
  gsize len;

  /* The resource is data/catalogue/commune-procedures.json, as shipped. */
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, &error));
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (bundled, NULL), g_bytes_get_size (bundled), contents, len);
}

static void
test_confident_codes (Fixture       *fixture,
                      gconstpointer  data)
{
  g_assert_cmpuint (G_N_ELEMENTS (confident_codes), ==, 43);

  for (guint i = 0; i < G_N_ELEMENTS (confident_codes); i++)
    {
      g_autoptr(McProcedure) procedure = find (fixture->db, confident_codes[i]);

      g_assert_nonnull (procedure);
      g_assert_cmpstr (mc_procedure_get_code (procedure), ==, confident_codes[i]);
      g_assert_true (mc_procedure_get_in_force (procedure));
      g_assert_cmpstr (mc_procedure_get_field_name (procedure), !=, "");
    }
}

static void
test_common_procedures (Fixture       *fixture,
                        gconstpointer  data)
{
  for (guint i = 0; i < G_N_ELEMENTS (common); i++)
    {
      g_autoptr(McProcedure) procedure = find (fixture->db, common[i].code);
      GPtrArray *components = mc_procedure_get_components (procedure);
      gboolean found = FALSE;

      g_assert_cmpuint (components->len, >=, common[i].min_components);
      for (guint j = 0; j < components->len; j++)
        {
          const McProcedureComponent *component = g_ptr_array_index (components, j);

          g_assert_cmpuint (g_utf8_strlen (component->name, -1), >=, 5);
          found |= strstr (component->name, common[i].component) != NULL;
        }
      g_assert_true (found);

      /* What the counter tells a citizen: steps and a processing time. */
      g_assert_cmpuint (mc_procedure_get_steps (procedure)->len, >=, 1);
      g_assert_nonnull (mc_procedure_get_main_time (procedure));
      g_assert_cmpuint (mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_LEGAL_BASIS)->len,
                        >=, 1);
    }
}

static void
assert_nfc (const char *text)
{
  g_autofree char *nfc = g_utf8_normalize (text, -1, G_NORMALIZE_NFC);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  g_assert_cmpstr (text, ==, nfc);
}

static void
test_file_shape (void)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GRegex) code_pattern = g_regex_new ("^[123]\\.[0-9]{6}$", 0, 0, NULL);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  JsonArray *records = bundled_records (&root);

  /* Checked on the file itself: the importer would mend NFD and spaces. */
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonObject *record = json_array_get_object_element (records, i);
      const char *code = json_object_get_string_member (record, "MATTHC");
      const char *name = json_object_get_string_member (record, "TENTTHC");
      JsonArray *groups = json_object_has_member (record, "THANHPHANHOSO")
                          ? json_object_get_array_member (record, "THANHPHANHOSO") : NULL;
      g_autofree char *trimmed = g_strstrip (g_strdup (name));

      g_test_message ("record %u: %s", i + 1, code);
      g_assert_true (g_regex_match (code_pattern, code, 0, NULL));
      g_assert_true (g_hash_table_add (seen, (gpointer) code));
      assert_nfc (name);
      g_assert_cmpstr (trimmed, ==, name);
      g_assert_null (strstr (name, "  "));

      for (guint g = 0; groups != NULL && g < json_array_get_length (groups); g++)
        {
          JsonObject *group = json_array_get_object_element (groups, g);
          JsonArray *papers = json_object_get_array_member (group, "GIAYTO");

          for (guint p = 0; p < json_array_get_length (papers); p++)
            assert_nfc (json_object_get_string_member (json_array_get_object_element (papers, p),
                                                       "TENGIAYTO"));
        }
    }
}

static void
test_names_in_database (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) current = mc_procedure_store_load_current (fixture->db, "2026-11-01",
                                                                  &error);

  g_assert_no_error (error);
  g_assert_cmpuint (current->len, ==, fixture->n_records);
  for (guint i = 0; i < current->len; i++)
    {
      McProcedure *procedure = g_ptr_array_index (current, i);

      assert_nfc (mc_procedure_get_name (procedure));
      assert_nfc (mc_procedure_get_field_name (procedure));
    }
}

static void
test_round_trip (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) current = mc_procedure_store_load_current (fixture->db, "2026-11-01",
                                                                  &error);
  g_autoptr(JsonArray) records = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autoptr(GBytes) bytes = NULL;
  McImportResult result;
  char *text;

  /* Every bundled procedure, shown as `catalogue show --json` shows it,
   * imports back as unchanged. */
  g_assert_no_error (error);
  for (guint i = 0; i < current->len; i++)
    {
      g_autoptr(McProcedure) full =
        mc_procedure_store_load (fixture->db,
                                 mc_procedure_get_id (g_ptr_array_index (current, i)), &error);

      g_assert_no_error (error);
      json_array_add_element (records, mc_catalogue_writer_procedure (full));
    }
  json_node_set_array (root, records);
  text = json_to_string (root, FALSE);
  bytes = g_bytes_new_take (text, strlen (text));

  g_assert_true (mc_catalogue_import_bytes (fixture->db, bytes, &result, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (result.added, ==, 0);
  g_assert_cmpuint (result.updated, ==, 0);
  g_assert_cmpuint (result.unchanged, ==, fixture->n_records);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("/catalogue-bundled/imports", test_imports);
  g_test_add_func ("/catalogue-bundled/same-as-source", test_same_as_source);
  ADD ("/catalogue-bundled/confident-codes", test_confident_codes);
  ADD ("/catalogue-bundled/common-procedures", test_common_procedures);
  g_test_add_func ("/catalogue-bundled/file-shape", test_file_shape);
  ADD ("/catalogue-bundled/names-in-database", test_names_in_database);
  ADD ("/catalogue-bundled/round-trip", test_round_trip);

#undef ADD

  return g_test_run ();
}
