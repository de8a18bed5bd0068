/* mc-sync-outbox.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-sync-outbox.h"

/* The queue of what must reach the portal (tables sync_dossier and
 * sync_step, migration 0008). mc_sync_outbox_enqueue() runs inside the
 * transaction of every change of a dossier, so that nothing committed
 * locally can miss the portal; the sync pass takes items, sends them and
 * records the portal's answer item by item, so that one bad item never
 * holds back the others. */

/**
 * mc_sync_outbox_enqueue:
 * @db: the database, inside the change's transaction
 * @dossier_id: the dossier changed
 * @event_id: the event recording the change
 * @action: what was done
 * @version: the dossier's version after the change
 * @now: the device time
 * @error: return location for a #GError
 *
 * Queues the dossier's new version, unless a newer one is queued, and
 * the event as a processing step. A dossier in conflict stays in
 * conflict: a person has to choose between the two versions first.
 * Printing a form is not a step and changes no version.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_enqueue (McDatabase       *db,
                        gint64            dossier_id,
                        gint64            event_id,
                        McDossierAction   action,
                        guint             version,
                        gint64            now,
                        GError          **error)
{
  static const char dossier_sql[] =
    "INSERT INTO sync_dossier (dossier_id, version, updated_at) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (dossier_id) DO UPDATE SET version = excluded.version, "
    "  state = CASE WHEN state = 4 THEN 4 ELSE 0 END, attempts = 0, "
    "  message = CASE WHEN state = 4 THEN message ELSE '' END, updated_at = excluded.updated_at "
    "WHERE excluded.version > version";
  static const char step_sql[] =
    "INSERT INTO sync_step (event_id, dossier_id, version, updated_at) VALUES (?1, ?2, ?3, ?4)";
  g_autoptr(McStatement) dossier_stmt = NULL;
  g_autoptr(McStatement) step_stmt = NULL;

  if (action == MC_DOSSIER_ACTION_PRINT)
    return TRUE;

  dossier_stmt = mc_database_prepare (db, dossier_sql, error);
  if (dossier_stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (dossier_stmt, 1, dossier_id);
  sqlite3_bind_int (dossier_stmt, 2, version);
  sqlite3_bind_int64 (dossier_stmt, 3, now);
  if (!mc_database_step (db, dossier_stmt, NULL, error))
    return FALSE;

  step_stmt = mc_database_prepare (db, step_sql, error);
  if (step_stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (step_stmt, 1, event_id);
  sqlite3_bind_int64 (step_stmt, 2, dossier_id);
  sqlite3_bind_int (step_stmt, 3, version);
  sqlite3_bind_int64 (step_stmt, 4, now);
  return mc_database_step (db, step_stmt, NULL, error);
}

static GArray *
read_items (McDatabase    *db,
            sqlite3_stmt  *stmt,
            GError       **error)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (McSyncItem));
  gboolean has_row;

  while (mc_database_step (db, stmt, &has_row, error) && has_row)
    {
      McSyncItem item = {
        .id = sqlite3_column_int64 (stmt, 0),
        .dossier_id = sqlite3_column_int64 (stmt, 1),
        .version = sqlite3_column_int (stmt, 2),
      };

      g_array_append_val (items, item);
    }
  if (error != NULL && *error != NULL)
    return NULL;

  return g_steal_pointer (&items);
}

typedef struct
{
  const char *select_sql;
  const char *mark_sql;
  guint       limit;
  gint64      now;
  GArray     *items;
} Take;

static gboolean
take_in_transaction (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  Take *take = data;
  g_autoptr(McStatement) select = mc_database_prepare (db, take->select_sql, error);
  g_autoptr(McStatement) mark = NULL;

  if (select == NULL)
    return FALSE;
  sqlite3_bind_int (select, 1, take->limit);
  take->items = read_items (db, select, error);
  if (take->items == NULL)
    return FALSE;

  mark = mc_database_prepare (db, take->mark_sql, error);
  if (mark == NULL)
    return FALSE;
  for (guint i = 0; i < take->items->len; i++)
    {
      sqlite3_reset (mark);
      sqlite3_bind_int64 (mark, 1, g_array_index (take->items, McSyncItem, i).id);
      sqlite3_bind_int64 (mark, 2, take->now);
      if (!mc_database_step (db, mark, NULL, error))
        return FALSE;
    }

  return TRUE;
}

static GArray *
take_items (McDatabase  *db,
            Take        *take,
            GError     **error)
{
  if (!mc_database_transact (db, MC_TRANSACTION_WRITE, take_in_transaction, take, error))
    {
      g_clear_pointer (&take->items, g_array_unref);
      return NULL;
    }
  return take->items;
}

/**
 * mc_sync_outbox_take_dossiers:
 * @db: the database
 * @limit: the most to take (50 for a DongBoHoSoMC call)
 * @now: the device time
 * @error: return location for a #GError
 *
 * Marks the oldest dossiers waiting to be sent as being sent, and
 * returns them with the version the call must carry. Items left
 * "sending" by a crash are taken again: the portal's upsert is
 * idempotent.
 *
 * Returns: (transfer full) (element-type McSyncItem): the items, maybe none
 */
