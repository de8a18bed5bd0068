/* mc-dossier-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-document-preview.h"
#include "mc-document-store.h"
#include "mc-dossier-page.h"
#include "mc-dossier-timeline.h"
#include "mc-format.h"
#include "mc-ui-util.h"

/* One dossier: its state against the appointment, its data and papers,
 * its history, and a button for each step the workflow allows the
 * current staff member now (mc_dossier_workflow_list_actions()). A step
 * opens a McTransitionDialog; "Edit Data…", offered where the workflow
 * allows %MC_DOSSIER_ACTION_EDIT, opens a McDossierEditDialog. Once
 * recorded, McDossiers says the dossiers changed and the page loads the
 * dossier again; the history (McDossierTimeline) shows each correction
 * with its changes. */

struct _McDossierPage
{
  AdwBin           parent_instance;

  McDossiers      *dossiers;
  McDocuments     *documents;
  McDossier       *dossier;
  GPtrArray       *events;
  GArray          *actions;
  McDeadlineState  deadline_state;
  char            *code;
  GCancellable    *cancellable;       /* the load under way */
  guint            pending;           /* loads still to answer */
  gulong           changed_id;

  McActorCopy      actor;
  guint            has_actor : 1;
  guint            can_edit : 1;

  /* Template widgets */
  GtkFlowBox      *actions_box;
  GtkLabel        *code_label;
  GtkLabel        *due_label;
  McDossierPortalLine *portal_line;
  GtkButton       *edit_button;
  GtkMenuButton   *print_button;
  AdwStatusPage   *error_page;
  GtkBox          *groups_box;
  GtkLabel        *procedure_label;
  GtkStack        *stack;
  GtkLabel        *status_label;
};

G_DEFINE_FINAL_TYPE (McDossierPage, mc_dossier_page, ADW_TYPE_BIN)

enum {
  PROP_0,
  PROP_DOSSIER,
  PROP_LOADING,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void reload (McDossierPage *self);

/*
 * Auxiliary functions
 */

static AdwPreferencesGroup *
add_group (McDossierPage *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->groups_box, group);

  return ADW_PREFERENCES_GROUP (group);
}

static const char *
deadline_label (McDeadlineState state)
{
  switch (state)
    {
    case MC_DEADLINE_DUE_SOON:
      return _("due soon");
    case MC_DEADLINE_OVERDUE:
      return _("overdue");
    case MC_DEADLINE_IN_TIME:
    default:
      return _("in time");
    }
}

static gboolean
is_running (McDossierStatus status)
{
  return status == MC_DOSSIER_STATUS_ACCEPTED || status == MC_DOSSIER_STATUS_PROCESSING ||
         status == MC_DOSSIER_STATUS_SUPPLEMENT || status == MC_DOSSIER_STATUS_PAYMENT;
}

static void
clear_box (GtkWidget *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    {
      if (GTK_IS_FLOW_BOX (box))
        gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
      else
        gtk_box_remove (GTK_BOX (box), child);
    }
}

