/* mc-transition-dialog.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-transition-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>
#include <string.h>

#include "mc-staff.h"
#include "mc-transition-dialog.h"
#include "mc-ui-util.h"
#include "mc-working-calendar.h"

/* A small window that collects what one step of a dossier needs (its
 * reason, the receiving officer, the papers to add, who took the result,
 * the new appointment, the citizen's evaluation) and takes it through
 * McDossiers. The workflow's rules stay in the core: what it refuses is
 * shown here, word for word, and the window stays open. On success it
 * emits "applied" and closes. */

/* The evaluation indices shown: those of Thông tư 01/2018, then the
 * overall satisfaction. */
static const guint evaluation_indices[] = { 1, 2, 3, 4, 5, 6, 7, 8, 9, MC_EVALUATION_OVERALL };

#define N_CHOICES 3

struct _McTransitionDialog
{
  AdwWindow            parent_instance;

  McDossiers          *dossiers;
  McDossier           *dossier;
  McDossierAction      action;
  McActorCopy          actor;
  GCancellable        *cancellable;
  GArray              *staff_ids;       /* gint64, in the receiver row's order */
  gint64               receiver_id;
  GHashTable          *answers;         /* index → choice + 1 */
  GHashTable          *answer_buttons;  /* "index:choice" → GtkCheckButton */
  GHashTable          *answer_texts;    /* "index:choice" → the option's wording */
  guint                busy : 1;

  AdwComboRow         *receiver_row;
  AdwEntryRow         *papers_row;
  AdwEntryRow         *recipient_row;
  AdwComboRow         *method_row;
  AdwEntryRow         *new_due_row;

  /* Template widgets */
  GtkButton           *apply_button;
  GtkLabel            *error_label;
  GtkBox              *fields_box;
  AdwPreferencesGroup *main_group;
  AdwEntryRow         *note_row;
  AdwWindowTitle      *window_title;
};

G_DEFINE_FINAL_TYPE (McTransitionDialog, mc_transition_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  SIGNAL_APPLIED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/*
 * Auxiliary functions
 */

static void
set_busy (McTransitionDialog *self,
          gboolean            busy)
{
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "transition.apply", !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_BUSY]);
}

static void
show_error (McTransitionDialog *self,
            const char         *message)
{
  mc_ui_show_message (self->error_label, message);
}

static AdwEntryRow *
add_entry (AdwPreferencesGroup *group,
           const char          *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_group_add (group, row);

  return ADW_ENTRY_ROW (row);
}

static AdwComboRow *
add_combo (AdwPreferencesGroup *group,
           const char          *title,
           const char * const  *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  adw_preferences_group_add (group, row);

  return ADW_COMBO_ROW (row);
}

static GtkWidget *
new_wrapped_label (const char *text)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 60);
  gtk_label_set_width_chars (GTK_LABEL (label), 20);

  return label;
}

static char *
answer_key (guint index,
            guint choice)
{
  return g_strdup_printf ("%u:%u", index, choice);
}

static void answer_toggled_cb (GtkCheckButton *button, McTransitionDialog *self);

/* One group per index, its options as radio buttons: the wording is the
 * legal text of Thông tư 01/2018, kept in Vietnamese as data. */
