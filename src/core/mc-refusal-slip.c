/* mc-refusal-slip.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-refusal-slip"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-document-header.h"
#include "mc-error.h"
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

#define DOTS "……………………"

static const char *
or_dots (const char *text)
{
  return text != NULL && *text != '\0' ? text : DOTS;
}

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
  const McTextStyle centred = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 4 };
  g_autoptr(McPdfWriter) writer = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *code_line = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *paragraph = NULL;
  const char *contact[] = { "Số điện thoại:", NULL, "Email:", NULL, NULL };
  McDocumentHeader header = { NULL, };
  McSignatureBlock signers[2] = {
    { "", NULL, NULL },
    { "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)", NULL },
  };
  McTextStyle body;
  GDateTime *slip_time;

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

  writer = mc_pdf_writer_new (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, NULL);
  subject = g_strdup_printf ("Mã hồ sơ: %s", mc_dossier_get_code (dossier));
  mc_pdf_writer_set_metadata (writer, "Phiếu từ chối tiếp nhận giải quyết hồ sơ",
                              office->agency_name, subject);

  /* Heading: the commune above its counter, as on the receipt slip. */
  agency = g_utf8_strup (office->agency_name != NULL ? office->agency_name : "", -1);
  counter = g_utf8_strup (office->counter_name != NULL ? office->counter_name : "", -1);
  slip_time = refusal_event->effective_time;
  place_date = mc_format_legal_date_at (slip_time, office->place_name);
  header.superior = *agency != '\0' ? agency : NULL;
  header.agency = counter;
  header.number = "Số: ……/TCHS";
  header.place_date = place_date;
  mc_document_header_render (writer, &header);

  mc_pdf_writer_add_heading (writer, "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                             mc_pdf_writer_get_body_size (writer) + 1);
  code_line = g_strdup_printf ("Mã hồ sơ: %s", mc_dossier_get_code (dossier));
  mc_pdf_writer_add_paragraph (writer, code_line, &centred);

  mc_pdf_writer_add_label_value (writer, "Bộ phận tiếp nhận và trả kết quả:", or_dots (office->agency_name));
  mc_pdf_writer_add_label_value (writer, "Tiếp nhận hồ sơ của:", or_dots (mc_dossier_get_applicant_name (dossier)));
  mc_pdf_writer_add_label_value (writer, "Địa chỉ:", or_dots (mc_dossier_get_address (dossier)));
  contact[1] = mc_dossier_get_phone (dossier) != NULL ? mc_dossier_get_phone (dossier) : "";
  contact[3] = mc_dossier_get_email (dossier) != NULL ? mc_dossier_get_email (dossier) : "";
  mc_pdf_writer_add_label_values (writer, contact);
  mc_pdf_writer_add_label_value (writer, "Nội dung yêu cầu giải quyết:",
                                 or_dots (mc_dossier_get_procedure_name (dossier)));

  /* Nghị định 30/2020: justified, the first line indented 1 cm, which
   * A5 shrinks by √2 like the rest. */
  body = (McTextStyle) { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_JUSTIFY, 28.35 / G_SQRT2, 0, 3 };
  reason = mc_text_strip_final_stop (refusal_event->note);
  paragraph = g_strdup_printf ("Qua xem xét, Bộ phận tiếp nhận và trả kết quả %s thông báo không "
                               "tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: %s.",
                               or_dots (office->agency_name),
                               *reason != '\0' ? reason : DOTS DOTS);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  mc_pdf_writer_add_paragraph (writer, "Xin thông báo cho Ông/Bà được biết và thực hiện./.", &body);
  mc_pdf_writer_add_space (writer, 6);

  signers[1].name = refusal_event->actor_id != 0 ? refusal_event->actor_name : NULL;
  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));

  return mc_pdf_writer_finish (writer, error);
}