static void
show_header (McDossierPage *self)
{
  McDossier *dossier = self->dossier;
  McDossierStatus status = mc_dossier_get_status (dossier);
  GtkWidget *pill = GTK_WIDGET (self->status_label);
  g_autofree char *due = mc_format_moment (mc_dossier_get_due_at (dossier));
  g_autofree char *text = NULL;
  g_autofree char *procedure = g_strdup_printf ("%s (%s)", mc_dossier_get_procedure_name (dossier),
                                                mc_dossier_get_procedure_code (dossier));
  const char *state_class = "accent";

  gtk_label_set_label (self->code_label, mc_dossier_get_code (dossier));
  gtk_label_set_label (self->procedure_label, procedure);
  gtk_label_set_label (self->status_label, mc_dossier_status_get_label (status));

  if (status == MC_DOSSIER_STATUS_SUPPLEMENT)
    {
      /* Translators: the appointment, while the clock is stopped */
      text = g_strdup_printf (_("Appointment: %s — paused for supplements"), due);
      state_class = "warning";
    }
  else if (is_running (status))
    {
      McDossierFacts facts;

      mc_dossier_get_facts (dossier, &facts);
      facts.deadline_state = self->deadline_state;

      /* The law asks for a written apology and a new date once a dossier
       * is late: say so where the officer looks first. */
      if (mc_dossier_workflow_apology_owed (&facts))
        text = g_strdup_printf (_("Appointment: %s — overdue: an apology letter with a new "
                                  "appointment date is owed to the applicant"), due);
      else
        /* Translators: the appointment, then in time, due soon or overdue */
        text = g_strdup_printf (_("Appointment: %s — %s"), due, deadline_label (self->deadline_state));
      if (self->deadline_state == MC_DEADLINE_OVERDUE)
        state_class = "error";
      else if (self->deadline_state == MC_DEADLINE_DUE_SOON)
        state_class = "warning";
    }
  else if (mc_dossier_get_returned_at (dossier) != NULL)
    {
      g_autofree char *returned = mc_format_moment (mc_dossier_get_returned_at (dossier));

      text = g_strdup_printf (_("Result returned on %s"), returned);
      state_class = "success";
    }
  else if (mc_dossier_get_finished_at (dossier) != NULL)
    {
      g_autofree char *finished = mc_format_moment (mc_dossier_get_finished_at (dossier));

      text = g_strdup_printf (_("Finished on %s; appointment was %s"), finished, due);
      state_class = status == MC_DOSSIER_STATUS_PROCESSED ? "success" : "dim-label";
    }
  else
    {
      text = g_strdup_printf (_("Appointment: %s"), due);
    }

  gtk_label_set_label (self->due_label, text);
  for (guint i = 0; i < 5; i++)
    {
      static const char * const classes[] = { "accent", "warning", "error", "success", "dim-label" };

      gtk_widget_remove_css_class (pill, classes[i]);
      gtk_widget_remove_css_class (GTK_WIDGET (self->due_label), classes[i]);
    }
  gtk_widget_add_css_class (pill, state_class);
  gtk_widget_add_css_class (GTK_WIDGET (self->due_label), state_class);
}

static void
show_actions (McDossierPage *self)
{
  McDossierFacts facts;

  clear_box (GTK_WIDGET (self->actions_box));
  g_clear_pointer (&self->actions, g_array_unref);
  self->can_edit = FALSE;
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), FALSE);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.edit", FALSE);

  if (!self->has_actor)
    return;

  mc_dossier_get_facts (self->dossier, &facts);
  facts.deadline_state = self->deadline_state;
  self->actions = mc_dossier_workflow_list_actions (&facts, self->actor.actor.role);

  for (guint i = 0; i < self->actions->len; )
    {
      McDossierAction action = g_array_index (self->actions, McDossierAction, i);
      GtkWidget *button;

      /* Correcting the data is a form of its own, not a step. */
      if (action == MC_DOSSIER_ACTION_EDIT)
        {
          self->can_edit = TRUE;
          g_array_remove_index (self->actions, i);
          continue;
        }

      button = gtk_button_new_with_label (mc_dossier_action_get_label (action));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "dossier.act");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "i", (gint32) action);
      if (i == 0)
        gtk_widget_add_css_class (button, "suggested-action");
      if (action == MC_DOSSIER_ACTION_REFUSE || action == MC_DOSSIER_ACTION_STOP)
        gtk_widget_add_css_class (button, "destructive-action");
      gtk_flow_box_append (self->actions_box, button);
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
      i++;
    }

  gtk_widget_set_visible (GTK_WIDGET (self->actions_box), self->actions->len > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->edit_button), self->can_edit);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.edit", self->can_edit);
}

