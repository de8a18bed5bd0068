/* mc-cli-dossier.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "mc-cli.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-office-identity.h"
#include "mc-working-calendar.h"

/* motcua-cli dossier … and motcua-cli office set …
 *
 * The CLI acts as the local administrator: its events are recorded with
 * the actor "motcua-cli", no staff account, and this workstation's name
 * (the workstation-name setting, or the host name). */

static const struct
{
  const char      *name;
  McDossierAction  action;
} action_names[] = {
  { "accept", MC_DOSSIER_ACTION_ACCEPT },
  { "hand-over", MC_DOSSIER_ACTION_HAND_OVER },
  { "acknowledge", MC_DOSSIER_ACTION_ACKNOWLEDGE },
  { "send-back", MC_DOSSIER_ACTION_SEND_BACK },
  { "request-supplement", MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT },
  { "receive-supplement", MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT },
  { "request-payment", MC_DOSSIER_ACTION_REQUEST_PAYMENT },
  { "record-payment", MC_DOSSIER_ACTION_RECORD_PAYMENT },
  { "refuse", MC_DOSSIER_ACTION_REFUSE },
  { "stop", MC_DOSSIER_ACTION_STOP },
  { "withdraw", MC_DOSSIER_ACTION_WITHDRAW },
  { "processed", MC_DOSSIER_ACTION_MARK_PROCESSED },
  { "return", MC_DOSSIER_ACTION_RETURN_RESULT },
  { "apologize", MC_DOSSIER_ACTION_APOLOGIZE },
  { "evaluate", MC_DOSSIER_ACTION_EVALUATE },
};


static gboolean
parse_action (const char      *text,
              McDossierAction *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    if (g_strcmp0 (text, action_names[i].name) == 0)
      {
        *action = action_names[i].action;
        return TRUE;
      }

  return FALSE;
}

static const char *
action_name (McDossierAction action)
{
  if (action == MC_DOSSIER_ACTION_RECEIVE)
    return "receive";
  if (action == MC_DOSSIER_ACTION_REFUSE_AT_COUNTER)
    return "refuse-at-counter";
  if (action == MC_DOSSIER_ACTION_EDIT)
    return "edit";
  if (action == MC_DOSSIER_ACTION_PRINT)
    return "print";

  for (guint i = 0; i < G_N_ELEMENTS (action_names); i++)
    if (action_names[i].action == action)
      return action_names[i].name;

  return "";
}

/* The channel of --channel; at the counter when not given. */
static gboolean
parse_channel (const char *text,
               McChannel  *channel)
{
  int parsed = MC_CHANNEL_COUNTER;

  if (text != NULL && !mc_cli_parse_channel (text, &parsed))
    return FALSE;

  *channel = parsed;
  return TRUE;
}

static gboolean
parse_status (const char      *text,
              McDossierStatus *status)
{
  char *end = NULL;
  long value;

  if (text == NULL)
    {
      *status = MC_DOSSIER_STATUS_NONE;
      return TRUE;
    }

  value = strtol (text, &end, 10);
  if (*text == '\0' || *end != '\0' ||
      value < MC_DOSSIER_STATUS_REGISTERED || value > MC_DOSSIER_STATUS_RETURNED)
    return FALSE;

  *status = value;
  return TRUE;
}

/* NULL for a missing or malformed "YYYY-MM-DD HH:MM". */
static GDateTime *
parse_moment (const char *text)
{
  guint year, month, day, hour, minute;
  char tail;

  if (text == NULL ||
      sscanf (text, "%4u-%2u-%2u %2u:%2u%c", &year, &month, &day, &hour, &minute, &tail) != 5 ||
      !g_date_valid_dmy (day, month, year) || year < 1900 || year > 2199 ||
      hour > 23 || minute > 59)
    return NULL;

  return g_date_time_new (mc_working_calendar_get_time_zone (), year, month, day, hour, minute, 0);
}

