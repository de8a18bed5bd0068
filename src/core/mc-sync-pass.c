/* mc-sync-pass.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-error.h"
#include "mc-json.h"
#include "mc-portal-store.h"
#include "mc-sync-calendar.h"
#include "mc-sync-catalogue.h"
#include "mc-sync-outbox.h"
#include "mc-sync-pass.h"

/* One synchronisation with the portal, blocking, on a connection of its
 * own: the outbox's dossiers in calls of at most 50, then their steps in
 * calls of at most 10, then the dossiers changed on the portal's side,
 * then the official calendar (mc-sync-calendar.c) and the procedure
 * catalogue (mc-sync-catalogue.c).
 *
 * Every answer is recorded item by item before the next call, so that a
 * pass stopped anywhere (network gone, program killed) leaves nothing
 * lost: what was not acknowledged is sent again, and the portal's
 * idempotence (MaHoSo + PhienBan, BuocId) keeps it from being doubled. */

#define PULL_CURSOR "LayHoSoThayDoi"

#define RESULT_STORED 0
#define RESULT_CONFLICT 409
#define RESULT_INVALID 422

/**
 * mc_sync_backoff_seconds:
 * @failures: failed passes in a row, from 1
 * @jitter: a random number in [0, 1)
 *
 * The wait before the next attempt after a failure: about 30 s, then
 * doubling, within ±20 % so that the counters of a province that lost
 * the network together do not come back together, and never more than
 * 15 minutes.
 *
 * Returns: seconds
 */
guint
mc_sync_backoff_seconds (guint  failures,
                         double jitter)
{
  double base = 30.0;

  for (guint i = 1; i < failures && base < 900.0; i++)
    base *= 2.0;

  return (guint) MIN (900.0, base * (0.8 + 0.4 * CLAMP (jitter, 0.0, 1.0)));
}

static gint64
now_usec (void)
{
  return g_get_real_time ();
}

static gint64
result_code (JsonObject *result)
{
  return mc_json_get_code (result, "error_code", -1);
}

static const char *
result_message (JsonObject *result)
{
  const char *message = json_object_get_string_member_with_default (result, "message", "");

  return message != NULL ? message : "";
}

/* The answer's "results", checked against what was sent. */
static JsonArray *
get_results (JsonObject  *answer,
             guint        n_sent,
             GError     **error)
{
  JsonArray *results = mc_json_get_array (answer, "results");

  if (results == NULL || json_array_get_length (results) != n_sent)
    {
      g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                   _("The portal answered %u results for %u items."),
                   results != NULL ? json_array_get_length (results) : 0, n_sent);
      return NULL;
    }

  /* Each result is read as an object: anything else is a garbled answer. */
  for (guint i = 0; i < n_sent; i++)
    if (!JSON_NODE_HOLDS_OBJECT (json_array_get_element (results, i)))
      {
        g_set_error (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                     _("The portal’s answer is garbled: result %u is not an object."), i + 1);
        return NULL;
      }

  return results;
}

static gboolean
give_back_all (McDatabase  *db,
               gboolean     steps,
               GArray      *items,
               const char  *message,
               GError     **error)
{
  for (guint i = 0; i < items->len; i++)
    if (!mc_sync_outbox_give_back (db, steps, &g_array_index (items, McSyncItem, i), message,
                                   now_usec (), error))
      return FALSE;
  return TRUE;
}

/* Sends the call; on failure gives its items back to the queue, and
 * returns NULL with the call's error. */
static JsonObject *
send_items (McDatabase      *db,
            McPortalClient  *client,
            const char      *service,
            gboolean         steps,
            GArray          *items,
            JsonArray       *data,
            McSyncReport    *report,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(JsonObject) params = json_object_new ();
  g_autoptr(GError) call_error = NULL;
  JsonObject *answer;
  JsonArray *results;

  json_object_set_array_member (params, "data", json_array_ref (data));
  report->calls++;
  answer = mc_portal_client_call (client, service, params, cancellable, &call_error);
  results = answer != NULL ? get_results (answer, items->len, &call_error) : NULL;
  if (results != NULL)
    return answer;

  g_clear_pointer (&answer, json_object_unref);
  if (!give_back_all (db, steps, items, call_error->message, error))
    return NULL;
  g_propagate_error (error, g_steal_pointer (&call_error));
  return NULL;
}

