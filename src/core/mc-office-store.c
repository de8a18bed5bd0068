/* mc-office-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-office-store"

#include "config.h"

#include "mc-office-store.h"
#include "mc-evaluation-summary.h"
#include "mc-dossier-store-private.h"
#include "mc-dossier-code.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-staff-store.h"

/* Reading the office's settings back, for the preferences. Writing goes
 * through the stores that own each setting: the identity and the
 * workstation through McDossierStore, which issues the dossier codes from
 * them, and the idle lock through McStaffStore, which the session reads.
 *
 * Reading does not refuse what it finds: a setting damaged outside the
 * application (the range of numbers, the idle lock) is shown as stored,
 * or as its default, so that the page can show it and an administrator
 * can correct it; the page validates every field before saving. */

/*
 * Auxiliary functions
 */

static gboolean
read_settings (McDatabase        *db,
               McOfficeSettings  *settings,
               GError           **error)
{
  static const char sql[] =
    "SELECT key, value FROM setting WHERE key IN "
    "('agency-code', 'agency-name', 'place-name', 'workstation-name', 'workstation-range')";
  g_autoptr(McStatement) stmt = NULL;
  gboolean has_row;
  gboolean ok;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
    {
      const char *key = (const char *) sqlite3_column_text (stmt, 0);
      const char *value = (const char *) sqlite3_column_text (stmt, 1);
      char **field = NULL;

      if (g_strcmp0 (key, "agency-code") == 0)
        field = &settings->agency_code;
      else if (g_strcmp0 (key, "agency-name") == 0)
        field = &settings->agency_name;
      else if (g_strcmp0 (key, "place-name") == 0)
        field = &settings->place_name;
      else if (g_strcmp0 (key, "workstation-name") == 0)
        field = &settings->workstation_name;
      else if (g_strcmp0 (key, "workstation-range") == 0)
        field = &settings->range;

      if (field != NULL)
        {
          g_free (*field);
          *field = g_strdup (value != NULL ? value : "");
        }
    }

  return ok;
}

/*
 * Public API
 */

/**
 * mc_office_settings_copy:
 * @settings: office settings
 *
 * Returns: (transfer full): a copy of @settings
 */
McOfficeSettings *
mc_office_settings_copy (const McOfficeSettings *settings)
{
  McOfficeSettings *copy;

  g_return_val_if_fail (settings != NULL, NULL);

  copy = g_new0 (McOfficeSettings, 1);
  copy->agency_code = g_strdup (settings->agency_code);
  copy->agency_name = g_strdup (settings->agency_name);
  copy->place_name = g_strdup (settings->place_name);
  copy->workstation_name = g_strdup (settings->workstation_name);
  copy->range = g_strdup (settings->range);
  copy->idle_lock_minutes = settings->idle_lock_minutes;

  return copy;
}

void
mc_office_settings_free (McOfficeSettings *settings)
{
  if (settings == NULL)
    return;

  g_free (settings->agency_code);
  g_free (settings->agency_name);
  g_free (settings->place_name);
  g_free (settings->workstation_name);
  g_free (settings->range);
  g_free (settings);
}

/**
 * mc_office_store_load:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Reads the commune's identity, this workstation's name and range of
 * dossier numbers, and the idle lock. Unset texts are "". A valid range is
 * written out as mc_number_range_to_string() does; a damaged one is given
 * as stored. A damaged idle lock gives %MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES,
 * which is what the session then uses.
 *
 * Returns: (transfer full): the settings, or %NULL with @error set
 */
McOfficeSettings *
mc_office_store_load (McDatabase  *db,
                      GError     **error)
{
  g_autoptr(McOfficeSettings) settings = NULL;
  g_autoptr(GError) local_error = NULL;
  McNumberRange range;
  int minutes;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  settings = g_new0 (McOfficeSettings, 1);
  settings->agency_code = g_strdup ("");
  settings->agency_name = g_strdup ("");
  settings->place_name = g_strdup ("");
  settings->workstation_name = g_strdup ("");
  settings->range = NULL;

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  if (!read_settings (db, settings, error))
    {
      mc_database_end (db, FALSE, NULL);
      return NULL;
    }

  minutes = mc_staff_store_get_idle_lock_minutes (db, &local_error);
  if (minutes < 0)
    {
      if (!g_error_matches (local_error, MC_ERROR, MC_ERROR_INVALID))
        {
          mc_database_end (db, FALSE, NULL);
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_debug ("Showing the default idle lock: %s", local_error->message);
      minutes = MC_STAFF_IDLE_LOCK_DEFAULT_MINUTES;
    }
  settings->idle_lock_minutes = minutes;

  if (!mc_database_end (db, TRUE, error))
    return NULL;

  /* A database without the row hands out every number, as before
   * migration 4 gave it one. */
  if (settings->range == NULL)
    {
      McNumberRange whole = MC_NUMBER_RANGE_INIT;

      settings->range = mc_number_range_to_string (&whole);
    }
  else if (mc_number_range_parse (settings->range, &range, NULL))
    {
      g_free (settings->range);
      settings->range = mc_number_range_to_string (&range);
    }

  return g_steal_pointer (&settings);
}

/**
 * mc_office_store_set_workstation:
 * @db: a #McDatabase
 * @name: this workstation's name in events; "" for the host name
 * @range: its dossier numbers, such as "5000-9999" (see
 *   mc_number_range_parse())
 * @idle_lock_minutes: the minutes without input before the session locks,
 *   from %MC_STAFF_IDLE_LOCK_MIN_MINUTES to %MC_STAFF_IDLE_LOCK_MAX_MINUTES
 * @error: return location for a #GError
 *
 * Stores the three settings of this workstation together: when one is
 * refused (%MC_ERROR_INVALID), none is changed.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
mc_office_store_set_workstation (McDatabase  *db,
                                 const char  *name,
                                 const char  *range,
                                 int          idle_lock_minutes,
                                 GError     **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  g_return_val_if_fail (range != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!mc_dossier_store_set_workstation (db, name, range, &local_error) ||
      !mc_staff_store_set_idle_lock_minutes (db, idle_lock_minutes, &local_error))
    {
      mc_database_end (db, FALSE, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}

/**
 * mc_office_store_get_evaluation_thresholds:
 * @db: a #McDatabase
 * @thresholds: (out): the 'evaluation-thresholds' setting, or 15,12,9,6
 *   when not set
 * @error: return location for a #GError
 *
 * Returns: %TRUE, or %FALSE with @error set when it cannot be read or
 *   was damaged
 */
gboolean
mc_office_store_get_evaluation_thresholds (McDatabase              *db,
                                           McEvaluationThresholds  *thresholds,
                                           GError                 **error)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (thresholds != NULL, FALSE);

  text = _mc_dossier_store_read_setting (db, "evaluation-thresholds", error);
  if (text == NULL)
    return FALSE;

  mc_evaluation_thresholds_init_default (thresholds);
  return *text == '\0' || mc_evaluation_thresholds_parse (text, thresholds, error);
}
