/* mc-dossier-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-calendar-store.h"
#include "mc-deadline.h"
#include "mc-dossier-store-private.h"
#include "mc-error.h"
#include "mc-procedure-store.h"
#include "mc-sync-outbox.h"

/* All SQL of dossiers. Every change is one write transaction that updates
 * the dossier, raises its version and writes its event, or does nothing:
 * the history is the dossier's audit trail and must never disagree with
 * it. Functions take the database of the calling thread. */

/* Deadlines need the calendar of the year of receipt and of the years the
 * due moment can fall in. */
#define YEARS_AHEAD 2

/* Clocks of two PCs differ a little: a moment this far ahead of the
 * device's clock is still "now". */
#define CLOCK_SKEW_USEC (G_USEC_PER_SEC * 60)

const char *
_mc_dossier_store_column_text (sqlite3_stmt *stmt,
                               int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

gint64
_mc_dossier_store_to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

GDateTime *
_mc_dossier_store_from_usec (gint64 usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = g_date_time_add (utc, usec % G_USEC_PER_SEC);

  return g_date_time_to_timezone (exact, mc_working_calendar_get_time_zone ());
}

/* A nullable instant column. */
static GDateTime *
column_moment (sqlite3_stmt *stmt,
               int           column)
{
  if (sqlite3_column_type (stmt, column) == SQLITE_NULL)
    return NULL;

  return _mc_dossier_store_from_usec (sqlite3_column_int64 (stmt, column));
}

void
_mc_dossier_store_bind_optional_int64 (sqlite3_stmt *stmt,
                                       int           index,
                                       gint64        value)
{
  if (value != 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

char *
_mc_dossier_store_read_setting (McDatabase  *db,
                                const char  *key,
                                GError     **error)
{
  static const char sql[] = "SELECT value FROM setting WHERE key = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;

  return g_strdup (has_row ? _mc_dossier_store_column_text (stmt, 0) : "");
}

/* The calendar covering @first to @last and the years after, for the
 * deadline engine. */
McWorkingCalendar *
_mc_dossier_store_load_calendar (McDatabase  *db,
                                 GDateTime   *first,
                                 GDateTime   *last,
                                 int         *cutoff,
                                 GError     **error)
{
  if (!mc_calendar_store_ensure_years (db, g_date_time_get_year (first),
                                       g_date_time_get_year (last) + YEARS_AHEAD, error))
    return NULL;

  if (cutoff != NULL && (*cutoff = mc_calendar_store_get_same_day_cutoff (db, error)) < 0)
    return NULL;

  return mc_calendar_store_load (db, error);
}

static gboolean
is_late_entry (gint64 effective,
               gint64 device)
{
  return device - effective > MC_DOSSIER_LATE_ENTRY_MINUTES * 60 * G_USEC_PER_SEC;
}

/*
 * Events
 */

gboolean
_mc_dossier_store_insert_event (McDatabase      *db,
                                const McActor   *actor,
                                const EventRow  *row,
                                GError         **error)
{
  static const char sql[] =
    "INSERT INTO dossier_event (dossier_id, step_id, action, status_before, status_after, "
    "actor_id, actor_name, actor_title, receiver_id, workstation, device_time, effective_time, "
    "entered_late, note, details, version) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  g_autofree char *step_id = g_uuid_string_random ();

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, row->dossier_id);
  sqlite3_bind_text (stmt, 2, step_id, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 3, row->action);
  if (row->status_before != MC_DOSSIER_STATUS_NONE)
    sqlite3_bind_int (stmt, 4, row->status_before);
  sqlite3_bind_int (stmt, 5, row->status_after);
  _mc_dossier_store_bind_optional_int64 (stmt, 6, actor->staff_id);
  sqlite3_bind_text (stmt, 7, actor->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, actor->title != NULL ? actor->title : "", -1, SQLITE_STATIC);
  _mc_dossier_store_bind_optional_int64 (stmt, 9, row->receiver_id);
  sqlite3_bind_text (stmt, 10, actor->workstation, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 11, row->device_time);
  sqlite3_bind_int64 (stmt, 12, row->effective_time);
  sqlite3_bind_int (stmt, 13, is_late_entry (row->effective_time, row->device_time));
  sqlite3_bind_text (stmt, 14, row->note != NULL ? row->note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, row->details != NULL ? row->details : "{}", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 16, row->version);
  if (!mc_database_step (db, stmt, NULL, error))
    return FALSE;

  /* In the same transaction as the change: nothing committed misses the
   * portal. */
  return mc_sync_outbox_enqueue (db, row->dossier_id,
                                 sqlite3_last_insert_rowid (mc_database_get_handle (db)),
                                 row->action, row->version, row->device_time, error);
}

/**
 * mc_actor_copy_init:
 * @copy: an empty or cleared copy
 * @actor: the actor to copy
 */
void
mc_actor_copy_init (McActorCopy   *copy,
                    const McActor *actor)
{
  copy->name = g_strdup (actor->name);
  copy->title = g_strdup (actor->title);
  copy->workstation = g_strdup (actor->workstation);
  copy->actor = *actor;
  copy->actor.name = copy->name;
  copy->actor.title = copy->title;
  copy->actor.workstation = copy->workstation;
}

void
mc_actor_copy_clear (McActorCopy *copy)
{
  g_clear_pointer (&copy->name, g_free);
  g_clear_pointer (&copy->title, g_free);
  g_clear_pointer (&copy->workstation, g_free);
  memset (&copy->actor, 0, sizeof copy->actor);
}

gboolean
_mc_dossier_store_check_actor (const McActor  *actor,
                               GError        **error)
{
  if (actor->name == NULL || *actor->name == '\0' ||
      actor->workstation == NULL || *actor->workstation == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Every step is recorded with the name of its actor and workstation."));
      return FALSE;
    }

  return TRUE;
}

/* A step cannot be recorded as happening in the future of this PC. */
gboolean
_mc_dossier_store_check_not_future (gint64   effective,
                                    gint64   device,
                                    GError **error)
{
  if (effective > device + CLOCK_SKEW_USEC)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The time of the step is in the future."));
      return FALSE;
    }

  return TRUE;
}

/*
 * Intake
 */

/* The procedure version in force on the day of receipt, and its due
 * moment. */
static gboolean
compute_due (McDatabase  *db,
             const char  *code,
             GDateTime   *received,
             gint64      *procedure_id,
             GDateTime  **due,
             GError     **error)
{
  g_autofree char *day = g_date_time_format (received, "%Y-%m-%d");
  g_autoptr(GError) local_error = NULL;
  g_autoptr(McProcedure) procedure = NULL;
  g_autoptr(McWorkingCalendar) calendar = NULL;
  const McProcedureTime *time;
  int cutoff;

  procedure = mc_procedure_store_find_in_force (db, code, day, &local_error);
  if (procedure == NULL)
    {
      if (g_error_matches (local_error, MC_ERROR, MC_ERROR_NOT_FOUND))
        g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                     _("No procedure with code “%s” was in force on %s."), code, day);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  time = mc_procedure_get_main_time (procedure);
  if (time == NULL)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("The catalogue states no processing time for %s: the appointment date "
                     "cannot be computed."), code);
      return FALSE;
    }

  calendar = _mc_dossier_store_load_calendar (db, received, received, &cutoff, error);
  if (calendar == NULL)
    return FALSE;

  *procedure_id = mc_procedure_get_id (procedure);
  *due = mc_deadline_compute (calendar, received, time->value, time->unit, cutoff);
  return TRUE;
}

