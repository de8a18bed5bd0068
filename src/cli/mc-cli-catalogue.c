/* mc-cli-catalogue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue-writer.h"
#include "mc-cli.h"
#include "mc-error.h"
#include "mc-format.h"
#include "mc-procedure-store.h"

/* motcua-cli catalogue import FILE | search TEXT | show CODE */

static int
run_import (McDatabase    *db,
            const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  McImportResult result;

  if (!mc_catalogue_import_file (db, g_ptr_array_index (options->words, 2), &result, &error))
    return mc_cli_input_error (error);

  if (options->json)
    {
      g_autoptr(JsonBuilder) builder = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "added");
      json_builder_add_int_value (builder, result.added);
      json_builder_set_member_name (builder, "updated");
      json_builder_add_int_value (builder, result.updated);
      json_builder_set_member_name (builder, "unchanged");
      json_builder_add_int_value (builder, result.unchanged);
      json_builder_end_object (builder);
      root = json_builder_get_root (builder);
      mc_cli_print_json (root);
    }
  else
    {
      printf (_("%u added, %u updated, %u unchanged\n"),
              result.added, result.updated, result.unchanged);
    }

  return MC_CLI_EXIT_OK;
}

static int
run_search (McDatabase    *db,
            const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GHashTable) matches = NULL;
  g_autoptr(JsonArray) results = json_array_new ();
  g_autofree char *today = mc_cli_dup_today ();
  g_autofree char *text = NULL;

  {
    g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
    g_auto(GStrv) parts = NULL;

    for (guint i = 2; i < options->words->len; i++)
      g_strv_builder_add (builder, g_ptr_array_index (options->words, i));
    parts = g_strv_builder_end (builder);
    text = g_strjoinv (" ", parts);
  }

  current = mc_procedure_store_load_current (db, today, &error);
  if (current == NULL)
    return mc_cli_input_error (error);

  ids = mc_procedure_store_search (db, text, &error);
  if (error != NULL)
    return mc_cli_input_error (error);

  if (ids != NULL)
    {
      matches = g_hash_table_new (g_int64_hash, g_int64_equal);
      for (guint i = 0; i < ids->len; i++)
        g_hash_table_add (matches, &g_array_index (ids, gint64, i));
    }

  for (guint i = 0; i < current->len; i++)
    {
      McProcedure *procedure = g_ptr_array_index (current, i);
      gint64 id = mc_procedure_get_id (procedure);

      if (matches != NULL && !g_hash_table_contains (matches, &id))
        continue;

      if (options->json)
        {
          json_array_add_element (results, mc_catalogue_writer_summary (procedure));
        }
      else
        {
          g_autofree char *time = mc_procedure_dup_time_label (procedure);

          printf ("%s\t%s\t%s\t%s\n", mc_procedure_get_code (procedure),
                  mc_procedure_get_name (procedure), mc_procedure_get_field_name (procedure),
                  time);
        }
    }

  if (options->json)
    {
      g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);

      json_node_set_array (root, results);
      mc_cli_print_json (root);
    }

  return MC_CLI_EXIT_OK;
}

static void
print_refs (const char         *title,
            McProcedure        *procedure,
            McProcedureRefKind  kind)
{
  GPtrArray *refs = mc_procedure_get_refs (procedure, kind);

  if (refs->len == 0)
    return;

  printf ("%s:\n", title);
  for (guint i = 0; i < refs->len; i++)
    {
      const McProcedureRef *ref = g_ptr_array_index (refs, i);

      if (ref->code[0] != '\0')
        printf ("  - %s (%s)\n", ref->name, ref->code);
      else
        printf ("  - %s\n", ref->name);
    }
}

