/* mc-dossier-edit.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-dossier-store-private.h"
#include "mc-error.h"
#include "mc-intake-check.h"

/* The correction of a dossier's data. */

/* The fields a correction may change, in the order of select_fields_sql's
 * columns. Each has a statement of its own, so that only the changed
 * columns are written (and only their triggers run). */
typedef enum
{
  FIELD_TEXT,
  FIELD_NUMBER,
  FIELD_BOOLEAN,
} FieldKind;

typedef enum
{
  EDIT_APPLICANT_TYPE,
  EDIT_APPLICANT_NAME,
  EDIT_ID_NUMBER,
  EDIT_BIRTH_DATE,
  EDIT_PHONE,
  EDIT_EMAIL,
  EDIT_ADDRESS,
  EDIT_DELIVERY,
  EDIT_SET_COUNT,
  EDIT_FEE,
  EDIT_NOTE,
  N_EDIT_FIELDS
} EditField;

static const struct
{
  const char *name;   /* in the event's details */
  FieldKind   kind;
  const char *sql;
} edit_fields[N_EDIT_FIELDS] = {
  { "applicant_type", FIELD_NUMBER, "UPDATE dossier SET applicant_type = ?2 WHERE id = ?1" },
  { "applicant_name", FIELD_TEXT, "UPDATE dossier SET applicant_name = ?2 WHERE id = ?1" },
  { "id_number", FIELD_TEXT, "UPDATE dossier SET id_number = ?2 WHERE id = ?1" },
  { "birth_date", FIELD_TEXT, "UPDATE dossier SET birth_date = ?2 WHERE id = ?1" },
  { "phone", FIELD_TEXT, "UPDATE dossier SET phone = ?2 WHERE id = ?1" },
  { "email", FIELD_TEXT, "UPDATE dossier SET email = ?2 WHERE id = ?1" },
  { "address", FIELD_TEXT, "UPDATE dossier SET address = ?2 WHERE id = ?1" },
  { "delivery", FIELD_BOOLEAN, "UPDATE dossier SET delivery = ?2 WHERE id = ?1" },
  { "set_count", FIELD_NUMBER, "UPDATE dossier SET set_count = ?2 WHERE id = ?1" },
  { "fee", FIELD_NUMBER, "UPDATE dossier SET fee = ?2 WHERE id = ?1" },
  { "note", FIELD_TEXT, "UPDATE dossier SET note = ?2 WHERE id = ?1" },
};

typedef struct
{
  const char *text;    /* FIELD_TEXT */
  gint64      number;  /* FIELD_NUMBER and FIELD_BOOLEAN */
} FieldValue;

static gboolean
field_value_equal (EditField         field,
                   const FieldValue *a,
                   const FieldValue *b)
{
  if (edit_fields[field].kind == FIELD_TEXT)
    return g_strcmp0 (a->text, b->text) == 0;

  return a->number == b->number;
}

static void
add_field_value (JsonBuilder      *builder,
                 EditField         field,
                 const FieldValue *value)
{
  switch (edit_fields[field].kind)
    {
    case FIELD_TEXT:
      json_builder_add_string_value (builder, value->text);
      break;
    case FIELD_NUMBER:
      json_builder_add_int_value (builder, value->number);
      break;
    case FIELD_BOOLEAN:
    default:
      json_builder_add_boolean_value (builder, value->number != 0);
      break;
    }
}

static gboolean
edit_in_transaction (McDatabase          *db,
                     const char          *code,
                     const FieldValue    *wanted,
                     const char          *reason,
                     const McActor       *actor,
                     gint64               expected_version,
                     GDateTime           *now,
                     GError             **error)
{
  static const char select_fields_sql[] =
    "SELECT applicant_type, applicant_name, id_number, birth_date, phone, email, address, "
    "delivery, set_count, fee, note FROM dossier WHERE id = ?1";
  static const char version_sql[] =
    "UPDATE dossier SET version = version + 1, updated_at = ?2 WHERE id = ?1";
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *details = NULL;
  g_autoptr(McStatement) stmt = NULL;
  DossierState state = { 0, };
  McDossierStatus status;
  gint64 now_usec = _mc_dossier_store_to_usec (now);
  EventRow event = { 0, };
  gboolean changed[N_EDIT_FIELDS] = { FALSE, };
  guint n_changes = 0;
  gboolean has_row;

  if (!_mc_dossier_store_load_state (db, code, &state, error) ||
      !_mc_dossier_store_check_version (state.version, expected_version, error))
    return FALSE;

  status = state.facts.status;
  if (!mc_dossier_workflow_apply (&state.facts, MC_DOSSIER_ACTION_EDIT, actor->role, error))
    return FALSE;

  stmt = mc_database_prepare (db, select_fields_sql, error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, state.id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  g_assert (has_row);

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);

  for (guint field = 0; field < N_EDIT_FIELDS; field++)
    {
      FieldValue old = {
        _mc_dossier_store_column_text (stmt, field), sqlite3_column_int64 (stmt, field)
      };

      changed[field] = !field_value_equal (field, &old, &wanted[field]);
      if (!changed[field])
        continue;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "field");
      json_builder_add_string_value (builder, edit_fields[field].name);
      json_builder_set_member_name (builder, "old");
      add_field_value (builder, field, &old);
      json_builder_set_member_name (builder, "new");
      add_field_value (builder, field, &wanted[field]);
      json_builder_end_object (builder);
      n_changes++;
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  mc_database_release (g_steal_pointer (&stmt));

  if (n_changes == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Nothing was changed: correct at least one field."));
      return FALSE;
    }

  /* Unchanged fields are left alone. */
  for (guint field = 0; field < N_EDIT_FIELDS; field++)
    {
      g_autoptr(McStatement) update = NULL;

      if (!changed[field])
        continue;

      update = mc_database_prepare (db, edit_fields[field].sql, error);
      if (update == NULL)
        return FALSE;
      sqlite3_bind_int64 (update, 1, state.id);
      if (edit_fields[field].kind == FIELD_TEXT)
        sqlite3_bind_text (update, 2, wanted[field].text, -1, SQLITE_STATIC);
      else
        sqlite3_bind_int64 (update, 2, wanted[field].number);
      if (!mc_database_step (db, update, NULL, error))
        return FALSE;
    }

  {
    g_autoptr(McStatement) bump = mc_database_prepare (db, version_sql, error);

    if (bump == NULL)
      return FALSE;
    sqlite3_bind_int64 (bump, 1, state.id);
    sqlite3_bind_int64 (bump, 2, now_usec);
    if (!mc_database_step (db, bump, NULL, error))
      return FALSE;
  }

  root = json_builder_get_root (builder);
  details = json_to_string (root, FALSE);

  event.dossier_id = state.id;
  event.action = MC_DOSSIER_ACTION_EDIT;
  event.status_before = status;
  event.status_after = status;
  event.device_time = now_usec;
  event.effective_time = now_usec;
  event.note = reason;
  event.details = details;
  event.version = state.version + 1;

  return _mc_dossier_store_insert_event (db, actor, &event, error);
}

