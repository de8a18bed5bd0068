/* test-process-steps.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include <json-glib/json-glib.h>

#include "mc-catalogue-import.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-process-steps.h"
#include "mc-test-util.h"

/* The internal process steps of a procedure and the control sheet
 * (Mẫu 05): the judgement rule, the default step, custom steps, and the
 * results the store writes into the events of a dossier's walk. The small
 * catalogue of tests/data has 1.004884 at 3 working days (1,440 working
 * minutes) since 1 July 2025 and 1.001193 the same day. Office hours are
 * 07:30–11:30 and 13:00–17:00. */

#define AGENCY "000.17.22.H56"

static const McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "PC-1" };
static const McActor officer = { 0, "Trần Văn Nam", "Công chức", MC_STAFF_ROLE_OFFICER, "PC-2" };
static const McActor leader = { 0, "Lê Văn Hùng", "Phó Chủ tịch", MC_STAFF_ROLE_LEADER, "PC-3" };

typedef struct
{
  char       *dir;
  McDatabase *db;
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

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *catalogue = mc_test_data_path ("catalogue-small.json");
  g_autofree char *path = NULL;
  McImportResult result;

  fixture->dir = mc_test_make_tmp_dir ("mc-test-process-steps-XXXXXX");
  path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->db = mc_database_open (path, &error);
  g_assert_no_error (error);
  g_assert_true (mc_catalogue_import_file (fixture->db, catalogue, &result, &error));
  g_assert_no_error (error);
  g_assert_true (mc_dossier_store_set_office_identity (fixture->db, AGENCY, "UBND xã Tân Lập",
                                                       "Tân Lập", &error));
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->db);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

/*
 * The rule
 */

static void
test_judge (void)
{
  static const struct
  {
    int          start[5];
    int          end[5];
    gint64       budget;
    McStepResult expected;
  } cases[] = {
    /* Monday 2 March 2026, an hour of a four-hour step: early. */
    { { 2026, 3, 2, 8, 0 }, { 2026, 3, 2, 9, 0 }, 240, MC_STEP_RESULT_EARLY },
    /* Exactly one working hour left: still early. */
    { { 2026, 3, 2, 8, 0 }, { 2026, 3, 2, 11, 0 }, 240, MC_STEP_RESULT_EARLY },
    /* In the budget's last working hour: on time. */
    { { 2026, 3, 2, 8, 0 }, { 2026, 3, 2, 11, 1 }, 240, MC_STEP_RESULT_ON_TIME },
    /* Lunch does not count: 08:00–13:30 is 240 working minutes. */
    { { 2026, 3, 2, 8, 0 }, { 2026, 3, 2, 13, 30 }, 240, MC_STEP_RESULT_ON_TIME },
    { { 2026, 3, 2, 8, 0 }, { 2026, 3, 2, 13, 31 }, 240, MC_STEP_RESULT_LATE },
    /* Friday 16:00 to Monday 08:30: 120 working minutes, the weekend
     * does not count. */
    { { 2026, 3, 6, 16, 0 }, { 2026, 3, 9, 8, 30 }, 120, MC_STEP_RESULT_ON_TIME },
    { { 2026, 3, 6, 16, 0 }, { 2026, 3, 9, 8, 30 }, 180, MC_STEP_RESULT_EARLY },
    { { 2026, 3, 6, 16, 0 }, { 2026, 3, 9, 8, 30 }, 119, MC_STEP_RESULT_LATE },
    /* Over the weekend alone no working time passes: early even for a
     * budget of one hour, but a shorter budget is never early. */
    { { 2026, 3, 7, 9, 0 }, { 2026, 3, 8, 16, 0 }, 60, MC_STEP_RESULT_EARLY },
    { { 2026, 3, 7, 9, 0 }, { 2026, 3, 8, 16, 0 }, 30, MC_STEP_RESULT_ON_TIME },
    /* A short budget is on time, not early, when some time was spent. */
    { { 2026, 3, 2, 8, 0 }, { 2026, 3, 2, 8, 10 }, 30, MC_STEP_RESULT_ON_TIME },
    /* A day off (Tuesday 10 March here) does not count either. */
    { { 2026, 3, 9, 8, 0 }, { 2026, 3, 11, 8, 0 }, 480, MC_STEP_RESULT_ON_TIME },
    { { 2026, 3, 9, 8, 0 }, { 2026, 3, 11, 8, 0 }, 479, MC_STEP_RESULT_LATE },
  };
  McOfficeHours hours = MC_OFFICE_HOURS_INIT;
  g_autoptr(McWorkingCalendar) calendar = mc_working_calendar_new (&hours);
  GDate day_off;

  g_date_clear (&day_off, 1);
  g_date_set_dmy (&day_off, 10, 3, 2026);
  mc_working_calendar_set_day (calendar, &day_off, MC_DAY_OFF);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GDateTime) start = moment (cases[i].start[0], cases[i].start[1], cases[i].start[2],
                                           cases[i].start[3], cases[i].start[4]);
      g_autoptr(GDateTime) end = moment (cases[i].end[0], cases[i].end[1], cases[i].end[2],
                                         cases[i].end[3], cases[i].end[4]);

      g_test_message ("case %u", i);
      g_assert_cmpint (mc_process_steps_judge (calendar, start, end, cases[i].budget), ==,
                       cases[i].expected);
    }

  g_assert_cmpint (mc_process_steps_judge_minutes (0, 60), ==, MC_STEP_RESULT_EARLY);
  g_assert_cmpint (mc_process_steps_judge_minutes (1, 60), ==, MC_STEP_RESULT_ON_TIME);
  g_assert_cmpint (mc_process_steps_judge_minutes (60, 60), ==, MC_STEP_RESULT_ON_TIME);
  g_assert_cmpint (mc_process_steps_judge_minutes (61, 60), ==, MC_STEP_RESULT_LATE);
  g_assert_cmpint (mc_process_steps_judge_minutes (900, 960), ==, MC_STEP_RESULT_EARLY);
  g_assert_cmpint (mc_process_steps_judge_minutes (901, 960), ==, MC_STEP_RESULT_ON_TIME);
}

