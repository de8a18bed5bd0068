/* mc-dossier-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-calendar-store.h"
#include "mc-deadline.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-intake-check.h"
#include "mc-procedure-store.h"
#include "mc-process-steps.h"

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

static const char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return text != NULL ? text : "";
}

static gint64
to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

static GDateTime *
from_usec (gint64 usec)
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

  return from_usec (sqlite3_column_int64 (stmt, column));
}

static void
bind_optional_int64 (sqlite3_stmt *stmt,
                     int           index,
                     gint64        value)
{
  if (value != 0)
    sqlite3_bind_int64 (stmt, index, value);
  else
    sqlite3_bind_null (stmt, index);
}

static char *
read_setting (McDatabase  *db,
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

  return g_strdup (has_row ? column_text (stmt, 0) : "");
}

static gboolean
write_setting (McDatabase  *db,
               const char  *key,
               const char  *value,
               GError     **error)
{
  static const char sql[] =
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return mc_database_step (db, stmt, NULL, error);
}

/* The calendar covering @first to @last and the years after, for the
 * deadline engine. */
static McWorkingCalendar *
load_calendar (McDatabase  *db,
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

typedef struct
{
  gint64           dossier_id;
  McDossierAction  action;
  McDossierStatus  status_before;
  McDossierStatus  status_after;
  gint64           receiver_id;
  gint64           device_time;
  gint64           effective_time;
  const char      *note;
  const char      *details;
  guint            version;
} EventRow;

static gboolean
insert_event (McDatabase      *db,
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
  bind_optional_int64 (stmt, 6, actor->staff_id);
  sqlite3_bind_text (stmt, 7, actor->name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 8, actor->title != NULL ? actor->title : "", -1, SQLITE_STATIC);
  bind_optional_int64 (stmt, 9, row->receiver_id);
  sqlite3_bind_text (stmt, 10, actor->workstation, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 11, row->device_time);
  sqlite3_bind_int64 (stmt, 12, row->effective_time);
  sqlite3_bind_int (stmt, 13, is_late_entry (row->effective_time, row->device_time));
  sqlite3_bind_text (stmt, 14, row->note != NULL ? row->note : "", -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 15, row->details != NULL ? row->details : "{}", -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 16, row->version);

  return mc_database_step (db, stmt, NULL, error);
}

static gboolean
check_actor (const McActor  *actor,
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
static gboolean
check_not_future (gint64   effective,
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

/* The draft's fields, checked and normalised. */
typedef struct
{
  McChannel        channel;
  McApplicantType  applicant_type;
  char            *applicant_name;
  char            *id_number;
  char            *birth_date;
  char            *phone;
  char            *email;
  char            *address;
  guint            set_count;
  char            *note;
  char            *reason;
} CheckedDraft;

static void
checked_draft_clear (CheckedDraft *checked)
{
  g_free (checked->applicant_name);
  g_free (checked->id_number);
  g_free (checked->birth_date);
  g_free (checked->phone);
  g_free (checked->email);
  g_free (checked->address);
  g_free (checked->note);
  g_free (checked->reason);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (CheckedDraft, checked_draft_clear)

static gboolean
is_given (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Names the field in an error of its check: the CLI and the form show the
 * message on its own. */
static gboolean
field_error (GError     **error,
             GError      *cause,
             const char  *field)
{
  g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
               /* Translators: a field of the intake form, then what is wrong with it */
               _("%s: %s"), field, cause->message);
  g_error_free (cause);
  return FALSE;
}

/* The fields of the applicant and the dossier that the intake form sets
 * and a correction may change. */
typedef struct
{
  McApplicantType  applicant_type;   /* 0: a citizen */
  const char      *applicant_name;
  const char      *id_number;
  const char      *birth_date;
  const char      *phone;
  const char      *email;
  const char      *address;
  guint            set_count;        /* 0: one set */
  gint64           fee;
  const char      *note;
} FieldsInput;

/* Checks and normalises @input into @checked, as on @day: the errors name
 * the field. Shared by the intake and the correction of the data. */
static gboolean
check_fields (const FieldsInput  *input,
              GDateTime          *day,
              CheckedDraft       *checked,
              GError            **error)
{
  GError *local_error = NULL;
  GDate today;
  GDate birth;
  gboolean has_birth = FALSE;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day), g_date_time_get_year (day));

  checked->applicant_type = input->applicant_type != 0 ? input->applicant_type : MC_APPLICANT_CITIZEN;
  if (checked->applicant_type < MC_APPLICANT_CITIZEN ||
      checked->applicant_type > MC_APPLICANT_ORGANISATION)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Applicant type: not a known kind of applicant."));
      return FALSE;
    }

  if (!mc_intake_check_name (input->applicant_name != NULL ? input->applicant_name : "",
                             checked->applicant_type, &checked->applicant_name, &local_error))
    return field_error (error, local_error, _("Applicant’s name"));

  if (is_given (input->birth_date))
    {
      if (!mc_intake_parse_birth_date (input->birth_date, &today, &birth, NULL, &local_error))
        return field_error (error, local_error, _("Birth date"));
      checked->birth_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&birth),
                                             g_date_get_month (&birth), g_date_get_day (&birth));
      has_birth = TRUE;
    }

  if (is_given (input->id_number) &&
      mc_intake_check_id_number (input->id_number, has_birth ? &birth : NULL,
                                 &checked->id_number, NULL, &local_error) == MC_ID_CHECK_INVALID)
    return field_error (error, local_error, _("Identity number"));

  if (is_given (input->phone) &&
      !mc_intake_check_phone (input->phone, &checked->phone, &local_error))
    return field_error (error, local_error, _("Phone"));

  if (is_given (input->email) &&
      !mc_intake_check_email (input->email, &checked->email, &local_error))
    return field_error (error, local_error, _("Email"));

  checked->address = g_strstrip (g_strdup (input->address != NULL ? input->address : ""));
  if (!g_utf8_validate (checked->address, -1, NULL) ||
      g_utf8_strlen (checked->address, -1) > MC_INTAKE_NOTE_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Address: at most %d characters."), MC_INTAKE_NOTE_MAX);
      return FALSE;
    }

  checked->set_count = input->set_count != 0 ? input->set_count : 1;
  if (checked->set_count > MC_INTAKE_SET_COUNT_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Number of sets: from 1 to %d."), MC_INTAKE_SET_COUNT_MAX);
      return FALSE;
    }

  if (input->fee < 0 || input->fee > MC_INTAKE_FEE_MAX)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Fee: from 0 to 1,000,000,000 đồng."));
      return FALSE;
    }

  if (!mc_intake_check_note (input->note != NULL ? input->note : "", &checked->note, &local_error))
    return field_error (error, local_error, _("Note"));

  return TRUE;
}

