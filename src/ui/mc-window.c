/* mc-window.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-window"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-procedure-browser.h"
#include "mc-procedure-detail.h"
#include "mc-window.h"

struct _McWindow
{
  AdwApplicationWindow  parent_instance;

  McContext            *context;
  GSettings            *settings;

  /* Template widgets */
  GtkButton            *back_button;
  McProcedureBrowser   *browser;
  AdwLeaflet           *catalogue_leaflet;
  McProcedureDetail    *detail;
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

static void
actions_update (McWindow *self)
{
  gboolean ready = mc_db_worker_is_open (mc_context_get_worker (self->context));
  gboolean detail = is_showing_detail (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", detail);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-catalogue", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.load-sample-catalogue", ready);
  gtk_widget_set_visible (GTK_WIDGET (self->back_button), detail);
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
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McWindow *self = MC_WINDOW (widget);

  if (is_showing_detail (self))
    adw_leaflet_navigate (self->catalogue_leaflet, ADW_NAVIGATION_DIRECTION_BACK);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (mc_window_parent_class)->dispose (object);
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
  object_class->get_property = mc_window_get_property;
  object_class->set_property = mc_window_set_property;

  window_class->close_request = mc_window_close_request;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MC_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_PROCEDURE_BROWSER);
  g_type_ensure (MC_TYPE_PROCEDURE_DETAIL);

  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mc-window.ui");
  gtk_widget_class_bind_template_child (widget_class, McWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, McWindow, browser);
  gtk_widget_class_bind_template_child (widget_class, McWindow, catalogue_leaflet);
  gtk_widget_class_bind_template_child (widget_class, McWindow, detail);
  gtk_widget_class_bind_template_child (widget_class, McWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, McWindow, view_stack);
  gtk_widget_class_bind_template_callback (widget_class, procedure_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, leaflet_changed_cb);

  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
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
  gtk_widget_init_template (GTK_WIDGET (self));
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
  g_return_if_fail (MC_IS_WINDOW (self));

  mc_procedure_browser_reload (self->browser);
  actions_update (self);
}

void
mc_window_add_toast (McWindow *self,
                     AdwToast *toast)
{
  g_return_if_fail (MC_IS_WINDOW (self));

  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}
