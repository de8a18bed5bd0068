/* mc-sync-conflict.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-conflict"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-dossier-workflow.h"
#include "mc-error.h"
#include "mc-format.h"
#include "mc-json.h"
#include "mc-portal-store.h"
#include "mc-portal-store-private.h"
#include "mc-sync-conflict.h"
#include "mc-sync-outbox.h"
#include "mc-working-calendar.h"

/* A dossier changed here and, meanwhile, on the portal by another
 * workstation (portal-contract.md: 409 on a push, or a pull over unsent
 * changes). Both versions are kept until a person chooses: the
 * differences are computed here, as they read them, and the choice is
 * carried out in one transaction. */

struct _McSyncConflict
{
  GObject          parent_instance;

  gint64           dossier_id;
  char            *message;
  McPortalDossier *mine;
  McPortalDossier *portal;
  GPtrArray       *differences;
};

G_DEFINE_FINAL_TYPE (McSyncConflict, mc_sync_conflict, G_TYPE_OBJECT)

void
mc_sync_difference_free (McSyncDifference *difference)
{
  if (difference == NULL)
    return;

  g_free (difference->label);
  g_free (difference->mine);
  g_free (difference->portal);
  g_free (difference);
}

/*
 * The differences, as a person reads them
 */

static char *
format_moment (gint64 usec)
{
  g_autoptr(GDateTime) moment = NULL;

  if (usec != 0)
    moment = g_date_time_new_from_unix_utc (usec / G_USEC_PER_SEC);
  return moment != NULL ? mc_format_moment (moment) : g_strdup ("");
}

static char *
format_birth_date (const char *birth_date)
{
  char *text = mc_format_date (birth_date);

  /* The portal may write it otherwise: shown as it came. */
  if (*text == '\0')
    {
      g_free (text);
      return g_strdup (birth_date != NULL ? birth_date : "");
    }
  return text;
}

static const char *
format_yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static char *
format_procedure (const McPortalDossier *dossier)
{
  if (*dossier->procedure_name == '\0')
    return g_strdup (dossier->procedure_code);
  /* Translators: a procedure's code, then its name */
  return g_strdup_printf (_("%s – %s"), dossier->procedure_code, dossier->procedure_name);
}

static char *
format_components (const GPtrArray *components)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (components, i);
      g_autofree char *counts = NULL;

      counts = g_strdup_printf (_("Originals: %u, copies: %u — %s"), component->originals,
                                component->copies,
                                component->provided ? _("received") : _("missing"));
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "%s: %s", component->name, counts);
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Takes @mine and @portal; adds them if a person would see a difference. */
static void
add_if_different (GPtrArray  *differences,
                  const char *label,
                  char       *mine,
                  char       *portal)
{
  McSyncDifference *difference;

  if (g_strcmp0 (mine, portal) == 0)
    {
      g_free (mine);
      g_free (portal);
      return;
    }

  difference = g_new0 (McSyncDifference, 1);
  difference->label = g_strdup (label);
  difference->mine = mine;
  difference->portal = portal;
  g_ptr_array_add (differences, difference);
}

/**
 * mc_sync_conflict_diff:
 * @mine: this computer's version of a dossier
 * @portal: the portal's version of it
 *
 * Compares the fields a person cares about as they are shown: statuses
 * by their names, instants as dd/MM/yyyy HH:mm in the office's time
 * (so a difference of seconds is none), amounts in đồng. The code, the
 * versions and the workstations are not differences: they are shown
 * apart.
 *
 * Returns: (transfer full) (element-type McSyncDifference): the
 *   differences, in the order of the dossier page; maybe none
 */
GPtrArray *
mc_sync_conflict_diff (const McPortalDossier *mine,
                       const McPortalDossier *portal)
{
  GPtrArray *differences;

  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (portal != NULL, NULL);

  differences = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_sync_difference_free);

#define TEXT(label, field) \
  add_if_different (differences, label, g_strdup (mine->field), g_strdup (portal->field))
#define FORMATTED(label, format, field) \
  add_if_different (differences, label, format (mine->field), format (portal->field))
#define STATIC(label, format, field) \
  add_if_different (differences, label, g_strdup (format (mine->field)), \
                    g_strdup (format (portal->field)))
