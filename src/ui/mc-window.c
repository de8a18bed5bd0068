/* mc-window.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-audit-log.h"
#include "mc-audit-page.h"
#include "mc-dossiers-view.h"
#include "mc-first-admin-page.h"
#include "mc-procedure-browser.h"
#include "mc-procedure-detail.h"
#include "mc-sign-in-page.h"
#include "mc-sync-indicator.h"
#include "mc-sync-page.h"
#include "mc-dashboard-page.h"
#include "mc-window-guard.h"
#include "mc-window.h"

struct _McWindow
{
  AdwApplicationWindow  parent_instance;

  McContext            *context;
  GSettings            *settings;
  GCancellable         *cancellable;

  /* Who works: see session_update() */
  McSession            *session;
  McWindowGuard        *guard;
  GtkWidget            *work_focus;
  guint                 checking_first_admin : 1;
  guint                 needs_first_admin : 1;

  /* Template widgets */
  GtkButton            *back_button;
  McProcedureBrowser   *browser;
  AdwLeaflet           *catalogue_leaflet;
  McDossiersView       *dossiers_view;
  McDashboardPage      *dashboard_page;
  AdwViewStackPage     *dashboard_stack_page;
  McProcedureDetail    *detail;
  McFirstAdminPage     *first_admin_page;
  GtkStack             *session_stack;
  McSignInPage         *sign_in_page;
  GtkBox               *staff_box;
  McSyncIndicator      *sync_indicator;
  McSyncPage           *sync_page;
  AdwViewStackPage     *sync_stack_page;
  GtkLabel             *staff_name_label;
  GtkLabel             *staff_role_label;
  AdwToastOverlay      *toast_overlay;
  AdwViewStack         *view_stack;
};

