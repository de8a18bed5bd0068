/* mc-portal-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-dossier-workflow.h"
#include "mc-error.h"
#include "mc-portal-store.h"
#include "mc-portal-store-private.h"

/* The dossiers and steps of the database as the portal carries them,
 * and the dossiers pulled from the portal stored here: added, updated,
 * or kept aside as a conflict when ours has changes the portal has not
 * seen. */

#define DOSSIER_COLUMNS \
  "d.code, p.code, p.name, p.field_code, p.field_name, d.channel, d.applicant_type, " \
  "d.applicant_name, d.id_number, d.phone, d.email, d.address, d.note, d.status, " \
  "d.delivery, d.fee, d.received_at, d.due_at, d.returned_at, d.finished_at, d.version, " \
  "coalesce ((SELECT e.workstation FROM dossier_event e WHERE e.dossier_id = d.id " \
  "           ORDER BY e.id DESC LIMIT 1), d.workstation), " \
  "d.birth_date, d.set_count, d.accepted, d.handover_pending, d.original_due_at, d.legal_due_at, d.paused_at, " \
  "d.supplements_after_acceptance, d.supplement_requests, d.apology_given, d.evaluated, " \
  "(SELECT value FROM setting WHERE key = 'agency-name')"

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

static gboolean
load_components (McDatabase       *db,
                 gint64            dossier_id,
                 McPortalDossier  *dossier,
                 GError          **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT name, originals, copies, provided FROM dossier_component "
    "WHERE dossier_id = ?1 ORDER BY position", error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  while (mc_database_step (db, stmt, &has_row, error) && has_row)
    {
      McDossierComponent *component = g_new0 (McDossierComponent, 1);

      component->name = column_text (stmt, 0);
      component->originals = sqlite3_column_int (stmt, 1);
      component->copies = sqlite3_column_int (stmt, 2);
      component->provided = sqlite3_column_int (stmt, 3) != 0;
      g_ptr_array_add (dossier->components, component);
    }

  return error == NULL || *error == NULL;
}

static void
read_dossier_row (sqlite3_stmt    *stmt,
                  McPortalDossier *dossier)
{
  int c = 0;

  dossier->code = column_text (stmt, c++);
  dossier->procedure_code = column_text (stmt, c++);
  dossier->procedure_name = column_text (stmt, c++);
  dossier->field_code = column_text (stmt, c++);
  dossier->field_name = column_text (stmt, c++);
  dossier->channel = sqlite3_column_int (stmt, c++);
  dossier->applicant_type = sqlite3_column_int (stmt, c++);
  dossier->applicant_name = column_text (stmt, c++);
  dossier->id_number = column_text (stmt, c++);
  dossier->phone = column_text (stmt, c++);
  dossier->email = column_text (stmt, c++);
  dossier->address = column_text (stmt, c++);
  dossier->note = column_text (stmt, c++);
  dossier->status = sqlite3_column_int (stmt, c++);
  dossier->delivery_by_post = sqlite3_column_int (stmt, c++) == 1;
  dossier->fee = sqlite3_column_int64 (stmt, c++);
  dossier->received_at = sqlite3_column_int64 (stmt, c++);
  dossier->due_at = sqlite3_column_int64 (stmt, c++);
  dossier->returned_at = sqlite3_column_int64 (stmt, c++);
  dossier->finished_at = sqlite3_column_int64 (stmt, c++);
  dossier->version = sqlite3_column_int (stmt, c++);
  dossier->workstation = column_text (stmt, c++);
  dossier->birth_date = column_text (stmt, c++);
  dossier->set_count = sqlite3_column_int (stmt, c++);
  dossier->accepted = sqlite3_column_int (stmt, c++) != 0;
  dossier->handover_pending = sqlite3_column_int (stmt, c++) != 0;
  dossier->original_due_at = sqlite3_column_int64 (stmt, c++);
  dossier->legal_due_at = sqlite3_column_int64 (stmt, c++);
  dossier->paused_at = sqlite3_column_int64 (stmt, c++);
  dossier->supplements_after_acceptance = sqlite3_column_int (stmt, c++);
  dossier->supplement_requests = sqlite3_column_int (stmt, c++);
  dossier->apology_given = sqlite3_column_int (stmt, c++) != 0;
  dossier->evaluated = sqlite3_column_int (stmt, c++) != 0;
  dossier->unit_name = column_text (stmt, c++);
  /* TrichYeuHoSo: what the dossier asks, as the register words it. */
  dossier->summary = g_strdup_printf ("%s – %s", dossier->procedure_name,
                                      dossier->applicant_name);
}

