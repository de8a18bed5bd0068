/* mc-office-identity.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-office-identity"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-error.h"
#include "mc-evaluation-summary.h"
#include "mc-office-identity.h"
#include "mc-office-store.h"
#include "mc-phone-number.h"
#include "mc-text.h"

/* The office's identity as the printed forms need it, read from the
 * settings that McDossierStore writes.
 *
 * The counter's name, printed in bold on the left of every form's
 * heading, is the 'counter-name' setting: after 07/2025 many communes
 * call theirs "Trung tâm Phục vụ hành chính công xã …". A database
 * without the row gets it, with the name Thông tư 01/2018 gives the
 * counter, the first time the identity is read, so that an
 * administrator finds it to edit.
 *
 * The counter's phone (Mẫu 02) and the leader who signs for the
 * committee (Mẫu 04) are settings too; until they are set, the forms
 * leave their lines dotted, to fill in by hand. */

#define DEFAULT_COUNTER_NAME "Bộ phận tiếp nhận và trả kết quả"

/* What the forms print needs no more. */
#define SETTING_MAX_CHARS 120

/* NULL-terminated, for the audit trail. */
static const char * const setting_keys[MC_FORM_N_SETTINGS + 1] = {
  [MC_FORM_SETTING_COUNTER_NAME] = "counter-name",
  [MC_FORM_SETTING_COUNTER_PHONE] = "counter-phone",
  [MC_FORM_SETTING_LEADER_CAPACITY] = "leader-capacity",
  [MC_FORM_SETTING_LEADER_TITLE] = "leader-title",
  [MC_FORM_SETTING_LEADER_NAME] = "leader-name",
  [MC_FORM_SETTING_REPORT_RECEIVER] = "report-receiver",
  [MC_FORM_SETTING_EVALUATION_THRESHOLDS] = "evaluation-thresholds",
};

/**
 * mc_office_identity_new:
 * @agency_name: (nullable): the agency, such as "UBND xã Mẫu"
 * @place_name: (nullable): the place of the date line, such as "xã Mẫu"
 *
 * Returns: (transfer full): an identity with the usual counter name
 */
McOfficeIdentity *
mc_office_identity_new (const char *agency_name,
                        const char *place_name)
{
  McOfficeIdentity *identity = g_new0 (McOfficeIdentity, 1);

  identity->agency_name = g_strdup (agency_name != NULL ? agency_name : "");
  identity->place_name = g_strdup (place_name != NULL ? place_name : "");
  /* The name Thông tư 01/2018 gives the counter; forms print it as is. */
  identity->counter_name = g_strdup (DEFAULT_COUNTER_NAME);
  identity->counter_phone = g_strdup ("");
  identity->leader_capacity = g_strdup ("");
  identity->leader_title = g_strdup ("");
  identity->leader_name = g_strdup ("");
  identity->report_receiver = g_strdup ("");
  identity->evaluation_thresholds = g_strdup ("");

  return identity;
}

void
mc_office_identity_free (McOfficeIdentity *identity)
{
  if (identity == NULL)
    return;

  g_free (identity->agency_name);
  g_free (identity->place_name);
  g_free (identity->counter_name);
  g_free (identity->counter_phone);
  g_free (identity->leader_capacity);
  g_free (identity->leader_title);
  g_free (identity->leader_name);
  g_free (identity->report_receiver);
  g_free (identity->evaluation_thresholds);
  g_free (identity);
}

/**
 * mc_office_identity_set_counter_name:
 * @identity: an identity
 * @counter_name: (nullable): the counter's name; %NULL or blank for the
 *   default, "Bộ phận tiếp nhận và trả kết quả"
 */
void
mc_office_identity_set_counter_name (McOfficeIdentity *identity,
                                     const char       *counter_name)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (identity != NULL);

  stripped = g_strstrip (g_strdup (counter_name != NULL ? counter_name : ""));
  g_free (identity->counter_name);
  identity->counter_name = *stripped != '\0' ? g_steal_pointer (&stripped) : g_strdup (DEFAULT_COUNTER_NAME);
}

