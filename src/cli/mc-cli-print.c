/* mc-cli-print.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-cli.h"
#include "mc-document-store.h"
#include "mc-error.h"
#include "mc-working-calendar.h"

/* motcua-cli print FORM CODE -o FILE.pdf, print register --from DATE
 * --to DATE -o FILE.pdf and print catalogue -o FILE.pdf: the printed
 * forms, written to a file exactly as the application's preview saves
 * them (mc-document-store.c draws both). A dossier's form saved here is
 * recorded on the dossier like one saved from the application. */

static gboolean
is_dossier_form (const char     *word,
                 McDocumentKind *kind)
{
  return mc_document_kind_from_name (word, kind) && *kind <= MC_DOCUMENT_CONTROL_SHEET;
}

int
mc_cli_print_check (const McCliOptions *options)
{
  const char *form = options->words->len > 1 ? g_ptr_array_index (options->words, 1) : NULL;
  McDocumentKind kind;
  gboolean dossier_form = is_dossier_form (form, &kind);
  gboolean period_form = g_strcmp0 (form, "register") == 0;
  gboolean catalogue = g_strcmp0 (form, "catalogue") == 0;

  if ((dossier_form && options->words->len != 3) ||
      ((period_form || catalogue) && options->words->len != 2) ||
      (!dossier_form && !period_form && !catalogue))
    return mc_cli_usage_error (_("Use “print slip|supplement|refusal|apology|control CODE -o FILE.pdf”, "
                                 "“print register --from DATE --to DATE -o FILE.pdf” or "
                                 "“print catalogue -o FILE.pdf”."));

  if (period_form && (mc_cli_get_value (options, "--from") == NULL ||
                      mc_cli_get_value (options, "--to") == NULL))
    return mc_cli_usage_error (_("print register needs the period: --from YYYY-MM-DD --to YYYY-MM-DD."));

  if (mc_cli_get_value (options, "--output") == NULL)
    return mc_cli_usage_error (_("print needs an output file: -o FILE.pdf."));

  return MC_CLI_USAGE_OK;
}

static McDocument *
render_register (McDatabase         *db,
                 const McCliOptions *options,
                 GError            **error)
{
  g_autoptr(GDateTime) from = NULL;
  g_autoptr(GDateTime) to = NULL;

  if (!mc_cli_get_period (options, &from, &to, error))
    return NULL;

  return mc_document_store_render_register (db, from, to, error);
}

int
mc_cli_print_run (McDatabase         *db,
                  const McCliOptions *options)
{
  const char *form = g_ptr_array_index (options->words, 1);
  const char *output = mc_cli_get_value (options, "--output");
  g_autoptr(McDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autofree char *workstation = NULL;
  GBytes *pdf;
  McDocumentKind kind;
  McActor actor;

  if (is_dossier_form (form, &kind))
    document = mc_document_store_render_for_dossier (db, kind, g_ptr_array_index (options->words, 2),
                                                     &error);
  else if (g_str_equal (form, "register"))
    document = render_register (db, options, &error);
  else
    document = mc_document_store_render_procedure_list (db, now, &error);
  if (document == NULL)
    return mc_cli_input_error (error);

  pdf = mc_document_get_pdf (document);
  if (!g_file_set_contents_full (output, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf),
                                 G_FILE_SET_CONTENTS_CONSISTENT, MC_CLI_FILE_MODE, &error))
    return mc_cli_input_error (error);

  if (!mc_cli_init_actor (db, &actor, &workstation, &error) ||
      !mc_document_store_record_output (db, document, MC_DOCUMENT_OUTPUT_FILE, &actor, now, &error))
    return mc_cli_input_error (error);

  return MC_CLI_EXIT_OK;
}
