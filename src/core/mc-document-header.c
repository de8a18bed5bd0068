/* mc-document-header.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-document-header"

#include "config.h"

#include "mc-document-header.h"
#include "mc-form-template.h"

/* The two-column heading of Nghị định 30/2020 (Phụ lục I): the agency on
 * the left, the Quốc hiệu and Tiêu ngữ on the right, each with its rule,
 * then the number on the left and the italic place and date on the
 * right, on one line.
 *
 * The decree sets the Quốc hiệu at 12–13 pt on A4. The right column of
 * an A5 page is too narrow for that, so every size is scaled with the
 * body size and the Quốc hiệu shrinks further until it fits on one line,
 * as the real A5 slips do.
 *
 * A form that carries a QR code (Thông tư 01/2023/TT-VPCP) has it in the
 * upper-left corner, the agency's lines centred in the rest of a left
 * column widened to 48 %, so that the heading grows by little on an A5
 * slip. Without a number line, the place and date then follow the Tiêu
 * ngữ directly, beside the code. The code is 18 mm wide on A5, scaled
 * with the body size on A4. */

#define LEFT_SHARE 0.42
#define GAP        4.0
#define QR_SIZE_A5 (18.0 * 72.0 / 25.4)
#define QR_LEFT_SHARE 0.48

/**
 * mc_format_legal_date:
 * @date: a valid date
 * @place: (nullable): the place name, such as "xã Mẫu"
 *
 * Formats the place and date of a document by Nghị định 30/2020: the day
 * below 10 and the months 1 and 2 are padded with a zero, other months
 * are not ("ngày 05 tháng 3 năm 2025", "ngày 01 tháng 02 năm 2026"),
 * and a comma follows the place.
 *
 * Returns: (transfer full): such as "xã Mẫu, ngày 21 tháng 11 năm 2026"
 */
char *
mc_format_legal_date (const GDate *date,
                      const char  *place)
{
  guint day, month;
  g_autofree char *when = NULL;

  g_return_val_if_fail (date != NULL && g_date_valid (date), NULL);

  day = g_date_get_day (date);
  month = g_date_get_month (date);
  /* Printed forms are in Vietnamese by law, whatever the UI language. */
  when = g_strdup_printf (month <= 2 ? "ngày %02u tháng %02u năm %04u" : "ngày %02u tháng %u năm %04u",
                          day, month, (guint) g_date_get_year (date));

  if (place == NULL || *place == '\0')
    return g_steal_pointer (&when);

  return g_strdup_printf ("%s, %s", place, when);
}

/**
 * mc_format_legal_date_at:
 * @time: (nullable): when the document is dated
 * @place: (nullable): the place name
 *
 * Like mc_format_legal_date() for the day of @time; without a time the
 * day, month and year are left dotted, to write by hand.
 *
 * Returns: (transfer full): such as "xã Mẫu, ngày 21 tháng 11 năm 2026"
 */
char *
mc_format_legal_date_at (GDateTime  *time,
                         const char *place)
{
  g_autoptr(GDate) date = NULL;

  if (time == NULL)
    return g_strdup_printf ("%s, ngày …… tháng …… năm ……",
                            place != NULL && *place != '\0' ? place : "……");

  date = g_date_new_dmy (g_date_time_get_day_of_month (time),
                         g_date_time_get_month (time),
                         g_date_time_get_year (time));
  return mc_format_legal_date (date, place);
}

static double
fit_size (McPdfWriter *writer,
          const char  *text,
          double       size,
          double       width)
{
  for (; size > 7; size -= 0.25)
    {
      McTextStyle style = { size, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      double text_width;

      mc_pdf_writer_measure_text (writer, text, &style, 10000, &text_width, NULL);
      if (text_width <= width)
        break;
    }

  return size;
}

/* Draws @text centred in a column (unless @draw is FALSE) and returns
 * its height; @text_width receives the width of its longest line. */
static double
column_text (McPdfWriter       *writer,
             gboolean           draw,
             const char        *text,
             const McTextStyle *style,
             double             x,
             double             dy,
             double             width,
             double            *text_width)
{
  double height;

  mc_pdf_writer_measure_text (writer, text, style, width, text_width, &height);
  if (draw)
    mc_pdf_writer_draw_text (writer, text, style, x, dy, width);

  return height;
}

/**
 * mc_document_header_render:
 * @writer: a #McPdfWriter
 * @header: the heading's text
 *
 * Sets the heading at the writer's cursor and moves the cursor below it.
 */
void
mc_document_header_render (McPdfWriter            *writer,
                           const McDocumentHeader *header)
{
  mc_document_header_render_with_qr (writer, header, NULL);
}

/**
 * mc_document_header_get_qr_size:
 * @writer: a #McPdfWriter
 *
 * Returns: the side of the heading's QR code, in points
 */
double
mc_document_header_get_qr_size (McPdfWriter *writer)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (writer), 0);

  return QR_SIZE_A5 * mc_pdf_writer_get_body_size (writer) / 10.0;
}