/* Each setting, by its key in the setting table. */
static char **
identity_field (McOfficeIdentity *identity,
                McFormSetting     setting)
{
  switch (setting)
    {
    case MC_FORM_SETTING_COUNTER_NAME:
      return &identity->counter_name;
    case MC_FORM_SETTING_COUNTER_PHONE:
      return &identity->counter_phone;
    case MC_FORM_SETTING_LEADER_CAPACITY:
      return &identity->leader_capacity;
    case MC_FORM_SETTING_LEADER_TITLE:
      return &identity->leader_title;
    case MC_FORM_SETTING_REPORT_RECEIVER:
      return &identity->report_receiver;
    case MC_FORM_SETTING_EVALUATION_THRESHOLDS:
      return &identity->evaluation_thresholds;
    case MC_FORM_SETTING_LEADER_NAME:
    case MC_FORM_N_SETTINGS:
    default:
      return &identity->leader_name;
    }
}

/**
 * mc_office_identity_get_form_setting:
 * @identity: an identity
 * @setting: which one
 *
 * Returns: (transfer none): the setting's value, "" when not set
 */
const char *
mc_office_identity_get_form_setting (const McOfficeIdentity *identity,
                                     McFormSetting           setting)
{
  g_return_val_if_fail (identity != NULL, "");
  g_return_val_if_fail (setting < MC_FORM_N_SETTINGS, "");

  return *identity_field ((McOfficeIdentity *) identity, setting);
}

/**
 * mc_form_setting_check:
 * @setting: which setting
 * @text: the value as typed
 * @normalized: (out) (optional) (transfer full): the value to store
 * @error: return location for a #GError
 *
 * Checks a value of the printed forms' settings: one line of at most 120
 * characters; the counter's name may not be blank (the heading needs it);
 * the phone, if given, is a Vietnamese number (mc_intake_check_phone()).
 *
 * Returns: %TRUE if @text can be stored
 */
gboolean
mc_form_setting_check (McFormSetting   setting,
                       const char     *text,
                       char          **normalized,
                       GError        **error)
{
  g_autofree char *value = NULL;

  g_return_val_if_fail (setting < MC_FORM_N_SETTINGS, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (normalized != NULL)
    *normalized = NULL;

  value = mc_text_normalize (text, G_NORMALIZE_NFC);
  if (value == NULL)
    value = g_strdup ("");
  g_strstrip (value);

  if (strpbrk (value, "\n\r\t") != NULL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, _("Use one line."));
      return FALSE;
    }
  if (g_utf8_strlen (value, -1) > SETTING_MAX_CHARS)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Use at most %d characters."), SETTING_MAX_CHARS);
      return FALSE;
    }

  if (setting == MC_FORM_SETTING_COUNTER_NAME && *value == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Every form prints the counter’s name: enter it."));
      return FALSE;
    }

  if (setting == MC_FORM_SETTING_COUNTER_PHONE && *value != '\0')
    {
      g_autofree char *number = NULL;

      if (!mc_intake_check_phone (value, &number, error))
        return FALSE;
      g_free (value);
      value = g_steal_pointer (&number);
    }

  /* The classes' lowest totals, written out as stored. */
  if (setting == MC_FORM_SETTING_EVALUATION_THRESHOLDS && *value != '\0')
    {
      McEvaluationThresholds thresholds;

      if (!mc_evaluation_thresholds_parse (value, &thresholds, error))
        return FALSE;
      g_free (value);
      value = mc_evaluation_thresholds_to_string (&thresholds);
    }

  if (normalized != NULL)
    *normalized = g_steal_pointer (&value);

  return TRUE;
}

/**
 * mc_dossier_store_set_form_settings:
 * @db: a #McDatabase
 * @values: (array fixed-size=5): a value for each #McFormSetting
 * @error: return location for a #GError
 *
 * Checks every value with mc_form_setting_check() and stores them all in
 * one transaction, or none, with the change in the audit trail (see
 * mc_audit_record()).
 *
 * Returns: %TRUE if stored; %FALSE with an %MC_ERROR_INVALID error that
 *   names the setting, and nothing written
 */
