/* mc-sync-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-sync-conflict-dialog.h"
#include "mc-sync-page.h"
#include "mc-sync-queue.h"
#include "mc-sync-row.h"
#include "mc-sync-status-text.h"
#include "mc-ui-util.h"

/* The Sync page: every dossier of which something has not reached the
 * portal, conflicts and refusals first, with the portal's message and
 * what a person can do — send a refused dossier again, choose between
 * two versions of a dossier changed here and elsewhere, open it.
 *
 * The list is read again when the sync's state changes, when the queue
 * changed through this page, and when the page is shown; one read at a
 * time, the next one queued behind it. The rows are recycled by a list
 * view: an office back online after a week may have thousands waiting. */

struct _McSyncPage
{
  GtkWidget      parent_instance;

  McSyncQueue   *queue;
  McSyncService *service;
  gulong         service_handler;
  GCancellable  *cancellable;
  GListStore    *entries;
  guint          loading : 1;
  guint          reload_again : 1;
  guint          loaded : 1;

  /* Template widgets */
  GtkLabel      *details_label;
  AdwStatusPage *empty_status;
  GtkListView   *list_view;
  GtkStack      *stack;
  GtkLabel      *summary_label;
};

G_DEFINE_FINAL_TYPE (McSyncPage, mc_sync_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  SIGNAL_DOSSIER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void load (McSyncPage *self);

/*
 * Auxiliary functions
 */

static void
show_error (McSyncPage   *self,
            const GError *error)
{
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
}

static gboolean
is_set_up (McSyncPage *self)
{
  return self->service == NULL ||
         mc_sync_service_get_status (self->service) != MC_SYNC_STATUS_NOT_SET_UP;
}

static void
update_view (McSyncPage *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));
  g_autofree char *summary = NULL;
  g_autofree char *details = NULL;

  if (self->service != NULL)
    {
      summary = mc_sync_status_summary (self->service);
      details = mc_sync_status_details (self->service);
    }

  if (!is_set_up (self) && n_items == 0)
    {
      gtk_stack_set_visible_child_name (self->stack, "not-set-up");
      return;
    }

  if (n_items == 0 && self->loaded)
    {
      adw_status_page_set_description (self->empty_status, details);
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  g_clear_pointer (&summary, g_free);
  summary = g_strdup_printf (g_dngettext (NULL, "%u dossier is not yet on the portal",
                                          "%u dossiers are not yet on the portal", n_items),
                             n_items);
  gtk_label_set_label (self->summary_label, summary);
  gtk_label_set_label (self->details_label, details != NULL ? details : "");
  gtk_widget_set_visible (GTK_WIDGET (self->details_label), details != NULL);
  gtk_stack_set_visible_child_name (self->stack, "list");
}

static void
reload_soon (McSyncPage *self)
{
  if (self->loading)
    {
      self->reload_again = TRUE;
      return;
    }
  load (self);
}

/* The queue changed through this page: what changed goes at once. */
static void
queue_changed (McSyncPage *self)
{
  reload_soon (self);
  if (self->service != NULL)
    mc_sync_service_sync_now (self->service);
}

/*
 * Callbacks
 */

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McSyncPage) self = user_data;
  g_autoptr(GListModel) entries = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  guint n_items;

  self->loading = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);

  entries = mc_sync_queue_list_finish (MC_SYNC_QUEUE (object), result, &error);
  if (entries == NULL)
    {
      show_error (self, error);
      return;
    }

  /* Spliced into the same store, so that the view keeps its place. */
  n_items = g_list_model_get_n_items (entries);
  items = g_ptr_array_new_full (n_items, g_object_unref);
  for (guint i = 0; i < n_items; i++)
    g_ptr_array_add (items, g_list_model_get_item (entries, i));
  g_list_store_splice (self->entries, 0, g_list_model_get_n_items (G_LIST_MODEL (self->entries)),
                       items->pdata, items->len);
  self->loaded = TRUE;
  update_view (self);

  if (self->reload_again)
    {
      self->reload_again = FALSE;
      load (self);
    }
}