static gboolean
check_draft (const McDossierDraft  *draft,
             GDateTime             *received,
             CheckedDraft          *checked,
             GError               **error)
{
  GError *local_error = NULL;
  FieldsInput fields = {
    draft->applicant_type, draft->applicant_name, draft->id_number, draft->birth_date,
    draft->phone, draft->email, draft->address, draft->set_count, draft->fee, draft->note,
  };

  if (!is_given (draft->procedure_code))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Procedure: choose the procedure of the dossier."));
      return FALSE;
    }

  checked->channel = draft->channel != 0 ? draft->channel : MC_CHANNEL_COUNTER;
  if (checked->channel < MC_CHANNEL_COUNTER || checked->channel > MC_CHANNEL_POSTAL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Channel: a dossier comes at the counter, online or by post."));
      return FALSE;
    }

  if (!check_fields (&fields, received, checked, error))
    return FALSE;

  for (guint i = 0; i < draft->n_components; i++)
    if (!is_given (draft->components[i].name))
      {
        g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                     _("Paper %u: a paper needs a name."), i + 1);
        return FALSE;
      }

  if (draft->refused)
    {
      if (!mc_intake_check_note (draft->refusal_reason != NULL ? draft->refusal_reason : "",
                                 &checked->reason, &local_error))
        return field_error (error, local_error, _("Reason for refusal"));
      if (*checked->reason == '\0')
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("Reason for refusal: a dossier is refused at the counter only "
                                 "with the reason written down (Mẫu 03)."));
          return FALSE;
        }
    }

  return TRUE;
}

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

  calendar = load_calendar (db, received, received, &cutoff, error);
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
  gint64 received_usec = to_usec (received);
  gint64 now_usec = to_usec (now);
  gint64 dossier_id;
  EventRow event = { 0, };

  agency = read_setting (db, "agency-code", error);
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

  range_text = read_setting (db, "workstation-range", error);
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
    sqlite3_bind_int64 (stmt, 18, refused ? received_usec : to_usec (due));
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
  if (!insert_event (db, actor, &event, error))
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
  if (!check_actor (actor, error) || !mc_dossier_workflow_apply (&facts, action, actor->role, error))
    return NULL;

  received = g_date_time_to_timezone (draft->received_at != NULL ? draft->received_at : now,
                                      mc_working_calendar_get_time_zone ());
  if (!check_not_future (to_usec (received), to_usec (now), error) ||
      !check_draft (draft, received, &checked, error))
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
 * Transitions
 */

typedef struct
{
  gint64          id;
  McDossierFacts  facts;
  gint64          due_at;
  gint64          paused_at;     /* 0: not paused */
  gint64          finished_at;   /* 0: not yet */
  gint64          returned_at;
  gint64          assignee_id;
  guint           version;
  gint64          last_step;     /* effective time of the last event */
} DossierState;

static gboolean
load_state (McDatabase    *db,
            const char    *code,
            DossierState  *state,
            GError       **error)
{
  static const char sql[] =
    "SELECT d.id, d.status, d.accepted, d.handover_pending, d.supplements_after_acceptance, "
    "d.apology_given, d.evaluated, d.due_at, d.paused_at, d.finished_at, d.returned_at, "
    "d.assignee_id, d.version, "
    "(SELECT max (effective_time) FROM dossier_event WHERE dossier_id = d.id) "
    "FROM dossier d WHERE d.code = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("No dossier has the code “%s”."), code);
      return FALSE;
    }

  state->id = sqlite3_column_int64 (stmt, 0);
  state->facts.status = sqlite3_column_int (stmt, 1);
  state->facts.accepted = sqlite3_column_int (stmt, 2);
  state->facts.handover_pending = sqlite3_column_int (stmt, 3);
  state->facts.supplements_after_acceptance = sqlite3_column_int (stmt, 4);
  state->facts.apology_given = sqlite3_column_int (stmt, 5);
  state->facts.evaluated = sqlite3_column_int (stmt, 6);
  state->due_at = sqlite3_column_int64 (stmt, 7);
  state->paused_at = sqlite3_column_int64 (stmt, 8);
  state->finished_at = sqlite3_column_int64 (stmt, 9);
  state->returned_at = sqlite3_column_int64 (stmt, 10);
  state->assignee_id = sqlite3_column_int64 (stmt, 11);
  state->version = sqlite3_column_int (stmt, 12);
  state->last_step = sqlite3_column_int64 (stmt, 13);

  return TRUE;
}

