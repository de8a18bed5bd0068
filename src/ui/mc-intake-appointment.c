/* mc-intake-appointment.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-intake-appointment"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mc-intake-appointment.h"
#include "mc-ui-util.h"
#include "mc-working-calendar.h"

/* The appointment of the dossier on McIntakeForm: "Appointment: …",
 * computed through McDossiers for the procedure and the moment of
 * receipt, or why it could not be. A dossier received "now" has an
 * appointment that moves with the clock: it is computed again every
 * minute. */

/* The appointment of a dossier received "now" moves with the clock. */
#define DUE_REFRESH_SECONDS 60

struct _McIntakeAppointment
{
  AdwBin        parent_instance;

  McDossiers   *dossiers;
  McProcedure  *procedure;
  GCancellable *cancellable;   /* the appointment being computed */
  GDateTime    *due;
  guint         refresh_id;
  guint         follows_clock : 1;

  /* Template widgets */
  GtkLabel     *label;
};

G_DEFINE_FINAL_TYPE (McIntakeAppointment, mc_intake_appointment, ADW_TYPE_BIN)

static void compute (McIntakeAppointment *self,
                     GDateTime           *received);

/*
 * Auxiliary functions
 */

static void
show_appointment (McIntakeAppointment *self,
                  const char          *message)
{
  gtk_label_set_label (self->label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->label), message != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self), message != NULL);
}

/*
 * Callbacks
 */

static void
due_computed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(McIntakeAppointment) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) due = NULL;
  g_autofree char *when = NULL;
  g_autofree char *message = NULL;

  due = mc_dossiers_compute_due_finish (MC_DOSSIERS (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->due, g_date_time_unref);

  if (due == NULL)
    {
      show_appointment (self, error->message);
      return;
    }

  self->due = g_date_time_to_timezone (due, mc_working_calendar_get_time_zone ());
  when = g_date_time_format (self->due, "%A, %d/%m/%Y %H:%M");
  /* Translators: the moment on the appointment slip, such as
   * "Thursday, 26/11/2026 09:40" */
  message = g_strdup_printf (_("Appointment: %s"), when);
  show_appointment (self, message);
}

static gboolean
refresh_cb (gpointer user_data)
{
  McIntakeAppointment *self = user_data;

  if (self->follows_clock)
    compute (self, NULL);

  return G_SOURCE_CONTINUE;
}

/*
 * Computing the appointment
 */

/* Computes the appointment of a dossier received at @received, or now
 * when %NULL, with the procedure and the façade set. */
