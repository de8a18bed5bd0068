/* mc-calendar-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-calendar-page"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <stdlib.h>

#include "mc-calendar-day-form.h"
#include "mc-calendar-page.h"
#include "mc-calendar-proposals-group.h"
#include "mc-office-hours-group.h"
#include "mc-ui-util.h"

/* The "Working Calendar" page of the preferences: the office hours
 * (McOfficeHoursGroup), and the days off and make-up working days of one
 * year at a time, with the form that adds one (McCalendarDayForm), and,
 * when the official calendar pulled from the portal differs from the
 * office's own edits, those days to settle (McCalendarProposalsGroup).
 * Everything is read and written through McCalendar on the database
 * worker; the list of days reloads whenever McCalendar says the calendar
 * changed, whoever changed it. One change at a time: while the form adds
 * a day, the page neither removes one nor confirms the year, and the
 * other way round. The differences group keeps to itself: a choice there
 * is one call, which the worker runs after or before the others. */

/* The first year with an official calendar shipped with the application. */
#define FIRST_LISTED_YEAR 2024
/* How many years after the current one the selector offers. */
#define YEARS_AHEAD 2

struct _McCalendarPage
{
  AdwPreferencesPage        parent_instance;

  McCalendar               *calendar;
  GCancellable             *cancellable;         /* everything; cancelled on dispose */
  GCancellable             *year_cancellable;    /* the listing of the shown year */
  GtkStringList            *years;
  GPtrArray                *day_rows;            /* the rows of days_group */
  GPtrArray                *days;                /* McCalendarDay of loaded_year */
  int                       year;                /* chosen in the selector */
  int                       loaded_year;         /* whose days are shown, or 0 */
  guint                     n_pending;
  guint                     confirmed : 1;
  guint                     changing : 1;

  /* Template widgets */
  GtkButton                *confirm_button;
  McCalendarDayForm        *day_form;
  AdwPreferencesGroup      *days_group;
  McOfficeHoursGroup       *hours_group;
  McCalendarProposalsGroup *proposals_group;
  GtkImage                 *status_icon;
  AdwActionRow             *status_row;
  AdwComboRow              *year_row;
};

G_DEFINE_FINAL_TYPE (McCalendarPage, mc_calendar_page, ADW_TYPE_PREFERENCES_PAGE)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What a toast's Undo button puts back. */
typedef struct
{
  McCalendarPage *self;
  GDate           date;
  McDayKind       kind;
  char           *reason;
} Undo;

static void reload_days (McCalendarPage *self);

/*
 * Auxiliary functions
 */

static void
undo_free (gpointer  data,
           GClosure *closure)
{
  Undo *undo = data;

  g_clear_object (&undo->self);
  g_free (undo->reason);
  g_free (undo);
}

/* Whether a change of the calendar is on its way: the page's own, or a
 * day the form adds. */
static gboolean
is_changing (McCalendarPage *self)
{
  return self->changing || mc_calendar_day_form_get_busy (self->day_form);
}

static void
actions_update (McCalendarPage *self)
{
  gboolean ready = self->calendar != NULL && !is_changing (self);
  gboolean year_shown = self->loaded_year != 0 && self->loaded_year == self->year;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.confirm-year",
                                 ready && year_shown && !self->confirmed);
  mc_calendar_day_form_set_year (self->day_form, ready && year_shown ? self->loaded_year : 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "calendar.remove-day", ready && year_shown);
  gtk_widget_set_visible (GTK_WIDGET (self->confirm_button), year_shown && !self->confirmed);
}

