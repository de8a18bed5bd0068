/* mc-ui-util.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void mc_ui_set_row_error (AdwEntryRow *row,
                          const char  *message);
void mc_ui_show_message  (GtkLabel    *label,
                          const char  *message);
void mc_ui_add_toast     (GtkWidget   *widget,
                          AdwToast    *toast);

G_END_DECLS
