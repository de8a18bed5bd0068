/* mc-pdf-chart.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-pdf-writer"

#include "config.h"

#include "mc-pdf-writer-private.h"

/**
 * mc_pdf_writer_add_chart:
 * @self: a #McPdfWriter
 * @chart: the chart, as the dashboard draws it (mc_chart_draw())
 * @height: points
 *
 * Draws @chart across the text width under the cursor, on a new page
 * when it does not fit, and moves the cursor under it.
 */
void
mc_pdf_writer_add_chart (McPdfWriter   *self,
                         const McChart *chart,
                         double         height)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (chart != NULL);

  mc_pdf_writer_ensure_space (self, height);

  cairo_save (self->cr);
  cairo_translate (self->cr, _mc_pdf_writer_text_left (self), self->y);
  mc_chart_draw (chart, self->cr, mc_pdf_writer_get_text_width (self), height,
                 self->body_size * 0.75);
  cairo_restore (self->cr);
  self->page_dirty = TRUE;

  mc_pdf_writer_advance (self, height);
}
