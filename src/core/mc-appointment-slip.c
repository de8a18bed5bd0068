/* mc-appointment-slip.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-appointment-slip"

#include "config.h"

#include <json-glib/json-glib.h>

#include "mc-appointment-slip.h"
#include "mc-document-header.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"

/* Mẫu số 01 of Thông tư 01/2018/TT-VPCP: Giấy tiếp nhận hồ sơ và hẹn
 * trả kết quả, on A5. The slip is made out in two copies (liên), one
 * kept with the dossier and one handed to the applicant, so the PDF
 * holds both, each starting on its own page.
 *
 * The form's words are the circular's and are printed in Vietnamese
 * whatever the interface language: they are not marked for translation.
 * Rendering takes no "now": every date comes from the dossier, so the
 * same dossier always gives the same text.
 *
 * Each liên carries in its upper-left corner the QR code of Thông tư
 * 01/2023/TT-VPCP (mc_appointment_slip_qr_payload()). A liên that runs
 * onto more pages numbers them from 2 in the top margin, counting within
 * the liên, and opens each with "(Liên 1: Lưu (tiếp theo))", so that a
 * loose sheet says where it belongs. */

/* The QR code's title is read by machines: it stays fixed when an
 * office changes the printed title. */
#define SLIP_TITLE "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
#define SLIP_SYSTEM "Một Cửa"

/* The texts of the two liên in forms/appointment-slip.json. */
static const char * const copy_keys[] = { "copy-1", "copy-2" };

static void
add_time (JsonBuilder *builder,
          const char  *name,
          GDateTime   *time)
{
  json_builder_set_member_name (builder, name);
  if (time != NULL)
    {
      g_autofree char *text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S%:z");

      json_builder_add_string_value (builder, text);
    }
  else
    {
      json_builder_add_null_value (builder);
    }
}

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value != NULL ? value : "");
}

/**
 * mc_appointment_slip_qr_payload:
 * @dossier: the dossier received
 *
 * The text of the slip's QR code: one line of JSON, UTF-8, with these
 * members in this order:
 *
 * - "maHoSo": the dossier code
 * - "maTTHC": the procedure code
 * - "soGiayTo": the applicant's ID number ("" if not recorded)
 * - "tieuDe": the document's title, "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
 * - "heThong": the issuing system, "Một Cửa"
 * - "thoiGianCap": when the slip was issued, the dossier's receipt, as
 *   ISO 8601 with its offset ("2026-02-05T08:07:00+07:00")
 * - "thoiGianHen": the appointment, the dossier's due moment, likewise;
 *   null if there is none
 *
 * Returns: (transfer full): the payload
 */
char *
mc_appointment_slip_qr_payload (McDossier *dossier)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);

  json_builder_begin_object (builder);
  add_string (builder, "maHoSo", mc_dossier_get_code (dossier));
  add_string (builder, "maTTHC", mc_dossier_get_procedure_code (dossier));
  add_string (builder, "soGiayTo", mc_dossier_get_id_number (dossier));
  add_string (builder, "tieuDe", SLIP_TITLE);
  add_string (builder, "heThong", SLIP_SYSTEM);
  add_time (builder, "thoiGianCap", mc_dossier_get_received_at (dossier));
  add_time (builder, "thoiGianHen", mc_dossier_get_due_at (dossier));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

/**
 * mc_format_slip_time:
 * @time: (nullable): a time
 *
 * Formats a time as the slip prints it, "HH giờ mm phút, ngày dd tháng MM
 * năm yyyy", in the time's own zone.
 *
 * Returns: (transfer full): the text; a dotted blank for %NULL
 */
char *
mc_format_slip_time (GDateTime *time)
{
  if (time == NULL)
    return g_strdup ("…… giờ …… phút, ngày …… tháng …… năm ……");

  return g_date_time_format (time, "%H giờ %M phút, ngày %d tháng %m năm %Y");
}

/**
 * mc_format_slip_duration:
 * @value: the processing time, such as 5 or 0.5
 * @unit: its unit
 *
 * Formats a processing time for item 3 of the slip, in Vietnamese
 * whatever the interface language: whole numbers below 10 padded with
 * a zero, as officials write them, and a decimal comma.
 *
 * Returns: (transfer full): such as "05 ngày làm việc", "0,5 ngày" or
 *   "trong ngày"
 */