/* The receiver named by the pending hand-over, 0 for anyone. */
static gboolean
pending_receiver (McDatabase  *db,
                  gint64       dossier_id,
                  gint64      *receiver_id,
                  GError     **error)
{
  static const char sql[] =
    "SELECT receiver_id FROM dossier_event WHERE dossier_id = ?1 AND action = ?2 "
    "ORDER BY id DESC LIMIT 1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int (stmt, 2, MC_DOSSIER_ACTION_HAND_OVER);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  *receiver_id = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  return TRUE;
}

static gboolean
check_staff_active (McDatabase  *db,
                    gint64       staff_id,
                    GError     **error)
{
  static const char sql[] = "SELECT 1 FROM staff WHERE id = ?1 AND active = 1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, staff_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("The receiver of the hand-over is not an active staff account."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_details (const char  *details,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;

  if (details == NULL)
    return TRUE;

  if (!json_parser_load_from_data (parser, details, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The details of a step must be a JSON object."));
      return FALSE;
    }

  return TRUE;
}

/*
 * The control sheet (Mẫu 05)
 */

/* A step of the dossier's walk through the procedure's process: the
 * first begins at receipt, each hand-over begins the next one. */
typedef struct
{
  gint64 start;
  gint64 paused_minutes;  /* the citizen's supplementing time inside it */
} StepFrame;

static gboolean
load_step_basis (McDatabase  *db,
                 gint64       dossier_id,
                 char       **procedure_code,
                 gint64      *received_at,
                 gint64      *original_due_at,
                 GError     **error)
{
  static const char sql[] =
    "SELECT p.code, d.received_at, d.original_due_at "
    "FROM dossier d JOIN procedure p ON p.id = d.procedure_id WHERE d.id = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("The dossier has no procedure."));
      return FALSE;
    }

  *procedure_code = g_strdup (column_text (stmt, 0));
  *received_at = sqlite3_column_int64 (stmt, 1);
  *original_due_at = sqlite3_column_int64 (stmt, 2);
  return TRUE;
}

/* Replays the dossier's events: each hand-over pushes a step, a hand-over
 * sent back pops it (the giver's step goes on), and the time between a
 * supplement request and the supplement counts for no step. */
static gboolean
walk_steps (McDatabase         *db,
            McWorkingCalendar  *calendar,
            gint64              dossier_id,
            gint64              received_at,
            GArray             *frames,
            GError            **error)
{
  static const char sql[] =
    "SELECT action, effective_time FROM dossier_event WHERE dossier_id = ?1 ORDER BY id";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  StepFrame first = { received_at, 0 };
  gint64 pause_start = 0;
  gboolean has_row;
  gboolean ok;

  if (stmt == NULL)
    return FALSE;

  g_array_append_val (frames, first);

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      McDossierAction action = sqlite3_column_int (stmt, 0);
      gint64 time = sqlite3_column_int64 (stmt, 1);

      switch (action)
        {
        case MC_DOSSIER_ACTION_HAND_OVER:
          {
            StepFrame next = { time, 0 };

            g_array_append_val (frames, next);
          }
          break;

        case MC_DOSSIER_ACTION_SEND_BACK:
          if (frames->len > 1)
            g_array_set_size (frames, frames->len - 1);
          break;

        case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
          pause_start = time;
          break;

        case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
          if (pause_start != 0)
            {
              g_autoptr(GDateTime) from = from_usec (pause_start);
              g_autoptr(GDateTime) to = from_usec (time);
              StepFrame *top = &g_array_index (frames, StepFrame, frames->len - 1);

              top->paused_minutes += MAX (mc_working_calendar_count_minutes (calendar, from, to), 0);
              pause_start = 0;
            }
          break;

        case MC_DOSSIER_ACTION_RECEIVE:
        case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
        case MC_DOSSIER_ACTION_ACCEPT:
        case MC_DOSSIER_ACTION_ACKNOWLEDGE:
        case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
        case MC_DOSSIER_ACTION_RECORD_PAYMENT:
        case MC_DOSSIER_ACTION_REFUSE:
        case MC_DOSSIER_ACTION_STOP:
        case MC_DOSSIER_ACTION_WITHDRAW:
        case MC_DOSSIER_ACTION_MARK_PROCESSED:
        case MC_DOSSIER_ACTION_RETURN_RESULT:
        case MC_DOSSIER_ACTION_APOLOGIZE:
        case MC_DOSSIER_ACTION_EVALUATE:
        case MC_DOSSIER_ACTION_EDIT:
        case MC_DOSSIER_N_ACTIONS:
        default:
          break;
        }
    }

  return ok;
}

/* The Mẫu 05 data of a hand-over, its acknowledgement or the end of
 * processing, merged into the step's @details (a JSON object or NULL):
 *   {"step": n, "step_name": "…", "budget_minutes": m,
 *    "spent_minutes": s, "result": "early|on_time|late"}
 *
 * The step is the one in progress at @effective: the first step begins
 * at receipt and each earlier hand-over (not sent back) begins the next
 * one, so a hand-over closes the giver's step and its acknowledgement is
 * judged in the receiver's, from the hand-over. Once there are more
 * hand-overs than steps, the last step goes on from its own beginning:
 * with the default single step, whose budget is the working time from
 * receipt to the original appointment, every event is judged from
 * receipt. The spent time is working time (mc_working_calendar), less the
 * citizen's supplementing time; mc_process_steps_judge_minutes() gives
 * the result. */
