/* mc-backup-service.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-backup-service"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-audit.h"
#include "mc-backup-service.h"
#include "mc-backup-store.h"
#include "mc-database.h"

/* The backups of one database in this process: the daily automatic
 * backup, "Back Up Now" and "Restore…" of the preferences, one at a
 * time. There is one service per database file
 * (mc_backup_service_ref_for_database()), so the application's timer and
 * the preferences share its state and never copy one database twice at
 * once.
 *
 * Every backup, restore and look at the folder runs on a thread of its
 * own with its own connections (mc-backup.c), never on the database
 * worker, which goes on serving the windows meanwhile. Once started, the
 * service looks a minute later and then every hour whether the newest
 * backup in the folder is older than a day, and makes one if so: an
 * office whose computer is on a few hours a day still gets its daily
 * backup, and one whose computer stays on all week gets one a day. The
 * newest backup's time comes from the folder, not from the database, so
 * a backup that fails (a full disk, a USB disk unplugged) never writes
 * to the database. */

#define DEFAULT_FIRST_SECONDS 60
#define DEFAULT_EVERY_SECONDS (60 * 60)

struct _McBackupService
{
  GObject        parent_instance;

  char          *database_path;
  McBackupClock  clock;
  gpointer       clock_data;
  guint          first_seconds;
  guint          every_seconds;
  guint          timeout_id;
  GCancellable  *cancellable;

  gboolean       busy;
  char          *folder;
  GDateTime     *last_backup;
  char          *last_error;
  /* Counts the changes of the status above, so that a look at the
   * folder started before a backup does not undo what the backup
   * reported. */
  guint          status_serial;
};

G_DEFINE_FINAL_TYPE (McBackupService, mc_backup_service, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_FOLDER,
  PROP_LAST_BACKUP,
  PROP_LAST_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SIGNAL_FAILED,
  SIGNAL_RESTORED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Database path → service. The table keeps its services for the life
 * of the process (a few databases at most): a service's last reference
 * may be dropped by a finished task on another thread, where it could
 * not leave the table safely. Used on the main thread only. */
static GHashTable *services;

typedef enum
{
  JOB_REFRESH,
  JOB_BACK_UP,
  JOB_BACK_UP_IF_DUE,
  JOB_RESTORE,
  JOB_INSPECT,
} JobKind;

typedef struct
{
  JobKind       kind;
  char         *database_path;
  char         *file;
  GDateTime    *now;
  guint         serial;
  McActorCopy   actor;      /* its name is NULL when nobody asked */

  /* Filled on the thread. */
  char         *folder;
  GDateTime    *latest;
  McBackupInfo *info;
  char         *kept_copy;
  gboolean      skipped;
} Job;

static void
job_free (Job *job)
{
  g_free (job->database_path);
  g_free (job->file);
  g_clear_pointer (&job->now, g_date_time_unref);
  g_free (job->folder);
  g_clear_pointer (&job->latest, g_date_time_unref);
  g_clear_pointer (&job->info, mc_backup_info_free);
  g_free (job->kept_copy);
  mc_actor_copy_clear (&job->actor);
  g_free (job);
}

/*
 * Auxiliary functions
 */

static GDateTime *
now_local (gpointer user_data)
{
  return g_date_time_new_now_local ();
}

static void
set_busy (McBackupService *self,
          gboolean         busy)
{
  if (self->busy == busy)
    return;

  self->busy = busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
set_folder (McBackupService *self,
            const char      *folder)
{
  if (folder == NULL || g_strcmp0 (self->folder, folder) == 0)
    return;

  g_free (self->folder);
  self->folder = g_strdup (folder);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FOLDER]);
}

static void
set_last_backup (McBackupService *self,
                 GDateTime       *last_backup)
{
  if (self->last_backup == last_backup ||
      (self->last_backup != NULL && last_backup != NULL &&
       g_date_time_equal (self->last_backup, last_backup)))
    return;

  g_clear_pointer (&self->last_backup, g_date_time_unref);
  if (last_backup != NULL)
    self->last_backup = g_date_time_ref (last_backup);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAST_BACKUP]);
}

static void
set_last_error (McBackupService *self,
                const char      *message)
{
  if (g_strcmp0 (self->last_error, message) == 0)
    return;

  g_free (self->last_error);
  self->last_error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LAST_ERROR]);
}

/* A backup dated more than an hour ahead was taken while the clock was
 * wrong: waiting for its date would stop the backups until then. */
static gboolean
is_due (GDateTime *latest,
        GDateTime *now)
{
  GTimeSpan age;

  if (latest == NULL)
    return TRUE;

  age = g_date_time_difference (now, latest);
  return age >= MC_BACKUP_SERVICE_MAX_AGE || age < -G_TIME_SPAN_HOUR;
}

