/* mc-process-steps.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-procedure.h"
#include "mc-working-calendar.h"

G_BEGIN_DECLS

/* The result of one step of the control sheet (Mẫu 05), against the
 * step's budget. See mc_process_steps_judge() for the rule. */
typedef enum
{
  MC_STEP_RESULT_EARLY,    /* trước hạn */
  MC_STEP_RESULT_ON_TIME,  /* đúng hạn */
  MC_STEP_RESULT_LATE,     /* quá hạn */
} McStepResult;

/* A step finished at least this many working minutes before its budget
 * ran out is early. */
#define MC_STEP_EARLY_MARGIN_MINUTES 60

/* One step of a procedure's internal process (quy trình nội bộ). */
typedef struct
{
  char   *name;
  gint64  budget_minutes;  /* working minutes, > 0 */
} McProcessStep;

McProcessStep *mc_process_step_new                 (const char          *name,
                                                    gint64               budget_minutes) G_GNUC_WARN_UNUSED_RESULT;
void           mc_process_step_free                (McProcessStep       *step);

gint64         mc_process_steps_duration_minutes   (const McProcedureTime *time,
                                                    int                  day_minutes);
GPtrArray     *mc_process_steps_default            (gint64               duration_minutes) G_GNUC_WARN_UNUSED_RESULT;
gboolean       mc_process_steps_validate           (GPtrArray           *steps,
                                                    gint64               duration_minutes,
                                                    GError             **error);

GPtrArray     *mc_process_steps_list_stored        (McDatabase          *db,
                                                    const char          *procedure_code,
                                                    GError             **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray     *mc_process_steps_list               (McDatabase          *db,
                                                    const char          *procedure_code,
                                                    gboolean            *is_default,
                                                    GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean       mc_process_steps_set                (McDatabase          *db,
                                                    const char          *procedure_code,
                                                    GPtrArray           *steps,
                                                    GError             **error);

McStepResult   mc_process_steps_judge_minutes      (gint64               spent_minutes,
                                                    gint64               budget_minutes);
McStepResult   mc_process_steps_judge              (McWorkingCalendar   *calendar,
                                                    GDateTime           *step_start,
                                                    GDateTime           *step_end,
                                                    gint64               budget_minutes);

const char    *mc_step_result_to_string            (McStepResult         result);
gboolean       mc_step_result_from_string          (const char          *text,
                                                    McStepResult        *result);
const char    *mc_step_result_get_label            (McStepResult         result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McProcessStep, mc_process_step_free)

G_END_DECLS