static char *
format_moment (GDateTime *moment)
{
  g_autoptr(GDateTime) local = NULL;

  if (moment == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (moment, mc_working_calendar_get_time_zone ());
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static int
check_moment_option (const McCliOptions *options,
                     const char         *name)
{
  const char *text = mc_cli_get_value (options, name);
  g_autoptr(GDateTime) moment = NULL;

  if (text == NULL)
    return MC_CLI_USAGE_OK;

  moment = parse_moment (text);
  if (moment == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("%s takes \"YYYY-MM-DD HH:MM\", a real date and time."),
                                                  name);
      return mc_cli_usage_error (message);
    }

  return MC_CLI_USAGE_OK;
}

int
mc_cli_dossier_check (const McCliOptions *options)
{
  GPtrArray *words = options->words;
  const char *command = words->len > 1 ? g_ptr_array_index (words, 1) : NULL;
  McChannel channel;
  McDossierStatus status;
  McDossierAction action;
  int usage;

  if (g_strcmp0 (command, "receive") == 0)
    {
      if (words->len != 2)
        return mc_cli_usage_error (_("“dossier receive” takes no other words, only options."));
      if (mc_cli_get_value (options, "--procedure") == NULL ||
          mc_cli_get_value (options, "--applicant") == NULL)
        return mc_cli_usage_error (_("“dossier receive” needs --procedure CODE and --applicant NAME."));
      if (!parse_channel (mc_cli_get_value (options, "--channel"), &channel))
        return mc_cli_usage_error (_("--channel is one of direct, online and postal."));
      return check_moment_option (options, "--at");
    }
  else if (g_strcmp0 (command, "show") == 0)
    {
      if (words->len != 3)
        return mc_cli_usage_error (_("Use “dossier show CODE”."));
      return MC_CLI_USAGE_OK;
    }
  else if (g_strcmp0 (command, "list") == 0)
    {
      if (words->len != 2)
        return mc_cli_usage_error (_("“dossier list” takes no other words, only options."));
      if (!parse_status (mc_cli_get_value (options, "--status"), &status))
        return mc_cli_usage_error (_("--status takes a status number from 1 to 10."));
      return MC_CLI_USAGE_OK;
    }
  else if (g_strcmp0 (command, "transition") == 0)
    {
      if (words->len != 4)
        return mc_cli_usage_error (_("Use “dossier transition CODE ACTION”."));
      if (!parse_action (g_ptr_array_index (words, 3), &action))
        {
          g_autofree char *message = g_strdup_printf (_("Unknown action “%s”."),
                                                      (const char *) g_ptr_array_index (words, 3));
          return mc_cli_usage_error (message);
        }
      if ((usage = check_moment_option (options, "--at")) != MC_CLI_USAGE_OK)
        return usage;
      return check_moment_option (options, "--due");
    }
  else if (command != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), command);
      return mc_cli_usage_error (message);
    }

  return mc_cli_usage_error (_("“dossier” needs a command: receive, show, list or transition."));
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

static void
add_moment (JsonBuilder *builder,
            const char  *name,
            GDateTime   *moment)
{
  g_autofree char *text = NULL;

  json_builder_set_member_name (builder, name);
  if (moment == NULL)
    {
      json_builder_add_null_value (builder);
      return;
    }

  text = format_moment (moment);
  json_builder_add_string_value (builder, text);
}

static void
add_boolean (JsonBuilder *builder,
             const char  *name,
             gboolean     value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_boolean_value (builder, value);
}

