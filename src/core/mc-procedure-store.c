/* mc-procedure-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-procedure-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-error.h"
#include "mc-procedure-store.h"
#include "mc-text.h"

/* All SQL of the procedure catalogue. Functions take the database of the
 * calling thread; the application calls them on its database worker. */

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

/*
 * Saving
 */

static gboolean
insert_children (McDatabase   *db,
                 McProcedure  *procedure,
                 GError      **error)
{
  static const char insert_ref_sql[] =
    "INSERT INTO procedure_ref (procedure_id, kind, position, code, name) "
    "VALUES (?1, ?2, ?3, ?4, ?5)";
  static const char insert_time_sql[] =
    "INSERT INTO procedure_time (procedure_id, position, channel, time_value, time_unit, description) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  static const char insert_fee_sql[] =
    "INSERT INTO procedure_fee (time_id, position, code, amount, unit, description) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
  static const char insert_component_sql[] =
    "INSERT INTO procedure_component (procedure_id, position, case_name, code, name, originals, "
    "copies, form_name, form_url) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
  static const char insert_step_sql[] =
    "INSERT INTO procedure_step (procedure_id, position, case_name, description) "
    "VALUES (?1, ?2, ?3, ?4)";
  gint64 id = mc_procedure_get_id (procedure);
  GPtrArray *times = mc_procedure_get_times (procedure);
  GPtrArray *components = mc_procedure_get_components (procedure);
  GPtrArray *steps = mc_procedure_get_steps (procedure);

  for (guint kind = 0; kind < MC_PROCEDURE_REF_N_KINDS; kind++)
    {
      GPtrArray *refs = mc_procedure_get_refs (procedure, kind);

      for (guint i = 0; i < refs->len; i++)
        {
          const McProcedureRef *ref = g_ptr_array_index (refs, i);
          g_autoptr(McStatement) stmt = mc_database_prepare (db, insert_ref_sql, error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, id);
          sqlite3_bind_int (stmt, 2, kind);
          sqlite3_bind_int (stmt, 3, i);
          sqlite3_bind_text (stmt, 4, ref->code, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 5, ref->name, -1, SQLITE_STATIC);
          if (!mc_database_step (db, stmt, NULL, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (times, i);
      gint64 time_id;

      {
        g_autoptr(McStatement) stmt = mc_database_prepare (db, insert_time_sql, error);

        if (stmt == NULL)
          return FALSE;
        sqlite3_bind_int64 (stmt, 1, id);
        sqlite3_bind_int (stmt, 2, i);
        sqlite3_bind_int (stmt, 3, time->channel);
        if (time->has_time)
          {
            sqlite3_bind_double (stmt, 4, time->value);
            sqlite3_bind_int (stmt, 5, time->unit);
          }
        sqlite3_bind_text (stmt, 6, time->description, -1, SQLITE_STATIC);
        if (!mc_database_step (db, stmt, NULL, error))
          return FALSE;
        time_id = sqlite3_last_insert_rowid (mc_database_get_handle (db));
      }

      for (guint j = 0; j < time->fees->len; j++)
        {
          const McProcedureFee *fee = g_ptr_array_index (time->fees, j);
          g_autoptr(McStatement) stmt = mc_database_prepare (db, insert_fee_sql, error);

          if (stmt == NULL)
            return FALSE;
          sqlite3_bind_int64 (stmt, 1, time_id);
          sqlite3_bind_int (stmt, 2, j);
          sqlite3_bind_text (stmt, 3, fee->code, -1, SQLITE_STATIC);
          if (fee->has_amount)
            sqlite3_bind_int64 (stmt, 4, fee->amount);
          sqlite3_bind_text (stmt, 5, fee->unit, -1, SQLITE_STATIC);
          sqlite3_bind_text (stmt, 6, fee->description, -1, SQLITE_STATIC);
          if (!mc_database_step (db, stmt, NULL, error))
            return FALSE;
        }
    }

  for (guint i = 0; i < components->len; i++)
    {
      const McProcedureComponent *component = g_ptr_array_index (components, i);
      g_autoptr(McStatement) stmt = mc_database_prepare (db, insert_component_sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, component->case_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, component->code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 5, component->name, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 6, component->originals);
      sqlite3_bind_int (stmt, 7, component->copies);
      sqlite3_bind_text (stmt, 8, component->form_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 9, component->form_url, -1, SQLITE_STATIC);
      if (!mc_database_step (db, stmt, NULL, error))
        return FALSE;
    }

  for (guint i = 0; i < steps->len; i++)
    {
      const McProcedureStep *step = g_ptr_array_index (steps, i);
      g_autoptr(McStatement) stmt = mc_database_prepare (db, insert_step_sql, error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, step->case_name, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, step->description, -1, SQLITE_STATIC);
      if (!mc_database_step (db, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
delete_children (McDatabase  *db,
                 gint64       id,
                 GError     **error)
{
  static const char * const delete_sql[] = {
    "DELETE FROM procedure_ref WHERE procedure_id = ?1",
    "DELETE FROM procedure_time WHERE procedure_id = ?1",
    "DELETE FROM procedure_component WHERE procedure_id = ?1",
    "DELETE FROM procedure_step WHERE procedure_id = ?1",
  };

  for (guint i = 0; i < G_N_ELEMENTS (delete_sql); i++)
    {
      g_autoptr(McStatement) stmt = mc_database_prepare (db, delete_sql[i], error);

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, id);
      if (!mc_database_step (db, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static void
bind_procedure_columns (sqlite3_stmt *stmt,
                        McProcedure  *procedure,
                        const char   *hash)
{
  sqlite3_bind_text (stmt, 1, mc_procedure_get_code (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, mc_procedure_get_decision (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, mc_procedure_get_effective_date (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 4, mc_procedure_get_name (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, mc_procedure_get_kind (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 6, mc_procedure_get_level (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 7, mc_procedure_get_field_code (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, mc_procedure_get_field_name (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, mc_procedure_get_conditions (procedure), -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 10, mc_procedure_get_online_level (procedure));
  sqlite3_bind_int (stmt, 11, mc_procedure_get_joint (procedure));
  sqlite3_bind_int (stmt, 12, mc_procedure_get_postal_intake (procedure));
  sqlite3_bind_int (stmt, 13, mc_procedure_get_postal_return (procedure));
  sqlite3_bind_int (stmt, 14, mc_procedure_get_in_force (procedure));
  sqlite3_bind_text (stmt, 15, hash, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 16, g_get_real_time ());
}

typedef enum
{
  SAVED_ADDED,
  SAVED_UPDATED,
  SAVED_UNCHANGED,
} SaveOutcome;

static gboolean
save_one (McDatabase   *db,
          McProcedure  *procedure,
          SaveOutcome  *outcome,
          GError      **error)
{
  static const char find_sql[] =
    "SELECT id, content_hash FROM procedure "
    "WHERE code = ?1 AND decision = ?2 AND effective_date = ?3";
  static const char insert_sql[] =
    "INSERT INTO procedure (code, decision, effective_date, name, kind, level, field_code, "
    "field_name, conditions, online_level, joint, postal_intake, postal_return, in_force, "
    "content_hash, imported_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
  static const char update_sql[] =
    "UPDATE procedure SET code = ?1, decision = ?2, effective_date = ?3, name = ?4, kind = ?5, "
    "level = ?6, field_code = ?7, field_name = ?8, conditions = ?9, online_level = ?10, "
    "joint = ?11, postal_intake = ?12, postal_return = ?13, in_force = ?14, "
    "content_hash = ?15, imported_at = ?16 WHERE id = ?17";
  g_autofree char *hash = mc_procedure_compute_hash (procedure);
  g_autofree char *stored_hash = NULL;
  gint64 id = 0;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, find_sql, error);
    gboolean has_row;

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_text (stmt, 1, mc_procedure_get_code (procedure), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, mc_procedure_get_decision (procedure), -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 3, mc_procedure_get_effective_date (procedure), -1, SQLITE_STATIC);
    if (!mc_database_step (db, stmt, &has_row, error))
      return FALSE;
    if (has_row)
      {
        id = sqlite3_column_int64 (stmt, 0);
        stored_hash = g_strdup (column_text (stmt, 1));
      }
  }

  if (id != 0 && g_strcmp0 (hash, stored_hash) == 0)
    {
      mc_procedure_set_id (procedure, id);
      *outcome = SAVED_UNCHANGED;
      return TRUE;
    }

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, id != 0 ? update_sql : insert_sql,
                                                       error);

    if (stmt == NULL)
      return FALSE;
    bind_procedure_columns (stmt, procedure, hash);
    if (id != 0)
      sqlite3_bind_int64 (stmt, 17, id);
    if (!mc_database_step (db, stmt, NULL, error))
      return FALSE;
  }

  if (id == 0)
    {
      id = sqlite3_last_insert_rowid (mc_database_get_handle (db));
      *outcome = SAVED_ADDED;
    }
  else
    {
      if (!delete_children (db, id, error))
        return FALSE;
      *outcome = SAVED_UPDATED;
    }

  mc_procedure_set_id (procedure, id);

  return insert_children (db, procedure, error);
}

/**
 * mc_procedure_store_save:
 * @db: a #McDatabase
 * @procedures: (element-type McProcedure): versions to store
 * @result: (out caller-allocates): how many were added, updated, unchanged
 * @error: return location for a #GError
 *
 * Stores every version in @procedures in one transaction: all or none.
 * A version already stored (same code, decision and effective date) is
 * updated in place when its content changed, so importing the same file
 * twice never duplicates anything.
 */
gboolean
mc_procedure_store_save (McDatabase      *db,
                         GPtrArray       *procedures,
                         McImportResult  *result,
                         GError         **error)
{
  McImportResult counts = { 0, };

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (procedures != NULL, FALSE);

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  for (guint i = 0; i < procedures->len; i++)
    {
      SaveOutcome outcome;

      if (!save_one (db, g_ptr_array_index (procedures, i), &outcome, error))
        {
          mc_database_end (db, FALSE, NULL);
          return FALSE;
        }

      switch (outcome)
        {
        case SAVED_ADDED:
          counts.added++;
          break;
        case SAVED_UPDATED:
          counts.updated++;
          break;
        case SAVED_UNCHANGED:
        default:
          counts.unchanged++;
          break;
        }
    }

  if (!mc_database_end (db, TRUE, error))
    return FALSE;

  if (result != NULL)
    *result = counts;

  return TRUE;
}

/*
 * Loading
 */

/* Columns 0-15 of a procedure row, in the order of this list. */
#define PROCEDURE_COLUMNS \
  "p.id, p.code, p.name, p.decision, p.effective_date, p.kind, p.level, p.field_code, " \
  "p.field_name, p.conditions, p.online_level, p.joint, p.postal_intake, p.postal_return, " \
  "p.in_force"

static McProcedure *
procedure_from_row (sqlite3_stmt *stmt)
{
  McProcedure *procedure = mc_procedure_new (column_text (stmt, 1), column_text (stmt, 2));

  mc_procedure_set_id (procedure, sqlite3_column_int64 (stmt, 0));
  mc_procedure_set_decision (procedure, column_text (stmt, 3));
  mc_procedure_set_effective_date (procedure, column_text (stmt, 4));
  mc_procedure_set_kind (procedure, column_text (stmt, 5));
  mc_procedure_set_level (procedure, column_text (stmt, 6));
  mc_procedure_set_field (procedure, column_text (stmt, 7), column_text (stmt, 8));
  mc_procedure_set_conditions (procedure, column_text (stmt, 9));
  mc_procedure_set_online_level (procedure, sqlite3_column_int (stmt, 10));
  mc_procedure_set_joint (procedure, sqlite3_column_int (stmt, 11));
  mc_procedure_set_postal (procedure, sqlite3_column_int (stmt, 12),
                           sqlite3_column_int (stmt, 13));
  mc_procedure_set_in_force (procedure, sqlite3_column_int (stmt, 14));

  return procedure;
}

/**
 * mc_procedure_store_load_current:
 * @db: a #McDatabase
 * @today: the civil date "YYYY-MM-DD" that decides which version is current
 * @error: return location for a #GError
 *
 * Loads, for every procedure code, the version in force on @today (the
 * latest effective date not after @today; a code whose versions all take
 * effect later shows its earliest one), with only its main processing
 * time. Sorted by folded name, so "Đăng ký" sorts among the D's.
 *
 * Returns: (transfer full) (element-type McProcedure): the procedures
 */
GPtrArray *
mc_procedure_store_load_current (McDatabase  *db,
                                 const char  *today,
                                 GError     **error)
{
  static const char sql[] =
    "SELECT " PROCEDURE_COLUMNS ", t.channel, t.time_value, t.time_unit "
    "FROM procedure p "
    "LEFT JOIN procedure_time t ON t.id = ("
    "  SELECT id FROM procedure_time "
    "  WHERE procedure_id = p.id AND time_value IS NOT NULL "
    "  ORDER BY channel <> 1, position LIMIT 1) "
    "WHERE p.id = ("
    "  SELECT q.id FROM procedure q WHERE q.code = p.code "
    "  ORDER BY q.effective_date <= ?1 DESC, "
    "    CASE WHEN q.effective_date <= ?1 THEN q.effective_date END DESC, "
    "    q.effective_date ASC LIMIT 1) "
    "ORDER BY mc_fold (p.name), p.code";
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) procedures = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean has_row;
  gboolean ok = TRUE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (today != NULL, NULL);

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    goto failed;

  sqlite3_bind_text (stmt, 1, today, -1, SQLITE_STATIC);

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McProcedure *procedure = procedure_from_row (stmt);

      if (sqlite3_column_type (stmt, 16) != SQLITE_NULL)
        {
          McProcedureTime *time = mc_procedure_time_new (sqlite3_column_int (stmt, 15));

          time->has_time = TRUE;
          time->value = sqlite3_column_double (stmt, 16);
          time->unit = sqlite3_column_int (stmt, 17);
          mc_procedure_add_time (procedure, time);
        }

      g_ptr_array_add (procedures, procedure);
    }

  if (!ok)
    goto failed;

  mc_database_end (db, TRUE, NULL);
  return g_steal_pointer (&procedures);

failed:
  mc_database_end (db, FALSE, NULL);
  return NULL;
}

static gboolean
load_children (McDatabase   *db,
               McProcedure  *procedure,
               GError      **error)
{
  static const char refs_sql[] =
    "SELECT kind, code, name FROM procedure_ref WHERE procedure_id = ?1 ORDER BY kind, position";
  static const char times_sql[] =
    "SELECT id, channel, time_value, time_unit, description FROM procedure_time "
    "WHERE procedure_id = ?1 ORDER BY position";
  static const char fees_sql[] =
    "SELECT code, amount, unit, description FROM procedure_fee WHERE time_id = ?1 "
    "ORDER BY position";
  static const char components_sql[] =
    "SELECT case_name, code, name, originals, copies, form_name, form_url "
    "FROM procedure_component WHERE procedure_id = ?1 ORDER BY position";
  static const char steps_sql[] =
    "SELECT case_name, description FROM procedure_step WHERE procedure_id = ?1 ORDER BY position";
  gint64 id = mc_procedure_get_id (procedure);
  gboolean has_row;
  gboolean ok = TRUE;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, refs_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
      {
        int kind = sqlite3_column_int (stmt, 0);

        if (kind >= 0 && kind < MC_PROCEDURE_REF_N_KINDS)
          mc_procedure_add_ref (procedure, kind, column_text (stmt, 1), column_text (stmt, 2));
      }
    if (!ok)
      return FALSE;
  }

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, times_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
      {
        McProcedureTime *time = mc_procedure_time_new (sqlite3_column_int (stmt, 1));
        g_autoptr(McStatement) fees = NULL;
        gboolean has_fee;
        gboolean fees_ok;

        time->has_time = sqlite3_column_type (stmt, 2) != SQLITE_NULL;
        time->value = sqlite3_column_double (stmt, 2);
        time->unit = sqlite3_column_int (stmt, 3);
        g_free (time->description);
        time->description = g_strdup (column_text (stmt, 4));
        mc_procedure_add_time (procedure, time);

        fees = mc_database_prepare (db, fees_sql, error);
        if (fees == NULL)
          return FALSE;
        sqlite3_bind_int64 (fees, 1, sqlite3_column_int64 (stmt, 0));
        while ((fees_ok = mc_database_step (db, fees, &has_fee, error)) && has_fee)
          {
            McProcedureFee *fee = mc_procedure_fee_new ();

            g_free (fee->code);
            g_free (fee->unit);
            g_free (fee->description);
            fee->code = g_strdup (column_text (fees, 0));
            fee->has_amount = sqlite3_column_type (fees, 1) != SQLITE_NULL;
            fee->amount = sqlite3_column_int64 (fees, 1);
            fee->unit = g_strdup (column_text (fees, 2));
            fee->description = g_strdup (column_text (fees, 3));
            g_ptr_array_add (time->fees, fee);
          }
        if (!fees_ok)
          return FALSE;
      }
    if (!ok)
      return FALSE;
  }

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, components_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
      {
        McProcedureComponent *component = mc_procedure_component_new ();

        g_free (component->case_name);
        g_free (component->code);
        g_free (component->name);
        g_free (component->form_name);
        g_free (component->form_url);
        component->case_name = g_strdup (column_text (stmt, 0));
        component->code = g_strdup (column_text (stmt, 1));
        component->name = g_strdup (column_text (stmt, 2));
        component->originals = sqlite3_column_int (stmt, 3);
        component->copies = sqlite3_column_int (stmt, 4);
        component->form_name = g_strdup (column_text (stmt, 5));
        component->form_url = g_strdup (column_text (stmt, 6));
        mc_procedure_add_component (procedure, component);
      }
    if (!ok)
      return FALSE;
  }

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, steps_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, id);
    while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
      mc_procedure_add_step (procedure,
                             mc_procedure_step_new (column_text (stmt, 0), column_text (stmt, 1)));
    if (!ok)
      return FALSE;
  }

  return TRUE;
}

static McProcedure *
load_with_children (McDatabase   *db,
                    sqlite3_stmt *stmt,
                    GError      **error)
{
  g_autoptr(McProcedure) procedure = NULL;
  gboolean has_row;

  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;

  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("No such procedure in the catalogue."));
      return NULL;
    }

  procedure = procedure_from_row (stmt);
  mc_database_release (stmt);

  if (!load_children (db, procedure, error))
    return NULL;

  return g_steal_pointer (&procedure);
}

/**
 * mc_procedure_store_load:
 * @db: a #McDatabase
 * @id: the id of a version
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the version with every list, or %NULL with
 *   %MC_ERROR_NOT_FOUND
 */
McProcedure *
mc_procedure_store_load (McDatabase  *db,
                         gint64       id,
                         GError     **error)
{
  static const char sql[] = "SELECT " PROCEDURE_COLUMNS " FROM procedure p WHERE p.id = ?1";
  g_autoptr(McStatement) stmt = NULL;
  McProcedure *procedure;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt != NULL)
    sqlite3_bind_int64 (stmt, 1, id);
  procedure = stmt != NULL ? load_with_children (db, stmt, error) : NULL;

  mc_database_end (db, procedure != NULL, NULL);

  return procedure;
}

/**
 * mc_procedure_store_find_in_force:
 * @db: a #McDatabase
 * @code: a procedure code
 * @date: a civil date "YYYY-MM-DD"
 * @error: return location for a #GError
 *
 * Finds the version of @code in force on @date: a dossier received on
 * @date is handled under that version, even after a newer one is imported.
 *
 * Returns: (transfer full): the version, or %NULL with %MC_ERROR_NOT_FOUND
 */
McProcedure *
mc_procedure_store_find_in_force (McDatabase  *db,
                                  const char  *code,
                                  const char  *date,
                                  GError     **error)
{
  static const char sql[] =
    "SELECT " PROCEDURE_COLUMNS " FROM procedure p "
    "WHERE p.code = ?1 AND p.effective_date <= ?2 "
    "ORDER BY p.effective_date DESC, p.id DESC LIMIT 1";
  g_autoptr(McStatement) stmt = NULL;
  McProcedure *procedure;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);
  g_return_val_if_fail (date != NULL, NULL);

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt != NULL)
    {
      sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, date, -1, SQLITE_STATIC);
    }
  procedure = stmt != NULL ? load_with_children (db, stmt, error) : NULL;

  mc_database_end (db, procedure != NULL, NULL);

  return procedure;
}

/**
 * mc_procedure_store_list_versions:
 * @db: a #McDatabase
 * @code: a procedure code
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McProcedure): every version of
 *   @code, newest effective date first, without their lists
 */
GPtrArray *
mc_procedure_store_list_versions (McDatabase  *db,
                                  const char  *code,
                                  GError     **error)
{
  static const char sql[] =
    "SELECT " PROCEDURE_COLUMNS " FROM procedure p WHERE p.code = ?1 "
    "ORDER BY p.effective_date DESC, p.decision";
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  gboolean has_row;
  gboolean ok = TRUE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  versions = g_ptr_array_new_with_free_func (g_object_unref);
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (versions, procedure_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&versions);
}

/**
 * mc_procedure_store_search:
 * @db: a #McDatabase
 * @text: what the user typed
 * @error: return location for a #GError
 *
 * Looks @text up in the folded search index: every word must start a
 * word of a version's code, name or field, whatever the case and the
 * diacritics ("dang ky khai sinh" finds "Đăng ký khai sinh").
 *
 * Returns: (transfer full) (element-type gint64) (nullable): the ids of the
 *   matching versions, or %NULL without error when @text has no word, that
 *   is, everything matches
 */
GArray *
mc_procedure_store_search (McDatabase  *db,
                           const char  *text,
                           GError     **error)
{
  static const char sql[] = "SELECT rowid FROM procedure_search WHERE procedure_search MATCH ?1";
  g_autofree char *query = mc_text_fts_query (text);
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GArray) ids = NULL;
  gboolean has_row;
  gboolean ok = TRUE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  if (query == NULL)
    return NULL;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  sqlite3_bind_text (stmt, 1, query, -1, SQLITE_STATIC);

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      gint64 id = sqlite3_column_int64 (stmt, 0);
      g_array_append_val (ids, id);
    }

  if (!ok)
    return NULL;

  return g_steal_pointer (&ids);
}

/**
 * mc_procedure_store_list_fields:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McProcedureRef): the main fields
 *   of the catalogue, by name
 */
GPtrArray *
mc_procedure_store_list_fields (McDatabase  *db,
                                GError     **error)
{
  static const char sql[] =
    "SELECT field_code, field_name FROM procedure "
    "GROUP BY field_code ORDER BY mc_fold (field_name)";
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) fields = NULL;
  gboolean has_row;
  gboolean ok = TRUE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  fields = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_procedure_ref_free);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (fields, mc_procedure_ref_new (column_text (stmt, 0), column_text (stmt, 1)));

  if (!ok)
    return NULL;

  return g_steal_pointer (&fields);
}

gint64
mc_procedure_store_count_versions (McDatabase  *db,
                                   GError     **error)
{
  static const char sql[] = "SELECT count(*) FROM procedure";
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), -1);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL || !mc_database_step (db, stmt, &has_row, error))
    return -1;

  return sqlite3_column_int64 (stmt, 0);
}
