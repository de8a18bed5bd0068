/* mc-dossier-register-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-register"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-dossier-register.h"
#include "mc-dossier-workflow.h"
#include "mc-error.h"
#include "mc-working-calendar.h"

/* The SQL of the register (Mẫu 06): the dossiers the counter received in
 * a period, with the moments the book records, in one read.
 *
 * The book holds the dossiers the counter received (tiếp nhận): those
 * that got a receipt (Mẫu 01), whose "Quyển số, Số thứ tự" point into
 * it. A dossier refused at the counter (Mẫu 03) was never received, and
 * an online or postal filing is received only when the counter accepts
 * it (ND 61/2018 Art. 16): neither is in the book, though both stay in
 * the database. A dossier accepted and later stopped or withdrawn stays
 * in the book, with a note. Dossiers are dated by their reception: an
 * accepted filing by its submission, as the receipt says. */

static gint64
to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

static GDateTime *
column_moment (sqlite3_stmt *stmt,
               int           column)
{
  g_autoptr(GDateTime) utc = NULL;
  g_autoptr(GDateTime) exact = NULL;
  gint64 usec;

  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  usec = sqlite3_column_int64 (stmt, column);
  utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  exact = g_date_time_add (utc, usec % G_USEC_PER_SEC);
  return g_date_time_to_timezone (exact, mc_working_calendar_get_time_zone ());
}

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL && *text != '\0' ? g_strdup (text) : NULL;
}

/**
 * mc_dossier_register_load:
 * @db: a #McDatabase
 * @from: the first moment of the period
 * @to: the end of the period, excluded
 * @error: return location for a #GError
 *
 * Loads the dossiers the counter received in [@from, @to), in order of
 * reception: those it accepted, whatever became of them since, and not
 * those it refused or has not accepted yet. The agency of each is the
 * first agency of its procedure's version; its appointment is that of
 * its receipt, with the later one, if it was moved, as new_due_at.
 *
 * Returns: (transfer full) (element-type McRegisterEntry): the entries,
 *   or %NULL with an %MC_ERROR_INVALID error if the period is empty
 */
GPtrArray *
mc_dossier_register_load (McDatabase  *db,
                          GDateTime   *from,
                          GDateTime   *to,
                          GError     **error)
{
  static const char sql[] =
    "SELECT d.code, p.name, d.set_count, d.applicant_name, d.address, d.phone, "
    "  (SELECT r.name FROM procedure_ref r WHERE r.procedure_id = d.procedure_id AND r.kind = ?3 "
    "   ORDER BY r.position LIMIT 1), "
    "  d.received_at, d.original_due_at, d.due_at, "
    "  (SELECT min (e.effective_time) FROM dossier_event e "
    "   WHERE e.dossier_id = d.id AND e.action = ?4), "
    "  (SELECT max (e.effective_time) FROM dossier_event e "
    "   WHERE e.dossier_id = d.id AND e.action = ?5), "
    "  d.returned_at, d.status, d.channel, d.delivery, d.note "
    "FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
    "WHERE d.received_at >= ?1 AND d.received_at < ?2 AND d.accepted = 1 "
    "ORDER BY d.received_at, d.id";
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_date_time_compare (from, to) >= 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The period of the register must end after it starts."));
      return NULL;
    }

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    {
      mc_database_end (db, FALSE, NULL);
      return NULL;
    }

  sqlite3_bind_int64 (stmt, 1, to_usec (from));
  sqlite3_bind_int64 (stmt, 2, to_usec (to));
  sqlite3_bind_int (stmt, 3, MC_PROCEDURE_REF_AGENCY);
  sqlite3_bind_int (stmt, 4, MC_DOSSIER_ACTION_HAND_OVER);
  sqlite3_bind_int (stmt, 5, MC_DOSSIER_ACTION_MARK_PROCESSED);

  entries = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_register_entry_free);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McRegisterEntry *entry = mc_register_entry_new ();

      entry->code = column_text (stmt, 0);
      entry->procedure_name = column_text (stmt, 1);
      entry->set_count = sqlite3_column_int (stmt, 2);
      entry->applicant_name = column_text (stmt, 3);
      entry->address = column_text (stmt, 4);
      entry->phone = column_text (stmt, 5);
      entry->agency = column_text (stmt, 6);
      entry->received_at = column_moment (stmt, 7);
      entry->due_at = column_moment (stmt, 8);
      if (sqlite3_column_int64 (stmt, 9) != sqlite3_column_int64 (stmt, 8))
        entry->new_due_at = column_moment (stmt, 9);
      entry->handed_over_at = column_moment (stmt, 10);
      entry->result_received_at = column_moment (stmt, 11);
      entry->returned_at = column_moment (stmt, 12);
      entry->status = sqlite3_column_int (stmt, 13);
      entry->channel = sqlite3_column_int (stmt, 14);
      entry->delivery_by_post = sqlite3_column_int (stmt, 15) != 0;
      entry->note = column_text (stmt, 16);
      g_ptr_array_add (entries, entry);
    }

  /* The statement goes back to the cache before the transaction ends. */
  g_clear_pointer (&stmt, mc_database_release);
  mc_database_end (db, ok, NULL);
  if (!ok)
    return NULL;

  return g_steal_pointer (&entries);
}