/* The folder, from the database's settings, and its newest backup. A
 * folder that cannot be read has none. */
static gboolean
read_status (Job     *job,
             GError **error)
{
  g_autoptr(McDatabase) db = mc_database_open (job->database_path, error);
  g_autoptr(GPtrArray) backups = NULL;

  if (db == NULL)
    return FALSE;

  g_free (job->folder);
  job->folder = mc_backup_store_dup_effective_folder (db, error);
  if (job->folder == NULL)
    return FALSE;
  g_clear_object (&db);

  g_clear_pointer (&job->latest, g_date_time_unref);
  backups = mc_backup_list (job->database_path, job->folder, NULL);
  if (backups != NULL && backups->len > 0)
    job->latest = g_date_time_ref (((McBackupInfo *) g_ptr_array_index (backups, 0))->taken_at);

  return TRUE;
}

/* In the database's audit trail; a backup made stays made without it. */
static void
record (Job        *job,
        const char *kind)
{
  g_autoptr(GError) error = NULL;

  if (!mc_backup_record (job->database_path, job->actor.actor.name != NULL ? &job->actor.actor
                                                                            : NULL,
                         kind, job->info, job->kept_copy, &error))
    g_message ("The backup was not written in the audit trail: %s", error->message);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  g_autoptr(GError) error = NULL;

  switch (job->kind)
    {
    case JOB_INSPECT:
      job->info = mc_backup_inspect (job->file, &error);
      break;

    case JOB_RESTORE:
      job->info = mc_backup_restore (job->database_path, job->file, job->now, &job->kept_copy,
                                     &error);
      if (job->info != NULL)
        {
          record (job, MC_AUDIT_BACKUP_RESTORE);
          /* The restored database may name another folder. */
          read_status (job, NULL);
        }
      break;

    case JOB_REFRESH:
    case JOB_BACK_UP:
    case JOB_BACK_UP_IF_DUE:
    default:
      if (!read_status (job, &error) || job->kind == JOB_REFRESH)
        break;

      if (job->kind == JOB_BACK_UP_IF_DUE && !is_due (job->latest, job->now))
        {
          job->skipped = TRUE;
          break;
        }

      job->info = mc_backup_take (job->database_path, job->folder, job->now, NULL, NULL,
                                  cancellable, &error);
      if (job->info != NULL)
        {
          g_clear_pointer (&job->latest, g_date_time_unref);
          job->latest = g_date_time_ref (job->info->taken_at);
          record (job, MC_AUDIT_BACKUP_CREATE);
        }
      break;
    }

  if (error != NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static gboolean
changes_data (JobKind kind)
{
  return kind == JOB_BACK_UP || kind == JOB_BACK_UP_IF_DUE || kind == JOB_RESTORE;
}

/* Back on the main thread: the status first, whoever asked, then the
 * answer to whoever did (@user_data: the caller's task, or NULL). */
static void
job_done_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  McBackupService *self = MC_BACKUP_SERVICE (object);
  g_autoptr(GTask) caller = user_data;
  g_autoptr(GError) error = NULL;
  Job *job = g_task_get_task_data (G_TASK (result));
  gboolean cancelled;

  g_task_propagate_boolean (G_TASK (result), &error);
  cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);

  if (job->kind != JOB_INSPECT && (changes_data (job->kind) || job->serial == self->status_serial))
    {
      g_object_freeze_notify (G_OBJECT (self));
      self->status_serial++;
      set_folder (self, job->folder);
      if (job->folder != NULL)
        set_last_backup (self, job->latest);
      if (changes_data (job->kind))
        set_busy (self, FALSE);
      if ((job->kind == JOB_BACK_UP || job->kind == JOB_BACK_UP_IF_DUE) && !job->skipped &&
          !cancelled)
        set_last_error (self, error != NULL ? error->message : NULL);
      g_object_thaw_notify (G_OBJECT (self));
    }

  if (error != NULL && !cancelled &&
      (job->kind == JOB_BACK_UP || job->kind == JOB_BACK_UP_IF_DUE))
    g_signal_emit (self, signals [SIGNAL_FAILED], 0, error->message,
                   job->kind == JOB_BACK_UP_IF_DUE);

  if (error == NULL && job->kind == JOB_RESTORE)
    g_signal_emit (self, signals [SIGNAL_RESTORED], 0, job->info->path, job->kept_copy);

  if (caller == NULL)
    return;

  if (error != NULL)
    {
      g_task_return_error (caller, g_steal_pointer (&error));
      return;
    }

  if (job->kind == JOB_RESTORE)
    g_task_set_task_data (caller, g_steal_pointer (&job->kept_copy), g_free);
  g_task_return_pointer (caller, g_steal_pointer (&job->info),
                         (GDestroyNotify) mc_backup_info_free);
}