static char *
step_details (McDatabase         *db,
              McWorkingCalendar  *calendar,
              gint64              dossier_id,
              gint64              effective,
              const char         *details,
              GError            **error)
{
  g_autofree char *procedure_code = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (StepFrame));
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GDateTime) start = NULL;
  g_autoptr(GDateTime) end = from_usec (effective);
  McProcessStep *step;
  JsonObject *object;
  gint64 received_at;
  gint64 original_due_at;
  gint64 paused = 0;
  gint64 spent;
  guint position;
  McStepResult result;

  if (!load_step_basis (db, dossier_id, &procedure_code, &received_at, &original_due_at, error))
    return NULL;

  steps = mc_process_steps_list_stored (db, procedure_code, error);
  if (steps == NULL)
    return NULL;

  if (steps->len == 0)
    {
      g_autoptr(GDateTime) received = from_usec (received_at);
      g_autoptr(GDateTime) due = from_usec (original_due_at);

      g_clear_pointer (&steps, g_ptr_array_unref);
      steps = mc_process_steps_default (mc_working_calendar_count_minutes (calendar, received, due));
    }

  if (!walk_steps (db, calendar, dossier_id, received_at, frames, error))
    return NULL;

  position = MIN (frames->len, steps->len) - 1;
  for (guint i = position; i < frames->len; i++)
    paused += g_array_index (frames, StepFrame, i).paused_minutes;

  step = g_ptr_array_index (steps, position);
  start = from_usec (g_array_index (frames, StepFrame, position).start);
  spent = MAX (mc_working_calendar_count_minutes (calendar, start, end) - paused, 0);
  result = mc_process_steps_judge_minutes (spent, step->budget_minutes);

  if (details != NULL && json_parser_load_from_data (parser, details, -1, NULL) &&
      json_parser_get_root (parser) != NULL && JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    root = json_node_copy (json_parser_get_root (parser));
  else
    root = json_node_init_object (json_node_alloc (), json_object_new ());

  object = json_node_get_object (root);
  json_object_set_int_member (object, "step", position + 1);
  json_object_set_string_member (object, "step_name", step->name);
  json_object_set_int_member (object, "budget_minutes", step->budget_minutes);
  json_object_set_int_member (object, "spent_minutes", spent);
  json_object_set_string_member (object, "result", mc_step_result_to_string (result));

  return json_to_string (root, FALSE);
}

static gboolean
check_version (guint    stored,
               gint64   expected,
               GError **error)
{
  if (expected != 0 && expected != (gint64) stored)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Someone else changed this dossier meanwhile: reload it and try "
                             "again."));
      return FALSE;
    }

  return TRUE;
}

static gboolean
transition_in_transaction (McDatabase                *db,
                           const char                *code,
                           McDossierAction            action,
                           const McActor             *actor,
                           const McTransitionParams  *params,
                           GDateTime                 *now,
                           GDateTime                 *effective,
                           GError                   **error)
{
  static const char update_sql[] =
    "UPDATE dossier SET status = ?2, accepted = ?3, handover_pending = ?4, "
    "supplements_after_acceptance = ?5, apology_given = ?6, evaluated = ?7, due_at = ?8, "
    "paused_at = ?9, finished_at = ?10, returned_at = ?11, assignee_id = ?12, "
    "version = version + 1, updated_at = ?13 WHERE id = ?1";
  g_autoptr(McWorkingCalendar) calendar = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autoptr(GDateTime) deadline_moment = NULL;
  g_autofree char *details = NULL;
  DossierState state = { 0, };
  McDossierStatus before;
  gint64 effective_usec = to_usec (effective);
  gint64 receiver_id = 0;
  EventRow event = { 0, };

  if (!load_state (db, code, &state, error))
    return FALSE;

  if (!check_version (state.version, params->expected_version, error))
    return FALSE;

  if (effective_usec < state.last_step)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The time of the step is before the dossier’s previous step."));
      return FALSE;
    }

  due = from_usec (state.due_at);
  calendar = load_calendar (db, due, now, NULL, error);
  if (calendar == NULL)
    return FALSE;

  /* While the clock is stopped for supplements, the time left is that of
   * the moment it stopped. */
  deadline_moment = state.paused_at != 0 ? from_usec (state.paused_at) : g_date_time_ref (effective);
  state.facts.deadline_state = mc_deadline_state (calendar, due, deadline_moment);

  before = state.facts.status;
  if (!mc_dossier_workflow_apply (&state.facts, action, actor->role, error))
    return FALSE;

  if (mc_dossier_action_requires_reason (action) && !is_given (params->note))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” needs a reason."), mc_dossier_action_get_label (action));
      return FALSE;
    }

  switch (action)
    {
    case MC_DOSSIER_ACTION_HAND_OVER:
      receiver_id = params->receiver_id;
      if (receiver_id != 0 && !check_staff_active (db, receiver_id, error))
        return FALSE;
      break;

    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
      if (!pending_receiver (db, state.id, &receiver_id, error))
        return FALSE;
      if (receiver_id != 0 && receiver_id != actor->staff_id &&
          actor->role != MC_STAFF_ROLE_ADMINISTRATOR)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("This hand-over is addressed to another staff member."));
          return FALSE;
        }
      if (receiver_id == 0)
        receiver_id = actor->staff_id;
      if (receiver_id != 0)
        state.assignee_id = receiver_id;
      break;

    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      state.paused_at = effective_usec;
      break;

    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
      /* The office time the citizen took does not count (Article 18). */
      if (state.facts.accepted && state.paused_at != 0)
        {
          g_autoptr(GDateTime) paused = from_usec (state.paused_at);
          g_autoptr(GDateTime) extended = mc_deadline_extend (calendar, due, paused, effective);

          state.due_at = to_usec (extended);
        }
      state.paused_at = 0;
      break;

    case MC_DOSSIER_ACTION_APOLOGIZE:
      if (params->new_due_at == NULL || to_usec (params->new_due_at) <= state.due_at)
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("An apology letter sets a new appointment, after the current "
                                 "one."));
          return FALSE;
        }
      state.due_at = to_usec (params->new_due_at);
      break;

    case MC_DOSSIER_ACTION_RETURN_RESULT:
      state.returned_at = effective_usec;
      break;

    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_ACCEPT:
    case MC_DOSSIER_ACTION_SEND_BACK:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_EVALUATE:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_N_ACTIONS:
    default:
      break;
    }

  if (before != state.facts.status &&
      (state.facts.status == MC_DOSSIER_STATUS_REFUSED ||
       state.facts.status == MC_DOSSIER_STATUS_WITHDRAWN ||
       state.facts.status == MC_DOSSIER_STATUS_STOPPED ||
       state.facts.status == MC_DOSSIER_STATUS_PROCESSED))
    state.finished_at = effective_usec;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, update_sql, error);

    if (stmt == NULL)
      return FALSE;
    sqlite3_bind_int64 (stmt, 1, state.id);
    sqlite3_bind_int (stmt, 2, state.facts.status);
    sqlite3_bind_int (stmt, 3, state.facts.accepted ? 1 : 0);
    sqlite3_bind_int (stmt, 4, state.facts.handover_pending ? 1 : 0);
    sqlite3_bind_int (stmt, 5, state.facts.supplements_after_acceptance);
    sqlite3_bind_int (stmt, 6, state.facts.apology_given ? 1 : 0);
    sqlite3_bind_int (stmt, 7, state.facts.evaluated ? 1 : 0);
    sqlite3_bind_int64 (stmt, 8, state.due_at);
    bind_optional_int64 (stmt, 9, state.paused_at);
    bind_optional_int64 (stmt, 10, state.finished_at);
    bind_optional_int64 (stmt, 11, state.returned_at);
    bind_optional_int64 (stmt, 12, state.assignee_id);
    sqlite3_bind_int64 (stmt, 13, to_usec (now));
    if (!mc_database_step (db, stmt, NULL, error))
      return FALSE;
  }

  /* Hand-overs and the end of processing form the control sheet (Mẫu 05). */
  if (action == MC_DOSSIER_ACTION_HAND_OVER || action == MC_DOSSIER_ACTION_ACKNOWLEDGE ||
      action == MC_DOSSIER_ACTION_MARK_PROCESSED)
    {
      details = step_details (db, calendar, state.id, effective_usec, params->details, error);
      if (details == NULL)
        return FALSE;
    }

  event.dossier_id = state.id;
  event.action = action;
  event.status_before = before;
  event.status_after = state.facts.status;
  event.receiver_id = receiver_id;
  event.device_time = to_usec (now);
  event.effective_time = effective_usec;
  event.note = params->note;
  event.details = details != NULL ? details : params->details;
  event.version = state.version + 1;

  return insert_event (db, actor, &event, error);
}

