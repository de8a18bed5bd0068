/* mc-pdf-writer-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "mc-pdf-writer.h"

G_BEGIN_DECLS

/* Shared by the files of the PDF writer (mc-pdf-writer.c and
 * mc-pdf-table.c); not part of its API. */

#define RULE_WIDTH 0.6

struct _McPdfWriter
{
  GObject           parent_instance;

  GByteArray       *buffer;
  cairo_surface_t  *surface;
  cairo_t          *cr;
  PangoContext     *context;
  GHashTable       *layouts;       /* key (layout_key()) → PangoLayout */

  double            page_width;
  double            page_height;
  McPageMargins     margins_pt;
  double            body_size;
  double            y;
  guint             n_pages;
  gboolean          page_dirty;
  gboolean          finished;

  gboolean          page_numbers;
  guint             page_number;   /* within the section */
  char             *running_head;  /* nullable */
};

static inline double
_mc_pdf_writer_text_left (McPdfWriter *self)
{
  return self->margins_pt.left;
}

static inline double
_mc_pdf_writer_text_bottom (McPdfWriter *self)
{
  return self->page_height - self->margins_pt.bottom;
}

/* The layout may be shared with earlier and later calls: measure and
 * draw it, never change it. */
PangoLayout *_mc_pdf_writer_create_layout (McPdfWriter       *self,
                                           const char        *text,
                                           const McTextStyle *style,
                                           double             width);
void         _mc_pdf_writer_new_page      (McPdfWriter       *self);

G_END_DECLS