static gboolean
code_exists (McDatabase  *db,
             const char  *code,
             gboolean    *exists,
             GError     **error)
{
  static const char sql[] = "SELECT 1 FROM dossier WHERE code = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  return mc_database_step (db, stmt, exists, error);
}

/* Issues the next code of the day from this workstation's range. Called
 * inside the write transaction, so two processes on one file serialise
 * here; two PCs working offline on two files draw from disjoint ranges. */
static char *
issue_code (McDatabase           *db,
            const char           *agency,
            GDateTime            *received,
            const McNumberRange  *range,
            GError              **error)
{
  static const char last_sql[] =
    "SELECT last_number FROM dossier_number "
    "WHERE agency_code = ?1 AND day = ?2 AND range_first = ?3";
  static const char save_sql[] =
    "INSERT INTO dossier_number (agency_code, day, range_first, last_number) "
    "VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (agency_code, day, range_first) DO UPDATE SET last_number = excluded.last_number";
  g_autofree char *day = g_date_time_format (received, "%y%m%d");
  g_autofree char *code = NULL;
  GDate date;
  guint number = range->first;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, g_date_time_get_day_of_month (received),
                  g_date_time_get_month (received), g_date_time_get_year (received));

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, last_sql, error);
    gboolean has_row;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_text (stmt, 1, agency, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
    sqlite3_bind_int (stmt, 3, range->first);
    if (!mc_database_step (db, stmt, &has_row, error))
      return NULL;
    if (has_row)
      number = (guint) MAX (sqlite3_column_int64 (stmt, 0), 0) + 1;
  }

  /* A range changed in Preferences may start inside numbers another range
   * already gave today: skip them, a code is never issued twice. */
  for (; number <= range->last; number++)
    {
      gboolean exists;

      g_clear_pointer (&code, g_free);
      code = mc_dossier_code_format (agency, &date, number);
      if (!code_exists (db, code, &exists, error))
        return NULL;
      if (!exists)
        break;
    }

  if (number > range->last)
    {
      g_autofree char *range_text = mc_number_range_to_string (range);
      g_autofree char *day_text = g_date_time_format (received, "%d/%m/%Y");

      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The numbers %s of this workstation for %s are used up: give it another "
                     "range in Preferences."), range_text, day_text);
      return NULL;
    }

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, save_sql, error);

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_text (stmt, 1, agency, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
    sqlite3_bind_int (stmt, 3, range->first);
    sqlite3_bind_int (stmt, 4, number);
    if (!mc_database_step (db, stmt, NULL, error))
      return NULL;
  }

  return g_steal_pointer (&code);
}

