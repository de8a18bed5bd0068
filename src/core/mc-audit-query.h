/* mc-audit-query.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-audit-entry.h"
#include "mc-database.h"

G_BEGIN_DECLS

/* The lines read when a query sets no limit. */
#define MC_AUDIT_QUERY_DEFAULT_LIMIT 200

/* Which lines of the history to list. Strings are borrowed. */
typedef struct
{
  gint64      staff_id;      /* 0: anyone; else this account's changes */
  const char *actor_name;    /* NULL: anyone; else an actor without a staff
                              * account so named ("motcua-cli") */
  const char *dossier_code;  /* NULL or "": every change; else the steps of
                              * the dossiers whose code begins so, and the
                              * other changes about them */
  GDate       from;          /* the first day, in the office's time zone;
                              * cleared: since the beginning */
  GDate       to;            /* the last day, included; cleared: until now */
  guint       limit;         /* 0: MC_AUDIT_QUERY_DEFAULT_LIMIT */
  guint       offset;        /* lines to skip, newest first */
} McAuditQuery;

void       mc_audit_query_init         (McAuditQuery        *query);
gboolean   mc_audit_query_check_period (const McAuditQuery  *query,
                                        GError             **error);
GPtrArray *mc_audit_query_run          (McDatabase          *db,
                                        const McAuditQuery  *query,
                                        GError             **error) G_GNUC_WARN_UNUSED_RESULT;
char      *mc_audit_query_explain      (McDatabase          *db,
                                        const McAuditQuery  *query,
                                        GError             **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean   mc_audit_query_find_actor   (McDatabase          *db,
                                        const char          *name,
                                        gint64              *staff_id,
                                        GError             **error);
gboolean   mc_audit_parse_date         (const char          *text,
                                        GDate               *date,
                                        GError             **error);

G_END_DECLS
