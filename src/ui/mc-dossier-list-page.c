/* mc-dossier-list-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-list-page"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-document-preview.h"
#include "mc-dossier-list-page.h"
#include "mc-dossier-workflow.h"
#include "mc-dossiers.h"
#include "mc-staff.h"
#include "mc-ui-util.h"
#include "mc-working-calendar.h"

/* The dossier list: a search entry and a row of filters (status, deadline,
 * channel, officer in charge, period of receipt) over a GtkColumnView of
 * McDossierListModel, which pages rows from the database. The officers are
 * the active officers and leaders, listed again on each reload; a period
 * is reckoned in Vietnam's time when the query is built, so a reload after
 * midnight moves "Today" on. Rows whose page
 * is on its way show as placeholders. Sorting by a column header changes
 * the model's query: the model sorts in SQL, through an index, so the
 * column view's own sorter is only read, never applied to the model. */

typedef enum
{
  COLUMN_CODE,
  COLUMN_APPLICANT,
  COLUMN_PROCEDURE,
  COLUMN_RECEIVED,
  COLUMN_DUE,
  COLUMN_STATUS,
  COLUMN_DEADLINE,
  N_COLUMNS
} Column;

struct _McDossierListPage
{
  GtkWidget           parent_instance;

  McDossierListModel *model;
  GtkNoSelection     *selection;
  McDossiers         *dossiers;
  gulong              changed_id;
  guint               reload_source;   /* a reload after changes, or 0 */
  McDocuments        *documents;
  McActorCopy         actor;
  gboolean            has_actor;
  GCancellable       *owed_cancellable;
  GCancellable       *staff_cancellable;
  GArray             *officer_ids;     /* gint64, by the officer drop-down's position */
  gboolean            quiet;           /* changing the drop-downs, not the user */
  McDossier          *probe_a;
  McDossier          *probe_b;
  int                 probed_column;

  /* Template widgets */
  GtkColumnViewColumn *applicant_column;
  GtkButton           *apologies_button;
  GtkButton           *register_button;
  GtkDropDown         *channel_dropdown;
  GtkButton           *clear_filters_button;
  GtkColumnViewColumn *code_column;
  GtkColumnView       *column_view;
  GtkLabel            *count_label;
  GtkDropDown         *officer_dropdown;
  GtkDropDown         *period_dropdown;
  GtkDropDown         *deadline_dropdown;
  GtkColumnViewColumn *deadline_column;
  GtkColumnViewColumn *due_column;
  GtkColumnViewColumn *procedure_column;
  GtkColumnViewColumn *received_column;
  GtkSearchEntry      *search_entry;
  GtkStack            *stack;
  GtkDropDown         *status_dropdown;
  GtkColumnViewColumn *status_column;
};

G_DEFINE_FINAL_TYPE (McDossierListPage, mc_dossier_list_page, GTK_TYPE_WIDGET)

enum {
  SIGNAL_DOSSIER_ACTIVATED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* Should move to style.css with the next change there. */
static const char page_css[] =
  ".deadline-pill { border-radius: 999px; padding: 1px 8px; font-size: smaller; font-weight: bold; }\n"
  ".deadline-pill.overdue { background-color: alpha(@error_color, 0.18); color: @error_color; }\n"
  ".deadline-pill.due-soon { background-color: alpha(@warning_color, 0.22); color: @warning_fg_color; }\n"
  ".deadline-pill.in-time { background-color: alpha(@success_color, 0.18); color: @success_color; }\n";

/*
 * Auxiliary functions
 */

static char *
format_moment (GDateTime  *moment,
               const char *format)
{
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());
  return g_date_time_format (local, format);
}

/* The deadline state as the model's query judged it, or -1 for a dossier
 * out of the office's hands. */
static int
deadline_state (McDossierListPage *self,
                McDossier         *dossier)
{
  GDateTime *now = mc_dossier_list_model_get_now (self->model);
  GDateTime *due = mc_dossier_get_due_at (dossier);
  GTimeSpan left;

  if (now == NULL || due == NULL || !mc_dossier_query_is_active_status (mc_dossier_get_status (dossier)))
    return -1;

  left = g_date_time_difference (due, now);
  if (left < 0)
    return MC_DEADLINE_FILTER_OVERDUE;
  if (left < (GTimeSpan) MC_DOSSIER_DUE_SOON_HOURS * G_TIME_SPAN_HOUR)
    return MC_DEADLINE_FILTER_DUE_SOON;
  return MC_DEADLINE_FILTER_IN_TIME;
}