static void
build_dossier (JsonBuilder *builder,
               McDossier   *dossier)
{
  McDossierStatus status = mc_dossier_get_status (dossier);
  McChannel channel = mc_dossier_get_channel (dossier);

  add_string (builder, "code", mc_dossier_get_code (dossier));
  add_string (builder, "procedure", mc_dossier_get_procedure_code (dossier));
  add_string (builder, "procedure_name", mc_dossier_get_procedure_name (dossier));
  mc_cli_json_add_int (builder, "status", status);
  add_string (builder, "status_label", mc_dossier_status_get_label (status));
  add_string (builder, "channel",
              mc_cli_channel_name (channel));
  add_string (builder, "applicant", mc_dossier_get_applicant_name (dossier));
  add_string (builder, "id_number", mc_dossier_get_id_number (dossier));
  add_moment (builder, "received", mc_dossier_get_received_at (dossier));
  add_moment (builder, "due", mc_dossier_get_due_at (dossier));
  add_moment (builder, "paused", mc_dossier_get_paused_at (dossier));
  add_moment (builder, "finished", mc_dossier_get_finished_at (dossier));
  add_moment (builder, "returned", mc_dossier_get_returned_at (dossier));
  add_string (builder, "assignee", mc_dossier_get_assignee_name (dossier));
  add_string (builder, "workstation", mc_dossier_get_workstation (dossier));
  add_boolean (builder, "entered_late", mc_dossier_get_entered_late (dossier));
  mc_cli_json_add_int (builder, "version", mc_dossier_get_version (dossier));
}

static void
build_event (JsonBuilder          *builder,
             const McDossierEvent *event)
{
  json_builder_begin_object (builder);
  add_string (builder, "step_id", event->step_id);
  add_string (builder, "action", action_name (event->action));
  json_builder_set_member_name (builder, "status_before");
  if (event->status_before != MC_DOSSIER_STATUS_NONE)
    json_builder_add_int_value (builder, event->status_before);
  else
    json_builder_add_null_value (builder);
  mc_cli_json_add_int (builder, "status_after", event->status_after);
  add_string (builder, "actor", event->actor_name);
  add_string (builder, "workstation", event->workstation);
  add_moment (builder, "effective_time", event->effective_time);
  add_moment (builder, "device_time", event->device_time);
  add_boolean (builder, "entered_late", event->entered_late);
  add_string (builder, "note", event->note);
  mc_cli_json_add_int (builder, "version", event->version);
  json_builder_end_object (builder);
}

static int
run_receive (McDatabase         *db,
             const McCliOptions *options)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) received = parse_moment (mc_cli_get_value (options, "--at"));
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workstation = NULL;
  g_autofree char *due = NULL;
  McDossierDraft draft = { 0, };
  McActor actor;

  parse_channel (mc_cli_get_value (options, "--channel"), &draft.channel);
  draft.procedure_code = mc_cli_get_value (options, "--procedure");
  draft.applicant_name = mc_cli_get_value (options, "--applicant");
  draft.id_number = mc_cli_get_value (options, "--id-number");
  draft.phone = mc_cli_get_value (options, "--phone");
  draft.received_at = received;
  /* --refuse REASON: the counter refuses the dossier at intake (Mẫu 03). */
  draft.refusal_reason = mc_cli_get_value (options, "--refuse");
  draft.refused = draft.refusal_reason != NULL;

  if (!mc_cli_init_actor (db, &actor, &workstation, &error) ||
      (dossier = mc_dossier_store_receive (db, &draft, &actor, now, &error)) == NULL)
    return mc_cli_input_error (error);

  due = format_moment (mc_dossier_get_due_at (dossier));

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      build_dossier (builder, dossier);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
    }
  else
    {
      printf ("%s\t%s\n", mc_dossier_get_code (dossier), due);
    }

  return MC_CLI_EXIT_OK;
}