static gboolean
insert_components (McDatabase            *db,
                   gint64                 dossier_id,
                   const McDossierDraft  *draft,
                   GError               **error)
{
  static const char sql[] =
    "INSERT INTO dossier_component (dossier_id, position, name, originals, copies, provided) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

  for (guint i = 0; i < draft->n_components; i++)
    {
      const McDraftComponent *component = &draft->components[i];
      g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
      g_autofree char *name = g_strstrip (g_strdup (component->name));

      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_int64 (stmt, 1, dossier_id);
      sqlite3_bind_int (stmt, 2, i);
      sqlite3_bind_text (stmt, 3, name, -1, SQLITE_STATIC);
      sqlite3_bind_int (stmt, 4, component->originals);
      sqlite3_bind_int (stmt, 5, component->copies);
      sqlite3_bind_int (stmt, 6, component->provided ? 1 : 0);
      if (!mc_database_step (db, stmt, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static char *
receive_in_transaction (McDatabase            *db,
                        const McDossierDraft  *draft,
                        const CheckedDraft    *checked,
                        const McActor         *actor,
                        McDossierAction        action,
                        McDossierStatus        status,
                        GDateTime             *received,
                        GDateTime             *now,
                        GError               **error)
{
  static const char sql[] =
    "INSERT INTO dossier (code, procedure_id, status, accepted, channel, applicant_type, "
    "applicant_name, id_number, birth_date, phone, email, address, delivery, set_count, fee, "
    "note, received_at, due_at, original_due_at, finished_at, workstation, entered_late, "
    "updated_at, version) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, "
    "?18, ?19, ?20, ?21, ?22, 1)";
  g_autofree char *agency = NULL;
  g_autofree char *range_text = NULL;
  g_autofree char *code = NULL;
  g_autoptr(GDateTime) due = NULL;
  McNumberRange range;
  gint64 procedure_id = 0;
  gint64 received_usec = _mc_dossier_store_to_usec (received);
  gint64 now_usec = _mc_dossier_store_to_usec (now);
  gint64 dossier_id;
  EventRow event = { 0, };

  agency = _mc_dossier_store_read_setting (db, "agency-code", error);
  if (agency == NULL)
    return NULL;
  g_strstrip (agency);
  if (*agency == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Set the commune’s agency code in Preferences first: dossier codes "
                             "begin with it."));
      return NULL;
    }

  range_text = _mc_dossier_store_read_setting (db, "workstation-range", error);
  if (range_text == NULL || !mc_number_range_parse (range_text, &range, error))
    return NULL;

  if (!compute_due (db, draft->procedure_code, received, &procedure_id, &due, error))
    return NULL;

  code = issue_code (db, agency, received, &range, error);
  if (code == NULL)
    return NULL;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
    gboolean refused = status == MC_DOSSIER_STATUS_REFUSED;

    if (stmt == NULL)
      return NULL;
    sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 2, procedure_id);
    sqlite3_bind_int (stmt, 3, status);
    sqlite3_bind_int (stmt, 4, !refused);
    sqlite3_bind_int (stmt, 5, checked->channel);
    sqlite3_bind_int (stmt, 6, checked->applicant_type);
    sqlite3_bind_text (stmt, 7, checked->applicant_name, -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 8, checked->id_number != NULL ? checked->id_number : "", -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 9, checked->birth_date != NULL ? checked->birth_date : "", -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 10, checked->phone != NULL ? checked->phone : "", -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 11, checked->email != NULL ? checked->email : "", -1, SQLITE_STATIC);
    sqlite3_bind_text (stmt, 12, checked->address, -1, SQLITE_STATIC);
    sqlite3_bind_int (stmt, 13, draft->delivery_by_post ? 1 : 0);
    sqlite3_bind_int (stmt, 14, checked->set_count);
    sqlite3_bind_int64 (stmt, 15, draft->fee);
    sqlite3_bind_text (stmt, 16, checked->note, -1, SQLITE_STATIC);
    sqlite3_bind_int64 (stmt, 17, received_usec);
    /* A refused dossier has no appointment: it is finished on receipt. */
    sqlite3_bind_int64 (stmt, 18, refused ? received_usec : _mc_dossier_store_to_usec (due));
    if (refused)
      sqlite3_bind_int64 (stmt, 19, received_usec);
    sqlite3_bind_text (stmt, 20, actor->workstation, -1, SQLITE_STATIC);
    sqlite3_bind_int (stmt, 21, is_late_entry (received_usec, now_usec));
    sqlite3_bind_int64 (stmt, 22, now_usec);
    if (!mc_database_step (db, stmt, NULL, error))
      return NULL;
    dossier_id = sqlite3_last_insert_rowid (mc_database_get_handle (db));
  }

  if (!insert_components (db, dossier_id, draft, error))
    return NULL;

  event.dossier_id = dossier_id;
  event.action = action;
  event.status_before = MC_DOSSIER_STATUS_NONE;
  event.status_after = status;
  event.device_time = now_usec;
  event.effective_time = received_usec;
  event.note = checked->reason;
  event.version = 1;
  if (!_mc_dossier_store_insert_event (db, actor, &event, error))
    return NULL;

  return g_steal_pointer (&code);
}

