/* mc-sync-entry.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-error.h"
#include "mc-sync-entry.h"
#include "mc-working-calendar.h"

/* One dossier of the Sync page: something of it has not reached the
 * portal yet, or the portal refused it, or the portal holds another
 * workstation's version. The entry aggregates the dossier's row of the
 * outbox (sync_dossier) and its steps (sync_step), read in one query. */

struct _McSyncEntry
{
  GObject      parent_instance;

  gint64       dossier_id;
  char        *code;
  char        *applicant;
  char        *procedure_name;
  McSyncState  state;
  guint        version;
  guint        acked_version;
  guint        n_steps_waiting;
  guint        n_steps_rejected;
  guint        attempts;
  char        *message;
  GDateTime   *updated;
};

G_DEFINE_FINAL_TYPE (McSyncEntry, mc_sync_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_DOSSIER_ID,
  PROP_CODE,
  PROP_APPLICANT,
  PROP_PROCEDURE_NAME,
  PROP_STATE,
  PROP_VERSION,
  PROP_ACKED_VERSION,
  PROP_N_STEPS_WAITING,
  PROP_N_STEPS_REJECTED,
  PROP_ATTEMPTS,
  PROP_MESSAGE,
  PROP_UPDATED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Reading
 */

/* The steps of each dossier that are not acknowledged, and the row of
 * the first one the portal refused. Both queries put them beside the
 * dossier's row under the names the columns below use. */
#define STEPS_OF(where) \
  "steps AS (" \
  "  SELECT dossier_id, sum (state IN (0, 1)) AS waiting, sum (state = 3) AS rejected, " \
  "    max (attempts) AS attempts, max (updated_at) AS updated_at, " \
  "    min (CASE WHEN state = 3 THEN event_id END) AS first_rejected " \
  "  FROM sync_step WHERE " where " AND state IN (0, 1, 3) GROUP BY dossier_id) "

/* An acknowledged dossier is listed for its steps: it is shown as
 * rejected if the portal refused one of them, as pending otherwise. */
#define ENTRY_COLUMNS \
  "d.id, d.code, d.applicant_name, p.name, " \
  "CASE WHEN coalesce (s.state, 2) <> 2 THEN s.state " \
  "     WHEN coalesce (st.rejected, 0) > 0 THEN 3 ELSE 0 END, " \
  "coalesce (s.version, d.version), coalesce (s.acked_version, 0), " \
  "coalesce (st.waiting, 0), coalesce (st.rejected, 0), " \
  "CASE WHEN coalesce (s.state, 2) <> 2 THEN s.attempts ELSE coalesce (st.attempts, 0) END, " \
  "CASE WHEN coalesce (s.message, '') <> '' THEN s.message ELSE coalesce (r.message, '') END, " \
  "max (coalesce (s.updated_at, 0), coalesce (st.updated_at, 0)) "

#define ENTRY_JOINS \
  "JOIN dossier d ON d.id = s.dossier_id " \
  "JOIN procedure p ON p.id = d.procedure_id " \
  "LEFT JOIN steps st ON st.dossier_id = s.dossier_id " \
  "LEFT JOIN sync_step r ON r.event_id = st.first_rejected "

#define N_ENTRY_COLUMNS 12

/* Driven by the dossiers that wait (the state indexes of both tables),
 * never by a scan of every dossier ever synced: conflicts, then
 * rejections, then the rest, the newest change first. */
static const char list_sql[] =
  "WITH " STEPS_OF ("1") ", "
  "waiting (dossier_id) AS ("
  "  SELECT dossier_id FROM sync_dossier WHERE state IN (0, 1, 3, 4) "
  "  UNION SELECT dossier_id FROM steps) "
  "SELECT " ENTRY_COLUMNS ", "
  "  CASE WHEN s.state = 4 THEN 0 "
  "       WHEN s.state = 3 OR (s.state = 2 AND st.rejected > 0) THEN 1 ELSE 2 END AS rank "
  "FROM waiting w JOIN sync_dossier s ON s.dossier_id = w.dossier_id " ENTRY_JOINS
  "ORDER BY rank, 12 DESC, d.id DESC";

/* The last column tells whether anything of the dossier waits. */
static const char lookup_sql[] =
  "WITH " STEPS_OF ("dossier_id = (SELECT id FROM dossier WHERE code = ?1)") " "
  "SELECT " ENTRY_COLUMNS ", "
  "  coalesce (s.state, 2) <> 2 OR st.dossier_id IS NOT NULL "
  "FROM dossier d "
  "JOIN procedure p ON p.id = d.procedure_id "
  "LEFT JOIN sync_dossier s ON s.dossier_id = d.id "
  "LEFT JOIN steps st ON st.dossier_id = d.id "
  "LEFT JOIN sync_step r ON r.event_id = st.first_rejected "
  "WHERE d.code = ?1";

static char *
column_text (sqlite3_stmt *stmt,
             int           column)
{
  const char *text = (const char *) sqlite3_column_text (stmt, column);

  return g_strdup (text != NULL ? text : "");
}

static GDateTime *
local_time (gint64 usec)
{
  g_autoptr(GDateTime) utc = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  g_autoptr(GDateTime) exact = NULL;

  if (utc == NULL)
    utc = g_date_time_new_from_unix_utc (0);
  exact = g_date_time_add (utc, usec % G_USEC_PER_SEC);
  return g_date_time_to_timezone (exact, mc_working_calendar_get_time_zone ());
}

static McSyncEntry *
read_entry (sqlite3_stmt *stmt)
{
  McSyncEntry *self = g_object_new (MC_TYPE_SYNC_ENTRY, NULL);
  int c = 0;
  int state;

  self->dossier_id = sqlite3_column_int64 (stmt, c++);
  self->code = column_text (stmt, c++);
  self->applicant = column_text (stmt, c++);
  self->procedure_name = column_text (stmt, c++);
  state = sqlite3_column_int (stmt, c++);
  self->state = CLAMP (state, MC_SYNC_STATE_PENDING, MC_SYNC_STATE_CONFLICT);
  self->version = sqlite3_column_int (stmt, c++);
  self->acked_version = sqlite3_column_int (stmt, c++);
  self->n_steps_waiting = sqlite3_column_int (stmt, c++);
  self->n_steps_rejected = sqlite3_column_int (stmt, c++);
  self->attempts = sqlite3_column_int (stmt, c++);
  self->message = column_text (stmt, c++);
  self->updated = local_time (sqlite3_column_int64 (stmt, c++));
  g_assert (c == N_ENTRY_COLUMNS);

  return self;
}

/*
 * GObject overrides
 */

static void
mc_sync_entry_finalize (GObject *object)
{
  McSyncEntry *self = (McSyncEntry *)object;

  g_clear_pointer (&self->code, g_free);
  g_clear_pointer (&self->applicant, g_free);
  g_clear_pointer (&self->procedure_name, g_free);
  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->updated, g_date_time_unref);

  G_OBJECT_CLASS (mc_sync_entry_parent_class)->finalize (object);
}

