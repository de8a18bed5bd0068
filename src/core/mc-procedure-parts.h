/* mc-procedure-parts.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "mc-enums.h"

G_BEGIN_DECLS

/* An item of a code/name list: a field, an agency, a result (code and
 * name), a legal text (number and title) or a subject (name only). */
typedef struct
{
  char *code;
  char *name;
} McProcedureRef;

/* A fee; has_amount is FALSE when the amount is set locally (by the
 * provincial People's Council) and the catalogue does not state it. */
typedef struct
{
  char     *code;
  gboolean  has_amount;
  gint64    amount;
  char   *unit;
  char   *description;
} McProcedureFee;

/* Processing time and fees of one channel. */
typedef struct
{
  McChannel   channel;
  gboolean    has_time;
  double      value;
  McTimeUnit  unit;
  char       *description;
  GPtrArray  *fees;
} McProcedureTime;

typedef struct
{
  char  *case_name;
  char  *code;
  char  *name;
  guint  originals;
  guint  copies;
  char  *form_name;
  char  *form_url;
} McProcedureComponent;

typedef struct
{
  char *case_name;
  char *description;
} McProcedureStep;

McProcedureRef       *mc_procedure_ref_new        (const char           *code,
                                                   const char           *name);
void                  mc_procedure_ref_free       (McProcedureRef       *ref);
McProcedureFee       *mc_procedure_fee_new        (void);
void                  mc_procedure_fee_free       (McProcedureFee       *fee);
McProcedureTime      *mc_procedure_time_new       (McChannel             channel);
void                  mc_procedure_time_free      (McProcedureTime      *time);
McProcedureComponent *mc_procedure_component_new  (void);
void                  mc_procedure_component_free (McProcedureComponent *component);
McProcedureStep      *mc_procedure_step_new       (const char           *case_name,
                                                   const char           *description);
void                  mc_procedure_step_free      (McProcedureStep      *step);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McProcedureRef, mc_procedure_ref_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McProcedureFee, mc_procedure_fee_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McProcedureTime, mc_procedure_time_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McProcedureComponent, mc_procedure_component_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McProcedureStep, mc_procedure_step_free)

G_END_DECLS
