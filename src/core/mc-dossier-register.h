/* mc-dossier-register.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-enums.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

/* One dossier of the register (Mẫu 06 Sổ theo dõi hồ sơ): a row of the
 * book. Strings may be NULL for "not recorded"; times are NULL until the
 * dossier gets that far. */
typedef struct
{
  char            *code;
  char            *procedure_name;
  guint            set_count;            /* sets of papers */
  char            *applicant_name;
  char            *address;
  char            *phone;
  char            *agency;               /* cơ quan chủ trì giải quyết */
  GDateTime       *received_at;
  GDateTime       *due_at;               /* the appointment of the receipt (Mẫu 01) */
  GDateTime       *new_due_at;           /* a later appointment, if one was set */
  GDateTime       *handed_over_at;       /* to processing */
  GDateTime       *result_received_at;   /* the result, from processing */
  GDateTime       *returned_at;          /* the result, to the applicant */
  McDossierStatus  status;
  McChannel        channel;
  gboolean         delivery_by_post;
  char            *note;                 /* the dossier's own note */
} McRegisterEntry;

McRegisterEntry *mc_register_entry_new       (void) G_GNUC_WARN_UNUSED_RESULT;
void             mc_register_entry_free      (McRegisterEntry        *entry);

GBytes          *mc_dossier_register_render  (GPtrArray              *entries,
                                              GDateTime              *from,
                                              GDateTime              *to,
                                              const McOfficeIdentity *office,
                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;
GPtrArray       *mc_dossier_register_load    (McDatabase             *db,
                                              GDateTime              *from,
                                              GDateTime              *to,
                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McRegisterEntry, mc_register_entry_free)

G_END_DECLS
