/* mc-refusal-slip.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-refusal-slip"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-counter-slip.h"
#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"
#include "mc-refusal-slip.h"
#include "mc-text.h"

/* Mẫu số 03 of Thông tư 01/2018/TT-VPCP: Phiếu từ chối tiếp nhận giải
 * quyết hồ sơ, on A5 portrait like the receipt slip. The counter issues
 * it, so the heading names the commune above the counter, and the staff
 * member who refused signs it.
 *
 * It prints the refusal step: the step's time is the slip's date and its
 * note the reason. The number's "/TCHS" suffix is an implementation's
 * habit, not confirmed in the circular; the number itself is left to
 * write by hand.
 *
 * The form's words are the circular's and are printed in Vietnamese
 * whatever the interface language: they are not marked for translation. */

#define DOTS MC_COUNTER_SLIP_DOTS

/**
 * mc_refusal_slip_render:
 * @dossier: the refused dossier
 * @refusal_event: its refusal step, at the counter or of a filing
 * @office: the office
 * @error: return location for a #GError
 *
 * Renders Mẫu số 03 on A5 portrait: the notice that the counter does not
 * accept the dossier, and why.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if @refusal_event is not a refusal
 */
GBytes *
mc_refusal_slip_render (McDossier              *dossier,
                        const McDossierEvent   *refusal_event,
                        const McOfficeIdentity *office,
                        GError                **error)
{
  g_autoptr(McPdfWriter) writer = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *paragraph = NULL;
  g_autoptr(McFormTemplate) texts = NULL;
  McSignatureBlock signers[2] = { { "", NULL, NULL }, };
  McTextStyle body;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (refusal_event != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (refusal_event->action != MC_DOSSIER_ACTION_REFUSE_AT_COUNTER &&
      refusal_event->action != MC_DOSSIER_ACTION_REFUSE)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A refusal slip is printed from the step that refused the dossier."));
      return NULL;
    }

  texts = mc_form_template_load ("refusal-slip", error);
  if (texts == NULL)
    return NULL;

  writer = mc_counter_slip_begin (dossier, office, texts, refusal_event->effective_time);
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "counter"),
                                 mc_counter_slip_or_dots (office->agency_name));
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "applicant"),
                                 mc_counter_slip_or_dots (mc_dossier_get_applicant_name (dossier)));
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "address"),
                                 mc_counter_slip_or_dots (mc_dossier_get_address (dossier)));
  mc_counter_slip_add_contact (writer, dossier, texts);
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "request"),
                                 mc_counter_slip_or_dots (mc_dossier_get_procedure_name (dossier)));

  body = mc_counter_slip_body_style ();
  reason = mc_text_strip_final_stop (refusal_event->note);
  paragraph = mc_form_template_format (texts, "refusal",
                                       "agency", mc_counter_slip_or_dots (office->agency_name),
                                       "reason", *reason != '\0' ? reason : DOTS DOTS,
                                       NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "closing"), &body);
  mc_pdf_writer_add_space (writer, 6);

  signers[1].title = mc_form_template_get (texts, "receiver-signs");
  signers[1].hint = mc_form_template_get (texts, "signature-hint");
  signers[1].name = refusal_event->actor_id != 0 ? refusal_event->actor_name : NULL;
  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));

  return mc_pdf_writer_finish (writer, error);
}
