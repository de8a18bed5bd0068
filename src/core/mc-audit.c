/* mc-audit.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-audit"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-audit.h"
#include "mc-error.h"

/* The audit trail of the changes that are not steps of a dossier (table
 * audit_entry, migration 0012): each store that makes such a change
 * calls mc_audit_record() inside the change's own transaction, so that a
 * change committed is always recorded and a change refused leaves no
 * entry. The table refuses UPDATE and DELETE.
 *
 * Who made the change: the actor a store was given (the administrator
 * creating an account), otherwise the person signed in on this
 * connection. The application tells the connection who signs in
 * (mc_audit_log_set_signed_in(), from the main window) and motcua-cli
 * names itself; the settings' stores therefore need no actor of their
 * own, and their many callers none either. With nobody signed in (first
 * start, tests), the system account running the program is named.
 *
 * Where: the actor's workstation, otherwise this workstation's name in
 * the settings, otherwise the computer's host name. When: this
 * computer's clock. */

#define SIGNED_IN_KEY "mc-audit-signed-in"

struct _McAuditSettings
{
  GStrv  keys;
  GStrv  values;   /* NULL where the setting has no row */
};

/*
 * Auxiliary functions
 */

static void
actor_copy_free (McActorCopy *copy)
{
  mc_actor_copy_clear (copy);
  g_free (copy);
}

static gboolean
is_blank (const char *text)
{
  return text == NULL || *text == '\0';
}

/* Reads one row of the settings; *value is NULL when there is none. */
static gboolean
read_setting (McDatabase  *db,
              const char  *key,
              char       **value,
              GError     **error)
{
  static const char sql[] = "SELECT value FROM setting WHERE key = ?1";
  g_autoptr(McStatement) stmt = mc_database_prepare (db, sql, error);
  gboolean has_row;

  *value = NULL;
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, key, -1, SQLITE_STATIC);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;

  if (has_row)
    *value = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
  return TRUE;
}

/* This workstation as its dossier events name it when no actor says. */
static char *
dup_workstation (McDatabase  *db,
                 GError     **error)
{
  g_autofree char *name = NULL;

  if (!read_setting (db, "workstation-name", &name, error))
    return NULL;

  if (is_blank (name))
    return g_strdup (g_get_host_name ());

  return g_steal_pointer (&name);
}

/*
 * Public API
 */

/**
 * mc_audit_record:
 * @db: the database, inside the change's write transaction
 * @actor: (nullable): who made the change; %NULL for the person signed in
 *   on @db (see mc_audit_set_signed_in()), or the system account
 * @kind: what was changed, one of the MC_AUDIT_* kinds
 * @subject: (nullable): what it was made to: a user name, a date, a
 *   dossier's code for the kinds "dossier.*"
 * @details_json: (nullable): a JSON object with the values changed
 *   (see mc_audit_details()); %NULL for none
 * @error: return location for a #GError
 *
 * Appends an entry to the audit trail with the actor, the workstation and
 * this computer's time. Called inside the change's transaction, so that
 * the entry is committed, or rolled back, with the change.
 *
 * Returns: %TRUE on success, or %FALSE with @error set (the change's
 *   transaction must then be rolled back)
 */
gboolean
mc_audit_record (McDatabase     *db,
                 const McActor  *actor,
                 const char     *kind,
                 const char     *subject,
                 const char     *details_json,
                 GError        **error)
{
  static const char sql[] =
    "INSERT INTO audit_entry (kind, subject, actor_id, actor_name, workstation, device_time, "
    "  details) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)";
  const McActor *signed_in;
  g_autofree char *workstation = NULL;
  g_autoptr(McStatement) stmt = NULL;
  gint64 actor_id = 0;
  const char *actor_name;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (kind != NULL && *kind != '\0', FALSE);
  /* An entry outside the change's transaction could outlive a change
   * rolled back, or be lost with a crash after it committed. */
  g_return_val_if_fail (sqlite3_get_autocommit (mc_database_get_handle (db)) == 0, FALSE);

  signed_in = mc_audit_get_signed_in (db);
  if (actor == NULL)
    actor = signed_in;

  if (actor != NULL)
    {
      if (is_blank (actor->name))
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("Every change is recorded with the name of the person who "
                                 "made it."));
          return FALSE;
        }
      actor_id = actor->staff_id;
      actor_name = actor->name;
    }
  else
    {
      actor_name = g_get_user_name ();
    }

  if (actor != NULL && !is_blank (actor->workstation))
    workstation = g_strdup (actor->workstation);
  else if (signed_in != NULL && !is_blank (signed_in->workstation))
    workstation = g_strdup (signed_in->workstation);
  else if ((workstation = dup_workstation (db, error)) == NULL)
    return FALSE;

  stmt = mc_database_prepare (db, sql, error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_text (stmt, 1, kind, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, subject != NULL ? subject : "", -1, SQLITE_STATIC);
  if (actor_id > 0)
    sqlite3_bind_int64 (stmt, 3, actor_id);
  sqlite3_bind_text (stmt, 4, is_blank (actor_name) ? "?" : actor_name, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 5, workstation, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 6, g_get_real_time ());
  sqlite3_bind_text (stmt, 7, details_json != NULL ? details_json : "{}", -1, SQLITE_STATIC);

  return mc_database_step (db, stmt, NULL, error);
}