static void
update_state (McDossierListPage *self)
{
  const McDossierQuery *query;
  g_autofree char *text = NULL;
  gboolean filtered;
  guint n;

  if (self->model == NULL)
    return;

  query = mc_dossier_list_model_get_query (self->model);
  n = mc_dossier_list_model_get_n_total (self->model);
  filtered = query->status != 0 || query->deadline != 0 || query->channel != 0 ||
             query->assignee_id != 0 || query->received_from != NULL ||
             query->received_to != NULL;
  gtk_widget_set_sensitive (GTK_WIDGET (self->clear_filters_button), filtered);
  filtered = filtered || (query->search_text != NULL && query->search_text[0] != '\0');

  if (mc_dossier_list_model_get_error_message (self->model) != NULL)
    text = g_strdup (mc_dossier_list_model_get_error_message (self->model));
  else if (mc_dossier_list_model_get_capped (self->model))
    text = g_strdup_printf (_("The latest %u matching dossiers; refine the search to see others"), n);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u dossier", "%u dossiers", n), n);

  gtk_label_set_text (self->count_label, text);

  if (mc_dossier_list_model_get_loading (self->model) && n == 0)
    return;

  if (n > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    gtk_stack_set_visible_child_name (self->stack, filtered ? "no-results" : "empty");
}

static McDossierSort
column_sort (Column column)
{
  switch (column)
    {
    case COLUMN_CODE:
      return MC_DOSSIER_SORT_CODE;
    case COLUMN_APPLICANT:
      return MC_DOSSIER_SORT_APPLICANT;
    case COLUMN_PROCEDURE:
      return MC_DOSSIER_SORT_PROCEDURE;
    case COLUMN_DUE:
    case COLUMN_DEADLINE:
      return MC_DOSSIER_SORT_DUE;
    case COLUMN_STATUS:
      return MC_DOSSIER_SORT_STATUS;
    case COLUMN_RECEIVED:
    case N_COLUMNS:
    default:
      return MC_DOSSIER_SORT_RECEIVED;
    }
}

/* Each column's sorter only tells which column the column view asks
 * first; see sorter_changed_cb(). */
static int
probe_sort_cb (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkColumnViewColumn *column = GTK_COLUMN_VIEW_COLUMN (user_data);
  McDossierListPage *self = g_object_get_data (G_OBJECT (column), "mc-page");

  if (self->probed_column < 0)
    self->probed_column = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (column), "mc-column"));
  return GTK_ORDERING_SMALLER;
}

static gint64
selected_officer (McDossierListPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->officer_dropdown);

  return selected < self->officer_ids->len ? g_array_index (self->officer_ids, gint64, selected) : 0;
}

/* The query the search entry and the drop-downs ask for, the period
 * reckoned from now. */
static McDossierQuery *
build_query (McDossierListPage *self,
             McDossierSort      sort,
             gboolean           descending)
{
  g_autoptr(McDossierQuery) query = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  const char *text;

  query = mc_dossier_query_copy (mc_dossier_list_model_get_query (self->model));
  text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  mc_dossier_query_set_search_text (query, text[0] != '\0' ? text : NULL);
  query->status = gtk_drop_down_get_selected (self->status_dropdown);
  query->deadline = gtk_drop_down_get_selected (self->deadline_dropdown);
  query->channel = gtk_drop_down_get_selected (self->channel_dropdown);
  query->assignee_id = selected_officer (self);
  mc_dossier_period_get_range (gtk_drop_down_get_selected (self->period_dropdown), now,
                               &from, &to);
  mc_dossier_query_set_period (query, from, to);
  query->sort = sort;
  query->descending = descending;

  return g_steal_pointer (&query);
}

