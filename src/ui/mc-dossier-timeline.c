/* mc-dossier-timeline.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-timeline"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mc-document.h"
#include "mc-dossier-timeline.h"
#include "mc-format.h"
#include "mc-process-steps.h"
#include "mc-ui-util.h"

/* The history of a dossier on McDossierPage: a row per event, when it
 * happened (and when it was typed in, if entered late), the step and the
 * status it led to, who took it where, its note, the control sheet's line
 * of a hand-over (Mẫu 05) and the changes of a correction. */

struct _McDossierTimeline
{
  AdwPreferencesGroup  parent_instance;

  GPtrArray           *rows;   /* (element-type GtkWidget) (transfer none) */
};

G_DEFINE_FINAL_TYPE (McDossierTimeline, mc_dossier_timeline, ADW_TYPE_PREFERENCES_GROUP)

/*
 * Auxiliary functions
 */

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
  g_autoptr(JsonObject) object = mc_dossier_event_parse_details (event);
  g_autofree char *spent = NULL;
  g_autofree char *budget = NULL;
  McStepResult result;

  if (object == NULL)
    return NULL;

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
    return g_strdup (mc_format_applicant_type ((McApplicantType) json_node_get_int (node)));
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
  g_autoptr(JsonObject) details = mc_dossier_event_parse_details (event);
  JsonArray *changes;

  if (details == NULL)
    return;

  changes = json_object_get_array_member (details, "changes");
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

/* "Printed: Receipt and Appointment Slip (Form 01)", from the print
 * event's details (mc_document_store_record_output()). */
static char *
format_print (const McDossierEvent *event)
{
  g_autoptr(JsonObject) details = mc_dossier_event_parse_details (event);
  const char *form = mc_dossier_details_get_text (details, "form");
  const char *output = mc_dossier_details_get_text (details, "output");
  const char *label;
  McDocumentKind kind;

  label = mc_document_kind_from_name (form, &kind) ? mc_document_kind_get_label (kind) : _("a form");
  if (g_strcmp0 (output, "file") == 0)
    /* Translators: a form's name */
    return g_strdup_printf (_("Saved as PDF: %s"), label);
  /* Translators: a form's name */
  return g_strdup_printf (_("Printed: %s"), label);
}

static void
add_event (McDossierTimeline    *self,
           const McDossierEvent *event)
{
  g_autofree char *when = mc_format_moment (event->effective_time);
  g_autofree char *overline = NULL;
  g_autofree char *title = NULL;
  g_autofree char *step_result = NULL;
  GString *subtitle = g_string_new (NULL);

  if (event->entered_late)
    {
      g_autofree char *recorded = mc_format_moment (event->device_time);

      /* Translators: when a step happened, then when it was typed in */
      overline = g_strdup_printf (_("%s · entered late, on %s"), when, recorded);
    }
  else
    {
      overline = g_strdup (when);
    }

  if (event->action == MC_DOSSIER_ACTION_EDIT)
    title = g_strdup (_("Data corrected"));
  else if (event->action == MC_DOSSIER_ACTION_PRINT)
    title = format_print (event);
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

  g_ptr_array_add (self->rows, mc_ui_add_lines (ADW_PREFERENCES_GROUP (self), overline, title,
                                                 subtitle->str));
  g_string_free (subtitle, TRUE);
}

/*
 * GObject overrides
 */

static void
mc_dossier_timeline_finalize (GObject *object)
{
  McDossierTimeline *self = (McDossierTimeline *)object;

  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_dossier_timeline_parent_class)->finalize (object);
}

static void
mc_dossier_timeline_class_init (McDossierTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_dossier_timeline_finalize;
}

static void
mc_dossier_timeline_init (McDossierTimeline *self)
{
  self->rows = g_ptr_array_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("History"));
}

/*
 * Public API
 */

GtkWidget *
mc_dossier_timeline_new (void)
{
  return g_object_new (MC_TYPE_DOSSIER_TIMELINE, NULL);
}

/**
 * mc_dossier_timeline_set_events:
 * @self: a #McDossierTimeline
 * @events: (nullable) (element-type McDossierEvent): the dossier's
 *   history, in the order to show it
 *
 * Shows a row for each of @events, in place of those shown before.
 */
void
mc_dossier_timeline_set_events (McDossierTimeline *self,
                                GPtrArray         *events)
{
  g_return_if_fail (MC_IS_DOSSIER_TIMELINE (self));

  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);

  for (guint i = 0; events != NULL && i < events->len; i++)
    add_event (self, g_ptr_array_index (events, i));
}
