/* mc-calendar-day-form.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-calendar-day-form"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "mc-calendar-day-form.h"
#include "mc-error.h"
#include "mc-ui-util.h"

/* The "Add a Day" form of the working calendar: a date, its kind and a
 * reason, added to the year the calendar page shows (McCalendarPage tells
 * which, with mc_calendar_day_form_set_year()). The date is checked here
 * first, so that an error shows at the field it concerns, and the store
 * checks the day again before saving; what it refuses shows at the date
 * too. A day added is announced by McCalendarDayForm::day-added; the page
 * reloads its list when McCalendar says the calendar changed. */

struct _McCalendarDayForm
{
  AdwPreferencesGroup  parent_instance;

  McCalendar          *calendar;
  GCancellable        *cancellable;        /* cancelled on dispose */
  GDate                adding_day;
  int                  year;               /* where new days go, or 0 */
  guint                adding : 1;

  /* Template widgets */
  AdwEntryRow         *date_row;
  GtkLabel            *error_label;
  AdwComboRow         *kind_row;
  AdwEntryRow         *reason_row;
};

G_DEFINE_FINAL_TYPE (McCalendarDayForm, mc_calendar_day_form, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  DAY_ADDED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/*
 * Auxiliary functions
 */

static void
actions_update (McCalendarDayForm *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.add-day",
                                 self->calendar != NULL && !self->adding && self->year != 0);
}

static void
set_adding (McCalendarDayForm *self,
            gboolean           adding)
{
  self->adding = adding;
  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
clear_errors (McCalendarDayForm *self)
{
  mc_ui_set_row_error (self->date_row, NULL);
  gtk_widget_remove_css_class (GTK_WIDGET (self->kind_row), "error");
  mc_ui_show_message (self->error_label, NULL);
}

static void
show_error (McCalendarDayForm *self,
            AdwEntryRow       *row,
            const char        *message)
{
  if (row != NULL)
    {
      mc_ui_set_row_error (row, message);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  mc_ui_show_message (self->error_label, message);
}

/* A date written D/M/YYYY or DD/MM/YYYY, in @year. */
static gboolean
parse_day (const char  *text,
           int          year,
           GDate       *date,
           char       **message)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  g_auto(GStrv) parts = NULL;
  guint day, month, part_year;

  g_date_clear (date, 1);

  if (copy[0] == '\0')
    {
      *message = g_strdup_printf (_("Enter the date as DD/MM/YYYY, for example 02/09/%d."), year);
      return FALSE;
    }

  parts = g_strsplit (copy, "/", -1);
  if (g_strv_length (parts) != 3 ||
      strlen (parts[0]) < 1 || strlen (parts[0]) > 2 ||
      strlen (parts[1]) < 1 || strlen (parts[1]) > 2 ||
      strlen (parts[2]) != 4 ||
      strspn (parts[0], "0123456789") != strlen (parts[0]) ||
      strspn (parts[1], "0123456789") != strlen (parts[1]) ||
      strspn (parts[2], "0123456789") != 4)
    {
      *message = g_strdup_printf (_("“%s” is not a date. Write it as DD/MM/YYYY, "
                                    "for example 02/09/%d."), copy, year);
      return FALSE;
    }

  day = atoi (parts[0]);
  month = atoi (parts[1]);
  part_year = atoi (parts[2]);
  if (!g_date_valid_dmy (day, month, part_year))
    {
      *message = g_strdup_printf (_("“%s” is not a real date."), copy);
      return FALSE;
    }

  if ((int) part_year != year)
    {
      *message = g_strdup_printf (_("The date must be in %d, the year chosen above."), year);
      return FALSE;
    }

  g_date_set_dmy (date, day, month, part_year);
  return TRUE;
}

/*
 * Callbacks
 */

static void
day_added_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McCalendarDayForm) self = user_data;
  g_autoptr(GError) error = NULL;

  set_adding (self, FALSE);

  if (!mc_calendar_set_day_finish (MC_CALENDAR (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* The store refuses a weekday as a make-up day and a weekend day
       * as a day off: the date and the kind do not go together. */
      if (g_error_matches (error, MC_ERROR, MC_ERROR_INVALID))
        {
          gtk_widget_add_css_class (GTK_WIDGET (self->kind_row), "error");
          show_error (self, self->date_row, error->message);
        }
      else
        show_error (self, NULL, error->message);
      return;
    }

  gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  gtk_editable_set_text (GTK_EDITABLE (self->reason_row), "");
  clear_errors (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->date_row));

  g_signal_emit (self, signals [DAY_ADDED], 0, &self->adding_day);
}