G_DEFINE_FINAL_TYPE (McWindow, mc_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

static gboolean
is_showing_detail (McWindow *self)
{
  return g_str_equal (adw_view_stack_get_visible_child_name (self->view_stack), "catalogue") &&
         adw_leaflet_get_visible_child (self->catalogue_leaflet) == GTK_WIDGET (self->detail);
}

/* A page below a list: a procedure, a dossier or the intake form. */
static gboolean
can_go_back (McWindow *self)
{
  if (g_str_equal (adw_view_stack_get_visible_child_name (self->view_stack), "dossiers"))
    return mc_dossiers_view_get_can_go_back (self->dossiers_view);

  return is_showing_detail (self);
}

static gboolean
is_showing_work (McWindow *self)
{
  return g_str_equal (gtk_stack_get_visible_child_name (self->session_stack), "work");
}

/* The audit log is the leader's, and the administrator's. */
static gboolean
may_read_audit (McWindow *self)
{
  McStaff *staff = self->session != NULL ? mc_session_get_staff (self->session) : NULL;
  McStaffRole role = staff != NULL ? mc_staff_get_role (staff) : MC_STAFF_ROLE_CLERK;

  return role == MC_STAFF_ROLE_LEADER || role == MC_STAFF_ROLE_ADMINISTRATOR;
}

static void
actions_update (McWindow *self)
{
  /* Behind the sign-in page, the work's shortcuts do nothing either. */
  gboolean work = is_showing_work (self);
  gboolean ready = work && mc_db_worker_is_open (mc_context_get_worker (self->context));
  gboolean detail = is_showing_detail (self);
  gboolean back = can_go_back (self);
  gboolean signed_in = self->session != NULL && mc_session_get_signed_in (self->session);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", work && back);
  /* Receiving acts for the signed-in person. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.receive-dossier",
                                 ready && detail && signed_in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", work);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-catalogue", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample-catalogue", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", signed_in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-audit",
                                 work && signed_in && may_read_audit (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.sign-out", signed_in);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), back);
}

/* The id of the session's person, signed in or locked out; 0 for nobody. */
static gint64
current_staff_id (McWindow *self)
{
  McStaff *staff = self->session != NULL ? mc_session_get_staff (self->session) : NULL;

  return staff != NULL ? mc_staff_get_id (staff) : 0;
}

/* The page the session calls for: the work while someone is signed in
 * (or when the window has no session, as in the widget tests of the
 * work itself), otherwise the page that signs someone in. */
static const char *
session_page (McWindow *self)
{
  if (self->session == NULL || mc_session_get_signed_in (self->session))
    return "work";
  if (self->checking_first_admin)
    return "wait";
  if (self->needs_first_admin)
    return "first-admin";

  return "sign-in";
}

/* Back to the work: the focus returns where it was, without selecting
 * the text of an entry. */
static void
restore_work_focus (McWindow *self)
{
  GtkWidget *widget = self->work_focus;

  g_clear_weak_pointer (&self->work_focus);
  if (widget == NULL || !gtk_widget_is_ancestor (widget, GTK_WIDGET (self->session_stack)))
    return;

  if (GTK_IS_TEXT (widget))
    gtk_text_grab_focus_without_selecting (GTK_TEXT (widget));
  else
    gtk_widget_grab_focus (widget);
}

/* The dossier forms act for the signed-in person, from this computer. */
static void
actor_update (McWindow *self,
              McStaff  *staff)
{
  McActor actor = { 0, };

  if (staff == NULL)
    {
      mc_audit_queue_signed_in (mc_context_get_worker (self->context), NULL);
      mc_dossiers_view_set_actor (self->dossiers_view, NULL);
      mc_dashboard_page_set_actor (self->dashboard_page, NULL);
      adw_view_stack_page_set_visible (self->dashboard_stack_page, FALSE);
      return;
    }

  actor.staff_id = mc_staff_get_id (staff);
  actor.name = mc_staff_get_full_name (staff);
  actor.title = mc_staff_get_title (staff);
  actor.role = mc_staff_get_role (staff);
  actor.workstation = g_get_host_name ();
  mc_dossiers_view_set_actor (self->dossiers_view, &actor);
  mc_dashboard_page_set_actor (self->dashboard_page, &actor);
  /* The changes of settings and accounts name this person too. */
  mc_audit_queue_signed_in (mc_context_get_worker (self->context), &actor);

  /* The overview is the leader's, and the administrator's. */
  adw_view_stack_page_set_visible (self->dashboard_stack_page,
                                   actor.role == MC_STAFF_ROLE_LEADER ||
                                   actor.role == MC_STAFF_ROLE_ADMINISTRATOR);
  if (adw_view_stack_page_get_visible (self->dashboard_stack_page))
    mc_dashboard_page_reload (self->dashboard_page);
}

static void
staff_update (McWindow *self)
{
  McStaff *staff = self->session != NULL ? mc_session_get_staff (self->session) : NULL;

  actor_update (self, staff);

  gtk_widget_set_visible (GTK_WIDGET (self->staff_box), staff != NULL);
  if (staff == NULL)
    return;

  gtk_label_set_label (self->staff_name_label, mc_staff_get_full_name (staff));
  gtk_label_set_label (self->staff_role_label,
                       mc_staff_role_get_label (mc_staff_get_role (staff)));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->staff_box), mc_staff_get_username (staff));
}

/* Shows the page the session calls for. Leaving the work keeps all of it
 * (pages, search, selection) for whoever signs in next, but its dialogs
 * and preferences only for the same person (see McWindowGuard): they act
 * in the name, and with the rights, of the person who opened them. */
static void
session_update (McWindow *self)
{
  const char *page = session_page (self);
  const char *shown = gtk_stack_get_visible_child_name (self->session_stack);

  if (!g_str_equal (page, shown))
    {
      if (g_str_equal (shown, "work"))
        {
          g_set_weak_pointer (&self->work_focus, gtk_window_get_focus (GTK_WINDOW (self)));
          mc_window_guard_lock (self->guard, current_staff_id (self));
        }

      gtk_stack_set_visible_child_name (self->session_stack, page);

      if (g_str_equal (page, "sign-in"))
        mc_sign_in_page_reset (self->sign_in_page);
      else if (g_str_equal (page, "first-admin"))
        mc_first_admin_page_reset (self->first_admin_page);
      else if (g_str_equal (page, "work"))
        {
          mc_window_guard_unlock (self->guard, current_staff_id (self));
          restore_work_focus (self);
        }
    }

  /* Signed out: nobody comes back to the dialogs. */
  if (self->session != NULL && mc_session_get_staff (self->session) == NULL)
    mc_window_guard_close (self->guard);

  staff_update (self);
  actions_update (self);
}