/**
 * mc_dossier_store_receive:
 * @db: a #McDatabase
 * @draft: the intake form
 * @actor: who receives it, at which workstation
 * @now: the device's clock
 * @error: return location for a #GError
 *
 * Enters a dossier received at the counter (status 2), or refused there
 * (status 3, with @draft's refusal reason), in one write transaction: the
 * checked fields, the procedure version in force on the day of receipt,
 * the next code of that day from this workstation's number range, the
 * appointment from the procedure's processing time and the working
 * calendar, the papers and the first event, at version 1.
 *
 * A receipt time (@draft's received_at) more than
 * %MC_DOSSIER_LATE_ENTRY_MINUTES before @now is a dossier entered late
 * from the paper register: its code has the day of receipt and its event
 * is marked so.
 *
 * Returns: (transfer full): the new dossier, or %NULL with an
 *   %MC_ERROR_INVALID error naming the field, or %MC_ERROR_NOT_FOUND for
 *   a procedure not in force; nothing is written then
 */
McDossier *
mc_dossier_store_receive (McDatabase            *db,
                          const McDossierDraft  *draft,
                          const McActor         *actor,
                          GDateTime             *now,
                          GError               **error)
{
  g_auto(CheckedDraft) checked = { 0, };
  g_autoptr(GDateTime) received = NULL;
  g_autofree char *code = NULL;
  McDossierFacts facts = { 0, };
  McDossierAction action;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (draft != NULL, NULL);
  g_return_val_if_fail (actor != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  action = draft->refused ? MC_DOSSIER_ACTION_REFUSE_AT_COUNTER : MC_DOSSIER_ACTION_RECEIVE;
  if (!_mc_dossier_store_check_actor (actor, error) ||
      !mc_dossier_workflow_apply (&facts, action, actor->role, error))
    return NULL;

  received = g_date_time_to_timezone (draft->received_at != NULL ? draft->received_at : now,
                                      mc_working_calendar_get_time_zone ());
  if (!_mc_dossier_store_check_not_future (_mc_dossier_store_to_usec (received),
                                          _mc_dossier_store_to_usec (now), error) ||
      !_mc_dossier_store_check_draft (draft, received, &checked, error))
    return NULL;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return NULL;

  code = receive_in_transaction (db, draft, &checked, actor, action, facts.status,
                                 received, now, error);
  if (code == NULL)
    {
      mc_database_end (db, FALSE, NULL);
      return NULL;
    }

  if (!mc_database_end (db, TRUE, error))
    return NULL;

  return mc_dossier_store_load (db, code, error);
}

/*
 * Reading
 */

#define DOSSIER_COLUMNS \
  "d.code, p.code, p.name, d.status, d.channel, d.applicant_type, d.applicant_name, " \
  "d.id_number, d.birth_date, d.phone, d.email, d.address, d.delivery, d.set_count, d.fee, " \
  "d.note, d.received_at, d.due_at, d.original_due_at, d.paused_at, d.finished_at, " \
  "d.returned_at, d.assignee_id, coalesce (s.full_name, ''), d.accepted, d.handover_pending, " \
  "d.supplements_after_acceptance, d.apology_given, d.evaluated, d.workstation, " \
  "d.entered_late, d.version, d.id " \
  "FROM dossier d JOIN procedure p ON p.id = d.procedure_id " \
  "LEFT JOIN staff s ON s.id = d.assignee_id "

/* Column of d.id in DOSSIER_COLUMNS. */
#define DOSSIER_ID_COLUMN 32

static McDossier *
dossier_from_row (sqlite3_stmt *stmt)
{
  g_autoptr(GDateTime) received_at = column_moment (stmt, 16);
  g_autoptr(GDateTime) due_at = column_moment (stmt, 17);
  g_autoptr(GDateTime) original_due_at = column_moment (stmt, 18);
  g_autoptr(GDateTime) paused_at = column_moment (stmt, 19);
  g_autoptr(GDateTime) finished_at = column_moment (stmt, 20);
  g_autoptr(GDateTime) returned_at = column_moment (stmt, 21);

  return g_object_new (MC_TYPE_DOSSIER,
                       "code", _mc_dossier_store_column_text (stmt, 0),
                       "procedure-code", _mc_dossier_store_column_text (stmt, 1),
                       "procedure-name", _mc_dossier_store_column_text (stmt, 2),
                       "status", sqlite3_column_int (stmt, 3),
                       "channel", sqlite3_column_int (stmt, 4),
                       "applicant-type", sqlite3_column_int (stmt, 5),
                       "applicant-name", _mc_dossier_store_column_text (stmt, 6),
                       "id-number", _mc_dossier_store_column_text (stmt, 7),
                       "birth-date", _mc_dossier_store_column_text (stmt, 8),
                       "phone", _mc_dossier_store_column_text (stmt, 9),
                       "email", _mc_dossier_store_column_text (stmt, 10),
                       "address", _mc_dossier_store_column_text (stmt, 11),
                       "delivery-by-post", sqlite3_column_int (stmt, 12) != 0,
                       "set-count", sqlite3_column_int (stmt, 13),
                       "fee", sqlite3_column_int64 (stmt, 14),
                       "note", _mc_dossier_store_column_text (stmt, 15),
                       "received-at", received_at,
                       "due-at", due_at,
                       "original-due-at", original_due_at,
                       "paused-at", paused_at,
                       "finished-at", finished_at,
                       "returned-at", returned_at,
                       "assignee-id", sqlite3_column_int64 (stmt, 22),
                       "assignee-name", _mc_dossier_store_column_text (stmt, 23),
                       "accepted", sqlite3_column_int (stmt, 24) != 0,
                       "handover-pending", sqlite3_column_int (stmt, 25) != 0,
                       "supplements", sqlite3_column_int (stmt, 26),
                       "apology-given", sqlite3_column_int (stmt, 27) != 0,
                       "evaluated", sqlite3_column_int (stmt, 28) != 0,
                       "workstation", _mc_dossier_store_column_text (stmt, 29),
                       "entered-late", sqlite3_column_int (stmt, 30) != 0,
                       "version", sqlite3_column_int (stmt, 31),
                       NULL);
}

static gboolean
load_components (McDatabase  *db,
                 McDossier   *dossier,
                 gint64       dossier_id,
                 GError     **error)
{
  static const char sql[] =
    "SELECT name, originals, copies, provided FROM dossier_component "
    "WHERE dossier_id = ?1 ORDER BY position";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McDossierComponent *component = g_new0 (McDossierComponent, 1);

      component->name = g_strdup (_mc_dossier_store_column_text (stmt, 0));
      component->originals = sqlite3_column_int (stmt, 1);
      component->copies = sqlite3_column_int (stmt, 2);
      component->provided = sqlite3_column_int (stmt, 3) != 0;
      mc_dossier_add_component (dossier, component);
    }

  return ok;
}

