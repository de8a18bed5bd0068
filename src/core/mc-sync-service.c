/* mc-sync-service.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-portal-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-pass.h"
#include "mc-sync-service.h"

/* When to sync, so that staff never think about the network: a thread of
 * its own, with its own connection to the database (WAL lets it write
 * beside the app's worker), runs a pass at start, when the network comes
 * up, on "Sync now", after a failure with the backoff of the contract,
 * and otherwise every few minutes. GNetworkMonitor says "online" whenever
 * a route exists: only a call that the portal answers says it can be
 * reached. What the thread learns is handed to the main context, where
 * the "changed", "dossiers-pulled", "catalogue-pulled" and
 * "calendar-pulled" signals are emitted. */

#define DEFAULT_IDLE_SECONDS (5 * 60)

struct _McSyncService
{
  GObject             parent_instance;

  char               *database_path;
  GNetworkMonitor    *monitor;
  gulong              network_handler;
  McSyncPasswordFunc  password_func;
  gpointer            password_data;
  GMainContext       *owner;

  /* Shared with the thread, under lock. */
  GMutex              lock;
  GCond               cond;
  gboolean            wake;
  gboolean            quit;
  guint               idle_interval;
  GThread            *thread;
  GCancellable       *cancellable;

  /* The main context's view. */
  McSyncStatus        status;
  guint               n_problems;
  guint               n_waiting;
  GDateTime          *last_success;
  char               *message;
};

G_DEFINE_FINAL_TYPE (McSyncService, mc_sync_service, G_TYPE_OBJECT)

enum {
  CHANGED,
  DOSSIERS_PULLED,
  CATALOGUE_PULLED,
  CALENDAR_PULLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What a pass tells the main context. */
typedef struct
{
  McSyncService *self;
  McSyncStatus   status;
  guint          n_problems;
  guint          n_waiting;
  gboolean       succeeded;
  guint          pulled;
  gboolean       catalogue_changed;
  gboolean       calendar_changed;
  char          *message;
} News;

static void
news_free (gpointer data)
{
  News *news = data;

  g_object_unref (news->self);
  g_free (news->message);
  g_free (news);
}

static gboolean
deliver_news (gpointer data)
{
  News *news = data;
  McSyncService *self = news->self;

  self->status = news->status;
  /* A pass starting changes the status only. */
  if (news->status == MC_SYNC_STATUS_SYNCING)
    {
      g_signal_emit (self, signals[CHANGED], 0);
      return G_SOURCE_REMOVE;
    }
  self->n_problems = news->n_problems;
  self->n_waiting = news->n_waiting;
  g_free (self->message);
  self->message = g_strdup (news->message);
  if (news->succeeded)
    {
      g_clear_pointer (&self->last_success, g_date_time_unref);
      self->last_success = g_date_time_new_now_local ();
    }

  g_signal_emit (self, signals[CHANGED], 0);
  if (news->pulled > 0)
    g_signal_emit (self, signals[DOSSIERS_PULLED], 0);
  if (news->catalogue_changed)
    g_signal_emit (self, signals[CATALOGUE_PULLED], 0);
  if (news->calendar_changed)
    g_signal_emit (self, signals[CALENDAR_PULLED], 0);
  return G_SOURCE_REMOVE;
}

static void
tell (McSyncService *self,
      News          *news)
{
  news->self = g_object_ref (self);
  g_main_context_invoke_full (self->owner, G_PRIORITY_DEFAULT, deliver_news, news, news_free);
}

static void
tell_status (McSyncService *self,
             McSyncStatus   status,
             const char    *message)
{
  News *news = g_new0 (News, 1);

  news->status = status;
  news->message = g_strdup (message);
  tell (self, news);
}

/* One pass, or what keeps it from running. Returns the status. */
static McSyncStatus
run_pass (McSyncService  *self,
          McDatabase     *db,
          McSyncReport   *report,
          GError        **error)
{
  g_autoptr(McPortalSettings) settings = mc_portal_store_load_settings (db, error);
  g_autoptr(McPortalClient) client = NULL;
  g_autofree char *password = NULL;

  memset (report, 0, sizeof *report);
  if (settings == NULL)
    return MC_SYNC_STATUS_OFFLINE;
  if (*settings->url == '\0' || self->password_func == NULL)
    return MC_SYNC_STATUS_NOT_SET_UP;

  password = self->password_func (settings->url, settings->username, self->password_data, error);
  if (password == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_NOT_CONFIGURED,
                             _("The portal’s password is not stored on this computer."));
      return MC_SYNC_STATUS_NOT_SET_UP;
    }

  client = mc_portal_client_new (settings->url, settings->dstcode, settings->madonvi,
                                 settings->username, password, error);
  memset (password, 0, strlen (password));
  if (client == NULL)
    return MC_SYNC_STATUS_NOT_SET_UP;

  tell_status (self, MC_SYNC_STATUS_SYNCING, NULL);
  if (mc_sync_pass_run (db, client, report, self->cancellable, error))
    return MC_SYNC_STATUS_UP_TO_DATE;
  if (g_error_matches (*error, MC_PORTAL_ERROR, MC_PORTAL_ERROR_CREDENTIALS))
    return MC_SYNC_STATUS_REFUSED;
  return MC_SYNC_STATUS_OFFLINE;
}