static void
compute (McIntakeAppointment *self,
         GDateTime           *received)
{
  g_autoptr(GDateTime) now = NULL;

  mc_intake_appointment_cancel (self);

  if (self->dossiers == NULL || self->procedure == NULL)
    {
      g_clear_pointer (&self->due, g_date_time_unref);
      show_appointment (self, NULL);
      return;
    }

  self->follows_clock = received == NULL;
  if (received == NULL)
    received = now = g_date_time_new_now (mc_working_calendar_get_time_zone ());

  self->cancellable = g_cancellable_new ();
  mc_dossiers_compute_due_async (self->dossiers, self->procedure, received, self->cancellable,
                                 due_computed_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_intake_appointment_dispose (GObject *object)
{
  McIntakeAppointment *self = (McIntakeAppointment *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->refresh_id, g_source_remove);
  /* The label is the bin's child: the bin unparents it on dispose
   * itself, so the template is not disposed here. */
  g_clear_object (&self->dossiers);
  g_clear_object (&self->procedure);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_intake_appointment_parent_class)->dispose (object);
}

static void
mc_intake_appointment_finalize (GObject *object)
{
  McIntakeAppointment *self = (McIntakeAppointment *)object;

  g_clear_pointer (&self->due, g_date_time_unref);

  G_OBJECT_CLASS (mc_intake_appointment_parent_class)->finalize (object);
}

static void
mc_intake_appointment_class_init (McIntakeAppointmentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_intake_appointment_dispose;
  object_class->finalize = mc_intake_appointment_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-intake-appointment.ui");
  gtk_widget_class_bind_template_child (widget_class, McIntakeAppointment, label);
}

static void
mc_intake_appointment_init (McIntakeAppointment *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->refresh_id = g_timeout_add_seconds (DUE_REFRESH_SECONDS, refresh_cb, self);
}

/*
 * Public API
 */

GtkWidget *
mc_intake_appointment_new (void)
{
  return g_object_new (MC_TYPE_INTAKE_APPOINTMENT, NULL);
}

/**
 * mc_intake_appointment_compute:
 * @self: a #McIntakeAppointment
 * @dossiers: (nullable): the façade that computes the appointment
 * @procedure: (nullable): the procedure of the dossier
 * @received: (nullable): the moment of receipt, or %NULL for now
 *
 * Computes the appointment again and shows it when it arrives. Without
 * @dossiers or @procedure, shows none. Received now, it follows the
 * clock until computed again or cancelled.
 */
void
mc_intake_appointment_compute (McIntakeAppointment *self,
                               McDossiers          *dossiers,
                               McProcedure         *procedure,
                               GDateTime           *received)
{
  g_return_if_fail (MC_IS_INTAKE_APPOINTMENT (self));
  g_return_if_fail (dossiers == NULL || MC_IS_DOSSIERS (dossiers));
  g_return_if_fail (procedure == NULL || MC_IS_PROCEDURE (procedure));

  g_set_object (&self->dossiers, dossiers);
  g_set_object (&self->procedure, procedure);
  compute (self, received);
}

/**
 * mc_intake_appointment_cancel:
 * @self: a #McIntakeAppointment
 *
 * Stops computing the appointment, as when the moment of receipt cannot
 * be read; the last appointment computed stays shown.
 */
void
mc_intake_appointment_cancel (McIntakeAppointment *self)
{
  g_return_if_fail (MC_IS_INTAKE_APPOINTMENT (self));

  self->follows_clock = FALSE;
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
}

/**
 * mc_intake_appointment_get_due:
 * @self: a #McIntakeAppointment
 *
 * Returns: (transfer none) (nullable): the appointment shown, if computed
 */
GDateTime *
mc_intake_appointment_get_due (McIntakeAppointment *self)
{
  g_return_val_if_fail (MC_IS_INTAKE_APPOINTMENT (self), NULL);

  return self->due;
}

/**
 * mc_intake_appointment_parse_received:
 * @text: the moment of receipt as typed
 * @moment: (out) (transfer full) (nullable): return location for the
 *   moment, left %NULL for now
 * @message: (out) (transfer full) (optional): return location for what
 *   is wrong with @text
 *
 * Reads the moment of receipt of the intake form, "DD/MM/YYYY HH:MM" in
 * Vietnam's time and not in the future; empty is now.
 *
 * Returns: whether @text can be read
 */
gboolean
mc_intake_appointment_parse_received (const char  *text,
                                      GDateTime  **moment,
                                      char       **message)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) parsed = NULL;
  int day, month, year, hour, minute;
  char rest;

  *moment = NULL;
  if (mc_ui_is_blank (text))
    return TRUE;

  if (sscanf (text, " %d/%d/%d %d:%d %c", &day, &month, &year, &hour, &minute, &rest) != 5 ||
      !g_date_valid_dmy (day, month, year) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    {
      *message = g_strdup (_("Write the moment of receipt as DD/MM/YYYY HH:MM, or leave it "
                             "empty for now."));
      return FALSE;
    }

  parsed = g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
  if (parsed == NULL || g_date_time_compare (parsed, now) > 0)
    {
      *message = g_strdup (_("The moment of receipt cannot be in the future."));
      return FALSE;
    }

  *moment = g_steal_pointer (&parsed);
  return TRUE;
}