static void
print_procedure (McProcedure *procedure)
{
  GPtrArray *times = mc_procedure_get_times (procedure);
  GPtrArray *components = mc_procedure_get_components (procedure);
  GPtrArray *steps = mc_procedure_get_steps (procedure);
  g_autofree char *effective = mc_format_date (mc_procedure_get_effective_date (procedure));

  printf ("%s  %s\n", mc_procedure_get_code (procedure), mc_procedure_get_name (procedure));
  printf ("%s: %s\n", _("Field"), mc_procedure_get_field_name (procedure));
  if (mc_procedure_get_level (procedure)[0] != '\0')
    printf ("%s: %s\n", _("Level"), mc_procedure_get_level (procedure));
  printf ("%s: %s\n", _("Status"),
          mc_procedure_get_in_force (procedure) ? _("In force") : _("Repealed"));
  if (mc_procedure_get_decision (procedure)[0] != '\0')
    printf ("%s: %s\n", _("Publication decision"), mc_procedure_get_decision (procedure));
  if (effective[0] != '\0')
    printf ("%s: %s\n", _("Effective date"), effective);
  printf ("%s: %s\n", _("Online service level"),
          mc_format_online_level (mc_procedure_get_online_level (procedure)));
  printf ("%s: %s\n", _("Joint procedure"),
          mc_procedure_get_joint (procedure) ? _("Yes") : _("No"));
  printf ("%s: %s / %s\n", _("Public postal service (intake / result)"),
          mc_procedure_get_postal_intake (procedure) ? _("Yes") : _("No"),
          mc_procedure_get_postal_return (procedure) ? _("Yes") : _("No"));

  print_refs (_("Implementing agencies"), procedure, MC_PROCEDURE_REF_AGENCY);
  print_refs (_("Coordinating agencies"), procedure, MC_PROCEDURE_REF_COORDINATOR);

  if (times->len > 0)
    printf ("%s:\n", _("Processing time and fees"));
  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (times, i);
      g_autofree char *label = mc_format_duration (time->has_time, time->value, time->unit);

      printf ("  - %s: %s", mc_format_channel (time->channel), label);
      if (time->description[0] != '\0')
        printf (" (%s)", time->description);
      printf ("\n");
      for (guint j = 0; j < time->fees->len; j++)
        {
          const McProcedureFee *fee = g_ptr_array_index (time->fees, j);
          g_autofree char *amount = mc_format_fee (fee->has_amount, fee->amount);

          if (fee->description[0] != '\0')
            printf ("      %s (%s)\n", amount, fee->description);
          else
            printf ("      %s\n", amount);
        }
    }

  if (components->len > 0)
    printf ("%s:\n", _("Required documents"));
  for (guint i = 0; i < components->len; i++)
    {
      const McProcedureComponent *component = g_ptr_array_index (components, i);

      printf ("  - %s (%s: %u, %s: %u)", component->name, _("originals"), component->originals,
              _("copies"), component->copies);
      if (component->form_name[0] != '\0')
        printf (" [%s]", component->form_name);
      printf ("\n");
    }

  if (steps->len > 0)
    printf ("%s:\n", _("Steps"));
  for (guint i = 0; i < steps->len; i++)
    {
      const McProcedureStep *step = g_ptr_array_index (steps, i);
      printf ("  %u. %s\n", i + 1, step->description);
    }

  if (mc_procedure_get_conditions (procedure)[0] != '\0')
    {
      g_auto(GStrv) lines = g_strsplit (mc_procedure_get_conditions (procedure), "\n", -1);

      printf ("%s:\n", _("Conditions"));
      for (guint i = 0; lines[i] != NULL; i++)
        printf ("  %s\n", lines[i]);
    }

  print_refs (_("Who may file"), procedure, MC_PROCEDURE_REF_SUBJECT);
  print_refs (_("Results"), procedure, MC_PROCEDURE_REF_RESULT);
  print_refs (_("Legal basis"), procedure, MC_PROCEDURE_REF_LEGAL_BASIS);
}

static int
run_show (McDatabase    *db,
          const McCliOptions *options)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McProcedure) procedure = NULL;
  g_autofree char *today = mc_cli_dup_today ();
  const char *code;

  code = g_ptr_array_index (options->words, 2);
  procedure = mc_procedure_store_find_in_force (db, code, today, &error);
  if (procedure == NULL)
    {
      if (g_error_matches (error, MC_ERROR, MC_ERROR_NOT_FOUND))
        {
          fprintf (stderr, "motcua-cli: ");
          fprintf (stderr, _("No procedure with code “%s” is in force today."), code);
          fprintf (stderr, "\n");
          return MC_CLI_EXIT_BAD_INPUT;
        }
      return mc_cli_input_error (error);
    }

  if (options->json)
    {
      g_autoptr(JsonNode) node = mc_catalogue_writer_procedure (procedure);
      mc_cli_print_json (node);
    }
  else
    {
      print_procedure (procedure);
    }

  return MC_CLI_EXIT_OK;
}

/* Bad usage is reported before a database is opened, or created. */
int
mc_cli_catalogue_check (const McCliOptions *options)
{
  const char *command = options->words->len > 1 ? g_ptr_array_index (options->words, 1) : NULL;

  if (command == NULL)
    return mc_cli_usage_error (_("No command given."));

  if (g_str_equal (command, "import"))
    return options->words->len == 3 ? MC_CLI_USAGE_OK
                                    : mc_cli_usage_error (_("“catalogue import” takes one file."));
  if (g_str_equal (command, "search"))
    return options->words->len >= 3 ? MC_CLI_USAGE_OK
                                    : mc_cli_usage_error (_("“catalogue search” needs the text to look for."));
  if (g_str_equal (command, "show"))
    return options->words->len == 3 ? MC_CLI_USAGE_OK
                                    : mc_cli_usage_error (_("“catalogue show” takes one procedure code."));

  {
    g_autofree char *message = g_strdup_printf (_("Unknown command “%s”."), command);
    return mc_cli_usage_error (message);
  }
}

int
mc_cli_catalogue_run (McDatabase         *db,
                      const McCliOptions *options)
{
  const char *command = g_ptr_array_index (options->words, 1);

  if (g_str_equal (command, "import"))
    return run_import (db, options);
  if (g_str_equal (command, "search"))
    return run_search (db, options);
  return run_show (db, options);
}
