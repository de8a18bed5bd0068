/* mc-audit-page.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-audit-page"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "mc-audit-log.h"
#include "mc-audit-page.h"
#include "mc-error.h"
#include "mc-format.h"
#include "mc-staff.h"
#include "mc-ui-util.h"

/* The leader's (and the administrator's) audit log: who did what, from
 * which workstation and when, over the steps of dossiers and the other
 * changes (accounts, settings, the calendar, conflicts with the portal),
 * newest first. The filters narrow it to one staff member, the dossiers
 * whose code begins with what is typed, and a period of whole days in
 * the office's time zone. A period that is not one is shown under the
 * filters and nothing is read.
 *
 * Pages of PAGE_SIZE lines are read on the database worker; "Show Older
 * Changes" appends the next one. Every change of the filters starts
 * again from the newest, cancelling a read under way. Activating a line
 * about a dossier asks to open it ("dossier-activated"). */

/* Lines read at a time. */
#define PAGE_SIZE 200

/* Quiet time after typing a date before the log is read again. */
#define DATE_DELAY_MS 400

struct _McAuditPage
{
  GtkWidget       parent_instance;

  McAuditLog     *log;
  GCancellable   *cancellable;     /* of the read under way */
  GCancellable   *staff_cancellable;
  GListStore     *entries;
  GArray         *staff_ids;       /* gint64, beside the drop-down's names */
  guint           reload_source;
  guint           loading : 1;
  guint           loading_staff : 1;
  guint           has_more : 1;

  /* Template widgets */
  GtkBox         *box;
  GtkSearchEntry *dossier_entry;
  GtkLabel       *error_label;
  GtkEntry       *from_entry;
  GtkListView    *list_view;
  GtkButton      *more_button;
  GtkDropDown    *staff_dropdown;
  GtkStringList  *staff_names;
  GtkStack       *stack;
  GtkEntry       *to_entry;
};

G_DEFINE_FINAL_TYPE (McAuditPage, mc_audit_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

enum {
  SIGNAL_DOSSIER_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void load (McAuditPage *self,
                  gboolean     more);

/*
 * Auxiliary functions
 */

static void
set_loading (McAuditPage *self,
             gboolean     loading)
{
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
set_entry_error (GtkEntry   *entry,
                 const char *message)
{
  GtkWidget *widget = GTK_WIDGET (entry);

  if (message != NULL)
    gtk_widget_add_css_class (widget, "error");
  else
    gtk_widget_remove_css_class (widget, "error");

  gtk_widget_set_tooltip_text (widget, message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_STATE_INVALID,
                               message != NULL ? GTK_ACCESSIBLE_INVALID_TRUE
                                               : GTK_ACCESSIBLE_INVALID_FALSE,
                               -1);
}

/* Reads the filters into @query; a period that is not one is shown
 * under them, on the entry at fault, and gives %FALSE. */
static gboolean
read_filters (McAuditPage  *self,
              McAuditQuery *query)
{
  g_autoptr(GError) error = NULL;
  GtkEntry *at_fault = NULL;
  guint selected = gtk_drop_down_get_selected (self->staff_dropdown);

  mc_audit_query_init (query);
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->staff_ids->len)
    query->staff_id = g_array_index (self->staff_ids, gint64, selected - 1);
  query->dossier_code = gtk_editable_get_text (GTK_EDITABLE (self->dossier_entry));

  if (!mc_audit_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->from_entry)),
                            &query->from, &error))
    at_fault = self->from_entry;
  else if (!mc_audit_parse_date (gtk_editable_get_text (GTK_EDITABLE (self->to_entry)),
                                 &query->to, &error) ||
           !mc_audit_query_check_period (query, &error))
    at_fault = self->to_entry;

  set_entry_error (self->from_entry, at_fault == self->from_entry ? error->message : NULL);
  set_entry_error (self->to_entry, at_fault == self->to_entry ? error->message : NULL);
  mc_ui_show_message (self->error_label, at_fault != NULL ? error->message : NULL);

  return at_fault == NULL;
}