/**
 * mc_dossier_store_load:
 * @db: a #McDatabase
 * @code: a dossier code
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the dossier with its papers, or %NULL with
 *   %MC_ERROR_NOT_FOUND
 */
McDossier *
mc_dossier_store_load (McDatabase  *db,
                       const char  *code,
                       GError     **error)
{
  static const char sql[] = "SELECT " DOSSIER_COLUMNS "WHERE d.code = ?1";
  g_autoptr(McDossier) dossier = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
    gboolean has_row;
    gint64 id;

    if (stmt != NULL)
      {
        sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
        if (mc_database_step (db, stmt, &has_row, error))
          {
            if (!has_row)
              {
                g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                             _("No dossier has the code “%s”."), code);
              }
            else
              {
                dossier = dossier_from_row (stmt);
                id = sqlite3_column_int64 (stmt, DOSSIER_ID_COLUMN);
                mc_database_release (g_steal_pointer (&stmt));
                ok = load_components (db, dossier, id, error);
              }
          }
      }
  }

  mc_database_end (db, ok, NULL);

  return ok ? g_steal_pointer (&dossier) : NULL;
}

/**
 * mc_dossier_store_list_events:
 * @db: a #McDatabase
 * @code: a dossier code
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (element-type McDossierEvent): the dossier's
 *   history in the order it was recorded, or %NULL with
 *   %MC_ERROR_NOT_FOUND for an unknown @code
 */
