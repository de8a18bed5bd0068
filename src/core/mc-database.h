/* mc-database.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define MC_TYPE_DATABASE (mc_database_get_type ())

G_DECLARE_FINAL_TYPE (McDatabase, mc_database, MC, DATABASE, GObject)

typedef enum
{
  MC_TRANSACTION_READ,
  MC_TRANSACTION_WRITE,
} McTransactionMode;

typedef gboolean (*McDatabaseFunc) (McDatabase  *db,
                                    gpointer     user_data,
                                    GError     **error);

McDatabase   *mc_database_open             (const char         *path,
                                            GError            **error) G_GNUC_WARN_UNUSED_RESULT;
McDatabase   *mc_database_open_at_version  (const char         *path,
                                            guint               version,
                                            GError            **error) G_GNUC_WARN_UNUSED_RESULT;
const char   *mc_database_get_path         (McDatabase         *self);
sqlite3      *mc_database_get_handle       (McDatabase         *self);
gboolean      mc_database_exec             (McDatabase         *self,
                                            const char         *sql,
                                            GError            **error);
sqlite3_stmt *mc_database_prepare          (McDatabase         *self,
                                            const char         *sql,
                                            GError            **error);
void          mc_database_release          (sqlite3_stmt       *stmt);
gboolean      mc_database_step             (McDatabase         *self,
                                            sqlite3_stmt       *stmt,
                                            gboolean           *has_row,
                                            GError            **error);
gboolean      mc_database_begin            (McDatabase         *self,
                                            McTransactionMode   mode,
                                            GError            **error);
gboolean      mc_database_end              (McDatabase         *self,
                                            gboolean            commit,
                                            GError            **error);
gboolean      mc_database_transact         (McDatabase         *self,
                                            McTransactionMode   mode,
                                            McDatabaseFunc      func,
                                            gpointer            user_data,
                                            GError            **error);
guint         mc_database_get_user_version (McDatabase         *self,
                                            GError            **error);
gboolean      mc_database_set_error        (McDatabase         *self,
                                            int                 rc,
                                            GError            **error);

/* A prepared statement borrowed from the cache; releasing it resets it
 * and clears its bindings, so g_autoptr() makes forgetting impossible. */
typedef sqlite3_stmt McStatement;
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McStatement, mc_database_release)

G_END_DECLS
