/* mc-dashboard-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dashboard-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-chart-view.h"
#include "mc-dashboard-chart.h"
#include "mc-dashboard-page.h"
#include "mc-document-preview.h"
#include "mc-format.h"
#include "mc-report-06a.h"
#include "mc-report-period.h"
#include "mc-staff.h"
#include "mc-stats.h"
#include "mc-ui-util.h"
#include "mc-working-calendar.h"

/* The leader's page: a period's figures in tiles, three charts (intake
 * by week or month and channel, results by field, each officer's
 * workload), and what needs action now, the overdue dossiers and those
 * due within a working day, each a click from its page. Report 06a of
 * the period opens in the preview, to print or save, or is exported as
 * a spreadsheet file. The figures are read on the database worker, again
 * whenever a dossier changes. */

struct _McDashboardPage
{
  GtkWidget        parent_instance;

  McStats         *stats;
  McDossiers      *dossiers;
  McDocuments     *documents;
  gulong           changed_id;
  guint            reload_source;
  GCancellable    *cancellable;
  McDashboard     *dashboard;
  McActorCopy      actor;
  gboolean         has_actor;
  McReportPeriod   period;
  gboolean         loading;
  GPtrArray       *field_codes;   /* by the field drop-down's position; [0] NULL, all */
  GArray          *officer_ids;   /* gint64, by the officer drop-down's position */
  GCancellable    *staff_cancellable;
  gboolean         quiet;         /* filling the drop-downs, not the user */

  /* Template widgets */
  GtkDropDown     *boundary_dropdown;
  GtkDropDown     *channel_dropdown;
  GtkLabel        *due_soon_title;
  GtkListBox      *due_soon_list;
  GtkLabel        *error_label;
  GtkDropDown     *field_dropdown;
  McChartView     *fields_chart;
  GtkDropDown     *length_dropdown;
  McChartView     *officers_chart;
  GtkDropDown     *officer_dropdown;
  GtkLabel        *overdue_title;
  GtkListBox      *overdue_list;
  GtkLabel        *period_label;
  GtkLabel        *range_label;
  /* The template's only direct child, unparented on dispose. */
  GtkWidget       *layout;
  GtkWidget       *scroller;
  GtkFlowBox      *tiles_box;
  McChartView     *trend_chart;
  GtkLabel        *trend_title;
};

G_DEFINE_FINAL_TYPE (McDashboardPage, mc_dashboard_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_LOADING,
  N_PROPS
};

enum {
  SIGNAL_DOSSIER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

/*
 * The period
 */

static McReportLength
get_length (McDashboardPage *self)
{
  return (McReportLength) gtk_drop_down_get_selected (self->length_dropdown);
}

static McReportBoundary
get_boundary (McDashboardPage *self)
{
  return gtk_drop_down_get_selected (self->boundary_dropdown) == 1 ? MC_REPORT_FROM_15TH
                                                                   : MC_REPORT_CALENDAR;
}

static void
go_to_today (McDashboardPage *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());

  mc_report_period_containing (get_length (self), get_boundary (self), now, &self->period);
}

static char *
format_day (GDateTime *moment)
{
  return g_date_time_format (moment, "%d/%m/%Y");
}

static void
show_period (McDashboardPage *self)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *name = mc_report_period_format (&self->period);
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *range = NULL;

  mc_report_period_get_range (&self->period, &from, &to);
  last = g_date_time_add_days (to, -1);
  first_day = format_day (from);
  last_day = format_day (last);
  /* Translators: the first and the last day of a period */
  range = g_strdup_printf (_("%s – %s"), first_day, last_day);
  gtk_label_set_label (self->period_label, name);
  gtk_label_set_label (self->range_label, range);
}

/*
 * Tiles
 */

static void
add_tile (McDashboardPage *self,
          const char      *title,
          const char      *value,
          const char      *caption)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title_label = gtk_label_new (title);
  GtkWidget *value_label = gtk_label_new (value);
  GtkWidget *caption_label = gtk_label_new (caption);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "dashboard-tile");
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_wrap (GTK_LABEL (title_label), TRUE);
  gtk_widget_add_css_class (title_label, "dim-label");
  gtk_label_set_xalign (GTK_LABEL (value_label), 0);
  gtk_widget_add_css_class (value_label, "title-1");
  gtk_label_set_xalign (GTK_LABEL (caption_label), 0);
  gtk_label_set_wrap (GTK_LABEL (caption_label), TRUE);
  gtk_widget_add_css_class (caption_label, "caption");
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), value_label);
  gtk_box_append (GTK_BOX (box), caption_label);
  gtk_flow_box_append (self->tiles_box, box);
}