char *
mc_format_slip_duration (double     value,
                         McTimeUnit unit)
{
  g_autofree char *number = NULL;
  const char *unit_name;

  /* Results given on the day of receipt. */
  if (value == 0 && unit != MC_TIME_UNIT_HOURS)
    return g_strdup ("trong ngày");

  if (value == (double) (gint64) value)
    {
      number = g_strdup_printf ("%02" G_GINT64_FORMAT, (gint64) value);
    }
  else
    {
      char buffer[G_ASCII_DTOSTR_BUF_SIZE];

      number = g_strdelimit (g_strdup (g_ascii_formatd (buffer, sizeof buffer, "%g", value)), ".", ',');
    }

  if (unit == MC_TIME_UNIT_HOURS)
    unit_name = "giờ";
  else if (unit == MC_TIME_UNIT_CALENDAR_DAYS)
    unit_name = "ngày";
  else
    unit_name = "ngày làm việc";

  return g_strdup_printf ("%s %s", number, unit_name);
}

static char *
component_copies (guint count)
{
  return count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("");
}

static void
render_copy (McPdfWriter                   *writer,
             McDossier                     *dossier,
             GPtrArray                     *components,
             const McOfficeIdentity        *identity,
             const McAppointmentSlipExtras *extras,
             McQrCode                      *qr,
             McFormTemplate                *texts,
             const char                    *copy_label)
{
  const McPdfColumn columns[] = {
    { mc_form_template_get (texts, "column-number"), 0.08, MC_TEXT_ALIGN_CENTER },
    { mc_form_template_get (texts, "column-paper"), 0.60, MC_TEXT_ALIGN_LEFT },
    { mc_form_template_get (texts, "column-originals"), 0.16, MC_TEXT_ALIGN_CENTER },
    { mc_form_template_get (texts, "column-copies"), 0.16, MC_TEXT_ALIGN_CENTER },
  };
  const McTextStyle centred = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle centred_italic = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 3 };
  const McTextStyle item = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 2 };
  const McTextStyle note_title = { 0, MC_TEXT_BOLD | MC_TEXT_ITALIC, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  const McTextStyle note = { 8.5, MC_TEXT_ITALIC, MC_TEXT_ALIGN_JUSTIFY, 0, 0, 0 };
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *agency = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *code_line = NULL;
  g_autofree char *copy_line = NULL;
  const char *contact[] = {
    mc_form_template_get (texts, "phone"), NULL, mc_form_template_get (texts, "email"), NULL, NULL
  };
  g_autofree char *set_count = NULL;
  g_autofree char *sets = NULL;
  g_autofree char *item3 = NULL;
  g_autofree char *received = NULL;
  g_autofree char *due = NULL;
  g_autofree char *item4 = NULL;
  g_autofree char *item5 = NULL;
  g_autofree char *item6 = NULL;
  g_autofree char *book = NULL;
  GDateTime *received_at = mc_dossier_get_received_at (dossier);
  const char *phone = mc_dossier_get_phone (dossier) != NULL ? mc_dossier_get_phone (dossier) : "";
  const char *email = mc_dossier_get_email (dossier) != NULL ? mc_dossier_get_email (dossier) : "";
  McDocumentHeader header = { NULL, };
  McSignatureBlock signers[2] = {
    {
      mc_form_template_get (texts, "applicant-signs"),
      mc_form_template_get (texts, "signature-hint"),
      mc_dossier_get_applicant_name (dossier)
    },
    {
      mc_form_template_get (texts, "receiver-signs"),
      mc_form_template_get (texts, "signature-hint"),
      extras->receiver_name
    },
  };

  agency = g_utf8_strup (identity->agency_name, -1);
  counter = g_utf8_strup (identity->counter_name, -1);
  place_date = mc_format_legal_date_at (received_at, identity->place_name);
  header.superior = *agency != '\0' ? agency : NULL;
  header.agency = counter;
  header.place_date = place_date;
  mc_document_header_render_with_qr (writer, &header, qr);

  mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"),
                             mc_pdf_writer_get_body_size (writer) + 1);
  code_line = mc_form_template_format (texts, "code", "code", mc_dossier_get_code (dossier), NULL);
  mc_pdf_writer_add_paragraph (writer, code_line, &centred);
  copy_line = g_strdup_printf ("(%s)", copy_label);
  mc_pdf_writer_add_paragraph (writer, copy_line, &centred_italic);

  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "counter"),
                                 identity->agency_name);
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "applicant"),
                                 mc_dossier_get_applicant_name (dossier));
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "address"),
                                 mc_dossier_get_address (dossier));
  contact[1] = phone;
  contact[3] = email;
  mc_pdf_writer_add_label_values (writer, contact);
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "request"),
                                 mc_dossier_get_procedure_name (dossier));

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "item-1"), &item);
  for (guint i = 0; components != NULL && i < components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (components, i);
      char **row = g_new0 (char *, 5);

      row[0] = g_strdup_printf ("%u", i + 1);
      row[1] = g_strdup (component->name);
      row[2] = component_copies (component->originals);
      row[3] = component_copies (component->copies);
      g_ptr_array_add (rows, row);
    }
  if (rows->len > 0)
    mc_pdf_writer_add_table (writer, columns, G_N_ELEMENTS (columns), rows);
  else
    mc_pdf_writer_add_paragraph (writer, "(1) ……………………………………", &item);

  set_count = g_strdup_printf ("%02u", MAX (mc_dossier_get_set_count (dossier), 1));
  sets = mc_form_template_format (texts, "item-2", "sets", set_count, NULL);
  mc_pdf_writer_add_paragraph (writer, sets, &item);
  item3 = mc_form_template_format (texts, "item-3", "processing_time",
                                   extras->processing_time != NULL
                                     ? extras->processing_time : "…… ngày làm việc",
                                   NULL);
  mc_pdf_writer_add_paragraph (writer, item3, &item);
  received = mc_format_slip_time (received_at);
  item4 = mc_form_template_format (texts, "item-4", "received", received, NULL);
  mc_pdf_writer_add_paragraph (writer, item4, &item);
  due = mc_format_slip_time (mc_dossier_get_due_at (dossier));
  item5 = mc_form_template_format (texts, "item-5", "due", due, NULL);
  mc_pdf_writer_add_paragraph (writer, item5, &item);
  item6 = mc_form_template_format (texts, "item-6", "place",
                                   mc_dossier_get_delivery_by_post (dossier)
                                     ? mc_form_template_get (texts, "delivery-by-post")
                                     : identity->counter_name,
                                   NULL);
  mc_pdf_writer_add_paragraph (writer, item6, &item);
  book = mc_form_template_format (texts, "book",
                                  "volume", extras->book_volume != NULL ? extras->book_volume : "……",
                                  "index", extras->book_index != NULL ? extras->book_index : "……",
                                  NULL);
  mc_pdf_writer_add_paragraph (writer, book, &item);
  /* Tight spacing: with the QR code the liên still fits an A5 page. */
  mc_pdf_writer_add_space (writer, 3);

  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));
  mc_pdf_writer_add_space (writer, 1);

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "note-title"), &note_title);
  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "note-1"), &note);
  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "note-2"), &note);
}