/* An item answered with a code the contract does not have: it waits for
 * the next pass rather than being sent again and again in this one. */
static gboolean
unclear_answer (GError **error)
{
  g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                       _("The portal gave no clear answer for some items."));
  return FALSE;
}

static gboolean
record_dossier_result (McDatabase    *db,
                       McSyncItem    *item,
                       JsonObject    *result,
                       McSyncReport  *report,
                       gboolean      *unclear,
                       GError       **error)
{
  gint64 code = result != NULL ? result_code (result) : -1;
  const char *message = result != NULL ? result_message (result) : "";

  switch (code)
    {
    case RESULT_STORED:
      report->dossiers_acknowledged++;
      return mc_sync_outbox_acknowledge (db, FALSE, item, now_usec (), error);

    case RESULT_CONFLICT:
      {
        JsonNode *portal = json_object_get_member (result, "portal");
        g_autofree char *copy = portal != NULL ? json_to_string (portal, FALSE) : NULL;

        report->conflicts++;
        return mc_sync_outbox_set_conflict (db, item, message, copy, now_usec (), error);
      }

    case RESULT_INVALID:
      report->rejected++;
      return mc_sync_outbox_reject (db, FALSE, item, message, now_usec (), error);

    default:
      *unclear = TRUE;
      return mc_sync_outbox_give_back (db, FALSE, item,
                                       _("The portal gave no clear answer for this dossier."),
                                       now_usec (), error);
    }
}

static gboolean
record_step_result (McDatabase    *db,
                    McSyncItem    *item,
                    JsonObject    *result,
                    McSyncReport  *report,
                    gboolean      *unclear,
                    GError       **error)
{
  gint64 code = result != NULL ? result_code (result) : -1;

  if (code == RESULT_STORED)
    {
      report->steps_acknowledged++;
      return mc_sync_outbox_acknowledge (db, TRUE, item, now_usec (), error);
    }
  if (code == RESULT_INVALID)
    {
      report->rejected++;
      return mc_sync_outbox_reject (db, TRUE, item, result_message (result), now_usec (), error);
    }
  *unclear = TRUE;
  return mc_sync_outbox_give_back (db, TRUE, item,
                                   _("The portal gave no clear answer for this step."),
                                   now_usec (), error);
}

/* The dossier as it is now, which the call carries. */
static JsonObject *
encode_dossier (McDatabase  *db,
                McSyncItem  *item,
                GError     **error)
{
  g_autoptr(McPortalDossier) dossier = mc_portal_store_load_dossier (db, item->dossier_id, error);

  if (dossier == NULL)
    return NULL;
  item->version = dossier->version;
  return mc_portal_dossier_to_json (dossier);
}

static JsonObject *
encode_step (McDatabase  *db,
             McSyncItem  *item,
             GError     **error)
{
  g_autoptr(McPortalStep) step = mc_portal_store_load_step (db, item->id, error);

  return step != NULL ? mc_portal_step_to_json (step) : NULL;
}

/* What differs between pushing dossiers and pushing steps. */
typedef struct
{
  const char *service;
  gboolean    steps;
  guint       per_call;
  GArray *   (*take)   (McDatabase    *db,
                        guint          limit,
                        gint64         now,
                        GError       **error);
  JsonObject *(*encode) (McDatabase   *db,
                        McSyncItem    *item,
                        GError       **error);
  gboolean   (*record) (McDatabase    *db,
                        McSyncItem    *item,
                        JsonObject    *result,
                        McSyncReport  *report,
                        gboolean      *unclear,
                        GError       **error);
} Queue;

