/* mc-dossier-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-page"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mc-dossier-page.h"
#include "mc-format.h"
#include "mc-process-steps.h"
#include "mc-ui-util.h"
#include "mc-working-calendar.h"

/* One dossier: its state against the appointment, its data and papers,
 * its history, and a button for each step the workflow allows the
 * current staff member now (mc_dossier_workflow_list_actions()). A step
 * opens a McTransitionDialog; "Edit Data…", offered where the workflow
 * allows %MC_DOSSIER_ACTION_EDIT, opens a McDossierEditDialog. Once
 * recorded, McDossiers says the dossiers changed and the page loads the
 * dossier again; the history shows each correction with its changes. */

struct _McDossierPage
{
  AdwBin           parent_instance;

  McDossiers      *dossiers;
  McDossier       *dossier;
  GPtrArray       *events;
  GArray          *actions;
  McDeadlineState  deadline_state;
  char            *code;
  GCancellable    *cancellable;       /* the load under way */
  guint            pending;           /* loads still to answer */
  gulong           changed_id;

  McActor          actor;
  char            *actor_name;
  char            *actor_title;
  char            *actor_workstation;
  guint            has_actor : 1;
  guint            can_edit : 1;

  /* Template widgets */
  GtkFlowBox      *actions_box;
  GtkLabel        *code_label;
  GtkLabel        *due_label;
  GtkButton       *edit_button;
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

static char *
format_moment (GDateTime *moment)
{
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return NULL;

  local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());
  return g_date_time_format (local, "%d/%m/%Y %H:%M");
}

static AdwPreferencesGroup *
add_group (McDossierPage *self,
           const char    *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  gtk_box_append (self->groups_box, group);

  return ADW_PREFERENCES_GROUP (group);
}

static GtkWidget *
new_row_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);

  return label;
}

/* A plain row of up to three lines, as in McProcedureDetail: fast to lay
 * out, and still a preferences row named by its title. */
static void
add_lines (AdwPreferencesGroup *group,
           const char          *overline,
           const char          *title,
           const char          *subtitle)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "detail-row");

  if (overline != NULL)
    {
      GtkWidget *label = new_row_label (overline);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_box_append (GTK_BOX (box), new_row_label (title));

  if (subtitle != NULL && subtitle[0] != '\0')
    {
      GtkWidget *label = new_row_label (subtitle);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "caption");
      gtk_box_append (GTK_BOX (box), label);
    }

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  adw_preferences_group_add (group, row);
}

static void
add_property (AdwPreferencesGroup *group,
              const char          *label,
              const char          *value)
{
  if (value == NULL || value[0] == '\0')
    return;

  add_lines (group, label, value, NULL);
}

static const char *
applicant_type_label (McApplicantType type)
{
  switch (type)
    {
    case MC_APPLICANT_BUSINESS:
      return _("Business");
    case MC_APPLICANT_STATE_AGENCY:
      return _("State agency");
    case MC_APPLICANT_ORGANISATION:
      return _("Other organisation");
    case MC_APPLICANT_CITIZEN:
    default:
      return _("Citizen");
    }
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
  g_autofree char *due = format_moment (mc_dossier_get_due_at (dossier));
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
      g_autofree char *returned = format_moment (mc_dossier_get_returned_at (dossier));

      text = g_strdup_printf (_("Result returned on %s"), returned);
      state_class = "success";
    }
  else if (mc_dossier_get_finished_at (dossier) != NULL)
    {
      g_autofree char *finished = format_moment (mc_dossier_get_finished_at (dossier));

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
  self->actions = mc_dossier_workflow_list_actions (&facts, self->actor.role);

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

static void
show_data (McDossierPage *self)
{
  McDossier *dossier = self->dossier;
  AdwPreferencesGroup *group;
  GPtrArray *components = mc_dossier_get_components (dossier);
  g_autofree char *received = format_moment (mc_dossier_get_received_at (dossier));
  g_autofree char *due = format_moment (mc_dossier_get_due_at (dossier));
  g_autofree char *original_due = format_moment (mc_dossier_get_original_due_at (dossier));
  g_autofree char *sets = g_strdup_printf ("%u", mc_dossier_get_set_count (dossier));
  g_autofree char *fee = mc_format_money (mc_dossier_get_fee (dossier));

  clear_box (GTK_WIDGET (self->groups_box));

  group = add_group (self, _("Applicant"));
  add_property (group, _("Applicant Type"), applicant_type_label (mc_dossier_get_applicant_type (dossier)));
  add_property (group, _("Full Name"), mc_dossier_get_applicant_name (dossier));
  add_property (group, _("Identity Number"), mc_dossier_get_id_number (dossier));
  {
    g_autofree char *birth_date = mc_format_date (mc_dossier_get_birth_date (dossier));

    add_property (group, _("Date of Birth"), birth_date);
  }
  add_property (group, _("Phone"), mc_dossier_get_phone (dossier));
  add_property (group, _("Email"), mc_dossier_get_email (dossier));
  add_property (group, _("Address"), mc_dossier_get_address (dossier));

  group = add_group (self, _("Dossier"));
  add_property (group, _("Channel"), mc_format_channel (mc_dossier_get_channel (dossier)));
  add_property (group, _("Result Delivery"),
                mc_dossier_get_delivery_by_post (dossier) ? _("By post") : _("At the counter"));
  add_property (group, _("Number of Sets"), sets);
  add_property (group, _("Fee Due"), fee);
  add_property (group, _("Received At"), received);
  add_property (group, _("Appointment"), due);
  if (g_strcmp0 (due, original_due) != 0)
    add_property (group, _("First Appointment"), original_due);
  add_property (group, _("Assigned To"), mc_dossier_get_assignee_name (dossier));
  add_property (group, _("Workstation"), mc_dossier_get_workstation (dossier));
  add_property (group, _("Note"), mc_dossier_get_note (dossier));
  if (mc_dossier_get_entered_late (dossier))
    add_property (group, _("Entry"), _("Entered late from the paper register"));

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
          add_lines (group, NULL, component->name, counts);
        }
    }
}

