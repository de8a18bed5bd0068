/* mc-dashboard.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-dossier-stats.h"

G_BEGIN_DECLS

/* The dossiers received in a stretch of the period, by channel. */
typedef struct
{
  GDateTime *start;
  guint      counter;
  guint      online;
  guint      postal;
} McTrendBucket;

/* An officer's share of the period's dossiers. */
typedef struct
{
  gint64  officer_id;   /* 0: not handed over yet */
  char   *name;         /* "" for 0 */
  guint   resolved;
  guint   in_time;      /* open at the period's end, within the deadline */
  guint   overdue;
} McOfficerLoad;

/* An open dossier that needs action. */
typedef struct
{
  char      *code;
  char      *applicant;
  char      *procedure;
  char      *officer;   /* "" when not handed over */
  GDateTime *due;
} McDueDossier;

/* What the leader's dashboard shows for a period. */
typedef struct
{
  McDossierStats *stats;
  GPtrArray      *fields;      /* McReportRow, as report 06a */
  gboolean        monthly;     /* the trend's stretches: months, or weeks */
  GArray         *trend;       /* McTrendBucket */
  GPtrArray      *officers;    /* McOfficerLoad, the busiest first */
  GPtrArray      *overdue;     /* McDueDossier, now, the longest overdue first */
  GPtrArray      *due_soon;    /* McDueDossier, now, within one working day */
  /* How many there are: the lists hold MC_DASHBOARD_LIST_LIMIT at most. */
  guint           n_overdue;
  guint           n_due_soon;
} McDashboard;

#define MC_DASHBOARD_LIST_LIMIT 100

McDashboard *mc_dashboard_store_load (McDatabase          *db,
                                      GDateTime           *from,
                                      GDateTime           *to,
                                      GDateTime           *now,
                                      const McStatsFilter *filter,
                                      GError             **error) G_GNUC_WARN_UNUSED_RESULT;
void         mc_dashboard_free       (McDashboard         *dashboard);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McDashboard, mc_dashboard_free)

G_END_DECLS