static void
show_import_result (McWindow             *self,
                    const McImportResult *result)
{
  g_autofree char *added = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u added",
                                                         "%u added", result->added),
                                            result->added);
  g_autofree char *updated = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u updated",
                                                           "%u updated", result->updated),
                                              result->updated);
  g_autofree char *unchanged = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u unchanged",
                                                             "%u unchanged", result->unchanged),
                                                result->unchanged);
  AdwToast *toast;

  /* Translators: the three parts are "N added", "N updated", "N unchanged" */
  toast = adw_toast_new_format (_("Catalogue imported: %s, %s, %s"), added, updated, unchanged);
  adw_toast_set_timeout (toast, 6);
  mc_window_add_toast (self, toast);
}

static void
show_error (McWindow     *self,
            const char   *heading,
            const GError *error)
{
  GtkWidget *dialog;

  /* An import error names a record and a field: too long for a toast,
   * and the user needs it to correct the file. */
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s", error->message,
                                  _("Nothing was changed. Correct the file and import it again."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Callbacks
 */

static void
session_changed_cb (McWindow  *self,
                    McSession *session)
{
  if (mc_session_get_staff (session) != NULL)
    self->needs_first_admin = FALSE;

  session_update (self);
}

static void
first_admin_checked_cb (GObject      *object,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(McWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  gboolean needs = FALSE;

  if (!mc_session_needs_first_administrator_finish (MC_SESSION (object), result, &needs, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* Signing in tells again what is wrong with the database. */
      g_debug ("Could not tell whether an administrator exists: %s", error->message);
    }

  if (MC_SESSION (object) != self->session)
    return;

  self->checking_first_admin = FALSE;
  self->needs_first_admin = needs && mc_session_get_staff (self->session) == NULL;
  session_update (self);
}

/* Any key press, click or pointer motion in the window postpones the
 * idle lock. Seen in the capture phase, before any widget, and never
 * stopped here. */
static gboolean
activity_key_pressed_cb (GtkEventControllerKey *controller,
                         guint                  keyval,
                         guint                  keycode,
                         GdkModifierType        state,
                         McWindow              *self)
{
  if (self->session != NULL)
    mc_session_note_activity (self->session);

  return GDK_EVENT_PROPAGATE;
}

static void
activity_motion_cb (GtkEventControllerMotion *controller,
                    double                    x,
                    double                    y,
                    McWindow                 *self)
{
  if (self->session != NULL)
    mc_session_note_activity (self->session);
}

static void
activity_pressed_cb (GtkGestureClick *gesture,
                     int              n_press,
                     double           x,
                     double           y,
                     McWindow        *self)
{
  if (self->session != NULL)
    mc_session_note_activity (self->session);
}

static void
import_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(McWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  McImportResult counts;

  if (!mc_catalogue_import_finish (MC_CATALOGUE (object), result, &counts, &error))
    {
      show_error (self, _("The Catalogue Was Not Imported"), error);
      return;
    }

  show_import_result (self, &counts);
}

static void
import_file_chosen_cb (GtkNativeDialog *chooser,
                       int              response,
                       gpointer         user_data)
{
  g_autoptr(McWindow) self = user_data;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file == NULL)
    return;

  path = g_file_get_path (file);
  if (path == NULL)
    {
      AdwToast *toast = adw_toast_new (_("Only local files can be imported."));
      mc_window_add_toast (self, toast);
      return;
    }

  mc_catalogue_import_async (mc_context_get_catalogue (self->context), path, NULL,
                             import_done_cb, g_object_ref (self));
}

static void
procedure_activated_cb (McWindow           *self,
                        McProcedure        *procedure,
                        McProcedureBrowser *browser)
{
  mc_procedure_detail_show (self->detail, procedure);
  adw_leaflet_set_visible_child (self->catalogue_leaflet, GTK_WIDGET (self->detail));
}

static void
page_changed_cb (McWindow *self)
{
  actions_update (self);
}

/* A dossier of the overview's lists: its page, among the dossiers. */
static void
dashboard_dossier_activated_cb (McWindow   *self,
                                const char *code)
{
  adw_view_stack_set_visible_child_name (self->view_stack, "dossiers");
  mc_dossiers_view_show_dossier (self->dossiers_view, code);
}

/* The Sync page is there once a portal is set up; its tab counts the
 * dossiers a person must look at. */
static void
sync_changed_cb (McWindow      *self,
                 McSyncService *sync)
{
  McSyncStatus status = sync != NULL ? mc_sync_service_get_status (sync)
                                     : MC_SYNC_STATUS_NOT_SET_UP;
  guint problems = sync != NULL ? mc_sync_service_get_n_problems (sync) : 0;

  adw_view_stack_page_set_visible (self->sync_stack_page, status != MC_SYNC_STATUS_NOT_SET_UP);
  adw_view_stack_page_set_needs_attention (self->sync_stack_page, problems > 0);
  adw_view_stack_page_set_badge_number (self->sync_stack_page, problems);
}

static void
leaflet_changed_cb (McWindow *self)
{
  /* Back from the detail page: the list keeps its row in focus. */
  if (!is_showing_detail (self))
    mc_procedure_browser_restore_focus (self->browser);
  actions_update (self);
}

/*
 * Actions
 */

static void
show_sync_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  if (adw_view_stack_page_get_visible (self->sync_stack_page))
    adw_view_stack_set_visible_child_name (self->view_stack, "sync");
}

static void
show_audit_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);
  McAuditPage *page;
  gboolean created;

  if (!may_read_audit (self))
    return;

  page = mc_audit_page_present_window (GTK_WINDOW (self), self->context, &created);
  /* A line's dossier opens among the dossiers, as the overview's do. */
  if (created)
    g_signal_connect_object (page, "dossier-activated",
                             G_CALLBACK (dashboard_dossier_activated_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  if (g_str_equal (adw_view_stack_get_visible_child_name (self->view_stack), "dossiers"))
    mc_dossiers_view_go_back (self->dossiers_view);
  else if (is_showing_detail (self))
    adw_leaflet_navigate (self->catalogue_leaflet, ADW_NAVIGATION_DIRECTION_BACK);
}

/* "Receive Dossier" on a procedure's page: the intake form of the
 * Dossiers page, for the version shown. */
static void
receive_dossier_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);
  McProcedure *procedure = mc_procedure_detail_get_procedure (self->detail);

  if (procedure == NULL || !mc_procedure_detail_is_complete (self->detail))
    return;

  adw_view_stack_set_visible_child_name (self->view_stack, "dossiers");
  mc_dossiers_view_receive_for_procedure (self->dossiers_view, procedure);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, "catalogue");
  adw_leaflet_set_visible_child (self->catalogue_leaflet, GTK_WIDGET (self->browser));
  mc_procedure_browser_focus_search (self->browser);
}

