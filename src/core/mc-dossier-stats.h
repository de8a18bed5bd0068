/* mc-dossier-stats.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Which dossiers the statistics count; NULL or 0 for all. */
typedef struct
{
  const char *field_code;      /* the procedures' field (lĩnh vực) */
  const char *procedure_code;
  gint64      officer_id;      /* the officer in charge */
  int         channel;         /* 1 in person, 2 online, 3 by post */
} McStatsFilter;

/* The columns of report 06a (Thông tư 01/2020/TT-VPCP): the numbers in
 * parentheses are the report's. (3), (7) and (11) are sums of the others. */
typedef struct
{
  guint received_online;    /* (4) received in the period, online */
  guint received_direct;    /* (5) in person and by post */
  guint carried_over;       /* (6) received before, still open at its start */
  guint resolved_early;     /* (8) */
  guint resolved_on_time;   /* (9) */
  guint resolved_late;      /* (10) */
  guint pending_in_time;    /* (12) open at its end, within the deadline */
  guint pending_overdue;    /* (13) */
} McReportCounts;

guint mc_report_counts_get_received (const McReportCounts *counts);
guint mc_report_counts_get_resolved (const McReportCounts *counts);
guint mc_report_counts_get_pending  (const McReportCounts *counts);
void  mc_report_counts_add          (McReportCounts       *sum,
                                     const McReportCounts *counts);

/* One row of report 06a: a field of procedures. */
typedef struct
{
  char           *field_code;
  char           *field_name;
  McReportCounts  counts;
} McReportRow;

void  mc_report_row_free            (McReportRow          *row);

#define MC_EVALUATION_N_INDICES 9

/* What the leader's dashboard shows of a period. */
typedef struct
{
  McReportCounts counts;
  /* Days from receipt to result, over the dossiers resolved; 0 if none. */
  double         average_days;
  /* Open dossiers, not waiting for the citizen, whose appointment falls
   * within one working day from now. */
  guint          due_soon;
  guint          apologies_given;       /* apology letters of the period */
  guint          apologies_owed;        /* not yet printed, whenever given */
  guint          repeated_supplements;  /* asked to supplement more than once */
  /* The citizens' evaluations given in the period (Thông tư 01/2018). */
  guint          evaluations;
  double         index_averages[MC_EVALUATION_N_INDICES];
  guint          dissatisfied;          /* "Không hài lòng" overall */
  /* Resolved in the period and late or rated "Không hài lòng": QĐ 766's
   * "hài lòng trong tiếp nhận, giải quyết TTHC" leaves them out. */
  guint          resolved_unsatisfactory;
  guint          synced;                /* acknowledged by the portal */
} McDossierStats;

double mc_dossier_stats_get_online_share    (const McDossierStats *stats);
double mc_dossier_stats_get_evaluation_total (const McDossierStats *stats);
double mc_dossier_stats_get_satisfaction    (const McDossierStats *stats);
double mc_dossier_stats_get_sync_coverage   (const McDossierStats *stats);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McReportRow, mc_report_row_free)

G_END_DECLS