#define NUMBER(label, field) \
  add_if_different (differences, label, g_strdup_printf ("%u", (guint) mine->field), \
                    g_strdup_printf ("%u", (guint) portal->field))

  STATIC (_("Status"), mc_dossier_status_get_label, status);
  TEXT (_("Applicant"), applicant_name);
  STATIC (_("Applicant Type"), mc_format_applicant_type, applicant_type);
  TEXT (_("Identity Number"), id_number);
  FORMATTED (_("Date of Birth"), format_birth_date, birth_date);
  TEXT (_("Phone"), phone);
  TEXT (_("Email"), email);
  TEXT (_("Address"), address);
  /* The portal may word a procedure's name otherwise: its code counts. */
  if (g_strcmp0 (mine->procedure_code, portal->procedure_code) != 0)
    add_if_different (differences, _("Procedure"), format_procedure (mine),
                      format_procedure (portal));
  STATIC (_("Channel"), mc_format_channel, channel);
  add_if_different (differences, _("Result Delivery"),
                    g_strdup (mine->delivery_by_post ? _("By post") : _("At the counter")),
                    g_strdup (portal->delivery_by_post ? _("By post") : _("At the counter")));
  NUMBER (_("Number of Sets"), set_count);
  FORMATTED (_("Fee Due"), mc_format_money, fee);
  FORMATTED (_("Received At"), format_moment, received_at);
  FORMATTED (_("Appointment date"), format_moment, due_at);
  FORMATTED (_("First appointment date"), format_moment, original_due_at);
  FORMATTED (_("Paused for supplements since"), format_moment, paused_at);
  NUMBER (_("Supplement requests"), supplement_requests);
  STATIC (_("Waiting for hand-over"), format_yes_no, handover_pending);
  FORMATTED (_("Processing finished"), format_moment, finished_at);
  FORMATTED (_("Result returned"), format_moment, returned_at);
  STATIC (_("Apology letter given"), format_yes_no, apology_given);
  STATIC (_("Satisfaction evaluated"), format_yes_no, evaluated);
  FORMATTED (_("Papers"), format_components, components);
  TEXT (_("Note"), note);

#undef TEXT
#undef FORMATTED
#undef STATIC
#undef NUMBER

  return differences;
}

/*
 * GObject overrides
 */

static void
mc_sync_conflict_finalize (GObject *object)
{
  McSyncConflict *self = (McSyncConflict *)object;

  g_clear_pointer (&self->message, g_free);
  g_clear_pointer (&self->mine, mc_portal_dossier_free);
  g_clear_pointer (&self->portal, mc_portal_dossier_free);
  g_clear_pointer (&self->differences, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_sync_conflict_parent_class)->finalize (object);
}

static void
mc_sync_conflict_class_init (McSyncConflictClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_sync_conflict_finalize;
}

static void
mc_sync_conflict_init (McSyncConflict *self)
{
}

/*
 * Public API
 */

/**
 * mc_sync_conflict_new:
 * @dossier_id: the dossier
 * @message: (nullable): the portal's message about the conflict
 * @mine: (transfer full): this computer's version
 * @portal: (transfer full): the portal's version
 *
 * Returns: (transfer full): the conflict, with its differences
 */
McSyncConflict *
mc_sync_conflict_new (gint64           dossier_id,
                      const char      *message,
                      McPortalDossier *mine,
                      McPortalDossier *portal)
{
  McSyncConflict *self;

  g_return_val_if_fail (mine != NULL, NULL);
  g_return_val_if_fail (portal != NULL, NULL);

  self = g_object_new (MC_TYPE_SYNC_CONFLICT, NULL);
  self->dossier_id = dossier_id;
  self->message = g_strdup (message != NULL ? message : "");
  self->mine = mine;
  self->portal = portal;
  self->differences = mc_sync_conflict_diff (mine, portal);

  return self;
}

gint64
mc_sync_conflict_get_dossier_id (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), 0);
  return self->dossier_id;
}

const char *
mc_sync_conflict_get_code (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), NULL);
  return self->mine->code;
}

/**
 * mc_sync_conflict_get_message:
 * @self: a #McSyncConflict
 *
 * Returns: the portal's message, or how the conflict was found; maybe ""
 */
const char *
mc_sync_conflict_get_message (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), NULL);
  return self->message;
}

/**
 * mc_sync_conflict_get_mine:
 * @self: a #McSyncConflict
 *
 * Returns: (transfer none): this computer's version, at its version
 */
const McPortalDossier *
mc_sync_conflict_get_mine (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), NULL);
  return self->mine;
}

/**
 * mc_sync_conflict_get_portal:
 * @self: a #McSyncConflict
 *
 * Returns: (transfer none): the portal's version, as it sent it
 */
const McPortalDossier *
mc_sync_conflict_get_portal (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), NULL);
  return self->portal;
}

