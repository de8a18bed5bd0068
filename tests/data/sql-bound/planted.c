/* planted.c: input of tests/test-sql-bound.py, never compiled.
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scanner must flag exactly the lines marked "expect: RULE" and none
 * of the others, which show the constant forms the sources use. */

#define COLUMNS "d.code, d.status "
#define BY_CODE "SELECT " COLUMNS "FROM dossier d WHERE d.code = ?1"

typedef struct
{
  const char *select_sql;
  const char *delete_sql;
} Pair;

static const struct
{
  const char *name;
  int         kind;
  const char *sql;
} fields[] = {
  { "phone", 1, "UPDATE dossier SET phone = ?2 WHERE id = ?1" },
  { "note", 1, "UPDATE dossier SET note = ?2 WHERE id = ?1" },
};

static gboolean
run (sqlite3    *handle,
     const char *sql)
{
  return sqlite3_exec (handle, sql, NULL, NULL, NULL) == SQLITE_OK;
}

static gboolean
load (McDatabase  *db,
      const char  *code,
      gboolean     all,
      GError     **error)
{
  static const char one_sql[] = "SELECT status FROM dossier WHERE code = ?1";
  static const char all_sql[] = "SELECT status FROM dossier";
  const char *const other = "DELETE FROM dossier WHERE id = ?1";
  g_autoptr(McStatement) a = mc_database_prepare (db, one_sql, error);
  g_autoptr(McStatement) b = mc_database_prepare (db, all ? one_sql : all_sql, error);
  g_autoptr(McStatement) c = mc_database_prepare (db, BY_CODE, error);
  g_autoptr(McStatement) d = mc_database_prepare (db,
    "SELECT " COLUMNS "FROM dossier d "
    "WHERE d.id = ?1", error);
  Pair pair = { .select_sql = "SELECT 1", .delete_sql = "DELETE FROM t" };
  g_autofree char *label = g_strdup_printf ("Select the dossier %s from the list", code);
  g_autofree char *count = g_strdup_printf ("%u dossiers", 3);

  static const char * const by_kind[2][2] = {
    [0] = { "SELECT 1", "SELECT 2" },
    [1] = { COLUMNS, BY_CODE },
  };
  static const char * const children[] = {
    "DELETE FROM procedure_ref WHERE procedure_id = ?1",
    "DELETE FROM procedure_time WHERE procedure_id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    mc_database_prepare (db, children[i], error);
  mc_database_prepare (db, fields[1].sql, error);
  mc_database_prepare (db, by_kind[all][code != NULL ? 1 : 0], error);
  run (mc_database_get_handle (db), "PRAGMA optimize");
  mc_database_exec (db, other, error);
  mc_database_prepare (db, pair.select_sql, error);
  return a && b && c && d && label && count;
}

static gboolean
planted (McDatabase  *db,
         const char  *code,
         const char  *table,
         int          n,
         GError     **error)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM dossier WHERE code = '%s'", code); /* expect: formatted */
  g_autofree char *joined = g_strconcat ("DELETE FROM ", table, NULL);
  char *quoted = sqlite3_mprintf ("%Q", code); /* expect: formatted */
  GString *built = g_string_new ("UPDATE dossier SET ");
  char buffer[128];
  const char *chosen = n > 0 ? sql : "SELECT 1";
  Pair pair = { .select_sql = "SELECT 1", .delete_sql = joined };

  g_string_append_printf (built, "note = '%s' WHERE id = %d", code, n); /* expect: formatted */
  snprintf (buffer, sizeof buffer, "pragma user_version = %d", n); /* expect: formatted */
  g_string_append_printf (built, " ORDER BY %s", table); /* expect: formatted */

  const char *parts[] = { sql, "SELECT 1" };
  struct { const char *sql; } table[] = { { sql } };

  mc_database_prepare (db, parts[0], error); /* expect: runtime */
  mc_database_prepare (db, table[0].sql, error); /* expect: runtime */
  mc_database_prepare (db, sql, error); /* expect: runtime */
  mc_database_exec (db, joined, error); /* expect: runtime */
  mc_database_exec (db, built->str, error); /* expect: runtime */
  sqlite3_exec (mc_database_get_handle (db), buffer, NULL, NULL, NULL); /* expect: runtime */
  mc_database_prepare (db, chosen, error); /* expect: runtime */
  mc_database_exec (db, pair.delete_sql, error); /* expect: runtime */
  run (mc_database_get_handle (db), quoted); /* expect: runtime */
  sqlite3_prepare_v2 (mc_database_get_handle (db), g_strdup_printf ("%s", table), -1, NULL, NULL); /* expect: runtime */
  return TRUE;
}