GArray *
mc_sync_outbox_take_dossiers (McDatabase  *db,
                              guint        limit,
                              gint64       now,
                              GError     **error)
{
  Take take = {
    .select_sql =
      "SELECT dossier_id, dossier_id, version FROM sync_dossier INDEXED BY sync_dossier_waiting "
      "WHERE state IN (0, 1) ORDER BY dossier_id LIMIT ?1",
    .mark_sql = "UPDATE sync_dossier SET state = 1, updated_at = ?2 WHERE dossier_id = ?1",
    .limit = limit,
    .now = now,
  };

  return take_items (db, &take, error);
}

/**
 * mc_sync_outbox_take_steps:
 * @db: the database
 * @limit: the most to take (10 for a CapNhatTienDoHoSoMC call)
 * @now: the device time
 * @error: return location for a #GError
 *
 * Like mc_sync_outbox_take_dossiers(), for the steps whose dossier the
 * portal holds at the step's version or a later one, in the order they
 * happened.
 *
 * Returns: (transfer full) (element-type McSyncItem): the items, maybe none
 */
GArray *
mc_sync_outbox_take_steps (McDatabase  *db,
                           guint        limit,
                           gint64       now,
                           GError     **error)
{
  Take take = {
    .select_sql =
      "SELECT s.event_id, s.dossier_id, s.version FROM sync_step s INDEXED BY sync_step_waiting "
      "JOIN sync_dossier d ON d.dossier_id = s.dossier_id "
      "WHERE s.state IN (0, 1) AND d.acked_version >= s.version "
      "ORDER BY s.event_id LIMIT ?1",
    .mark_sql = "UPDATE sync_step SET state = 1, updated_at = ?2 WHERE event_id = ?1",
    .limit = limit,
    .now = now,
  };

  return take_items (db, &take, error);
}

static gboolean
run_item_update (McDatabase        *db,
                 const char        *sql,
                 const McSyncItem  *item,
                 const char        *message,
                 const char        *portal_copy,
                 gint64             now,
                 GError           **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, item->id);
  sqlite3_bind_int (stmt, 2, item->version);
  sqlite3_bind_int64 (stmt, 3, now);
  if (sqlite3_bind_parameter_count (stmt) >= 4)
    sqlite3_bind_text (stmt, 4, message != NULL ? message : "", -1, SQLITE_TRANSIENT);
  if (sqlite3_bind_parameter_count (stmt) >= 5 && portal_copy != NULL)
    sqlite3_bind_text (stmt, 5, portal_copy, -1, SQLITE_TRANSIENT);

  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_sync_outbox_acknowledge:
 * @db: the database
 * @step: whether @item is a step
 * @item: what the portal stored
 * @now: the device time
 * @error: return location for a #GError
 *
 * Records that the portal stored @item. A dossier changed again while
 * the call was on its way stays queued with its newer version.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_acknowledge (McDatabase        *db,
                            gboolean           step,
                            const McSyncItem  *item,
                            gint64             now,
                            GError           **error)
{
  static const char dossier_sql[] =
    "UPDATE sync_dossier SET acked_version = max (acked_version, ?2), "
    "  state = CASE WHEN version <= ?2 THEN 2 WHEN state = 1 THEN 0 ELSE state END, "
    "  attempts = 0, message = '', updated_at = ?3 "
    "WHERE dossier_id = ?1";
  static const char step_sql[] =
    "UPDATE sync_step SET state = 2, attempts = 0, message = '', updated_at = ?3 "
    "WHERE event_id = ?1";

  return run_item_update (db, step ? step_sql : dossier_sql, item, NULL, NULL, now, error);
}