/* Any form the dossier's steps caused can be printed again. */
static void
show_forms (McDossierPage *self)
{
  g_autoptr(GArray) kinds = mc_document_store_forms_for_events (self->events);
  g_autoptr(GMenu) menu = g_menu_new ();

  for (guint i = 0; i < kinds->len; i++)
    {
      McDocumentKind kind = g_array_index (kinds, McDocumentKind, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (mc_document_kind_get_label (kind), NULL);

      g_menu_item_set_action_and_target (item, "dossier.print", "s", mc_document_kind_get_name (kind));
      g_menu_append_item (menu, item);
    }

  gtk_menu_button_set_menu_model (self->print_button, G_MENU_MODEL (menu));
  gtk_widget_set_visible (GTK_WIDGET (self->print_button),
                          kinds->len > 0 && self->documents != NULL && self->has_actor);
}

static void
show_data (McDossierPage *self)
{
  McDossier *dossier = self->dossier;
  AdwPreferencesGroup *group;
  GPtrArray *components = mc_dossier_get_components (dossier);
  g_autofree char *received = mc_format_moment (mc_dossier_get_received_at (dossier));
  g_autofree char *due = mc_format_moment (mc_dossier_get_due_at (dossier));
  g_autofree char *original_due = mc_format_moment (mc_dossier_get_original_due_at (dossier));
  g_autofree char *sets = g_strdup_printf ("%u", mc_dossier_get_set_count (dossier));
  g_autofree char *fee = mc_format_money (mc_dossier_get_fee (dossier));

  clear_box (GTK_WIDGET (self->groups_box));

  group = add_group (self, _("Applicant"));
  mc_ui_add_property (group, _("Applicant Type"),
                      mc_format_applicant_type (mc_dossier_get_applicant_type (dossier)));
  mc_ui_add_property (group, _("Full Name"), mc_dossier_get_applicant_name (dossier));
  mc_ui_add_property (group, _("Identity Number"), mc_dossier_get_id_number (dossier));
  {
    g_autofree char *birth_date = mc_format_date (mc_dossier_get_birth_date (dossier));

    mc_ui_add_property (group, _("Date of Birth"), birth_date);
  }
  mc_ui_add_property (group, _("Phone"), mc_dossier_get_phone (dossier));
  mc_ui_add_property (group, _("Email"), mc_dossier_get_email (dossier));
  mc_ui_add_property (group, _("Address"), mc_dossier_get_address (dossier));

  group = add_group (self, _("Dossier"));
  mc_ui_add_property (group, _("Channel"), mc_format_channel (mc_dossier_get_channel (dossier)));
  mc_ui_add_property (group, _("Result Delivery"),
                mc_dossier_get_delivery_by_post (dossier) ? _("By post") : _("At the counter"));
  mc_ui_add_property (group, _("Number of Sets"), sets);
  mc_ui_add_property (group, _("Fee Due"), fee);
  mc_ui_add_property (group, _("Received At"), received);
  mc_ui_add_property (group, _("Appointment"), due);
  if (g_strcmp0 (due, original_due) != 0)
    mc_ui_add_property (group, _("First Appointment"), original_due);
  mc_ui_add_property (group, _("Assigned To"), mc_dossier_get_assignee_name (dossier));
  mc_ui_add_property (group, _("Workstation"), mc_dossier_get_workstation (dossier));
  mc_ui_add_property (group, _("Note"), mc_dossier_get_note (dossier));
  if (mc_dossier_get_entered_late (dossier))
    mc_ui_add_property (group, _("Entry"), _("Entered late from the paper register"));

  if (components->len > 0)
    {
      group = add_group (self, _("Papers"));
      for (guint i = 0; i < components->len; i++)
        {
          const McDossierComponent *component = g_ptr_array_index (components, i);
          g_autofree char *counts = NULL;

          counts = g_strdup_printf (_("Originals: %u, copies: %u — %s"), component->originals,
                                    component->copies,
                                    component->provided ? _("received") : _("missing"));
          mc_ui_add_lines (group, NULL, component->name, counts);
        }
    }
}

static void
show_dossier (McDossierPage *self)
{
  GtkWidget *timeline = mc_dossier_timeline_new ();

  show_header (self);
  show_actions (self);
  show_forms (self);
  show_data (self);
  mc_dossier_timeline_set_events (MC_DOSSIER_TIMELINE (timeline), self->events);
  gtk_box_append (self->groups_box, timeline);
  gtk_stack_set_visible_child_name (self->stack, "dossier");
}

static void
load_done (McDossierPage *self)
{
  g_assert (self->pending > 0);

  if (--self->pending > 0)
    return;

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

/*
 * Callbacks
 */

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McDossierPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  McDeadlineState state = MC_DEADLINE_IN_TIME;

  dossier = mc_dossiers_load_finish (MC_DOSSIERS (object), result, &state, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (dossier == NULL)
    {
      g_clear_object (&self->dossier);
      adw_status_page_set_title (self->error_page, _("Dossier Not Available"));
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
  else
    {
      g_set_object (&self->dossier, dossier);
      self->deadline_state = state;
      if (self->events != NULL)
        show_dossier (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_DOSSIER]);
  load_done (self);
}

static void
events_listed_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(McDossierPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = NULL;

  events = mc_dossiers_list_events_finish (MC_DOSSIERS (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_pointer (&self->events, g_ptr_array_unref);
  self->events = events != NULL ? g_steal_pointer (&events)
                                : g_ptr_array_new_with_free_func ((GDestroyNotify) mc_dossier_event_free);
  if (self->dossier != NULL && self->pending == 1)
    show_dossier (self);

  load_done (self);
}

static void
dossiers_changed_cb (McDossierPage *self)
{
  if (self->code != NULL)
    reload (self);
}

static void
applied_cb (McTransitionDialog *dialog,
            McDossierPage      *self)
{
  g_autofree char *message = g_strdup_printf (_("“%s” recorded."),
                                              mc_dossier_action_get_label (mc_transition_dialog_get_action (dialog)));

  /* The overlay is the bin's child, not a bound template child: the bin
   * unparents its child on dispose itself. */
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))),
                               adw_toast_new (message));
}

static void
saved_cb (McDossierEditDialog *dialog,
          McDossierPage       *self)
{
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_bin_get_child (ADW_BIN (self))),
                               adw_toast_new (_("Data corrected.")));
}