/**
 * mc_audit_details:
 * @first_key: the name of the first value
 * @...: its value (a string, %NULL to leave it out), then more names and
 *   values, ended by %NULL
 *
 * Builds the details of an audit entry, such as
 * `mc_audit_details ("username", "lan", "role", "0", NULL)`.
 *
 * Returns: (transfer full): a JSON object
 */
char *
mc_audit_details (const char *first_key,
                  ...)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  va_list args;

  json_builder_begin_object (builder);

  va_start (args, first_key);
  for (const char *key = first_key; key != NULL; key = va_arg (args, const char *))
    {
      const char *value = va_arg (args, const char *);

      if (value == NULL)
        continue;
      json_builder_set_member_name (builder, key);
      json_builder_add_string_value (builder, value);
    }
  va_end (args);

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * mc_audit_set_signed_in:
 * @db: a database
 * @actor: (nullable): the person signed in on @db, or %NULL when nobody is
 *
 * Tells @db who works on it: the changes recorded with no actor of their
 * own name this person (see mc_audit_record()). Called on the thread that
 * owns @db, in the order of the work, so that a change queued before a
 * sign-out still names the person who asked for it.
 */
void
mc_audit_set_signed_in (McDatabase    *db,
                        const McActor *actor)
{
  McActorCopy *copy = NULL;

  g_return_if_fail (MC_IS_DATABASE (db));

  if (actor != NULL)
    {
      copy = g_new0 (McActorCopy, 1);
      mc_actor_copy_init (copy, actor);
    }

  g_object_set_data_full (G_OBJECT (db), SIGNED_IN_KEY, copy, (GDestroyNotify) actor_copy_free);
}

/**
 * mc_audit_get_signed_in:
 * @db: a database
 *
 * Returns: (nullable): who is signed in on @db, as told by
 *   mc_audit_set_signed_in()
 */
const McActor *
mc_audit_get_signed_in (McDatabase *db)
{
  McActorCopy *copy;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  copy = g_object_get_data (G_OBJECT (db), SIGNED_IN_KEY);
  return copy != NULL ? &copy->actor : NULL;
}

/**
 * mc_audit_kind_is_dossier:
 * @kind: a kind of audit entry
 *
 * Returns: whether entries of @kind have a dossier's code as subject
 */
gboolean
mc_audit_kind_is_dossier (const char *kind)
{
  return kind != NULL && g_str_has_prefix (kind, "dossier.");
}

/**
 * mc_audit_kind_get_label:
 * @kind: a kind of audit entry
 *
 * Returns: what an entry of @kind records, for people: "Account created";
 *   @kind itself when unknown (an entry written by a newer version)
 */