static void
add_evaluation (McTransitionDialog *self)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *indices;
  JsonNode *root;

  bytes = g_resources_lookup_data (RESOURCE_BASE "/tt01-2018-evaluation.json",
                                   G_RESOURCE_LOOKUP_FLAGS_NONE, &error);
  if (bytes == NULL ||
      !json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL),
                                   g_bytes_get_size (bytes), &error))
    {
      g_critical ("The evaluation indices cannot be read: %s", error->message);
      return;
    }

  root = json_parser_get_root (parser);
  indices = json_array_get_object_element (
    json_object_get_array_member (json_node_get_object (root), "tieuChiDanhGiaHaiLong"), 0);

  for (guint i = 0; i < G_N_ELEMENTS (evaluation_indices); i++)
    {
      guint index = evaluation_indices[i];
      g_autofree char *key = g_strdup_printf ("chiso%u", index);
      JsonObject *item = json_object_get_object_member (indices, key);
      JsonObject *answers = json_object_get_object_member (item, "cauTraLoi");
      const char *heading = json_object_get_string_member (item, "tieuDe");
      GtkWidget *group = adw_preferences_group_new ();
      GtkCheckButton *first = NULL;
      const char *colon;

      colon = strchr (heading, ':');

      /* "Chỉ số 1: …": the name as the title, the long wording below it. */
      if (colon != NULL)
        {
          g_autofree char *title = g_strndup (heading, colon - heading);
          g_autofree char *description = g_strstrip (g_strdup (colon + 1));

          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
          adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
        }
      else
        {
          adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), heading);
        }
      gtk_box_append (self->fields_box, group);

      for (guint choice = 0; choice < N_CHOICES; choice++)
        {
          char letter[2] = { (char) ('a' + choice), '\0' };
          const char *text = json_object_get_string_member (answers, letter);
          GtkWidget *row = adw_preferences_row_new ();
          GtkWidget *button = gtk_check_button_new ();

          gtk_check_button_set_child (GTK_CHECK_BUTTON (button), new_wrapped_label (text));
          if (first == NULL)
            first = GTK_CHECK_BUTTON (button);
          else
            gtk_check_button_set_group (GTK_CHECK_BUTTON (button), first);
          gtk_widget_add_css_class (button, "detail-row");
          g_object_set_data (G_OBJECT (button), "index", GUINT_TO_POINTER (index));
          g_object_set_data (G_OBJECT (button), "choice", GUINT_TO_POINTER (choice));
          g_signal_connect (button, "toggled", G_CALLBACK (answer_toggled_cb), self);

          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), text);
          gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), button);
          adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

          g_hash_table_insert (self->answer_buttons, answer_key (index, choice), button);
          g_hash_table_insert (self->answer_texts, answer_key (index, choice), g_strdup (text));
        }
    }
}

/* "DD/MM/YYYY HH:MM" in Vietnam's time. */
static GDateTime *
parse_moment (const char *text)
{
  int day, month, year, hour, minute;
  char rest;

  if (sscanf (text, " %d/%d/%d %d:%d %c", &day, &month, &year, &hour, &minute, &rest) != 5 ||
      !g_date_valid_dmy (day, month, year) || hour < 0 || hour > 23 || minute < 0 || minute > 59)
    return NULL;

  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

/* The step's form as a JSON object, or NULL when it has none; FALSE with
 * @message when something is missing. */
static gboolean
build_details (McTransitionDialog  *self,
               char               **details,
               char               **message)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  *details = NULL;
  json_builder_begin_object (builder);

  switch (self->action)
    {
    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      {
        g_auto(GStrv) papers = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->papers_row)), ";", -1);

        json_builder_set_member_name (builder, "papers");
        json_builder_begin_array (builder);
        for (guint i = 0; papers[i] != NULL; i++)
          {
            g_strstrip (papers[i]);
            if (papers[i][0] != '\0')
              json_builder_add_string_value (builder, papers[i]);
          }
        json_builder_end_array (builder);
      }
      break;

    case MC_DOSSIER_ACTION_RETURN_RESULT:
      {
        g_autofree char *recipient = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->recipient_row))));

        if (recipient[0] == '\0')
          {
            *message = g_strdup (_("Write who received the result."));
            return FALSE;
          }
        json_builder_set_member_name (builder, "recipient");
        json_builder_add_string_value (builder, recipient);
        json_builder_set_member_name (builder, "method");
        json_builder_add_string_value (builder, adw_combo_row_get_selected (self->method_row) == 1
                                                ? "post" : "counter");
      }
      break;

    case MC_DOSSIER_ACTION_EVALUATE:
      json_builder_set_member_name (builder, "indices");
      json_builder_begin_object (builder);
      for (guint i = 0; i < G_N_ELEMENTS (evaluation_indices); i++)
        {
          guint index = evaluation_indices[i];
          guint answer = GPOINTER_TO_UINT (g_hash_table_lookup (self->answers, GUINT_TO_POINTER (index)));
          g_autofree char *name = g_strdup_printf ("%u", index);

          if (answer == 0)
            {
              *message = g_strdup_printf (_("Choose an answer for index %u."), index);
              return FALSE;
            }
          if (index == MC_EVALUATION_OVERALL)
            continue;
          /* a: 2 points, b: 1, c: 0 */
          json_builder_set_member_name (builder, name);
          json_builder_add_int_value (builder, N_CHOICES - answer);
        }
      json_builder_end_object (builder);
      {
        guint answer = GPOINTER_TO_UINT (g_hash_table_lookup (self->answers,
                                                              GUINT_TO_POINTER (MC_EVALUATION_OVERALL)));
        g_autofree char *key = answer_key (MC_EVALUATION_OVERALL, answer - 1);

        json_builder_set_member_name (builder, "overall");
        json_builder_add_string_value (builder, g_hash_table_lookup (self->answer_texts, key));
      }
      break;

    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_ACCEPT:
    case MC_DOSSIER_ACTION_HAND_OVER:
    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
    case MC_DOSSIER_ACTION_SEND_BACK:
    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_APOLOGIZE:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_ACTION_PRINT:
    case MC_DOSSIER_N_ACTIONS:
    default:
      return TRUE;
    }

  json_builder_end_object (builder);
  root = json_builder_get_root (builder);
  *details = json_to_string (root, FALSE);

  return TRUE;
}