static void
apply_query (McDossierListPage *self,
             McDossierSort      sort,
             gboolean           descending)
{
  g_autoptr(McDossierQuery) query = NULL;

  if (self->model == NULL)
    return;

  query = build_query (self, sort, descending);
  mc_dossier_list_model_set_query (self->model, query);
}

/* The active officers and leaders, after "All officers"; the one chosen
 * stays chosen while listed. */
static void
staff_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(McDossierListPage) self = user_data;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = NULL;
  gint64 chosen;
  guint position = 0;

  staff = mc_dossiers_list_staff_finish (MC_DOSSIERS (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (staff == NULL)
    {
      g_warning ("Could not list the officers: %s", error->message);
      return;
    }

  chosen = selected_officer (self);
  names = gtk_string_list_new (NULL);
  gtk_string_list_append (names, _("All officers"));
  g_array_set_size (self->officer_ids, 1);

  for (guint i = 0; i < staff->len; i++)
    {
      McStaff *member = g_ptr_array_index (staff, i);
      gint64 id = mc_staff_get_id (member);

      if (!mc_staff_takes_dossiers (member))
        continue;

      if (id == chosen)
        position = self->officer_ids->len;
      gtk_string_list_append (names, mc_staff_get_full_name (member));
      g_array_append_val (self->officer_ids, id);
    }

  self->quiet = TRUE;
  gtk_drop_down_set_model (self->officer_dropdown, G_LIST_MODEL (names));
  gtk_drop_down_set_selected (self->officer_dropdown, position);
  self->quiet = FALSE;

  /* The officer chosen is gone: list everyone's again. */
  if (chosen != 0 && position == 0)
    {
      const McDossierQuery *query = mc_dossier_list_model_get_query (self->model);

      apply_query (self, query->sort, query->descending);
    }
}

static void
load_officers (McDossierListPage *self)
{
  if (self->dossiers == NULL)
    return;

  g_cancellable_cancel (self->staff_cancellable);
  g_clear_object (&self->staff_cancellable);
  self->staff_cancellable = g_cancellable_new ();
  mc_dossiers_list_staff_async (self->dossiers, self->staff_cancellable, staff_listed_cb,
                                g_object_ref (self));
}

/*
 * Callbacks
 */

static void
on_filters_changed_cb (McDossierListPage *self)
{
  const McDossierQuery *query;

  if (self->model == NULL || self->quiet)
    return;

  query = mc_dossier_list_model_get_query (self->model);
  apply_query (self, query->sort, query->descending);
}

static void
on_clear_filters_cb (McDossierListPage *self)
{
  GtkDropDown *dropdowns[] = {
    self->status_dropdown, self->deadline_dropdown, self->channel_dropdown,
    self->officer_dropdown, self->period_dropdown,
  };

  self->quiet = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (dropdowns); i++)
    gtk_drop_down_set_selected (dropdowns[i], 0);
  self->quiet = FALSE;

  on_filters_changed_cb (self);
}

/* GTK 4.8 has no accessor for the column view's sort column: compare two
 * items with its sorter and see which column's sorter it asks first, and
 * whether it inverts the answer. */
static void
sorter_changed_cb (McDossierListPage *self,
                   GtkSorterChange    change,
                   GtkSorter         *sorter)
{
  GtkOrdering order;

  self->probed_column = -1;
  order = gtk_sorter_compare (sorter, self->probe_a, self->probe_b);

  if (self->probed_column < 0)
    apply_query (self, MC_DOSSIER_SORT_RECEIVED, TRUE);
  else
    apply_query (self, column_sort (self->probed_column), order == GTK_ORDERING_LARGER);
}

static void
on_row_activated_cb (McDossierListPage *self,
                     guint              position)
{
  g_autoptr(McDossier) dossier = NULL;

  if (self->model == NULL)
    return;

  dossier = g_list_model_get_item (G_LIST_MODEL (self->model), position);
  if (dossier != NULL && !mc_dossier_list_model_is_placeholder (dossier))
    g_signal_emit (self, signals [SIGNAL_DOSSIER_ACTIVATED], 0, dossier);
}

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  GtkWidget *child;

  if (column == COLUMN_DEADLINE)
    {
      child = gtk_label_new (NULL);
      gtk_widget_set_halign (child, GTK_ALIGN_START);
      gtk_widget_add_css_class (child, "deadline-pill");
    }
  else
    {
      child = gtk_inscription_new (NULL);
      gtk_inscription_set_text_overflow (GTK_INSCRIPTION (child),
                                         GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
      gtk_widget_set_hexpand (child, TRUE);
    }

  gtk_list_item_set_child (item, child);
}

