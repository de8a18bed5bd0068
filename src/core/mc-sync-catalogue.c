/* mc-sync-catalogue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-catalogue"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "mc-catalogue-import.h"
#include "mc-error.h"
#include "mc-json.h"
#include "mc-portal-store.h"
#include "mc-sync-catalogue.h"

/* The procedure catalogue pulled from the portal, during each sync pass.
 *
 * LayDanhSachTTHC lists the procedures of the office with the portal's
 * version of each (PhienBan), a page at a time from a saved cursor.
 * A procedure whose version differs from the one last imported
 * (table catalogue_portal, migration 0009) is fetched with LayThuTuc and
 * imported by the importer of catalogue files, so that search, details
 * and repealed versions behave as for the bundled catalogue. The cursor
 * moves only once everything its page named is stored; at the end of
 * the listing it goes back to the start, so that the next pass sees the
 * procedures the portal changed since (a listing costs one call per 100
 * procedures, and unchanged ones are not fetched).
 *
 * A procedure whose data is invalid is skipped until the portal has a
 * new version of it; one the portal refuses to send is asked for again on
 * the next round. Neither stops the others. A portal without these
 * services does not stop the pass either. */

#define LIST_CURSOR "LayDanhSachTTHC"

static gint64
now_usec (void)
{
  return g_get_real_time ();
}

/* A procedure code as the catalogue stores it: d.dddddd. */
static gboolean
is_procedure_code (const char *code)
{
  if (code == NULL || strlen (code) != 8 || code[1] != '.')
    return FALSE;

  for (guint i = 0; i < 8; i++)
    if (i != 1 && !g_ascii_isdigit (code[i]))
      return FALSE;

  return TRUE;
}

/* One item of the listing: {"MaTTHC", "PhienBan", "TrangThai"}. */
static gboolean
read_summary (JsonNode     *node,
              const char  **code,
              gint64       *version)
{
  JsonObject *object;

  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;

  object = json_node_get_object (node);
  *code = json_object_get_string_member_with_default (object, "MaTTHC", NULL);
  *version = mc_json_get_code (object, "PhienBan", -1);

  return is_procedure_code (*code) && *version >= 1;
}

/*
 * What the pull remembers of each procedure
 */

typedef struct
{
  gint64 version;           /* the portal's version last imported, 0: none */
  gint64 skipped_version;   /* a version that could not be imported, 0: none */
} Known;

static gboolean
load_known (McDatabase  *db,
            const char  *code,
            Known       *known,
            GError     **error)
{
  static const char sql[] =
    "SELECT version, skipped_version FROM catalogue_portal WHERE code = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  known->version = has_row ? sqlite3_column_int64 (stmt, 0) : 0;
  known->skipped_version = has_row ? sqlite3_column_int64 (stmt, 1) : 0;
  return TRUE;
}

static gboolean
remember_imported (McDatabase  *db,
                   const char  *code,
                   gint64       version,
                   GError     **error)
{
  static const char sql[] =
    "INSERT INTO catalogue_portal (code, version, updated_at) VALUES (?1, ?2, ?3) "
    "ON CONFLICT (code) DO UPDATE SET version = excluded.version, skipped_version = 0, "
    "  refused = 0, message = '', updated_at = excluded.updated_at";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, version);
  sqlite3_bind_int64 (stmt, 3, now_usec ());
  return mc_database_step (db, stmt, NULL, error);
}

static gboolean
remember_skipped (McDatabase  *db,
                  const char  *code,
                  gint64       version,
                  gboolean     refused,
                  const char  *message,
                  GError     **error)
{
  static const char sql[] =
    "INSERT INTO catalogue_portal (code, skipped_version, refused, message, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (code) DO UPDATE SET skipped_version = excluded.skipped_version, "
    "  refused = excluded.refused, message = excluded.message, "
    "  updated_at = excluded.updated_at";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, code, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 2, version);
  sqlite3_bind_int (stmt, 3, refused ? 1 : 0);
  sqlite3_bind_text (stmt, 4, message, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 5, now_usec ());
  return mc_database_step (db, stmt, NULL, error);
}