/*
 * Callbacks
 */

static void
answer_toggled_cb (GtkCheckButton     *button,
                   McTransitionDialog *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "index"));
  guint choice = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "choice"));

  if (gtk_check_button_get_active (button))
    g_hash_table_insert (self->answers, GUINT_TO_POINTER (index), GUINT_TO_POINTER (choice + 1));
}

static void
changed_cb (McTransitionDialog *self)
{
  show_error (self, NULL);
}

static void
receiver_selected_cb (McTransitionDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->receiver_row);

  if (self->staff_ids != NULL && selected < self->staff_ids->len)
    self->receiver_id = g_array_index (self->staff_ids, gint64, selected);
}

static void
select_receiver (McTransitionDialog *self)
{
  for (guint i = 0; self->staff_ids != NULL && i < self->staff_ids->len; i++)
    if (g_array_index (self->staff_ids, gint64, i) == self->receiver_id)
      {
        adw_combo_row_set_selected (self->receiver_row, i);
        return;
      }
}

static void
staff_listed_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(McTransitionDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) staff = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  gint64 wanted = self->receiver_id;

  staff = mc_dossiers_list_staff_finish (MC_DOSSIERS (object), result, &error);
  if (staff == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_error (self, error->message);
      return;
    }

  g_array_set_size (self->staff_ids, 0);
  for (guint i = 0; i < staff->len; i++)
    {
      McStaff *member = g_ptr_array_index (staff, i);
      g_autofree char *label = NULL;
      gint64 id = mc_staff_get_id (member);

      /* Dossiers go to processing: not to the counter, nor back to oneself. */
      if (mc_staff_get_role (member) == MC_STAFF_ROLE_CLERK || id == self->actor.actor.staff_id)
        continue;

      label = g_strdup_printf ("%s — %s", mc_staff_get_full_name (member),
                               mc_staff_role_get_label (mc_staff_get_role (member)));
      gtk_string_list_append (names, label);
      g_array_append_val (self->staff_ids, id);
    }

  g_signal_handlers_block_by_func (self->receiver_row, receiver_selected_cb, self);
  adw_combo_row_set_model (self->receiver_row, G_LIST_MODEL (names));
  g_signal_handlers_unblock_by_func (self->receiver_row, receiver_selected_cb, self);

  if (wanted != 0)
    {
      self->receiver_id = wanted;
      select_receiver (self);
    }
  else
    {
      receiver_selected_cb (self);
    }
}