/**
 * mc_appointment_slip_render_full:
 * @dossier: the dossier received
 * @components: (element-type McDossierComponent) (nullable): its papers;
 *   %NULL for those of @dossier
 * @identity: the office
 * @extras: (nullable): what the slip prints besides the dossier
 * @error: return location for a #GError
 *
 * Renders Mẫu số 01 on A5 portrait, both copies, each from a new page.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
mc_appointment_slip_render_full (McDossier                     *dossier,
                                 GPtrArray                     *components,
                                 const McOfficeIdentity        *identity,
                                 const McAppointmentSlipExtras *extras,
                                 GError                       **error)
{
  g_autoptr(McPdfWriter) writer = NULL;
  g_autofree char *subject = NULL;
  g_autofree char *payload = NULL;
  g_autoptr(McQrCode) qr = NULL;
  g_autoptr(McFormTemplate) texts = NULL;
  McAppointmentSlipExtras none = { NULL, };

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (identity != NULL, NULL);

  if (components == NULL)
    components = mc_dossier_get_components (dossier);
  if (extras == NULL)
    extras = &none;

  texts = mc_form_template_load ("appointment-slip", error);
  if (texts == NULL)
    return NULL;

  payload = mc_appointment_slip_qr_payload (dossier);
  qr = mc_qr_code_new (payload, error);
  if (qr == NULL)
    return NULL;

  writer = mc_pdf_writer_new (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, NULL);
  mc_pdf_writer_set_page_numbers (writer, TRUE);
  subject = mc_form_template_format (texts, "code", "code", mc_dossier_get_code (dossier), NULL);
  mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                              identity->agency_name, subject);

  for (guint i = 0; i < G_N_ELEMENTS (copy_keys); i++)
    {
      const char *copy_label = mc_form_template_get (texts, copy_keys[i]);
      g_autofree char *head = g_strdup_printf ("(%s (tiếp theo))", copy_label);

      mc_pdf_writer_start_section (writer, head);
      render_copy (writer, dossier, components, identity, extras, qr, texts, copy_label);
    }

  return mc_pdf_writer_finish (writer, error);
}

/**
 * mc_appointment_slip_render:
 * @dossier: the dossier received
 * @components: (element-type McDossierComponent) (nullable): its papers
 * @identity: the office
 * @error: return location for a #GError
 *
 * mc_appointment_slip_render_full() without extras.
 *
 * Returns: (transfer full): the PDF, or %NULL with @error set
 */
GBytes *
mc_appointment_slip_render (McDossier               *dossier,
                            GPtrArray               *components,
                            const McOfficeIdentity  *identity,
                            GError                 **error)
{
  return mc_appointment_slip_render_full (dossier, components, identity, NULL, error);
}
