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
#include "mc-form-template.h"
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

static GDateTime *
get_detail_time (JsonObject *details,
                 const char *member,
                 GDateTime  *fallback)
{
  const char *text = mc_dossier_details_get_text (details, member);
  GDateTime *time = NULL;

  if (text != NULL)
    time = g_date_time_new_from_iso8601 (text, NULL);
  if (time == NULL && fallback != NULL)
    time = g_date_time_ref (fallback);

  return time;
}

static void
render_signature (McPdfWriter           *writer,
                  McFormTemplate        *texts,
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
  const char *hint = mc_form_template_get (texts, "signature-hint");
  const char *recipients_heading = mc_form_template_get (texts, "recipients-title");
  g_auto(GStrv) recipient_lines = g_strsplit (mc_form_template_get (texts, "recipients"), "\n", -1);
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
      mc_pdf_writer_measure_text (writer, hint, &hint_style, right_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, hint, &hint_style, right_x, dy, right_width);
      dy += h + body * 4.5;
      mc_pdf_writer_measure_text (writer, name, &name_style, right_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, name, &name_style, right_x, dy, right_width);
      dy += h;
      right_height = dy;

      /* The recipients, left, level with the signer's first line. */
      dy = 0;
      mc_pdf_writer_measure_text (writer, recipients_heading, &recipients_title, left_width, NULL, &h);
      if (pass == 1)
        mc_pdf_writer_draw_text (writer, recipients_heading, &recipients_title, 0, dy, left_width);
      dy += h;
      for (guint i = 0; recipient_lines[i] != NULL; i++)
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

/* The committee's leader of the settings signs when the caller names
 * no one. */
static void
signer_from_office (const McOfficeIdentity *office,
                    McApologySigner        *signer)
{
  signer->authority = NULL;
  signer->capacity = office->leader_capacity;
  signer->title = office->leader_title;
  signer->name = office->leader_name;
}

static gboolean
check_apology (const McDossierEvent  *apology_event,
               GError               **error)
{
  if (apology_event->action != MC_DOSSIER_ACTION_APOLOGIZE)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("An apology letter is printed from the step that apologized and "
                             "set the new appointment."));
      return FALSE;
    }

  return TRUE;
}

static void
add_body_paragraph (McPdfWriter       *writer,
                    char              *text,
                    const McTextStyle *style)
{
  mc_pdf_writer_add_paragraph (writer, text, style);
  g_free (text);
}

static void
render_letter (McPdfWriter            *writer,
               McFormTemplate         *texts,
               McDossier              *dossier,
               const McDossierEvent   *apology_event,
               const McOfficeIdentity *office,
               const McApologySigner  *signer)
{
  const McTextStyle centred = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 8 };
  g_autoptr(JsonObject) details = NULL;
  g_autoptr(GDateTime) previous_due = NULL;
  g_autoptr(GDateTime) new_due = NULL;
  g_autofree char *agency_upper = NULL;
  g_autofree char *number = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *addressee = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *received = NULL;
  g_autofree char *previous = NULL;
  g_autofree char *renewed = NULL;
  McDocumentHeader header = { NULL, };
  McTextStyle body;
  const char *agency;
  const char *you;
  const char *applicant;
  const char *reason_text;
  const char *procedure;

  details = mc_dossier_event_parse_details (apology_event);
  agency = office->agency_name != NULL && *office->agency_name != '\0'
    ? office->agency_name : mc_form_template_get (texts, "default-agency");
  you = mc_form_template_get (texts,
                              mc_dossier_get_applicant_type (dossier) == MC_APPLICANT_ORGANISATION
                                ? "you-organisation" : "you-citizen");
  applicant = mc_dossier_get_applicant_name (dossier);
  if (applicant == NULL || *applicant == '\0')
    applicant = DOTS;
  procedure = mc_dossier_get_procedure_name (dossier) != NULL
    ? mc_dossier_get_procedure_name (dossier) : DOTS;
  previous_due = get_detail_time (details, "previous_due_at", mc_dossier_get_original_due_at (dossier));
  new_due = get_detail_time (details, "new_due_at", mc_dossier_get_due_at (dossier));
  reason_text = mc_dossier_details_get_text (details, "reason");
  if (reason_text == NULL)
    reason_text = apology_event->note;

  /* Heading: the committee, which signs (boxes 1 to 4). */
  agency_upper = g_utf8_strup (agency, -1);
  number = mc_form_template_format (texts, "number", "number",
                                    mc_dossier_details_get_text (details, "number") != NULL
                                      ? mc_dossier_details_get_text (details, "number") : "……",
                                    NULL);
  place_date = mc_format_legal_date_at (apology_event->effective_time, office->place_name);
  header.agency = agency_upper;
  header.number = number;
  header.place_date = place_date;
  mc_document_header_render (writer, &header);

  mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"),
                             mc_pdf_writer_get_body_size (writer) + 1);
  addressee = mc_form_template_format (texts, "addressee", "applicant", applicant, NULL);
  mc_pdf_writer_add_paragraph (writer, addressee, &centred);

  /* Nghị định 30/2020: justified, the first line indented 1 cm, which
   * A5 shrinks by √2 like the rest. */
  body = (McTextStyle) { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_JUSTIFY, 28.35 / G_SQRT2, 0, 3 };

  received = mc_format_slip_time (mc_dossier_get_received_at (dossier));
  previous = mc_format_slip_time (previous_due);
  renewed = mc_format_slip_time (new_due);
  reason = reason_text != NULL ? mc_text_strip_final_stop (reason_text) : NULL;
  if (reason == NULL || *reason == '\0')
    {
      g_free (reason);
      reason = g_strdup (DOTS DOTS);
    }

  add_body_paragraph (writer,
                      mc_form_template_format (texts, "received", "received", received,
                                               "agency", agency, "you", you,
                                               "applicant", applicant, NULL),
                      &body);
  add_body_paragraph (writer,
                      mc_form_template_format (texts, "request", "procedure", procedure, NULL),
                      &body);
  add_body_paragraph (writer,
                      mc_form_template_format (texts, "code", "code", mc_dossier_get_code (dossier),
                                               NULL),
                      &body);
  add_body_paragraph (writer,
                      mc_form_template_format (texts, "previous-due", "previous_due", previous, NULL),
                      &body);
  add_body_paragraph (writer,
                      mc_form_template_format (texts, "not-yet", "agency", agency, "you", you, NULL),
                      &body);
  add_body_paragraph (writer,
                      mc_form_template_format (texts, "reason", "reason", reason, NULL),
                      &body);
  add_body_paragraph (writer,
                      mc_form_template_format (texts, "apology", "you", you, "agency", agency,
                                               "new_due", renewed, NULL),
                      &body);
  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "thanks"), &body);
  mc_pdf_writer_add_space (writer, 6);

  render_signature (writer, texts, signer);
}