static void
sign_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  if (self->session != NULL)
    mc_session_sign_out (self->session);
}

static void
lock_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  if (self->session != NULL)
    mc_session_lock (self->session);
}

static void
import_catalogue_action (GtkWidget  *widget,
                         const char *action_name,
                         GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Catalogue"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Import"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Catalogue files (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_pattern (filter, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);

  g_signal_connect (chooser, "response", G_CALLBACK (import_file_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
load_sample_catalogue_action (GtkWidget  *widget,
                              const char *action_name,
                              GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  mc_catalogue_import_async (mc_context_get_catalogue (self->context), NULL, NULL,
                             import_done_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_window_constructed (GObject *object)
{
  McWindow *self = (McWindow *)object;

  G_OBJECT_CLASS (mc_window_parent_class)->constructed (object);

  mc_procedure_browser_set_context (self->browser, self->context);
  mc_dossiers_view_set_context (self->dossiers_view, self->context);
  mc_dashboard_page_set_context (self->dashboard_page, self->context);
  mc_sync_page_set_context (self->sync_page, self->context);
  mc_procedure_detail_set_context (self->detail, self->context);
  actions_update (self);
}

static gboolean
mc_window_close_request (GtkWindow *window)
{
  McWindow *self = MC_WINDOW (window);
  int width, height;

  if (self->settings != NULL)
    {
      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized",
                              gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (mc_window_parent_class)->close_request (window);
}

static void
mc_window_dispose (GObject *object)
{
  McWindow *self = (McWindow *)object;

  g_cancellable_cancel (self->cancellable);
  /* Closes the dialogs still hidden: they go with the window. */
  g_clear_object (&self->guard);
  g_clear_weak_pointer (&self->work_focus);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_WINDOW);
  g_clear_object (&self->session);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mc_window_parent_class)->dispose (object);
}

static void
mc_window_finalize (GObject *object)
{
  McWindow *self = (McWindow *)object;

  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_window_parent_class)->finalize (object);
}

static void
mc_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  McWindow *self = MC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_window_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  McWindow *self = MC_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_window_class_init (McWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = mc_window_constructed;
  object_class->dispose = mc_window_dispose;
  object_class->finalize = mc_window_finalize;
  object_class->get_property = mc_window_get_property;
  object_class->set_property = mc_window_set_property;

  window_class->close_request = mc_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MC_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_FIRST_ADMIN_PAGE);
  g_type_ensure (MC_TYPE_DOSSIERS_VIEW);
  g_type_ensure (MC_TYPE_PROCEDURE_BROWSER);
  g_type_ensure (MC_TYPE_PROCEDURE_DETAIL);
  g_type_ensure (MC_TYPE_SIGN_IN_PAGE);

  g_type_ensure (MC_TYPE_DASHBOARD_PAGE);
  g_type_ensure (MC_TYPE_SYNC_INDICATOR);
  g_type_ensure (MC_TYPE_SYNC_PAGE);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, McWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, McWindow, browser);
  gtk_widget_class_bind_template_child (widget_class, McWindow, catalogue_leaflet);
  gtk_widget_class_bind_template_child (widget_class, McWindow, dashboard_page);
  gtk_widget_class_bind_template_child (widget_class, McWindow, dashboard_stack_page);
  gtk_widget_class_bind_template_child (widget_class, McWindow, dossiers_view);
  gtk_widget_class_bind_template_child (widget_class, McWindow, detail);
  gtk_widget_class_bind_template_child (widget_class, McWindow, first_admin_page);
  gtk_widget_class_bind_template_child (widget_class, McWindow, session_stack);
  gtk_widget_class_bind_template_child (widget_class, McWindow, sign_in_page);
  gtk_widget_class_bind_template_child (widget_class, McWindow, staff_box);
  gtk_widget_class_bind_template_child (widget_class, McWindow, sync_indicator);
  gtk_widget_class_bind_template_child (widget_class, McWindow, sync_page);
  gtk_widget_class_bind_template_child (widget_class, McWindow, sync_stack_page);
  gtk_widget_class_bind_template_child (widget_class, McWindow, staff_name_label);
  gtk_widget_class_bind_template_child (widget_class, McWindow, staff_role_label);
  gtk_widget_class_bind_template_child (widget_class, McWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, McWindow, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, procedure_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, page_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, dashboard_dossier_activated_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.receive-dossier", NULL,
                                   receive_dossier_action);
  gtk_widget_class_install_action (widget_class, "win.show-sync", NULL, show_sync_action);
  gtk_widget_class_install_action (widget_class, "win.show-audit", NULL, show_audit_action);
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "win.sign-out", NULL, sign_out_action);
  gtk_widget_class_install_action (widget_class, "win.import-catalogue", NULL,
                                   import_catalogue_action);
  gtk_widget_class_install_action (widget_class, "win.load-sample-catalogue", NULL,
                                   load_sample_catalogue_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Back, 0, "win.back", NULL);
}

static void
mc_window_init (McWindow *self)
{
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->guard = mc_window_guard_new (GTK_WINDOW (self));

  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "key-pressed", G_CALLBACK (activity_key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "motion", G_CALLBACK (activity_motion_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (controller), 0);
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "pressed", G_CALLBACK (activity_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

McWindow *
mc_window_new (McApplication *application,
               McContext     *context)
{
  McWindow *self;
  GSettings *settings;
  int width, height;

  g_return_val_if_fail (MC_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (MC_IS_CONTEXT (context), NULL);

  self = g_object_new (MC_TYPE_WINDOW,
                       "application", application,
                       "context", context,
                       NULL);

  settings = mc_application_get_settings (application);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      width = g_settings_get_int (settings, "window-width");
      height = g_settings_get_int (settings, "window-height");
      gtk_window_set_default_size (GTK_WINDOW (self), width, height);
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      mc_procedure_browser_bind_settings (self->browser, settings);
      mc_dashboard_page_bind_settings (self->dashboard_page, settings);
    }

  return self;
}

/**
 * mc_window_database_ready:
 * @self: a #McWindow
 *
 * Called when the database is open: the pages load their data.
 */
void
mc_window_database_ready (McWindow *self)
{
  GtkApplication *app;

  g_return_if_fail (MC_IS_WINDOW (self));

  mc_procedure_browser_reload (self->browser);
  mc_dossiers_view_reload (self->dossiers_view);
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (MC_IS_APPLICATION (app))
    {
      McSyncService *sync = mc_application_get_sync (MC_APPLICATION (app));

      mc_sync_indicator_set_service (self->sync_indicator, sync);
      mc_sync_page_set_service (self->sync_page, sync);
      if (sync != NULL)
        g_signal_connect_object (sync, "changed", G_CALLBACK (sync_changed_cb), self,
                                 G_CONNECT_SWAPPED);
      sync_changed_cb (self, sync);
    }
  actions_update (self);
}

void
mc_window_add_toast (McWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * mc_window_set_session:
 * @self: a #McWindow
 * @session: (nullable): the session of the database the window shows
 *
 * Puts the work behind the session: until someone signs in, and again
 * when the session locks, the window shows the sign-in page (or, on first
 * start, the page creating the administrator) in place of its content,
 * which stays as it was. Without a session the work shows.
 */
void
mc_window_set_session (McWindow  *self,
                       McSession *session)
{
  g_return_if_fail (MC_IS_WINDOW (self));
  g_return_if_fail (session == NULL || MC_IS_SESSION (session));

  if (self->session == session)
    return;

  if (self->session != NULL)
    g_signal_handlers_disconnect_by_data (self->session, self);
  g_set_object (&self->session, session);

  mc_sign_in_page_set_session (self->sign_in_page, session);
  mc_first_admin_page_set_session (self->first_admin_page, session);

  self->checking_first_admin = FALSE;
  self->needs_first_admin = FALSE;
  if (session != NULL)
    {
      g_signal_connect_object (session, "changed", G_CALLBACK (session_changed_cb), self,
                               G_CONNECT_SWAPPED);
      self->checking_first_admin = mc_session_get_staff (session) == NULL;
      if (self->checking_first_admin)
        mc_session_needs_first_administrator_async (session, self->cancellable,
                                                    first_admin_checked_cb, g_object_ref (self));
    }

  session_update (self);
}

/**
 * mc_window_get_session:
 * @self: a #McWindow
 *
 * Returns: (transfer none) (nullable): the session
 */
McSession *
mc_window_get_session (McWindow *self)
{
  g_return_val_if_fail (MC_IS_WINDOW (self), NULL);

  return self->session;
}

/**
 * mc_window_get_work_shown:
 * @self: a #McWindow
 *
 * Returns: whether the window shows its work rather than a page signing
 *   someone in; what opens from the work (such as the preferences) opens
 *   only then
 */
gboolean
mc_window_get_work_shown (McWindow *self)
{
  g_return_val_if_fail (MC_IS_WINDOW (self), FALSE);

  return is_showing_work (self);
}