/*
 * Actions
 */

static void
edit_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McDossierEditDialog *dialog = mc_dossier_page_open_edit (MC_DOSSIER_PAGE (widget));

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  McDossierPage *self = MC_DOSSIER_PAGE (widget);
  McDocumentPreview *preview = mc_dossier_page_open_form (self, g_variant_get_string (parameter, NULL));

  if (preview != NULL)
    gtk_window_present (GTK_WINDOW (preview));
}

static void
act_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  McDossierPage *self = MC_DOSSIER_PAGE (widget);
  McTransitionDialog *dialog;

  dialog = mc_dossier_page_open_action (self, (McDossierAction) g_variant_get_int32 (parameter));
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/*
 * Loading
 */

static void
reload (McDossierPage *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->events, g_ptr_array_unref);

  if (self->dossiers == NULL || self->code == NULL)
    return;

  self->cancellable = g_cancellable_new ();
  if (self->pending == 0)
    {
      self->pending = 2;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
    }
  else
    {
      /* The answers of the cancelled loads never come. */
      self->pending = 2;
    }

  mc_dossiers_load_async (self->dossiers, self->code, self->cancellable, loaded_cb,
                          g_object_ref (self));
  mc_dossier_portal_line_show (self->portal_line, self->code);
  mc_dossiers_list_events_async (self->dossiers, self->code, self->cancellable, events_listed_cb,
                                 g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_dossier_page_dispose (GObject *object)
{
  McDossierPage *self = (McDossierPage *)object;

  g_cancellable_cancel (self->cancellable);
  if (self->dossiers != NULL)
    g_clear_signal_handler (&self->changed_id, self->dossiers);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_DOSSIER_PAGE);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->documents);
  g_clear_object (&self->dossier);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_dossier_page_parent_class)->dispose (object);
}

static void
mc_dossier_page_finalize (GObject *object)
{
  McDossierPage *self = (McDossierPage *)object;

  g_clear_pointer (&self->events, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_array_unref);
  g_free (self->code);
  mc_actor_copy_clear (&self->actor);

  G_OBJECT_CLASS (mc_dossier_page_parent_class)->finalize (object);
}

static void
mc_dossier_page_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  McDossierPage *self = MC_DOSSIER_PAGE (object);

  switch (prop_id)
    {
    case PROP_DOSSIER:
      g_value_set_object (value, mc_dossier_page_get_dossier (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, mc_dossier_page_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_dossier_page_class_init (McDossierPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_dossier_page_dispose;
  object_class->finalize = mc_dossier_page_finalize;
  object_class->get_property = mc_dossier_page_get_property;

  properties [PROP_DOSSIER] =
    g_param_spec_object ("dossier", NULL, NULL, MC_TYPE_DOSSIER,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_DOSSIER_PORTAL_LINE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-dossier-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, code_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, portal_line);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, print_button);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, procedure_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, stack);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, status_label);

  gtk_widget_class_install_action (widget_class, "dossier.act", "i", act_action);
  gtk_widget_class_install_action (widget_class, "dossier.edit", NULL, edit_action);
  gtk_widget_class_install_action (widget_class, "dossier.print", "s", print_action);
}

