/* mc-procedure-browser.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-procedure-browser"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-procedure-browser.h"

/* The first page: search as you type, two filters, and the list of
 * current procedures. All data comes from McProcedureListModel. */

struct _McProcedureBrowser
{
  GtkWidget             parent_instance;

  McCatalogue          *catalogue;
  McProcedureListModel *model;
  GtkSingleSelection   *selection;
  GtkStringList        *field_names;
  GPtrArray            *field_codes;   /* parallel to field_names */
  GCancellable         *cancellable;
  gboolean              updating_fields;

  /* Template widgets */
  GtkStack             *content_stack;
  GtkLabel             *count_label;
  AdwStatusPage        *error_page;
  GtkDropDown          *field_dropdown;
  GtkListView          *list_view;
  GtkDropDown          *online_dropdown;
  GtkSearchEntry       *search_entry;
};

G_DEFINE_FINAL_TYPE (McProcedureBrowser, mc_procedure_browser, GTK_TYPE_WIDGET)

enum {
  SIGNAL_PROCEDURE_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Positions of the online-level drop-down, in the order of the .ui. */
static const int online_levels[] = {
  MC_ONLINE_LEVEL_ANY,
  MC_ONLINE_LEVEL_FULL,
  MC_ONLINE_LEVEL_PARTIAL,
  MC_ONLINE_LEVEL_NONE,
};

static const char * const online_level_settings[] = { "", "full", "partial", "none" };

/*
 * Auxiliary functions
 */

static void
update_state (McProcedureBrowser *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->model));
  guint total = mc_procedure_list_model_get_n_total (self->model);
  const char *error = mc_procedure_list_model_get_error_message (self->model);
  g_autofree char *count = NULL;
  const char *page;

  if (error != NULL)
    {
      adw_status_page_set_description (self->error_page, error);
      page = "error";
    }
  else if (mc_procedure_list_model_get_loading (self->model) && total == 0)
    page = "loading";
  else if (total == 0)
    page = "empty";
  else if (shown == 0 && !mc_procedure_list_model_get_searching (self->model))
    page = "no-results";
  else
    page = "list";

  gtk_stack_set_visible_child_name (self->content_stack, page);

  count = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Showing %u of %u procedure",
                                        "Showing %u of %u procedures", total),
                           shown, total);
  gtk_label_set_label (self->count_label, count);
}

static void
select_field_code (McProcedureBrowser *self,
                   const char         *code)
{
  guint position = 0;

  for (guint i = 0; i < self->field_codes->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->field_codes, i), code) == 0)
      position = i;

  gtk_drop_down_set_selected (self->field_dropdown, position);
}

static gboolean
online_level_from_setting (GValue   *value,
                           GVariant *variant,
                           gpointer  user_data)
{
  const char *name = g_variant_get_string (variant, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (online_level_settings); i++)
    if (g_str_equal (name, online_level_settings[i]))
      {
        g_value_set_int (value, online_levels[i]);
        return TRUE;
      }

  return FALSE;
}

static GVariant *
online_level_to_setting (const GValue       *value,
                         const GVariantType *expected_type,
                         gpointer            user_data)
{
  int level = g_value_get_int (value);

  for (guint i = 0; i < G_N_ELEMENTS (online_levels); i++)
    if (online_levels[i] == level)
      return g_variant_new_string (online_level_settings[i]);

  return NULL;
}

/* Shown in a row for a procedure that is no longer in force. */
static char *
status_label (GtkListItem *item,
              gboolean     in_force)
{
  return g_strdup (in_force ? "" : _("Repealed"));
}

/*
 * Callbacks
 */