/**
 * mc_sync_conflict_get_portal_version:
 * @self: a #McSyncConflict
 *
 * Returns: the portal's version number (PhienBan)
 */
guint
mc_sync_conflict_get_portal_version (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), 0);
  return self->portal->version;
}

/**
 * mc_sync_conflict_get_portal_workstation:
 * @self: a #McSyncConflict
 *
 * Returns: the workstation that made the portal's version (MaMay); ""
 *   when the portal did not say
 */
const char *
mc_sync_conflict_get_portal_workstation (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), NULL);
  return self->portal->workstation;
}

/**
 * mc_sync_conflict_get_differences:
 * @self: a #McSyncConflict
 *
 * Returns: (transfer none) (element-type McSyncDifference): what differs,
 *   as mc_sync_conflict_diff() computes it
 */
GPtrArray *
mc_sync_conflict_get_differences (McSyncConflict *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (self), NULL);
  return self->differences;
}

/*
 * Loading and resolving
 */

/* The row of the outbox of a dossier in conflict, read in the caller's
 * transaction. */
typedef struct
{
  guint            version;         /* the newest of the dossier's and the queue's */
  char            *message;
  McPortalDossier *portal;          /* NULL when the portal sent none, or none readable */
  guint            portal_version;  /* PhienBan, if it could be read at all; else 0 */
  GError          *portal_error;    /* why there is no portal's version */
} ConflictRow;

static void
conflict_row_clear (ConflictRow *row)
{
  g_clear_pointer (&row->message, g_free);
  g_clear_pointer (&row->portal, mc_portal_dossier_free);
  g_clear_error (&row->portal_error);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (ConflictRow, conflict_row_clear)

static gboolean
not_in_conflict (GError **error)
{
  g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                       _("This dossier is no longer in conflict: someone else resolved it, or "
                         "a sync changed it meanwhile. Reload the list and check it again."));
  return FALSE;
}

/* The portal's copy is kept as it came, unchecked (a 409's "portal"):
 * what cannot be read of it must not keep a person from choosing their
 * own version, so its PhienBan is read apart. */
static void
read_portal_copy (const char  *copy,
                  ConflictRow *row)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonNode *root;

  if (copy == NULL)
    {
      g_set_error_literal (&row->portal_error, MC_ERROR, MC_ERROR_INVALID,
                           _("The portal did not send its version of this dossier. Sync "
                             "again, then choose."));
      return;
    }

  if (!json_parser_load_from_data (parser, copy, -1, &error) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (&row->portal_error, MC_ERROR, MC_ERROR_INVALID,
                   _("The portal's version of this dossier cannot be read: %s"),
                   error != NULL ? error->message : _("not an object"));
      return;
    }

  row->portal_version = CLAMP (mc_json_get_code (json_node_get_object (root), "PhienBan", 0),
                               0, G_MAXINT32);
  row->portal = mc_portal_dossier_from_json (json_node_get_object (root), &error);
  if (row->portal == NULL)
    g_set_error (&row->portal_error, MC_ERROR, MC_ERROR_INVALID,
                 _("The portal's version of this dossier cannot be read: %s"), error->message);
}

static gboolean
read_conflict_row (McDatabase   *db,
                   gint64        dossier_id,
                   ConflictRow  *row,
                   GError      **error)
{
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT s.state, max (s.version, d.version), s.message, s.portal_copy "
    "FROM sync_dossier s JOIN dossier d ON d.id = s.dossier_id WHERE s.dossier_id = ?1", error);
  gboolean has_row;

  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, dossier_id);
  if (!mc_database_step (db, stmt, &has_row, error))
    return FALSE;
  if (!has_row)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("This dossier does not exist any more."));
      return FALSE;
    }
  if (sqlite3_column_int (stmt, 0) != MC_SYNC_STATE_CONFLICT)
    return not_in_conflict (error);

  row->version = sqlite3_column_int (stmt, 1);
  row->message = g_strdup ((const char *) sqlite3_column_text (stmt, 2));
  read_portal_copy ((const char *) sqlite3_column_text (stmt, 3), row);
  return TRUE;
}

typedef struct
{
  gint64          dossier_id;
  McSyncConflict *conflict;
} Load;

