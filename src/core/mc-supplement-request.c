/* mc-supplement-request.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-supplement-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-counter-slip.h"
#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"
#include "mc-supplement-request.h"
#include "mc-text.h"

/* Mẫu số 02 of Thông tư 01/2018/TT-VPCP: Phiếu yêu cầu bổ sung, hoàn
 * thiện hồ sơ, on A5 portrait like the other counter slips.
 *
 * It prints the supplement request step: the step's time is the slip's
 * date, its note the reason, and the staff member who took the step the
 * guide the citizen may call. What to complete is the list of the
 * dossier's papers checked as missing at the counter; without any, the
 * lines are left to write by hand. The "/HDHS" suffix of the number
 * follows an implementation (domain.md §1.2); the number itself is
 * written by hand.
 *
 * The form's words are the circular's and are printed in Vietnamese
 * whatever the interface language: they are not marked for translation. */

#define DOTS MC_COUNTER_SLIP_DOTS

static char *
copies_cell (guint count)
{
  return count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("");
}

/* The papers to complete, one table row each. */
static GPtrArray *
missing_rows (McDossier *dossier)
{
  GPtrArray *components = mc_dossier_get_components (dossier);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  for (guint i = 0; components != NULL && i < components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (components, i);
      char **row;

      if (component->provided)
        continue;

      row = g_new0 (char *, 5);
      row[0] = g_strdup_printf ("%u", rows->len + 1);
      row[1] = g_strdup (component->name);
      row[2] = copies_cell (component->originals);
      row[3] = copies_cell (component->copies);
      g_ptr_array_add (rows, row);
    }

  return rows;
}

/**
 * mc_supplement_request_render:
 * @dossier: the dossier to complete
 * @request_event: its %MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT step
 * @office: the office
 * @error: return location for a #GError
 *
 * Renders Mẫu số 02 on A5 portrait: what the citizen must add or correct,
 * and why.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if @request_event is not a supplement request
 */
GBytes *
mc_supplement_request_render (McDossier              *dossier,
                              const McDossierEvent   *request_event,
                              const McOfficeIdentity *office,
                              GError                **error)
{
  McPdfColumn columns[] = {
    { NULL, 0.08, MC_TEXT_ALIGN_CENTER },
    { NULL, 0.60, MC_TEXT_ALIGN_LEFT },
    { NULL, 0.16, MC_TEXT_ALIGN_CENTER },
    { NULL, 0.16, MC_TEXT_ALIGN_CENTER },
  };
  static const char * const column_keys[] = {
    "column-number", "column-paper", "column-originals", "column-copies",
  };
  const McTextStyle item = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 2 };
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *paragraph = NULL;
  g_autoptr(McFormTemplate) texts = NULL;
  const char *guide;
  McSignatureBlock signers[2] = { { "", NULL, NULL }, };
  McTextStyle body;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (request_event != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (request_event->action != MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A supplement request is printed from the step that asked for "
                             "the supplement."));
      return NULL;
    }

  texts = mc_form_template_load ("supplement-request", error);
  if (texts == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    columns[i].title = mc_form_template_get (texts, column_keys[i]);

  writer = mc_counter_slip_begin (dossier, office, mc_form_template_get (texts, "title"),
                                  mc_form_template_get (texts, "number"),
                                  request_event->effective_time);
  paragraph = mc_form_template_format (texts, "received",
                                       "agency", mc_counter_slip_or_dots (office->agency_name),
                                       "applicant",
                                       mc_counter_slip_or_dots (mc_dossier_get_applicant_name (dossier)),
                                       NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &item);
  g_clear_pointer (&paragraph, g_free);
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "request"),
                                 mc_counter_slip_or_dots (mc_dossier_get_procedure_name (dossier)));
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "address"),
                                 mc_counter_slip_or_dots (mc_dossier_get_address (dossier)));
  mc_counter_slip_add_contact (writer, dossier);

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "ask"), &item);
  rows = missing_rows (dossier);
  if (rows->len > 0)
    {
      mc_pdf_writer_add_table (writer, columns, G_N_ELEMENTS (columns), rows);
    }
  else
    {
      mc_pdf_writer_add_paragraph (writer, "1. " DOTS DOTS, &item);
      mc_pdf_writer_add_paragraph (writer, "2. " DOTS DOTS, &item);
    }

  body = mc_counter_slip_body_style ();
  reason = mc_text_strip_final_stop (request_event->note);
  paragraph = mc_form_template_format (texts, "reason",
                                       "reason", *reason != '\0' ? reason : DOTS DOTS, NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  guide = request_event->actor_id != 0 ? request_event->actor_name : NULL;
  paragraph = mc_form_template_format (texts, "contact",
                                       "guide", mc_counter_slip_or_dots (guide),
                                       "phone", mc_counter_slip_or_dots (office->counter_phone),
                                       NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  mc_pdf_writer_add_space (writer, 6);

  signers[1].title = mc_form_template_get (texts, "guide-signs");
  signers[1].hint = mc_form_template_get (texts, "signature-hint");
  signers[1].name = guide;
  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));

  return mc_pdf_writer_finish (writer, error);
}