/**
 * mc_portal_store_load_dossier:
 * @db: the database
 * @dossier_id: a dossier
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the dossier as DongBoHoSoMC carries it, at
 *   its current version
 */
McPortalDossier *
mc_portal_store_load_dossier (McDatabase  *db,
                              gint64       dossier_id,
                              GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT " DOSSIER_COLUMNS " FROM dossier d JOIN procedure p ON p.id = d.procedure_id "
    "WHERE d.id = ?1", error);
  g_autoptr(McPortalDossier) dossier = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("This dossier does not exist any more."));
      return NULL;
    }

  dossier = mc_portal_dossier_new ();
  read_dossier_row (stmt, dossier);
  if (!load_components (db, dossier_id, dossier, error))
    return NULL;

  return g_steal_pointer (&dossier);
}

/* NoiDungXuLy and PhongBanXuLy of each action: words for the portal,
 * which reads Vietnamese whatever the language of the interface. */
static const struct
{
  const char *content;
  gboolean    at_counter;
} step_words[MC_DOSSIER_N_ACTIONS] = {
  [MC_DOSSIER_ACTION_RECEIVE] = { "Tiếp nhận hồ sơ", TRUE },
  [MC_DOSSIER_ACTION_REFUSE_AT_COUNTER] = { "Từ chối tiếp nhận hồ sơ", TRUE },
  [MC_DOSSIER_ACTION_ACCEPT] = { "Tiếp nhận hồ sơ trực tuyến", TRUE },
  [MC_DOSSIER_ACTION_HAND_OVER] = { "Chuyển hồ sơ", TRUE },
  [MC_DOSSIER_ACTION_ACKNOWLEDGE] = { "Nhận hồ sơ để xử lý", FALSE },
  [MC_DOSSIER_ACTION_SEND_BACK] = { "Trả lại hồ sơ chuyển nhầm", FALSE },
  [MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT] = { "Yêu cầu bổ sung hồ sơ", FALSE },
  [MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT] = { "Nhận hồ sơ bổ sung", TRUE },
  [MC_DOSSIER_ACTION_REQUEST_PAYMENT] = { "Yêu cầu thực hiện nghĩa vụ tài chính", FALSE },
  [MC_DOSSIER_ACTION_RECORD_PAYMENT] = { "Đã thực hiện nghĩa vụ tài chính", FALSE },
  [MC_DOSSIER_ACTION_REFUSE] = { "Không tiếp nhận hồ sơ", TRUE },
  [MC_DOSSIER_ACTION_STOP] = { "Dừng xử lý hồ sơ", FALSE },
  [MC_DOSSIER_ACTION_WITHDRAW] = { "Công dân rút hồ sơ", TRUE },
  [MC_DOSSIER_ACTION_MARK_PROCESSED] = { "Kết thúc xử lý hồ sơ", FALSE },
  [MC_DOSSIER_ACTION_RETURN_RESULT] = { "Trả kết quả", TRUE },
  [MC_DOSSIER_ACTION_APOLOGIZE] = { "Xin lỗi và hẹn lại ngày trả kết quả", FALSE },
  [MC_DOSSIER_ACTION_EVALUATE] = { "Đánh giá sự hài lòng", TRUE },
  [MC_DOSSIER_ACTION_EDIT] = { "Điều chỉnh thông tin hồ sơ", TRUE },
  [MC_DOSSIER_ACTION_PRINT] = { "In phiếu", TRUE },
};

