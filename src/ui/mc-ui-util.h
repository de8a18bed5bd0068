/* mc-ui-util.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-procedure.h"

G_BEGIN_DECLS

void mc_ui_set_row_error (AdwEntryRow *row,
                          const char  *message);
void mc_ui_show_message  (GtkLabel    *label,
                          const char  *message);
void mc_ui_add_toast     (GtkWidget   *widget,
                          AdwToast    *toast);

gboolean    mc_ui_is_blank             (const char          *text);
gboolean    mc_ui_procedure_find_fee   (McProcedure         *procedure,
                                        gint64              *amount);
GtkWidget  *mc_ui_add_lines            (AdwPreferencesGroup *group,
                                        const char          *overline,
                                        const char          *title,
                                        const char          *subtitle);
void        mc_ui_add_property         (AdwPreferencesGroup *group,
                                        const char          *label,
                                        const char          *value);
GtkWidget  *mc_ui_wrapped_label_new    (const char          *text,
                                        const char          *css_class,
                                        int                  max_width_chars);

G_END_DECLS