static void
bind_cell_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  Column column = GPOINTER_TO_INT (user_data);
  McDossierListPage *self = g_object_get_data (G_OBJECT (factory), "mc-page");
  McDossier *dossier = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  gboolean placeholder = mc_dossier_list_model_is_placeholder (dossier);
  g_autofree char *text = NULL;

  if (column == COLUMN_DEADLINE)
    {
      static const char * const classes[] = { "overdue", "due-soon", "in-time" };
      int state = placeholder ? -1 : deadline_state (self, dossier);

      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        gtk_widget_remove_css_class (child, classes[i]);

      switch (state)
        {
        case MC_DEADLINE_FILTER_OVERDUE:
          gtk_label_set_text (GTK_LABEL (child), _("Overdue"));
          gtk_widget_add_css_class (child, "overdue");
          break;
        case MC_DEADLINE_FILTER_DUE_SOON:
          gtk_label_set_text (GTK_LABEL (child), _("Due soon"));
          gtk_widget_add_css_class (child, "due-soon");
          break;
        case MC_DEADLINE_FILTER_IN_TIME:
          gtk_label_set_text (GTK_LABEL (child), _("In time"));
          gtk_widget_add_css_class (child, "in-time");
          break;
        default:
          gtk_label_set_text (GTK_LABEL (child), "");
        }
      gtk_widget_set_visible (child, state >= 0);
      return;
    }

  if (placeholder)
    {
      gtk_inscription_set_text (GTK_INSCRIPTION (child), column == COLUMN_CODE ? "…" : "");
      return;
    }

  switch (column)
    {
    case COLUMN_CODE:
      text = g_strdup (mc_dossier_get_code (dossier));
      break;
    case COLUMN_APPLICANT:
      text = g_strdup (mc_dossier_get_applicant_name (dossier));
      break;
    case COLUMN_PROCEDURE:
      text = g_strdup (mc_dossier_get_procedure_name (dossier));
      break;
    case COLUMN_RECEIVED:
      text = format_moment (mc_dossier_get_received_at (dossier), "%d/%m/%Y %H:%M");
      break;
    case COLUMN_DUE:
      text = format_moment (mc_dossier_get_due_at (dossier), "%d/%m/%Y %H:%M");
      break;
    case COLUMN_STATUS:
      text = g_strdup (mc_dossier_status_get_label (mc_dossier_get_status (dossier)));
      break;
    case COLUMN_DEADLINE:
    case N_COLUMNS:
    default:
      g_assert_not_reached ();
    }

  gtk_inscription_set_text (GTK_INSCRIPTION (child), text);
  if (column == COLUMN_APPLICANT || column == COLUMN_PROCEDURE)
    gtk_widget_set_tooltip_text (child, text);
}

/*
 * Printing
 */

static void
owed_counted_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  McDossierListPage *self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  g_autofree char *number = NULL;
  gint64 count;

  count = mc_documents_count_owed_apologies_finish (MC_DOCUMENTS (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  /* An error hides the button; the list says what is wrong with the
   * database. */
  number = g_strdup_printf ("%" G_GINT64_FORMAT, count);
  /* Translators: the number of letters is a string here */
  label = g_strdup_printf (g_dngettext (NULL, "Print %s _Apology Letter Owed",
                                        "Print %s _Apology Letters Owed",
                                        CLAMP (count, 0, G_MAXULONG)),
                           number);
  gtk_button_set_label (self->apologies_button, label);
  gtk_widget_set_visible (GTK_WIDGET (self->apologies_button), self->has_actor && count > 0);
}

static void
count_owed_apologies (McDossierListPage *self)
{
  if (self->documents == NULL)
    return;

  g_cancellable_cancel (self->owed_cancellable);
  g_clear_object (&self->owed_cancellable);
  self->owed_cancellable = g_cancellable_new ();
  mc_documents_count_owed_apologies_async (self->documents, self->owed_cancellable,
                                           owed_counted_cb, self);
}

static McDocumentPreview *
new_preview (McDossierListPage *self)
{
  return mc_document_preview_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                  self->documents, self->has_actor ? &self->actor.actor : NULL);
}