static void
update_view (McAuditPage *self)
{
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->entries));

  gtk_stack_set_visible_child_name (self->stack, n_items > 0 ? "list" : "empty");
  gtk_widget_set_visible (GTK_WIDGET (self->more_button), self->has_more);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "audit.more",
                                 self->has_more && !self->loading);
}

/* "agency-name: UBND xã A → UBND xã B; …": the values an audit entry's
 * change altered, or a step's note. */
static char *
describe_details (McAuditEntry *entry)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GString) text = g_string_new (NULL);
  JsonObject *object;
  g_autoptr(GList) members = NULL;

  if (mc_audit_entry_get_source (entry) == MC_AUDIT_SOURCE_DOSSIER_EVENT)
    return g_strdup (mc_audit_entry_get_note (entry));

  if (!json_parser_load_from_data (parser, mc_audit_entry_get_details (entry), -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return g_strdup ("");

  object = json_node_get_object (json_parser_get_root (parser));
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *node = json_object_get_member (object, l->data);

      if (text->len > 0)
        g_string_append (text, "; ");

      if (JSON_NODE_HOLDS_OBJECT (node))
        {
          JsonObject *change = json_node_get_object (node);

          /* Translators: a setting, its value before and after a change */
          g_string_append_printf (text, _("%s: “%s” → “%s”"), (const char *) l->data,
                                  json_object_get_string_member_with_default (change, "from", ""),
                                  json_object_get_string_member_with_default (change, "to", ""));
        }
      else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        {
          /* Translators: a value of a change, such as "role: leader" */
          g_string_append_printf (text, _("%s: %s"), (const char *) l->data,
                                  json_node_get_string (node));
        }
    }

  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GtkWidget *
add_label (GtkBox     *box,
           const char *css_class,
           int         width_chars)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (width_chars > 0)
    gtk_label_set_width_chars (GTK_LABEL (label), width_chars);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (box, label);

  return label;
}

/*
 * Callbacks
 */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  user_data)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *what = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_set_margin_top (row, 6);
  gtk_widget_set_margin_bottom (row, 6);
  gtk_widget_set_margin_start (row, 12);
  gtk_widget_set_margin_end (row, 12);

  add_label (GTK_BOX (row), "numeric", 16);
  gtk_box_append (GTK_BOX (row), who);
  add_label (GTK_BOX (who), NULL, 20);
  add_label (GTK_BOX (who), "dim-label", 20);
  gtk_box_append (GTK_BOX (row), what);
  gtk_widget_set_hexpand (what, TRUE);
  add_label (GTK_BOX (what), "heading", 0);
  add_label (GTK_BOX (what), "dim-label", 0);
  add_label (GTK_BOX (row), "numeric", 0);

  gtk_list_item_set_child (item, row);
}

/* The labels of a row, in the order setup_row_cb() made them. */
static GtkLabel *
row_label (GtkWidget *row,
           guint      column,
           guint      line)
{
  GtkWidget *child = gtk_widget_get_first_child (row);

  for (guint i = 0; i < column; i++)
    child = gtk_widget_get_next_sibling (child);
  if (!GTK_IS_LABEL (child))
    {
      child = gtk_widget_get_first_child (child);
      for (guint i = 0; i < line; i++)
        child = gtk_widget_get_next_sibling (child);
    }

  return GTK_LABEL (child);
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  user_data)
{
  McAuditEntry *entry = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  g_autoptr(GDateTime) time = mc_audit_entry_dup_time (entry);
  g_autofree char *moment = mc_format_moment (time);
  g_autofree char *details = describe_details (entry);
  const char *code = mc_audit_entry_get_dossier_code (entry);
  GtkLabel *details_label = row_label (row, 2, 1);

  gtk_label_set_label (row_label (row, 0, 0), moment);
  gtk_label_set_label (row_label (row, 1, 0), mc_audit_entry_get_actor_name (entry));
  gtk_label_set_label (row_label (row, 1, 1), mc_audit_entry_get_workstation (entry));
  gtk_label_set_label (row_label (row, 2, 0), mc_audit_entry_get_label (entry));
  gtk_label_set_label (details_label, details);
  gtk_widget_set_visible (GTK_WIDGET (details_label), *details != '\0');
  gtk_widget_set_tooltip_text (GTK_WIDGET (details_label), *details != '\0' ? details : NULL);
  gtk_label_set_label (row_label (row, 3, 0), mc_audit_entry_get_subject (entry));

  gtk_list_item_set_activatable (item, code != NULL);
  gtk_widget_set_tooltip_text (row, code != NULL ? _("Activate to open the dossier") : NULL);
}