GPtrArray *
mc_dossier_store_list_events (McDatabase  *db,
                              const char  *code,
                              GError     **error)
{
  static const char sql[] =
    "SELECT e.step_id, e.action, e.status_before, e.status_after, e.actor_id, e.actor_name, "
    "e.actor_title, e.receiver_id, e.workstation, e.device_time, e.effective_time, "
    "e.entered_late, e.note, e.details, e.version "
    "FROM dossier d LEFT JOIN dossier_event e ON e.dossier_id = d.id "
    "WHERE d.code = ?1 ORDER BY e.id";
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_dossier_event_free);
  g_autoptr(McStatement) stmt = NULL;
  gboolean found = FALSE;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (code != NULL, NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McDossierEvent *event;

      /* A dossier pulled from the portal (filed online, or received at
       * another counter) has no history recorded here. */
      found = TRUE;
      if (sqlite3_column_type (stmt, 1) == SQLITE_NULL)
        continue;

      event = g_new0 (McDossierEvent, 1);
      event->step_id = g_strdup (_mc_dossier_store_column_text (stmt, 0));
      event->action = sqlite3_column_int (stmt, 1);
      event->status_before = sqlite3_column_int (stmt, 2);
      event->status_after = sqlite3_column_int (stmt, 3);
      event->actor_id = sqlite3_column_int64 (stmt, 4);
      event->actor_name = g_strdup (_mc_dossier_store_column_text (stmt, 5));
      event->actor_title = g_strdup (_mc_dossier_store_column_text (stmt, 6));
      event->receiver_id = sqlite3_column_int64 (stmt, 7);
      event->workstation = g_strdup (_mc_dossier_store_column_text (stmt, 8));
      event->device_time = _mc_dossier_store_from_usec (sqlite3_column_int64 (stmt, 9));
      event->effective_time = _mc_dossier_store_from_usec (sqlite3_column_int64 (stmt, 10));
      event->entered_late = sqlite3_column_int (stmt, 11) != 0;
      event->note = g_strdup (_mc_dossier_store_column_text (stmt, 12));
      event->details = g_strdup (_mc_dossier_store_column_text (stmt, 13));
      event->version = sqlite3_column_int (stmt, 14);
      g_ptr_array_add (events, event);
    }

  if (!ok)
    return NULL;

  if (!found)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("No dossier has the code “%s”."), code);
      return NULL;
    }

  return g_steal_pointer (&events);
}