/**
 * mc_dossier_store_edit:
 * @db: a #McDatabase
 * @code: the dossier's code
 * @edit: the new values of the dossier's editable fields, and the reason
 * @actor: who corrects them, at which workstation
 * @expected_version: the version the correction was made on; 0 for any
 * @now: the device's clock
 * @error: return location for a #GError
 *
 * Corrects a dossier's data in one write transaction: checks that the
 * workflow allows %MC_DOSSIER_ACTION_EDIT to @actor's role in the
 * dossier's status, checks the fields as the intake does (errors name the
 * field), writes the fields that changed, raises the version and writes
 * the EDIT event, with the reason as its note and the changes in its
 * details: `{"changes": [{"field": "phone", "old": "…", "new": "…"}]}`.
 * Text fields have text values, the applicant type, set count and fee
 * numbers, the delivery by post a boolean. The search index follows the
 * name, identity number and phone (the triggers of migration 4).
 *
 * Returns: %TRUE if the data were corrected; %FALSE with an
 *   %MC_ERROR_INVALID error saying why (a bad field, no reason, nothing
 *   changed, a closed dossier, another version), or %MC_ERROR_NOT_FOUND
 *   for an unknown @code; nothing is written then
 */
gboolean
mc_dossier_store_edit (McDatabase           *db,
                       const char           *code,
                       const McDossierEdit  *edit,
                       const McActor        *actor,
                       gint64                expected_version,
                       GDateTime            *now,
                       GError              **error)
{
  g_auto(CheckedDraft) checked = { 0, };
  g_autoptr(GDateTime) local_now = NULL;
  GError *local_error = NULL;
  FieldValue wanted[N_EDIT_FIELDS] = { { NULL, 0 }, };
  FieldsInput fields;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (code != NULL, FALSE);
  g_return_val_if_fail (edit != NULL, FALSE);
  g_return_val_if_fail (actor != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!_mc_dossier_store_check_actor (actor, error))
    return FALSE;

  fields = (FieldsInput) {
    edit->applicant_type, edit->applicant_name, edit->id_number, edit->birth_date,
    edit->phone, edit->email, edit->address, edit->set_count, edit->fee, edit->note,
  };
  local_now = g_date_time_to_timezone (now, mc_working_calendar_get_time_zone ());
  if (!_mc_dossier_store_check_fields (&fields, local_now, &checked, error))
    return FALSE;

  if (!mc_intake_check_note (edit->reason != NULL ? edit->reason : "", &checked.reason,
                             &local_error))
    return _mc_dossier_store_field_error (error, local_error, _("Reason for the correction"));
  if (*checked.reason == '\0')
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Reason for the correction: say why the data are corrected."));
      return FALSE;
    }

  wanted[EDIT_APPLICANT_TYPE].number = checked.applicant_type;
  wanted[EDIT_APPLICANT_NAME].text = checked.applicant_name;
  wanted[EDIT_ID_NUMBER].text = checked.id_number != NULL ? checked.id_number : "";
  wanted[EDIT_BIRTH_DATE].text = checked.birth_date != NULL ? checked.birth_date : "";
  wanted[EDIT_PHONE].text = checked.phone != NULL ? checked.phone : "";
  wanted[EDIT_EMAIL].text = checked.email != NULL ? checked.email : "";
  wanted[EDIT_ADDRESS].text = checked.address;
  wanted[EDIT_DELIVERY].number = edit->delivery_by_post ? 1 : 0;
  wanted[EDIT_SET_COUNT].number = checked.set_count;
  wanted[EDIT_FEE].number = edit->fee;
  wanted[EDIT_NOTE].text = checked.note;

  if (!mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  if (!edit_in_transaction (db, code, wanted, checked.reason, actor, expected_version, now, error))
    {
      mc_database_end (db, FALSE, NULL);
      return FALSE;
    }

  return mc_database_end (db, TRUE, error);
}