static void
activate_cb (McAuditPage *self,
             guint        position)
{
  g_autoptr(McAuditEntry) entry = g_list_model_get_item (G_LIST_MODEL (self->entries), position);
  const char *code = entry != NULL ? mc_audit_entry_get_dossier_code (entry) : NULL;

  if (code != NULL)
    g_signal_emit (self, signals [SIGNAL_DOSSIER_ACTIVATED], 0, code);
}

typedef struct
{
  McAuditPage *self;
  gboolean     more;
} LoadData;

static void
listed_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autofree LoadData *data = user_data;
  g_autoptr(McAuditPage) self = data->self;
  g_autoptr(GPtrArray) lines = NULL;
  g_autoptr(GError) error = NULL;
  guint position;

  lines = mc_audit_log_list_finish (MC_AUDIT_LOG (object), result, &error);
  if (lines == NULL)
    {
      /* A newer read replaced this one. */
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_loading (self, FALSE);
      update_view (self);
      mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  self->has_more = lines->len > PAGE_SIZE;
  if (self->has_more)
    g_ptr_array_set_size (lines, PAGE_SIZE);

  position = data->more ? g_list_model_get_n_items (G_LIST_MODEL (self->entries)) : 0;
  g_list_store_splice (self->entries, position,
                       g_list_model_get_n_items (G_LIST_MODEL (self->entries)) - position,
                       lines->pdata, lines->len);
  set_loading (self, FALSE);
  update_view (self);
}