/**
 * mc_dossier_store_list:
 * @db: a #McDatabase
 * @status: a status, or %MC_DOSSIER_STATUS_NONE for all
 * @overdue_only: only dossiers past their appointment and not finished
 * @now: the moment "overdue" is judged at
 * @limit: at most this many, 0 for no limit
 * @error: return location for a #GError
 *
 * A simple list, soonest appointment first. A dossier waiting for
 * supplements is overdue if its clock stopped after the appointment.
 *
 * Returns: (transfer full) (element-type McDossier): the dossiers
 */
GPtrArray *
mc_dossier_store_list (McDatabase       *db,
                       McDossierStatus   status,
                       gboolean          overdue_only,
                       GDateTime        *now,
                       guint             limit,
                       GError          **error)
{
  static const char sql[] =
    "SELECT " DOSSIER_COLUMNS
    "WHERE (?1 = 0 OR d.status = ?1) "
    "AND (?2 = 0 OR (d.status IN (2, 4, 6) AND d.due_at < ?3) "
    "     OR (d.status = 5 AND d.accepted = 1 AND d.due_at < d.paused_at)) "
    "ORDER BY d.due_at, d.id LIMIT ?4";
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return NULL;

  sqlite3_bind_int (stmt, 1, status);
  sqlite3_bind_int (stmt, 2, overdue_only ? 1 : 0);
  sqlite3_bind_int64 (stmt, 3, _mc_dossier_store_to_usec (now));
  sqlite3_bind_int64 (stmt, 4, limit != 0 ? (gint64) limit : -1);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (dossiers, dossier_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&dossiers);
}
