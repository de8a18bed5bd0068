/* mc-sync-test-util.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier-store.h"
#include "mc-sync-calendar.h"
#include "mc-sync-pass.h"
#include "mc-sync-queue.h"
#include "mc-test-portal.h"
#include "mc-test-util.h"

G_BEGIN_DECLS

/* The account and codes the test portal of the sync tests knows; the
 * commune is mc_test_open_office_database()'s. */
#define MC_SYNC_TEST_USERNAME "motcua-tanlap"
#define MC_SYNC_TEST_PASSWORD "mat-khau-cong"
#define MC_SYNC_TEST_DSTCODE  "H56.LGSP"
#define MC_SYNC_TEST_MADONVI  MC_TEST_AGENCY

/* The clerk at QUAY-1 the sync tests act as, an administrator. */
extern const McActor mc_sync_test_clerk;

/**
 * McSyncTestFlags:
 * @MC_SYNC_TEST_OFFICE: the database holds the small catalogue and the
 *   commune's identity (mc_test_open_office_database()); without it, the
 *   database is empty but for its schema
 * @MC_SYNC_TEST_PORTAL: a test portal listens on this thread's main
 *   context
 * @MC_SYNC_TEST_WORKER: a database worker is open on the database file
 * @MC_SYNC_TEST_QUEUE: a #McSyncQueue on that worker (implies
 *   @MC_SYNC_TEST_WORKER), its "changed" counted in n_changed
 *
 * What mc_sync_test_setup() prepares besides the folder and database.
 */
typedef enum
{
  MC_SYNC_TEST_OFFICE = 1 << 0,
  MC_SYNC_TEST_PORTAL = 1 << 1,
  MC_SYNC_TEST_WORKER = 1 << 2,
  MC_SYNC_TEST_QUEUE  = 1 << 3,
} McSyncTestFlags;

/* The fixture of the sync tests: a workstation's database in a folder of
 * its own, the portal it syncs with, and what the UI reaches it through.
 * Members a flag did not ask for are NULL. */
typedef struct
{
  char         *dir;
  char         *path;        /* the database's file, in dir */
  McDatabase   *db;
  McTestPortal *portal;
  char         *url;         /* the portal's */
  McDbWorker   *worker;
  McSyncQueue  *queue;
  guint         n_changed;   /* "changed" of queue and mc_sync_test_count_changes() */
} McSyncTest;

/**
 * McSyncTestFunc:
 * @db: the database
 * @client: a client of the portal, made on the calling thread
 * @report: where to report, zeroed
 * @user_data: the data given to mc_sync_test_run()
 * @error: return location for a #GError
 *
 * A sync, or part of one, to run on a thread of its own.
 *
 * Returns: whether it succeeded
 */
typedef gboolean (*McSyncTestFunc) (McDatabase      *db,
                                    McPortalClient  *client,
                                    McSyncReport    *report,
                                    gpointer         user_data,
                                    GError         **error);

/* The fixture, and the start of main(). */
void                  mc_sync_test_init                (int               *argc,
                                                        char            ***argv);
void                  mc_sync_test_setup               (McSyncTest        *test,
                                                        const char        *name,
                                                        const char        *db_file,
                                                        McSyncTestFlags    flags);
void                  mc_sync_test_teardown            (McSyncTest        *test,
                                                        gconstpointer      data);
McDatabase           *mc_sync_test_open_workstation    (McSyncTest        *test,
                                                        const char        *db_file)
                                                        G_GNUC_WARN_UNUSED_RESULT;
void                  mc_sync_test_count_changes       (McSyncTest        *test,
                                                        gpointer           instance);
void                  mc_sync_test_save_settings       (McSyncTest        *test);

/* The office's work, in November 2026. */
GDateTime            *mc_sync_test_moment              (int                day,
                                                        int                hour,
                                                        int                minute)
                                                        G_GNUC_WARN_UNUSED_RESULT;
gint64                mc_sync_test_usec                (int                day,
                                                        int                hour,
                                                        int                minute);
void                  mc_sync_test_take                (McDatabase        *db,
                                                        const char        *code,
                                                        McDossierAction    action,
                                                        int                day,
                                                        int                hour);
void                  mc_sync_test_assert_outbox_empty (McDatabase        *db);

/* Syncs run as the app runs them. */
gboolean              mc_sync_test_run                 (McDatabase        *db,
                                                        const char        *url,
                                                        const char        *password,
                                                        McSyncTestFunc     func,
                                                        gpointer           user_data,
                                                        McSyncReport      *report,
                                                        GError           **error);
gboolean              mc_sync_test_run_pass            (McDatabase        *db,
                                                        const char        *url,
                                                        McSyncReport      *report,
                                                        GError           **error);
gboolean              mc_sync_test_whole_pass          (McDatabase        *db,
                                                        McPortalClient    *client,
                                                        McSyncReport      *report,
                                                        gpointer           user_data,
                                                        GError           **error);
gboolean              mc_sync_test_pull_year           (McDatabase        *db,
                                                        McPortalClient    *client,
                                                        McSyncReport      *report,
                                                        gpointer           user_data,
                                                        GError           **error);

/* The official calendar, as the portal sends it (LayLichNghi). */
void                  mc_sync_test_add_day             (JsonArray         *days,
                                                        const char        *date,
                                                        const char        *kind,
                                                        const char        *note);
JsonArray            *mc_sync_test_statutory_days      (int                year,
                                                        const char        *skip)
                                                        G_GNUC_WARN_UNUSED_RESULT;
McCalendarDifference *mc_sync_test_find_difference     (GPtrArray         *differences,
                                                        const char        *iso);

G_END_DECLS