static void
print_apologies_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  McDossierListPage *self = MC_DOSSIER_LIST_PAGE (widget);
  McDocumentPreview *preview;

  if (self->documents == NULL)
    return;

  preview = new_preview (self);
  mc_document_preview_show_owed_apologies (preview);
  gtk_window_present (GTK_WINDOW (preview));
}

static void
print_register_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  McDossierListPage *self = MC_DOSSIER_LIST_PAGE (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;
  McDossierPeriod period = gtk_drop_down_get_selected (self->period_dropdown);
  McDocumentPreview *preview;

  if (self->documents == NULL)
    return;

  /* The book of the period chosen; "any time" means this month's. */
  mc_dossier_period_get_range (period == MC_DOSSIER_PERIOD_ANY ? MC_DOSSIER_PERIOD_THIS_MONTH : period,
                               now, &from, &to);
  preview = new_preview (self);
  mc_document_preview_show_register (preview, from, to);
  gtk_window_present (GTK_WINDOW (preview));
}

/*
 * GObject overrides
 */

static void
mc_dossier_list_page_dispose (GObject *object)
{
  McDossierListPage *self = (McDossierListPage *)object;
  GtkWidget *child;

  /* The column view's sorter changes as its columns go: without a model
   * that changes no query. */
  g_cancellable_cancel (self->staff_cancellable);
  g_clear_object (&self->staff_cancellable);
  if (self->dossiers != NULL)
    g_clear_signal_handler (&self->changed_id, self->dossiers);
  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_clear_object (&self->dossiers);
  g_cancellable_cancel (self->owed_cancellable);
  g_clear_object (&self->owed_cancellable);
  g_clear_object (&self->documents);
  mc_actor_copy_clear (&self->actor);
  g_clear_object (&self->selection);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_DOSSIER_LIST_PAGE);
  /* GTK 4.8 unparents only the template children bound to a field. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->probe_a);
  g_clear_object (&self->probe_b);

  G_OBJECT_CLASS (mc_dossier_list_page_parent_class)->dispose (object);
}

static void
mc_dossier_list_page_finalize (GObject *object)
{
  McDossierListPage *self = (McDossierListPage *)object;

  g_clear_pointer (&self->officer_ids, g_array_unref);

  G_OBJECT_CLASS (mc_dossier_list_page_parent_class)->finalize (object);
}

static void
mc_dossier_list_page_class_init (McDossierListPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_dossier_list_page_dispose;
  object_class->finalize = mc_dossier_list_page_finalize;

  /**
   * McDossierListPage::dossier-activated:
   * @self: the page
   * @dossier: the list's snapshot of the dossier (list columns only)
   */
  signals [SIGNAL_DOSSIER_ACTIVATED] =
    g_signal_new ("dossier-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, MC_TYPE_DOSSIER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/org/motcua/MotCua/ui/mc-dossier-list-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, applicant_column);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, channel_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, clear_filters_button);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, code_column);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, column_view);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, count_label);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, officer_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, period_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, apologies_button);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, register_button);
  gtk_widget_class_install_action (widget_class, "dossiers.print-apologies", NULL, print_apologies_action);
  gtk_widget_class_install_action (widget_class, "dossiers.print-register", NULL, print_register_action);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, deadline_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, deadline_column);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, due_column);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, procedure_column);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, received_column);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, stack);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, status_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McDossierListPage, status_column);
  gtk_widget_class_bind_template_callback (widget_class, on_clear_filters_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filters_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
mc_dossier_list_page_init (McDossierListPage *self)
{
  static gboolean css_loaded;
  g_autoptr(GtkStringList) statuses = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) officers = gtk_string_list_new (NULL);
  GtkColumnViewColumn *columns[N_COLUMNS];
  gint64 anyone = 0;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->officer_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->officer_ids, anyone);
  gtk_string_list_append (officers, _("All officers"));
  gtk_drop_down_set_model (self->officer_dropdown, G_LIST_MODEL (officers));

  if (!css_loaded && gdk_display_get_default () != NULL)
    {
      g_autoptr(GtkCssProvider) provider = gtk_css_provider_new ();

      gtk_css_provider_load_from_data (provider, page_css, -1);
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (provider),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
      css_loaded = TRUE;
    }

  gtk_string_list_append (statuses, _("All statuses"));
  for (int status = MC_DOSSIER_STATUS_REGISTERED; status <= MC_DOSSIER_STATUS_RETURNED; status++)
    gtk_string_list_append (statuses, mc_dossier_status_get_label (status));
  gtk_drop_down_set_model (self->status_dropdown, G_LIST_MODEL (statuses));

  columns[COLUMN_CODE] = self->code_column;
  columns[COLUMN_APPLICANT] = self->applicant_column;
  columns[COLUMN_PROCEDURE] = self->procedure_column;
  columns[COLUMN_RECEIVED] = self->received_column;
  columns[COLUMN_DUE] = self->due_column;
  columns[COLUMN_STATUS] = self->status_column;
  columns[COLUMN_DEADLINE] = self->deadline_column;

  for (int i = 0; i < N_COLUMNS; i++)
    {
      g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
      g_autoptr(GtkCustomSorter) sorter = NULL;

      g_object_set_data (G_OBJECT (factory), "mc-page", self);
      g_signal_connect (factory, "setup", G_CALLBACK (setup_cell_cb), GINT_TO_POINTER (i));
      g_signal_connect (factory, "bind", G_CALLBACK (bind_cell_cb), GINT_TO_POINTER (i));
      gtk_column_view_column_set_factory (columns[i], factory);

      g_object_set_data (G_OBJECT (columns[i]), "mc-page", self);
      g_object_set_data (G_OBJECT (columns[i]), "mc-column", GINT_TO_POINTER (i));
      sorter = gtk_custom_sorter_new (probe_sort_cb, columns[i], NULL);
      gtk_column_view_column_set_sorter (columns[i], GTK_SORTER (sorter));
    }

  self->probe_a = g_object_new (MC_TYPE_DOSSIER, NULL);
  self->probe_b = g_object_new (MC_TYPE_DOSSIER, NULL);

  /* Latest received first, as the model's default query. */
  gtk_column_view_sort_by_column (self->column_view, self->received_column, GTK_SORT_DESCENDING);
  g_signal_connect_object (gtk_column_view_get_sorter (self->column_view), "changed",
                           G_CALLBACK (sorter_changed_cb), self, G_CONNECT_SWAPPED);
}