static gboolean
load_in_transaction (McDatabase  *db,
                     gpointer     data,
                     GError     **error)
{
  Load *load = data;
  g_auto(ConflictRow) row = { 0, };
  McPortalDossier *mine;

  if (!read_conflict_row (db, load->dossier_id, &row, error))
    return FALSE;
  if (row.portal == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&row.portal_error));
      return FALSE;
    }

  mine = mc_portal_store_load_dossier (db, load->dossier_id, error);
  if (mine == NULL)
    return FALSE;

  load->conflict = mc_sync_conflict_new (load->dossier_id, row.message, mine,
                                         g_steal_pointer (&row.portal));
  return TRUE;
}

/**
 * mc_sync_conflict_load:
 * @db: the database
 * @dossier_id: a dossier in conflict
 * @error: return location for a #GError
 *
 * Reads both versions of a dossier in conflict: this computer's, as it
 * would be pushed, and the one the portal sent.
 *
 * Returns: (transfer full): the conflict; %NULL with %MC_ERROR_INVALID
 *   if the dossier is not in conflict (any more) or the portal sent no
 *   readable version, %MC_ERROR_NOT_FOUND if it does not exist
 */
McSyncConflict *
mc_sync_conflict_load (McDatabase  *db,
                       gint64       dossier_id,
                       GError     **error)
{
  Load load = { .dossier_id = dossier_id };

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);

  if (!mc_database_transact (db, MC_TRANSACTION_READ, load_in_transaction, &load, error))
    {
      g_clear_object (&load.conflict);
      return NULL;
    }
  return load.conflict;
}

typedef struct
{
  gint64           dossier_id;
  McSyncResolution resolution;
  guint            expected_portal_version;
  gint64           now;
} Resolve;

/* This computer's version is pushed again, above the portal's, which
 * accepts a PhienBan from another workstation only above its own. */
static gboolean
keep_mine (McDatabase         *db,
           const Resolve      *resolve,
           const ConflictRow  *row,
           GError            **error)
{
  g_autoptr(McStatement) dossier = NULL;
  g_autoptr(McStatement) queue = NULL;
  guint version = MAX (row->version, row->portal_version) + 1;

  dossier = mc_database_prepare (db,
    "UPDATE dossier SET version = ?2, updated_at = ?3 WHERE id = ?1", error);
  if (dossier == NULL)
    return FALSE;
  sqlite3_bind_int64 (dossier, 1, resolve->dossier_id);
  sqlite3_bind_int (dossier, 2, version);
  sqlite3_bind_int64 (dossier, 3, resolve->now);
  if (!mc_database_step (db, dossier, NULL, error))
    return FALSE;

  queue = mc_database_prepare (db,
    "UPDATE sync_dossier SET version = ?2, state = 0, attempts = 0, message = '', "
    "  portal_copy = NULL, updated_at = ?3 "
    "WHERE dossier_id = ?1", error);
  if (queue == NULL)
    return FALSE;
  sqlite3_bind_int64 (queue, 1, resolve->dossier_id);
  sqlite3_bind_int (queue, 2, version);
  sqlite3_bind_int64 (queue, 3, resolve->now);
  return mc_database_step (db, queue, NULL, error);
}

/* The portal's version is stored as a pulled one would be; this
 * computer's steps stay queued, on a version the portal holds. */
static gboolean
take_portal (McDatabase         *db,
             const Resolve      *resolve,
             const ConflictRow  *row,
             GError            **error)
{
  g_autoptr(McStatement) code = NULL;
  gboolean has_row;

  if (row->portal == NULL)
    {
      g_propagate_error (error, g_error_copy (row->portal_error));
      return FALSE;
    }

  code = mc_database_prepare (db, "SELECT code = ?2 FROM dossier WHERE id = ?1", error);
  if (code == NULL)
    return FALSE;
  sqlite3_bind_int64 (code, 1, resolve->dossier_id);
  sqlite3_bind_text (code, 2, row->portal->code, -1, SQLITE_STATIC);
  if (!mc_database_step (db, code, &has_row, error))
    return FALSE;
  if (!has_row || sqlite3_column_int (code, 0) == 0)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The portal's version is of another dossier (%s)."), row->portal->code);
      return FALSE;
    }

  return _mc_portal_store_replace (db, resolve->dossier_id, row->portal, resolve->now, error) &&
         mc_sync_outbox_rebase_steps (db, resolve->dossier_id, row->portal->version,
                                      resolve->now, error);
}

/* The person's choice in the audit trail, with the dossier's code (the
 * portal's, when taken, is the same). */
