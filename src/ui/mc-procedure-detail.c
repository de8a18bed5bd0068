/* mc-procedure-detail.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-procedure-detail"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-format.h"
#include "mc-procedure-detail.h"
#include "mc-ui-util.h"

/* Every legal detail of one procedure version. The page opens at once
 * with what the list knew (name, code, field) and fills in the rest when
 * the full record arrives from the database worker. */

struct _McProcedureDetail
{
  GtkWidget     parent_instance;

  McCatalogue  *catalogue;
  McProcedure  *procedure;
  GCancellable *cancellable;
  gboolean      complete;   /* procedure has all its lists */

  /* Template widgets */
  GtkLabel     *code_label;
  AdwStatusPage *error_page;
  GtkLabel     *field_label;
  GtkBox       *groups_box;
  GtkScrolledWindow *scroller;
  GtkStack     *stack;
  GtkLabel     *status_label;
  GtkLabel     *title_label;
  GtkBox       *versions_slot;
};

G_DEFINE_FINAL_TYPE (McProcedureDetail, mc_procedure_detail, GTK_TYPE_WIDGET)

/*
 * Building the page
 */

static AdwPreferencesGroup *
add_group (McProcedureDetail *self,
           const char        *title,
           const char        *description)
{
  GtkWidget *group = adw_preferences_group_new ();

  if (title != NULL)
    adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  if (description != NULL && description[0] != '\0')
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  gtk_box_append (self->groups_box, group);

  return ADW_PREFERENCES_GROUP (group);
}

static void
add_row (AdwPreferencesGroup *group,
         const char          *title,
         const char          *subtitle)
{
  mc_ui_add_lines (group, NULL, title, subtitle);
}

static char *
join_refs (GPtrArray  *refs,
           gboolean    with_codes)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < refs->len; i++)
    {
      const McProcedureRef *ref = g_ptr_array_index (refs, i);

      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append (text, ref->name);
      if (with_codes && ref->code[0] != '\0')
        g_string_append_printf (text, " (%s)", ref->code);
    }

  return g_string_free (text, FALSE);
}

static const char *
yes_no (gboolean value)
{
  return value ? _("Yes") : _("No");
}

static void
add_general (McProcedureDetail *self,
             McProcedure       *procedure)
{
  AdwPreferencesGroup *group = add_group (self, _("General"), NULL);
  g_autofree char *fields = join_refs (mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_FIELD), FALSE);
  g_autofree char *agencies = join_refs (mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_AGENCY), FALSE);
  g_autofree char *coordinators = join_refs (mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_COORDINATOR), FALSE);
  g_autofree char *effective = mc_format_date (mc_procedure_get_effective_date (procedure));
  g_autofree char *postal = NULL;

  postal = g_strdup_printf (_("Dossiers received by post: %s\nResults returned by post: %s"),
                            yes_no (mc_procedure_get_postal_intake (procedure)),
                            yes_no (mc_procedure_get_postal_return (procedure)));

  mc_ui_add_property (group, _("Code"), mc_procedure_get_code (procedure));
  mc_ui_add_property (group, _("Field"), fields);
  mc_ui_add_property (group, _("Level"), mc_procedure_get_level (procedure));
  mc_ui_add_property (group, _("Procedure Type"), mc_procedure_get_kind (procedure));
  mc_ui_add_property (group, _("Implementing Agencies"), agencies);
  mc_ui_add_property (group, _("Coordinating Agencies"), coordinators);
  mc_ui_add_property (group, _("Online Service Level"),
                mc_format_online_level (mc_procedure_get_online_level (procedure)));
  mc_ui_add_property (group, _("Joint Procedure"), yes_no (mc_procedure_get_joint (procedure)));
  mc_ui_add_property (group, _("Public Postal Service"), postal);
  mc_ui_add_property (group, _("Publication Decision"), mc_procedure_get_decision (procedure));
  mc_ui_add_property (group, _("Effective Date"), effective);
  mc_ui_add_property (group, _("Status"),
                mc_procedure_get_in_force (procedure) ? _("In Force") : _("Repealed"));
}

/* Identifies what a time says apart from its channel. */
static char *
dup_time_signature (const McProcedureTime *time)
{
  GString *signature = g_string_new (NULL);

  g_string_append_printf (signature, "%d|%g|%d|%s", time->has_time, time->value, time->unit,
                          time->description);
  for (guint i = 0; i < time->fees->len; i++)
    {
      const McProcedureFee *fee = g_ptr_array_index (time->fees, i);

      g_string_append_printf (signature, "|%d|%" G_GINT64_FORMAT "|%s", fee->has_amount,
                              fee->amount, fee->description);
    }

  return g_string_free (signature, FALSE);
}