/* Starts @kind on a thread. A job that changes data is refused while
 * another runs: the caller's task, if any, gets %G_IO_ERROR_BUSY. */
static void
run_job (McBackupService *self,
         JobKind          kind,
         const char      *file,
         const McActor   *actor,
         GTask           *caller)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  if (changes_data (kind) && self->busy)
    {
      if (caller != NULL)
        {
          g_task_return_new_error (caller, G_IO_ERROR, G_IO_ERROR_BUSY,
                                   _("A backup or a restore is under way: wait until it is "
                                     "finished."));
          g_object_unref (caller);
        }
      return;
    }

  job = g_new0 (Job, 1);
  job->kind = kind;
  job->database_path = g_strdup (self->database_path);
  job->file = g_strdup (file);
  job->now = self->clock (self->clock_data);
  job->serial = self->status_serial;
  if (actor != NULL)
    mc_actor_copy_init (&job->actor, actor);

  if (changes_data (kind))
    set_busy (self, TRUE);

  /* Stopping the service cuts a backup short, not a restore, which is
   * one transaction anyway. */
  task = g_task_new (self, kind == JOB_BACK_UP || kind == JOB_BACK_UP_IF_DUE
                           ? self->cancellable : NULL,
                     job_done_cb, caller);
  g_task_set_source_tag (task, run_job);
  g_task_set_name (task, "[mc-backup-service] job");
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  /* The answer is wanted even when cancelled: the status is kept up. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_run_in_thread (task, job_thread);
}

static GTask *
caller_task_new (McBackupService     *self,
                 gpointer             source_tag,
                 const char          *name,
                 GCancellable        *cancellable,
                 GAsyncReadyCallback  callback,
                 gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_name (task, name);

  return task;
}

static gboolean
check_cb (gpointer user_data)
{
  McBackupService *self = user_data;

  if (!self->busy)
    run_job (self, JOB_BACK_UP_IF_DUE, NULL, NULL, NULL);

  return G_SOURCE_CONTINUE;
}

static gboolean
first_check_cb (gpointer user_data)
{
  McBackupService *self = user_data;

  check_cb (self);
  self->timeout_id = g_timeout_add (self->every_seconds * 1000, check_cb, self);

  return G_SOURCE_REMOVE;
}

/*
 * GObject overrides
 */

static void
mc_backup_service_dispose (GObject *object)
{
  McBackupService *self = (McBackupService *)object;

  mc_backup_service_stop (self);

  G_OBJECT_CLASS (mc_backup_service_parent_class)->dispose (object);
}

static void
mc_backup_service_finalize (GObject *object)
{
  McBackupService *self = (McBackupService *)object;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->database_path, g_free);
  g_clear_pointer (&self->folder, g_free);
  g_clear_pointer (&self->last_backup, g_date_time_unref);
  g_clear_pointer (&self->last_error, g_free);

  G_OBJECT_CLASS (mc_backup_service_parent_class)->finalize (object);
}

