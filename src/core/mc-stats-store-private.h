/* mc-stats-store-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-stats-store.h"

G_BEGIN_DECLS

/* Where a dossier of a period stands at its end. */
typedef enum
{
  MC_OUTCOME_EARLY,
  MC_OUTCOME_ON_TIME,
  MC_OUTCOME_LATE,
  MC_OUTCOME_PENDING_IN_TIME,
  MC_OUTCOME_PENDING_OVERDUE,
} McOutcome;

/* One dossier of a period, as the statistics read it. */
typedef struct
{
  gint64   id;
  gint64   procedure_id;
  int      channel;
  gint64   received;
  gint64   finished;     /* 0: open */
  gboolean paused;
  gint64   due;          /* the appointment before any apology */
  gint64   assignee_id;
  guint    supplement_requests;
} McScannedDossier;

/* Called for each dossier of the period that passes the filter. */
typedef void (*McStatsVisitor) (const McScannedDossier *dossier,
                                McOutcome               outcome,
                                gpointer                user_data);

void            _mc_stats_store_bind_filter   (sqlite3_stmt      *stmt,
                                                const McStatsFilter *filter);
GDateTime      *_mc_stats_store_due_soon_limit (McDatabase        *db,
                                                GDateTime         *now,
                                                GError           **error);
McDossierStats *_mc_stats_store_load_full (McDatabase          *db,
                                           GDateTime           *from,
                                           GDateTime           *to,
                                           GDateTime           *now,
                                           const McStatsFilter *filter,
                                           McStatsVisitor       visitor,
                                           gpointer             user_data,
                                           GPtrArray          **rows,
                                           GError             **error);

G_END_DECLS