/**
 * mc_dossier_store_transition:
 * @db: a #McDatabase
 * @code: the dossier's code
 * @action: the step to take
 * @actor: who takes it, at which workstation
 * @params: (nullable): its reason, receiver, new appointment, form data
 *   and time
 * @now: the device's clock
 * @error: return location for a #GError
 *
 * Takes one step of the workflow in one write transaction: checks it with
 * mc_dossier_workflow_apply() against the stored facts and the deadline
 * state at the step's time, updates the dossier (status, hand-over,
 * assignee on acknowledgement, the clock stopped on a supplement request
 * and the appointment moved by the office time it was stopped on their
 * receipt, the new appointment of an apology, finish and return times),
 * raises its version and writes the event. A refused step writes nothing.
 *
 * A hand-over, its acknowledgement and the end of processing also write
 * the control sheet's data (Mẫu 05) into the event's details, beside the
 * members of @params' details: the process step (mc-process-steps.h), its
 * budget, the working minutes it took and its result (see step_details()).
 *
 * Returns: %TRUE if the step was taken; %FALSE with an %MC_ERROR_INVALID
 *   error saying why, or %MC_ERROR_NOT_FOUND for an unknown @code
 */
gboolean
mc_dossier_store_transition (McDatabase                *db,
                             const char                *code,
                             McDossierAction            action,
                             const McActor             *actor,
                             const McTransitionParams  *params,
                             GDateTime                 *now,
                             GError                   **error)
{
  McTransitionParams no_params = { 0, };
  g_autoptr(GDateTime) effective = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail ((guint) action < MC_DOSSIER_N_ACTIONS, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (params == NULL)
    params = &no_params;

  if (action == MC_DOSSIER_ACTION_RECEIVE || action == MC_DOSSIER_ACTION_REFUSE_AT_COUNTER)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("This dossier was already entered at the counter."));
      return FALSE;
    }

  /* A correction records what it changes (mc_dossier_store_edit()). */
  if (action == MC_DOSSIER_ACTION_EDIT)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A correction of the data is recorded with the fields it changes, "
                             "not as a step."));
      return FALSE;
    }

  effective = g_date_time_to_timezone (params->effective_at != NULL ? params->effective_at : now,
                                       mc_working_calendar_get_time_zone ());
  if (!check_actor (actor, error) ||
      !check_not_future (to_usec (effective), to_usec (now), error) ||
      !check_details (params->details, error))
    return FALSE;

  if (params->note != NULL && g_utf8_strlen (params->note, -1) > MC_INTAKE_NOTE_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Reason: at most %d characters."), MC_INTAKE_NOTE_MAX);
      return FALSE;
    }

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!transition_in_transaction (db, code, action, actor, params, now, effective, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/*
 * Corrections
 */

/* The fields a correction may change, in the order of select_fields_sql's
 * columns. Each has a statement of its own, so that only the changed
 * columns are written (and only their triggers run). */
typedef enum
{
  FIELD_TEXT,
  FIELD_NUMBER,
  FIELD_BOOLEAN,
} FieldKind;

typedef enum
{
  EDIT_APPLICANT_TYPE,
  EDIT_APPLICANT_NAME,
  EDIT_ID_NUMBER,
  EDIT_BIRTH_DATE,
  EDIT_PHONE,
  EDIT_EMAIL,
  EDIT_ADDRESS,
  EDIT_DELIVERY,
  EDIT_SET_COUNT,
  EDIT_FEE,
  EDIT_NOTE,
  N_EDIT_FIELDS
} EditField;

static const struct
{
  const char *name;   /* in the event's details */
  FieldKind   kind;
  const char *sql;
} edit_fields[N_EDIT_FIELDS] = {
  { "applicant_type", FIELD_NUMBER, "UPDATE dossier SET applicant_type = ?2 WHERE id = ?1" },
  { "applicant_name", FIELD_TEXT, "UPDATE dossier SET applicant_name = ?2 WHERE id = ?1" },
  { "id_number", FIELD_TEXT, "UPDATE dossier SET id_number = ?2 WHERE id = ?1" },
  { "birth_date", FIELD_TEXT, "UPDATE dossier SET birth_date = ?2 WHERE id = ?1" },
  { "phone", FIELD_TEXT, "UPDATE dossier SET phone = ?2 WHERE id = ?1" },
  { "email", FIELD_TEXT, "UPDATE dossier SET email = ?2 WHERE id = ?1" },
  { "address", FIELD_TEXT, "UPDATE dossier SET address = ?2 WHERE id = ?1" },
  { "delivery", FIELD_BOOLEAN, "UPDATE dossier SET delivery = ?2 WHERE id = ?1" },
  { "set_count", FIELD_NUMBER, "UPDATE dossier SET set_count = ?2 WHERE id = ?1" },
  { "fee", FIELD_NUMBER, "UPDATE dossier SET fee = ?2 WHERE id = ?1" },
  { "note", FIELD_TEXT, "UPDATE dossier SET note = ?2 WHERE id = ?1" },
};

typedef struct
{
  const char *text;    /* FIELD_TEXT */
  gint64      number;  /* FIELD_NUMBER and FIELD_BOOLEAN */
} FieldValue;

static gboolean
field_value_equal (EditField         field,
                   const FieldValue *a,
                   const FieldValue *b)
{
  if (edit_fields[field].kind == FIELD_TEXT)
    return g_strcmp0 (a->text, b->text) == 0;

  return a->number == b->number;
}

static void
add_field_value (JsonBuilder      *builder,
                 EditField         field,
                 const FieldValue *value)
{
  switch (edit_fields[field].kind)
    {
    case FIELD_TEXT:
      json_builder_add_string_value (builder, value->text);
      break;
    case FIELD_NUMBER:
      json_builder_add_int_value (builder, value->number);
      break;
    case FIELD_BOOLEAN:
    default:
      json_builder_add_boolean_value (builder, value->number != 0);
      break;
    }
}

static gboolean
edit_in_transaction (McDatabase          *db,
                     const char          *code,
                     const FieldValue    *wanted,
                     const char          *reason,
                     const McActor       *actor,
                     gint64               expected_version,
                     GDateTime           *now,
                     GError             **error)
{
  static const char select_fields_sql[] =
    "SELECT applicant_type, applicant_name, id_number, birth_date, phone, email, address, "
    "delivery, set_count, fee, note FROM dossier WHERE id = ?1";
  static const char version_sql[] =
    "UPDATE dossier SET version = version + 1, updated_at = ?2 WHERE id = ?1";
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *details = NULL;
  g_autoptr(McStatement) stmt = NULL;
  DossierState state = { 0, };
  McDossierStatus status;
  gint64 now_usec = to_usec (now);
  EventRow event = { 0, };
  gboolean changed[N_EDIT_FIELDS] = { FALSE, };
  guint n_changes = 0;
  gboolean has_row;

  if (!load_state (db, code, &state, error) ||
      !check_version (state.version, expected_version, error))
    return FALSE;

  status = state.facts.status;
  if (!mc_dossier_workflow_apply (&state.facts, MC_DOSSIER_ACTION_EDIT, actor->role, error))
    return FALSE;

  stmt = mc_database_prepare (db, select_fields_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state.id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  g_assert (has_row);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);

  for (guint field = 0; field < N_EDIT_FIELDS; field++)
    {
      FieldValue old = { column_text (stmt, field), sqlite3_column_int64 (stmt, field) };

      changed[field] = !field_value_equal (field, &old, &wanted[field]);
      if (!changed[field])
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, edit_fields[field].name);
      json_builder_set_member_name (builder, "old");
      add_field_value (builder, field, &old);
      json_builder_set_member_name (builder, "new");
      add_field_value (builder, field, &wanted[field]);
      json_builder_end_object (builder);
      n_changes++;
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  mc_database_release (g_steal_pointer (&stmt));

  if (n_changes == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Nothing was changed: correct at least one field."));
      return FALSE;
    }

  /* Unchanged fields are left alone. */
  for (guint field = 0; field < N_EDIT_FIELDS; field++)
    {
      g_autoptr(McStatement) update = NULL;

      if (!changed[field])
        continue;

      update = mc_database_prepare (db, edit_fields[field].sql, error);
      if (update == NULL)
        return FALSE;
      sqlite3_bind_int64 (update, 1, state.id);
      if (edit_fields[field].kind == FIELD_TEXT)
        sqlite3_bind_text (update, 2, wanted[field].text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (update, 2, wanted[field].number);
      if (!mc_database_step (db, update, NULL, error))
        return FALSE;
    }

  {
    g_autoptr(McStatement) bump = mc_database_prepare (db, version_sql, error);

    if (bump == NULL)
      return FALSE;
    sqlite3_bind_int64 (bump, 1, state.id);
    sqlite3_bind_int64 (bump, 2, now_usec);
    if (!mc_database_step (db, bump, NULL, error))
      return FALSE;
  }

  root = json_builder_get_root (builder);
  details = json_to_string (root, FALSE);

  event.dossier_id = state.id;
  event.action = MC_DOSSIER_ACTION_EDIT;
  event.status_before = status;
  event.status_after = status;
  event.device_time = now_usec;
  event.effective_time = now_usec;
  event.note = reason;
  event.details = details;
  event.version = state.version + 1;

  return insert_event (db, actor, &event, error);
}

/**
 * mc_dossier_store_edit:
 * @db: a #McDatabase
 * @code: the dossier's code
 * @edit: the new values of the dossier's editable fields, and the reason
 * @actor: who corrects them, at which workstation
 * @expected_version: the version the correction was made on; 0 for any
 * @now: the device's clock
 * @error: return location for a #GError
 *
 * Corrects a dossier's data in one write transaction: checks that the
 * workflow allows %MC_DOSSIER_ACTION_EDIT to @actor's role in the
 * dossier's status, checks the fields as the intake does (errors name the
 * field), writes the fields that changed, raises the version and writes
 * the EDIT event, with the reason as its note and the changes in its
 * details: `{"changes": [{"field": "phone", "old": "…", "new": "…"}]}`.
 * Text fields have text values, the applicant type, set count and fee
 * numbers, the delivery by post a boolean. The search index follows the
 * name, identity number and phone (the triggers of migration 4).
 *
 * Returns: %TRUE if the data were corrected; %FALSE with an
 *   %MC_ERROR_INVALID error saying why (a bad field, no reason, nothing
 *   changed, a closed dossier, another version), or %MC_ERROR_NOT_FOUND
 *   for an unknown @code; nothing is written then
 */
gboolean
mc_dossier_store_edit (McDatabase           *db,
                       const char           *code,
                       const McDossierEdit  *edit,
                       const McActor        *actor,
                       gint64                expected_version,
                       GDateTime            *now,
                       GError              **error)
{
  g_auto(CheckedDraft) checked = { 0, };
  g_autoptr(GDateTime) local_now = NULL;
  GError *local_error = NULL;
  FieldValue wanted[N_EDIT_FIELDS] = { { NULL, 0 }, };
  FieldsInput fields;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!check_actor (actor, error))
    return FALSE;

  fields = (FieldsInput) {
    edit->applicant_type, edit->applicant_name, edit->id_number, edit->birth_date,
    edit->phone, edit->email, edit->address, edit->set_count, edit->fee, edit->note,
  };
  local_now = g_date_time_to_timezone (now, mc_working_calendar_get_time_zone ());
  if (!check_fields (&fields, local_now, &checked, error))
    return FALSE;

  if (!mc_intake_check_note (edit->reason != NULL ? edit->reason : "", &checked.reason,
                             &local_error))
    return field_error (error, local_error, _("Reason for the correction"));
  if (*checked.reason == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Reason for the correction: say why the data are corrected."));
      return FALSE;
    }

  wanted[EDIT_APPLICANT_TYPE].number = checked.applicant_type;
  wanted[EDIT_APPLICANT_NAME].text = checked.applicant_name;
  wanted[EDIT_ID_NUMBER].text = checked.id_number != NULL ? checked.id_number : "";
  wanted[EDIT_BIRTH_DATE].text = checked.birth_date != NULL ? checked.birth_date : "";
  wanted[EDIT_PHONE].text = checked.phone != NULL ? checked.phone : "";
  wanted[EDIT_EMAIL].text = checked.email != NULL ? checked.email : "";
  wanted[EDIT_ADDRESS].text = checked.address;
  wanted[EDIT_DELIVERY].number = edit->delivery_by_post ? 1 : 0;
  wanted[EDIT_SET_COUNT].number = checked.set_count;
  wanted[EDIT_FEE].number = edit->fee;
  wanted[EDIT_NOTE].text = checked.note;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!edit_in_transaction (db, code, wanted, checked.reason, actor, expected_version, now, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
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
                       "code", column_text (stmt, 0),
                       "procedure-code", column_text (stmt, 1),
                       "procedure-name", column_text (stmt, 2),
                       "status", sqlite3_column_int (stmt, 3),
                       "channel", sqlite3_column_int (stmt, 4),
                       "applicant-type", sqlite3_column_int (stmt, 5),
                       "applicant-name", column_text (stmt, 6),
                       "id-number", column_text (stmt, 7),
                       "birth-date", column_text (stmt, 8),
                       "phone", column_text (stmt, 9),
                       "email", column_text (stmt, 10),
                       "address", column_text (stmt, 11),
                       "delivery-by-post", sqlite3_column_int (stmt, 12) != 0,
                       "set-count", sqlite3_column_int (stmt, 13),
                       "fee", sqlite3_column_int64 (stmt, 14),
                       "note", column_text (stmt, 15),
                       "received-at", received_at,
                       "due-at", due_at,
                       "original-due-at", original_due_at,
                       "paused-at", paused_at,
                       "finished-at", finished_at,
                       "returned-at", returned_at,
                       "assignee-id", sqlite3_column_int64 (stmt, 22),
                       "assignee-name", column_text (stmt, 23),
                       "accepted", sqlite3_column_int (stmt, 24) != 0,
                       "handover-pending", sqlite3_column_int (stmt, 25) != 0,
                       "supplements", sqlite3_column_int (stmt, 26),
                       "apology-given", sqlite3_column_int (stmt, 27) != 0,
                       "evaluated", sqlite3_column_int (stmt, 28) != 0,
                       "workstation", column_text (stmt, 29),
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

      component->name = g_strdup (column_text (stmt, 0));
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
    "FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
    "WHERE d.code = ?1 ORDER BY e.id";
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_dossier_event_free);
  g_autoptr(McStatement) stmt = NULL;
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
      McDossierEvent *event = g_new0 (McDossierEvent, 1);

      event->step_id = g_strdup (column_text (stmt, 0));
      event->action = sqlite3_column_int (stmt, 1);
      event->status_before = sqlite3_column_int (stmt, 2);
      event->status_after = sqlite3_column_int (stmt, 3);
      event->actor_id = sqlite3_column_int64 (stmt, 4);
      event->actor_name = g_strdup (column_text (stmt, 5));
      event->actor_title = g_strdup (column_text (stmt, 6));
      event->receiver_id = sqlite3_column_int64 (stmt, 7);
      event->workstation = g_strdup (column_text (stmt, 8));
      event->device_time = from_usec (sqlite3_column_int64 (stmt, 9));
      event->effective_time = from_usec (sqlite3_column_int64 (stmt, 10));
      event->entered_late = sqlite3_column_int (stmt, 11) != 0;
      event->note = g_strdup (column_text (stmt, 12));
      event->details = g_strdup (column_text (stmt, 13));
      event->version = sqlite3_column_int (stmt, 14);
      g_ptr_array_add (events, event);
    }

  if (!ok)
    return NULL;

  if (events->len == 0)
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
  sqlite3_bind_int64 (stmt, 3, to_usec (now));
  sqlite3_bind_int64 (stmt, 4, limit != 0 ? (gint64) limit : -1);
  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    g_ptr_array_add (dossiers, dossier_from_row (stmt));

  if (!ok)
    return NULL;

  return g_steal_pointer (&dossiers);
}

