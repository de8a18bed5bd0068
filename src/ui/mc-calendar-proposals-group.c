/* mc-calendar-proposals-group.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-calendar-proposals-group"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "mc-calendar-proposals-group.h"
#include "mc-ui-util.h"

/* "The Portal’s Calendar Differs", on the Working Calendar page: the days
 * an administrator edited that the official calendar pulled from the
 * portal sees otherwise. A pull never overwrites such a day; it waits
 * here, with both values, until someone uses the portal's value or keeps
 * the office's. Only an administrator chooses (McCalendarPage says who
 * may); anyone else sees the days with the buttons off.
 *
 * The group is shown only while there is something to settle, and lists
 * again whenever McCalendar says the calendar changed: after a choice made
 * here, an edit on the page, or a pull (the application emits "changed"
 * for the sync). */

struct _McCalendarProposalsGroup
{
  AdwPreferencesGroup  parent_instance;

  McCalendar          *calendar;
  GCancellable        *cancellable;        /* everything; cancelled on dispose */
  GCancellable        *list_cancellable;   /* the listing on its way */
  GPtrArray           *rows;               /* the rows of the days */
  guint                n_pending;
  guint                editable : 1;
  guint                settling : 1;

  /* Template widgets */
  GtkLabel            *error_label;
};

G_DEFINE_FINAL_TYPE (McCalendarProposalsGroup, mc_calendar_proposals_group, ADW_TYPE_PREFERENCES_GROUP)

enum {
  PROP_0,
  PROP_BUSY,
  PROP_EDITABLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* What a choice is about, until it is answered. */
typedef struct
{
  McCalendarProposalsGroup *self;
  GDate                     date;
  gboolean                  accept;
} Choice;

static void reload (McCalendarProposalsGroup *self);

/*
 * Auxiliary functions
 */

static void
choice_free (Choice *choice)
{
  g_clear_object (&choice->self);
  g_free (choice);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Choice, choice_free)

static void
actions_update (McCalendarProposalsGroup *self)
{
  gboolean enabled = self->calendar != NULL && self->editable && !self->settling;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.accept", enabled);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "proposals.keep", enabled);
}

static void
update_description (McCalendarProposalsGroup *self)
{
  if (self->editable)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           _("The official calendar pulled from the portal sees "
                                             "these days otherwise. The office’s own edits stay "
                                             "in force until someone chooses: use the portal’s "
                                             "value of a day, or keep the office’s until the "
                                             "portal changes that day again."));
  else
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                           _("The official calendar pulled from the portal sees "
                                             "these days otherwise. The office’s own edits stay "
                                             "in force until an administrator chooses between "
                                             "the two."));
}

static void
begin_request (McCalendarProposalsGroup *self)
{
  if (self->n_pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
end_request (McCalendarProposalsGroup *self)
{
  g_assert (self->n_pending > 0);

  if (--self->n_pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

/* "Tuesday, 24/11/2026", as the page writes the days. */
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

/* One side's value of a day: its kind and why, or what a day without an
 * entry is. */
static char *
format_value (gboolean    has_value,
              McDayKind   kind,
              const char *reason)
{
  const char *kind_label;

  if (!has_value)
    return g_strdup (_("not a special day"));

  kind_label = kind == MC_DAY_MAKEUP_WORKDAY ? _("Make-up working day") : _("Day off");
  /* Reasons the application wrote are translated, as on the page. */
  if (reason != NULL && reason[0] != '\0')
    reason = g_dgettext (GETTEXT_PACKAGE, reason);
  if (reason == NULL || reason[0] == '\0' || g_strcmp0 (reason, kind_label) == 0)
    return g_strdup (kind_label);

  /* Translators: a day of the working calendar, its kind and why, such
   * as "Day off — Lunar New Year" */
  return g_strdup_printf (_("%s — %s"), kind_label, reason);
}

static GtkWidget *
new_choice_button (const char *label,
                   const char *accessible_label,
                   const char *action_name,
                   const char *iso)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  accessible_label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", iso);

  return button;
}

/* The date, both values one above the other, and the two choices. */
static GtkWidget *
new_difference_row (const McCalendarDifference *difference)
{
  GtkWidget *row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autofree char *title = format_day (&difference->date);
  g_autofree char *local = format_value (difference->has_local, difference->local_kind,
                                         difference->local_reason);
  g_autofree char *portal = format_value (difference->has_portal, difference->portal_kind,
                                          difference->portal_reason);
  g_autofree char *here_text = NULL;
  g_autofree char *portal_text = NULL;
  g_autofree char *accept_label = NULL;
  g_autofree char *keep_label = NULL;
  char iso[11];

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_add_css_class (box, "detail-row");
  gtk_widget_set_hexpand (text, TRUE);

  /* Translators: the office's own value of a day of the working
   * calendar, such as "Here: Day off — Village festival" */
  here_text = g_strdup_printf (_("Here: %s"), local);
  /* Translators: the value of a day in the official calendar pulled
   * from the portal, such as "Portal: not a special day" */
  portal_text = g_strdup_printf (_("Portal: %s"), portal);
  gtk_box_append (GTK_BOX (text), mc_ui_wrapped_label_new (title, "heading", 40));
  gtk_box_append (GTK_BOX (text), mc_ui_wrapped_label_new (here_text, NULL, 40));
  gtk_box_append (GTK_BOX (text), mc_ui_wrapped_label_new (portal_text, NULL, 40));
  gtk_box_append (GTK_BOX (box), text);

  g_date_strftime (iso, sizeof iso, "%Y-%m-%d", &difference->date);
  /* Translators: the accessible name of a button; %s is a date */
  accept_label = g_strdup_printf (_("Use the portal’s value of %s"), title);
  /* Translators: the accessible name of a button; %s is a date */
  keep_label = g_strdup_printf (_("Keep the office’s value of %s"), title);
  gtk_widget_set_valign (buttons, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (buttons), new_choice_button (_("Use the Portal’s"), accept_label,
                                                        "proposals.accept", iso));
  gtk_box_append (GTK_BOX (buttons), new_choice_button (_("Keep Ours"), keep_label,
                                                        "proposals.keep", iso));
  gtk_box_append (GTK_BOX (box), buttons);

  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);

  return row;
}

static void
clear_rows (McCalendarProposalsGroup *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), g_ptr_array_index (self->rows, i));
  g_ptr_array_set_size (self->rows, 0);
}