static void
load (McSyncPage *self)
{
  if (self->queue == NULL)
    return;

  self->loading = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
  mc_sync_queue_list_async (self->queue, self->cancellable, listed_cb, g_object_ref (self));
}

static void
service_changed_cb (McSyncPage *self)
{
  update_view (self);
  /* A pass starting has changed nothing in the outbox yet. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      mc_sync_service_get_status (self->service) != MC_SYNC_STATUS_SYNCING)
    reload_soon (self);
}

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  gtk_list_item_set_child (item, mc_sync_row_new ());
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  mc_sync_row_set_entry (MC_SYNC_ROW (gtk_list_item_get_child (item)),
                         gtk_list_item_get_item (item));
}

static void
sent_again_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(McSyncPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mc_sync_queue_send_again_finish (MC_SYNC_QUEUE (object), result, &error))
    {
      show_error (self, error);
      return;
    }

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("The dossier will be sent again")));
  queue_changed (self);
}

static void
resolved_cb (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(McSyncPage) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mc_sync_queue_resolve_finish (MC_SYNC_QUEUE (object), result, &error))
    {
      show_error (self, error);
      reload_soon (self);
      return;
    }

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Conflict resolved")));
  queue_changed (self);
}

static void
conflict_response_cb (McSyncConflictDialog *dialog,
                      const char           *response,
                      McSyncPage           *self)
{
  McSyncConflict *conflict = mc_sync_conflict_dialog_get_conflict (dialog);
  McSyncResolution resolution;

  if (g_strcmp0 (response, MC_SYNC_CONFLICT_RESPONSE_MINE) == 0)
    resolution = MC_SYNC_RESOLUTION_KEEP_MINE;
  else if (g_strcmp0 (response, MC_SYNC_CONFLICT_RESPONSE_PORTAL) == 0)
    resolution = MC_SYNC_RESOLUTION_TAKE_PORTAL;
  else
    return;

  if (self->queue == NULL)
    return;

  mc_sync_queue_resolve_async (self->queue, mc_sync_conflict_get_dossier_id (conflict),
                               resolution, mc_sync_conflict_get_portal_version (conflict),
                               self->cancellable, resolved_cb, g_object_ref (self));
}

static void
conflict_loaded_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(McSyncPage) self = user_data;
  g_autoptr(McSyncConflict) conflict = NULL;
  g_autoptr(GError) error = NULL;
  McSyncConflictDialog *dialog;
  GtkRoot *root;

  conflict = mc_sync_queue_load_conflict_finish (MC_SYNC_QUEUE (object), result, &error);
  if (conflict == NULL)
    {
      /* Resolved meanwhile, by a pull or by someone else. */
      show_error (self, error);
      reload_soon (self);
      return;
    }

  root = gtk_widget_get_root (GTK_WIDGET (self));
  dialog = mc_sync_conflict_dialog_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, conflict);
  g_signal_connect_object (dialog, "response", G_CALLBACK (conflict_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Actions
 */

static void
send_again_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  McSyncPage *self = MC_SYNC_PAGE (widget);

  if (self->queue != NULL)
    mc_sync_queue_send_again_async (self->queue, g_variant_get_int64 (parameter),
                                    self->cancellable, sent_again_cb, g_object_ref (self));
}

static void
resolve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  McSyncPage *self = MC_SYNC_PAGE (widget);

  if (self->queue != NULL)
    mc_sync_queue_load_conflict_async (self->queue, g_variant_get_int64 (parameter),
                                       self->cancellable, conflict_loaded_cb,
                                       g_object_ref (self));
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals [SIGNAL_DOSSIER_ACTIVATED], 0,
                 g_variant_get_string (parameter, NULL));
}

static void
sync_now_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  McSyncPage *self = MC_SYNC_PAGE (widget);

  if (self->service != NULL)
    mc_sync_service_sync_now (self->service);
}

/*
 * GtkWidget overrides
 */

static void
mc_sync_page_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (mc_sync_page_parent_class)->map (widget);

  reload_soon (MC_SYNC_PAGE (widget));
}

/*
 * GObject overrides
 */