static const Queue dossier_queue = {
  "DongBoHoSoMC", FALSE, MC_SYNC_DOSSIERS_PER_CALL,
  mc_sync_outbox_take_dossiers, encode_dossier, record_dossier_result,
};

static const Queue step_queue = {
  "CapNhatTienDoHoSoMC", TRUE, MC_SYNC_STEPS_PER_CALL,
  mc_sync_outbox_take_steps, encode_step, record_step_result,
};

/* One call of @queue's service; *done when nothing of it can go. */
typedef struct
{
  const Queue  *queue;
  GArray       *items;
  JsonArray    *results;
  McSyncReport *report;
  gboolean      unclear;
} Record;

static gboolean
record_in_transaction (McDatabase  *db,
                       gpointer     data,
                       GError     **error)
{
  Record *record = data;

  for (guint i = 0; i < record->items->len; i++)
    if (!record->queue->record (db, &g_array_index (record->items, McSyncItem, i),
                                json_array_get_object_element (record->results, i),
                                record->report, &record->unclear, error))
      return FALSE;

  return TRUE;
}

static gboolean
push_batch (McDatabase      *db,
            McPortalClient  *client,
            const Queue     *queue,
            McSyncReport    *report,
            gboolean        *done,
            GCancellable    *cancellable,
            GError         **error)
{
  g_autoptr(GArray) items = queue->take (db, queue->per_call, now_usec (), error);
  g_autoptr(JsonArray) data = json_array_new ();
  g_autoptr(JsonObject) answer = NULL;
  gboolean unclear = FALSE;
  JsonArray *results;

  if (items == NULL)
    return FALSE;
  *done = items->len == 0;
  if (*done)
    return TRUE;

  for (guint i = 0; i < items->len; i++)
    {
      JsonObject *object = queue->encode (db, &g_array_index (items, McSyncItem, i), error);

      if (object == NULL)
        return FALSE;
      json_array_add_object_element (data, object);
    }

  answer = send_items (db, client, queue->service, queue->steps, items, data, report,
                       cancellable, error);
  if (answer == NULL)
    return FALSE;

  /* One commit for the call's answers rather than one for each item:
   * the answer is known whole, and a crash before the commit only sends
   * the call again, which the portal's idempotence absorbs. */
  results = json_object_get_array_member (answer, "results");
  {
    Record record = { queue, items, results, report, FALSE };

    if (!mc_database_transact (db, MC_TRANSACTION_WRITE, record_in_transaction, &record, error))
      return FALSE;
    unclear = record.unclear;
  }

  return !unclear || unclear_answer (error);
}

/**
 * mc_sync_pass_push:
 * @db: the database
 * @client: the portal
 * @report: (inout): what was done, added to
 * @cancellable: (nullable): stops the pass between calls or during one
 * @error: return location for a #GError
 *
 * Sends the outbox: every dossier waiting, then every step whose dossier
 * the portal holds. Stops at the first call that fails; the items of
 * that call wait for the next pass.
 *
 * Returns: %TRUE if the outbox was sent
 */
gboolean
mc_sync_pass_push (McDatabase      *db,
                   McPortalClient  *client,
                   McSyncReport    *report,
                   GCancellable    *cancellable,
                   GError         **error)
{
  gboolean done = FALSE;

  while (!done)
    if (!push_batch (db, client, &dossier_queue, report, &done, cancellable, error))
      return FALSE;

  done = FALSE;
  while (!done)
    if (!push_batch (db, client, &step_queue, report, &done, cancellable, error))
      return FALSE;

  return TRUE;
}