/**
 * mc_dossier_store_find_staff:
 * @db: a #McDatabase
 * @username: a staff account's user name
 * @error: return location for a #GError
 *
 * Returns: the id of the active account, or 0 with %MC_ERROR_NOT_FOUND
 */
gint64
mc_dossier_store_find_staff (McDatabase  *db,
                             const char  *username,
                             GError     **error)
{
  static const char sql[] = "SELECT id FROM staff WHERE username = ?1 AND active = 1";
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), 0);
  g_return_val_if_fail (username != NULL, 0);

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return 0;

  sqlite3_bind_text (stmt, 1, username, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return 0;

  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("No active staff account is called “%s”."), username);
      return 0;
    }

  return sqlite3_column_int64 (stmt, 0);
}

/*
 * Settings
 */

/**
 * mc_dossier_store_set_office_identity:
 * @db: a #McDatabase
 * @agency_code: the commune's agency code, such as "000.17.22.H56"
 * @agency_name: (nullable): its name; %NULL keeps the stored one
 * @place_name: (nullable): the place name printed on forms; %NULL keeps it
 * @error: return location for a #GError
 *
 * Returns: %TRUE if stored; %FALSE with %MC_ERROR_INVALID for a bad code
 */
gboolean
mc_dossier_store_set_office_identity (McDatabase  *db,
                                      const char  *agency_code,
                                      const char  *agency_name,
                                      const char  *place_name,
                                      GError     **error)
{
  g_autofree char *name = NULL;
  g_autofree char *place = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (agency_code != NULL, FALSE);

  if (!mc_agency_code_validate (agency_code, error))
    return FALSE;

  if (agency_name != NULL)
    name = g_strstrip (g_strdup (agency_name));
  if (place_name != NULL)
    place = g_strstrip (g_strdup (place_name));

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!write_setting (db, "agency-code", agency_code, error) ||
      (name != NULL && !write_setting (db, "agency-name", name, error)) ||
      (place != NULL && !write_setting (db, "place-name", place, error)))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_dossier_store_set_workstation:
 * @db: a #McDatabase
 * @name: (nullable): this workstation's name in events; %NULL keeps it,
 *   "" means the host name
 * @range: (nullable): its numbers, such as "1-4999"; %NULL keeps them
 * @error: return location for a #GError
 *
 * Two workstations of one office that may work offline need ranges that
 * do not overlap; one PC alone keeps the whole range.
 */
