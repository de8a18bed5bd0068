/* bench-stats.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Statistics benchmark, on the database bench-dossiers generates (a
 * million dossiers over three years: build-aux/bench keeps it):
 *
 * - the overview of the last whole quarter, as the page refreshes it:
 *   mc_dashboard_store_load(), its figures, charts and lists (target
 *   < 200 ms);
 * - report 06a of the last twelve months, mc_stats_store_load_report()
 *   (target < 500 ms).
 *
 * The first run of each is reported on its own (a cold page cache), the
 * target applies to the median of the next ones.
 *
 * Usage: bench-stats --db PATH [--rounds N]. Exits 0 whether or not the
 * targets are met. */

#include "config.h"

#include <locale.h>
#include <stdlib.h>

#include "mc-dashboard.h"
#include "mc-report-period.h"
#include "mc-stats-store.h"
#include "mc-working-calendar.h"

#define DASHBOARD_TARGET_MS 200.0
#define REPORT_TARGET_MS 500.0

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, values->len / 2);
}

static const char *
verdict (double value,
         double target)
{
  return value < target ? "MET" : "MISSED";
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *path = NULL;
  int rounds = 11;
  g_autoptr(GOptionContext) context = g_option_context_new ("- time the statistics");
  GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, &path, "The database of bench-dossiers", "PATH" },
    { "rounds", 0, 0, G_OPTION_ARG_INT, &rounds, "Runs after the first (11)", "N" },
    { NULL }
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) quarter_from = NULL;
  g_autoptr(GDateTime) quarter_to = NULL;
  g_autoptr(GDateTime) year_to = NULL;
  g_autoptr(GDateTime) year_from = NULL;
  g_autoptr(GArray) overview_times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) report = g_array_new (FALSE, FALSE, sizeof (double));
  double first_dashboard = 0, first_report = 0;
  guint received = 0, fields = 0;
  McReportPeriod quarter;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || path == NULL || rounds < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "bench-stats --db PATH [--rounds N]");
      return 2;
    }

  db = mc_database_open (path, &error);
  if (db == NULL)
    {
      g_printerr ("bench-stats: %s\n", error->message);
      return 1;
    }

  /* The last whole calendar quarter, and the twelve months to today. */
  mc_report_period_containing (MC_REPORT_QUARTER, MC_REPORT_CALENDAR, now, &quarter);
  mc_report_period_step (&quarter, -1);
  mc_report_period_get_range (&quarter, &quarter_from, &quarter_to);
  year_to = g_date_time_ref (now);
  year_from = g_date_time_add_years (now, -1);

  for (int i = 0; i <= rounds; i++)
    {
      g_autoptr(McDashboard) dashboard = NULL;
      g_autoptr(GPtrArray) rows = NULL;
      gint64 start;
      double ms;

      start = g_get_monotonic_time ();
      dashboard = mc_dashboard_store_load (db, quarter_from, quarter_to, now, NULL, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (dashboard == NULL)
        break;
      if (i == 0)
        first_dashboard = ms;
      else
        g_array_append_val (overview_times, ms);
      received = mc_report_counts_get_received (&dashboard->stats->counts);

      start = g_get_monotonic_time ();
      rows = mc_stats_store_load_report (db, year_from, year_to, now, NULL, &error);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (rows == NULL)
        break;
      if (i == 0)
        first_report = ms;
      else
        g_array_append_val (report, ms);
      fields = rows->len;
    }

  if (error != NULL)
    {
      g_printerr ("bench-stats: %s\n", error->message);
      return 1;
    }

  {
    double dashboard_ms = median (overview_times);
    double report_ms = median (report);

    g_print ("  quarter: %u dossiers; year: %u fields\n", received, fields);
    g_print ("  overview, quarter   first %7.1f ms, median %7.1f ms (target < %.0f ms): %s\n",
             first_dashboard, dashboard_ms, DASHBOARD_TARGET_MS,
             verdict (dashboard_ms, DASHBOARD_TARGET_MS));
    g_print ("  report 06a, year    first %7.1f ms, median %7.1f ms (target < %.0f ms): %s\n",
             first_report, report_ms, REPORT_TARGET_MS, verdict (report_ms, REPORT_TARGET_MS));
  }

  return 0;
}