static void
mc_dossier_page_init (McDossierPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "dossier.edit", FALSE);
}

/*
 * Public API
 */

GtkWidget *
mc_dossier_page_new (McDossiers *dossiers)
{
  McDossierPage *self = g_object_new (MC_TYPE_DOSSIER_PAGE, NULL);

  if (dossiers != NULL)
    mc_dossier_page_set_dossiers (self, dossiers);

  return GTK_WIDGET (self);
}

void
mc_dossier_page_set_dossiers (McDossierPage *self,
                              McDossiers    *dossiers)
{
  g_return_if_fail (MC_IS_DOSSIER_PAGE (self));
  g_return_if_fail (dossiers == NULL || MC_IS_DOSSIERS (dossiers));

  if (self->dossiers == dossiers)
    return;

  if (self->dossiers != NULL)
    g_clear_signal_handler (&self->changed_id, self->dossiers);
  g_set_object (&self->dossiers, dossiers);
  if (dossiers != NULL)
    self->changed_id = g_signal_connect_swapped (dossiers, "changed",
                                                 G_CALLBACK (dossiers_changed_cb), self);
  reload (self);
}

/**
 * mc_dossier_page_set_sync_queue:
 * @self: a #McDossierPage
 * @queue: what waits to reach the portal, for the dossier's line on it
 */
void
mc_dossier_page_set_sync_queue (McDossierPage *self,
                                McSyncQueue   *queue)
{
  g_return_if_fail (MC_IS_DOSSIER_PAGE (self));

  mc_dossier_portal_line_set_queue (self->portal_line, queue);
}

/**
 * mc_dossier_page_get_portal_line:
 * @self: a #McDossierPage
 *
 * Returns: (transfer none): the line saying whether the dossier is on
 *   the portal
 */
McDossierPortalLine *
mc_dossier_page_get_portal_line (McDossierPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);

  return self->portal_line;
}

/**
 * mc_dossier_page_set_documents:
 * @self: a #McDossierPage
 * @documents: (nullable): the printed forms
 *
 * With @documents, the page offers to print the dossier's forms again.
 */
void
mc_dossier_page_set_documents (McDossierPage *self,
                               McDocuments   *documents)
{
  g_return_if_fail (MC_IS_DOSSIER_PAGE (self));
  g_return_if_fail (documents == NULL || MC_IS_DOCUMENTS (documents));

  g_set_object (&self->documents, documents);
  if (self->dossier != NULL)
    show_forms (self);
}

/**
 * mc_dossier_page_open_form:
 * @self: a #McDossierPage
 * @form: the form's name, as mc_document_kind_get_name() gives it
 *
 * Opens the preview of one of the dossier's forms, not shown yet; the
 * prints it makes are recorded in the page's actor's name.
 *
 * Returns: (transfer none) (nullable): the preview, or %NULL when the
 *   dossier's steps caused no such form, or with no dossier or nobody
 *   signed in
 */
McDocumentPreview *
mc_dossier_page_open_form (McDossierPage *self,
                           const char    *form)
{
  g_autoptr(GArray) offered = NULL;
  McDocumentPreview *preview;
  McDocumentKind kind;
  gboolean is_offered = FALSE;

  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);

  if (self->dossier == NULL || self->documents == NULL || !self->has_actor ||
      !mc_document_kind_from_name (form, &kind))
    return NULL;

  /* Only a form the dossier's steps caused, as the menu offers. */
  offered = mc_document_store_forms_for_events (self->events);
  for (guint i = 0; i < offered->len; i++)
    is_offered |= g_array_index (offered, McDocumentKind, i) == kind;
  if (!is_offered)
    return NULL;

  preview = mc_document_preview_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->documents, &self->actor.actor);
  mc_document_preview_show_dossier_form (preview, kind, mc_dossier_get_code (self->dossier));
  return preview;
}

/**
 * mc_dossier_page_set_actor:
 * @self: a #McDossierPage
 * @actor: (nullable): the staff member using the page, copied; %NULL when
 *   nobody is signed in
 *
 * The steps offered are those @actor's role may take.
 */
