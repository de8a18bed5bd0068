/* mc-apology-letter.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-apology-letter"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-apology-letter.h"
#include "mc-appointment-slip.h"
#include "mc-document-header.h"
#include "mc-error.h"
#include "mc-pdf-writer.h"
#include "mc-text.h"

/* Mẫu số 04 of Thông tư 01/2018/TT-VPCP: Phiếu xin lỗi và hẹn lại ngày
 * trả kết quả, on A5 portrait. Unlike the counter slips it is signed by
 * the competent authority, the commune's People's Committee, so the
 * heading names the committee and the signature block and "Nơi nhận"
 * follow Nghị định 30/2020 (boxes 7 and 9b), shrunk for A5 like the rest
 * of the form.
 *
 * What it prints comes from the dossier and from the APOLOGIZE step: the
 * step's time is the letter's date, its note the reason for the delay.
 * The step's details (a JSON object) may carry "number" (the letter's
 * number, such as "05"), "reason", "previous_due_at" and "new_due_at"
 * (ISO 8601); otherwise the previous appointment is the dossier's
 * original one and the new appointment its current one, which the
 * apology set (there is only one apology per dossier).
 *
 * The form's words are the circular's and are printed in Vietnamese
 * whatever the interface language: they are not marked for translation. */

#define DOTS "……………………"

static JsonObject *
parse_details (const char *details)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  if (details == NULL || *details == '\0')
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, details, -1, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

static const char *
get_detail (JsonObject *details,
            const char *member)
{
  JsonNode *node;
  const char *value;

  if (details == NULL || !json_object_has_member (details, member))
    return NULL;

  node = json_object_get_member (details, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  value = json_node_get_string (node);
  return value != NULL && *value != '\0' ? value : NULL;
}

static GDateTime *
get_detail_time (JsonObject *details,
                 const char *member,
                 GDateTime  *fallback)
{
  const char *text = get_detail (details, member);
  GDateTime *time = NULL;

  if (text != NULL)
    time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL && fallback != NULL)
    time = g_date_time_ref (fallback);

  return time;
}

