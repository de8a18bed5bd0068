/* mc-counter-slip.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-counter-slip"

#include "config.h"

#include "mc-counter-slip.h"
#include "mc-document-header.h"

/* What the slips the counter issues on A5 (Mẫu 02, 03 and 05 of Thông
 * tư 01/2018/TT-VPCP) have in common: the commune above its counter in
 * the heading, the form's title and the dossier's code, the citizen's
 * contact line, and the body's paragraph style. Their texts come from
 * the form's template: "title", "number" (when the form has one),
 * "code", "phone" and "email". */

/* The document's title as a viewer lists it: "Phiếu từ chối …". */
static char *
sentence_case (const char *capitals)
{
  g_autofree char *lower = g_utf8_strdown (capitals, -1);
  char first[8] = { 0, };

  g_unichar_to_utf8 (g_unichar_toupper (g_utf8_get_char (lower)), first);
  return g_strconcat (first, g_utf8_next_char (lower), NULL);
}

/**
 * mc_counter_slip_begin:
 * @dossier: the dossier
 * @office: the office
 * @texts: the form's texts: its "title" in capitals, its "number" line
 *   such as "Số: ……/TCHS" if it has one, and "code"
 * @dated: (nullable): the slip's date; %NULL leaves it dotted
 *
 * Starts an A5 portrait slip of @dossier: its metadata, the Nghị định 30
 * heading, the title and the dossier's code.
 *
 * Returns: (transfer full): the writer, to add the slip's body to
 */
McPdfWriter *
mc_counter_slip_begin (McDossier              *dossier,
                       const McOfficeIdentity *office,
                       McFormTemplate         *texts,
                       GDateTime              *dated)
{
  const McTextStyle centred = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 4 };
  McPdfWriter *writer = mc_pdf_writer_new (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, NULL);
  g_autofree char *agency = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *code_line = NULL;
  g_autofree char *metadata_title = NULL;
  McDocumentHeader header = { NULL, };
  const char *title;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (texts != NULL, NULL);

  title = mc_form_template_get (texts, "title");
  code_line = mc_form_template_format (texts, "code", "code", mc_dossier_get_code (dossier), NULL);
  metadata_title = sentence_case (title);
  mc_pdf_writer_set_metadata (writer, metadata_title, office->agency_name, code_line);

  agency = g_utf8_strup (office->agency_name != NULL ? office->agency_name : "", -1);
  counter = g_utf8_strup (office->counter_name != NULL ? office->counter_name : "", -1);
  place_date = mc_format_legal_date_at (dated, office->place_name);
  header.superior = *agency != '\0' ? agency : NULL;
  header.agency = counter;
  header.number = mc_form_template_has (texts, "number") ? mc_form_template_get (texts, "number")
                                                        : NULL;
  header.place_date = place_date;
  mc_document_header_render (writer, &header);

  mc_pdf_writer_add_heading (writer, title, mc_pdf_writer_get_body_size (writer) + 1);
  mc_pdf_writer_add_paragraph (writer, code_line, &centred);

  return writer;
}

/**
 * mc_counter_slip_add_contact:
 * @writer: a slip
 * @dossier: its dossier
 * @texts: the form's texts, with "phone" and "email"
 *
 * Adds the line "Số điện thoại: … Email: …" of the citizen.
 */
void
mc_counter_slip_add_contact (McPdfWriter    *writer,
                             McDossier      *dossier,
                             McFormTemplate *texts)
{
  const char *contact[] = { NULL, NULL, NULL, NULL, NULL };

  contact[0] = mc_form_template_get (texts, "phone");
  contact[2] = mc_form_template_get (texts, "email");
  contact[1] = mc_dossier_get_phone (dossier) != NULL ? mc_dossier_get_phone (dossier) : "";
  contact[3] = mc_dossier_get_email (dossier) != NULL ? mc_dossier_get_email (dossier) : "";
  mc_pdf_writer_add_label_values (writer, contact);
}

/**
 * mc_counter_slip_body_style:
 *
 * The body paragraphs of Nghị định 30/2020: justified, the first line
 * indented 1 cm, which A5 shrinks by √2 like the rest.
 *
 * Returns: the style
 */
McTextStyle
mc_counter_slip_body_style (void)
{
  return (McTextStyle) { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_JUSTIFY, 28.35 / G_SQRT2, 0, 3 };
}

/**
 * mc_counter_slip_or_dots:
 * @text: (nullable): a value of the dossier
 *
 * Returns: @text, or dots to write on when it is empty
 */
const char *
mc_counter_slip_or_dots (const char *text)
{
  return text != NULL && *text != '\0' ? text : MC_COUNTER_SLIP_DOTS;
}