static void
fields_listed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(McProcedureBrowser) self = user_data;
  g_autoptr(GPtrArray) fields = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  const char *wanted;

  fields = mc_catalogue_list_fields_finish (MC_CATALOGUE (object), result, &error);
  if (fields == NULL)
    {
      /* The list itself reports database errors; the filter just stays. */
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        g_debug ("Fields not listed: %s", error->message);
      return;
    }

  wanted = mc_procedure_list_model_get_field_code (self->model);

  self->updating_fields = TRUE;
  g_ptr_array_set_size (self->field_codes, 0);
  g_ptr_array_add (self->field_codes, g_strdup (""));
  g_ptr_array_add (names, (char *) _("All Fields"));
  for (guint i = 0; i < fields->len; i++)
    {
      const McProcedureRef *field = g_ptr_array_index (fields, i);

      g_ptr_array_add (self->field_codes, g_strdup (field->code));
      g_ptr_array_add (names, field->name);
    }
  g_ptr_array_add (names, NULL);

  gtk_string_list_splice (self->field_names, 0,
                          g_list_model_get_n_items (G_LIST_MODEL (self->field_names)),
                          (const char * const *) names->pdata);
  select_field_code (self, wanted);
  self->updating_fields = FALSE;
}

static void
field_selected_cb (McProcedureBrowser *self)
{
  guint position = gtk_drop_down_get_selected (self->field_dropdown);

  if (self->updating_fields || position >= self->field_codes->len)
    return;

  mc_procedure_list_model_set_field_code (self->model,
                                          g_ptr_array_index (self->field_codes, position));
}

static void
online_selected_cb (McProcedureBrowser *self)
{
  guint position = gtk_drop_down_get_selected (self->online_dropdown);

  if (position < G_N_ELEMENTS (online_levels))
    mc_procedure_list_model_set_online_level (self->model, online_levels[position]);
}

static void
model_online_level_changed_cb (McProcedureBrowser *self)
{
  int level = mc_procedure_list_model_get_online_level (self->model);

  for (guint i = 0; i < G_N_ELEMENTS (online_levels); i++)
    if (online_levels[i] == level)
      gtk_drop_down_set_selected (self->online_dropdown, i);
}

static void
search_changed_cb (McProcedureBrowser *self,
                   GtkSearchEntry     *entry)
{
  mc_procedure_list_model_set_search_text (self->model,
                                           gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
stop_search_cb (McProcedureBrowser *self,
                GtkSearchEntry     *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
activate_position (McProcedureBrowser *self,
                   guint               position)
{
  g_autoptr(McProcedure) procedure = g_list_model_get_item (G_LIST_MODEL (self->model), position);

  if (procedure != NULL)
    g_signal_emit (self, signals [SIGNAL_PROCEDURE_ACTIVATED], 0, procedure);
}

/* Enter in the search entry opens the first (or the only) match. */
static void
search_activated_cb (McProcedureBrowser *self,
                     GtkSearchEntry     *entry)
{
  activate_position (self, 0);
}

static void
list_activated_cb (McProcedureBrowser *self,
                   guint               position,
                   GtkListView        *list_view)
{
  activate_position (self, position);
}

/* Down from the search entry goes into the list. */
static gboolean
search_key_pressed_cb (McProcedureBrowser    *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (keyval != GDK_KEY_Down && keyval != GDK_KEY_KP_Down)
    return GDK_EVENT_PROPAGATE;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->model)) == 0)
    return GDK_EVENT_PROPAGATE;

  gtk_single_selection_set_selected (self->selection, 0);
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.select-item", "(ubb)",
                              0, FALSE, FALSE);

  return GDK_EVENT_STOP;
}