static int
run_show (McDatabase         *db,
          const McCliOptions *options)
{
  const char *code = g_ptr_array_index (options->words, 2);
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GPtrArray) events = NULL;
  g_autoptr(GError) error = NULL;

  if ((dossier = mc_dossier_store_load (db, code, &error)) == NULL ||
      (events = mc_dossier_store_list_events (db, code, &error)) == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      build_dossier (builder, dossier);
      json_builder_set_member_name (builder, "events");
      json_builder_begin_array (builder);
      for (guint i = 0; i < events->len; i++)
        build_event (builder, g_ptr_array_index (events, i));
      json_builder_end_array (builder);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
      return MC_CLI_EXIT_OK;
    }

  {
    g_autofree char *received = format_moment (mc_dossier_get_received_at (dossier));
    g_autofree char *due = format_moment (mc_dossier_get_due_at (dossier));

    printf ("%s\n", mc_dossier_get_code (dossier));
    printf (_("Procedure:\t%s %s\n"), mc_dossier_get_procedure_code (dossier),
            mc_dossier_get_procedure_name (dossier));
    printf (_("Applicant:\t%s\n"), mc_dossier_get_applicant_name (dossier));
    printf (_("Status:\t%d %s\n"), mc_dossier_get_status (dossier),
            mc_dossier_status_get_label (mc_dossier_get_status (dossier)));
    printf (_("Received:\t%s\n"), received);
    printf (_("Due:\t%s\n"), due);
    printf (_("Version:\t%u\n"), mc_dossier_get_version (dossier));
  }

  for (guint i = 0; i < events->len; i++)
    {
      const McDossierEvent *event = g_ptr_array_index (events, i);
      g_autofree char *when = format_moment (event->effective_time);

      printf ("%u\t%s\t%s\t%d\t%s%s\n", event->version, when, action_name (event->action),
              event->status_after, event->actor_name,
              event->entered_late ? _("\t(entered late)") : "");
    }

  return MC_CLI_EXIT_OK;
}

static int
run_list (McDatabase         *db,
          const McCliOptions *options)
{
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GPtrArray) dossiers = NULL;
  g_autoptr(GError) error = NULL;
  McDossierStatus status;

  parse_status (mc_cli_get_value (options, "--status"), &status);
  dossiers = mc_dossier_store_list (db, status, mc_cli_get_value (options, "--overdue") != NULL,
                                    now, 0, &error);
  if (dossiers == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_array (builder);
      for (guint i = 0; i < dossiers->len; i++)
        {
          json_builder_begin_object (builder);
          build_dossier (builder, g_ptr_array_index (dossiers, i));
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
      return MC_CLI_EXIT_OK;
    }

  for (guint i = 0; i < dossiers->len; i++)
    {
      McDossier *dossier = g_ptr_array_index (dossiers, i);
      g_autofree char *due = format_moment (mc_dossier_get_due_at (dossier));

      printf ("%s\t%d\t%s\t%s\t%s\n", mc_dossier_get_code (dossier),
              mc_dossier_get_status (dossier), due, mc_dossier_get_procedure_code (dossier),
              mc_dossier_get_applicant_name (dossier));
    }

  return MC_CLI_EXIT_OK;
}

static int
run_transition (McDatabase         *db,
                const McCliOptions *options)
{
  const char *code = g_ptr_array_index (options->words, 2);
  const char *receiver = mc_cli_get_value (options, "--to");
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) effective = parse_moment (mc_cli_get_value (options, "--at"));
  g_autoptr(GDateTime) new_due = parse_moment (mc_cli_get_value (options, "--due"));
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *workstation = NULL;
  McTransitionParams params = { 0, };
  McDossierAction action = MC_DOSSIER_ACTION_EDIT;
  McActor actor;

  parse_action (g_ptr_array_index (options->words, 3), &action);
  params.note = mc_cli_get_value (options, "--reason");
  params.effective_at = effective;
  params.new_due_at = new_due;

  if (receiver != NULL &&
      (params.receiver_id = mc_dossier_store_find_staff (db, receiver, &error)) == 0)
    return mc_cli_input_error (error);

  if (!mc_cli_init_actor (db, &actor, &workstation, &error) ||
      !mc_dossier_store_transition (db, code, action, &actor, &params, now, &error) ||
      (dossier = mc_dossier_store_load (db, code, &error)) == NULL)
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      build_dossier (builder, dossier);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
    }
  else
    {
      printf ("%s\t%d\t%s\n", mc_dossier_get_code (dossier), mc_dossier_get_status (dossier),
              mc_dossier_status_get_label (mc_dossier_get_status (dossier)));
    }

  return MC_CLI_EXIT_OK;
}

