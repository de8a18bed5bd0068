/* mc-sync-calendar.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-calendar-store.h"
#include "mc-sync-pass.h"

G_BEGIN_DECLS

/* A day an administrator edited that the portal's calendar sees
 * otherwise. "No entry" means the day follows the weekly rule: Monday to
 * Friday are worked, Saturday and Sunday are not. The kinds, reasons and
 * source are set only where the matching has_ field is TRUE. */
typedef struct
{
  GDate             date;
  gboolean          has_local;      /* FALSE: no local entry (the administrator removed it) */
  McDayKind         local_kind;
  char             *local_reason;
  McCalendarSource  local_source;
  gboolean          has_portal;     /* FALSE: the portal has no entry for the day */
  McDayKind         portal_kind;
  char             *portal_reason;
} McCalendarDifference;

void       mc_calendar_difference_free        (McCalendarDifference  *difference);

gboolean   mc_sync_calendar_pull              (McDatabase            *db,
                                               McPortalClient        *client,
                                               McSyncReport          *report,
                                               GCancellable          *cancellable,
                                               GError               **error);
gboolean   mc_sync_calendar_pull_year         (McDatabase            *db,
                                               McPortalClient        *client,
                                               int                    year,
                                               McSyncReport          *report,
                                               GCancellable          *cancellable,
                                               GError               **error);
GPtrArray *mc_sync_calendar_list_differences  (McDatabase            *db,
                                               GError               **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   mc_sync_calendar_accept            (McDatabase            *db,
                                               const GDate           *date,
                                               GError               **error);
gboolean   mc_sync_calendar_keep_local        (McDatabase            *db,
                                               const GDate           *date,
                                               GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McCalendarDifference, mc_calendar_difference_free)

G_END_DECLS