static void
test_result_names (void)
{
  McStepResult result;

  for (McStepResult r = MC_STEP_RESULT_EARLY; r <= MC_STEP_RESULT_LATE; r++)
    {
      g_assert_true (mc_step_result_from_string (mc_step_result_to_string (r), &result));
      g_assert_cmpint (result, ==, r);
    }
  g_assert_cmpstr (mc_step_result_to_string (MC_STEP_RESULT_ON_TIME), ==, "on_time");
  g_assert_cmpstr (mc_step_result_get_label (MC_STEP_RESULT_EARLY), ==, "Early");
  g_assert_cmpstr (mc_step_result_get_label (MC_STEP_RESULT_ON_TIME), ==, "On time");
  g_assert_cmpstr (mc_step_result_get_label (MC_STEP_RESULT_LATE), ==, "Late");
  g_assert_false (mc_step_result_from_string ("soon", &result));
  g_assert_false (mc_step_result_from_string (NULL, &result));
}

static void
test_duration (void)
{
  McProcedureTime time = { MC_CHANNEL_COUNTER, TRUE, 3, MC_TIME_UNIT_WORKING_DAYS, NULL, NULL };

  g_assert_cmpint (mc_process_steps_duration_minutes (&time, 480), ==, 1440);
  time.value = 0.5;
  g_assert_cmpint (mc_process_steps_duration_minutes (&time, 480), ==, 240);
  time.value = 0;
  g_assert_cmpint (mc_process_steps_duration_minutes (&time, 480), ==, 480);
  time.value = 4;
  time.unit = MC_TIME_UNIT_HOURS;
  g_assert_cmpint (mc_process_steps_duration_minutes (&time, 480), ==, 240);
  time.value = 15;
  time.unit = MC_TIME_UNIT_CALENDAR_DAYS;
  g_assert_cmpint (mc_process_steps_duration_minutes (&time, 480), ==, 15 * 480);
  time.has_time = FALSE;
  g_assert_cmpint (mc_process_steps_duration_minutes (&time, 480), ==, 0);
  g_assert_cmpint (mc_process_steps_duration_minutes (NULL, 480), ==, 0);
}