static void
begin_request (McCalendarPage *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McCalendarPage *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
show_error_toast (McCalendarPage *self,
                  const GError   *error)
{
  AdwToast *toast = adw_toast_new (error->message);

  adw_toast_set_timeout (toast, 8);
  mc_ui_add_toast (GTK_WIDGET (self), toast);
}

/* "Tuesday, 24/11/2026": the weekday in the user's language, the date as
 * written in Vietnam. */
static char *
format_day (const GDate *date)
{
  g_autoptr(GDateTime) moment = g_date_time_new_local (g_date_get_year (date),
                                                       g_date_get_month (date),
                                                       g_date_get_day (date), 12, 0, 0);

  /* Translators: a date in the working calendar, as strftime() writes
   * it: %A is the name of the weekday */
  return g_date_time_format (moment, _("%A, %d/%m/%Y"));
}

static const char *
kind_label (McDayKind kind)
{
  return kind == MC_DAY_MAKEUP_WORKDAY ? _("Make-up working day") : _("Day off");
}

static const char *
source_label (McCalendarSource source)
{
  switch (source)
    {
    case MC_CALENDAR_SOURCE_BUNDLED:
      return _("From the government’s notice");
    case MC_CALENDAR_SOURCE_GENERATED:
      return _("Generated from the statutory rules");
    case MC_CALENDAR_SOURCE_ADMINISTRATOR:
      return _("Entered by an administrator");
    case MC_CALENDAR_SOURCE_PORTAL:
      return _("From the national public service portal");
    default:
      return "";
    }
}

/*
 * Days of the year
 */

/* A plain AdwPreferencesRow with labels: short rows, but many of them,
 * built at each reload. */
static GtkWidget *
new_day_row (const McCalendarDay *day)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *date;
  GtkWidget *kind;
  GtkWidget *source;
  GtkWidget *remove;
  g_autofree char *title = format_day (&day->date);
  g_autofree char *remove_label = NULL;
  const char *reason = mc_calendar_day_get_reason_label (day);
  char iso[11];

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "detail-row");
  gtk_widget_set_hexpand (text, TRUE);

  /* The date, and what the day is on its right. */
  date = mc_ui_wrapped_label_new (title, NULL, 50);
  gtk_widget_set_hexpand (date, TRUE);
  gtk_box_append (GTK_BOX (top), date);
  kind = gtk_label_new (kind_label (day->kind));
  gtk_widget_add_css_class (kind, "caption-heading");
  if (day->kind == MC_DAY_MAKEUP_WORKDAY)
    gtk_widget_add_css_class (kind, "accent");
  gtk_box_append (GTK_BOX (top), kind);
  gtk_box_append (GTK_BOX (text), top);

  /* Why, and where the entry comes from. */
  if (reason[0] != '\0')
    gtk_box_append (GTK_BOX (bottom), mc_ui_wrapped_label_new (reason, "caption", 50));
  source = mc_ui_wrapped_label_new (source_label (day->source), "caption", 50);
  gtk_widget_add_css_class (source, "dim-label");
  gtk_widget_set_hexpand (source, TRUE);
  gtk_label_set_xalign (GTK_LABEL (source), 1);
  gtk_box_append (GTK_BOX (bottom), source);
  gtk_box_append (GTK_BOX (text), bottom);
  gtk_box_append (GTK_BOX (box), text);

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &day->date);
  /* Translators: the accessible name of the button that removes a day
   * from the calendar; %s is the date */
  remove_label = g_strdup_printf (_("Remove %s"), title);
  remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (remove, "flat");
  gtk_widget_set_tooltip_text (remove, _("Remove"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  remove_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (remove), "calendar.remove-day");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (remove), "s", iso);
  gtk_box_append (GTK_BOX (box), remove);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
add_day_row (McCalendarPage *self,
             GtkWidget      *row)
{
  adw_preferences_group_add (self->days_group, row);
  g_ptr_array_add (self->day_rows, row);
}

static void
clear_day_rows (McCalendarPage *self)
{
  for (guint i = 0; i < self->day_rows->len; i++)
    adw_preferences_group_remove (self->days_group, g_ptr_array_index (self->day_rows, i));
  g_ptr_array_set_size (self->day_rows, 0);
}

static void
add_message_row (McCalendarPage *self,
                 const char     *message)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), message);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "detail-row");
  gtk_box_append (GTK_BOX (box), mc_ui_wrapped_label_new (message, "dim-label", 50));
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  add_day_row (self, row);
}

static void
show_status (McCalendarPage *self,
             const char     *title,
             const char     *subtitle,
             const char     *icon_name,
             const char     *css_class)
{
  GtkWidget *icon = GTK_WIDGET (self->status_icon);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->status_row), title);
  adw_action_row_set_subtitle (self->status_row, subtitle != NULL ? subtitle : "");

  gtk_widget_remove_css_class (icon, "success");
  gtk_widget_remove_css_class (icon, "warning");
  gtk_widget_remove_css_class (icon, "error");
  gtk_widget_set_visible (icon, icon_name != NULL);
  if (icon_name != NULL)
    {
      gtk_image_set_from_icon_name (self->status_icon, icon_name);
      gtk_widget_add_css_class (icon, css_class);
    }
}