static int
percent (guint part,
         guint whole)
{
  return whole > 0 ? (int) (100.0 * part / whole + 0.5) : 0;
}

static void
show_tiles (McDashboardPage *self)
{
  const McDossierStats *stats = self->dashboard->stats;
  const McReportCounts *counts = &stats->counts;
  guint received = mc_report_counts_get_received (counts);
  guint resolved = mc_report_counts_get_resolved (counts);
  guint pending = mc_report_counts_get_pending (counts);
  double satisfaction = mc_dossier_stats_get_satisfaction (stats);
  GtkWidget *child;
  char value[64];
  g_autofree char *caption = NULL;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tiles_box))) != NULL)
    gtk_flow_box_remove (self->tiles_box, child);

  g_snprintf (value, sizeof value, "%u", received);
  caption = g_strdup_printf (_("Online %d%%, carried over %u"),
                             (int) (mc_dossier_stats_get_online_share (stats) * 100 + 0.5),
                             counts->carried_over);
  add_tile (self, _("Received for Resolution"), value, caption);
  g_clear_pointer (&caption, g_free);

  g_snprintf (value, sizeof value, "%u", resolved);
  caption = g_strdup_printf (_("Early or on time %d%%, late %u"),
                             percent (counts->resolved_early + counts->resolved_on_time, resolved),
                             counts->resolved_late);
  add_tile (self, _("Resolved in the Period"), value, caption);
  g_clear_pointer (&caption, g_free);

  g_snprintf (value, sizeof value, "%u", pending);
  caption = g_strdup_printf (_("Overdue %u"), counts->pending_overdue);
  add_tile (self, _("Open at the End of the Period"), value, caption);
  g_clear_pointer (&caption, g_free);

  g_snprintf (value, sizeof value, "%u", stats->due_soon);
  add_tile (self, _("Due Within a Working Day"), value, _("Open, not waiting for the citizen"));

  g_snprintf (value, sizeof value, "%u", stats->apologies_owed);
  caption = g_strdup_printf (_("Given in the period: %u"), stats->apologies_given);
  add_tile (self, _("Apology Letters Owed"), value, caption);
  g_clear_pointer (&caption, g_free);

  /* Translators: a number of days, such as "3.5 days" */
  caption = g_strdup_printf (_("%.1f days"), stats->average_days);
  add_tile (self, _("Average Processing Time"), caption, _("From receipt to result"));
  g_clear_pointer (&caption, g_free);

  if (satisfaction < 0)
    g_strlcpy (value, "—", sizeof value);
  else
    g_snprintf (value, sizeof value, "%d%%", (int) (satisfaction * 100 + 0.5));
  caption = g_strdup_printf (_("%u evaluations, %.1f of 18 points"), stats->evaluations,
                             mc_dossier_stats_get_evaluation_total (stats));
  add_tile (self, _("Satisfaction (QĐ 766)"), value, caption);
  g_clear_pointer (&caption, g_free);

  g_snprintf (value, sizeof value, "%u", stats->repeated_supplements);
  add_tile (self, _("Asked to Supplement More Than Once"), value, _("Before or after acceptance"));

  g_snprintf (value, sizeof value, "%d%%",
              (int) (mc_dossier_stats_get_sync_coverage (stats) * 100 + 0.5));
  add_tile (self, _("Synchronised With the Portal"), value,
            _("Acknowledged by the provincial portal"));
}

/*
 * Charts
 */

static void
show_trend (McDashboardPage *self)
{
  const char *labels[] = { _("At the counter"), _("Online"), _("By post") };
  g_autoptr(McDashboardChart) chart = mc_dashboard_chart_trend (self->dashboard, labels);

  mc_chart_view_set_chart (self->trend_chart, &chart->chart);
  gtk_label_set_label (self->trend_title, self->dashboard->monthly ? _("Intake by Month")
                                                                   : _("Intake by Week"));
}

static void
show_fields (McDashboardPage *self)
{
  const char *labels[] = {
    _("Resolved early"), _("Resolved on time"), _("Resolved late"), _("Open, in time"),
    _("Open, overdue"),
  };
  g_autoptr(McDashboardChart) chart = mc_dashboard_chart_fields (self->dashboard, labels);

  mc_chart_view_set_chart (self->fields_chart, &chart->chart);
}