/**
 * mc_portal_store_load_step:
 * @db: the database
 * @event_id: an event of a dossier's history
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the event as CapNhatTienDoHoSoMC carries it
 */
McPortalStep *
mc_portal_store_load_step (McDatabase  *db,
                           gint64       event_id,
                           GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT e.step_id, d.code, e.actor_name, e.actor_title, e.action, e.note, "
    "  e.status_after, e.effective_time, d.due_at "
    "FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id WHERE e.id = ?1", error);
  g_autoptr(McPortalStep) step = NULL;
  g_autofree char *note = NULL;
  gboolean has_row;
  int action;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, event_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;
  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("This step of a dossier does not exist any more."));
      return NULL;
    }

  step = mc_portal_step_new ();
  step->step_id = column_text (stmt, 0);
  step->code = column_text (stmt, 1);
  step->actor_name = column_text (stmt, 2);
  step->actor_title = column_text (stmt, 3);
  action = CLAMP (sqlite3_column_int (stmt, 4), 0, MC_DOSSIER_N_ACTIONS - 1);
  note = column_text (stmt, 5);
  step->status = sqlite3_column_int (stmt, 6);
  step->time = sqlite3_column_int64 (stmt, 7);
  step->started_at = step->time;
  step->due_at = sqlite3_column_int64 (stmt, 8);
  step->unit_name = g_strdup (step_words[action].at_counter ?
                              "Bộ phận Tiếp nhận và Trả kết quả" : "Bộ phận chuyên môn");
  step->content = *note != '\0' ?
    g_strdup_printf ("%s: %s", step_words[action].content, note) :
    g_strdup (step_words[action].content);

  return g_steal_pointer (&step);
}

/*
 * Storing what the portal sent
 */

typedef struct
{
  const McPortalDossier *dossier;
  const char            *portal_copy;
  gint64                 now;
  McPortalApply          outcome;
} Apply;

/* The version of the procedure in force on the day of receipt, or its
 * earliest one for a dossier older than the catalogue. */
static gboolean
find_procedure (McDatabase             *db,
                const McPortalDossier  *dossier,
                gint64                 *procedure_id,
                GError                **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT id FROM procedure WHERE code = ?1 "
    "ORDER BY effective_date <= ?2 DESC, "
    "  CASE WHEN effective_date <= ?2 THEN effective_date END DESC, effective_date, id DESC "
    "LIMIT 1", error);
  g_autofree char *day = NULL;
  g_autoptr(GDateTime) received = NULL;
  g_autoptr(GTimeZone) zone = g_time_zone_new_offset (7 * 3600);
  g_autoptr(GDateTime) local = NULL;
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  received = g_date_time_new_from_unix_utc (dossier->received_at / G_USEC_PER_SEC);
  local = g_date_time_to_timezone (received, zone);
  day = g_date_time_format (local, "%Y-%m-%d");
  sqlite3_bind_text (stmt, 1, dossier->procedure_code, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, day, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s: procedure %s is not in the catalogue. Update the catalogue, "
                     "then sync again."),
                   dossier->code, dossier->procedure_code);
      return FALSE;
    }

  *procedure_id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static void
bind_optional_time (sqlite3_stmt *stmt,
                    int           index,
                    gint64        instant)
{
  if (instant != 0)
    sqlite3_bind_int64 (stmt, index, instant);
  else
    sqlite3_bind_null (stmt, index);
}

/* Writes every field the portal carries. ?1 is the dossier's id on
 * update, unused on insert. */
