/* mc-dossier-stats.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-stats"

#include "config.h"

#include "mc-dossier-stats.h"

/* The figures of a period and what is derived from them. The identities
 * of report 06a hold by construction: each dossier counted falls in
 * exactly one of (4), (5), (6), and in exactly one of (8), (9), (10),
 * (12), (13). */

/**
 * mc_report_counts_get_received:
 * @counts: a row's figures
 *
 * Returns: column (3), (4) + (5) + (6)
 */
guint
mc_report_counts_get_received (const McReportCounts *counts)
{
  return counts->received_online + counts->received_direct + counts->carried_over;
}

/**
 * mc_report_counts_get_resolved:
 * @counts: a row's figures
 *
 * Returns: column (7), (8) + (9) + (10)
 */
guint
mc_report_counts_get_resolved (const McReportCounts *counts)
{
  return counts->resolved_early + counts->resolved_on_time + counts->resolved_late;
}

/**
 * mc_report_counts_get_pending:
 * @counts: a row's figures
 *
 * Returns: column (11), (12) + (13)
 */
guint
mc_report_counts_get_pending (const McReportCounts *counts)
{
  return counts->pending_in_time + counts->pending_overdue;
}

/**
 * mc_report_counts_add:
 * @sum: the totals, added to
 * @counts: a row's figures
 */
void
mc_report_counts_add (McReportCounts       *sum,
                      const McReportCounts *counts)
{
  sum->received_online += counts->received_online;
  sum->received_direct += counts->received_direct;
  sum->carried_over += counts->carried_over;
  sum->resolved_early += counts->resolved_early;
  sum->resolved_on_time += counts->resolved_on_time;
  sum->resolved_late += counts->resolved_late;
  sum->pending_in_time += counts->pending_in_time;
  sum->pending_overdue += counts->pending_overdue;
}

void
mc_report_row_free (McReportRow *row)
{
  if (row == NULL)
    return;

  g_free (row->field_code);
  g_free (row->field_name);
  g_free (row);
}

/**
 * mc_dossier_stats_get_online_share:
 * @stats: a period's figures
 *
 * Returns: the share of the period's dossiers received online, from 0 to
 *   1; 0 when none was received
 */
double
mc_dossier_stats_get_online_share (const McDossierStats *stats)
{
  guint received = stats->counts.received_online + stats->counts.received_direct;

  return received > 0 ? (double) stats->counts.received_online / received : 0;
}

/**
 * mc_dossier_stats_get_evaluation_total:
 * @stats: a period's figures
 *
 * Returns: the sum of the nine indices' averages, out of 18; 0 without
 *   any evaluation
 */
double
mc_dossier_stats_get_evaluation_total (const McDossierStats *stats)
{
  double total = 0;

  for (guint i = 0; i < MC_EVALUATION_N_INDICES; i++)
    total += stats->index_averages[i];

  return total;
}

/**
 * mc_dossier_stats_get_satisfaction:
 * @stats: a period's figures
 *
 * QĐ 766/QĐ-TTg's "hài lòng trong tiếp nhận, giải quyết TTHC": the
 * dossiers resolved, less those resolved late or rated "Không hài lòng",
 * over the dossiers resolved.
 *
 * Returns: from 0 to 1, or -1 when nothing was resolved
 */
double
mc_dossier_stats_get_satisfaction (const McDossierStats *stats)
{
  guint resolved = mc_report_counts_get_resolved (&stats->counts);

  if (resolved == 0)
    return -1;

  return (double) (resolved - MIN (stats->resolved_unsatisfactory, resolved)) / resolved;
}

/**
 * mc_dossier_stats_get_sync_coverage:
 * @stats: a period's figures
 *
 * Returns: the share of the period's dossiers whose latest version the
 *   portal acknowledged, from 0 to 1; 0 when there is none
 */
double
mc_dossier_stats_get_sync_coverage (const McDossierStats *stats)
{
  guint received = mc_report_counts_get_received (&stats->counts);

  return received > 0 ? (double) MIN (stats->synced, received) / received : 0;
}
