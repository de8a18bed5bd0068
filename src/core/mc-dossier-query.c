/* mc-dossier-query.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-query"

#include "config.h"

#include "mc-dossier-query.h"

/* The search text, filters and sort of the dossier list, as one value the
 * list model copies and hands to the database worker. */

G_DEFINE_BOXED_TYPE (McDossierQuery, mc_dossier_query, mc_dossier_query_copy, mc_dossier_query_free)

static gboolean
moments_equal (GDateTime *a,
               GDateTime *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_date_time_equal (a, b);
}

/**
 * mc_dossier_query_new:
 *
 * Returns: (transfer full): a query for every dossier, latest received first
 */
McDossierQuery *
mc_dossier_query_new (void)
{
  McDossierQuery *self = g_new0 (McDossierQuery, 1);

  self->sort = MC_DOSSIER_SORT_RECEIVED;
  self->descending = TRUE;

  return self;
}

McDossierQuery *
mc_dossier_query_copy (const McDossierQuery *self)
{
  McDossierQuery *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->search_text = g_strdup (self->search_text);
  if (self->received_from != NULL)
    copy->received_from = g_date_time_ref (self->received_from);
  if (self->received_to != NULL)
    copy->received_to = g_date_time_ref (self->received_to);

  return copy;
}

void
mc_dossier_query_free (McDossierQuery *self)
{
  if (self == NULL)
    return;

  g_free (self->search_text);
  g_clear_pointer (&self->received_from, g_date_time_unref);
  g_clear_pointer (&self->received_to, g_date_time_unref);
  g_free (self);
}

gboolean
mc_dossier_query_equal (const McDossierQuery *a,
                        const McDossierQuery *b)
{
  if (a == NULL || b == NULL)
    return a == b;

  return g_strcmp0 (a->search_text, b->search_text) == 0 &&
         a->status == b->status &&
         a->deadline == b->deadline &&
         a->assignee_id == b->assignee_id &&
         a->channel == b->channel &&
         moments_equal (a->received_from, b->received_from) &&
         moments_equal (a->received_to, b->received_to) &&
         a->sort == b->sort &&
         !a->descending == !b->descending;
}

void
mc_dossier_query_set_search_text (McDossierQuery *self,
                                  const char     *text)
{
  g_return_if_fail (self != NULL);

  g_free (self->search_text);
  self->search_text = g_strdup (text);
}

/**
 * mc_dossier_query_set_period:
 * @self: a #McDossierQuery
 * @from: (nullable): the first moment of receipt, included
 * @to: (nullable): the end of the period, excluded
 */
void
mc_dossier_query_set_period (McDossierQuery *self,
                             GDateTime      *from,
                             GDateTime      *to)
{
  g_return_if_fail (self != NULL);

  if (from != NULL)
    g_date_time_ref (from);
  if (to != NULL)
    g_date_time_ref (to);
  g_clear_pointer (&self->received_from, g_date_time_unref);
  g_clear_pointer (&self->received_to, g_date_time_unref);
  self->received_from = from;
  self->received_to = to;
}

/**
 * mc_dossier_query_is_active_status:
 * @status: a dossier status
 *
 * Returns: whether a dossier with @status is still in the office's hands,
 *   so that its appointment can be missed
 */
gboolean
mc_dossier_query_is_active_status (McDossierStatus status)
{
  switch (status)
    {
    case MC_DOSSIER_STATUS_REGISTERED:
    case MC_DOSSIER_STATUS_ACCEPTED:
    case MC_DOSSIER_STATUS_PROCESSING:
    case MC_DOSSIER_STATUS_SUPPLEMENT:
    case MC_DOSSIER_STATUS_PAYMENT:
      return TRUE;
    case MC_DOSSIER_STATUS_REFUSED:
    case MC_DOSSIER_STATUS_WITHDRAWN:
    case MC_DOSSIER_STATUS_STOPPED:
    case MC_DOSSIER_STATUS_PROCESSED:
    case MC_DOSSIER_STATUS_RETURNED:
    default:
      return FALSE;
    }
}