/*
 * Steps per procedure
 */

static GPtrArray *
make_steps (const char *first,
            ...)
{
  GPtrArray *steps = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_process_step_free);
  va_list args;

  va_start (args, first);
  for (const char *name = first; name != NULL; name = va_arg (args, const char *))
    g_ptr_array_add (steps, mc_process_step_new (name, va_arg (args, gint64)));
  va_end (args);

  return steps;
}

static void
assert_step (GPtrArray  *steps,
             guint       index,
             const char *name,
             gint64      budget)
{
  McProcessStep *step;

  g_assert_cmpuint (index, <, steps->len);
  step = g_ptr_array_index (steps, index);
  g_assert_cmpstr (step->name, ==, name);
  g_assert_cmpint (step->budget_minutes, ==, budget);
}

static void
test_default_step (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) same_day = NULL;
  gboolean is_default = FALSE;

  steps = mc_process_steps_list (fixture->db, "1.004884", &is_default, &error);
  g_assert_no_error (error);
  g_assert_true (is_default);
  g_assert_cmpuint (steps->len, ==, 1);
  assert_step (steps, 0, "Processing the dossier", 1440);

  /* A same-day procedure has one office day. */
  same_day = mc_process_steps_list (fixture->db, "1.001193", &is_default, &error);
  g_assert_no_error (error);
  g_assert_true (is_default);
  assert_step (same_day, 0, "Processing the dossier", 480);

  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = mc_process_steps_list_stored (fixture->db, "1.004884", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (steps->len, ==, 0);

  /* Not in force today, or unknown. */
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = mc_process_steps_list (fixture->db, "1.004859", NULL, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (steps);
  g_clear_error (&error);
  steps = mc_process_steps_list (fixture->db, "9.999999", NULL, &error);
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (steps);
}

static void
assert_refused (McDatabase *db,
                const char *code,
                GPtrArray  *steps,
                GQuark      domain,
                int         error_code,
                const char *fragment)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = NULL;

  g_assert_false (mc_process_steps_set (db, code, steps, &error));
  g_assert_error (error, domain, error_code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fragment));

  /* Nothing written. */
  stored = mc_process_steps_list_stored (db, code, NULL);
  g_assert_cmpuint (stored->len, ==, 0);
}