/* A new round of the listing asks again for what the portal refused. */
static gboolean
forget_refusals (McDatabase  *db,
                 GError     **error)
{
  static const char sql[] =
    "UPDATE catalogue_portal SET skipped_version = 0, refused = 0, message = '' "
    "WHERE refused = 1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

  return stmt != NULL && mc_database_step (db, stmt, NULL, error);
}

static gboolean
move_cursor (McDatabase  *db,
             const char  *from,
             const char  *to,
             GError     **error)
{
  /* Written only when it moves: a catalogue the portal leaves empty
   * leaves no trace. */
  if (g_strcmp0 (from, to) == 0)
    return TRUE;

  return mc_portal_store_set_cursor (db, LIST_CURSOR, to, error);
}

/*
 * One procedure
 */

typedef struct
{
  const char     *code;
  gint64          version;
  JsonArray      *records;
  McImportResult  result;
} Import;

/* The records and the version they are, together or not at all. */
static gboolean
import_work (McDatabase  *db,
             gpointer     data,
             GError     **error)
{
  Import *import = data;

  return mc_catalogue_import_records (db, import->code, import->records, &import->result,
                                      error) &&
         remember_imported (db, import->code, import->version, error);
}

/* What the portal sent cannot be stored, as opposed to the database
 * failing: the import was rolled back, and the others go on. */
static gboolean
is_invalid_data (const GError *error)
{
  return error->domain == MC_ERROR ||
         g_error_matches (error, MC_DATABASE_ERROR, MC_DATABASE_ERROR_CONSTRAINT);
}

static gboolean
skip (McDatabase    *db,
      const char    *code,
      gint64         version,
      gboolean       refused,
      const char    *message,
      McSyncReport  *report,
      GError       **error)
{
  g_debug ("Procedure %s, version %" G_GINT64_FORMAT ", skipped: %s", code, version, message);
  report->catalogue_invalid++;
  return remember_skipped (db, code, version, refused, message, error);
}

/* Fetches and imports one procedure. Returns FALSE only for what stops
 * the pull: a transient failure, cancellation, the database. */