static void
transition_done_cb (GObject      *object,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_autoptr(McTransitionDialog) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mc_dossiers_transition_finish (MC_DOSSIERS (object), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);
      show_error (self, error->message);
      return;
    }

  set_busy (self, FALSE);
  g_signal_emit (self, signals [SIGNAL_APPLIED], 0);
  gtk_window_destroy (GTK_WINDOW (self));
}

/*
 * Actions
 */

static void
apply_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  McTransitionDialog *self = MC_TRANSITION_DIALOG (widget);
  McTransitionParams params = { 0, };
  g_autofree char *note = NULL;
  g_autofree char *details = NULL;
  g_autofree char *message = NULL;
  g_autoptr(GDateTime) new_due = NULL;

  if (self->busy)
    return;

  show_error (self, NULL);

  if (!build_details (self, &details, &message))
    {
      show_error (self, message);
      return;
    }

  if (self->action == MC_DOSSIER_ACTION_APOLOGIZE)
    {
      new_due = parse_moment (gtk_editable_get_text (GTK_EDITABLE (self->new_due_row)));
      if (new_due == NULL)
        {
          mc_ui_set_row_error (self->new_due_row, _("Write it as DD/MM/YYYY HH:MM."));
          show_error (self, _("Write the new appointment as DD/MM/YYYY HH:MM."));
          return;
        }
      mc_ui_set_row_error (self->new_due_row, NULL);
    }

  note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note_row))));
  params.note = note;
  params.details = details;
  params.new_due_at = new_due;
  params.receiver_id = self->action == MC_DOSSIER_ACTION_HAND_OVER ? self->receiver_id : 0;
  params.expected_version = mc_dossier_get_version (self->dossier);

  set_busy (self, TRUE);
  mc_dossiers_transition_async (self->dossiers, mc_dossier_get_code (self->dossier), self->action,
                                &self->actor.actor, &params, self->cancellable, transition_done_cb,
                                g_object_ref (self));
}

/*
 * GObject overrides
 */

static void
mc_transition_dialog_dispose (GObject *object)
{
  McTransitionDialog *self = (McTransitionDialog *)object;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_TRANSITION_DIALOG);
  g_clear_object (&self->dossiers);
  g_clear_object (&self->dossier);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (mc_transition_dialog_parent_class)->dispose (object);
}

static void
mc_transition_dialog_finalize (GObject *object)
{
  McTransitionDialog *self = (McTransitionDialog *)object;

  g_clear_pointer (&self->staff_ids, g_array_unref);
  g_clear_pointer (&self->answers, g_hash_table_unref);
  g_clear_pointer (&self->answer_buttons, g_hash_table_unref);
  g_clear_pointer (&self->answer_texts, g_hash_table_unref);
  mc_actor_copy_clear (&self->actor);

  G_OBJECT_CLASS (mc_transition_dialog_parent_class)->finalize (object);
}