static void
show_differences (McCalendarProposalsGroup *self,
                  GPtrArray                *differences)
{
  clear_rows (self);
  mc_ui_show_message (self->error_label, NULL);

  for (guint i = 0; i < differences->len; i++)
    {
      GtkWidget *row = new_difference_row (g_ptr_array_index (differences, i));

      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      g_ptr_array_add (self->rows, row);
    }

  gtk_widget_set_visible (GTK_WIDGET (self), differences->len > 0);
}

static gboolean
parse_iso (const char *iso,
           GDate      *date)
{
  guint year, month, day;

  g_date_clear (date, 1);
  if (sscanf (iso, "%4u-%2u-%2u", &year, &month, &day) != 3 ||
      !g_date_valid_dmy (day, month, year))
    return FALSE;

  g_date_set_dmy (date, day, month, year);
  return TRUE;
}

/*
 * Callbacks
 */

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McCalendarProposalsGroup) self = user_data;
  g_autoptr(GPtrArray) differences = NULL;
  g_autoptr(GError) error = NULL;

  end_request (self);

  differences = mc_calendar_list_differences_finish (MC_CALENDAR (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (differences == NULL)
    {
      g_autofree char *message = NULL;

      /* Not knowing whether the portal differs is worth saying. */
      clear_rows (self);
      message = g_strdup_printf (_("The differences cannot be read: %s"), error->message);
      mc_ui_show_message (self->error_label, message);
      gtk_widget_set_visible (GTK_WIDGET (self), TRUE);
      return;
    }

  show_differences (self, differences);
}

static void
settled_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(Choice) choice = user_data;
  McCalendarProposalsGroup *self = choice->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  AdwToast *toast;

  end_request (self);
  self->settling = FALSE;
  actions_update (self);

  if (!mc_calendar_settle_difference_finish (MC_CALENDAR (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      /* Settled elsewhere in the meantime, for example: the list is
       * stale. */
      toast = adw_toast_new (error->message);
      adw_toast_set_timeout (toast, 8);
      mc_ui_add_toast (GTK_WIDGET (self), toast);
      reload (self);
      return;
    }

  /* McCalendar::changed has already asked for the new list. */
  title = format_day (&choice->date);
  if (choice->accept)
    /* Translators: %s is a date, such as "Tuesday, 24/11/2026" */
    toast = adw_toast_new_format (_("%s now follows the portal’s calendar"), title);
  else
    /* Translators: %s is a date, such as "Tuesday, 24/11/2026" */
    toast = adw_toast_new_format (_("%s keeps the office’s value"), title);
  mc_ui_add_toast (GTK_WIDGET (self), toast);
}

static void
calendar_changed_cb (McCalendarProposalsGroup *self)
{
  reload (self);
}

/*
 * Actions
 */

static void
settle (McCalendarProposalsGroup *self,
        GVariant                 *parameter,
        gboolean                  accept)
{
  Choice *choice;
  GDate date;

  if (self->calendar == NULL || !self->editable || self->settling)
    return;
  if (!parse_iso (g_variant_get_string (parameter, NULL), &date))
    return;

  choice = g_new0 (Choice, 1);
  choice->self = g_object_ref (self);
  choice->date = date;
  choice->accept = accept;

  self->settling = TRUE;
  begin_request (self);
  actions_update (self);
  mc_calendar_settle_difference_async (self->calendar, &date, accept, self->cancellable,
                                       settled_cb, choice);
}

static void
accept_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  settle (MC_CALENDAR_PROPOSALS_GROUP (widget), parameter, TRUE);
}

static void
keep_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  settle (MC_CALENDAR_PROPOSALS_GROUP (widget), parameter, FALSE);
}

/*
 * Listing
 */