static void
mc_sync_entry_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  McSyncEntry *self = MC_SYNC_ENTRY (object);

  switch (prop_id)
    {
    case PROP_DOSSIER_ID:
      g_value_set_int64 (value, mc_sync_entry_get_dossier_id (self));
      break;
    case PROP_CODE:
      g_value_set_string (value, mc_sync_entry_get_code (self));
      break;
    case PROP_APPLICANT:
      g_value_set_string (value, mc_sync_entry_get_applicant (self));
      break;
    case PROP_PROCEDURE_NAME:
      g_value_set_string (value, mc_sync_entry_get_procedure_name (self));
      break;
    case PROP_STATE:
      g_value_set_int (value, mc_sync_entry_get_state (self));
      break;
    case PROP_VERSION:
      g_value_set_uint (value, mc_sync_entry_get_version (self));
      break;
    case PROP_ACKED_VERSION:
      g_value_set_uint (value, mc_sync_entry_get_acked_version (self));
      break;
    case PROP_N_STEPS_WAITING:
      g_value_set_uint (value, mc_sync_entry_get_n_steps_waiting (self));
      break;
    case PROP_N_STEPS_REJECTED:
      g_value_set_uint (value, mc_sync_entry_get_n_steps_rejected (self));
      break;
    case PROP_ATTEMPTS:
      g_value_set_uint (value, mc_sync_entry_get_attempts (self));
      break;
    case PROP_MESSAGE:
      g_value_set_string (value, mc_sync_entry_get_message (self));
      break;
    case PROP_UPDATED:
      g_value_set_boxed (value, mc_sync_entry_get_updated (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_sync_entry_class_init (McSyncEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mc_sync_entry_finalize;
  object_class->get_property = mc_sync_entry_get_property;

  properties [PROP_DOSSIER_ID] =
    g_param_spec_int64 ("dossier-id", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties [PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties [PROP_APPLICANT] = g_param_spec_string ("applicant", NULL, NULL, NULL, flags);
  properties [PROP_PROCEDURE_NAME] =
    g_param_spec_string ("procedure-name", NULL, NULL, NULL, flags);
  /* McSyncState. */
  properties [PROP_STATE] =
    g_param_spec_int ("state", NULL, NULL, MC_SYNC_STATE_PENDING, MC_SYNC_STATE_CONFLICT,
                      MC_SYNC_STATE_PENDING, flags);
  properties [PROP_VERSION] =
    g_param_spec_uint ("version", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_ACKED_VERSION] =
    g_param_spec_uint ("acked-version", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_STEPS_WAITING] =
    g_param_spec_uint ("n-steps-waiting", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_N_STEPS_REJECTED] =
    g_param_spec_uint ("n-steps-rejected", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_ATTEMPTS] =
    g_param_spec_uint ("attempts", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties [PROP_MESSAGE] = g_param_spec_string ("message", NULL, NULL, NULL, flags);
  properties [PROP_UPDATED] =
    g_param_spec_boxed ("updated", NULL, NULL, G_TYPE_DATE_TIME, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mc_sync_entry_init (McSyncEntry *self)
{
}

/*
 * Public API
 */

gint64
mc_sync_entry_get_dossier_id (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), 0);
  return self->dossier_id;
}

/**
 * mc_sync_entry_get_code:
 * @self: a #McSyncEntry
 *
 * Returns: the dossier's code (MaHoSo)
 */
const char *
mc_sync_entry_get_code (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), NULL);
  return self->code;
}

/**
 * mc_sync_entry_get_applicant:
 * @self: a #McSyncEntry
 *
 * Returns: the applicant's name
 */
const char *
mc_sync_entry_get_applicant (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), NULL);
  return self->applicant;
}

const char *
mc_sync_entry_get_procedure_name (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), NULL);
  return self->procedure_name;
}

