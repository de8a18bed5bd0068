/* mc-staff-store-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-audit.h"
#include "mc-staff-store.h"

G_BEGIN_DECLS

/* Shared by the files of the staff store (mc-staff-store.c: the accounts,
 * mc-staff-credentials.c: signing in, passwords and the idle lock); not
 * part of its API. All defined in mc-staff-store.c. */

/* The columns _mc_staff_store_from_row() reads, in its order. */
#define STAFF_COLUMNS "id, username, full_name, title, role, active"

McStaff *
_mc_staff_store_from_row (sqlite3_stmt *stmt);

McStaff *
_mc_staff_store_read_by_id (McDatabase  *db,
                            gint64       id,
                            char       **hash,
                            GError     **error);

void
_mc_staff_store_actor_from_staff (McStaff *staff,
                                  McActor *actor);

gboolean
_mc_staff_store_require_administrator (McDatabase     *db,
                                       const McStaff  *actor,
                                       const char     *refusal,
                                       GError        **error);

char *
_mc_staff_store_dup_stripped (const char *text);

G_END_DECLS