static void
show_year (McCalendarPage *self)
{
  guint n_off = 0, n_makeup = 0;
  g_autofree char *title = g_strdup_printf (_("Days in %d"), self->loaded_year);
  g_autofree char *description = NULL;

  clear_day_rows (self);

  for (guint i = 0; i < self->days->len; i++)
    {
      const McCalendarDay *day = g_ptr_array_index (self->days, i);

      if (day->kind == MC_DAY_MAKEUP_WORKDAY)
        n_makeup++;
      else
        n_off++;
      add_day_row (self, new_day_row (day));
    }

  if (self->days->len == 0)
    add_message_row (self, _("No entries: only the weekly rest applies in this year."));

  description = g_strdup_printf (_("Days off: %u. Make-up working days: %u."), n_off, n_makeup);
  adw_preferences_group_set_title (self->days_group, title);
  adw_preferences_group_set_description (self->days_group, description);

  if (self->confirmed)
    show_status (self, _("Official calendar"),
                 _("From the government’s notice, or checked by an administrator."),
                 "emblem-ok-symbolic", "success");
  else
    show_status (self, _("Generated from the statutory rules, not yet confirmed"),
                 _("Check each day against the government’s notice for this year, "
                   "correct the table, then confirm it."),
                 "dialog-warning-symbolic", "warning");
}

static const McCalendarDay *
find_day (McCalendarPage *self,
          const GDate    *date)
{
  if (self->days == NULL)
    return NULL;

  for (guint i = 0; i < self->days->len; i++)
    {
      const McCalendarDay *day = g_ptr_array_index (self->days, i);

      if (g_date_compare (&day->date, date) == 0)
        return day;
    }

  return NULL;
}

static int
selected_year (McCalendarPage *self)
{
  guint position = adw_combo_row_get_selected (self->year_row);
  const char *text;

  if (position == GTK_INVALID_LIST_POSITION)
    return 0;

  text = gtk_string_list_get_string (self->years, position);
  return text != NULL ? atoi (text) : 0;
}

/*
 * Callbacks
 */

static void
year_listed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(McCalendarPage) self = user_data;
  g_autoptr(GPtrArray) days = NULL;
  g_autoptr(GError) error = NULL;
  gboolean confirmed = FALSE;

  end_request (self);

  days = mc_calendar_list_year_finish (MC_CALENDAR (object), result, &confirmed, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (days == NULL)
    {
      self->loaded_year = 0;
      g_clear_pointer (&self->days, g_ptr_array_unref);
      clear_day_rows (self);
      show_status (self, _("The calendar of this year cannot be read"), error->message,
                   "dialog-error-symbolic", "error");
      actions_update (self);
      return;
    }

  g_clear_pointer (&self->days, g_ptr_array_unref);
  self->days = g_steal_pointer (&days);
  self->loaded_year = self->year;
  self->confirmed = confirmed;
  show_year (self);
  actions_update (self);
}

static void
calendar_changed_cb (McCalendarPage *self)
{
  reload_days (self);
}

static void
year_selected_cb (McCalendarPage *self)
{
  int year = selected_year (self);

  if (year == 0 || year == self->year)
    return;

  self->year = year;
  mc_calendar_day_form_clear_errors (self->day_form);
  reload_days (self);
}

static void
day_added_cb (McCalendarPage *self,
              const GDate    *date)
{
  g_autofree char *title = format_day (date);

  /* Translators: %s is a date, such as "Tuesday, 24/11/2026" */
  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new_format (_("%s added to the calendar"), title));
}

