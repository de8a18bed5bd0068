/* mc-pdf-renderer.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A page's size in PDF points. */
typedef struct
{
  double width;
  double height;
} McPageSize;

#define MC_TYPE_PDF_RENDERER (mc_pdf_renderer_get_type ())

G_DECLARE_FINAL_TYPE (McPdfRenderer, mc_pdf_renderer, MC, PDF_RENDERER, GObject)

McPdfRenderer *mc_pdf_renderer_new           (void) G_GNUC_WARN_UNUSED_RESULT;
void           mc_pdf_renderer_load_async    (McPdfRenderer        *self,
                                              GBytes               *pdf,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
GArray        *mc_pdf_renderer_load_finish   (McPdfRenderer        *self,
                                              GAsyncResult         *result,
                                              GError              **error) G_GNUC_WARN_UNUSED_RESULT;
void           mc_pdf_renderer_render_async  (McPdfRenderer        *self,
                                              guint                 page,
                                              double                scale,
                                              GCancellable         *cancellable,
                                              GAsyncReadyCallback   callback,
                                              gpointer              user_data);
GdkTexture    *mc_pdf_renderer_render_finish (McPdfRenderer        *self,
                                              GAsyncResult         *result,
                                              GError              **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