static void
add_times (McProcedureDetail *self,
           McProcedure       *procedure)
{
  GPtrArray *times = mc_procedure_get_times (procedure);
  g_autoptr(GPtrArray) signatures = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) channels = g_ptr_array_new_with_free_func (g_free);
  AdwPreferencesGroup *group;

  if (times->len == 0)
    return;

  /* Catalogues repeat the same time and fees for each channel: say it
   * once, naming the channels ("At the counter, Online: Same day"). */
  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (times, i);
      char *signature = dup_time_signature (time);
      guint found;

      if (g_ptr_array_find_with_equal_func (signatures, signature, g_str_equal, &found))
        {
          char *joined = g_strdup_printf ("%s, %s", (char *) g_ptr_array_index (channels, found),
                                          mc_format_channel (time->channel));

          g_free (g_ptr_array_index (channels, found));
          g_ptr_array_index (channels, found) = joined;
          g_free (signature);
          g_ptr_array_add (signatures, NULL);
          g_ptr_array_add (channels, NULL);
        }
      else
        {
          g_ptr_array_add (signatures, signature);
          g_ptr_array_add (channels, g_strdup (mc_format_channel (time->channel)));
        }
    }

  group = add_group (self, _("Processing Time and Fees"), NULL);

  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (times, i);
      const char *channel_names = g_ptr_array_index (channels, i);
      g_autofree char *duration = NULL;
      g_autofree char *title = NULL;

      if (channel_names == NULL)
        continue;

      duration = mc_format_duration (time->has_time, time->value, time->unit);
      title = g_strdup_printf ("%s: %s", channel_names, duration);
      add_row (group, title, time->description);

      for (guint j = 0; j < time->fees->len; j++)
        {
          const McProcedureFee *fee = g_ptr_array_index (time->fees, j);
          g_autofree char *fee_title = mc_format_fee (fee->has_amount, fee->amount);

          add_row (group, fee_title, fee->description);
        }
    }
}

static void
add_components (McProcedureDetail *self,
                McProcedure       *procedure)
{
  GPtrArray *components = mc_procedure_get_components (procedure);
  AdwPreferencesGroup *group = NULL;
  const char *open_case = NULL;

  for (guint i = 0; i < components->len; i++)
    {
      const McProcedureComponent *component = g_ptr_array_index (components, i);
      g_autofree char *counts = NULL;
      g_autofree char *subtitle = NULL;

      if (group == NULL || g_strcmp0 (open_case, component->case_name) != 0)
        {
          group = add_group (self, group == NULL ? _("Required Documents") : NULL,
                             component->case_name);
          open_case = component->case_name;
        }

      counts = g_strdup_printf (_("Originals: %u, copies: %u"), component->originals,
                                component->copies);
      if (component->form_name[0] != '\0')
        subtitle = g_strdup_printf (_("%s\nForm: %s"), counts, component->form_name);
      else
        subtitle = g_steal_pointer (&counts);

      add_row (group, component->name, subtitle);
    }
}

static void
add_steps (McProcedureDetail *self,
           McProcedure       *procedure)
{
  GPtrArray *steps = mc_procedure_get_steps (procedure);
  AdwPreferencesGroup *group = NULL;
  const char *open_case = NULL;
  guint number = 0;

  for (guint i = 0; i < steps->len; i++)
    {
      const McProcedureStep *step = g_ptr_array_index (steps, i);
      g_autofree char *title = NULL;

      if (group == NULL || g_strcmp0 (open_case, step->case_name) != 0)
        {
          group = add_group (self, group == NULL ? _("Steps") : NULL, step->case_name);
          open_case = step->case_name;
          number = 0;
        }

      title = g_strdup_printf ("%u. %s", ++number, step->description);
      add_row (group, title, NULL);
    }
}

static void
add_text_group (McProcedureDetail *self,
                const char        *title,
                const char        *text)
{
  AdwPreferencesGroup *group;
  GtkWidget *label;

  if (text == NULL || text[0] == '\0')
    return;

  group = add_group (self, title, NULL);
  label = gtk_label_new (text);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  adw_preferences_group_add (group, label);
}

static void
add_ref_group (McProcedureDetail  *self,
               McProcedure        *procedure,
               const char         *title,
               McProcedureRefKind  kind)
{
  GPtrArray *refs = mc_procedure_get_refs (procedure, kind);
  AdwPreferencesGroup *group;

  if (refs->len == 0)
    return;

  group = add_group (self, title, NULL);
  for (guint i = 0; i < refs->len; i++)
    {
      const McProcedureRef *ref = g_ptr_array_index (refs, i);

      add_row (group, ref->name, ref->code);
    }
}

static void
clear_groups (McProcedureDetail *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->groups_box))) != NULL)
    gtk_box_remove (self->groups_box, child);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->versions_slot))) != NULL)
    gtk_box_remove (self->versions_slot, child);
}

static void
show_header (McProcedureDetail *self,
             McProcedure       *procedure)
{
  gboolean in_force = mc_procedure_get_in_force (procedure);

  gtk_label_set_label (self->title_label, mc_procedure_get_name (procedure));
  gtk_label_set_label (self->code_label, mc_procedure_get_code (procedure));
  gtk_label_set_label (self->field_label, mc_procedure_get_field_name (procedure));
  gtk_label_set_label (self->status_label, in_force ? _("In Force") : _("Repealed"));
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), in_force ? "repealed" : "in-force");
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), in_force ? "in-force" : "repealed");
}

/*
 * Callbacks
 */

