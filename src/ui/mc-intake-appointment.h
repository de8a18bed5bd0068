/* mc-intake-appointment.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-dossiers.h"

G_BEGIN_DECLS

#define MC_TYPE_INTAKE_APPOINTMENT (mc_intake_appointment_get_type ())

G_DECLARE_FINAL_TYPE (McIntakeAppointment, mc_intake_appointment, MC, INTAKE_APPOINTMENT, AdwBin)

GtkWidget *mc_intake_appointment_new     (void);
void       mc_intake_appointment_compute (McIntakeAppointment *self,
                                          McDossiers          *dossiers,
                                          McProcedure         *procedure,
                                          GDateTime           *received);
void       mc_intake_appointment_cancel  (McIntakeAppointment *self);
GDateTime *mc_intake_appointment_get_due (McIntakeAppointment *self);

gboolean   mc_intake_appointment_parse_received (const char  *text,
                                                 GDateTime  **moment,
                                                 char       **message);

G_END_DECLS