/* Working minutes as hours, "16" or "2.5". */
static char *
format_hours (gint64 minutes)
{
  if (minutes % 60 == 0)
    return g_strdup_printf ("%" G_GINT64_FORMAT, minutes / 60);

  return g_strdup_printf ("%.1f", minutes / 60.0);
}

/* The control sheet's line (Mẫu 05) of a hand-over, its acknowledgement
 * or the end of processing, from the event's details; NULL for others. */
static char *
format_step_result (const McDossierEvent *event)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autofree char *spent = NULL;
  g_autofree char *budget = NULL;
  JsonNode *root;
  JsonObject *object;
  McStepResult result;

  if (event->details == NULL ||
      !json_parser_load_from_data (parser, event->details, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  object = json_node_get_object (root);
  if (!mc_step_result_from_string (json_object_get_string_member_with_default (object, "result", NULL),
                                   &result))
    return NULL;

  spent = format_hours (json_object_get_int_member_with_default (object, "spent_minutes", 0));
  budget = format_hours (json_object_get_int_member_with_default (object, "budget_minutes", 0));

  /* Translators: the control sheet (Mẫu 05): the step's number and name,
   * its result (Early, On time, Late), then the working hours it took and
   * its budget, as in "Step 2 “Thẩm định”: Late, 17 of 16 working hours" */
  return g_strdup_printf (_("Step %u “%s”: %s, %s of %s working hours"),
                          (guint) json_object_get_int_member_with_default (object, "step", 1),
                          json_object_get_string_member_with_default (object, "step_name", ""),
                          mc_step_result_get_label (result), spent, budget);
}

/* The label of a field of a correction's details, as on the page. */
static const char *
field_label (const char *field)
{
  static const struct
  {
    const char *field;
    const char *label;
  } labels[] = {
    { "applicant_type", N_("Applicant Type") },
    { "applicant_name", N_("Full Name") },
    { "id_number", N_("Identity Number") },
    { "birth_date", N_("Date of Birth") },
    { "phone", N_("Phone") },
    { "email", N_("Email") },
    { "address", N_("Address") },
    { "delivery", N_("Result Delivery") },
    { "set_count", N_("Number of Sets") },
    { "fee", N_("Fee Due") },
    { "note", N_("Note") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_strcmp0 (field, labels[i].field) == 0)
      return _(labels[i].label);

  return field;
}

/* A value of a correction's details, as the page shows the field. */
static char *
format_field_value (const char *field,
                    JsonNode   *node)
{
  if (node == NULL || !JSON_NODE_HOLDS_VALUE (node))
    return g_strdup ("");

  if (g_strcmp0 (field, "delivery") == 0)
    return g_strdup (json_node_get_boolean (node) ? _("By post") : _("At the counter"));
  if (g_strcmp0 (field, "applicant_type") == 0)
    return g_strdup (applicant_type_label ((McApplicantType) json_node_get_int (node)));
  if (g_strcmp0 (field, "fee") == 0)
    return mc_format_money (json_node_get_int (node));
  if (g_strcmp0 (field, "birth_date") == 0)
    return mc_format_date (json_node_get_string (node));
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
  if (json_node_get_value_type (node) == G_TYPE_STRING)
    return g_strdup (json_node_get_string (node));

  return g_strdup ("");
}

/* The changes of a correction, a line each: "Phone: 0912345678 →
 * 0987654321"; an emptied field shows "—". */
static void
append_changes (GString              *text,
                const McDossierEvent *event)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  JsonNode *root;
  JsonArray *changes;

  if (event->details == NULL ||
      !json_parser_load_from_data (parser, event->details, -1, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return;

  changes = json_object_get_array_member (json_node_get_object (root), "changes");
  for (guint i = 0; changes != NULL && i < json_array_get_length (changes); i++)
    {
      JsonObject *change = json_array_get_object_element (changes, i);
      const char *field;
      g_autofree char *old_value = NULL;
      g_autofree char *new_value = NULL;

      if (change == NULL)
        continue;

      field = json_object_get_string_member_with_default (change, "field", "");
      old_value = format_field_value (field, json_object_get_member (change, "old"));
      new_value = format_field_value (field, json_object_get_member (change, "new"));

      /* Translators: a corrected field, its old value and its new one,
       * as in "Phone: 0912345678 → 0987654321" */
      g_string_append_c (text, '\n');
      g_string_append_printf (text, _("%s: %s → %s"), field_label (field),
                              old_value[0] != '\0' ? old_value : "—",
                              new_value[0] != '\0' ? new_value : "—");
    }
}

static void
show_events (McDossierPage *self)
{
  AdwPreferencesGroup *group = add_group (self, _("History"));

  for (guint i = 0; self->events != NULL && i < self->events->len; i++)
    {
      const McDossierEvent *event = g_ptr_array_index (self->events, i);
      g_autofree char *when = format_moment (event->effective_time);
      g_autofree char *overline = NULL;
      g_autofree char *title = NULL;
      g_autofree char *step_result = NULL;
      GString *subtitle = g_string_new (NULL);

      if (event->entered_late)
        {
          g_autofree char *recorded = format_moment (event->device_time);

          /* Translators: when a step happened, then when it was typed in */
          overline = g_strdup_printf (_("%s · entered late, on %s"), when, recorded);
        }
      else
        {
          overline = g_strdup (when);
        }

      if (event->action == MC_DOSSIER_ACTION_EDIT)
        title = g_strdup (_("Data corrected"));
      else
        title = g_strdup_printf ("%s → %s", mc_dossier_action_get_label (event->action),
                                 mc_dossier_status_get_label (event->status_after));

      g_string_append (subtitle, event->actor_name);
      if (event->actor_title != NULL && event->actor_title[0] != '\0')
        g_string_append_printf (subtitle, ", %s", event->actor_title);
      if (event->workstation != NULL && event->workstation[0] != '\0')
        g_string_append_printf (subtitle, " (%s)", event->workstation);
      if (event->note != NULL && event->note[0] != '\0')
        g_string_append_printf (subtitle, "\n%s", event->note);
      step_result = format_step_result (event);
      if (step_result != NULL)
        g_string_append_printf (subtitle, "\n%s", step_result);
      if (event->action == MC_DOSSIER_ACTION_EDIT)
        append_changes (subtitle, event);

      add_lines (group, overline, title, subtitle->str);
      g_string_free (subtitle, TRUE);
    }
}

static void
show_dossier (McDossierPage *self)
{
  show_header (self);
  show_actions (self);
  show_data (self);
  show_events (self);
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
  g_free (self->actor_name);
  g_free (self->actor_title);
  g_free (self->actor_workstation);

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

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-dossier-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, actions_box);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, code_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, due_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, edit_button);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, error_page);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, procedure_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, stack);
  gtk_widget_class_bind_template_child (widget_class, McDossierPage, status_label);

  gtk_widget_class_install_action (widget_class, "dossier.act", "i", act_action);
  gtk_widget_class_install_action (widget_class, "dossier.edit", NULL, edit_action);
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

  g_clear_pointer (&self->actor_name, g_free);
  g_clear_pointer (&self->actor_title, g_free);
  g_clear_pointer (&self->actor_workstation, g_free);

  /* Nobody signed in (signed out, or locked for someone else): nothing
   * is offered until an actor is set again. */
  if (actor == NULL)
    {
      self->has_actor = FALSE;
      if (self->dossier != NULL)
        show_actions (self);
      return;
    }

  self->actor_name = g_strdup (actor->name);
  self->actor_title = g_strdup (actor->title);
  self->actor_workstation = g_strdup (actor->workstation);
  self->actor = *actor;
  self->actor.name = self->actor_name;
  self->actor.title = self->actor_title;
  self->actor.workstation = self->actor_workstation;
  self->has_actor = TRUE;

  if (self->dossier != NULL)
    show_actions (self);
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

  dialog = mc_transition_dialog_new (self->dossiers, self->dossier, action, &self->actor);
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

  dialog = mc_dossier_edit_dialog_new (self->dossiers, self->dossier, &self->actor);
  root = gtk_widget_get_root (GTK_WIDGET (self));
  if (GTK_IS_WINDOW (root))
    gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (root));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, 0);

  return dialog;
}