static gboolean
reload_cb (gpointer user_data)
{
  McDossierListPage *self = user_data;

  self->reload_source = 0;
  mc_dossier_list_page_reload (self);

  return G_SOURCE_REMOVE;
}

/* A dossier was received, moved, edited or printed, here or in another
 * window: the rows, their counts and the letters owed are read again.
 * Not at once: the change's own callback comes first, such as the slip
 * the citizen waits for after a receipt, and a burst of changes makes
 * one reload. */
static void
dossiers_changed_cb (McDossierListPage *self)
{
  if (self->reload_source == 0)
    self->reload_source = g_idle_add_full (G_PRIORITY_LOW, reload_cb, self, NULL);
}

/*
 * Public API
 */

void
mc_dossier_list_page_set_context (McDossierListPage *self,
                                  McContext         *context)
{
  g_return_if_fail (MC_IS_DOSSIER_LIST_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));
  g_return_if_fail (self->model == NULL);

  self->dossiers = g_object_ref (mc_context_get_dossiers (context));
  self->changed_id = g_signal_connect_swapped (self->dossiers, "changed",
                                               G_CALLBACK (dossiers_changed_cb), self);
  self->documents = g_object_ref (mc_context_get_documents (context));
  self->model = mc_dossier_list_model_new (mc_context_get_worker (context));
  self->selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->model)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (self->selection));

  g_signal_connect_object (self->model, "items-changed", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::loading", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->model, "notify::error-message", G_CALLBACK (update_state), self,
                           G_CONNECT_SWAPPED);
  update_state (self);
}