static void
mc_sync_page_dispose (GObject *object)
{
  McSyncPage *self = (McSyncPage *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->service != NULL)
    g_clear_signal_handler (&self->service_handler, self->service);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_SYNC_PAGE);
  g_clear_object (&self->queue);
  g_clear_object (&self->service);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->entries);

  G_OBJECT_CLASS (mc_sync_page_parent_class)->dispose (object);
}

static void
mc_sync_page_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  McSyncPage *self = MC_SYNC_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_sync_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_sync_page_class_init (McSyncPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_sync_page_dispose;
  object_class->get_property = mc_sync_page_get_property;
  widget_class->map = mc_sync_page_map;

  /**
   * McSyncPage:busy:
   *
   * Whether the list is being read.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McSyncPage::dossier-activated:
   * @self: a #McSyncPage
   * @code: the dossier's code
   *
   * A person asked to open the dossier.
   */
  signals [SIGNAL_DOSSIER_ACTIVATED] =
    g_signal_new ("dossier-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mc-sync-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McSyncPage, details_label);
  gtk_widget_class_bind_template_child (widget_class, McSyncPage, empty_status);
  gtk_widget_class_bind_template_child (widget_class, McSyncPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, McSyncPage, stack);
  gtk_widget_class_bind_template_child (widget_class, McSyncPage, summary_label);

  gtk_widget_class_install_action (widget_class, "sync.send-again", "x", send_again_action);
  gtk_widget_class_install_action (widget_class, "sync.resolve", "x", resolve_action);
  gtk_widget_class_install_action (widget_class, "sync.open", "s", open_action);
  gtk_widget_class_install_action (widget_class, "sync.sync-now", NULL, sync_now_action);

  g_type_ensure (MC_TYPE_SYNC_ROW);
}

static void
mc_sync_page_init (McSyncPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->entries = g_list_store_new (MC_TYPE_SYNC_ENTRY);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  update_view (self);
}

/*
 * Public API
 */

/**
 * mc_sync_page_set_context:
 * @self: a #McSyncPage
 * @context: the open context
 */
void
mc_sync_page_set_context (McSyncPage *self,
                          McContext  *context)
{
  g_return_if_fail (MC_IS_SYNC_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  if (!g_set_object (&self->queue, mc_context_get_sync_queue (context)))
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->loading = FALSE;
  self->reload_again = FALSE;
  self->loaded = FALSE;
  g_list_store_remove_all (self->entries);
  /* Read when shown (see map()): the outbox may be long, and the tab is
   * hidden at start-up, when the dossier list goes first. */
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    load (self);
}

/**
 * mc_sync_page_set_service:
 * @self: a #McSyncPage
 * @service: (nullable): the running sync
 */
void
mc_sync_page_set_service (McSyncPage    *self,
                          McSyncService *service)
{
  g_return_if_fail (MC_IS_SYNC_PAGE (self));
  g_return_if_fail (service == NULL || MC_IS_SYNC_SERVICE (service));

  if (self->service != NULL)
    g_clear_signal_handler (&self->service_handler, self->service);
  g_set_object (&self->service, service);
  if (service != NULL)
    self->service_handler = g_signal_connect_object (service, "changed",
                                                     G_CALLBACK (service_changed_cb), self,
                                                     G_CONNECT_SWAPPED);
  update_view (self);
}

/**
 * mc_sync_page_reload:
 * @self: a #McSyncPage
 *
 * Reads the list again.
 */
void
mc_sync_page_reload (McSyncPage *self)
{
  g_return_if_fail (MC_IS_SYNC_PAGE (self));

  reload_soon (self);
}

/**
 * mc_sync_page_get_entries:
 * @self: a #McSyncPage
 *
 * Returns: (transfer none): the dossiers shown, as #McSyncEntry
 */
GListModel *
mc_sync_page_get_entries (McSyncPage *self)
{
  g_return_val_if_fail (MC_IS_SYNC_PAGE (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/**
 * mc_sync_page_get_busy:
 * @self: a #McSyncPage
 *
 * Returns: whether the list is being read
 */
gboolean
mc_sync_page_get_busy (McSyncPage *self)
{
  g_return_val_if_fail (MC_IS_SYNC_PAGE (self), FALSE);

  return self->loading;
}