static void
versions_listed_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(McProcedureDetail) self = user_data;
  g_autoptr(GPtrArray) versions = NULL;
  g_autoptr(GError) error = NULL;
  GtkWidget *group;

  versions = mc_catalogue_list_versions_finish (MC_CATALOGUE (object), result, &error);
  if (versions == NULL || self->procedure == NULL)
    return;

  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Versions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("A dossier is handled under the version in force on the day it was received."));

  for (guint i = 0; i < versions->len; i++)
    {
      McProcedure *version = g_ptr_array_index (versions, i);
      g_autofree char *date = mc_format_date (mc_procedure_get_effective_date (version));
      g_autofree char *subtitle = NULL;
      const char *decision = mc_procedure_get_decision (version);
      GtkWidget *row = adw_action_row_new ();

      subtitle = date[0] != '\0' ? g_strdup_printf (_("In force from %s"), date)
                                 : g_strdup (_("Effective date not recorded"));
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     decision[0] != '\0' ? decision : _("Decision not recorded"));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);

      if (mc_procedure_get_id (version) == mc_procedure_get_id (self->procedure))
        {
          /* Translators: marks the version shown on this page */
          GtkWidget *shown = gtk_label_new (_("Shown Here"));

          gtk_widget_add_css_class (shown, "dim-label");
          adw_action_row_add_suffix (ADW_ACTION_ROW (row), shown);
        }

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
    }

  gtk_box_append (self->versions_slot, group);
}

static void
procedure_loaded_cb (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(McProcedureDetail) self = user_data;
  g_autoptr(McProcedure) procedure = NULL;
  g_autoptr(GError) error = NULL;

  procedure = mc_catalogue_load_procedure_finish (MC_CATALOGUE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (procedure == NULL)
    {
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
      return;
    }

  g_set_object (&self->procedure, procedure);
  self->complete = TRUE;
  show_header (self, procedure);
  add_general (self, procedure);
  add_times (self, procedure);
  add_components (self, procedure);
  add_steps (self, procedure);
  add_text_group (self, _("Conditions"), mc_procedure_get_conditions (procedure));
  add_ref_group (self, procedure, _("Who May File"), MC_PROCEDURE_REF_SUBJECT);
  add_ref_group (self, procedure, _("Results"), MC_PROCEDURE_REF_RESULT);
  add_ref_group (self, procedure, _("Legal Basis"), MC_PROCEDURE_REF_LEGAL_BASIS);
  gtk_stack_set_visible_child_name (self->stack, "content");

  mc_catalogue_list_versions_async (self->catalogue, mc_procedure_get_code (procedure),
                                    self->cancellable, versions_listed_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_procedure_detail_dispose (GObject *object)
{
  McProcedureDetail *self = (McProcedureDetail *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_PROCEDURE_DETAIL);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->procedure);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (mc_procedure_detail_parent_class)->dispose (object);
}

static void
mc_procedure_detail_class_init (McProcedureDetailClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_procedure_detail_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-procedure-detail.ui");
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, code_label);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, error_page);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, field_label);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, groups_box);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, scroller);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, stack);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, status_label);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, title_label);
  gtk_widget_class_bind_template_child (widget_class, McProcedureDetail, versions_slot);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mc_procedure_detail_init (McProcedureDetail *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

void
mc_procedure_detail_set_context (McProcedureDetail *self,
                                 McContext         *context)
{
  g_return_if_fail (MC_IS_PROCEDURE_DETAIL (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  g_set_object (&self->catalogue, mc_context_get_catalogue (context));
}

/**
 * mc_procedure_detail_show:
 * @self: a #McProcedureDetail
 * @procedure: a version from the catalogue list
 *
 * Shows @procedure, loading its full record.
 */
void
mc_procedure_detail_show (McProcedureDetail *self,
                          McProcedure       *procedure)
{
  g_return_if_fail (MC_IS_PROCEDURE_DETAIL (self));
  g_return_if_fail (MC_IS_PROCEDURE (procedure));
  g_return_if_fail (self->catalogue != NULL);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_set_object (&self->procedure, procedure);
  self->complete = FALSE;
  clear_groups (self);
  show_header (self, procedure);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (self->scroller), 0);
  gtk_stack_set_visible_child_name (self->stack, "loading");

  mc_catalogue_load_procedure_async (self->catalogue, mc_procedure_get_id (procedure),
                                     self->cancellable, procedure_loaded_cb, g_object_ref (self));
}

/**
 * mc_procedure_detail_get_procedure:
 * @self: a #McProcedureDetail
 *
 * Returns: (transfer none) (nullable): the version shown
 */
McProcedure *
mc_procedure_detail_get_procedure (McProcedureDetail *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_DETAIL (self), NULL);

  return self->procedure;
}

/**
 * mc_procedure_detail_is_complete:
 * @self: a #McProcedureDetail
 *
 * Returns: whether the version shown has all its lists loaded (papers,
 *   times), as receiving a dossier needs
 */
gboolean
mc_procedure_detail_is_complete (McProcedureDetail *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_DETAIL (self), FALSE);

  return self->complete;
}
