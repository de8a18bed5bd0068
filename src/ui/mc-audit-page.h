/* mc-audit-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"

G_BEGIN_DECLS

#define MC_TYPE_AUDIT_PAGE (mc_audit_page_get_type ())

G_DECLARE_FINAL_TYPE (McAuditPage, mc_audit_page, MC, AUDIT_PAGE, GtkWidget)

McAuditPage *mc_audit_page_new            (void) G_GNUC_WARN_UNUSED_RESULT;
void         mc_audit_page_set_context    (McAuditPage *self,
                                           McContext   *context);
void         mc_audit_page_reload         (McAuditPage *self);
GListModel  *mc_audit_page_get_entries    (McAuditPage *self);
gboolean     mc_audit_page_get_busy       (McAuditPage *self);

McAuditPage *mc_audit_page_present_window (GtkWindow   *parent,
                                           McContext   *context,
                                           gboolean    *created);

G_END_DECLS
