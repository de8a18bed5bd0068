/* mc-test-util.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-db-worker.h"

G_BEGIN_DECLS

void    mc_test_remove_tree      (const char *path);
char   *mc_test_make_tmp_dir     (const char *tmpl) G_GNUC_WARN_UNUSED_RESULT;
char   *mc_test_data_path        (const char *name) G_GNUC_WARN_UNUSED_RESULT;
GBytes *mc_test_read_bytes       (const char *path) G_GNUC_WARN_UNUSED_RESULT;
GBytes *mc_test_load_fixture     (const char *name) G_GNUC_WARN_UNUSED_RESULT;
char   *mc_test_query_text       (McDatabase *db,
                                  const char *sql) G_GNUC_WARN_UNUSED_RESULT;
gint64  mc_test_sqlite_query_int (sqlite3    *handle,
                                  const char *sql);
gint64  mc_test_query_int        (McDatabase *db,
                                  const char *sql);

/* The agency code of mc_test_open_office_database()'s office. */
#define MC_TEST_AGENCY "000.17.22.H56"

McDatabase *mc_test_open_office_database (const char *path,
                                          gboolean    with_identity) G_GNUC_WARN_UNUSED_RESULT;

/* Asynchronous calls answered on this thread's main context: pass
 * mc_test_got_result_cb with a GAsyncResult * set to NULL, then finish
 * with mc_test_wait_for_result() of it. */
void          mc_test_got_result_cb   (GObject       *object,
                                       GAsyncResult  *result,
                                       gpointer       user_data);
GAsyncResult *mc_test_wait_for_result (GAsyncResult **slot);
McDbWorker   *mc_test_open_worker     (const char    *path) G_GNUC_WARN_UNUSED_RESULT;

void          mc_test_set_date        (GDate         *date,
                                       const char    *iso);

G_END_DECLS