static void
undo_restored_cb (GObject      *object,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(McCalendarPage) self = user_data;
  g_autoptr(GError) error = NULL;

  end_request (self);
  self->changing = FALSE;
  actions_update (self);

  if (!mc_calendar_set_day_finish (MC_CALENDAR (object), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    show_error_toast (self, error);
}

static void
undo_clicked_cb (AdwToast *toast,
                 Undo     *undo)
{
  McCalendarPage *self = undo->self;

  if (self->calendar == NULL || is_changing (self))
    return;

  self->changing = TRUE;
  begin_request (self);
  actions_update (self);
  mc_calendar_set_day_async (self->calendar, &undo->date, undo->kind, undo->reason,
                             self->cancellable, undo_restored_cb, g_object_ref (self));
}

static void
day_removed_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  Undo *undo = user_data;
  McCalendarPage *self = undo->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  end_request (self);
  self->changing = FALSE;
  actions_update (self);

  if (!mc_calendar_remove_day_finish (MC_CALENDAR (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error_toast (self, error);
      undo_free (undo, NULL);
      return;
    }

  title = format_day (&undo->date);
  /* Translators: %s is a date, such as "Tuesday, 24/11/2026" */
  toast = adw_toast_new_format (_("%s removed from the calendar"), title);
  adw_toast_set_button_label (toast, _("_Undo"));
  g_signal_connect_data (toast, "button-clicked", G_CALLBACK (undo_clicked_cb), undo,
                         undo_free, 0);
  mc_ui_add_toast (GTK_WIDGET (self), toast);
}

static void
confirmed_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McCalendarPage) self = user_data;
  g_autoptr(GError) error = NULL;

  end_request (self);
  self->changing = FALSE;
  actions_update (self);

  if (!mc_calendar_confirm_year_finish (MC_CALENDAR (object), result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error_toast (self, error);
      return;
    }

  /* Translators: %d is a year */
  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new_format (_("The calendar of %d is confirmed"),
                                                            self->loaded_year));
}

static void
hours_busy_cb (McCalendarPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
proposals_busy_cb (McCalendarPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
day_form_busy_cb (McCalendarPage *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
  actions_update (self);
}

/*
 * Actions
 */

static void
confirm_year_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  McCalendarPage *self = MC_CALENDAR_PAGE (widget);

  if (self->calendar == NULL || is_changing (self) || self->loaded_year == 0 || self->confirmed)
    return;

  self->changing = TRUE;
  begin_request (self);
  actions_update (self);
  mc_calendar_confirm_year_async (self->calendar, self->loaded_year, self->cancellable,
                                  confirmed_cb, g_object_ref (self));
}

static void
remove_day_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  McCalendarPage *self = MC_CALENDAR_PAGE (widget);
  const char *iso = g_variant_get_string (parameter, NULL);
  const McCalendarDay *day = NULL;
  guint year, month, day_of_month;
  Undo *undo;
  GDate date;

  if (self->calendar == NULL || is_changing (self))
    return;

  g_date_clear (&date, 1);
  if (sscanf (iso, "%4u-%2u-%2u", &year, &month, &day_of_month) == 3 &&
      g_date_valid_dmy (day_of_month, month, year))
    {
      g_date_set_dmy (&date, day_of_month, month, year);
      day = find_day (self, &date);
    }
  if (day == NULL)
    return;

  undo = g_new0 (Undo, 1);
  undo->self = g_object_ref (self);
  undo->date = day->date;
  undo->kind = day->kind;
  undo->reason = g_strdup (day->reason);

  self->changing = TRUE;
  begin_request (self);
  actions_update (self);
  mc_calendar_remove_day_async (self->calendar, &date, self->cancellable,
                                day_removed_cb, undo);
}

/*
 * Reloading
 */

static void
reload_days (McCalendarPage *self)
{
  g_autofree char *title = NULL;

  if (self->calendar == NULL || self->year == 0)
    return;

  g_cancellable_cancel (self->year_cancellable);
  g_clear_object (&self->year_cancellable);
  self->year_cancellable = g_cancellable_new ();

  /* Another year: its rows replace the old ones when they arrive. */
  if (self->loaded_year != self->year)
    {
      self->loaded_year = 0;
      g_clear_pointer (&self->days, g_ptr_array_unref);
      clear_day_rows (self);
      title = g_strdup_printf (_("Days in %d"), self->year);
      adw_preferences_group_set_title (self->days_group, title);
      adw_preferences_group_set_description (self->days_group, NULL);
      show_status (self, _("Loading…"), NULL, NULL, NULL);
      actions_update (self);
    }

  begin_request (self);
  mc_calendar_list_year_async (self->calendar, self->year, self->year_cancellable,
                               year_listed_cb, g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_calendar_page_dispose (GObject *object)
{
  McCalendarPage *self = (McCalendarPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->year_cancellable);
  if (self->calendar != NULL)
    g_signal_handlers_disconnect_by_func (self->calendar, calendar_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_CALENDAR_PAGE);

  g_clear_object (&self->calendar);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->year_cancellable);
  g_clear_object (&self->years);
  g_clear_pointer (&self->days, g_ptr_array_unref);
  g_clear_pointer (&self->day_rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_calendar_page_parent_class)->dispose (object);
}

static void
mc_calendar_page_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  McCalendarPage *self = MC_CALENDAR_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_calendar_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_calendar_page_class_init (McCalendarPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_calendar_page_dispose;
  object_class->get_property = mc_calendar_page_get_property;

  /**
   * McCalendarPage:busy:
   *
   * Whether the page waits for the database: a load or a change.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_CALENDAR_DAY_FORM);
  g_type_ensure (MC_TYPE_CALENDAR_PROPOSALS_GROUP);
  g_type_ensure (MC_TYPE_OFFICE_HOURS_GROUP);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-calendar-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, confirm_button);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, day_form);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, days_group);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, hours_group);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, proposals_group);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, status_icon);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, status_row);
  gtk_widget_class_bind_template_child (widget_class, McCalendarPage, year_row);
  gtk_widget_class_bind_template_callback (widget_class, day_added_cb);
  gtk_widget_class_bind_template_callback (widget_class, day_form_busy_cb);
  gtk_widget_class_bind_template_callback (widget_class, hours_busy_cb);
  gtk_widget_class_bind_template_callback (widget_class, proposals_busy_cb);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);

  gtk_widget_class_install_action (widget_class, "calendar.confirm-year", NULL, confirm_year_action);
  gtk_widget_class_install_action (widget_class, "calendar.remove-day", "s", remove_day_action);
}

static void
mc_calendar_page_init (McCalendarPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  int current = g_date_time_get_year (now);
  int last = MAX (current + YEARS_AHEAD, FIRST_LISTED_YEAR + YEARS_AHEAD);

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->day_rows = g_ptr_array_new ();

  /* The years around this one; the current year is shown first. */
  self->years = gtk_string_list_new (NULL);
  for (int year = FIRST_LISTED_YEAR; year <= last; year++)
    {
      char text[8];

      g_snprintf (text, sizeof text, "%d", year);
      gtk_string_list_append (self->years, text);
    }
  adw_combo_row_set_model (self->year_row, G_LIST_MODEL (self->years));
  if (current >= FIRST_LISTED_YEAR)
    adw_combo_row_set_selected (self->year_row, current - FIRST_LISTED_YEAR);
  self->year = selected_year (self);

  show_status (self, _("Loading…"), NULL, NULL, NULL);
  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_calendar_page_set_context:
 * @self: a #McCalendarPage
 * @context: the context whose calendar to show
 * @administrator: whether an administrator uses the page: only one
 *   settles what the portal's calendar sees otherwise
 *
 * Loads the office hours, the chosen year and the differences with the
 * portal's calendar from @context's calendar.
 */
void
mc_calendar_page_set_context (McCalendarPage *self,
                              McContext      *context,
                              gboolean        administrator)
{
  McCalendar *calendar;

  g_return_if_fail (MC_IS_CALENDAR_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  mc_calendar_proposals_group_set_editable (self->proposals_group, administrator);

  calendar = mc_context_get_calendar (context);
  if (calendar == self->calendar)
    return;

  if (self->calendar != NULL)
    g_signal_handlers_disconnect_by_func (self->calendar, calendar_changed_cb, self);
  g_set_object (&self->calendar, calendar);
  g_signal_connect_object (calendar, "changed", G_CALLBACK (calendar_changed_cb), self,
                           G_CONNECT_SWAPPED);

  self->loaded_year = 0;
  actions_update (self);

  mc_office_hours_group_set_calendar (self->hours_group, calendar);
  mc_calendar_day_form_set_calendar (self->day_form, calendar);
  mc_calendar_proposals_group_set_calendar (self->proposals_group, calendar);
  reload_days (self);
}

/**
 * mc_calendar_page_get_year:
 * @self: a #McCalendarPage
 *
 * Returns: the year chosen in the selector
 */
int
mc_calendar_page_get_year (McCalendarPage *self)
{
  g_return_val_if_fail (MC_IS_CALENDAR_PAGE (self), 0);

  return self->year;
}

/**
 * mc_calendar_page_get_busy:
 * @self: a #McCalendarPage
 *
 * Returns: whether a load or a change, of the days, of the office hours
 *   or of the differences with the portal's calendar, is on its way to
 *   the database
 */
gboolean
mc_calendar_page_get_busy (McCalendarPage *self)
{
  g_return_val_if_fail (MC_IS_CALENDAR_PAGE (self), FALSE);

  return self->n_pending > 0 || mc_office_hours_group_get_busy (self->hours_group) ||
         mc_calendar_day_form_get_busy (self->day_form) ||
         mc_calendar_proposals_group_get_busy (self->proposals_group);
}