/**
 * mc_sync_outbox_reject:
 * @db: the database
 * @step: whether @item is a step
 * @item: what the portal refused
 * @message: the portal's message, which says which field is wrong
 * @now: the device time
 * @error: return location for a #GError
 *
 * Records that the portal refused @item as it is (422): it waits, with
 * the message, until someone edits the dossier or sends it again. If
 * the dossier changed meanwhile, the newer version is sent instead.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_reject (McDatabase        *db,
                       gboolean           step,
                       const McSyncItem  *item,
                       const char        *message,
                       gint64             now,
                       GError           **error)
{
  static const char dossier_sql[] =
    "UPDATE sync_dossier SET state = CASE WHEN version = ?2 THEN 3 ELSE 0 END, "
    "  message = ?4, updated_at = ?3 "
    "WHERE dossier_id = ?1 AND state IN (0, 1)";
  static const char step_sql[] =
    "UPDATE sync_step SET state = 3, message = ?4, updated_at = ?3 "
    "WHERE event_id = ?1";

  return run_item_update (db, step ? step_sql : dossier_sql, item, message, NULL, now, error);
}

/**
 * mc_sync_outbox_set_conflict:
 * @db: the database
 * @item: the dossier the portal holds a newer version of
 * @message: the portal's message
 * @portal_copy: (nullable): the portal's version, as JSON
 * @now: the device time
 * @error: return location for a #GError
 *
 * Records that the portal holds another workstation's newer version of
 * the dossier: nothing is overwritten, a person chooses
 * (mc_sync_conflict_resolve()).
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_set_conflict (McDatabase        *db,
                             const McSyncItem  *item,
                             const char        *message,
                             const char        *portal_copy,
                             gint64             now,
                             GError           **error)
{
  static const char sql[] =
    "UPDATE sync_dossier SET state = 4, message = ?4, portal_copy = ?5, updated_at = ?3 "
    "WHERE dossier_id = ?1";

  return run_item_update (db, sql, item, message, portal_copy, now, error);
}

/**
 * mc_sync_outbox_give_back:
 * @db: the database
 * @step: whether @item is a step
 * @item: an item of a call that failed on the way
 * @message: why, for the Sync page
 * @now: the device time
 * @error: return location for a #GError
 *
 * Puts an item whose call failed (network, 5xx, 429, no answer) back in
 * the queue, counting the attempt.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_give_back (McDatabase        *db,
                          gboolean           step,
                          const McSyncItem  *item,
                          const char        *message,
                          gint64             now,
                          GError           **error)
{
  static const char dossier_sql[] =
    "UPDATE sync_dossier SET state = 0, attempts = attempts + 1, message = ?4, updated_at = ?3 "
    "WHERE dossier_id = ?1 AND state = 1";
  static const char step_sql[] =
    "UPDATE sync_step SET state = 0, attempts = attempts + 1, message = ?4, updated_at = ?3 "
    "WHERE event_id = ?1 AND state = 1";

  return run_item_update (db, step ? step_sql : dossier_sql, item, message, NULL, now, error);
}

typedef struct
{
  gint64 dossier_id;
  gint64 now;
} SendAgain;

static gboolean
send_again_in_transaction (McDatabase  *db,
                           gpointer     data,
                           GError     **error)
{
  const SendAgain *item = data;
  g_autoptr(McStatement) dossier = mc_database_prepare (db,
    "UPDATE sync_dossier SET state = 0, attempts = 0, message = '', updated_at = ?2 "
    "WHERE dossier_id = ?1 AND state = 3", error);
  g_autoptr(McStatement) steps = NULL;

  if (dossier == NULL)
    return FALSE;
  sqlite3_bind_int64 (dossier, 1, item->dossier_id);
  sqlite3_bind_int64 (dossier, 2, item->now);
  if (!mc_database_step (db, dossier, NULL, error))
    return FALSE;

  steps = mc_database_prepare (db,
    "UPDATE sync_step SET state = 0, attempts = 0, message = '', updated_at = ?2 "
    "WHERE dossier_id = ?1 AND state = 3", error);
  if (steps == NULL)
    return FALSE;
  sqlite3_bind_int64 (steps, 1, item->dossier_id);
  sqlite3_bind_int64 (steps, 2, item->now);
  return mc_database_step (db, steps, NULL, error);
}

/**
 * mc_sync_outbox_send_again:
 * @db: the database
 * @dossier_id: a dossier whose version or steps the portal refused
 * @now: the device time
 * @error: return location for a #GError
 *
 * Queues again what the portal refused of the dossier, for when the
 * portal was wrong or its data were fixed there.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_send_again (McDatabase  *db,
                           gint64       dossier_id,
                           gint64       now,
                           GError     **error)
{
  SendAgain item = { .dossier_id = dossier_id, .now = now };

  return mc_database_transact (db, MC_TRANSACTION_WRITE, send_again_in_transaction, &item, error);
}

/**
 * mc_sync_outbox_rebase_steps:
 * @db: the database, inside a write transaction
 * @dossier_id: a dossier whose local version was given up for the portal's
 * @version: the version the portal holds, and this computer now too
 * @now: the device time
 * @error: return location for a #GError
 *
 * A step waits until the portal holds its dossier at the step's version
 * or a later one. When a person takes the portal's version of a dossier
 * in conflict, the versions this computer made after it are never sent,
 * so the steps recorded on them would wait forever: they are attached to
 * @version instead. Steps are history: they are still all sent, once.
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_rebase_steps (McDatabase  *db,
                             gint64       dossier_id,
                             guint        version,
                             gint64       now,
                             GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "UPDATE sync_step SET version = ?2, updated_at = ?3 "
    "WHERE dossier_id = ?1 AND version > ?2 AND state <> 2", error);

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_int (stmt, 2, version);
  sqlite3_bind_int64 (stmt, 3, now);
  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_sync_outbox_count:
 * @db: the database
 * @counts: (out): what is left to do
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_count (McDatabase    *db,
                      McSyncCounts  *counts,
                      GError       **error)
{
  static const char sql[] =
    "SELECT "
    "  (SELECT count (*) FROM sync_dossier WHERE state IN (0, 1)), "
    "  (SELECT count (*) FROM sync_dossier WHERE state = 3), "
    "  (SELECT count (*) FROM sync_dossier WHERE state = 4), "
    "  (SELECT count (*) FROM sync_step WHERE state IN (0, 1)), "
    "  (SELECT count (*) FROM sync_step WHERE state = 3)";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL || !mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  counts->dossiers_pending = sqlite3_column_int (stmt, 0);
  counts->dossiers_rejected = sqlite3_column_int (stmt, 1);
  counts->dossiers_conflict = sqlite3_column_int (stmt, 2);
  counts->steps_pending = sqlite3_column_int (stmt, 3);
  counts->steps_rejected = sqlite3_column_int (stmt, 4);
  return TRUE;
}

/**
 * mc_sync_outbox_has_unsent:
 * @db: the database
 * @dossier_id: a dossier
 * @unsent: (out): whether it has a version the portal has not acknowledged
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
mc_sync_outbox_has_unsent (McDatabase  *db,
                           gint64       dossier_id,
                           gboolean    *unsent,
                           GError     **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT version > acked_version FROM sync_dossier WHERE dossier_id = ?1", error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  *unsent = has_row && sqlite3_column_int (stmt, 0) != 0;
  return TRUE;
}
