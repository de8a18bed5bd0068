/* mc-sync-status-text.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "mc-format.h"
#include "mc-sync-status-text.h"

/* What the sync's state is called wherever it is shown: the header
 * bar's indicator, the Portal page of the preferences, the Sync page. */

const char *
mc_sync_status_icon_name (McSyncStatus status)
{
  switch (status)
    {
    case MC_SYNC_STATUS_OFFLINE:
      return "network-offline-symbolic";
    case MC_SYNC_STATUS_UP_TO_DATE:
      return "emblem-ok-symbolic";
    case MC_SYNC_STATUS_PROBLEMS:
    case MC_SYNC_STATUS_REFUSED:
      return "dialog-warning-symbolic";
    case MC_SYNC_STATUS_SYNCING:
    case MC_SYNC_STATUS_NOT_SET_UP:
    default:
      return "emblem-synchronizing-symbolic";
    }
}

char *
mc_sync_status_summary (McSyncService *service)
{
  guint problems = mc_sync_service_get_n_problems (service);

  switch (mc_sync_service_get_status (service))
    {
    case MC_SYNC_STATUS_OFFLINE:
      return g_strdup (_("Offline: the portal cannot be reached"));
    case MC_SYNC_STATUS_SYNCING:
      return g_strdup (_("Syncing with the portal…"));
    case MC_SYNC_STATUS_UP_TO_DATE:
      return g_strdup (_("Up to date with the portal"));
    case MC_SYNC_STATUS_PROBLEMS:
      return g_strdup_printf (g_dngettext (NULL, "%u problem with the portal",
                                           "%u problems with the portal", problems), problems);
    case MC_SYNC_STATUS_REFUSED:
      return g_strdup (_("The portal refused the account"));
    case MC_SYNC_STATUS_NOT_SET_UP:
    default:
      return g_strdup (_("The portal is not set up"));
    }
}

char *
mc_sync_status_details (McSyncService *service)
{
  GString *details = g_string_new (NULL);
  GDateTime *last = mc_sync_service_get_last_success (service);
  guint waiting = mc_sync_service_get_n_waiting (service);
  const char *message = mc_sync_service_get_message (service);

  if (last != NULL)
    {
      /* In office time, as every other moment the app shows. */
      g_autofree char *when = mc_format_moment (last);

      /* Translators: the date and time of the last sync that went through. */
      g_string_append_printf (details, _("Last synced at %s."), when);
    }
  else
    g_string_append (details, _("Never synced on this computer yet."));

  if (waiting > 0)
    {
      g_string_append_c (details, '\n');
      g_string_append_printf (details, g_dngettext (NULL, "%u change waits to be sent.",
                                                    "%u changes wait to be sent.", waiting),
                              waiting);
    }
  if (message != NULL && mc_sync_service_get_status (service) != MC_SYNC_STATUS_UP_TO_DATE)
    {
      g_string_append_c (details, '\n');
      g_string_append (details, message);
    }
  if (mc_sync_service_get_status (service) == MC_SYNC_STATUS_PROBLEMS)
    {
      g_string_append_c (details, '\n');
      g_string_append (details, _("The portal refused some dossiers, or holds newer versions "
                                  "of them."));
    }

  return g_string_free (details, FALSE);
}