static void
test_custom_steps (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GPtrArray) stored = NULL;
  g_autoptr(GPtrArray) other = NULL;
  gboolean is_default = TRUE;

  /* Refused: a step without a name, a budget of nothing, more than the
   * procedure's three working days, a procedure not in force. */
  steps = make_steps ("Tiếp nhận", (gint64) 240, "  ", (gint64) 960, NULL);
  assert_refused (fixture->db, "1.004884", steps, MC_ERROR, MC_ERROR_INVALID, "Step 2: a step needs a name");
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = make_steps ("Tiếp nhận", (gint64) 240, "Thẩm định", (gint64) 0, NULL);
  assert_refused (fixture->db, "1.004884", steps, MC_ERROR, MC_ERROR_INVALID, "more than 0 working hours");
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = make_steps ("Tiếp nhận", (gint64) 240, "Thẩm định", (gint64) 1260, NULL);
  assert_refused (fixture->db, "1.004884", steps, MC_ERROR, MC_ERROR_INVALID,
                  "take 25 working hours in all, more than the procedure’s processing time of 24");
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = make_steps ("Tiếp nhận", (gint64) 240, "Thẩm định", (gint64) 1230, NULL);
  assert_refused (fixture->db, "1.004884", steps, MC_ERROR, MC_ERROR_INVALID,
                  "take 24.50 working hours in all, more than the procedure’s processing time of 24 ");
  assert_refused (fixture->db, "1.004859", steps, MC_ERROR, MC_ERROR_NOT_FOUND, "in force");

  /* Stored, in order, names trimmed; the total may use the whole time. */
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = make_steps (" Tiếp nhận ", (gint64) 240, "Thẩm định", (gint64) 960, "Phê duyệt", (gint64) 240, NULL);
  g_assert_true (mc_process_steps_set (fixture->db, "1.004884", steps, &error));
  g_assert_no_error (error);

  stored = mc_process_steps_list (fixture->db, "1.004884", &is_default, &error);
  g_assert_no_error (error);
  g_assert_false (is_default);
  g_assert_cmpuint (stored->len, ==, 3);
  assert_step (stored, 0, "Tiếp nhận", 240);
  assert_step (stored, 1, "Thẩm định", 960);
  assert_step (stored, 2, "Phê duyệt", 240);

  /* Per procedure: another keeps its default. */
  other = mc_process_steps_list (fixture->db, "1.001193", &is_default, &error);
  g_assert_no_error (error);
  g_assert_true (is_default);

  /* Replaced, then back to the default. */
  g_clear_pointer (&steps, g_ptr_array_unref);
  steps = make_steps ("Giải quyết", (gint64) 600, NULL);
  g_assert_true (mc_process_steps_set (fixture->db, "1.004884", steps, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = mc_process_steps_list (fixture->db, "1.004884", &is_default, &error);
  g_assert_cmpuint (stored->len, ==, 1);
  assert_step (stored, 0, "Giải quyết", 600);

  g_assert_true (mc_process_steps_set (fixture->db, "1.004884", NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&stored, g_ptr_array_unref);
  stored = mc_process_steps_list (fixture->db, "1.004884", &is_default, &error);
  g_assert_true (is_default);
  assert_step (stored, 0, "Processing the dossier", 1440);
}

/*
 * A dossier's walk
 */

static McDossier *
receive_at (McDatabase *db,
            GDateTime  *received)
{
  g_autoptr(GError) error = NULL;
  McDossierDraft draft = { 0, };
  McDossier *dossier;

  draft.procedure_code = "1.004884";
  draft.applicant_name = "Nguyễn Văn An";
  draft.received_at = received;
  dossier = mc_dossier_store_receive (db, &draft, &clerk, received, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dossier);
  return dossier;
}

static void
step (McDatabase      *db,
      const char      *code,
      McDossierAction  action,
      const McActor   *actor,
      GDateTime       *when,
      const char      *details)
{
  g_autoptr(GError) error = NULL;
  McTransitionParams params = { 0, };

  params.effective_at = when;
  params.details = details;
  params.note = "Ghi chú";
  g_assert_true (mc_dossier_store_transition (db, code, action, actor, &params, when, &error));
  g_assert_no_error (error);
}

/* The event @index of the dossier: its Mẫu 05 data, or none. */
static void
assert_event (McDatabase      *db,
              const char      *code,
              guint            index,
              McDossierAction  action,
              gint64           step_number,
              const char      *step_name,
              gint64           budget,
              gint64           spent,
              const char      *result)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = mc_dossier_store_list_events (db, code, &error);
  g_autoptr(JsonParser) parser = json_parser_new ();
  McDossierEvent *event;
  JsonObject *object;

  g_assert_no_error (error);
  g_assert_cmpuint (index, <, events->len);
  event = g_ptr_array_index (events, index);
  g_test_message ("event %u: %s", index, event->details);
  g_assert_cmpint (event->action, ==, action);
  g_assert_true (json_parser_load_from_data (parser, event->details, -1, &error));
  g_assert_no_error (error);
  object = json_node_get_object (json_parser_get_root (parser));

  if (result == NULL)
    {
      g_assert_false (json_object_has_member (object, "result"));
      return;
    }

  g_assert_cmpint (json_object_get_int_member (object, "step"), ==, step_number);
  g_assert_cmpstr (json_object_get_string_member (object, "step_name"), ==, step_name);
  g_assert_cmpint (json_object_get_int_member (object, "budget_minutes"), ==, budget);
  g_assert_cmpint (json_object_get_int_member (object, "spent_minutes"), ==, spent);
  g_assert_cmpstr (json_object_get_string_member (object, "result"), ==, result);
}

static void
test_walk_custom_steps (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = make_steps ("Tiếp nhận", (gint64) 240, "Thẩm định", (gint64) 960,
                                           "Phê duyệt", (gint64) 240, NULL);
  g_autoptr(GDateTime) received = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) handed = moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) taken = moment (2026, 3, 2, 10, 0);
  g_autoptr(GDateTime) to_leader = moment (2026, 3, 4, 10, 0);
  g_autoptr(GDateTime) leader_takes = moment (2026, 3, 4, 10, 30);
  g_autoptr(GDateTime) processed = moment (2026, 3, 4, 14, 40);
  g_autoptr(GDateTime) returned = moment (2026, 3, 4, 15, 0);
  g_autoptr(McDossier) dossier = NULL;
  const char *code;

  g_assert_true (mc_process_steps_set (fixture->db, "1.004884", steps, &error));
  g_assert_no_error (error);

  dossier = receive_at (fixture->db, received);
  code = mc_dossier_get_code (dossier);

  /* The counter hands over after an hour of its four: early. The form's
   * own data stay beside the step's. */
  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, "{\"so_so\": 12}");
  /* The officer takes it an hour later, in the second step. */
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, taken, NULL);
  /* Wednesday 10:00, to the leader: the officer's 16 hours are over by
   * one (Monday 390 + Tuesday 480 + Wednesday 150 minutes). */
  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &officer, to_leader, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &leader, leader_takes, NULL);
  /* Signed at 14:40: 190 minutes of the leader's 240, in the last hour. */
  step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &leader, processed, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_RETURN_RESULT, &clerk, returned,
        "{\"recipient\": \"Nguyễn Văn An\"}");

  assert_event (fixture->db, code, 0, MC_DOSSIER_ACTION_RECEIVE, 0, NULL, 0, 0, NULL);
  assert_event (fixture->db, code, 1, MC_DOSSIER_ACTION_HAND_OVER, 1, "Tiếp nhận", 240, 60, "early");
  assert_event (fixture->db, code, 2, MC_DOSSIER_ACTION_ACKNOWLEDGE, 2, "Thẩm định", 960, 60, "early");
  assert_event (fixture->db, code, 3, MC_DOSSIER_ACTION_HAND_OVER, 2, "Thẩm định", 960, 1020, "late");
  assert_event (fixture->db, code, 4, MC_DOSSIER_ACTION_ACKNOWLEDGE, 3, "Phê duyệt", 240, 30, "early");
  assert_event (fixture->db, code, 5, MC_DOSSIER_ACTION_MARK_PROCESSED, 3, "Phê duyệt", 240, 190, "on_time");
  assert_event (fixture->db, code, 6, MC_DOSSIER_ACTION_RETURN_RESULT, 0, NULL, 0, 0, NULL);

  {
    g_autoptr(GPtrArray) events = mc_dossier_store_list_events (fixture->db, code, &error);
    McDossierEvent *event = g_ptr_array_index (events, 1);

    g_assert_nonnull (strstr (event->details, "\"so_so\":12"));
  }
}