gboolean
mc_dossier_store_set_workstation (McDatabase  *db,
                                  const char  *name,
                                  const char  *range,
                                  GError     **error)
{
  g_autofree char *range_text = NULL;
  g_autofree char *stripped = NULL;
  McNumberRange parsed;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if (range != NULL)
    {
      if (!mc_number_range_parse (range, &parsed, error))
        return FALSE;
      range_text = mc_number_range_to_string (&parsed);
    }
  if (name != NULL)
    stripped = g_strstrip (g_strdup (name));

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if ((stripped != NULL && !write_setting (db, "workstation-name", stripped, error)) ||
      (range_text != NULL && !write_setting (db, "workstation-range", range_text, error)))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_dossier_store_get_workstation:
 * @db: a #McDatabase
 * @name: (out) (optional) (transfer full): the workstation's name; the
 *   host name when none is set
 * @range: (out) (optional): its numbers
 * @error: return location for a #GError
 */
gboolean
mc_dossier_store_get_workstation (McDatabase     *db,
                                  char          **name,
                                  McNumberRange  *range,
                                  GError        **error)
{
  g_autofree char *name_text = NULL;
  g_autofree char *range_text = NULL;
  McNumberRange parsed;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  if ((name_text = read_setting (db, "workstation-name", error)) == NULL ||
      (range_text = read_setting (db, "workstation-range", error)) == NULL ||
      !mc_number_range_parse (range_text, &parsed, error))
    return FALSE;

  if (name != NULL)
    *name = *name_text != '\0' ? g_steal_pointer (&name_text) : g_strdup (g_get_host_name ());
  if (range != NULL)
    *range = parsed;

  return TRUE;
}
