/* mc-cli-print.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-apology-letter.h"
#include "mc-appointment-slip.h"
#include "mc-cli.h"
#include "mc-dossier-store.h"
#include "mc-error.h"
#include "mc-office-identity.h"
#include "mc-procedure-store.h"
#include "mc-procedure.h"
#include "mc-refusal-slip.h"
#include "mc-supplement-request.h"

/* motcua-cli print slip|supplement|refusal|apology CODE -o FILE.pdf: the
 * printed forms, written to a file, as the application's preview saves
 * them: the receipt slip (Mẫu 01), the supplement request (Mẫu 02), the
 * refusal slip (Mẫu 03) and the apology letter (Mẫu 04). */

int
mc_cli_print_check (const McCliOptions *options)
{
  const char *form = options->words->len > 1 ? g_ptr_array_index (options->words, 1) : NULL;

  if (options->words->len != 3 ||
      (!g_str_equal (form, "slip") && !g_str_equal (form, "supplement") &&
       !g_str_equal (form, "refusal") && !g_str_equal (form, "apology")))
    return mc_cli_usage_error (_("Use “print slip|supplement|refusal|apology CODE -o FILE.pdf”."));

  if (mc_cli_get_value (options, "--output") == NULL)
    return mc_cli_usage_error (_("print needs an output file: -o FILE.pdf."));

  return MC_CLI_USAGE_OK;
}

/* Item 3 of the slip: the processing time of the procedure's version in
 * force on the day of receipt; NULL leaves the line to fill in by hand. */
static char *
dup_processing_time (McDatabase *db,
                     McDossier  *dossier)
{
  g_autoptr(McProcedure) procedure = NULL;
  g_autofree char *day = NULL;
  const McProcedureTime *time;

  if (mc_dossier_get_received_at (dossier) == NULL)
    return NULL;

  day = g_date_time_format (mc_dossier_get_received_at (dossier), "%Y-%m-%d");
  procedure = mc_procedure_store_find_in_force (db, mc_dossier_get_procedure_code (dossier), day, NULL);
  if (procedure == NULL)
    return NULL;

  time = mc_procedure_get_main_time (procedure);
  if (time == NULL || !time->has_time)
    return NULL;

  return mc_format_slip_duration (time->value, time->unit);
}

/* The staff member who received the dossier signs the slip. */
static char *
dup_receiver (McDatabase *db,
              McDossier  *dossier)
{
  g_autoptr(GPtrArray) events = mc_dossier_store_list_events (db, mc_dossier_get_code (dossier), NULL);
  const McDossierEvent *intake;

  if (events == NULL || events->len == 0)
    return NULL;

  intake = g_ptr_array_index (events, 0);
  /* "motcua-cli" is no one's name: leave the line to write on. */
  if (intake->actor_id == 0)
    return NULL;

  return g_strdup (intake->actor_name);
}

static gboolean
is_apology (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_APOLOGIZE;
}

static gboolean
is_refusal (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_REFUSE_AT_COUNTER || action == MC_DOSSIER_ACTION_REFUSE;
}

static gboolean
is_supplement_request (McDossierAction action)
{
  return action == MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT;
}

/* The dossier's latest step that @matches, or NULL:
 * the forms print from the step that caused them. */
static const McDossierEvent *
find_latest_step (GPtrArray *events,
                  gboolean (*matches) (McDossierAction action))
{
  for (guint i = events->len; i > 0; i--)
    {
      const McDossierEvent *event = g_ptr_array_index (events, i - 1);

      if (matches (event->action))
        return event;
    }

  return NULL;
}

/* Mẫu 02 from the latest supplement request; Mẫu 03 from the refusal, at
 * the counter or of a filing; Mẫu 04 from the latest apology, the
 * signer's lines left to fill in by hand. */
static GBytes *
render_from_step (McDatabase              *db,
                  McDossier               *dossier,
                  const McOfficeIdentity  *identity,
                  const char              *form,
                  GError                 **error)
{
  const char *code = mc_dossier_get_code (dossier);
  g_autoptr(GPtrArray) events = mc_dossier_store_list_events (db, code, error);
  const McDossierEvent *step;

  if (events == NULL)
    return NULL;

  if (g_str_equal (form, "supplement"))
    {
      step = find_latest_step (events, is_supplement_request);
      if (step != NULL)
        return mc_supplement_request_render (dossier, step, identity, error);
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s has no supplement request to print."), code);
    }
  else if (g_str_equal (form, "refusal"))
    {
      step = find_latest_step (events, is_refusal);
      if (step != NULL)
        return mc_refusal_slip_render (dossier, step, identity, error);
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s was not refused: there is no refusal slip to print."), code);
    }
  else
    {
      step = find_latest_step (events, is_apology);
      if (step != NULL)
        return mc_apology_letter_render (dossier, step, identity, NULL, error);
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                   _("Dossier %s has no apology letter: apologize and set a new date first."), code);
    }

  return NULL;
}

int
mc_cli_print_run (McDatabase         *db,
                  const McCliOptions *options)
{
  const char *form = g_ptr_array_index (options->words, 1);
  const char *code = g_ptr_array_index (options->words, 2);
  const char *output = mc_cli_get_value (options, "--output");
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(McOfficeIdentity) identity = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *processing_time = NULL;
  g_autofree char *receiver = NULL;
  McAppointmentSlipExtras extras = { NULL, };

  dossier = mc_dossier_store_load (db, code, &error);
  if (dossier == NULL)
    return mc_cli_input_error (error);

  identity = mc_dossier_store_get_office_identity (db, &error);
  if (identity == NULL)
    return mc_cli_input_error (error);

  if (!g_str_equal (form, "slip"))
    {
      pdf = render_from_step (db, dossier, identity, form, &error);
    }
  else
    {
      processing_time = dup_processing_time (db, dossier);
      receiver = dup_receiver (db, dossier);
      extras.processing_time = processing_time;
      extras.receiver_name = receiver;

      pdf = mc_appointment_slip_render_full (dossier, NULL, identity, &extras, &error);
    }
  if (pdf == NULL)
    return mc_cli_input_error (error);

  if (!g_file_set_contents (output, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), &error))
    return mc_cli_input_error (error);

  return MC_CLI_EXIT_OK;
}
