/* mc-counter-slip.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier.h"
#include "mc-form-template.h"
#include "mc-office-identity.h"
#include "mc-pdf-writer.h"

G_BEGIN_DECLS

/* A line left to write on by hand. */
#define MC_COUNTER_SLIP_DOTS "……………………"

McPdfWriter *mc_counter_slip_begin       (McDossier              *dossier,
                                          const McOfficeIdentity *office,
                                          McFormTemplate         *texts,
                                          GDateTime              *dated) G_GNUC_WARN_UNUSED_RESULT;
void         mc_counter_slip_add_contact (McPdfWriter            *writer,
                                          McDossier              *dossier,
                                          McFormTemplate         *texts);
McTextStyle  mc_counter_slip_body_style  (void);
const char  *mc_counter_slip_or_dots     (const char             *text);

G_END_DECLS
