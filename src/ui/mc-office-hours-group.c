/* mc-office-hours-group.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-office-hours-group"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mc-office-hours-group.h"
#include "mc-ui-util.h"

/* The office hours of the working calendar: four times and an Apply
 * button. Each field is checked when applying, so that an error shows at
 * the field it concerns; the hours are then checked as a whole by
 * mc_office_hours_parse(), as the store does again before saving.
 * Nothing invalid is ever sent to the database. */

struct _McOfficeHoursGroup
{
  AdwPreferencesGroup  parent_instance;

  McCalendar          *calendar;
  GCancellable        *cancellable;
  McOfficeHours        saved_hours;
  McOfficeHours        saving_hours;
  guint                n_pending;
  guint                loaded : 1;
  guint                filling : 1;
  guint                saving : 1;

  /* Template widgets */
  AdwEntryRow         *afternoon_end_row;
  AdwEntryRow         *afternoon_start_row;
  GtkLabel            *error_label;
  AdwEntryRow         *morning_end_row;
  AdwEntryRow         *morning_start_row;
};

G_DEFINE_FINAL_TYPE (McOfficeHoursGroup, mc_office_hours_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

static void
get_rows (McOfficeHoursGroup *self,
          AdwEntryRow        *rows[4])
{
  rows[0] = self->morning_start_row;
  rows[1] = self->morning_end_row;
  rows[2] = self->afternoon_start_row;
  rows[3] = self->afternoon_end_row;
}

static void
get_minutes (const McOfficeHours *hours,
             int                  minutes[4])
{
  minutes[0] = hours->morning_start;
  minutes[1] = hours->morning_end;
  minutes[2] = hours->afternoon_start;
  minutes[3] = hours->afternoon_end;
}

static char *
format_clock (int minutes)
{
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

static gboolean
is_modified (McOfficeHoursGroup *self)
{
  AdwEntryRow *rows[4];
  int saved[4];

  if (!self->loaded)
    return FALSE;

  get_rows (self, rows);
  get_minutes (&self->saved_hours, saved);
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text = format_clock (saved[i]);

      if (!g_str_equal (gtk_editable_get_text (GTK_EDITABLE (rows[i])), text))
        return TRUE;
    }

  return FALSE;
}

static void
actions_update (McOfficeHoursGroup *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "hours.apply",
                                 self->calendar != NULL && !self->saving && is_modified (self));
}

static void
begin_request (McOfficeHoursGroup *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McOfficeHoursGroup *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
clear_errors (McOfficeHoursGroup *self)
{
  AdwEntryRow *rows[4];

  get_rows (self, rows);
  for (guint i = 0; i < 4; i++)
    mc_ui_set_row_error (rows[i], NULL);
  mc_ui_show_message (self->error_label, NULL);
}

static void
fill (McOfficeHoursGroup  *self,
      const McOfficeHours *hours)
{
  AdwEntryRow *rows[4];
  int minutes[4];

  get_rows (self, rows);
  get_minutes (hours, minutes);

  self->filling = TRUE;
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *text = format_clock (minutes[i]);

      gtk_editable_set_text (GTK_EDITABLE (rows[i]), text);
    }
  self->filling = FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      return FALSE;

  return TRUE;
}

/* "7:30" or "07:30", on the 24-hour clock. */
static gboolean
parse_clock (const char *text,
             int        *minutes)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  const char *colon = strchr (copy, ':');
  gsize hour_digits;
  int hour, minute;

  if (colon == NULL)
    return FALSE;

  hour_digits = colon - copy;
  if (hour_digits < 1 || hour_digits > 2 || strlen (colon + 1) != 2)
    return FALSE;

  for (const char *p = copy; *p != '\0'; p++)
    if (p != colon && !g_ascii_isdigit (*p))
      return FALSE;

  hour = atoi (copy);
  minute = atoi (colon + 1);
  if (hour > 23 || minute > 59)
    return FALSE;

  *minutes = hour * 60 + minute;
  return TRUE;
}

/* Checks the four fields, marking those in error and focusing the first
 * of them. */
static gboolean
validate (McOfficeHoursGroup *self,
          McOfficeHours      *hours)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  AdwEntryRow *rows[4];
  AdwEntryRow *first_bad = NULL;
  const char *message;
  gboolean bad[4] = { FALSE, };
  int m[4];

  clear_errors (self);
  get_rows (self, rows);

  for (guint i = 0; i < 4; i++)
    {
      const char *field = gtk_editable_get_text (GTK_EDITABLE (rows[i]));
      g_autofree char *row_message = NULL;

      if (parse_clock (field, &m[i]))
        continue;

      if (is_blank (field))
        row_message = g_strdup (_("Enter a time as HH:MM, for example 07:30."));
      else
        row_message = g_strdup_printf (_("“%s” is not a time of day. Write it as HH:MM, "
                                         "for example 07:30."), field);
      mc_ui_set_row_error (rows[i], row_message);
      if (first_bad == NULL)
        {
          first_bad = rows[i];
          mc_ui_show_message (self->error_label, row_message);
        }
    }

  if (first_bad != NULL)
    {
      gtk_widget_grab_focus (GTK_WIDGET (first_bad));
      return FALSE;
    }

  text = g_strdup_printf ("%02d:%02d-%02d:%02d,%02d:%02d-%02d:%02d",
                          m[0] / 60, m[0] % 60, m[1] / 60, m[1] % 60,
                          m[2] / 60, m[2] % 60, m[3] / 60, m[3] % 60);
  if (mc_office_hours_parse (text, hours, &error))
    return TRUE;

  /* Every field is a time, so the sessions are out of order: mark the
   * fields of each comparison that fails. */
  bad[0] = bad[1] = m[0] >= m[1];
  if (m[1] > m[2])
    bad[1] = bad[2] = TRUE;
  if (m[2] >= m[3])
    bad[2] = bad[3] = TRUE;
  if (!bad[0] && !bad[1] && !bad[2] && !bad[3])
    bad[0] = bad[1] = bad[2] = bad[3] = TRUE;

  message = _("The morning must close before the afternoon opens, and each session must "
              "close after it opens.");
  for (guint i = 0; i < 4; i++)
    if (bad[i])
      {
        mc_ui_set_row_error (rows[i], message);
        if (first_bad == NULL)
          first_bad = rows[i];
      }
  mc_ui_show_message (self->error_label, message);
  gtk_widget_grab_focus (GTK_WIDGET (first_bad));

  return FALSE;
}

