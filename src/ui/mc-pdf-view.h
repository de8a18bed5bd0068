/* mc-pdf-view.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define MC_PDF_VIEW_ZOOM_MIN 0.25
#define MC_PDF_VIEW_ZOOM_MAX 4.0

#define MC_TYPE_PDF_VIEW (mc_pdf_view_get_type ())

G_DECLARE_FINAL_TYPE (McPdfView, mc_pdf_view, MC, PDF_VIEW, GtkWidget)

GtkWidget *mc_pdf_view_new              (void);
void       mc_pdf_view_set_pdf          (McPdfView *self,
                                         GBytes    *pdf);
guint      mc_pdf_view_get_n_pages      (McPdfView *self);
guint      mc_pdf_view_get_n_rendered   (McPdfView *self);
guint      mc_pdf_view_get_current_page (McPdfView *self);
void       mc_pdf_view_go_to_page       (McPdfView *self,
                                         guint      page);
double     mc_pdf_view_get_zoom         (McPdfView *self);
void       mc_pdf_view_set_zoom         (McPdfView *self,
                                         double     zoom);
void       mc_pdf_view_zoom_in          (McPdfView *self);
void       mc_pdf_view_zoom_out         (McPdfView *self);
void       mc_pdf_view_zoom_to_width    (McPdfView *self);

G_END_DECLS