static void
render_signature (McPdfWriter           *writer,
                  const McApologySigner *signer)
{
  const double body = mc_pdf_writer_get_body_size (writer);
  const double text_width = mc_pdf_writer_get_text_width (writer);
  /* Nghị định 30/2020 sets "Nơi nhận:" at 12 pt and its list at 11 pt
   * on A4, next to a 13 pt body; the same proportions here. */
  const McTextStyle recipients_title = { body * 12 / 13, MC_TEXT_BOLD | MC_TEXT_ITALIC, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  const McTextStyle recipients = { body * 11 / 13, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  const McTextStyle title_style = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle hint_style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle name_style = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  static const char * const recipient_lines[] = {
    "- Như trên;",
    "- Lưu: VT, Bộ phận một cửa.",
  };
  const double left_width = text_width * 0.42;
  const double right_x = left_width;
  const double right_width = text_width - left_width;
  const char *authority = MC_APOLOGY_AUTHORITY;
  const char *capacity = NULL;
  const char *title = DOTS;
  const char *name = DOTS;
  g_autoptr(GString) heading = g_string_new (NULL);
  double left_height = 0, right_height = 0;

  if (signer != NULL)
    {
      if (signer->authority != NULL)
        authority = signer->authority;
      capacity = signer->capacity;
      if (signer->title != NULL && *signer->title != '\0')
        title = signer->title;
      if (signer->name != NULL && *signer->name != '\0')
        name = signer->name;
    }

  if (authority != NULL && *authority != '\0')
    g_string_append_printf (heading, "%s\n", authority);
  if (capacity != NULL && *capacity != '\0')
    g_string_append_printf (heading, "%s\n", capacity);
  g_string_append (heading, title);

  for (guint pass = 0; pass < 2; pass++)
    {
      double dy = 0, h;

      /* The signer, right. */
      mc_pdf_writer_measure_text (writer, heading->str, &title_style, right_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, heading->str, &title_style, right_x, dy, right_width);
      dy += h;
      mc_pdf_writer_measure_text (writer, "(Ký, ghi rõ họ tên và đóng dấu)", &hint_style,
                                  right_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, "(Ký, ghi rõ họ tên và đóng dấu)", &hint_style,
                                 right_x, dy, right_width);
      dy += h + body * 4.5;
      mc_pdf_writer_measure_text (writer, name, &name_style, right_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, name, &name_style, right_x, dy, right_width);
      dy += h;
      right_height = dy;

      /* The recipients, left, level with the signer's first line. */
      dy = 0;
      mc_pdf_writer_measure_text (writer, "Nơi nhận:", &recipients_title, left_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, "Nơi nhận:", &recipients_title, 0, dy, left_width);
      dy += h;
      for (guint i = 0; i < G_N_ELEMENTS (recipient_lines); i++)
        {
          mc_pdf_writer_measure_text (writer, recipient_lines[i], &recipients, left_width, NULL, &h);
          if (pass == 1)
            mc_pdf_writer_draw_text (writer, recipient_lines[i], &recipients, 0, dy, left_width);
          dy += h;
        }
      left_height = dy;

      if (pass == 0)
        mc_pdf_writer_ensure_space (writer, MAX (left_height, right_height));
    }

  mc_pdf_writer_advance (writer, MAX (left_height, right_height));
}

/**
 * mc_apology_letter_render:
 * @dossier: the late dossier
 * @apology_event: its %MC_DOSSIER_ACTION_APOLOGIZE step
 * @office: the office
 * @signer: (nullable): who signs for the committee; %NULL leaves the
 *   title and the name dotted
 * @error: return location for a #GError
 *
 * Renders Mẫu số 04 on A5 portrait: the letter of apology that sets the
 * new appointment of a late dossier.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if @apology_event is not an apology
 */
GBytes *
mc_apology_letter_render (McDossier              *dossier,
                          const McDossierEvent   *apology_event,
                          const McOfficeIdentity *office,
                          const McApologySigner  *signer,
                          GError                **error)
{
  const McTextStyle centred = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 8 };
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(JsonObject) details = NULL;
  g_autoptr(GDateTime) previous_due = NULL;
  g_autoptr(GDateTime) new_due = NULL;
  g_autofree char *agency_upper = NULL;
  g_autofree char *number = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *addressee = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *received = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *renewed = NULL;
  g_autofree char *paragraph = NULL;
  McDocumentHeader header = { NULL, };
  McTextStyle body;
  const char *agency;
  const char *you;
  const char *applicant;
  const char *reason_text;
  GDateTime *received_at;
  GDateTime *letter_time;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (apology_event != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (apology_event->action != MC_DOSSIER_ACTION_APOLOGIZE)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("An apology letter is printed from the step that apologized and "
                             "set the new appointment."));
      return NULL;
    }

  details = parse_details (apology_event->details);
  agency = office->agency_name != NULL && *office->agency_name != '\0'
    ? office->agency_name : "Ủy ban nhân dân xã";
  you = mc_dossier_get_applicant_type (dossier) == MC_APPLICANT_ORGANISATION ? "Quý tổ chức" : "Ông/Bà";
  applicant = mc_dossier_get_applicant_name (dossier);
  if (applicant == NULL || *applicant == '\0')
    applicant = DOTS;
  received_at = mc_dossier_get_received_at (dossier);
  letter_time = apology_event->effective_time;
  previous_due = get_detail_time (details, "previous_due_at", mc_dossier_get_original_due_at (dossier));
  new_due = get_detail_time (details, "new_due_at", mc_dossier_get_due_at (dossier));
  reason_text = get_detail (details, "reason");
  if (reason_text == NULL)
    reason_text = apology_event->note;

  writer = mc_pdf_writer_new (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, NULL);
  subject = g_strdup_printf ("Mã hồ sơ: %s", mc_dossier_get_code (dossier));
  mc_pdf_writer_set_metadata (writer, "Phiếu xin lỗi và hẹn lại ngày trả kết quả", agency, subject);

  /* Heading: the committee, which signs (boxes 1 to 4). */
  agency_upper = g_utf8_strup (agency, -1);
  number = g_strdup_printf ("Số: %s/PXL",
                            get_detail (details, "number") != NULL ? get_detail (details, "number") : "……");
  place_date = mc_format_legal_date_at (letter_time, office->place_name);
  header.agency = agency_upper;
  header.number = number;
  header.place_date = place_date;
  mc_document_header_render (writer, &header);

  mc_pdf_writer_add_heading (writer, "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                             mc_pdf_writer_get_body_size (writer) + 1);
  addressee = g_strdup_printf ("Kính gửi: %s", applicant);
  mc_pdf_writer_add_paragraph (writer, addressee, &centred);

  /* Nghị định 30/2020: justified, the first line indented 1 cm, which
   * A5 shrinks by √2 like the rest. */
  body = (McTextStyle) { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_JUSTIFY, 28.35 / G_SQRT2, 0, 3 };

  received = mc_format_slip_time (received_at);
  paragraph = g_strdup_printf ("Vào lúc %s, %s tiếp nhận giải quyết hồ sơ của %s: %s.",
                               received, agency, you, applicant);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  paragraph = g_strdup_printf ("Nội dung yêu cầu giải quyết: %s.",
                               mc_dossier_get_procedure_name (dossier) != NULL
                                 ? mc_dossier_get_procedure_name (dossier) : DOTS);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  paragraph = g_strdup_printf ("Mã hồ sơ: %s.", mc_dossier_get_code (dossier));
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  previous = mc_format_slip_time (previous_due);
  paragraph = g_strdup_printf ("Thời hẹn trả kết quả giải quyết hồ sơ: %s.", previous);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  paragraph = g_strdup_printf ("Tuy nhiên đến nay, %s chưa trả kết quả giải quyết hồ sơ của %s.",
                               agency, you);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  reason = reason_text != NULL ? mc_text_strip_final_stop (reason_text) : NULL;
  if (reason == NULL || *reason == '\0')
    {
      g_free (reason);
      reason = g_strdup (DOTS DOTS);
    }
  paragraph = g_strdup_printf ("Lý do: %s.", reason);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  renewed = mc_format_slip_time (new_due);
  paragraph = g_strdup_printf ("Sự chậm trễ này đã gây phiền hà cho %s. %s xin lỗi %s và sẽ trả "
                               "kết quả giải quyết hồ sơ cho %s vào lúc %s.",
                               you, agency, you, you, renewed);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  mc_pdf_writer_add_paragraph (writer, "Xin trân trọng cảm ơn./.", &body);
  mc_pdf_writer_add_space (writer, 6);

  render_signature (writer, signer);

  return mc_pdf_writer_finish (writer, error);
}