static void
mc_transition_dialog_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  McTransitionDialog *self = MC_TRANSITION_DIALOG (object);

  switch (prop_id)
    {
    case PROP_BUSY:
      g_value_set_boolean (value, mc_transition_dialog_get_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_transition_dialog_class_init (McTransitionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_transition_dialog_dispose;
  object_class->finalize = mc_transition_dialog_finalize;
  object_class->get_property = mc_transition_dialog_get_property;

  properties [PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McTransitionDialog::applied:
   *
   * Emitted when the step was recorded, just before the window closes.
   */
  signals [SIGNAL_APPLIED] =
    g_signal_new ("applied", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-transition-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, McTransitionDialog, apply_button);
  gtk_widget_class_bind_template_child (widget_class, McTransitionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, McTransitionDialog, fields_box);
  gtk_widget_class_bind_template_child (widget_class, McTransitionDialog, main_group);
  gtk_widget_class_bind_template_child (widget_class, McTransitionDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, McTransitionDialog, window_title);
  gtk_widget_class_bind_template_callback (widget_class, changed_cb);

  gtk_widget_class_install_action (widget_class, "transition.apply", NULL, apply_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mc_transition_dialog_init (McTransitionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->staff_ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->answers = g_hash_table_new (NULL, NULL);
  self->answer_buttons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->answer_texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
}

/* Builds the fields @action needs. */
static void
build_fields (McTransitionDialog *self)
{
  const char *label = mc_dossier_action_get_label (self->action);
  g_autofree char *subtitle = g_strdup_printf ("%s — %s", mc_dossier_get_code (self->dossier),
                                               mc_dossier_get_applicant_name (self->dossier));

  gtk_window_set_title (GTK_WINDOW (self), label);
  adw_window_title_set_title (self->window_title, label);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_button_set_label (self->apply_button, label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row),
                                 mc_dossier_action_requires_reason (self->action)
                                 ? _("Reason") : _("Note (optional)"));

  switch (self->action)
    {
    case MC_DOSSIER_ACTION_HAND_OVER:
      {
        static const char * const none[] = { NULL };

        self->receiver_row = add_combo (self->main_group, _("Receiving Officer"), none);
        g_signal_connect_swapped (self->receiver_row, "notify::selected",
                                  G_CALLBACK (receiver_selected_cb), self);
        mc_dossiers_list_staff_async (self->dossiers, self->cancellable, staff_listed_cb,
                                      g_object_ref (self));
      }
      break;

    case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
      self->papers_row = add_entry (self->main_group,
                                    _("Papers to Add, Separated by “;” (Mẫu 02)"));
      break;

    case MC_DOSSIER_ACTION_RETURN_RESULT:
      {
        static const char * const methods[] = { N_("At the counter"), N_("By post"), NULL };
        const char *translated[] = { _(methods[0]), _(methods[1]), NULL };

        self->recipient_row = add_entry (self->main_group, _("Received By"));
        gtk_editable_set_text (GTK_EDITABLE (self->recipient_row),
                               mc_dossier_get_applicant_name (self->dossier));
        self->method_row = add_combo (self->main_group, _("How"), translated);
        adw_combo_row_set_selected (self->method_row,
                                    mc_dossier_get_delivery_by_post (self->dossier) ? 1 : 0);
      }
      break;

    case MC_DOSSIER_ACTION_APOLOGIZE:
      self->new_due_row = add_entry (self->main_group,
                                     _("New Appointment (DD/MM/YYYY HH:MM)"));
      g_signal_connect_swapped (self->new_due_row, "changed", G_CALLBACK (changed_cb), self);
      break;

    case MC_DOSSIER_ACTION_EVALUATE:
      gtk_window_set_default_size (GTK_WINDOW (self), 720, 720);
      add_evaluation (self);
      break;

    case MC_DOSSIER_ACTION_RECEIVE:
    case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
    case MC_DOSSIER_ACTION_ACCEPT:
    case MC_DOSSIER_ACTION_ACKNOWLEDGE:
    case MC_DOSSIER_ACTION_SEND_BACK:
    case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
    case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
    case MC_DOSSIER_ACTION_RECORD_PAYMENT:
    case MC_DOSSIER_ACTION_REFUSE:
    case MC_DOSSIER_ACTION_STOP:
    case MC_DOSSIER_ACTION_WITHDRAW:
    case MC_DOSSIER_ACTION_MARK_PROCESSED:
    case MC_DOSSIER_ACTION_EDIT:
    case MC_DOSSIER_ACTION_PRINT:
    case MC_DOSSIER_N_ACTIONS:
    default:
      break;
    }
}

/*
 * Public API
 */

/**
 * mc_transition_dialog_new:
 * @dossiers: where the step is recorded
 * @dossier: the dossier, as shown; the step is refused if it changed since
 * @action: the step
 * @actor: who takes it; copied
 *
 * Returns: (transfer full): a new dialog, to be made transient and
 *   presented
 */
McTransitionDialog *
mc_transition_dialog_new (McDossiers      *dossiers,
                          McDossier       *dossier,
                          McDossierAction  action,
                          const McActor   *actor)
{
  McTransitionDialog *self;

  g_return_val_if_fail (MC_IS_DOSSIERS (dossiers), NULL);
  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail ((guint) action < MC_DOSSIER_N_ACTIONS, NULL);
  g_return_val_if_fail (actor != NULL, NULL);

  self = g_object_new (MC_TYPE_TRANSITION_DIALOG, NULL);
  self->dossiers = g_object_ref (dossiers);
  self->dossier = g_object_ref (dossier);
  self->action = action;
  mc_actor_copy_init (&self->actor, actor);

  build_fields (self);

  return self;
}

McDossierAction
mc_transition_dialog_get_action (McTransitionDialog *self)
{
  g_return_val_if_fail (MC_IS_TRANSITION_DIALOG (self), MC_DOSSIER_N_ACTIONS);

  return self->action;
}

void
mc_transition_dialog_set_note (McTransitionDialog *self,
                               const char         *note)
{
  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));

  gtk_editable_set_text (GTK_EDITABLE (self->note_row), note != NULL ? note : "");
}

/**
 * mc_transition_dialog_set_receiver:
 * @self: a #McTransitionDialog
 * @staff_id: the staff account a hand-over goes to
 *
 * Chooses the receiving officer, now or once the staff list is loaded.
 */
void
mc_transition_dialog_set_receiver (McTransitionDialog *self,
                                   gint64              staff_id)
{
  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));
  g_return_if_fail (self->receiver_row != NULL);

  self->receiver_id = staff_id;
  select_receiver (self);
}

