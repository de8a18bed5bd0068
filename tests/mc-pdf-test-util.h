/* mc-pdf-test-util.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <poppler.h>

#include "mc-pdf-writer.h"

G_BEGIN_DECLS

/* poppler-glib 22.12 declares no cleanup functions. */
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerDocument, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerPage, g_object_unref)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (PopplerFontInfo, g_object_unref)

PopplerDocument *mc_pdf_test_open             (GBytes              *pdf) G_GNUC_WARN_UNUSED_RESULT;
char            *mc_pdf_test_get_page_text    (PopplerDocument     *document,
                                               int                  index) G_GNUC_WARN_UNUSED_RESULT;
char            *mc_pdf_test_get_area_text    (PopplerDocument     *document,
                                               int                  index,
                                               double               x1,
                                               double               y1,
                                               double               x2,
                                               double               y2) G_GNUC_WARN_UNUSED_RESULT;
char            *mc_pdf_test_get_text         (PopplerDocument     *document) G_GNUC_WARN_UNUSED_RESULT;
char            *mc_pdf_test_get_row_text     (PopplerDocument     *document,
                                               int                  index,
                                               const char          *name) G_GNUC_WARN_UNUSED_RESULT;
void             mc_pdf_test_assert_page_size (PopplerDocument     *document,
                                               double               width,
                                               double               height);
void             mc_pdf_test_assert_fonts     (PopplerDocument     *document);
void             mc_pdf_test_assert_inside    (PopplerDocument     *document,
                                               const McPageMargins *margins);
char            *mc_pdf_test_decode_qr        (GBytes              *pdf,
                                               int                  page) G_GNUC_WARN_UNUSED_RESULT;
GDateTime       *mc_pdf_test_moment           (int                  year,
                                               int                  month,
                                               int                  day,
                                               int                  hour,
                                               int                  minute) G_GNUC_WARN_UNUSED_RESULT;
void             mc_pdf_test_assert_has       (const char          *text,
                                               const char          *expected);
void             mc_pdf_test_save             (GBytes              *pdf,
                                               const char          *name);

G_END_DECLS