/* The eight busiest officers. */
#define OFFICERS_SHOWN 8

static void
show_officers (McDashboardPage *self)
{
  const char *labels[] = { _("Resolved"), _("Open, in time"), _("Open, overdue") };
  g_autoptr(McDashboardChart) chart = mc_dashboard_chart_officers (self->dashboard, labels,
                                                                   _("Not handed over"),
                                                                   OFFICERS_SHOWN);

  mc_chart_view_set_chart (self->officers_chart, &chart->chart);
}

/*
 * Lists
 */

static void
fill_list (GtkListBox *list,
           GPtrArray  *dossiers,
           const char *empty)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);

  if (dossiers->len == 0)
    {
      GtkWidget *label = gtk_label_new (empty);

      gtk_widget_add_css_class (label, "dim-label");
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_bottom (label, 12);
      gtk_list_box_append (list, label);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (gtk_widget_get_parent (label)), FALSE);
      return;
    }

  for (guint i = 0; i < dossiers->len; i++)
    {
      McDueDossier *dossier = g_ptr_array_index (dossiers, i);
      g_autofree char *due = mc_format_moment (dossier->due);
      g_autofree char *title = g_strdup_printf ("%s — %s", dossier->code, dossier->applicant);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (*dossier->officer != '\0')
        /* Translators: a procedure, an appointment, then an officer */
        subtitle = g_strdup_printf (_("%s · due %s · %s"), dossier->procedure, due, dossier->officer);
      else
        /* Translators: a procedure, then an appointment */
        subtitle = g_strdup_printf (_("%s · due %s"), dossier->procedure, due);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
      g_object_set_data_full (G_OBJECT (row), "code", g_strdup (dossier->code), g_free);
      gtk_list_box_append (list, row);
    }
}

static void
show_lists (McDashboardPage *self)
{
  g_autofree char *overdue = NULL;
  g_autofree char *due_soon = NULL;

  overdue = g_strdup_printf (_("Overdue Now (%u)"), self->dashboard->n_overdue);
  due_soon = g_strdup_printf (_("Due Within a Working Day (%u)"), self->dashboard->n_due_soon);
  gtk_label_set_label (self->overdue_title, overdue);
  gtk_label_set_label (self->due_soon_title, due_soon);
  fill_list (self->overdue_list, self->dashboard->overdue, _("No dossier is overdue."));
  fill_list (self->due_soon_list, self->dashboard->due_soon,
             _("No dossier falls due within a working day."));
}

/*
 * Filters
 */

/* The fields offered are those of the dossiers of the periods seen,
 * kept while one of them is chosen. */
static void
update_fields (McDashboardPage *self)
{
  GPtrArray *fields = self->dashboard->fields;
  g_autoptr(GtkStringList) names = NULL;
  const char *chosen;

  chosen = g_ptr_array_index (self->field_codes,
                              MIN (gtk_drop_down_get_selected (self->field_dropdown),
                                   self->field_codes->len - 1));
  if (chosen != NULL)
    return;

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All Fields"));
  g_ptr_array_set_size (self->field_codes, 1);
  for (guint i = 0; i < fields->len; i++)
    {
      McReportRow *row = g_ptr_array_index (fields, i);

      gtk_string_list_append (names, row->field_name);
      g_ptr_array_add (self->field_codes, g_strdup (row->field_code));
    }

  self->quiet = TRUE;
  gtk_drop_down_set_model (self->field_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->field_dropdown, 0);
  self->quiet = FALSE;
}

