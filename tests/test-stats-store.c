/* test-stats-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-dashboard.h"
#include "mc-dossier-store.h"
#include "mc-report-06a.h"
#include "mc-report-period.h"
#include "mc-stats-store.h"
#include "mc-test-util.h"
#include "mc-working-calendar.h"

/* The statistics of report 06a and the dashboard, against figures
 * counted by hand: one office, the first quarter of 2026, a dossier for
 * each case (carried over, resolved early, on time to the minute, late,
 * late despite an apology, withdrawn, waiting for a supplement, refused
 * at the counter, received after the period). The small catalogue of
 * tests/data: 1.000894 (Hộ tịch) takes 5 working days, 1.001776 (Bảo
 * trợ xã hội) 10. */

#define MARRIAGE "1.000894"
#define ALLOWANCE "1.001776"

static const McActor admin = { 0, "motcua-cli", "", MC_STAFF_ROLE_ADMINISTRATOR, "PC-1" };

typedef struct
{
  char       *dir;
  McDatabase *db;
  GDateTime  *from;       /* the first quarter of 2026 */
  GDateTime  *to;
  GDateTime  *now;        /* 9 April 2026, 09:00 */
  gint64      officer_id;
  gint64      processing_usec;  /* receipt to end, over the resolved */
} Fixture;

static GDateTime *
moment (int year,
        int month,
        int day,
        int hour,
        int minute)
{
  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

static char *
receive (Fixture    *fixture,
         const char *procedure,
         McChannel   channel,
         GDateTime  *when)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  McDossierDraft draft = { 0, };

  draft.procedure_code = procedure;
  draft.channel = channel;
  draft.applicant_name = "Nguyễn Văn Bình";
  dossier = mc_dossier_store_receive (fixture->db, &draft, &admin, when, &error);
  g_assert_no_error (error);
  return g_strdup (mc_dossier_get_code (dossier));
}

static void
take_full (Fixture          *fixture,
           const char       *code,
           McDossierAction   action,
           const char       *note,
           GDateTime        *new_due,
           const char       *details,
           gint64            receiver_id,
           const McActor    *actor,
           GDateTime        *when)
{
  g_autoptr(GError) error = NULL;
  McTransitionParams params = { .note = note, .new_due_at = new_due, .details = details,
                                .receiver_id = receiver_id };

  mc_dossier_store_transition (fixture->db, code, action, actor, &params, when, &error);
  g_assert_no_error (error);
}

static void
take (Fixture         *fixture,
      const char      *code,
      McDossierAction  action,
      const char      *note,
      GDateTime       *when)
{
  take_full (fixture, code, action, note, NULL, NULL, 0, &admin, when);
}

/* Handed over and taken at receipt, processing ends at @end. */
static void
resolve (Fixture    *fixture,
         const char *code,
         GDateTime  *received,
         GDateTime  *end)
{
  take (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, NULL, received);
  take (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, NULL, received);
  if (end != NULL)
    {
      take (fixture, code, MC_DOSSIER_ACTION_MARK_PROCESSED, NULL, end);
      fixture->processing_usec += g_date_time_difference (end, received);
    }
}

static GDateTime *
due_of (Fixture    *fixture,
        const char *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = mc_dossier_store_load (fixture->db, code, &error);

  g_assert_no_error (error);
  return g_date_time_ref (mc_dossier_get_due_at (dossier));
}

static void
add_days (GDateTime **moment_inout,
          int         days)
{
  GDateTime *moved = g_date_time_add_days (*moment_inout, days);

  g_date_time_unref (*moment_inout);
  *moment_inout = moved;
}

