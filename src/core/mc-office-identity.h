/* mc-office-identity.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"

G_BEGIN_DECLS

/* Who issues a printed form: the heading's agency and the place name of
 * its date line. */
typedef struct
{
  char *agency_name;    /* such as "UBND xã Mẫu"; "" until set */
  char *place_name;     /* such as "xã Mẫu"; "" until set */
  char *counter_name;   /* the 'counter-name' setting; by default
                         * "Bộ phận tiếp nhận và trả kết quả" */
} McOfficeIdentity;

McOfficeIdentity *mc_office_identity_new                 (const char   *agency_name,
                                                          const char   *place_name) G_GNUC_WARN_UNUSED_RESULT;
void              mc_office_identity_set_counter_name    (McOfficeIdentity *identity,
                                                          const char   *counter_name);
void              mc_office_identity_free                (McOfficeIdentity *identity);
McOfficeIdentity *mc_dossier_store_get_office_identity   (McDatabase   *db,
                                                          GError      **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McOfficeIdentity, mc_office_identity_free)

G_END_DECLS