static void
catalogue_changed_cb (McProcedureBrowser *self)
{
  /* The list model reloads itself; the fields may have changed too. */
  mc_catalogue_list_fields_async (self->catalogue, self->cancellable, fields_listed_cb,
                                  g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_procedure_browser_dispose (GObject *object)
{
  McProcedureBrowser *self = (McProcedureBrowser *)object;
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_PROCEDURE_BROWSER);
  /* GTK 4.8 unparents only the template children bound to a field; the
   * top box of the template is not one of them. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  g_clear_object (&self->catalogue);
  g_clear_pointer (&self->field_codes, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_procedure_browser_parent_class)->dispose (object);
}

static void
mc_procedure_browser_class_init (McProcedureBrowserClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_procedure_browser_dispose;

  /**
   * McProcedureBrowser::procedure-activated:
   * @procedure: the chosen procedure (current version, list data only)
   */
  signals [SIGNAL_PROCEDURE_ACTIVATED] =
    g_signal_new ("procedure-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, MC_TYPE_PROCEDURE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-procedure-browser.ui");
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, content_stack);
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, count_label);
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, error_page);
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, field_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, list_view);
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, online_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McProcedureBrowser, search_entry);
  gtk_widget_class_bind_template_callback (widget_class, field_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, online_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_key_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mc_procedure_browser_init (McProcedureBrowser *self)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();
  g_autoptr(GtkListItemFactory) factory = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->field_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->field_codes, g_strdup (""));
  self->field_names = GTK_STRING_LIST (gtk_drop_down_get_model (self->field_dropdown));

  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "status_label",
                                          G_CALLBACK (status_label));
  factory = gtk_builder_list_item_factory_new_from_resource (scope,
                                                             RESOURCE_BASE "/ui/mc-procedure-row.ui");
  gtk_list_view_set_factory (self->list_view, factory);
}

/*
 * Public API
 */

void
mc_procedure_browser_set_context (McProcedureBrowser *self,
                                  McContext          *context)
{
  g_return_if_fail (MC_IS_PROCEDURE_BROWSER (self));
  g_return_if_fail (MC_IS_CONTEXT (context));
  g_return_if_fail (self->model == NULL);

  self->catalogue = g_object_ref (mc_context_get_catalogue (context));
  self->model = mc_procedure_list_model_new (self->catalogue);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::searching", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::n-total", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::error-message", G_CALLBACK (update_state),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::online-level",
                           G_CALLBACK (model_online_level_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->catalogue, "changed", G_CALLBACK (catalogue_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

McProcedureListModel *
mc_procedure_browser_get_model (McProcedureBrowser *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_BROWSER (self), NULL);

  return self->model;
}

/**
 * mc_procedure_browser_bind_settings:
 * @self: a #McProcedureBrowser
 * @settings: the application settings
 *
 * Remembers the filters between starts.
 */
void
mc_procedure_browser_bind_settings (McProcedureBrowser *self,
                                    GSettings          *settings)
{
  g_return_if_fail (MC_IS_PROCEDURE_BROWSER (self));
  g_return_if_fail (self->model != NULL);

  g_settings_bind (settings, "catalogue-field-filter", self->model, "field-code",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind_with_mapping (settings, "catalogue-online-filter", self->model, "online-level",
                                G_SETTINGS_BIND_DEFAULT, online_level_from_setting,
                                online_level_to_setting, NULL, NULL);
}

/**
 * mc_procedure_browser_reload:
 * @self: a #McProcedureBrowser
 *
 * Loads the catalogue and its fields from the database.
 */
void
mc_procedure_browser_reload (McProcedureBrowser *self)
{
  g_return_if_fail (MC_IS_PROCEDURE_BROWSER (self));
  g_return_if_fail (self->model != NULL);

  mc_procedure_list_model_reload (self->model);
  update_state (self);
  mc_catalogue_list_fields_async (self->catalogue, self->cancellable, fields_listed_cb,
                                  g_object_ref (self));
}

void
mc_procedure_browser_focus_search (McProcedureBrowser *self)
{
  g_return_if_fail (MC_IS_PROCEDURE_BROWSER (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

void
mc_procedure_browser_restore_focus (McProcedureBrowser *self)
{
  g_return_if_fail (MC_IS_PROCEDURE_BROWSER (self));

  if (gtk_single_selection_get_selected (self->selection) != GTK_INVALID_LIST_POSITION)
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}