/*
 * Callbacks
 */

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McOfficeHoursGroup) self = user_data;
  g_autoptr(GError) error = NULL;
  McOfficeHours hours;

  end_request (self);

  if (!mc_calendar_get_office_hours_finish (MC_CALENDAR (object), result, &hours, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->error_label, error->message);
      return;
    }

  self->saved_hours = hours;
  self->loaded = TRUE;
  fill (self, &hours);
  clear_errors (self);
  actions_update (self);
}

static void
saved_cb (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(McOfficeHoursGroup) self = user_data;
  g_autoptr(GError) error = NULL;

  end_request (self);
  self->saving = FALSE;

  if (!mc_calendar_set_office_hours_finish (MC_CALENDAR (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_show_message (self->error_label, error->message);
      actions_update (self);
      return;
    }

  /* The fields show what was saved, written out in full. */
  self->saved_hours = self->saving_hours;
  fill (self, &self->saved_hours);
  clear_errors (self);
  actions_update (self);

  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (_("Office hours saved")));
}

static void
changed_cb (McOfficeHoursGroup *self)
{
  if (self->filling)
    return;

  clear_errors (self);
  actions_update (self);
}

static void
activated_cb (McOfficeHoursGroup *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "hours.apply", NULL);
}

/*
 * Actions
 */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  McOfficeHoursGroup *self = MC_OFFICE_HOURS_GROUP (widget);
  McOfficeHours hours;

  if (self->calendar == NULL || self->saving || !self->loaded)
    return;

  if (!validate (self, &hours))
    return;

  self->saving_hours = hours;
  self->saving = TRUE;
  begin_request (self);
  actions_update (self);
  mc_calendar_set_office_hours_async (self->calendar, &hours, self->cancellable,
                                      saved_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_office_hours_group_dispose (GObject *object)
{
  McOfficeHoursGroup *self = (McOfficeHoursGroup *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_OFFICE_HOURS_GROUP);
  g_clear_object (&self->calendar);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_office_hours_group_parent_class)->dispose (object);
}

static void
mc_office_hours_group_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  McOfficeHoursGroup *self = MC_OFFICE_HOURS_GROUP (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_office_hours_group_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_office_hours_group_class_init (McOfficeHoursGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_office_hours_group_dispose;
  object_class->get_property = mc_office_hours_group_get_property;

  /**
   * McOfficeHoursGroup:busy:
   *
   * Whether the hours are being read or saved.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-office-hours-group.ui");
  gtk_widget_class_bind_template_child (widget_class, McOfficeHoursGroup, afternoon_end_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficeHoursGroup, afternoon_start_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficeHoursGroup, error_label);
  gtk_widget_class_bind_template_child (widget_class, McOfficeHoursGroup, morning_end_row);
  gtk_widget_class_bind_template_child (widget_class, McOfficeHoursGroup, morning_start_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "hours.apply", NULL, apply_action);
}

static void
mc_office_hours_group_init (McOfficeHoursGroup *self)
{
  AdwEntryRow *rows[4];

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* The error message describes the fields. */
  get_rows (self, rows);
  for (guint i = 0; i < 4; i++)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (rows[i]),
                                    GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL,
                                    -1);

  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_office_hours_group_set_calendar:
 * @self: a #McOfficeHoursGroup
 * @calendar: the calendar whose hours to show and edit
 *
 * Loads the office hours of @calendar into the fields.
 */
void
mc_office_hours_group_set_calendar (McOfficeHoursGroup *self,
                                    McCalendar         *calendar)
{
  g_return_if_fail (MC_IS_OFFICE_HOURS_GROUP (self));
  g_return_if_fail (MC_IS_CALENDAR (calendar));

  if (!g_set_object (&self->calendar, calendar))
    return;

  self->loaded = FALSE;
  actions_update (self);

  begin_request (self);
  mc_calendar_get_office_hours_async (calendar, self->cancellable, loaded_cb,
                                      g_object_ref (self));
}

/**
 * mc_office_hours_group_get_busy:
 * @self: a #McOfficeHoursGroup
 *
 * Returns: whether the hours are being read or saved
 */
gboolean
mc_office_hours_group_get_busy (McOfficeHoursGroup *self)
{
  g_return_val_if_fail (MC_IS_OFFICE_HOURS_GROUP (self), FALSE);

  return self->n_pending > 0;
}