void
mc_transition_dialog_set_papers (McTransitionDialog *self,
                                 const char         *papers)
{
  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));
  g_return_if_fail (self->papers_row != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->papers_row), papers);
}

void
mc_transition_dialog_set_recipient (McTransitionDialog *self,
                                    const char         *name,
                                    gboolean            by_post)
{
  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));
  g_return_if_fail (self->recipient_row != NULL);

  gtk_editable_set_text (GTK_EDITABLE (self->recipient_row), name);
  adw_combo_row_set_selected (self->method_row, by_post ? 1 : 0);
}

void
mc_transition_dialog_set_new_due (McTransitionDialog *self,
                                  GDateTime          *due)
{
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *text = NULL;

  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));
  g_return_if_fail (self->new_due_row != NULL);
  g_return_if_fail (due != NULL);

  local = g_date_time_to_timezone (due, mc_working_calendar_get_time_zone ());
  text = g_date_time_format (local, "%d/%m/%Y %H:%M");
  gtk_editable_set_text (GTK_EDITABLE (self->new_due_row), text);
}

/**
 * mc_transition_dialog_set_answer:
 * @self: a #McTransitionDialog
 * @index: an evaluation index, 1 to 9, or %MC_EVALUATION_OVERALL
 * @choice: 0 for the first option (2 points), 1 or 2
 */
void
mc_transition_dialog_set_answer (McTransitionDialog *self,
                                 guint               index,
                                 guint               choice)
{
  g_autofree char *key = NULL;
  GtkCheckButton *button;

  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));

  key = answer_key (index, choice);
  button = g_hash_table_lookup (self->answer_buttons, key);
  g_return_if_fail (button != NULL);

  gtk_check_button_set_active (button, TRUE);
}

/**
 * mc_transition_dialog_apply:
 * @self: a #McTransitionDialog
 *
 * Records the step, as the dialog's button does.
 */
void
mc_transition_dialog_apply (McTransitionDialog *self)
{
  g_return_if_fail (MC_IS_TRANSITION_DIALOG (self));

  gtk_widget_activate_action (GTK_WIDGET (self), "transition.apply", NULL);
}

/**
 * mc_transition_dialog_get_error_message:
 * @self: a #McTransitionDialog
 *
 * Returns: (nullable): the error shown, if any
 */
const char *
mc_transition_dialog_get_error_message (McTransitionDialog *self)
{
  g_return_val_if_fail (MC_IS_TRANSITION_DIALOG (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->error_label)))
    return NULL;

  return gtk_label_get_label (self->error_label);
}

gboolean
mc_transition_dialog_get_busy (McTransitionDialog *self)
{
  g_return_val_if_fail (MC_IS_TRANSITION_DIALOG (self), FALSE);

  return self->busy;
}