static gboolean
write_dossier (McDatabase             *db,
               const char             *sql,
               gint64                  dossier_id,
               gint64                  procedure_id,
               const McPortalDossier  *d,
               gint64                  now,
               GError                **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_text (stmt, 2, d->code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 3, procedure_id);
  sqlite3_bind_int (stmt, 4, d->status);
  sqlite3_bind_int (stmt, 5, d->accepted);
  sqlite3_bind_int (stmt, 6, d->channel);
  sqlite3_bind_int (stmt, 7, d->applicant_type);
  sqlite3_bind_text (stmt, 8, d->applicant_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 9, d->id_number, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 10, d->birth_date, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 11, d->phone, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 12, d->email, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 13, d->address, -1, SQLITE_STATIC);
  sqlite3_bind_int (stmt, 14, d->delivery_by_post);
  sqlite3_bind_int (stmt, 15, CLAMP (d->set_count, 1, 99));
  sqlite3_bind_int64 (stmt, 16, d->fee);
  sqlite3_bind_text (stmt, 17, d->note, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 18, d->received_at);
  sqlite3_bind_int64 (stmt, 19, d->due_at != 0 ? d->due_at : d->received_at);
  sqlite3_bind_int64 (stmt, 20, d->original_due_at != 0 ? d->original_due_at :
                                d->due_at != 0 ? d->due_at : d->received_at);
  bind_optional_time (stmt, 21, d->legal_due_at);
  bind_optional_time (stmt, 22, d->paused_at);
  bind_optional_time (stmt, 23, d->finished_at);
  bind_optional_time (stmt, 24, d->returned_at);
  sqlite3_bind_int (stmt, 25, d->supplements_after_acceptance);
  sqlite3_bind_int (stmt, 26, d->supplement_requests);
  sqlite3_bind_int (stmt, 27, d->apology_given);
  sqlite3_bind_int (stmt, 28, d->evaluated);
  sqlite3_bind_int (stmt, 29, d->version);
  sqlite3_bind_text (stmt, 30, *d->workstation != '\0' ? d->workstation : "portal", -1,
                     SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 31, now);
  sqlite3_bind_int (stmt, 32, d->handover_pending);

  return mc_database_step (db, stmt, NULL, error);
}

