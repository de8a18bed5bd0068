/* mc-pdf-grid.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-pdf-writer.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *title;
  double       share;   /* of the text width */
  McTextAlign  align;   /* of its cells */
} McPdfGridColumn;

/* A title over several columns: level 0 is the top of the heading, each
 * level under it is nested in one above. */
typedef struct
{
  const char *title;
  guint       first;
  guint       last;
  guint       level;
} McPdfGridGroup;

typedef struct _McPdfGrid McPdfGrid;

McPdfGrid *mc_pdf_grid_new         (McPdfWriter           *writer,
                                    const McPdfGridColumn *columns,
                                    guint                  n_columns,
                                    const McPdfGridGroup  *groups,
                                    guint                  n_groups,
                                    double                 text_size) G_GNUC_WARN_UNUSED_RESULT;
void       mc_pdf_grid_free        (McPdfGrid             *grid);
double     mc_pdf_grid_get_header_height (McPdfGrid       *grid);
void       mc_pdf_grid_draw_header (McPdfGrid             *grid);
void       mc_pdf_grid_add_row     (McPdfGrid             *grid,
                                    const char * const    *cells,
                                    gboolean               bold);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McPdfGrid, mc_pdf_grid_free)

G_END_DECLS