static void
mc_backup_service_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  McBackupService *self = MC_BACKUP_SERVICE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_backup_service_get_busy (self));
      break;
    case PROP_FOLDER:
      g_value_set_string (value, mc_backup_service_get_folder (self));
      break;
    case PROP_LAST_BACKUP:
      g_value_set_boxed (value, mc_backup_service_get_last_backup (self));
      break;
    case PROP_LAST_ERROR:
      g_value_set_string (value, mc_backup_service_get_last_error (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_backup_service_class_init (McBackupServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_backup_service_dispose;
  object_class->finalize = mc_backup_service_finalize;
  object_class->get_property = mc_backup_service_get_property;

  /**
   * McBackupService:busy:
   *
   * Whether a backup or a restore is under way.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McBackupService:folder:
   *
   * The folder the backups go to, once read from the database.
   */
  properties [PROP_FOLDER] =
    g_param_spec_string ("folder", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McBackupService:last-backup:
   *
   * When the newest backup in the folder was taken, or %NULL.
   */
  properties [PROP_LAST_BACKUP] =
    g_param_spec_boxed ("last-backup", NULL, NULL, G_TYPE_DATE_TIME,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McBackupService:last-error:
   *
   * Why the last backup failed, or %NULL when it succeeded.
   */
  properties [PROP_LAST_ERROR] =
    g_param_spec_string ("last-error", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McBackupService::failed:
   * @self: a #McBackupService
   * @message: why
   * @automatic: whether it was the daily backup, which nobody watches
   *
   * A backup failed; nothing was written and no older backup removed.
   */
  signals [SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  /**
   * McBackupService::restored:
   * @self: a #McBackupService
   * @backup: the backup restored
   * @kept_copy: the copy of the database as it was before
   *
   * A backup was restored: whatever shows the database's data must
   * read it again.
   */
  signals [SIGNAL_RESTORED] =
    g_signal_new ("restored", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_STRING, G_TYPE_STRING);
}

static void
mc_backup_service_init (McBackupService *self)
{
  self->clock = now_local;
  self->first_seconds = DEFAULT_FIRST_SECONDS;
  self->every_seconds = DEFAULT_EVERY_SECONDS;
  self->cancellable = g_cancellable_new ();
}

/*
 * Public API
 */

/**
 * mc_backup_service_ref_for_database:
 * @database_path: the database file
 *
 * Returns the backup service of @database_path in this process, made the
 * first time. Call on the main thread.
 *
 * Returns: (transfer full): the service
 */
McBackupService *
mc_backup_service_ref_for_database (const char *database_path)
{
  g_autofree char *key = NULL;
  McBackupService *self;

  g_return_val_if_fail (database_path != NULL, NULL);

  key = g_canonicalize_filename (database_path, NULL);
  if (services == NULL)
    services = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);

  self = g_hash_table_lookup (services, key);
  if (self == NULL)
    {
      self = g_object_new (MC_TYPE_BACKUP_SERVICE, NULL);
      self->database_path = g_steal_pointer (&key);
      g_hash_table_insert (services, self->database_path, self);
    }

  return g_object_ref (self);
}

const char *
mc_backup_service_get_database_path (McBackupService *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_SERVICE (self), NULL);

  return self->database_path;
}

/**
 * mc_backup_service_set_clock:
 * @self: a #McBackupService
 * @clock: (nullable): returns the time now, as a new #GDateTime;
 *   %NULL for the system's clock
 * @user_data: data for @clock
 *
 * Sets where the times of backups, and whether one is due, come from.
 */
void
mc_backup_service_set_clock (McBackupService *self,
                             McBackupClock    clock,
                             gpointer         user_data)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));

  self->clock = clock != NULL ? clock : now_local;
  self->clock_data = clock != NULL ? user_data : NULL;
}

/**
 * mc_backup_service_set_check_interval:
 * @self: a #McBackupService
 * @first_seconds: from mc_backup_service_start() to the first look
 * @every_seconds: between two looks after that, at least 1
 *
 * Sets how often the service looks whether a backup is due, before
 * mc_backup_service_start(): a minute, then every hour, by default.
 */
void
mc_backup_service_set_check_interval (McBackupService *self,
                                      guint            first_seconds,
                                      guint            every_seconds)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));
  g_return_if_fail (every_seconds > 0);

  self->first_seconds = first_seconds;
  self->every_seconds = every_seconds;
}

/**
 * mc_backup_service_start:
 * @self: a #McBackupService
 *
 * Starts the daily automatic backups. Starting a started service does
 * nothing.
 */
void
mc_backup_service_start (McBackupService *self)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));

  if (self->timeout_id != 0)
    return;

  if (g_cancellable_is_cancelled (self->cancellable))
    {
      g_clear_object (&self->cancellable);
      self->cancellable = g_cancellable_new ();
    }

  /* The first check reads the folder's status: not at start-up, when the
   * folder may be a slow or unplugged USB disk. */
  self->timeout_id = g_timeout_add (self->first_seconds * 1000, first_check_cb, self);
}

/**
 * mc_backup_service_stop:
 * @self: a #McBackupService
 *
 * Stops the automatic backups and cuts short a backup under way, which
 * then leaves no file. A restore under way is finished.
 */
void
mc_backup_service_stop (McBackupService *self)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  g_cancellable_cancel (self->cancellable);
}

gboolean
mc_backup_service_get_busy (McBackupService *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_SERVICE (self), FALSE);

  return self->busy;
}

/**
 * mc_backup_service_get_folder:
 * @self: a #McBackupService
 *
 * Returns: (nullable): the folder of the backups, %NULL until read
 */
const char *
mc_backup_service_get_folder (McBackupService *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_SERVICE (self), NULL);

  return self->folder;
}

/**
 * mc_backup_service_get_last_backup:
 * @self: a #McBackupService
 *
 * Returns: (transfer none) (nullable): when the newest backup in the
 *   folder was taken
 */