const char *
mc_audit_kind_get_label (const char *kind)
{
  static const struct {
    const char *kind;
    const char *label;
  } labels[] = {
    { MC_AUDIT_STAFF_CREATE, N_("Account created") },
    { MC_AUDIT_STAFF_ACTIVATE, N_("Account activated") },
    { MC_AUDIT_STAFF_DEACTIVATE, N_("Account deactivated") },
    { MC_AUDIT_STAFF_RESET_PASSWORD, N_("Password reset") },
    { MC_AUDIT_STAFF_CHANGE_PASSWORD, N_("Own password changed") },
    { MC_AUDIT_OFFICE_IDENTITY, N_("Commune’s identity changed") },
    { MC_AUDIT_OFFICE_WORKSTATION, N_("Workstation settings changed") },
    { MC_AUDIT_OFFICE_IDLE_LOCK, N_("Idle lock changed") },
    { MC_AUDIT_OFFICE_FORMS, N_("Printed forms’ settings changed") },
    { MC_AUDIT_PORTAL_SETTINGS, N_("Portal settings changed") },
    { MC_AUDIT_CALENDAR_DAY_SET, N_("Calendar day set") },
    { MC_AUDIT_CALENDAR_DAY_REMOVE, N_("Calendar day removed") },
    { MC_AUDIT_CALENDAR_YEAR_CONFIRM, N_("Calendar year confirmed") },
    { MC_AUDIT_CALENDAR_OFFICE_HOURS, N_("Office hours changed") },
    { MC_AUDIT_CALENDAR_DIFFERENCE, N_("Portal’s calendar day settled") },
    { MC_AUDIT_DOSSIER_CONFLICT, N_("Conflict with the portal resolved") },
    { MC_AUDIT_BACKUP_CREATE, N_("Backup made") },
    { MC_AUDIT_BACKUP_RESTORE, N_("Backup restored") },
  };

  g_return_val_if_fail (kind != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (kind, labels[i].kind))
      return _(labels[i].label);

  return kind;
}

/**
 * mc_audit_settings_read:
 * @db: the database, inside the change's write transaction
 * @keys: (array zero-terminated=1): the settings a change may alter
 * @error: return location for a #GError
 *
 * Reads @keys before a change of the settings, for
 * mc_audit_settings_record() after it.
 *
 * Returns: (transfer full): their values, or %NULL with @error set
 */
McAuditSettings *
mc_audit_settings_read (McDatabase          *db,
                        const char * const  *keys,
                        GError             **error)
{
  g_autoptr(McAuditSettings) settings = NULL;
  guint n_keys;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (keys != NULL, NULL);

  n_keys = g_strv_length ((GStrv) keys);
  settings = g_new0 (McAuditSettings, 1);
  settings->keys = g_strdupv ((GStrv) keys);
  settings->values = g_new0 (char *, n_keys + 1);

  for (guint i = 0; i < n_keys; i++)
    if (!read_setting (db, keys[i], &settings->values[i], error))
      return NULL;

  return g_steal_pointer (&settings);
}

/**
 * mc_audit_settings_record:
 * @before: the settings as mc_audit_settings_read() found them before
 *   the change
 * @db: the database, inside the same transaction
 * @actor: (nullable): who made the change (see mc_audit_record())
 * @kind: one of the MC_AUDIT_* kinds
 * @subject: (nullable): what the settings are of
 * @error: return location for a #GError
 *
 * Records, once the change is written, every setting it altered with its
 * value before and after: `{"agency-name": {"from": "…", "to": "…"}}`.
 * A change that altered nothing (a form saved as it was) is not recorded.
 *
 * Returns: %TRUE on success, or %FALSE with @error set
 */
gboolean
mc_audit_settings_record (McAuditSettings  *before,
                          McDatabase       *db,
                          const McActor    *actor,
                          const char       *kind,
                          const char       *subject,
                          GError          **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *details = NULL;
  gboolean changed = FALSE;

  g_return_val_if_fail (before != NULL, FALSE);
  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  json_builder_begin_object (builder);
  for (guint i = 0; before->keys[i] != NULL; i++)
    {
      g_autofree char *after = NULL;

      if (!read_setting (db, before->keys[i], &after, error))
        return FALSE;
      if (g_strcmp0 (before->values[i], after) == 0)
        continue;

      changed = TRUE;
      json_builder_set_member_name (builder, before->keys[i]);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "from");
      json_builder_add_string_value (builder, before->values[i] != NULL ? before->values[i] : "");
      json_builder_set_member_name (builder, "to");
      json_builder_add_string_value (builder, after != NULL ? after : "");
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);

  if (!changed)
    return TRUE;

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  details = json_generator_to_data (generator, NULL);

  return mc_audit_record (db, actor, kind, subject, details, error);
}

void
mc_audit_settings_free (McAuditSettings *settings)
{
  if (settings == NULL)
    return;

  /* values may hold NULLs before its end: freed one by one. */
  if (settings->values != NULL)
    for (guint i = 0; settings->keys != NULL && settings->keys[i] != NULL; i++)
      g_free (settings->values[i]);
  g_free (settings->values);
  g_strfreev (settings->keys);
  g_free (settings);
}