gboolean
mc_dossier_store_set_form_settings (McDatabase          *db,
                                    const char * const  *values,
                                    GError             **error)
{
  static const char sql[] =
    "INSERT INTO setting (key, value) VALUES (?1, ?2) "
    "ON CONFLICT (key) DO UPDATE SET value = excluded.value";
  const char *labels[MC_FORM_N_SETTINGS] = {
    [MC_FORM_SETTING_COUNTER_NAME] = _("Counter name"),
    [MC_FORM_SETTING_COUNTER_PHONE] = _("Counter phone"),
    [MC_FORM_SETTING_LEADER_CAPACITY] = _("Signs as"),
    [MC_FORM_SETTING_LEADER_TITLE] = _("Leader’s title"),
    [MC_FORM_SETTING_LEADER_NAME] = _("Leader’s name"),
    [MC_FORM_SETTING_REPORT_RECEIVER] = _("Reports sent to"),
    [MC_FORM_SETTING_EVALUATION_THRESHOLDS] = _("Evaluation classes"),
  };
  char *checked[MC_FORM_N_SETTINGS] = { NULL, };
  g_autoptr(McAuditSettings) before = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (values != NULL, FALSE);

  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    {
      g_autoptr(GError) local_error = NULL;

      if (!mc_form_setting_check (i, values[i], &checked[i], &local_error))
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       /* Translators: a setting's name, then what is wrong */
                       _("%s: %s"), labels[i], local_error->message);
          for (guint j = 0; j < i; j++)
            g_free (checked[j]);
          return FALSE;
        }
    }

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    goto failed;

  before = mc_audit_settings_read (db, setting_keys, error);
  if (before == NULL)
    {
      mc_database_end (db, FALSE, NULL);
      goto failed;
    }

  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    {
      g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);

      if (stmt == NULL)
        {
          mc_database_end (db, FALSE, NULL);
          goto failed;
        }
      sqlite3_bind_text (stmt, 1, setting_keys[i], -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 2, checked[i], -1, SQLITE_STATIC);
      if (!mc_database_step (db, stmt, NULL, error))
        {
          mc_database_end (db, FALSE, NULL);
          goto failed;
        }
    }

  if (!mc_audit_settings_record (before, db, NULL, MC_AUDIT_OFFICE_FORMS, NULL, error))
    {
      mc_database_end (db, FALSE, NULL);
      goto failed;
    }

  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    g_free (checked[i]);
  return mc_database_end (db, TRUE, error);

failed:
  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    g_free (checked[i]);
  return FALSE;
}

static char *
read_setting (McDatabase  *db,
              const char  *key,
              GError     **error)
{
  static const char sql[] = "SELECT value FROM setting WHERE key = ?1";
  g_autoptr(McStatement) select = NULL;
  gboolean has_row = FALSE;

  select = mc_database_prepare (db, sql, error);
  if (select == NULL)
    return NULL;
  sqlite3_bind_text (select, 1, key, -1, SQLITE_STATIC);
  if (!mc_database_step (db, select, &has_row, error))
    return NULL;

  return g_strdup (has_row ? (const char *) sqlite3_column_text (select, 0) : "");
}

static char *
read_counter_name (McDatabase  *db,
                   GError     **error)
{
  static const char insert_sql[] =
    "INSERT INTO setting (key, value) VALUES ('counter-name', ?1) "
    "ON CONFLICT (key) DO NOTHING";
  static const char select_sql[] =
    "SELECT value FROM setting WHERE key = 'counter-name'";
  g_autoptr(McStatement) insert = NULL;
  g_autoptr(McStatement) select = NULL;
  gboolean has_row = FALSE;

  insert = mc_database_prepare (db, insert_sql, error);
  if (insert == NULL)
    return NULL;
  sqlite3_bind_text (insert, 1, DEFAULT_COUNTER_NAME, -1, SQLITE_STATIC);
  if (!mc_database_step (db, insert, NULL, error))
    return NULL;

  select = mc_database_prepare (db, select_sql, error);
  if (select == NULL || !mc_database_step (db, select, &has_row, error))
    return NULL;

  return g_strdup (has_row ? (const char *) sqlite3_column_text (select, 0) : NULL);
}

/**
 * mc_dossier_store_get_office_identity:
 * @db: a #McDatabase
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the office's identity, with empty strings for
 *   what is not set, or %NULL with @error set
 */
McOfficeIdentity *
mc_dossier_store_get_office_identity (McDatabase  *db,
                                      GError     **error)
{
  g_autoptr(McOfficeSettings) settings = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autofree char *counter_name = NULL;
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  settings = mc_office_store_load (db, error);
  if (settings == NULL)
    return NULL;

  counter_name = read_counter_name (db, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  identity = mc_office_identity_new (settings->agency_name, settings->place_name);
  mc_office_identity_set_counter_name (identity, counter_name);

  for (guint i = MC_FORM_SETTING_COUNTER_PHONE; i < MC_FORM_N_SETTINGS; i++)
    {
      char **field = identity_field (identity, i);
      char *value = read_setting (db, setting_keys[i], error);

      if (value == NULL)
        return NULL;
      g_free (*field);
      *field = value;
    }

  return g_steal_pointer (&identity);
}