/**
 * mc_document_header_render_with_qr:
 * @writer: a #McPdfWriter
 * @header: the heading's text
 * @qr: (nullable): a QR code for the upper-left corner
 *
 * mc_document_header_render() with a QR code at the top of the left
 * column, the agency's lines under it.
 */
void
mc_document_header_render_with_qr (McPdfWriter            *writer,
                                   const McDocumentHeader *header,
                                   McQrCode               *qr)
{
  double scale, text_width, left_width, right_width, height = 0;
  double qr_size = 0, qr_gap = 0, left_x = 0, left_text;

  g_return_if_fail (MC_IS_PDF_WRITER (writer));
  g_return_if_fail (header != NULL);

  if (qr != NULL)
    {
      qr_size = mc_document_header_get_qr_size (writer);
      /* The quiet zone: four modules of white under the symbol. */
      qr_gap = 4 * qr_size / mc_qr_code_get_width (qr);
    }

  scale = mc_pdf_writer_get_body_size (writer) / 13.0;
  text_width = mc_pdf_writer_get_text_width (writer);
  left_width = text_width * (qr != NULL ? QR_LEFT_SHARE : LEFT_SHARE);
  right_width = text_width - left_width;
  if (qr != NULL)
    left_x = qr_size + qr_gap;
  left_text = left_width - left_x;

  /* Measure first, so that the heading never splits across pages. */
  for (guint pass = 0; pass < 2; pass++)
    {
      gboolean draw = pass == 1;
      double quoc_hieu_size = fit_size (writer, MC_QUOC_HIEU, 12.5 * scale, right_width);
      McTextStyle agency_style = { 12.5 * scale, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      McTextStyle agency_bold = { 12.5 * scale, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      McTextStyle quoc_hieu = { quoc_hieu_size, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      McTextStyle tieu_ngu = { MIN (quoc_hieu_size + 1, 13.5 * scale), MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      McTextStyle number = { 13 * scale, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      McTextStyle place = { 13 * scale, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
      double left_dy = 0, right_dy = 0, line_dy, w;

      if (qr != NULL && draw)
        mc_pdf_writer_draw_qr_code (writer, qr, 0, 0, qr_size);

      if (header->superior != NULL)
        left_dy += column_text (writer, draw, header->superior, &agency_style, left_x, left_dy, left_text, NULL);
      if (header->agency != NULL)
        {
          left_dy += column_text (writer, draw, header->agency, &agency_bold, left_x, left_dy, left_text, &w);
          /* A rule a third of the agency's name long. */
          if (draw)
            mc_pdf_writer_draw_rule (writer, left_x + (left_text - w / 3) / 2, left_dy + 1.5, w / 3);
          left_dy += GAP;
        }

      right_dy += column_text (writer, draw, MC_QUOC_HIEU, &quoc_hieu, left_width, right_dy, right_width, NULL);
      right_dy += column_text (writer, draw, MC_TIEU_NGU, &tieu_ngu, left_width, right_dy, right_width, &w);
      /* A rule as long as the Tiêu ngữ. */
      if (draw)
        mc_pdf_writer_draw_rule (writer, left_width + (right_width - w) / 2, right_dy + 1.5, w);
      right_dy += GAP;

      if (qr != NULL)
        left_dy = MAX (left_dy, qr_size + qr_gap);
      if (qr != NULL && header->number == NULL)
        line_dy = right_dy + GAP;
      else
        line_dy = MAX (left_dy, right_dy) + GAP;
      right_dy = line_dy;
      left_dy = MAX (left_dy, line_dy);
      if (header->number != NULL)
        left_dy += column_text (writer, draw, header->number, &number, 0, line_dy, left_width, NULL);
      if (header->place_date != NULL)
        right_dy += column_text (writer, draw, header->place_date, &place, left_width, line_dy, right_width, NULL);

      height = MAX (left_dy, right_dy);
      if (!draw)
        mc_pdf_writer_ensure_space (writer, height);
    }

  mc_pdf_writer_advance (writer, height);
  mc_pdf_writer_add_space (writer, 2 * GAP);
}

/**
 * mc_document_add_report_sign_off:
 * @writer: a report
 * @texts: its texts, with "preparer-signs", "signature-hint",
 *   "head-signs" and "head-signature-hint"
 * @place_name: (nullable): the place of the date line
 * @dated: (nullable): the report's date; %NULL leaves it dotted
 *
 * Ends a report as the state's statistical forms end: the place and date
 * on the right, then the preparer's signature on the left and the head's
 * on the right.
 */
void
mc_document_add_report_sign_off (McPdfWriter    *writer,
                                 McFormTemplate *texts,
                                 const char     *place_name,
                                 GDateTime      *dated)
{
  const McTextStyle date_style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_RIGHT, 0, 0, 4 };
  g_autofree char *place_date = mc_format_legal_date_at (dated, place_name);
  McSignatureBlock signers[2] = {
    { mc_form_template_get (texts, "preparer-signs"), mc_form_template_get (texts, "signature-hint"),
      NULL },
    { mc_form_template_get (texts, "head-signs"), mc_form_template_get (texts, "head-signature-hint"),
      NULL },
  };

  mc_pdf_writer_add_paragraph (writer, place_date, &date_style);
  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));
}