int
mc_cli_dossier_run (McDatabase         *db,
                    const McCliOptions *options)
{
  const char *command = g_ptr_array_index (options->words, 1);

  if (g_str_equal (command, "receive"))
    return run_receive (db, options);
  else if (g_str_equal (command, "show"))
    return run_show (db, options);
  else if (g_str_equal (command, "list"))
    return run_list (db, options);
  else
    return run_transition (db, options);
}

int
mc_cli_office_check (const McCliOptions *options)
{
  if (options->words->len != 2 || !g_str_equal (g_ptr_array_index (options->words, 1), "set"))
    return mc_cli_usage_error (_("Use “office set [--agency-code CODE] [--agency-name NAME] [--place NAME] "
                                 "[--workstation NAME] [--range FIRST-LAST] [--counter-name NAME] "
                                 "[--counter-phone N] [--leader-capacity TEXT] [--leader-title TEXT] "
                                 "[--leader-name NAME] [--report-receiver NAME] "
                                 "[--evaluation-thresholds 15,12,9,6]”."));

  if (mc_cli_get_value (options, "--agency-code") == NULL &&
      (mc_cli_get_value (options, "--agency-name") != NULL ||
       mc_cli_get_value (options, "--place") != NULL))
    return mc_cli_usage_error (_("--agency-name and --place go with --agency-code."));

  return MC_CLI_USAGE_OK;
}

/* The printed forms' settings: those not given keep their value. */
static int
set_form_settings (McDatabase         *db,
                   const McCliOptions *options)
{
  static const char * const names[MC_FORM_N_SETTINGS] = {
    [MC_FORM_SETTING_COUNTER_NAME] = "--counter-name",
    [MC_FORM_SETTING_COUNTER_PHONE] = "--counter-phone",
    [MC_FORM_SETTING_LEADER_CAPACITY] = "--leader-capacity",
    [MC_FORM_SETTING_LEADER_TITLE] = "--leader-title",
    [MC_FORM_SETTING_LEADER_NAME] = "--leader-name",
    [MC_FORM_SETTING_REPORT_RECEIVER] = "--report-receiver",
    [MC_FORM_SETTING_EVALUATION_THRESHOLDS] = "--evaluation-thresholds",
  };
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GError) error = NULL;
  const char *values[MC_FORM_N_SETTINGS];
  gboolean any = FALSE;

  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    any |= mc_cli_get_value (options, names[i]) != NULL;
  if (!any)
    return MC_CLI_EXIT_OK;

  identity = mc_dossier_store_get_office_identity (db, &error);
  if (identity == NULL)
    return mc_cli_input_error (error);

  for (guint i = 0; i < MC_FORM_N_SETTINGS; i++)
    {
      values[i] = mc_cli_get_value (options, names[i]);
      if (values[i] == NULL)
        values[i] = mc_office_identity_get_form_setting (identity, i);
    }

  if (!mc_dossier_store_set_form_settings (db, values, &error))
    return mc_cli_input_error (error);

  return MC_CLI_EXIT_OK;
}

int
mc_cli_office_run (McDatabase         *db,
                   const McCliOptions *options)
{
  const char *agency_code = mc_cli_get_value (options, "--agency-code");
  const char *workstation = mc_cli_get_value (options, "--workstation");
  const char *range = mc_cli_get_value (options, "--range");
  g_autoptr(GError) error = NULL;

  if (agency_code != NULL &&
      !mc_dossier_store_set_office_identity (db, agency_code,
                                             mc_cli_get_value (options, "--agency-name"),
                                             mc_cli_get_value (options, "--place"), &error))
    return mc_cli_input_error (error);

  if ((workstation != NULL || range != NULL) &&
      !mc_dossier_store_set_workstation (db, workstation, range, &error))
    return mc_cli_input_error (error);

  return set_form_settings (db, options);
}