static void
staff_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(McDashboardPage) self = user_data;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = NULL;

  staff = mc_dossiers_list_staff_finish (MC_DOSSIERS (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (staff == NULL)
    {
      mc_ui_show_message (self->error_label, error->message);
      return;
    }

  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All Officers"));
  g_array_set_size (self->officer_ids, 1);
  for (guint i = 0; i < staff->len; i++)
    {
      McStaff *member = g_ptr_array_index (staff, i);
      gint64 id = mc_staff_get_id (member);

      if (!mc_staff_takes_dossiers (member))
        continue;
      gtk_string_list_append (names, mc_staff_get_full_name (member));
      g_array_append_val (self->officer_ids, id);
    }

  self->quiet = TRUE;
  gtk_drop_down_set_model (self->officer_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->officer_dropdown, 0);
  self->quiet = FALSE;
}

static void
load_officers (McDashboardPage *self)
{
  g_cancellable_cancel (self->staff_cancellable);
  g_clear_object (&self->staff_cancellable);
  self->staff_cancellable = g_cancellable_new ();
  mc_dossiers_list_staff_async (self->dossiers, self->staff_cancellable, staff_listed_cb,
                                g_object_ref (self));
}

/*
 * Loading
 */

static void
set_loading (McDashboardPage *self,
             gboolean         loading)
{
  if (self->loading == loading)
    return;

  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

static void
loaded_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(McDashboardPage) self = user_data;
  g_autoptr(GError) error = NULL;
  McDashboard *dashboard;

  dashboard = mc_stats_load_dashboard_finish (MC_STATS (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  set_loading (self, FALSE);
  if (dashboard == NULL)
    {
      mc_ui_show_message (self->error_label, error->message);
      return;
    }

  mc_ui_show_message (self->error_label, NULL);
  g_clear_pointer (&self->dashboard, mc_dashboard_free);
  self->dashboard = dashboard;
  show_tiles (self);
  show_trend (self);
  show_fields (self);
  show_officers (self);
  show_lists (self);
  update_fields (self);
}

static int
get_channel (McDashboardPage *self)
{
  /* All, at the counter, online, by post: McChannel 1 to 3. */
  return (int) gtk_drop_down_get_selected (self->channel_dropdown);
}

/**
 * mc_dashboard_page_reload:
 * @self: a #McDashboardPage
 *
 * Reads the period's figures again.
 */
void
mc_dashboard_page_reload (McDashboardPage *self)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  McStatsFilter filter = { NULL, };

  g_return_if_fail (MC_IS_DASHBOARD_PAGE (self));

  show_period (self);
  if (self->stats == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  filter.channel = get_channel (self);
  filter.field_code = g_ptr_array_index (self->field_codes,
                                         MIN (gtk_drop_down_get_selected (self->field_dropdown),
                                              self->field_codes->len - 1));
  filter.officer_id = g_array_index (self->officer_ids, gint64,
                                     MIN (gtk_drop_down_get_selected (self->officer_dropdown),
                                          self->officer_ids->len - 1));
  mc_report_period_get_range (&self->period, &from, &to);
  set_loading (self, TRUE);
  mc_stats_load_dashboard_async (self->stats, from, to, &filter, self->cancellable, loaded_cb,
                                 g_object_ref (self));
}

static gboolean
reload_cb (gpointer user_data)
{
  McDashboardPage *self = user_data;

  self->reload_source = 0;
  mc_dashboard_page_reload (self);

  return G_SOURCE_REMOVE;
}

/* A dossier changed: the figures follow, once the change's own work is
 * done, and once for a burst of changes. */
static void
dossiers_changed_cb (McDashboardPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

/*
 * Callbacks and actions
 */

static void
length_changed_cb (McDashboardPage *self)
{
  go_to_today (self);
  mc_dashboard_page_reload (self);
}

static void
filter_changed_cb (McDashboardPage *self)
{
  if (!self->quiet)
    mc_dashboard_page_reload (self);
}

static void
row_activated_cb (McDashboardPage *self,
                  GtkListBoxRow   *row)
{
  const char *code = g_object_get_data (G_OBJECT (row), "code");

  if (code != NULL)
    g_signal_emit (self, signals [SIGNAL_DOSSIER_ACTIVATED], 0, code);
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McDashboardPage *self = MC_DASHBOARD_PAGE (widget);

  mc_report_period_step (&self->period, g_str_equal (action_name, "dashboard.next") ? 1 : -1);
  mc_dashboard_page_reload (self);
}

/* Report 06a, the evaluation summary or the overview of the period, in
 * the preview. */
static void
report_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  McDashboardPage *self = MC_DASHBOARD_PAGE (widget);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  McDocumentPreview *preview;

  if (self->documents == NULL)
    return;

  mc_report_period_get_range (&self->period, &from, &to);
  preview = mc_document_preview_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->documents,
                                     self->has_actor ? &self->actor.actor : NULL);
  mc_document_preview_show_period_document (preview,
                                            g_str_equal (action_name, "dashboard.evaluation")
                                            ? MC_DOCUMENT_EVALUATION_SUMMARY
                                            : g_str_equal (action_name, "dashboard.overview")
                                            ? MC_DOCUMENT_OVERVIEW_REPORT : MC_DOCUMENT_REPORT_06A,
                                            from, to);
  gtk_window_present (GTK_WINDOW (preview));
}

static void
export_chosen_cb (GtkNativeDialog *chooser,
                  int              response,
                  gpointer         user_data)
{
  g_autoptr(McDashboardPage) self = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);

  if (file != NULL)
    mc_dashboard_page_export_to_file (self, file);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  McDashboardPage *self = MC_DASHBOARD_PAGE (widget);
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->dashboard == NULL)
    return;

  mc_report_period_get_range (&self->period, &from, &to);
  first = g_date_time_format (from, "%Y-%m-%d");
  {
    g_autoptr(GDateTime) last_day = g_date_time_add_days (to, -1);

    last = g_date_time_format (last_day, "%Y-%m-%d");
  }
  name = g_strdup_printf ("report-06a-%s-%s.fods", first, last);

  chooser = gtk_file_chooser_native_new (_("Export Report 06a"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  {
    g_autoptr(GtkFileFilter) spreadsheet = gtk_file_filter_new ();
    g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();

    gtk_file_filter_set_name (spreadsheet, _("Spreadsheet (LibreOffice)"));
    gtk_file_filter_add_suffix (spreadsheet, "fods");
    gtk_file_filter_set_name (csv, _("CSV"));
    gtk_file_filter_add_suffix (csv, "csv");
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), spreadsheet);
    gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  }
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (export_chosen_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/*
 * GObject overrides
 */

static void
mc_dashboard_page_dispose (GObject *object)
{
  McDashboardPage *self = (McDashboardPage *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_cancellable_cancel (self->staff_cancellable);
  g_clear_object (&self->staff_cancellable);
  g_clear_pointer (&self->field_codes, g_ptr_array_unref);
  g_clear_pointer (&self->officer_ids, g_array_unref);
  if (self->dossiers != NULL)
    g_clear_signal_handler (&self->changed_id, self->dossiers);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->documents);
  g_clear_object (&self->stats);
  g_clear_pointer (&self->dashboard, mc_dashboard_free);
  mc_actor_copy_clear (&self->actor);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_DASHBOARD_PAGE);

  G_OBJECT_CLASS (mc_dashboard_page_parent_class)->dispose (object);
}

static void
mc_dashboard_page_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  McDashboardPage *self = MC_DASHBOARD_PAGE (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_dashboard_page_class_init (McDashboardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_dashboard_page_dispose;
  object_class->get_property = mc_dashboard_page_get_property;

  /**
   * McDashboardPage:loading:
   *
   * Whether the figures are being read.
   */
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McDashboardPage::dossier-activated:
   * @code: the dossier's code
   *
   * A dossier of the lists was chosen, to open its page.
   */
  signals [SIGNAL_DOSSIER_ACTIVATED] =
    g_signal_new ("dossier-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  g_type_ensure (MC_TYPE_CHART_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-dashboard-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, boundary_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, due_soon_list);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, due_soon_title);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, field_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, fields_chart);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, length_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, officer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, officers_chart);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, overdue_list);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, overdue_title);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, period_label);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, range_label);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, layout);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, scroller);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, tiles_box);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, trend_chart);
  gtk_widget_class_bind_template_child (widget_class, McDashboardPage, trend_title);
  gtk_widget_class_bind_template_callback (widget_class, filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, length_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);

  gtk_widget_class_install_action (widget_class, "dashboard.previous", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "dashboard.next", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "dashboard.report", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "dashboard.evaluation", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "dashboard.overview", NULL, report_action);
  gtk_widget_class_install_action (widget_class, "dashboard.export", NULL, export_action);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mc_dashboard_page_init (McDashboardPage *self)
{
  gint64 anyone = 0;

  self->field_codes = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (self->field_codes, NULL);
  self->officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->officer_ids, anyone);

  gtk_widget_init_template (GTK_WIDGET (self));
  self->quiet = TRUE;
  gtk_drop_down_set_model (self->field_dropdown,
                           G_LIST_MODEL (gtk_string_list_new ((const char *[]) { _("All Fields"), NULL })));
  gtk_drop_down_set_model (self->officer_dropdown,
                           G_LIST_MODEL (gtk_string_list_new ((const char *[]) { _("All Officers"), NULL })));
  self->quiet = FALSE;

  /* A quarter, the report's period, to begin with. */
  gtk_drop_down_set_selected (self->length_dropdown, MC_REPORT_QUARTER);
  go_to_today (self);
  show_period (self);
}

/*
 * Public API
 */

void
mc_dashboard_page_set_context (McDashboardPage *self,
                               McContext       *context)
{
  g_return_if_fail (MC_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));
  g_return_if_fail (self->stats == NULL);

  self->stats = mc_stats_new (mc_context_get_worker (context));
  self->documents = g_object_ref (mc_context_get_documents (context));
  self->dossiers = g_object_ref (mc_context_get_dossiers (context));
  self->changed_id = g_signal_connect_swapped (self->dossiers, "changed",
                                               G_CALLBACK (dossiers_changed_cb), self);
  load_officers (self);
}

/**
 * mc_dashboard_page_set_actor:
 * @self: a #McDashboardPage
 * @actor: (nullable): who looks, copied; the preview's prints are theirs
 */
void
mc_dashboard_page_set_actor (McDashboardPage *self,
                             const McActor   *actor)
{
  g_return_if_fail (MC_IS_DASHBOARD_PAGE (self));

  mc_actor_copy_clear (&self->actor);
  self->has_actor = actor != NULL;
  if (actor != NULL)
    mc_actor_copy_init (&self->actor, actor);
}

static gboolean
boundary_from_setting (GValue   *value,
                       GVariant *variant,
                       gpointer  user_data)
{
  g_value_set_uint (value, g_str_equal (g_variant_get_string (variant, NULL), "15th") ? 1 : 0);
  return TRUE;
}

static GVariant *
boundary_to_setting (const GValue       *value,
                     const GVariantType *expected_type,
                     gpointer            user_data)
{
  return g_variant_new_string (g_value_get_uint (value) == 1 ? "15th" : "calendar");
}

/**
 * mc_dashboard_page_bind_settings:
 * @self: a #McDashboardPage
 * @settings: the application's settings
 *
 * Remembers where the office's reporting periods begin.
 */
void
mc_dashboard_page_bind_settings (McDashboardPage *self,
                                 GSettings       *settings)
{
  g_return_if_fail (MC_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (G_IS_SETTINGS (settings));

  g_settings_bind_with_mapping (settings, "report-periods", self->boundary_dropdown, "selected",
                                G_SETTINGS_BIND_DEFAULT, boundary_from_setting,
                                boundary_to_setting, NULL, NULL);
}

gboolean
mc_dashboard_page_get_loading (McDashboardPage *self)
{
  g_return_val_if_fail (MC_IS_DASHBOARD_PAGE (self), FALSE);

  return self->loading;
}

/**
 * mc_dashboard_page_get_period:
 * @self: a #McDashboardPage
 * @from: (out) (transfer full): the period's first instant
 * @to: (out) (transfer full): the instant after its last
 */
void
mc_dashboard_page_get_period (McDashboardPage  *self,
                              GDateTime       **from,
                              GDateTime       **to)
{
  g_return_if_fail (MC_IS_DASHBOARD_PAGE (self));

  mc_report_period_get_range (&self->period, from, to);
}

/**
 * mc_dashboard_page_export_to_file:
 * @self: a #McDashboardPage
 * @file: where to: a name ending in ".csv" for CSV, a spreadsheet
 *   (.fods) otherwise
 *
 * Saves the table of report 06a shown, and says so in a toast, or why
 * it could not.
 */
void
mc_dashboard_page_export_to_file (McDashboardPage *self,
                                  GFile           *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *period = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  g_return_if_fail (MC_IS_DASHBOARD_PAGE (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->dashboard == NULL)
    return;

  name = g_file_get_basename (file);
  mc_report_period_get_range (&self->period, &from, &to);
  if (g_str_has_suffix (name, ".csv"))
    contents = mc_report_06a_to_csv (self->dashboard->fields, &error);
  else if ((period = mc_report_06a_format_period (from, to, &error)) != NULL)
    contents = mc_report_06a_to_fods (self->dashboard->fields, period, NULL, &error);

  if (contents == NULL ||
      !g_file_replace_contents (file, contents, strlen (contents), NULL, FALSE,
                                G_FILE_CREATE_PRIVATE, NULL, NULL, &error))
    {
      mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  /* Translators: a file's name */
  message = g_strdup_printf (_("Saved as “%s”"), name);
  mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (message));
}