static void
load (McAuditPage *self,
      gboolean     more)
{
  McAuditQuery query;
  LoadData *data;

  g_clear_handle_id (&self->reload_source, g_source_remove);

  if (self->log == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  if (!read_filters (self, &query))
    {
      /* Nothing the period would not show stays on the screen. */
      g_list_store_remove_all (self->entries);
      self->has_more = FALSE;
      set_loading (self, FALSE);
      update_view (self);
      return;
    }

  /* One line more than shown tells whether there are older ones. */
  query.limit = PAGE_SIZE + 1;
  query.offset = more ? g_list_model_get_n_items (G_LIST_MODEL (self->entries)) : 0;

  data = g_new0 (LoadData, 1);
  data->self = g_object_ref (self);
  data->more = more;
  set_loading (self, TRUE);
  update_view (self);
  mc_audit_log_list_async (self->log, &query, self->cancellable, listed_cb, data);
}

static gboolean
reload_timeout_cb (gpointer user_data)
{
  McAuditPage *self = user_data;

  self->reload_source = 0;
  load (self, FALSE);

  return G_SOURCE_REMOVE;
}

static void
filter_changed_cb (McAuditPage *self)
{
  load (self, FALSE);
}

/* A date is read again once typing pauses; a bad one shows at once. */
static void
date_changed_cb (McAuditPage *self)
{
  McAuditQuery query;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  if (!read_filters (self, &query))
    {
      load (self, FALSE);
      return;
    }

  self->reload_source = g_timeout_add (DATE_DELAY_MS, reload_timeout_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
staff_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(McAuditPage) self = user_data;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;

  staff = mc_audit_log_list_staff_finish (MC_AUDIT_LOG (object), result, &error);
  self->loading_staff = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        mc_ui_add_toast (GTK_WIDGET (self), adw_toast_new (error->message));
      return;
    }

  names = g_ptr_array_new_with_free_func (g_free);
  g_array_set_size (self->staff_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      McStaff *member = g_ptr_array_index (staff, i);
      gint64 id = mc_staff_get_id (member);

      g_array_append_val (self->staff_ids, id);
      if (mc_staff_get_active (member))
        g_ptr_array_add (names, g_strdup (mc_staff_get_full_name (member)));
      else
        /* Translators: a staff member whose account was deactivated */
        g_ptr_array_add (names, g_strdup_printf (_("%s (deactivated)"),
                                                 mc_staff_get_full_name (member)));
    }
  g_ptr_array_add (names, NULL);

  /* "Everyone" stays first, and chosen. */
  g_signal_handlers_block_by_func (self->staff_dropdown, filter_changed_cb, self);
  gtk_string_list_splice (self->staff_names, 1,
                          g_list_model_get_n_items (G_LIST_MODEL (self->staff_names)) - 1,
                          (const char * const *) names->pdata);
  gtk_drop_down_set_selected (self->staff_dropdown, 0);
  g_signal_handlers_unblock_by_func (self->staff_dropdown, filter_changed_cb, self);
}

/*
 * Actions
 */

static void
more_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McAuditPage *self = MC_AUDIT_PAGE (widget);

  if (self->has_more && !self->loading)
    load (self, TRUE);
}

/*
 * GObject overrides
 */

static void
mc_audit_page_dispose (GObject *object)
{
  McAuditPage *self = (McAuditPage *)object;

  g_clear_handle_id (&self->reload_source, g_source_remove);
  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->staff_cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_AUDIT_PAGE);
  g_clear_object (&self->log);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->staff_cancellable);
  g_clear_object (&self->entries);
  g_clear_pointer (&self->staff_ids, g_array_unref);

  G_OBJECT_CLASS (mc_audit_page_parent_class)->dispose (object);
}

static void
mc_audit_page_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  McAuditPage *self = MC_AUDIT_PAGE (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_audit_page_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_audit_page_class_init (McAuditPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_audit_page_dispose;
  object_class->get_property = mc_audit_page_get_property;

  /**
   * McAuditPage:busy:
   *
   * Whether the log is being read, or is about to be.
   */
  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McAuditPage::dossier-activated:
   * @self: a #McAuditPage
   * @code: the dossier's code
   *
   * A person asked to open the dossier of a line.
   */
  signals [SIGNAL_DOSSIER_ACTIVATED] =
    g_signal_new ("dossier-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class, RESOURCE_BASE "/ui/mc-audit-page.ui");
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, box);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, dossier_entry);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, error_label);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, from_entry);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, more_button);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, staff_dropdown);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, staff_names);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, stack);
  gtk_widget_class_bind_template_child (widget_class, McAuditPage, to_entry);

  gtk_widget_class_install_action (widget_class, "audit.more", NULL, more_action);
}

static void
mc_audit_page_init (McAuditPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->staff_cancellable = g_cancellable_new ();
  self->entries = g_list_store_new (MC_TYPE_AUDIT_ENTRY);
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_string_list_append (self->staff_names, _("Everyone"));
  gtk_drop_down_set_selected (self->staff_dropdown, 0);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->entries)));
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));

  g_signal_connect_swapped (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (self->staff_dropdown, "notify::selected",
                            G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->dossier_entry, "search-changed",
                            G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->from_entry, "changed", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->to_entry, "changed", G_CALLBACK (date_changed_cb), self);
  g_signal_connect_swapped (self->from_entry, "activate", G_CALLBACK (filter_changed_cb), self);
  g_signal_connect_swapped (self->to_entry, "activate", G_CALLBACK (filter_changed_cb), self);

  update_view (self);
}