static gboolean
fetch_procedure (McDatabase      *db,
                 McPortalClient  *client,
                 const char      *code,
                 gint64           version,
                 McSyncReport    *report,
                 GCancellable    *cancellable,
                 GError         **error)
{
  g_autoptr(JsonObject) params = json_object_new ();
  g_autoptr(JsonObject) answer = NULL;
  g_autoptr(GError) local_error = NULL;
  Import import = { code, version, NULL, { 0, } };

  json_object_set_string_member (params, "maTTHC", code);
  report->calls++;
  answer = mc_portal_client_call (client, "LayThuTuc", params, cancellable, &local_error);
  if (answer == NULL)
    {
      if (g_error_matches (local_error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_REJECTED))
        return skip (db, code, version, TRUE, local_error->message, report, error);

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  import.records = mc_json_get_array (answer, "result");
  if (import.records == NULL)
    return skip (db, code, version, TRUE, _("The portal’s answer has no “result” list."),
                 report, error);

  if (!mc_database_transact (db, MC_TRANSACTION_WRITE, import_work, &import, &local_error))
    {
      if (is_invalid_data (local_error))
        return skip (db, code, version, FALSE, local_error->message, report, error);

      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  report->catalogue_imported++;
  if (import.result.added + import.result.updated > 0)
    report->catalogue_changed++;
  return TRUE;
}

/*
 * The listing
 */

static gboolean
garbled (GError **error)
{
  g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_TRANSIENT,
                       _("The portal’s list of procedures is garbled."));
  return FALSE;
}

/**
 * mc_sync_catalogue_pull:
 * @db: the database, a connection of the sync's own
 * @client: the portal
 * @page_size: procedures per page of the listing
 * @max_fetches: procedures fetched (LayThuTuc) at most
 * @report: (inout): what was done, added to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Lists the portal's procedures from the saved cursor to the end, and
 * fetches and imports each whose version changed since it was last
 * imported, @max_fetches at most: the page where that bound is reached is
 * listed again by the next pass, which fetches the rest. Invalid
 * procedures are counted in @report and skipped. A portal that refuses
 * the listing (it does not offer the catalogue) is recorded in @report,
 * and the pull succeeds without doing anything.
 *
 * Returns: %FALSE on a transient failure, cancellation, or a database
 *   error; what was imported before stays
 */
gboolean
mc_sync_catalogue_pull (McDatabase      *db,
                        McPortalClient  *client,
                        guint            page_size,
                        guint            max_fetches,
                        McSyncReport    *report,
                        GCancellable    *cancellable,
                        GError         **error)
{
  guint fetches = 0;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (MC_IS_PORTAL_CLIENT (client), FALSE);
  g_return_val_if_fail (page_size > 0, FALSE);
  g_return_val_if_fail (report != NULL, FALSE);

  for (;;)
    {
      g_autofree char *cursor = mc_portal_store_get_cursor (db, LIST_CURSOR, error);
      g_autoptr(JsonObject) params = json_object_new ();
      g_autoptr(JsonObject) answer = NULL;
      g_autoptr(GError) local_error = NULL;
      gboolean complete = TRUE;
      gboolean at_end;
      gint64 remaining;
      const char *next;
      JsonArray *data;
      guint n;

      if (cursor == NULL)
        return FALSE;

      json_object_set_string_member (params, "sau", cursor);
      json_object_set_int_member (params, "gioihan", page_size);
      report->calls++;
      answer = mc_portal_client_call (client, "LayDanhSachTTHC", params, cancellable,
                                      &local_error);
      if (answer == NULL)
        {
          if (g_error_matches (local_error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_REJECTED))
            {
              g_debug ("No catalogue from the portal: %s", local_error->message);
              report->catalogue_unsupported = TRUE;
              return TRUE;
            }
          g_propagate_error (error, g_steal_pointer (&local_error));
          return FALSE;
        }

      data = mc_json_get_array (answer, "data");
      next = json_object_get_string_member_with_default (answer, "cursor", NULL);
      n = data != NULL ? json_array_get_length (data) : 0;
      if (data == NULL || (n > 0 && next == NULL))
        return garbled (error);

      /* "conlai" is optional here: without it, a short page is the last. */
      remaining = mc_json_get_code (answer, "conlai", -1);
      at_end = n == 0 || remaining == 0 || (remaining < 0 && n < page_size);

      for (guint i = 0; i < n; i++)
        {
          const char *code;
          gint64 version;
          Known known;

          if (!read_summary (json_array_get_element (data, i), &code, &version))
            {
              report->catalogue_invalid++;
              continue;
            }

          if (!load_known (db, code, &known, error))
            return FALSE;
          /* Another version, newer or after the portal was reset. */
          if (version == known.version || version == known.skipped_version)
            continue;

          if (fetches >= max_fetches)
            {
              report->catalogue_deferred++;
              complete = FALSE;
              continue;
            }

          fetches++;
          if (!fetch_procedure (db, client, code, version, report, cancellable, error))
            return FALSE;
        }

      /* The next pass lists this page again and fetches the rest. */
      if (!complete)
        return TRUE;

      if (at_end)
        return forget_refusals (db, error) && move_cursor (db, cursor, "", error);

      if (!move_cursor (db, cursor, next, error))
        return FALSE;
      /* A portal that sends the same cursor again would loop. */
      if (g_strcmp0 (cursor, next) == 0)
        return TRUE;
    }
}
