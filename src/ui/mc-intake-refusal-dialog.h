/* mc-intake-refusal-dialog.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define MC_TYPE_INTAKE_REFUSAL_DIALOG (mc_intake_refusal_dialog_get_type ())

G_DECLARE_FINAL_TYPE (McIntakeRefusalDialog, mc_intake_refusal_dialog, MC, INTAKE_REFUSAL_DIALOG,
                      AdwMessageDialog)

McIntakeRefusalDialog *mc_intake_refusal_dialog_new (GtkWindow  *parent,
                                                     const char *applicant_name);

G_END_DECLS