static gboolean
write_components (McDatabase             *db,
                  gint64                  dossier_id,
                  const McPortalDossier  *dossier,
                  GError                **error)
{
  g_autoptr(McStatement) clear = mc_database_prepare (db,
    "DELETE FROM dossier_component WHERE dossier_id = ?1", error);
  g_autoptr(McStatement) insert = NULL;

  if (clear == NULL)
    return FALSE;
  sqlite3_bind_int64 (clear, 1, dossier_id);
  if (!mc_database_step (db, clear, NULL, error))
    return FALSE;

  insert = mc_database_prepare (db,
    "INSERT INTO dossier_component (dossier_id, position, name, originals, copies, provided) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (insert == NULL)
    return FALSE;
  for (guint i = 0; i < dossier->components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (dossier->components, i);

      sqlite3_reset (insert);
      sqlite3_bind_int64 (insert, 1, dossier_id);
      sqlite3_bind_int (insert, 2, i);
      sqlite3_bind_text (insert, 3, component->name, -1, SQLITE_STATIC);
      sqlite3_bind_int (insert, 4, component->originals);
      sqlite3_bind_int (insert, 5, component->copies);
      sqlite3_bind_int (insert, 6, component->provided);
      if (!mc_database_step (db, insert, NULL, error))
        return FALSE;
    }
  return TRUE;
}

/* The portal holds this version: nothing of it is left to send. */
static gboolean
mark_held_by_portal (McDatabase  *db,
                     gint64       dossier_id,
                     guint        version,
                     gint64       now,
                     GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "INSERT INTO sync_dossier (dossier_id, version, acked_version, state, updated_at) "
    "VALUES (?1, ?2, ?2, 2, ?3) "
    "ON CONFLICT (dossier_id) DO UPDATE SET version = ?2, acked_version = ?2, state = 2, "
    "  attempts = 0, message = '', portal_copy = NULL, updated_at = ?3", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int (stmt, 2, version);
  sqlite3_bind_int64 (stmt, 3, now);
  return mc_database_step (db, stmt, NULL, error);
}

static const char insert_sql[] =
  "INSERT INTO dossier (code, procedure_id, status, accepted, channel, applicant_type, "
  "  applicant_name, id_number, birth_date, phone, email, address, delivery, set_count, fee, "
  "  note, received_at, due_at, original_due_at, legal_due_at, paused_at, finished_at, "
  "  returned_at, supplements_after_acceptance, supplement_requests, apology_given, "
  "  evaluated, version, workstation, updated_at, handover_pending) "
  "VALUES (?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, "
  "  ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32)";

static const char update_sql[] =
  "UPDATE dossier SET code = ?2, procedure_id = ?3, status = ?4, accepted = ?5, channel = ?6, "
  "  applicant_type = ?7, applicant_name = ?8, id_number = ?9, birth_date = ?10, phone = ?11, "
  "  email = ?12, address = ?13, delivery = ?14, set_count = ?15, fee = ?16, note = ?17, "
  "  received_at = ?18, due_at = ?19, original_due_at = ?20, legal_due_at = ?21, "
  "  paused_at = ?22, finished_at = ?23, returned_at = ?24, "
  "  supplements_after_acceptance = ?25, supplement_requests = ?26, apology_given = ?27, "
  "  evaluated = ?28, version = ?29, workstation = ?30, updated_at = ?31, "
  "  handover_pending = ?32 "
  "WHERE id = ?1";

/* The portal's version replaces ours, which it holds from then on. */
static gboolean
replace_dossier (McDatabase             *db,
                 gint64                  dossier_id,
                 gint64                  procedure_id,
                 const McPortalDossier  *dossier,
                 gint64                  now,
                 GError                **error)
{
  return write_dossier (db, update_sql, dossier_id, procedure_id, dossier, now, error) &&
         write_components (db, dossier_id, dossier, error) &&
         mark_held_by_portal (db, dossier_id, dossier->version, now, error);
}

static gboolean
apply_in_transaction (McDatabase  *db,
                      gpointer     data,
                      GError     **error)
{
  Apply *apply = data;
  const McPortalDossier *dossier = apply->dossier;
  g_autoptr(McStatement) find = mc_database_prepare (db,
    "SELECT d.id, coalesce (s.version, d.version), coalesce (s.acked_version, 0), "
    "  coalesce (s.state, 0) "
    "FROM dossier d LEFT JOIN sync_dossier s ON s.dossier_id = d.id WHERE d.code = ?1", error);
  gint64 dossier_id, procedure_id;
  guint local_version, acked_version;
  gboolean has_row, unsent;

  if (find == NULL)
    return FALSE;
  sqlite3_bind_text (find, 1, dossier->code, -1, SQLITE_STATIC);
  if (!mc_database_step (db, find, &has_row, error))
    return FALSE;

  if (!find_procedure (db, dossier, &procedure_id, error))
    return FALSE;

  if (!has_row)
    {
      if (!write_dossier (db, insert_sql, 0, procedure_id, dossier, apply->now, error))
        return FALSE;
      dossier_id = sqlite3_last_insert_rowid (mc_database_get_handle (db));
      apply->outcome = MC_PORTAL_APPLY_ADDED;
      return write_components (db, dossier_id, dossier, error) &&
             mark_held_by_portal (db, dossier_id, dossier->version, apply->now, error);
    }

  dossier_id = sqlite3_column_int64 (find, 0);
  local_version = sqlite3_column_int (find, 1);
  acked_version = sqlite3_column_int (find, 2);
  unsent = local_version > acked_version || sqlite3_column_int (find, 3) == 4;

  if (dossier->version <= acked_version || (!unsent && dossier->version <= local_version))
    {
      apply->outcome = MC_PORTAL_APPLY_UNCHANGED;
      return TRUE;
    }

  if (unsent)
    {
      g_autoptr(McStatement) conflict = mc_database_prepare (db,
        "UPDATE sync_dossier SET state = 4, portal_copy = ?2, updated_at = ?3, message = ?4 "
        "WHERE dossier_id = ?1", error);
      g_autofree char *message = g_strdup_printf (
        _("Changed on the portal (version %u, by %s) while this computer had unsent changes"),
        dossier->version, *dossier->workstation != '\0' ? dossier->workstation : "?");

      if (conflict == NULL)
        return FALSE;
      sqlite3_bind_int64 (conflict, 1, dossier_id);
      sqlite3_bind_text (conflict, 2, apply->portal_copy, -1, SQLITE_STATIC);
      sqlite3_bind_int64 (conflict, 3, apply->now);
      sqlite3_bind_text (conflict, 4, message, -1, SQLITE_STATIC);
      apply->outcome = MC_PORTAL_APPLY_CONFLICT;
      return mc_database_step (db, conflict, NULL, error);
    }

  apply->outcome = MC_PORTAL_APPLY_UPDATED;
  return replace_dossier (db, dossier_id, procedure_id, dossier, apply->now, error);
}

/**
 * mc_portal_store_apply:
 * @db: the database
 * @dossier: a dossier pulled from the portal
 * @portal_copy: the dossier as the portal sent it, kept for a conflict
 * @now: the device time
 * @outcome: (out): what was done
 * @error: return location for a #GError
 *
 * Stores a dossier the portal sent, keyed by its code: the newer version
 * wins, and a dossier with changes not yet sent from here becomes a
 * conflict instead of being overwritten. What is stored is not sent
 * back: the portal holds it already.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_portal_store_apply (McDatabase             *db,
                       const McPortalDossier  *dossier,
                       const char             *portal_copy,
                       gint64                  now,
                       McPortalApply          *outcome,
                       GError                **error)
{
  Apply apply = { dossier, portal_copy, now, MC_PORTAL_APPLY_UNCHANGED };

  if (!mc_database_transact (db, MC_TRANSACTION_WRITE, apply_in_transaction, &apply, error))
    return FALSE;

  *outcome = apply.outcome;
  return TRUE;
}

/**
 * _mc_portal_store_replace:
 * @db: the database, inside a write transaction
 * @dossier_id: the local dossier
 * @dossier: the portal's version of it
 * @now: the device time
 * @error: return location for a #GError
 *
 * Stores the portal's version over the local dossier exactly as a pulled
 * newer version is stored, and records that the portal holds it: what a
 * person chooses for a conflict when the portal's version wins. The
 * caller checks that @dossier is the portal's copy of that dossier.
 *
 * Returns: %TRUE on success
 */
gboolean
_mc_portal_store_replace (McDatabase             *db,
                          gint64                  dossier_id,
                          const McPortalDossier  *dossier,
                          gint64                  now,
                          GError                **error)
{
  gint64 procedure_id;

  return find_procedure (db, dossier, &procedure_id, error) &&
         replace_dossier (db, dossier_id, procedure_id, dossier, now, error);
}

/**
 * mc_portal_store_get_cursor:
 * @db: the database
 * @name: the pull, e.g. "LayHoSoThayDoi"
 * @error: return location for a #GError
 *
 * Returns: (transfer full): where the pull stopped, "" at first
 */
char *
mc_portal_store_get_cursor (McDatabase  *db,
                            const char  *name,
                            GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT value FROM sync_cursor WHERE name = ?1", error);
  gboolean has_row;

  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return NULL;

  return has_row ? column_text (stmt, 0) : g_strdup ("");
}

/**
 * mc_portal_store_set_cursor:
 * @db: the database
 * @name: the pull
 * @value: where it stopped, once what it pulled is stored
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
mc_portal_store_set_cursor (McDatabase  *db,
                            const char  *name,
                            const char  *value,
                            GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "INSERT INTO sync_cursor (name, value) VALUES (?1, ?2) "
    "ON CONFLICT (name) DO UPDATE SET value = excluded.value", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, value, -1, SQLITE_STATIC);
  return mc_database_step (db, stmt, NULL, error);
}