static void
test_walk_default_step (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GDateTime) received = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) handed = moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) taken = moment (2026, 3, 2, 10, 0);
  g_autoptr(GDateTime) processed = moment (2026, 3, 5, 9, 0);
  g_autoptr(McDossier) dossier = receive_at (fixture->db, received);
  const char *code = mc_dossier_get_code (dossier);

  /* One step, due Thursday 08:00: every row is judged from receipt. */
  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, taken, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &officer, processed, NULL);

  assert_event (fixture->db, code, 1, MC_DOSSIER_ACTION_HAND_OVER, 1, "Processing the dossier", 1440, 60, "early");
  assert_event (fixture->db, code, 2, MC_DOSSIER_ACTION_ACKNOWLEDGE, 1, "Processing the dossier", 1440, 120, "early");
  assert_event (fixture->db, code, 3, MC_DOSSIER_ACTION_MARK_PROCESSED, 1, "Processing the dossier", 1440, 1500, "late");
}

static void
test_walk_send_back_and_supplement (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = make_steps ("Tiếp nhận", (gint64) 240, "Giải quyết", (gint64) 1200, NULL);
  g_autoptr(GDateTime) received = moment (2026, 3, 2, 8, 0);
  g_autoptr(GDateTime) handed = moment (2026, 3, 2, 9, 0);
  g_autoptr(GDateTime) sent_back = moment (2026, 3, 2, 9, 30);
  g_autoptr(GDateTime) handed_again = moment (2026, 3, 2, 11, 0);
  g_autoptr(GDateTime) taken = moment (2026, 3, 2, 13, 0);
  g_autoptr(GDateTime) supplement_asked = moment (2026, 3, 3, 8, 0);
  g_autoptr(GDateTime) supplement_given = moment (2026, 3, 4, 8, 0);
  g_autoptr(GDateTime) processed = moment (2026, 3, 5, 16, 0);
  g_autoptr(McDossier) dossier = NULL;
  const char *code;

  g_assert_true (mc_process_steps_set (fixture->db, "1.004884", steps, &error));
  g_assert_no_error (error);
  dossier = receive_at (fixture->db, received);
  code = mc_dossier_get_code (dossier);

  /* A hand-over sent back does not count: the counter's step goes on
   * from receipt, three hours of its four. */
  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_SEND_BACK, &officer, sent_back, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_HAND_OVER, &clerk, handed_again, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_ACKNOWLEDGE, &officer, taken, NULL);
  /* The citizen's day of supplementing is not the officer's: from Monday
   * 11:00 to Thursday 16:00 is 1,650 working minutes, 480 of them
   * waiting; 1,170 of 1,200 is on time. */
  step (fixture->db, code, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, &officer, supplement_asked,
        "{\"papers\": [\"Giấy chứng sinh\"]}");
  step (fixture->db, code, MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT, &clerk, supplement_given, NULL);
  step (fixture->db, code, MC_DOSSIER_ACTION_MARK_PROCESSED, &officer, processed, NULL);

  assert_event (fixture->db, code, 1, MC_DOSSIER_ACTION_HAND_OVER, 1, "Tiếp nhận", 240, 60, "early");
  assert_event (fixture->db, code, 2, MC_DOSSIER_ACTION_SEND_BACK, 0, NULL, 0, 0, NULL);
  assert_event (fixture->db, code, 3, MC_DOSSIER_ACTION_HAND_OVER, 1, "Tiếp nhận", 240, 180, "early");
  assert_event (fixture->db, code, 4, MC_DOSSIER_ACTION_ACKNOWLEDGE, 2, "Giải quyết", 1200, 30, "early");
  assert_event (fixture->db, code, 5, MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT, 0, NULL, 0, 0, NULL);
  assert_event (fixture->db, code, 7, MC_DOSSIER_ACTION_MARK_PROCESSED, 2, "Giải quyết", 1200, 1170, "on_time");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/process-steps/judge", test_judge);
  g_test_add_func ("/process-steps/result-names", test_result_names);
  g_test_add_func ("/process-steps/duration", test_duration);
  g_test_add ("/process-steps/default-step", Fixture, NULL,
              fixture_setup, test_default_step, fixture_teardown);
  g_test_add ("/process-steps/custom-steps", Fixture, NULL,
              fixture_setup, test_custom_steps, fixture_teardown);
  g_test_add ("/process-steps/walk/custom-steps", Fixture, NULL,
              fixture_setup, test_walk_custom_steps, fixture_teardown);
  g_test_add ("/process-steps/walk/default-step", Fixture, NULL,
              fixture_setup, test_walk_default_step, fixture_teardown);
  g_test_add ("/process-steps/walk/send-back-and-supplement", Fixture, NULL,
              fixture_setup, test_walk_send_back_and_supplement, fixture_teardown);

  return g_test_run ();
}
