/* fuzz-catalogue-import.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue-reader.h"
#include "mc-catalogue-writer.h"
#include "mc-error.h"
#include "mc-fuzz.h"
#include "mc-procedure.h"

/* The catalogue importer (mc-catalogue-reader.c, mc-catalogue-import.c
 * and the procedure store behind it) on any file: the input is the file's
 * content. The import runs on an in-memory database, inside a transaction
 * rolled back afterwards, so that every input starts from the same empty
 * catalogue. An import that succeeds counts each procedure version once,
 * and the same file imported again changes nothing; what the reader
 * accepted is valid UTF-8 and, written out again by the catalogue writer,
 * reads back to as many procedures with the same codes. */

static McDatabase *db;

static gint64
count_procedures (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT count(*) FROM procedure", &error);
  gboolean has_row = FALSE;

  g_assert_no_error (error);
  g_assert_true (mc_database_step (db, stmt, &has_row, &error));
  g_assert_no_error (error);
  g_assert_true (has_row);

  return sqlite3_column_int64 (stmt, 0);
}

/* What the reader accepted, written out and read again. */
static void
check_rewrite (GPtrArray *procedures)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonArray) records = json_array_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  for (guint i = 0; i < procedures->len; i++)
    json_array_add_element (records,
                            mc_catalogue_writer_procedure (g_ptr_array_index (procedures, i)));

  root = json_node_init_array (json_node_alloc (), records);
  text = json_to_string (root, FALSE);
  bytes = g_bytes_new_take (text, strlen (text));

  /* Every text the reader let through is valid UTF-8. */
  g_assert_true (g_utf8_validate (text, -1, NULL));

  again = mc_catalogue_reader_parse (bytes, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (again->len, ==, procedures->len);

  for (guint i = 0; i < procedures->len; i++)
    {
      McProcedure *a = g_ptr_array_index (procedures, i);
      McProcedure *b = g_ptr_array_index (again, i);

      g_assert_cmpstr (mc_procedure_get_code (a), ==, mc_procedure_get_code (b));
      g_assert_cmpstr (mc_procedure_get_name (a), ==, mc_procedure_get_name (b));
      g_assert_cmpstr (mc_procedure_get_decision (a), ==, mc_procedure_get_decision (b));
      g_assert_cmpstr (mc_procedure_get_effective_date (a), ==,
                       mc_procedure_get_effective_date (b));
    }
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_autoptr(GError) error = NULL;

  mc_fuzz_init ();

  db = mc_database_open (":memory:", &error);
  g_assert_no_error (error);

  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) procedures = NULL;
  g_autoptr(GError) error = NULL;
  McImportResult first = { 0, };
  McImportResult second = { 0, };
  gboolean ok;

  /* JSON-GLib leaks on several values in a row (mc-fuzz.c). */
  if (!mc_fuzz_is_one_value (data, size))
    return 0;

  procedures = mc_catalogue_reader_parse (bytes, &error);
  if (procedures == NULL)
    g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  else
    check_rewrite (procedures);
  g_clear_error (&error);

  g_assert_true (mc_database_begin (db, MC_TRANSACTION_WRITE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_procedures (), ==, 0);

  ok = mc_catalogue_import_bytes (db, bytes, &first, &error);

  /* The reader alone decides: a file it refuses is refused whole, and
   * one it accepts is imported. */
  g_assert_cmpint (ok, ==, procedures != NULL);
  if (ok)
    {
      g_assert_no_error (error);
      /* The reader refuses a file that repeats a version: into an empty
       * catalogue, every version is new. */
      g_assert_cmpuint (first.added, ==, procedures->len);
      g_assert_cmpuint (first.updated, ==, 0);
      g_assert_cmpuint (first.unchanged, ==, 0);
      g_assert_cmpint (count_procedures (), ==, procedures->len);

      g_assert_true (mc_catalogue_import_bytes (db, bytes, &second, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (second.added, ==, 0);
      g_assert_cmpuint (second.updated, ==, 0);
      g_assert_cmpuint (second.unchanged, ==, procedures->len);
    }
  else
    {
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      g_assert_cmpint (count_procedures (), ==, 0);
    }

  g_assert_true (mc_database_end (db, FALSE, NULL));
  return 0;
}