/* Waits for a wake-up, quitting, or @seconds (0: no timer). */
static gboolean
wait_for_turn (McSyncService *self,
               guint          seconds)
{
  gint64 until = g_get_monotonic_time () + (gint64) seconds * G_USEC_PER_SEC;
  gboolean quit;

  g_mutex_lock (&self->lock);
  while (!self->wake && !self->quit)
    {
      if (seconds == 0)
        g_cond_wait (&self->cond, &self->lock);
      else if (!g_cond_wait_until (&self->cond, &self->lock, until))
        break;
    }
  self->wake = FALSE;
  quit = self->quit;
  g_mutex_unlock (&self->lock);

  return !quit;
}

static gpointer
sync_thread (gpointer data)
{
  McSyncService *self = data;
  g_autoptr(GError) open_error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (self->database_path, &open_error);
  guint failures = 0;
  gboolean go_on = TRUE;

  if (db == NULL)
    {
      tell_status (self, MC_SYNC_STATUS_OFFLINE, open_error->message);
      return NULL;
    }

  while (go_on)
    {
      g_autoptr(GError) error = NULL;
      McSyncReport report;
      McSyncStatus status = run_pass (self, db, &report, &error);
      McSyncCounts counts = { 0, };
      News *news = g_new0 (News, 1);
      guint wait = 0;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_free (news);
          break;
        }

      mc_sync_outbox_count (db, &counts, NULL);
      news->n_problems = counts.dossiers_rejected + counts.dossiers_conflict +
                         counts.steps_rejected;
      news->n_waiting = counts.dossiers_pending + counts.steps_pending;
      news->pulled = report.pulled_added + report.pulled_updated + report.conflicts;
      /* Also after a pass that failed later: what was pulled is stored. */
      news->catalogue_changed = report.catalogue_changed > 0;
      news->calendar_changed = report.calendar_changed > 0 ||
                               report.calendar_differences_changed > 0;
      news->message = error != NULL ? g_strdup (error->message) : NULL;
      news->succeeded = status == MC_SYNC_STATUS_UP_TO_DATE;
      if (news->succeeded && news->n_problems > 0)
        status = MC_SYNC_STATUS_PROBLEMS;
      news->status = status;
      tell (self, news);

      switch (status)
        {
        case MC_SYNC_STATUS_OFFLINE:
          failures++;
          wait = mc_sync_backoff_seconds (failures, g_random_double ());
          break;

        case MC_SYNC_STATUS_UP_TO_DATE:
        case MC_SYNC_STATUS_PROBLEMS:
          failures = 0;
          g_mutex_lock (&self->lock);
          wait = self->idle_interval;
          g_mutex_unlock (&self->lock);
          break;

        case MC_SYNC_STATUS_NOT_SET_UP:
        case MC_SYNC_STATUS_REFUSED:
        case MC_SYNC_STATUS_SYNCING:
        default:
          /* Nothing will change by itself: wait for new settings, a
           * password, or "Sync now". */
          wait = 0;
          break;
        }

      go_on = wait_for_turn (self, wait);
    }

  return NULL;
}

static void
network_changed_cb (McSyncService   *self,
                    gboolean         available,
                    GNetworkMonitor *monitor)
{
  if (available)
    mc_sync_service_sync_now (self);
}

static void
mc_sync_service_finalize (GObject *object)
{
  McSyncService *self = MC_SYNC_SERVICE (object);

  mc_sync_service_stop (self);
  g_clear_signal_handler (&self->network_handler, self->monitor);
  g_clear_object (&self->monitor);
  g_clear_pointer (&self->owner, g_main_context_unref);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->last_success, g_date_time_unref);
  g_free (self->message);
  g_free (self->database_path);
  g_mutex_clear (&self->lock);
  g_cond_clear (&self->cond);

  G_OBJECT_CLASS (mc_sync_service_parent_class)->finalize (object);
}