void
mc_dossier_page_set_actor (McDossierPage *self,
                           const McActor *actor)
{
  g_return_if_fail (MC_IS_DOSSIER_PAGE (self));

  mc_actor_copy_clear (&self->actor);

  /* Nobody signed in (signed out, or locked for someone else): nothing
   * is offered until an actor is set again. */
  if (actor == NULL)
    {
      self->has_actor = FALSE;
      if (self->dossier != NULL)
        {
          show_actions (self);
          show_forms (self);
        }
      return;
    }

  mc_actor_copy_init (&self->actor, actor);
  self->has_actor = TRUE;

  if (self->dossier != NULL)
    {
      show_actions (self);
      show_forms (self);
    }
}

/**
 * mc_dossier_page_load:
 * @self: a #McDossierPage
 * @code: the dossier's code
 *
 * Shows the dossier @code, loading it and its history.
 */
void
mc_dossier_page_load (McDossierPage *self,
                      const char    *code)
{
  g_return_if_fail (MC_IS_DOSSIER_PAGE (self));
  g_return_if_fail (code != NULL);

  g_free (self->code);
  self->code = g_strdup (code);
  reload (self);
}

/**
 * mc_dossier_page_get_dossier:
 *
 * Returns: (transfer none) (nullable): the dossier shown
 */
McDossier *
mc_dossier_page_get_dossier (McDossierPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);

  return self->dossier;
}

/**
 * mc_dossier_page_get_events:
 *
 * Returns: (transfer none) (nullable) (element-type McDossierEvent): the
 *   history shown
 */
GPtrArray *
mc_dossier_page_get_events (McDossierPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);

  return self->events;
}

gboolean
mc_dossier_page_get_loading (McDossierPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), FALSE);

  return self->pending > 0;
}

/**
 * mc_dossier_page_get_actions:
 *
 * Returns: (transfer none) (nullable) (element-type McDossierAction): the
 *   steps offered
 */
GArray *
mc_dossier_page_get_actions (McDossierPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);

  return self->actions;
}

/**
 * mc_dossier_page_open_action:
 * @self: a #McDossierPage
 * @action: a step
 *
 * Opens the dialog of @action, transient for the page's window, as its
 * button does. The core still checks the step when it is recorded.
 *
 * Returns: (transfer none) (nullable): the dialog, not yet presented;
 *   %NULL without a dossier or an actor
 */
McTransitionDialog *
mc_dossier_page_open_action (McDossierPage   *self,
                             McDossierAction  action)
{
  McTransitionDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);
  g_return_val_if_fail ((guint) action < MC_DOSSIER_N_ACTIONS, NULL);

  if (self->dossier == NULL || self->dossiers == NULL || !self->has_actor)
    return NULL;

  dialog = mc_transition_dialog_new (self->dossiers, self->dossier, action, &self->actor.actor);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "applied", G_CALLBACK (applied_cb), self, 0);

  return dialog;
}

/**
 * mc_dossier_page_get_can_edit:
 * @self: a #McDossierPage
 *
 * Returns: whether "Edit Data…" is offered: the workflow allows the
 *   current staff member to correct the dossier's data now
 */
gboolean
mc_dossier_page_get_can_edit (McDossierPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), FALSE);

  return self->can_edit;
}

/**
 * mc_dossier_page_open_edit:
 * @self: a #McDossierPage
 *
 * Opens the correction of the dossier's data, transient for the page's
 * window, as "Edit Data…" does. The core still checks the correction when
 * it is recorded.
 *
 * Returns: (transfer none) (nullable): the dialog, not yet presented;
 *   %NULL without a dossier or an actor
 */
McDossierEditDialog *
mc_dossier_page_open_edit (McDossierPage *self)
{
  McDossierEditDialog *dialog;
  GtkRoot *root;

  g_return_val_if_fail (MC_IS_DOSSIER_PAGE (self), NULL);

  if (self->dossier == NULL || self->dossiers == NULL || !self->has_actor)
    return NULL;

  dialog = mc_dossier_edit_dialog_new (self->dossiers, self->dossier, &self->actor.actor);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, 0);

  return dialog;
}