McDossierListModel *
mc_dossier_list_page_get_model (McDossierListPage *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_PAGE (self), NULL);
  return self->model;
}

/**
 * mc_dossier_list_page_reload:
 * @self: a #McDossierListPage
 *
 * Lists the dossiers again, once the database is open or after a change,
 * and the officers of the officer filter; the period chosen is reckoned
 * again from now.
 */
void
mc_dossier_list_page_reload (McDossierListPage *self)
{
  const McDossierQuery *current;
  g_autoptr(McDossierQuery) query = NULL;

  g_return_if_fail (MC_IS_DOSSIER_LIST_PAGE (self));

  if (self->model == NULL)
    return;

  load_officers (self);
  count_owed_apologies (self);

  current = mc_dossier_list_model_get_query (self->model);
  query = build_query (self, current->sort, current->descending);
  if (mc_dossier_query_equal (query, current))
    mc_dossier_list_model_reload (self->model);
  else
    mc_dossier_list_model_set_query (self->model, query);
}

/**
 * mc_dossier_period_get_range:
 * @period: a period of the list's "Period" drop-down
 * @now: the moment it is reckoned from
 * @from: (out) (transfer full) (nullable): where it starts, inclusive, in
 *   Vietnam's time; %NULL for %MC_DOSSIER_PERIOD_ANY
 * @to: (out) (transfer full) (nullable): where it ends, exclusive: the
 *   midnight after the day, week, month or year of @now
 *
 * Days, weeks (from Monday), months and years are those of Vietnam's
 * calendar, whatever the computer's time zone.
 */
void
mc_dossier_period_get_range (McDossierPeriod   period,
                             GDateTime        *now,
                             GDateTime       **from,
                             GDateTime       **to)
{
  GTimeZone *zone = mc_working_calendar_get_time_zone ();
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GDateTime) today = NULL;

  g_return_if_fail (now != NULL);
  g_return_if_fail (from != NULL && to != NULL);

  *from = NULL;
  *to = NULL;
  if (period == MC_DOSSIER_PERIOD_ANY)
    return;

  local = g_date_time_to_timezone (now, zone);
  today = g_date_time_new (zone, g_date_time_get_year (local), g_date_time_get_month (local),
                           g_date_time_get_day_of_month (local), 0, 0, 0);

  switch (period)
    {
    case MC_DOSSIER_PERIOD_TODAY:
      *from = g_date_time_ref (today);
      *to = g_date_time_add_days (today, 1);
      break;
    case MC_DOSSIER_PERIOD_THIS_WEEK:
      *from = g_date_time_add_days (today, 1 - g_date_time_get_day_of_week (today));
      *to = g_date_time_add_weeks (*from, 1);
      break;
    case MC_DOSSIER_PERIOD_THIS_MONTH:
      *from = g_date_time_new (zone, g_date_time_get_year (today), g_date_time_get_month (today),
                               1, 0, 0, 0);
      *to = g_date_time_add_months (*from, 1);
      break;
    case MC_DOSSIER_PERIOD_LAST_30_DAYS:
      *from = g_date_time_add_days (today, -29);
      *to = g_date_time_add_days (today, 1);
      break;
    case MC_DOSSIER_PERIOD_THIS_YEAR:
      *from = g_date_time_new (zone, g_date_time_get_year (today), 1, 1, 0, 0, 0);
      *to = g_date_time_add_years (*from, 1);
      break;
    case MC_DOSSIER_PERIOD_ANY:
    default:
      break;
    }
}

/**
 * mc_dossier_list_page_set_actor:
 * @self: a #McDossierListPage
 * @actor: (nullable): who prints; %NULL when nobody is signed in
 *
 * Prints are recorded in @actor's name; with no actor the page offers
 * none of the apology letters.
 */
void
mc_dossier_list_page_set_actor (McDossierListPage *self,
                                const McActor     *actor)
{
  g_return_if_fail (MC_IS_DOSSIER_LIST_PAGE (self));

  mc_actor_copy_clear (&self->actor);
  self->has_actor = actor != NULL;
  if (actor != NULL)
    mc_actor_copy_init (&self->actor, actor);
  count_owed_apologies (self);
}
