/* mc-pdf-writer.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-chart.h"

#include "mc-qr-code.h"

G_BEGIN_DECLS

typedef enum
{
  MC_PAPER_A4,
  MC_PAPER_A5,
} McPaperSize;

typedef enum
{
  MC_ORIENTATION_PORTRAIT,
  MC_ORIENTATION_LANDSCAPE,
} McPageOrientation;

typedef enum
{
  MC_TEXT_ALIGN_LEFT,
  MC_TEXT_ALIGN_CENTER,
  MC_TEXT_ALIGN_RIGHT,
  MC_TEXT_ALIGN_JUSTIFY,
} McTextAlign;

typedef enum
{
  MC_TEXT_PLAIN  = 0,
  MC_TEXT_BOLD   = 1 << 0,
  MC_TEXT_ITALIC = 1 << 1,
} McTextFlags;

/* Margins in millimetres. */
typedef struct
{
  double top;
  double bottom;
  double left;
  double right;
} McPageMargins;

/* How a run of text is set. A zero size is the body size of the paper
 * (mc_pdf_writer_get_body_size()). */
typedef struct
{
  double       size;          /* pt */
  McTextFlags  flags;
  McTextAlign  align;
  double       first_indent;  /* pt, first line only */
  double       left_indent;   /* pt, every line */
  double       space_after;   /* pt */
} McTextStyle;

/* A column of mc_pdf_writer_add_table(). */
typedef struct
{
  const char  *title;
  double       width;         /* a share of the text width; shares add up to 1 */
  McTextAlign  align;
} McPdfColumn;

/* A signature block: the signer's capacity, a hint such as "(Ký và ghi
 * rõ họ tên)", room to sign and the signer's name. */
typedef struct
{
  const char *title;
  const char *hint;           /* nullable */
  const char *name;           /* nullable: the line is left to write on */
} McSignatureBlock;

#define MC_TYPE_PDF_WRITER (mc_pdf_writer_get_type ())

G_DECLARE_FINAL_TYPE (McPdfWriter, mc_pdf_writer, MC, PDF_WRITER, GObject)

McPdfWriter *mc_pdf_writer_new                (McPaperSize            paper,
                                               McPageOrientation      orientation,
                                               const McPageMargins   *margins) G_GNUC_WARN_UNUSED_RESULT;
void         mc_pdf_writer_get_default_margins (McPaperSize           paper,
                                               McPageMargins         *margins);
void         mc_pdf_writer_set_metadata       (McPdfWriter           *self,
                                               const char            *title,
                                               const char            *author,
                                               const char            *subject);
double       mc_pdf_writer_get_page_width     (McPdfWriter           *self);
double       mc_pdf_writer_get_page_height    (McPdfWriter           *self);
double       mc_pdf_writer_get_text_width     (McPdfWriter           *self);
double       mc_pdf_writer_get_body_size      (McPdfWriter           *self);
double       mc_pdf_writer_get_remaining      (McPdfWriter           *self);
guint        mc_pdf_writer_get_page_count     (McPdfWriter           *self);

void         mc_pdf_writer_add_paragraph      (McPdfWriter           *self,
                                               const char            *text,
                                               const McTextStyle     *style);
void         mc_pdf_writer_add_heading        (McPdfWriter           *self,
                                               const char            *text,
                                               double                 size);
void         mc_pdf_writer_add_label_value    (McPdfWriter           *self,
                                               const char            *label,
                                               const char            *value);
void         mc_pdf_writer_add_label_values   (McPdfWriter           *self,
                                               const char * const    *pairs);
void         mc_pdf_writer_add_table          (McPdfWriter           *self,
                                               const McPdfColumn     *columns,
                                               guint                  n_columns,
                                               GPtrArray             *rows);
char        *mc_pdf_writer_take_fitting       (McPdfWriter           *self,
                                               const char            *text,
                                               const McTextStyle     *style,
                                               double                 width,
                                               double                 limit,
                                               const char           **rest) G_GNUC_WARN_UNUSED_RESULT;
void         mc_pdf_writer_add_signature_blocks (McPdfWriter         *self,
                                               const McSignatureBlock *blocks,
                                               guint                  n_blocks);
void         mc_pdf_writer_add_space          (McPdfWriter           *self,
                                               double                 height);
void         mc_pdf_writer_page_break         (McPdfWriter           *self);
gboolean     mc_pdf_writer_ensure_space       (McPdfWriter           *self,
                                               double                 height);

void         mc_pdf_writer_measure_text       (McPdfWriter           *self,
                                               const char            *text,
                                               const McTextStyle     *style,
                                               double                 width,
                                               double                *text_width,
                                               double                *text_height);
void         mc_pdf_writer_draw_text          (McPdfWriter           *self,
                                               const char            *text,
                                               const McTextStyle     *style,
                                               double                 x,
                                               double                 dy,
                                               double                 width);
void         mc_pdf_writer_draw_rule          (McPdfWriter           *self,
                                               double                 x,
                                               double                 dy,
                                               double                 length);
void         mc_pdf_writer_draw_vertical_rule (McPdfWriter           *self,
                                               double                 x,
                                               double                 dy,
                                               double                 length);
void         mc_pdf_writer_advance            (McPdfWriter           *self,
                                               double                 height);

void         mc_pdf_writer_add_chart          (McPdfWriter           *self,
                                               const McChart         *chart,
                                               double                 height);
void         mc_pdf_writer_set_page_numbers   (McPdfWriter           *self,
                                               gboolean               numbered);
gboolean     mc_pdf_writer_get_page_numbers   (McPdfWriter           *self);
void         mc_pdf_writer_start_section      (McPdfWriter           *self,
                                               const char            *running_head);
void         mc_pdf_writer_draw_qr_code       (McPdfWriter           *self,
                                               McQrCode              *code,
                                               double                 x,
                                               double                 dy,
                                               double                 size);

GBytes      *mc_pdf_writer_finish             (McPdfWriter           *self,
                                               GError               **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