/**
 * mc_apology_letter_render:
 * @dossier: the late dossier
 * @apology_event: its %MC_DOSSIER_ACTION_APOLOGIZE step
 * @office: the office
 * @signer: (nullable): who signs for the committee; %NULL for the
 *   leader of @office's settings, whose lines are left dotted if unset
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
  g_autoptr(GPtrArray) dossiers = g_ptr_array_new ();
  g_autoptr(GPtrArray) events = g_ptr_array_new ();

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (apology_event != NULL, NULL);

  g_ptr_array_add (dossiers, dossier);
  g_ptr_array_add (events, (gpointer) apology_event);

  return mc_apology_letter_render_many (dossiers, events, office, signer, error);
}

/**
 * mc_apology_letter_render_many:
 * @dossiers: (element-type McDossier): late dossiers
 * @apology_events: (element-type McDossierEvent): the apology step of
 *   each, in the same order
 * @office: the office
 * @signer: (nullable): as for mc_apology_letter_render()
 * @error: return location for a #GError
 *
 * Renders the letters one after the other, each from a new page, for the
 * leader to sign them in one sitting and the counter to print them in one
 * job.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if a step is not an apology or there is no letter
 */
GBytes *
mc_apology_letter_render_many (GPtrArray              *dossiers,
                               GPtrArray              *apology_events,
                               const McOfficeIdentity *office,
                               const McApologySigner  *signer,
                               GError                **error)
{
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autofree char *subject = NULL;
  McApologySigner office_signer;
  const char *agency;

  g_return_val_if_fail (dossiers != NULL, NULL);
  g_return_val_if_fail (apology_events != NULL, NULL);
  g_return_val_if_fail (dossiers->len == apology_events->len, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (dossiers->len == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID, _("There is no apology letter to print."));
      return NULL;
    }

  for (guint i = 0; i < apology_events->len; i++)
    if (!check_apology (g_ptr_array_index (apology_events, i), error))
      return NULL;

  texts = mc_form_template_load ("apology-letter", error);
  if (texts == NULL)
    return NULL;

  if (signer == NULL)
    {
      signer_from_office (office, &office_signer);
      signer = &office_signer;
    }

  writer = mc_pdf_writer_new (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, NULL);
  agency = office->agency_name != NULL && *office->agency_name != '\0'
    ? office->agency_name : mc_form_template_get (texts, "default-agency");
  if (dossiers->len == 1)
    subject = mc_form_template_format (texts, "subject",
                                       "code", mc_dossier_get_code (g_ptr_array_index (dossiers, 0)),
                                       NULL);
  else
    {
      g_autofree char *count = g_strdup_printf ("%u", dossiers->len);

      subject = mc_form_template_format (texts, "subject-many", "count", count, NULL);
    }
  mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"), agency, subject);

  for (guint i = 0; i < dossiers->len; i++)
    {
      mc_pdf_writer_start_section (writer, NULL);
      render_letter (writer, texts, g_ptr_array_index (dossiers, i),
                     g_ptr_array_index (apology_events, i), office, signer);
    }

  return mc_pdf_writer_finish (writer, error);
}