static void
store_pulled (McDatabase    *db,
              JsonNode      *node,
              McSyncReport  *report,
              GError       **error)
{
  g_autoptr(McPortalDossier) dossier = NULL;
  g_autoptr(GError) item_error = NULL;
  g_autofree char *copy = NULL;
  McPortalApply outcome;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      report->pulled_invalid++;
      return;
    }

  dossier = mc_portal_dossier_from_json (json_node_get_object (node), &item_error);
  copy = json_to_string (node, FALSE);
  if (dossier == NULL || !mc_portal_store_apply (db, dossier, copy, now_usec (), &outcome,
                                                 &item_error))
    {
      /* A database failure stops the pass; a bad item is counted and
       * skipped, so that it never blocks the others. */
      if (item_error != NULL && item_error->domain != MC_ERROR)
        g_propagate_error (error, g_steal_pointer (&item_error));
      else
        report->pulled_invalid++;
      return;
    }

  if (outcome == MC_PORTAL_APPLY_ADDED)
    report->pulled_added++;
  else if (outcome == MC_PORTAL_APPLY_UPDATED)
    report->pulled_updated++;
  else if (outcome == MC_PORTAL_APPLY_CONFLICT)
    report->conflicts++;
}

/**
 * mc_sync_pass_pull:
 * @db: the database
 * @client: the portal
 * @report: (inout): what was done, added to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Fetches the dossiers changed on the portal's side since the saved
 * cursor (LayHoSoThayDoi), stores each, and only then moves the cursor.
 *
 * Returns: %TRUE if everything the portal had was fetched
 */
gboolean
mc_sync_pass_pull (McDatabase      *db,
                   McPortalClient  *client,
                   McSyncReport    *report,
                   GCancellable    *cancellable,
                   GError         **error)
{
  gint64 remaining = 1;

  while (remaining > 0)
    {
      g_autofree char *cursor = mc_portal_store_get_cursor (db, PULL_CURSOR, error);
      g_autoptr(JsonObject) params = json_object_new ();
      g_autoptr(JsonObject) answer = NULL;
      JsonArray *data;
      const char *next;

      if (cursor == NULL)
        return FALSE;

      json_object_set_string_member (params, "sau", cursor);
      json_object_set_int_member (params, "gioihan", MC_SYNC_PULL_PAGE);
      report->calls++;
      answer = mc_portal_client_call (client, "LayHoSoThayDoi", params, cancellable, error);
      if (answer == NULL)
        return FALSE;

      data = mc_json_get_array (answer, "data");
      next = json_object_get_string_member_with_default (answer, "cursor", NULL);
      if (data == NULL || next == NULL)
        {
          g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                               _("The portal’s list of changed dossiers is garbled."));
          return FALSE;
        }

      for (guint i = 0; i < json_array_get_length (data); i++)
        {
          store_pulled (db, json_array_get_element (data, i), report, error);
          if (error != NULL && *error != NULL)
            return FALSE;
        }

      if (!mc_portal_store_set_cursor (db, PULL_CURSOR, next, error))
        return FALSE;

      remaining = json_object_get_int_member_with_default (answer, "conlai", 0);
      /* A portal that says more remain but sends none would loop. */
      if (json_array_get_length (data) == 0)
        break;
    }

  return TRUE;
}

/**
 * mc_sync_pass_run:
 * @db: the database, a connection of the sync's own
 * @client: the portal
 * @report: (out caller-allocates): what was done
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * One whole synchronisation: push, then pull the dossiers, the official
 * calendar and the catalogue. A portal that does not offer the calendar
 * or the catalogue is noted in @report and does not fail the pass; the
 * catalogue is fetched %MC_SYNC_CATALOGUE_FETCHES_PER_PASS procedures at
 * most, the rest in the next passes.
 *
 * Returns: %TRUE if everything went through
 */
gboolean
mc_sync_pass_run (McDatabase      *db,
                  McPortalClient  *client,
                  McSyncReport    *report,
                  GCancellable    *cancellable,
                  GError         **error)
{
  memset (report, 0, sizeof *report);

  /* The calendar first: deadlines depend on it. */
  return mc_sync_pass_push (db, client, report, cancellable, error) &&
         mc_sync_pass_pull (db, client, report, cancellable, error) &&
         mc_sync_calendar_pull (db, client, report, cancellable, error) &&
         mc_sync_catalogue_pull (db, client, MC_SYNC_CATALOGUE_PAGE,
                                 MC_SYNC_CATALOGUE_FETCHES_PER_PASS, report, cancellable, error);
}