GDateTime *
mc_backup_service_get_last_backup (McBackupService *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_SERVICE (self), NULL);

  return self->last_backup;
}

/**
 * mc_backup_service_get_last_error:
 * @self: a #McBackupService
 *
 * Returns: (nullable): why the last backup failed, or %NULL
 */
const char *
mc_backup_service_get_last_error (McBackupService *self)
{
  g_return_val_if_fail (MC_IS_BACKUP_SERVICE (self), NULL);

  return self->last_error;
}

/**
 * mc_backup_service_refresh:
 * @self: a #McBackupService
 *
 * Reads the folder from the database again, and its newest backup: after
 * the folder was changed, say.
 */
void
mc_backup_service_refresh (McBackupService *self)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));

  run_job (self, JOB_REFRESH, NULL, NULL, NULL);
}

/**
 * mc_backup_service_back_up_async:
 * @self: a #McBackupService
 * @actor: (nullable): who asks, for the audit trail; %NULL for the
 *   system account
 * @cancellable: (nullable): a #GCancellable, for the answer only
 * @callback: called on this main context when done
 * @user_data: data for @callback
 *
 * Makes a backup now, into the folder of the database's settings,
 * whatever the age of the newest one. Refused with %G_IO_ERROR_BUSY
 * while a backup or a restore is under way.
 */
void
mc_backup_service_back_up_async (McBackupService     *self,
                                 const McActor       *actor,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));

  run_job (self, JOB_BACK_UP, NULL, actor,
           caller_task_new (self, mc_backup_service_back_up_async,
                            "[mc-backup-service] back up", cancellable, callback, user_data));
}

/**
 * mc_backup_service_back_up_finish:
 * @self: a #McBackupService
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the new backup, or %NULL with @error set
 */
McBackupInfo *
mc_backup_service_back_up_finish (McBackupService  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mc_backup_service_back_up_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * mc_backup_service_inspect_async:
 * @self: a #McBackupService
 * @file: a backup
 * @cancellable: (nullable): a #GCancellable
 * @callback: called on this main context when done
 * @user_data: data for @callback
 *
 * Reads @file's date and number of dossiers (mc_backup_inspect()).
 */
void
mc_backup_service_inspect_async (McBackupService     *self,
                                 const char          *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));
  g_return_if_fail (file != NULL);

  run_job (self, JOB_INSPECT, file, NULL,
           caller_task_new (self, mc_backup_service_inspect_async,
                            "[mc-backup-service] inspect", cancellable, callback, user_data));
}

/**
 * mc_backup_service_inspect_finish:
 * @self: a #McBackupService
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what the backup holds, or %NULL with @error set
 */
McBackupInfo *
mc_backup_service_inspect_finish (McBackupService  *self,
                                  GAsyncResult     *result,
                                  GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mc_backup_service_inspect_async,
                        NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * mc_backup_service_restore_async:
 * @self: a #McBackupService
 * @file: the backup to restore
 * @actor: (nullable): who asks, for the audit trail; %NULL for the
 *   system account
 * @cancellable: (nullable): a #GCancellable, for the answer only
 * @callback: called on this main context when done
 * @user_data: data for @callback
 *
 * Restores @file into the database (mc_backup_restore()), keeping a copy
 * of it as it was first; #McBackupService::restored is emitted before
 * @callback. Refused with %G_IO_ERROR_BUSY while a backup or a restore is
 * under way.
 */
void
mc_backup_service_restore_async (McBackupService     *self,
                                 const char          *file,
                                 const McActor       *actor,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  g_return_if_fail (MC_IS_BACKUP_SERVICE (self));
  g_return_if_fail (file != NULL);

  run_job (self, JOB_RESTORE, file, actor,
           caller_task_new (self, mc_backup_service_restore_async,
                            "[mc-backup-service] restore", cancellable, callback, user_data));
}

/**
 * mc_backup_service_restore_finish:
 * @self: a #McBackupService
 * @result: the #GAsyncResult
 * @kept_copy: (out) (optional): the copy of the database as it was
 * @error: return location for a #GError
 *
 * Returns: (transfer full): what was restored, or %NULL with @error set
 */
McBackupInfo *
mc_backup_service_restore_finish (McBackupService  *self,
                                  GAsyncResult     *result,
                                  char            **kept_copy,
                                  GError          **error)
{
  McBackupInfo *info;

  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == mc_backup_service_restore_async,
                        NULL);

  info = g_task_propagate_pointer (G_TASK (result), error);
  if (info != NULL && kept_copy != NULL)
    *kept_copy = g_strdup (g_task_get_task_data (G_TASK (result)));

  return info;
}