static void
mc_sync_service_class_init (McSyncServiceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_sync_service_finalize;

  /**
   * McSyncService::changed:
   *
   * The status, the counts, the last success or the message changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  /**
   * McSyncService::dossiers-pulled:
   *
   * Dossiers came from the portal (or became conflicts): what shows
   * dossiers reloads.
   */
  signals[DOSSIERS_PULLED] = g_signal_new ("dossiers-pulled", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);

  /**
   * McSyncService::catalogue-pulled:
   *
   * Procedures came from the portal and changed the catalogue: what
   * shows procedures reloads.
   */
  signals[CATALOGUE_PULLED] = g_signal_new ("catalogue-pulled", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 0);

  /**
   * McSyncService::calendar-pulled:
   *
   * The portal's official calendar changed days of the working calendar,
   * or the days where it differs from an administrator's edits: what
   * shows the calendar or deadlines reloads.
   */
  signals[CALENDAR_PULLED] = g_signal_new ("calendar-pulled", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
}

static void
mc_sync_service_init (McSyncService *self)
{
  g_mutex_init (&self->lock);
  g_cond_init (&self->cond);
  self->idle_interval = DEFAULT_IDLE_SECONDS;
  self->status = MC_SYNC_STATUS_NOT_SET_UP;
}

/**
 * mc_sync_service_new:
 * @database_path: the database the app uses
 * @monitor: (nullable): the network monitor, to sync when the network
 *   comes up
 *
 * Creates the service; it does nothing before mc_sync_service_start().
 * Its signals are emitted on the thread-default main context of the
 * caller.
 *
 * Returns: (transfer full): a new #McSyncService
 */
McSyncService *
mc_sync_service_new (const char      *database_path,
                     GNetworkMonitor *monitor)
{
  McSyncService *self = g_object_new (MC_TYPE_SYNC_SERVICE, NULL);

  self->database_path = g_strdup (database_path);
  self->owner = g_main_context_ref_thread_default ();
  if (monitor != NULL)
    {
      self->monitor = g_object_ref (monitor);
      self->network_handler = g_signal_connect_object (monitor, "network-changed",
                                                       G_CALLBACK (network_changed_cb), self,
                                                       G_CONNECT_SWAPPED);
    }
  return self;
}

/**
 * mc_sync_service_set_password_func:
 * @self: a #McSyncService
 * @func: where the password comes from, called on the sync's thread
 * @user_data: for @func
 */
void
mc_sync_service_set_password_func (McSyncService      *self,
                                   McSyncPasswordFunc  func,
                                   gpointer            user_data)
{
  g_return_if_fail (MC_IS_SYNC_SERVICE (self));
  g_return_if_fail (self->thread == NULL);

  self->password_func = func;
  self->password_data = user_data;
}

/**
 * mc_sync_service_set_idle_interval:
 * @self: a #McSyncService
 * @seconds: between passes when everything went through
 */
void
mc_sync_service_set_idle_interval (McSyncService *self,
                                   guint          seconds)
{
  g_return_if_fail (MC_IS_SYNC_SERVICE (self));

  g_mutex_lock (&self->lock);
  self->idle_interval = MAX (seconds, 1);
  g_mutex_unlock (&self->lock);
}

/**
 * mc_sync_service_start:
 * @self: a #McSyncService
 *
 * Starts the sync's thread, which syncs at once.
 */
void
mc_sync_service_start (McSyncService *self)
{
  g_return_if_fail (MC_IS_SYNC_SERVICE (self));

  if (self->thread != NULL)
    return;

  self->quit = FALSE;
  self->wake = FALSE;
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->thread = g_thread_new ("mc-sync", sync_thread, self);
}

/**
 * mc_sync_service_sync_now:
 * @self: a #McSyncService
 *
 * Syncs at once, or as soon as the pass under way ends: after new
 * settings, a password, "Sync now", or the network coming up.
 */
void
mc_sync_service_sync_now (McSyncService *self)
{
  g_return_if_fail (MC_IS_SYNC_SERVICE (self));

  g_mutex_lock (&self->lock);
  self->wake = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
}

/**
 * mc_sync_service_stop:
 * @self: a #McSyncService
 *
 * Stops the sync: a call on its way is cancelled, and the thread is
 * waited for. What was not acknowledged stays in the outbox.
 */
void
mc_sync_service_stop (McSyncService *self)
{
  g_return_if_fail (MC_IS_SYNC_SERVICE (self));

  if (self->thread == NULL)
    return;

  g_mutex_lock (&self->lock);
  self->quit = TRUE;
  g_cond_signal (&self->cond);
  g_mutex_unlock (&self->lock);
  g_cancellable_cancel (self->cancellable);

  g_thread_join (g_steal_pointer (&self->thread));
}

McSyncStatus
mc_sync_service_get_status (McSyncService *self)
{
  g_return_val_if_fail (MC_IS_SYNC_SERVICE (self), MC_SYNC_STATUS_NOT_SET_UP);

  return self->status;
}

guint
mc_sync_service_get_n_problems (McSyncService *self)
{
  g_return_val_if_fail (MC_IS_SYNC_SERVICE (self), 0);

  return self->n_problems;
}

guint
mc_sync_service_get_n_waiting (McSyncService *self)
{
  g_return_val_if_fail (MC_IS_SYNC_SERVICE (self), 0);

  return self->n_waiting;
}

/**
 * mc_sync_service_get_last_success:
 * @self: a #McSyncService
 *
 * Returns: (transfer none) (nullable): when a pass last went through
 */
GDateTime *
mc_sync_service_get_last_success (McSyncService *self)
{
  g_return_val_if_fail (MC_IS_SYNC_SERVICE (self), NULL);

  return self->last_success;
}

/**
 * mc_sync_service_get_message:
 * @self: a #McSyncService
 *
 * Returns: (nullable): why the last pass did not go through
 */
const char *
mc_sync_service_get_message (McSyncService *self)
{
  g_return_val_if_fail (MC_IS_SYNC_SERVICE (self), NULL);

  return self->message;
}
