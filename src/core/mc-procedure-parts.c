/* mc-procedure-parts.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "mc-procedure-parts.h"

McProcedureRef *
mc_procedure_ref_new (const char *code,
                      const char *name)
{
  McProcedureRef *ref = g_new0 (McProcedureRef, 1);

  ref->code = g_strdup (code != NULL ? code : "");
  ref->name = g_strdup (name != NULL ? name : "");

  return ref;
}

void
mc_procedure_ref_free (McProcedureRef *ref)
{
  if (ref == NULL)
    return;

  g_free (ref->code);
  g_free (ref->name);
  g_free (ref);
}

McProcedureFee *
mc_procedure_fee_new (void)
{
  McProcedureFee *fee = g_new0 (McProcedureFee, 1);

  fee->code = g_strdup ("");
  fee->unit = g_strdup ("");
  fee->description = g_strdup ("");

  return fee;
}

void
mc_procedure_fee_free (McProcedureFee *fee)
{
  if (fee == NULL)
    return;

  g_free (fee->code);
  g_free (fee->unit);
  g_free (fee->description);
  g_free (fee);
}

McProcedureTime *
mc_procedure_time_new (McChannel channel)
{
  McProcedureTime *time = g_new0 (McProcedureTime, 1);

  time->channel = channel;
  time->description = g_strdup ("");
  time->fees = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_procedure_fee_free);

  return time;
}

void
mc_procedure_time_free (McProcedureTime *time)
{
  if (time == NULL)
    return;

  g_free (time->description);
  g_ptr_array_unref (time->fees);
  g_free (time);
}

McProcedureComponent *
mc_procedure_component_new (void)
{
  McProcedureComponent *component = g_new0 (McProcedureComponent, 1);

  component->case_name = g_strdup ("");
  component->code = g_strdup ("");
  component->name = g_strdup ("");
  component->form_name = g_strdup ("");
  component->form_url = g_strdup ("");

  return component;
}

void
mc_procedure_component_free (McProcedureComponent *component)
{
  if (component == NULL)
    return;

  g_free (component->case_name);
  g_free (component->code);
  g_free (component->name);
  g_free (component->form_name);
  g_free (component->form_url);
  g_free (component);
}

McProcedureStep *
mc_procedure_step_new (const char *case_name,
                       const char *description)
{
  McProcedureStep *step = g_new0 (McProcedureStep, 1);

  step->case_name = g_strdup (case_name != NULL ? case_name : "");
  step->description = g_strdup (description != NULL ? description : "");

  return step;
}

void
mc_procedure_step_free (McProcedureStep *step)
{
  if (step == NULL)
    return;

  g_free (step->case_name);
  g_free (step->description);
  g_free (step);
}