static gboolean
record_resolution (McDatabase     *db,
                   const Resolve  *resolve,
                   GError        **error)
{
  g_autoptr(McStatement) code = NULL;
  g_autofree char *details = NULL;
  gboolean has_row;
  char version[16];

  code = mc_database_prepare (db, "SELECT code FROM dossier WHERE id = ?1", error);
  if (code == NULL)
    return FALSE;
  sqlite3_bind_int64 (code, 1, resolve->dossier_id);
  if (!mc_database_step (db, code, &has_row, error))
    return FALSE;

  g_snprintf (version, sizeof version, "%u", resolve->expected_portal_version);
  details = mc_audit_details ("resolution",
                              resolve->resolution == MC_SYNC_RESOLUTION_KEEP_MINE ? "keep-mine"
                                                                                 : "take-portal",
                              "portal_version", version, NULL);
  return mc_audit_record (db, NULL, MC_AUDIT_DOSSIER_CONFLICT,
                          has_row ? (const char *) sqlite3_column_text (code, 0) : "",
                          details, error);
}

static gboolean
resolve_in_transaction (McDatabase  *db,
                        gpointer     data,
                        GError     **error)
{
  const Resolve *resolve = data;
  g_auto(ConflictRow) row = { 0, };

  if (!read_conflict_row (db, resolve->dossier_id, &row, error))
    return FALSE;

  /* A pull may have stored another version from the portal while the
   * person looked at this one: they would take, or override, a change
   * they never saw. */
  if (row.portal_version != resolve->expected_portal_version)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   /* Translators: the numbers are versions of the dossier, the
                    * portal's now and the one the person looked at */
                   _("The portal's version of this dossier changed meanwhile: it is now "
                     "version %u, you looked at version %u. Nothing was changed. Open the "
                     "conflict again, look at the new version, then choose."),
                   row.portal_version, resolve->expected_portal_version);
      return FALSE;
    }

  switch (resolve->resolution)
    {
    case MC_SYNC_RESOLUTION_KEEP_MINE:
      return keep_mine (db, resolve, &row, error) && record_resolution (db, resolve, error);
    case MC_SYNC_RESOLUTION_TAKE_PORTAL:
      return take_portal (db, resolve, &row, error) && record_resolution (db, resolve, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/**
 * mc_sync_conflict_resolve:
 * @db: the database
 * @dossier_id: a dossier in conflict
 * @resolution: which version wins
 * @expected_portal_version: the portal's version (PhienBan) the person
 *   chose against, mc_sync_conflict_get_portal_version() of the conflict
 *   they were shown; 0 if the portal sent none whose PhienBan could be read
 * @now: the device time
 * @error: return location for a #GError
 *
 * Carries out a person's choice, all of it or nothing, and records it in
 * the audit trail as made by the person signed in on @db (see
 * mc_audit_record()).
 *
 * The choice holds only against the portal's version the person saw: a
 * sync may store another one while the dossier stays in conflict (a pull
 * of another workstation's newer change), and taking it, or overriding
 * it, unseen is refused. The person looks at the conflict again
 * (mc_sync_conflict_load()) and chooses once more.
 *
 * %MC_SYNC_RESOLUTION_KEEP_MINE: this computer's dossier is queued at a
 * version above both its own and the portal's, so that the portal
 * accepts it over the other workstation's. It needs no readable copy of
 * the portal's version: without its number, the portal's next answer
 * tells whether it was enough.
 *
 * %MC_SYNC_RESOLUTION_TAKE_PORTAL: the portal's version replaces this
 * computer's, as a pulled newer version would, and is not sent back.
 * The steps recorded here that the portal has not acknowledged are
 * still sent, once each.
 *
 * Returns: %TRUE on success; %FALSE, changing nothing, with
 *   %MC_ERROR_INVALID if the dossier is no longer in conflict, if the
 *   portal's version stored is not @expected_portal_version, or (to take
 *   the portal's version) the portal sent none that can be read,
 *   %MC_ERROR_NOT_FOUND if it does not exist, or the error of storing
 *   the portal's version (its procedure not in the catalogue)
 */
gboolean
mc_sync_conflict_resolve (McDatabase        *db,
                          gint64             dossier_id,
                          McSyncResolution   resolution,
                          guint              expected_portal_version,
                          gint64             now,
                          GError           **error)
{
  Resolve resolve = { dossier_id, resolution, expected_portal_version, now };

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (resolution == MC_SYNC_RESOLUTION_KEEP_MINE ||
                        resolution == MC_SYNC_RESOLUTION_TAKE_PORTAL, FALSE);

  return mc_database_transact (db, MC_TRANSACTION_WRITE, resolve_in_transaction, &resolve,
                               error);
}