/*
 * Public API
 */

/**
 * mc_audit_page_new:
 *
 * Returns: (transfer full): a new audit log, empty until
 *   mc_audit_page_set_context()
 */
McAuditPage *
mc_audit_page_new (void)
{
  return g_object_ref_sink (g_object_new (MC_TYPE_AUDIT_PAGE, NULL));
}

/**
 * mc_audit_page_set_context:
 * @self: a #McAuditPage
 * @context: the application's context, its database open
 *
 * Reads the staff accounts for the drop-down and the newest changes.
 */
void
mc_audit_page_set_context (McAuditPage *self,
                           McContext   *context)
{
  g_return_if_fail (MC_IS_AUDIT_PAGE (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  g_clear_object (&self->log);
  self->log = mc_audit_log_new (mc_context_get_worker (context));

  self->loading_staff = TRUE;
  mc_audit_log_list_staff_async (self->log, self->staff_cancellable, staff_listed_cb,
                                 g_object_ref (self));
  load (self, FALSE);
}

/**
 * mc_audit_page_reload:
 * @self: a #McAuditPage
 *
 * Reads the newest changes again, with the filters as they are.
 */
void
mc_audit_page_reload (McAuditPage *self)
{
  g_return_if_fail (MC_IS_AUDIT_PAGE (self));

  load (self, FALSE);
}

/**
 * mc_audit_page_get_entries:
 * @self: a #McAuditPage
 *
 * Returns: (transfer none): the lines shown, of #McAuditEntry
 */
GListModel *
mc_audit_page_get_entries (McAuditPage *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_PAGE (self), NULL);

  return G_LIST_MODEL (self->entries);
}

/**
 * mc_audit_page_get_busy:
 * @self: a #McAuditPage
 *
 * Returns: whether the log or the staff are being read, or the log will
 *   be once typing pauses
 */
gboolean
mc_audit_page_get_busy (McAuditPage *self)
{
  g_return_val_if_fail (MC_IS_AUDIT_PAGE (self), FALSE);

  return self->loading || self->loading_staff || self->reload_source != 0;
}

/**
 * mc_audit_page_present_window:
 * @parent: the main window
 * @context: the application's context
 * @created: (out) (optional): whether the window is new
 *
 * Shows the audit log in a window of its own over @parent, the one open
 * already if there is one. As a dialog of @parent's, it is hidden with
 * the work when the session locks and closed at sign-out.
 *
 * Returns: (transfer none): the page of the window
 */
McAuditPage *
mc_audit_page_present_window (GtkWindow *parent,
                              McContext *context,
                              gboolean  *created)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  g_autoptr(McAuditPage) page = NULL;
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *header;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MC_IS_CONTEXT (context), NULL);

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      McAuditPage *shown = g_object_get_data (l->data, "mc-audit-page");

      if (shown != NULL && gtk_window_get_transient_for (l->data) == parent)
        {
          if (created != NULL)
            *created = FALSE;
          gtk_window_present (l->data);
          return shown;
        }
    }

  page = mc_audit_page_new ();
  mc_audit_page_set_context (page, context);

  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Audit Log"), NULL));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), header);
  gtk_widget_set_vexpand (GTK_WIDGET (page), TRUE);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (page));

  window = adw_window_new ();
  gtk_window_set_title (GTK_WINDOW (window), _("Audit Log"));
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_default_size (GTK_WINDOW (window), 960, 640);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (window), TRUE);
  adw_window_set_content (ADW_WINDOW (window), box);
  g_object_set_data (G_OBJECT (window), "mc-audit-page", page);

  if (created != NULL)
    *created = TRUE;
  gtk_window_present (GTK_WINDOW (window));

  return page;
}
