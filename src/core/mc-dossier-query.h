/* mc-dossier-query.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-enums.h"

G_BEGIN_DECLS

/* Where a dossier stands against its appointment. Only dossiers still in
 * the office's hands (statuses 1, 2, 4, 5 and 6) have a deadline state;
 * the others match none of the states below. */
typedef enum
{
  MC_DEADLINE_FILTER_ANY = 0,
  MC_DEADLINE_FILTER_OVERDUE,   /* due_at < now */
  MC_DEADLINE_FILTER_DUE_SOON,  /* now <= due_at < now + MC_DOSSIER_DUE_SOON_HOURS */
  MC_DEADLINE_FILTER_IN_TIME,   /* due_at >= now + MC_DOSSIER_DUE_SOON_HOURS */
} McDeadlineFilter;

/* "Due soon" is approximated by the next 24 hours of clock time rather
 * than office time: the filter must be one index range, and a dossier due
 * on Monday morning shows as due soon only from Sunday morning. */
#define MC_DOSSIER_DUE_SOON_HOURS 24

typedef enum
{
  MC_DOSSIER_SORT_RECEIVED = 0,
  MC_DOSSIER_SORT_CODE,
  MC_DOSSIER_SORT_APPLICANT,
  MC_DOSSIER_SORT_PROCEDURE,
  MC_DOSSIER_SORT_DUE,
  MC_DOSSIER_SORT_STATUS,
  MC_DOSSIER_SORT_N_COLUMNS
} McDossierSort;

#define MC_TYPE_DOSSIER_QUERY (mc_dossier_query_get_type ())

/* What the dossier list shows: treat a query handed to a model as
 * immutable, and make a copy to change it. */
typedef struct
{
  char             *search_text;    /* nullable: no search */
  McDossierStatus   status;         /* 0: any */
  McDeadlineFilter  deadline;
  gint64            assignee_id;    /* 0: anyone */
  McChannel         channel;        /* 0: any */
  GDateTime        *received_from;  /* nullable; inclusive */
  GDateTime        *received_to;    /* nullable; exclusive */
  McDossierSort     sort;
  gboolean          descending;
} McDossierQuery;

GType           mc_dossier_query_get_type        (void) G_GNUC_CONST;
McDossierQuery *mc_dossier_query_new             (void) G_GNUC_WARN_UNUSED_RESULT;
McDossierQuery *mc_dossier_query_copy            (const McDossierQuery *self) G_GNUC_WARN_UNUSED_RESULT;
void            mc_dossier_query_free            (McDossierQuery       *self);
gboolean        mc_dossier_query_equal           (const McDossierQuery *a,
                                                  const McDossierQuery *b);
void            mc_dossier_query_set_search_text (McDossierQuery       *self,
                                                  const char           *text);
void            mc_dossier_query_set_period      (McDossierQuery       *self,
                                                  GDateTime            *from,
                                                  GDateTime            *to);
gboolean        mc_dossier_query_is_active_status (McDossierStatus     status);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McDossierQuery, mc_dossier_query_free)

G_END_DECLS