static void
reload (McCalendarProposalsGroup *self)
{
  if (self->calendar == NULL)
    return;

  g_cancellable_cancel (self->list_cancellable);
  g_clear_object (&self->list_cancellable);
  self->list_cancellable = g_cancellable_new ();

  begin_request (self);
  mc_calendar_list_differences_async (self->calendar, self->list_cancellable, listed_cb,
                                      g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_calendar_proposals_group_dispose (GObject *object)
{
  McCalendarProposalsGroup *self = (McCalendarProposalsGroup *)object;

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->list_cancellable);
  if (self->calendar != NULL)
    g_signal_handlers_disconnect_by_func (self->calendar, calendar_changed_cb, self);

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_CALENDAR_PROPOSALS_GROUP);

  g_clear_object (&self->calendar);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->list_cancellable);
  g_clear_pointer (&self->rows, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_calendar_proposals_group_parent_class)->dispose (object);
}

static void
mc_calendar_proposals_group_get_property (GObject    *object,
                                          guint       prop_id,
                                          GValue     *value,
                                          GParamSpec *pspec)
{
  McCalendarProposalsGroup *self = MC_CALENDAR_PROPOSALS_GROUP (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_calendar_proposals_group_get_busy (self));
      break;
    case PROP_EDITABLE:
      g_value_set_boolean (value, mc_calendar_proposals_group_get_editable (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_calendar_proposals_group_set_property (GObject      *object,
                                          guint         prop_id,
                                          const GValue *value,
                                          GParamSpec   *pspec)
{
  McCalendarProposalsGroup *self = MC_CALENDAR_PROPOSALS_GROUP (object);

  switch (prop_id)
    {
    case PROP_EDITABLE:
      mc_calendar_proposals_group_set_editable (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_calendar_proposals_group_class_init (McCalendarProposalsGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_calendar_proposals_group_dispose;
  object_class->get_property = mc_calendar_proposals_group_get_property;
  object_class->set_property = mc_calendar_proposals_group_set_property;

  /**
   * McCalendarProposalsGroup:busy:
   *
   * Whether the group waits for the database: a listing or a choice.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));

  /**
   * McCalendarProposalsGroup:editable:
   *
   * Whether the user may choose between the two values of a day: an
   * administrator's right. Without it, the days are shown with their
   * buttons off.
   */
  properties [PROP_EDITABLE] =
    g_param_spec_boolean ("editable", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-calendar-proposals-group.ui");
  gtk_widget_class_bind_template_child (widget_class, McCalendarProposalsGroup, error_label);

  gtk_widget_class_install_action (widget_class, "proposals.accept", "s", accept_action);
  gtk_widget_class_install_action (widget_class, "proposals.keep", "s", keep_action);
}

static void
mc_calendar_proposals_group_init (McCalendarProposalsGroup *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->rows = g_ptr_array_new ();

  update_description (self);
  actions_update (self);
}

/*
 * Public API
 */

/**
 * mc_calendar_proposals_group_set_calendar:
 * @self: a #McCalendarProposalsGroup
 * @calendar: the calendar whose differences to show
 *
 * Lists the differences of @calendar, and again whenever it changes.
 */
void
mc_calendar_proposals_group_set_calendar (McCalendarProposalsGroup *self,
                                          McCalendar               *calendar)
{
  g_return_if_fail (MC_IS_CALENDAR_PROPOSALS_GROUP (self));
  g_return_if_fail (MC_IS_CALENDAR (calendar));

  if (calendar == self->calendar)
    return;

  if (self->calendar != NULL)
    g_signal_handlers_disconnect_by_func (self->calendar, calendar_changed_cb, self);
  g_set_object (&self->calendar, calendar);
  g_signal_connect_object (calendar, "changed", G_CALLBACK (calendar_changed_cb), self,
                           G_CONNECT_SWAPPED);

  actions_update (self);
  reload (self);
}

/**
 * mc_calendar_proposals_group_set_editable:
 * @self: a #McCalendarProposalsGroup
 * @editable: whether the user may choose (an administrator)
 */
void
mc_calendar_proposals_group_set_editable (McCalendarProposalsGroup *self,
                                          gboolean                  editable)
{
  g_return_if_fail (MC_IS_CALENDAR_PROPOSALS_GROUP (self));

  editable = !!editable;
  if (self->editable == editable)
    return;

  self->editable = editable;
  update_description (self);
  actions_update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_EDITABLE]);
}

/**
 * mc_calendar_proposals_group_get_editable:
 * @self: a #McCalendarProposalsGroup
 *
 * Returns: whether the user may choose between the two values of a day
 */
gboolean
mc_calendar_proposals_group_get_editable (McCalendarProposalsGroup *self)
{
  g_return_val_if_fail (MC_IS_CALENDAR_PROPOSALS_GROUP (self), FALSE);

  return self->editable;
}

/**
 * mc_calendar_proposals_group_get_busy:
 * @self: a #McCalendarProposalsGroup
 *
 * Returns: whether a listing or a choice is on its way to the database
 */
gboolean
mc_calendar_proposals_group_get_busy (McCalendarProposalsGroup *self)
{
  g_return_val_if_fail (MC_IS_CALENDAR_PROPOSALS_GROUP (self), FALSE);

  return self->n_pending > 0;
}
