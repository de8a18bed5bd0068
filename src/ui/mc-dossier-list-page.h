/* mc-dossier-list-page.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-context.h"
#include "mc-dossier-list-model.h"

G_BEGIN_DECLS

/* The received periods of the list's "Period" drop-down, in its order. */
typedef enum
{
  MC_DOSSIER_PERIOD_ANY = 0,
  MC_DOSSIER_PERIOD_TODAY,
  MC_DOSSIER_PERIOD_THIS_WEEK,     /* from Monday */
  MC_DOSSIER_PERIOD_THIS_MONTH,
  MC_DOSSIER_PERIOD_LAST_30_DAYS,  /* today and the 29 days before */
  MC_DOSSIER_PERIOD_THIS_YEAR,
} McDossierPeriod;

#define MC_TYPE_DOSSIER_LIST_PAGE (mc_dossier_list_page_get_type ())

G_DECLARE_FINAL_TYPE (McDossierListPage, mc_dossier_list_page, MC, DOSSIER_LIST_PAGE, GtkWidget)

void                mc_dossier_list_page_set_context (McDossierListPage *self,
                                                      McContext         *context);
McDossierListModel *mc_dossier_list_page_get_model   (McDossierListPage *self);
void                mc_dossier_list_page_reload      (McDossierListPage *self);
void                mc_dossier_list_page_set_actor   (McDossierListPage *self,
                                                      const McActor     *actor);

void                mc_dossier_period_get_range      (McDossierPeriod    period,
                                                      GDateTime         *now,
                                                      GDateTime        **from,
                                                      GDateTime        **to);

G_END_DECLS