static void
seed (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;

  /* A: received before the quarter, still open, long overdue. */
  {
    g_autoptr(GDateTime) received = moment (2025, 12, 22, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);

    resolve (fixture, code, received, NULL);
  }

  /* B: received before, resolved in it, late: due 29 December. */
  {
    g_autoptr(GDateTime) received = moment (2025, 12, 22, 9, 0);
    g_autoptr(GDateTime) end = moment (2026, 1, 5, 10, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);
    g_autoptr(GDateTime) due = due_of (fixture, code);
    g_autoptr(GDateTime) quarter = moment (2026, 1, 1, 0, 0);

    g_assert_cmpint (g_date_time_compare (due, quarter), <, 0);
    resolve (fixture, code, received, end);
  }

  /* C: received and resolved before the quarter: not in it. */
  {
    g_autoptr(GDateTime) received = moment (2025, 12, 1, 8, 0);
    g_autoptr(GDateTime) end = moment (2025, 12, 3, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);

    take (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, NULL, received);
    take (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, NULL, received);
    take (fixture, code, MC_DOSSIER_ACTION_MARK_PROCESSED, NULL, end);
  }

  /* D: online, resolved the day before its appointment: early. */
  {
    g_autoptr(GDateTime) received = moment (2026, 1, 12, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_ONLINE, received);
    g_autoptr(GDateTime) end = due_of (fixture, code);

    add_days (&end, -1);
    resolve (fixture, code, received, end);
  }

  /* E: resolved at the very moment of its appointment: on time. Returned
   * and rated "Không hài lòng", one point on every index. It is the
   * officer's. */
  {
    g_autoptr(GDateTime) received = moment (2026, 2, 2, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);
    g_autoptr(GDateTime) end = due_of (fixture, code);
    McActor officer = { fixture->officer_id, "Trần Văn Hùng", "", MC_STAFF_ROLE_OFFICER, "PC-2" };
    g_autoptr(GDateTime) returned = g_date_time_add_hours (end, 1);

    take_full (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, NULL, NULL, NULL, fixture->officer_id,
               &admin, received);
    take_full (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, NULL, NULL, NULL, 0, &officer, received);
    take (fixture, code, MC_DOSSIER_ACTION_MARK_PROCESSED, NULL, end);
    fixture->processing_usec += g_date_time_difference (end, received);
    take_full (fixture, code, MC_DOSSIER_ACTION_RETURN_RESULT, NULL, NULL,
               "{\"recipient\": \"Nguyễn Văn Bình\", \"method\": \"counter\"}", 0, &admin, returned);
    take_full (fixture, code, MC_DOSSIER_ACTION_EVALUATE, NULL, NULL,
               "{\"indices\": {\"1\": 1, \"2\": 1, \"3\": 1, \"4\": 1, \"5\": 1, \"6\": 1, "
               "\"7\": 1, \"8\": 1, \"9\": 1}, \"overall\": \"Không hài lòng\"}",
               0, &admin, returned);
  }

  /* F: ten working days; an apology gives a new date a week later, and
   * the dossier is resolved two days after its first appointment: still
   * late. */
  {
    g_autoptr(GDateTime) received = moment (2026, 3, 2, 8, 0);
    g_autofree char *code = receive (fixture, ALLOWANCE, MC_CHANNEL_COUNTER, received);
    g_autoptr(GDateTime) due = due_of (fixture, code);
    g_autoptr(GDateTime) apology = g_date_time_add_days (due, -1);
    g_autoptr(GDateTime) new_due = g_date_time_add_days (due, 7);
    g_autoptr(GDateTime) end = g_date_time_add_days (due, 2);

    take (fixture, code, MC_DOSSIER_ACTION_HAND_OVER, NULL, received);
    take (fixture, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, NULL, received);
    take_full (fixture, code, MC_DOSSIER_ACTION_APOLOGIZE, "Chờ xác minh", new_due, NULL, 0,
               &admin, apology);
    take (fixture, code, MC_DOSSIER_ACTION_MARK_PROCESSED, NULL, end);
    fixture->processing_usec += g_date_time_difference (end, received);
  }

  /* G: waiting for the citizen's supplement at the quarter's end. */
  {
    g_autoptr(GDateTime) received = moment (2026, 3, 4, 8, 0);
    g_autoptr(GDateTime) asked = moment (2026, 3, 5, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);

    resolve (fixture, code, received, NULL);
    take (fixture, code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, "Thiếu tờ khai", asked);
  }

  /* H: received on the quarter's last Monday, due after its end. */
  {
    g_autoptr(GDateTime) received = moment (2026, 3, 30, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_POSTAL, received);

    resolve (fixture, code, received, NULL);
  }

  /* I: refused at the counter: never received. */
  {
    g_autoptr(GDateTime) when = moment (2026, 2, 10, 8, 0);
    g_autoptr(McDossier) dossier = NULL;
    McDossierDraft draft = { 0, };

    draft.procedure_code = MARRIAGE;
    draft.applicant_name = "Đỗ Thị Hằng";
    draft.refused = TRUE;
    draft.refusal_reason = "Không thuộc thẩm quyền";
    dossier = mc_dossier_store_receive (fixture->db, &draft, &admin, when, &error);
    g_assert_no_error (error);
  }

  /* J: withdrawn by the citizen the day after receipt: resolved early. */
  {
    g_autoptr(GDateTime) received = moment (2026, 1, 19, 8, 0);
    g_autoptr(GDateTime) end = moment (2026, 1, 20, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);

    take (fixture, code, MC_DOSSIER_ACTION_WITHDRAW, NULL, end);
    fixture->processing_usec += g_date_time_difference (end, received);
  }

  /* K: received after the quarter, due within a working day of now. */
  {
    g_autoptr(GDateTime) received = moment (2026, 4, 3, 8, 0);
    g_autofree char *code = receive (fixture, MARRIAGE, MC_CHANNEL_COUNTER, received);

    resolve (fixture, code, received, NULL);
  }
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-stats-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_test_open_office_database (path, TRUE);
  fixture->from = moment (2026, 1, 1, 0, 0);
  fixture->to = moment (2026, 4, 1, 0, 0);
  fixture->now = moment (2026, 4, 9, 9, 0);

  g_assert_true (mc_database_exec (fixture->db,
                                   "INSERT INTO staff (username, full_name, role, password_hash, "
                                   "created_at) VALUES ('hung', 'Trần Văn Hùng', 1, 'x', 0)",
                                   &error));
  g_assert_no_error (error);
  fixture->officer_id = mc_test_query_int (fixture->db, "SELECT id FROM staff WHERE username = 'hung'");

  if (data != NULL)
    seed (fixture);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_pointer (&fixture->from, g_date_time_unref);
  g_clear_pointer (&fixture->to, g_date_time_unref);
  g_clear_pointer (&fixture->now, g_date_time_unref);
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static McDossierStats *
load (Fixture             *fixture,
      const McStatsFilter *filter)
{
  g_autoptr(GError) error = NULL;
  McDossierStats *stats = mc_stats_store_load (fixture->db, fixture->from, fixture->to,
                                               fixture->now, filter, &error);

  g_assert_no_error (error);
  g_assert_nonnull (stats);
  return stats;
}

static void
assert_counts (const McReportCounts *counts,
               guint                 online,
               guint                 direct,
               guint                 carried,
               guint                 early,
               guint                 on_time,
               guint                 late,
               guint                 in_time,
               guint                 overdue)
{
  g_assert_cmpuint (counts->received_online, ==, online);
  g_assert_cmpuint (counts->received_direct, ==, direct);
  g_assert_cmpuint (counts->carried_over, ==, carried);
  g_assert_cmpuint (counts->resolved_early, ==, early);
  g_assert_cmpuint (counts->resolved_on_time, ==, on_time);
  g_assert_cmpuint (counts->resolved_late, ==, late);
  g_assert_cmpuint (counts->pending_in_time, ==, in_time);
  g_assert_cmpuint (counts->pending_overdue, ==, overdue);
}

/* The quarter, counted by hand:
 * (4) D; (5) E F G H J; (6) A B; (8) D J; (9) E; (10) B F; (12) G H;
 * (13) A. C ended before it, I was refused, K came after it. */
static void
test_quarter (Fixture       *fixture,
              gconstpointer  data)
{
  g_autofree McDossierStats *stats = load (fixture, NULL);
  double expected_days = (double) fixture->processing_usec / 5 / G_TIME_SPAN_DAY;

  assert_counts (&stats->counts, 1, 5, 2, 2, 1, 2, 2, 1);
  g_assert_cmpuint (mc_report_counts_get_received (&stats->counts), ==, 8);
  g_assert_cmpuint (mc_report_counts_get_resolved (&stats->counts), ==, 5);
  g_assert_cmpuint (mc_report_counts_get_pending (&stats->counts), ==, 3);

  g_assert_cmpfloat_with_epsilon (mc_dossier_stats_get_online_share (stats), 1.0 / 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (stats->average_days, expected_days, 1e-6);

  /* F's apology, never printed. */
  g_assert_cmpuint (stats->apologies_given, ==, 1);
  g_assert_cmpuint (stats->apologies_owed, ==, 1);
  /* G was asked once: not more. */
  g_assert_cmpuint (stats->repeated_supplements, ==, 0);

  /* E's evaluation: one point on each of the nine indices. */
  g_assert_cmpuint (stats->evaluations, ==, 1);
  g_assert_cmpuint (stats->dissatisfied, ==, 1);
  for (guint i = 0; i < MC_EVALUATION_N_INDICES; i++)
    g_assert_cmpfloat_with_epsilon (stats->index_averages[i], 1.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (mc_dossier_stats_get_evaluation_total (stats), 9.0, 1e-9);

  /* QĐ 766: of the five resolved, B and F were late and E's citizen was
   * not satisfied: 2 of 5. */
  g_assert_cmpuint (stats->resolved_unsatisfactory, ==, 3);
  g_assert_cmpfloat_with_epsilon (mc_dossier_stats_get_satisfaction (stats), 0.4, 1e-9);

  /* K is due within a working day of 9 April, 09:00. */
  g_assert_cmpuint (stats->due_soon, ==, 1);

  /* Nothing is synchronised yet. */
  g_assert_cmpfloat (mc_dossier_stats_get_sync_coverage (stats), ==, 0);
}

/* One row per field, by name; their sum is the quarter's total. */
static void
test_report_rows (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = mc_stats_store_load_report (fixture->db, fixture->from, fixture->to,
                                                          fixture->now, NULL, &error);
  g_autofree char *csv = NULL;
  McReportRow *row;
  McReportCounts total;

  g_assert_no_error (error);
  g_assert_cmpuint (rows->len, ==, 2);

  row = g_ptr_array_index (rows, 0);
  g_assert_cmpstr (row->field_code, ==, "BAOTROXAHOI");
  g_assert_cmpstr (row->field_name, ==, "Bảo trợ xã hội");
  assert_counts (&row->counts, 0, 1, 0, 0, 0, 1, 0, 0);

  row = g_ptr_array_index (rows, 1);
  g_assert_cmpstr (row->field_code, ==, "HOTICH");
  assert_counts (&row->counts, 1, 4, 2, 2, 1, 1, 2, 1);

  mc_report_06a_get_total (rows, &total);
  assert_counts (&total, 1, 5, 2, 2, 1, 2, 2, 1);

  csv = mc_report_06a_to_csv (rows, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (csv, "\xEF\xBB\xBFSTT,\"Lĩnh vực, công việc giải quyết theo cấp\","));
  g_assert_nonnull (strstr (csv, "\r\n(1),(2),(3),(4),(5),(6),(7),(8),(9),(10),(11),(12),(13)\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n1,Bảo trợ xã hội,1,0,1,0,1,0,0,1,0,0,0\r\n"));
  g_assert_nonnull (strstr (csv, "\r\n2,Hộ tịch,7,1,4,2,4,2,1,1,3,2,1\r\n"));
  g_assert_true (g_str_has_suffix (csv, "\r\n,Tổng cộng,8,1,5,2,5,2,1,2,3,2,1\r\n"));
}

static void
test_filters (Fixture       *fixture,
              gconstpointer  data)
{
  McStatsFilter field = { .field_code = "BAOTROXAHOI" };
  McStatsFilter procedure = { .procedure_code = ALLOWANCE };
  McStatsFilter online = { .channel = MC_CHANNEL_ONLINE };
  McStatsFilter postal = { .channel = MC_CHANNEL_POSTAL };
  McStatsFilter officer = { .officer_id = fixture->officer_id };
  g_autofree McDossierStats *by_field = load (fixture, &field);
  g_autofree McDossierStats *by_procedure = load (fixture, &procedure);
  g_autofree McDossierStats *by_online = load (fixture, &online);
  g_autofree McDossierStats *by_postal = load (fixture, &postal);
  g_autofree McDossierStats *by_officer = load (fixture, &officer);

  assert_counts (&by_field->counts, 0, 1, 0, 0, 0, 1, 0, 0);
  g_assert_cmpuint (by_field->apologies_given, ==, 1);
  g_assert_cmpuint (by_field->evaluations, ==, 0);
  assert_counts (&by_procedure->counts, 0, 1, 0, 0, 0, 1, 0, 0);
  assert_counts (&by_online->counts, 1, 0, 0, 1, 0, 0, 0, 0);
  assert_counts (&by_postal->counts, 0, 1, 0, 0, 0, 0, 1, 0);
  /* E is Hùng's; so is its evaluation, and K is not. */
  assert_counts (&by_officer->counts, 0, 1, 0, 0, 1, 0, 0, 0);
  g_assert_cmpuint (by_officer->evaluations, ==, 1);
  g_assert_cmpuint (by_officer->due_soon, ==, 0);
}

/* The fourth quarter of 2025, once over and while it ran: A and B, open
 * at its end and due 29 December, are overdue at its end, but were within
 * their deadline on 24 December. C was resolved early. */
static void
test_period_not_over (Fixture       *fixture,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = moment (2025, 10, 1, 0, 0);
  g_autoptr(GDateTime) to = moment (2026, 1, 1, 0, 0);
  g_autoptr(GDateTime) running = moment (2025, 12, 24, 9, 0);
  g_autoptr(GPtrArray) over = NULL;
  g_autoptr(GPtrArray) not_over = NULL;
  McReportCounts total;

  over = mc_stats_store_load_report (fixture->db, from, to, fixture->now, NULL, &error);
  g_assert_no_error (error);
  mc_report_06a_get_total (over, &total);
  assert_counts (&total, 0, 3, 0, 1, 0, 0, 0, 2);

  not_over = mc_stats_store_load_report (fixture->db, from, to, running, NULL, &error);
  g_assert_no_error (error);
  mc_report_06a_get_total (not_over, &total);
  assert_counts (&total, 0, 3, 0, 1, 0, 0, 2, 0);
}

/* A dossier asked twice to supplement, as an online filing may be before
 * and after its acceptance. */
static void
test_repeated_supplements (Fixture       *fixture,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree McDossierStats *stats = NULL;

  g_assert_true (mc_database_exec (fixture->db,
                                   "UPDATE dossier SET supplement_requests = supplement_requests + 1 "
                                   "WHERE status = 5", &error));
  g_assert_no_error (error);
  g_assert_cmpint (mc_test_query_int (fixture->db,
                                      "SELECT count (*) FROM dossier WHERE supplement_requests = 2"),
                   ==, 1);
  stats = load (fixture, NULL);
  g_assert_cmpuint (stats->repeated_supplements, ==, 1);
}

/* The dashboard of the quarter: intake by week and channel, each
 * officer's share, and what needs action on 9 April. */
static void
test_dashboard (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McDashboard) dashboard = mc_dashboard_store_load (fixture->db, fixture->from,
                                                              fixture->to, fixture->now, NULL,
                                                              &error);
  guint counter = 0, online = 0, postal = 0;
  McOfficerLoad *load;
  McDueDossier *due;

  g_assert_no_error (error);
  assert_counts (&dashboard->stats->counts, 1, 5, 2, 2, 1, 2, 2, 1);
  g_assert_cmpuint (dashboard->fields->len, ==, 2);

  /* Thirteen weeks from 1 January; D came online in the second. */
  g_assert_false (dashboard->monthly);
  g_assert_cmpuint (dashboard->trend->len, ==, 13);
  for (guint i = 0; i < dashboard->trend->len; i++)
    {
      McTrendBucket *bucket = &g_array_index (dashboard->trend, McTrendBucket, i);

      counter += bucket->counter;
      online += bucket->online;
      postal += bucket->postal;
    }
  g_assert_cmpuint (counter, ==, 4);
  g_assert_cmpuint (online, ==, 1);
  g_assert_cmpuint (postal, ==, 1);
  g_assert_cmpuint (g_array_index (dashboard->trend, McTrendBucket, 1).online, ==, 1);

  /* Hùng resolved E; the rest were taken by the administrator, not an
   * officer: A overdue, G and H in time, four resolved. */
  g_assert_cmpuint (dashboard->officers->len, ==, 2);
  load = g_ptr_array_index (dashboard->officers, 0);
  g_assert_cmpint (load->officer_id, ==, 0);
  g_assert_cmpuint (load->overdue, ==, 1);
  g_assert_cmpuint (load->in_time, ==, 2);
  g_assert_cmpuint (load->resolved, ==, 4);
  load = g_ptr_array_index (dashboard->officers, 1);
  g_assert_cmpstr (load->name, ==, "Trần Văn Hùng");
  g_assert_cmpuint (load->resolved, ==, 1);

  /* On 9 April: A (due in December) and H (due 6 April) are overdue, A
   * first; G waits for the citizen; K falls due within a working day. */
  g_assert_cmpuint (dashboard->overdue->len, ==, 2);
  due = g_ptr_array_index (dashboard->overdue, 0);
  g_assert_cmpint (g_date_time_get_year (due->due), ==, 2025);
  due = g_ptr_array_index (dashboard->overdue, 1);
  g_assert_cmpint (g_date_time_get_month (due->due), ==, 4);
  g_assert_cmpuint (dashboard->due_soon->len, ==, 1);
  due = g_ptr_array_index (dashboard->due_soon, 0);
  g_assert_cmpstr (due->applicant, ==, "Nguyễn Văn Bình");
  g_assert_cmpstr (due->procedure, ==, "Đăng ký kết hôn");

  /* A year shows its intake by month. */
  {
    g_autoptr(GDateTime) year_from = moment (2026, 1, 1, 0, 0);
    g_autoptr(GDateTime) year_to = moment (2027, 1, 1, 0, 0);
    g_autoptr(McDashboard) year = mc_dashboard_store_load (fixture->db, year_from, year_to,
                                                           fixture->now, NULL, &error);

    g_assert_no_error (error);
    g_assert_true (year->monthly);
    g_assert_cmpuint (year->trend->len, ==, 12);
    g_assert_cmpuint (g_array_index (year->trend, McTrendBucket, 3).counter, ==, 1);
  }
}

/* Periods: calendar quarters, and the reporting periods that run from
 * the 15th of the month before to the 14th. */
static void
test_periods (void)
{
  static const struct {
    McReportLength   length;
    McReportBoundary boundary;
    int              month, day;       /* a day of 2026 */
    int              year, number;     /* its period */
    const char      *from, *to;        /* [from, to) */
  } cases[] = {
    { MC_REPORT_QUARTER, MC_REPORT_CALENDAR, 2, 15, 2026, 1, "2026-01-01", "2026-04-01" },
    { MC_REPORT_QUARTER, MC_REPORT_CALENDAR, 12, 31, 2026, 4, "2026-10-01", "2027-01-01" },
    { MC_REPORT_QUARTER, MC_REPORT_FROM_15TH, 3, 14, 2026, 1, "2025-12-15", "2026-03-15" },
    { MC_REPORT_QUARTER, MC_REPORT_FROM_15TH, 3, 15, 2026, 2, "2026-03-15", "2026-06-15" },
    { MC_REPORT_QUARTER, MC_REPORT_FROM_15TH, 12, 20, 2027, 1, "2026-12-15", "2027-03-15" },
    { MC_REPORT_MONTH, MC_REPORT_CALENDAR, 2, 28, 2026, 2, "2026-02-01", "2026-03-01" },
    { MC_REPORT_MONTH, MC_REPORT_FROM_15TH, 2, 14, 2026, 2, "2026-01-15", "2026-02-15" },
    { MC_REPORT_HALF_YEAR, MC_REPORT_FROM_15TH, 6, 15, 2026, 2, "2026-06-15", "2026-12-15" },
    { MC_REPORT_HALF_YEAR, MC_REPORT_CALENDAR, 6, 30, 2026, 1, "2026-01-01", "2026-07-01" },
    { MC_REPORT_YEAR, MC_REPORT_FROM_15TH, 12, 14, 2026, 1, "2025-12-15", "2026-12-15" },
    { MC_REPORT_YEAR, MC_REPORT_CALENDAR, 12, 14, 2026, 1, "2026-01-01", "2027-01-01" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) day = moment (2026, cases[i].month, cases[i].day, 12, 0);
      g_autoptr(GDateTime) from = NULL;
      g_autoptr(GDateTime) to = NULL;
      g_autofree char *from_text = NULL;
      g_autofree char *to_text = NULL;
      McReportPeriod period;

      g_test_message ("case %u", i);
      mc_report_period_containing (cases[i].length, cases[i].boundary, day, &period);
      g_assert_cmpint (period.year, ==, cases[i].year);
      g_assert_cmpint (period.number, ==, cases[i].number);
      mc_report_period_get_range (&period, &from, &to);
      from_text = g_date_time_format (from, "%Y-%m-%d %H:%M");
      to_text = g_date_time_format (to, "%Y-%m-%d %H:%M");
      g_assert_true (g_str_has_prefix (from_text, cases[i].from));
      g_assert_true (g_str_has_suffix (from_text, "00:00"));
      g_assert_true (g_str_has_prefix (to_text, cases[i].to));
    }

  /* Stepping over the year's end. */
  {
    McReportPeriod period = { MC_REPORT_QUARTER, MC_REPORT_CALENDAR, 2026, 4 };
    g_autofree char *name = NULL;

    mc_report_period_step (&period, 1);
    g_assert_cmpint (period.year, ==, 2027);
    g_assert_cmpint (period.number, ==, 1);
    mc_report_period_step (&period, -5);
    g_assert_cmpint (period.year, ==, 2025);
    g_assert_cmpint (period.number, ==, 4);
    name = mc_report_period_format (&period);
    g_assert_cmpstr (name, ==, "Quarter 4, 2025");
  }
}

/*
 * Random dossiers, against a second count in C
 */

typedef struct
{
  gint64 received, due, finished, paused;   /* 0: none */
  int    channel;
  char  *field;
} RandomDossier;

static void
random_dossier_clear (RandomDossier *dossier)
{
  g_free (dossier->field);
}

static int
compare_days (gint64 a,
              gint64 b)
{
  g_autoptr(GDateTime) x = g_date_time_new_from_unix_utc (a / G_USEC_PER_SEC);
  g_autoptr(GDateTime) y = g_date_time_new_from_unix_utc (b / G_USEC_PER_SEC);
  g_autoptr(GDateTime) local_x = g_date_time_to_timezone (x, mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) local_y = g_date_time_to_timezone (y, mc_working_calendar_get_time_zone ());
  int key_x = g_date_time_get_year (local_x) * 400 + g_date_time_get_day_of_year (local_x);
  int key_y = g_date_time_get_year (local_y) * 400 + g_date_time_get_day_of_year (local_y);

  return (key_x > key_y) - (key_x < key_y);
}

/* Where one dossier falls in [from, to), judged at @judged; FALSE if it
 * is not in the period. */
static gboolean
classify (const RandomDossier *d,
          gint64               from,
          gint64               to,
          gint64               judged,
          McReportCounts      *counts)
{
  if (d->received >= to || (d->finished != 0 && d->finished < from))
    return FALSE;

  if (d->received < from)
    counts->carried_over++;
  else if (d->channel == MC_CHANNEL_ONLINE)
    counts->received_online++;
  else
    counts->received_direct++;

  if (d->finished != 0 && d->finished < to)
    {
      int order = compare_days (d->finished, d->due);

      if (order < 0)
        counts->resolved_early++;
      else if (order == 0)
        counts->resolved_on_time++;
      else
        counts->resolved_late++;
    }
  else if (d->paused != 0 || d->due >= judged)
    counts->pending_in_time++;
  else
    counts->pending_overdue++;

  return TRUE;
}

static void
test_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261121);
  g_autofree char *dir = mc_test_make_tmp_dir ("mc-test-stats-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "motcua.db", NULL);
  g_autoptr(McDatabase) db = mc_test_open_office_database (path, TRUE);
  g_autoptr(GArray) dossiers = g_array_new (FALSE, TRUE, sizeof (RandomDossier));
  g_autoptr(GDateTime) start = moment (2025, 1, 1, 0, 0);
  gint64 base = g_date_time_to_unix (start) * G_USEC_PER_SEC;
  sqlite3 *handle = mc_database_get_handle (db);
  sqlite3_stmt *insert;
  gint64 n_procedures = mc_test_query_int (db, "SELECT count (*) FROM procedure");

  g_array_set_clear_func (dossiers, (GDestroyNotify) random_dossier_clear);
  g_assert_cmpint (sqlite3_exec (handle, "BEGIN", NULL, NULL, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (handle,
                   "INSERT INTO dossier (code, procedure_id, status, accepted, channel, "
                   "applicant_type, applicant_name, received_at, due_at, original_due_at, "
                   "legal_due_at, finished_at, paused_at, workstation, updated_at) "
                   "VALUES (?1, (SELECT id FROM procedure ORDER BY id LIMIT 1 OFFSET ?2), ?3, ?4, "
                   "?5, 1, 'Random', ?6, ?7, ?7, ?8, ?9, ?10, 'PC', ?6) "
                   "RETURNING (SELECT field_code FROM procedure WHERE id = procedure_id)",
                   -1, &insert, NULL), ==, SQLITE_OK);

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree char *code = g_strdup_printf ("RANDOM-%04u", i);
      gboolean accepted = g_rand_int_range (rand, 0, 20) != 0;
      gint64 received = base + g_rand_int_range (rand, 0, 730 * 24) * G_GINT64_CONSTANT (3600000000);
      gint64 due = received + g_rand_int_range (rand, 0, 20 * 24) * G_GINT64_CONSTANT (3600000000);
      gboolean apology = g_rand_int_range (rand, 0, 10) == 0;
      gint64 legal = apology ? due - g_rand_int_range (rand, 1, 5 * 24) * G_GINT64_CONSTANT (3600000000) : 0;
      gboolean finished = g_rand_int_range (rand, 0, 10) < 7;
      gint64 end = finished ? received + g_rand_int_range (rand, 0, 40 * 24) * G_GINT64_CONSTANT (3600000000) : 0;
      gboolean paused = !finished && g_rand_int_range (rand, 0, 4) == 0;
      int channel = g_rand_int_range (rand, 1, 4);
      int status = finished ? (g_rand_boolean (rand) ? 9 : 7) : paused ? 5 : 4;
      RandomDossier dossier = { 0, };

      if (!accepted)
        status = 3;
      sqlite3_bind_text (insert, 1, code, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (insert, 2, g_rand_int_range (rand, 0, (int) n_procedures));
      sqlite3_bind_int (insert, 3, status);
      sqlite3_bind_int (insert, 4, accepted);
      sqlite3_bind_int (insert, 5, channel);
      sqlite3_bind_int64 (insert, 6, received);
      sqlite3_bind_int64 (insert, 7, due);
      if (apology)
        sqlite3_bind_int64 (insert, 8, legal);
      else
        sqlite3_bind_null (insert, 8);
      if (finished || !accepted)
        sqlite3_bind_int64 (insert, 9, finished ? end : received);
      else
        sqlite3_bind_null (insert, 9);
      if (paused)
        sqlite3_bind_int64 (insert, 10, received);
      else
        sqlite3_bind_null (insert, 10);
      g_assert_cmpint (sqlite3_step (insert), ==, SQLITE_ROW);

      if (accepted)
        {
          dossier.received = received;
          dossier.due = apology ? legal : due;
          dossier.finished = finished ? end : 0;
          dossier.paused = paused ? received : 0;
          dossier.channel = channel;
          dossier.field = g_strdup ((const char *) sqlite3_column_text (insert, 0));
          g_array_append_val (dossiers, dossier);
        }
      sqlite3_reset (insert);
    }
  sqlite3_finalize (insert);
  g_assert_cmpint (sqlite3_exec (handle, "COMMIT", NULL, NULL, NULL), ==, SQLITE_OK);

  for (guint round = 0; round < 12; round++)
    {
      g_autoptr(GError) error = NULL;
      gint64 from = base + g_rand_int_range (rand, 0, 700) * G_TIME_SPAN_DAY;
      gint64 to = from + g_rand_int_range (rand, 1, 400) * G_TIME_SPAN_DAY;
      gint64 now = from + g_rand_int_range (rand, 0, 500) * G_TIME_SPAN_DAY;
      g_autoptr(GDateTime) from_moment = g_date_time_new_from_unix_utc (from / G_USEC_PER_SEC);
      g_autoptr(GDateTime) to_moment = g_date_time_new_from_unix_utc (to / G_USEC_PER_SEC);
      g_autoptr(GDateTime) now_moment = g_date_time_new_from_unix_utc (now / G_USEC_PER_SEC);
      g_autoptr(GPtrArray) rows = mc_stats_store_load_report (db, from_moment, to_moment,
                                                              now_moment, NULL, &error);
      g_autoptr(GHashTable) expected = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
      McReportCounts total;

      g_assert_no_error (error);
      g_test_message ("round %u: %u fields", round, rows->len);

      for (guint i = 0; i < dossiers->len; i++)
        {
          RandomDossier *d = &g_array_index (dossiers, RandomDossier, i);
          McReportCounts *counts = g_hash_table_lookup (expected, d->field);
          McReportCounts these = { 0, };

          if (!classify (d, from, to, MIN (to, now), &these))
            continue;
          if (counts == NULL)
            g_hash_table_insert (expected, d->field, counts = g_new0 (McReportCounts, 1));
          mc_report_counts_add (counts, &these);
        }

      g_assert_cmpuint (rows->len, ==, g_hash_table_size (expected));
      for (guint i = 0; i < rows->len; i++)
        {
          McReportRow *row = g_ptr_array_index (rows, i);
          McReportCounts *counts = g_hash_table_lookup (expected, row->field_code);

          g_assert_nonnull (counts);
          g_assert_cmpmem (&row->counts, sizeof row->counts, counts, sizeof *counts);
          /* (3) = (4)+(5)+(6) = (7)+(11); (7) = (8)+(9)+(10); (11) = (12)+(13) */
          g_assert_cmpuint (mc_report_counts_get_received (&row->counts), ==,
                            mc_report_counts_get_resolved (&row->counts) +
                            mc_report_counts_get_pending (&row->counts));
        }

      mc_report_06a_get_total (rows, &total);
      g_assert_cmpuint (mc_report_counts_get_received (&total), ==,
                        mc_report_counts_get_resolved (&total) + mc_report_counts_get_pending (&total));
    }

  g_clear_object (&db);
  mc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/stats/periods", test_periods);
  g_test_add_func ("/stats/random", test_random);
  g_test_add ("/stats/quarter", Fixture, GINT_TO_POINTER (1), fixture_setup, test_quarter,
              fixture_teardown);
  g_test_add ("/stats/report-rows", Fixture, GINT_TO_POINTER (1), fixture_setup, test_report_rows,
              fixture_teardown);
  g_test_add ("/stats/filters", Fixture, GINT_TO_POINTER (1), fixture_setup, test_filters,
              fixture_teardown);
  g_test_add ("/stats/period-not-over", Fixture, GINT_TO_POINTER (1), fixture_setup,
              test_period_not_over, fixture_teardown);
  g_test_add ("/stats/dashboard", Fixture, GINT_TO_POINTER (1), fixture_setup, test_dashboard,
              fixture_teardown);
  g_test_add ("/stats/repeated-supplements", Fixture, GINT_TO_POINTER (1), fixture_setup,
              test_repeated_supplements, fixture_teardown);

  return g_test_run ();
}