static void
changed_cb (McCalendarDayForm *self)
{
  clear_errors (self);
}

static void
activated_cb (McCalendarDayForm *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "calendar.add-day", NULL);
}

/*
 * Actions
 */

static void
add_day_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  McCalendarDayForm *self = MC_CALENDAR_DAY_FORM (widget);
  g_autofree char *message = NULL;
  g_autofree char *reason = NULL;
  McDayKind kind;
  GDate date;

  if (self->calendar == NULL || self->adding || self->year == 0)
    return;

  clear_errors (self);

  if (!parse_day (gtk_editable_get_text (GTK_EDITABLE (self->date_row)), self->year,
                  &date, &message))
    {
      show_error (self, self->date_row, message);
      return;
    }

  kind = adw_combo_row_get_selected (self->kind_row) == 1 ? MC_DAY_MAKEUP_WORKDAY : MC_DAY_OFF;
  reason = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->reason_row))));

  self->adding_day = date;
  set_adding (self, TRUE);
  mc_calendar_set_day_async (self->calendar, &date, kind, reason, self->cancellable,
                             day_added_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_calendar_day_form_dispose (GObject *object)
{
  McCalendarDayForm *self = (McCalendarDayForm *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_CALENDAR_DAY_FORM);
  g_clear_object (&self->calendar);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_calendar_day_form_parent_class)->dispose (object);
}

static void
mc_calendar_day_form_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  McCalendarDayForm *self = MC_CALENDAR_DAY_FORM (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_calendar_day_form_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_calendar_day_form_class_init (McCalendarDayFormClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_calendar_day_form_dispose;
  object_class->get_property = mc_calendar_day_form_get_property;

  /**
   * McCalendarDayForm:busy:
   *
   * Whether a new day is on its way to the database.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McCalendarDayForm::day-added:
   * @self: a #McCalendarDayForm
   * @date: the day added to the calendar
   *
   * Emitted when a day was saved, once the form is cleared for the next
   * one.
   */
  signals [DAY_ADDED] =
    g_signal_new ("day-added", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                  G_TYPE_DATE | G_SIGNAL_TYPE_STATIC_SCOPE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-calendar-day-form.ui");
  gtk_widget_class_bind_template_child (widget_class, McCalendarDayForm, date_row);
  gtk_widget_class_bind_template_child (widget_class, McCalendarDayForm, error_label);
  gtk_widget_class_bind_template_child (widget_class, McCalendarDayForm, kind_row);
  gtk_widget_class_bind_template_child (widget_class, McCalendarDayForm, reason_row);
  gtk_widget_class_bind_template_callback (widget_class, activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "calendar.add-day", NULL, add_day_action);
}

static void
mc_calendar_day_form_init (McCalendarDayForm *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  /* The error message describes the date. */
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->date_row),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->error_label, NULL,
                                  -1);

  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_calendar_day_form_set_calendar:
 * @self: a #McCalendarDayForm
 * @calendar: the calendar to add days to
 */
void
mc_calendar_day_form_set_calendar (McCalendarDayForm *self,
                                   McCalendar        *calendar)
{
  g_return_if_fail (MC_IS_CALENDAR_DAY_FORM (self));
  g_return_if_fail (MC_IS_CALENDAR (calendar));

  if (g_set_object (&self->calendar, calendar))
    actions_update (self);
}

/**
 * mc_calendar_day_form_set_year:
 * @self: a #McCalendarDayForm
 * @year: the year shown, which new days must be in; 0 when none is, or
 *   while another change of the calendar is on its way
 *
 * Adding is possible only with a year.
 */
void
mc_calendar_day_form_set_year (McCalendarDayForm *self,
                               int                year)
{
  g_return_if_fail (MC_IS_CALENDAR_DAY_FORM (self));
  g_return_if_fail (year >= 0);

  self->year = year;
  actions_update (self);
}

/**
 * mc_calendar_day_form_clear_errors:
 * @self: a #McCalendarDayForm
 *
 * Takes away the error shown, as when another year is chosen.
 */
void
mc_calendar_day_form_clear_errors (McCalendarDayForm *self)
{
  g_return_if_fail (MC_IS_CALENDAR_DAY_FORM (self));

  clear_errors (self);
}

/**
 * mc_calendar_day_form_get_busy:
 * @self: a #McCalendarDayForm
 *
 * Returns: whether a new day is on its way to the database
 */
gboolean
mc_calendar_day_form_get_busy (McCalendarDayForm *self)
{
  g_return_val_if_fail (MC_IS_CALENDAR_DAY_FORM (self), FALSE);

  return self->adding;
}