/**
 * mc_sync_entry_get_state:
 * @self: a #McSyncEntry
 *
 * Returns: where the dossier's latest version stands; for a dossier the
 *   portal holds at its latest version, where its steps stand:
 *   %MC_SYNC_STATE_REJECTED if the portal refused one of them,
 *   %MC_SYNC_STATE_PENDING otherwise
 */
McSyncState
mc_sync_entry_get_state (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), MC_SYNC_STATE_PENDING);
  return self->state;
}

/**
 * mc_sync_entry_get_version:
 * @self: a #McSyncEntry
 *
 * Returns: the dossier's latest version here (PhienBan)
 */
guint
mc_sync_entry_get_version (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), 0);
  return self->version;
}

/**
 * mc_sync_entry_get_acked_version:
 * @self: a #McSyncEntry
 *
 * Returns: the latest version the portal acknowledged, 0 for none
 */
guint
mc_sync_entry_get_acked_version (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), 0);
  return self->acked_version;
}

/**
 * mc_sync_entry_get_n_steps_waiting:
 * @self: a #McSyncEntry
 *
 * Returns: the processing steps not sent yet, or on their way
 */
guint
mc_sync_entry_get_n_steps_waiting (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), 0);
  return self->n_steps_waiting;
}

/**
 * mc_sync_entry_get_n_steps_rejected:
 * @self: a #McSyncEntry
 *
 * Returns: the processing steps the portal refused
 */
guint
mc_sync_entry_get_n_steps_rejected (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), 0);
  return self->n_steps_rejected;
}

/**
 * mc_sync_entry_get_attempts:
 * @self: a #McSyncEntry
 *
 * Returns: the calls that carried the dossier's version and failed on the
 *   way; for an acknowledged dossier, the most any of its steps took
 */
guint
mc_sync_entry_get_attempts (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), 0);
  return self->attempts;
}

/**
 * mc_sync_entry_get_message:
 * @self: a #McSyncEntry
 *
 * Returns: the portal's message about the dossier (why it refused it, the
 *   conflict) or the last failure on the way, else the portal's message
 *   about the first step it refused; "" when there is none
 */
const char *
mc_sync_entry_get_message (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), NULL);
  return self->message;
}

/**
 * mc_sync_entry_get_updated:
 * @self: a #McSyncEntry
 *
 * Returns: (transfer none): when the dossier's or its steps' place in the
 *   queue last changed, in the office's time
 */
GDateTime *
mc_sync_entry_get_updated (McSyncEntry *self)
{
  g_return_val_if_fail (MC_IS_SYNC_ENTRY (self), NULL);
  return self->updated;
}

/**
 * mc_sync_entry_list_waiting:
 * @db: the database
 * @error: return location for a #GError
 *
 * Lists every dossier with something the portal has not acknowledged:
 * conflicts first, then what the portal refused, then what waits to be
 * sent, the newest change first within each.
 *
 * Returns: (transfer full) (element-type McSyncEntry): the entries, maybe
 *   none; %NULL on error
 */
GPtrArray *
mc_sync_entry_list_waiting (McDatabase  *db,
                            GError     **error)
{
  g_autoptr(McStatement) stmt = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  stmt = mc_database_prepare (db, list_sql, error);
  if (stmt == NULL)
    return NULL;

  entries = g_ptr_array_new_with_free_func (g_object_unref);
  while (mc_database_step (db, stmt, &has_row, error) && has_row)
    g_ptr_array_add (entries, read_entry (stmt));
  if (error != NULL && *error != NULL)
    return NULL;

  return g_steal_pointer (&entries);
}

/**
 * mc_sync_entry_lookup:
 * @db: the database
 * @code: a dossier's code
 * @entry: (out) (transfer full) (nullable): the dossier's entry, or
 *   %NULL when the portal acknowledged its latest version and all its
 *   steps ("on the portal")
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success; %FALSE with %MC_ERROR_NOT_FOUND for a code
 *   no dossier has
 */
gboolean
mc_sync_entry_lookup (McDatabase   *db,
                      const char   *code,
                      McSyncEntry **entry,
                      GError      **error)
{
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (entry != NULL, FALSE);

  *entry = NULL;
  stmt = mc_database_prepare (db, lookup_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_TRANSIENT);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("No dossier has the code “%s”."), code);
      return FALSE;
    }

  if (sqlite3_column_int (stmt, N_ENTRY_COLUMNS) != 0)
    *entry = read_entry (stmt);
  return TRUE;
}
