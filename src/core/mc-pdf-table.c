/* mc-pdf-table.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-pdf-writer"

#include "config.h"

#include <pango/pangocairo.h>

#include "mc-pdf-writer-private.h"

/* Ruled tables of the PDF writer: column widths as shares of the text
 * width, cells that wrap, and the header row repeated at the top of each
 * page the table continues on. */

#define CELL_PADDING 2.5

static double
layout_height (PangoLayout *layout)
{
  int height;

  pango_layout_get_size (layout, NULL, &height);
  return (double) height / PANGO_SCALE;
}

static double
table_row_height (McPdfWriter        *self,
                  const McPdfColumn  *columns,
                  guint               n_columns,
                  const char * const *cells,
                  McTextFlags         flags,
                  PangoLayout       **layouts)
{
  double text_width = mc_pdf_writer_get_text_width (self);
  double height = 0;

  for (guint i = 0; i < n_columns; i++)
    {
      McTextStyle style = { 0, flags, columns[i].align, 0, 0, 0 };
      double width = columns[i].width * text_width - 2 * CELL_PADDING;

      layouts[i] = _mc_pdf_writer_create_layout (self, cells[i], &style, width);
      height = MAX (height, layout_height (layouts[i]));
    }

  return height + 2 * CELL_PADDING;
}

static void
draw_table_row (McPdfWriter       *self,
                const McPdfColumn *columns,
                guint              n_columns,
                PangoLayout      **layouts,
                double             height)
{
  double text_width = mc_pdf_writer_get_text_width (self);
  double x = _mc_pdf_writer_text_left (self);

  cairo_set_line_width (self->cr, RULE_WIDTH);
  for (guint i = 0; i < n_columns; i++)
    {
      double width = columns[i].width * text_width;

      cairo_rectangle (self->cr, x, self->y, width, height);
      cairo_stroke (self->cr);
      cairo_move_to (self->cr, x + CELL_PADDING, self->y + CELL_PADDING);
      pango_cairo_show_layout (self->cr, layouts[i]);
      x += width;
    }

  self->y += height;
  self->page_dirty = TRUE;
}

static void
draw_table_header (McPdfWriter       *self,
                   const McPdfColumn *columns,
                   guint              n_columns)
{
  g_autofree const char **titles = g_new0 (const char *, n_columns);
  g_autofree PangoLayout **layouts = g_new0 (PangoLayout *, n_columns);
  g_autofree McPdfColumn *centred = g_new0 (McPdfColumn, n_columns);
  double height;

  for (guint i = 0; i < n_columns; i++)
    {
      titles[i] = columns[i].title;
      centred[i] = columns[i];
      centred[i].align = MC_TEXT_ALIGN_CENTER;
    }

  height = table_row_height (self, centred, n_columns, titles, MC_TEXT_BOLD, layouts);
  draw_table_row (self, centred, n_columns, layouts, height);

  for (guint i = 0; i < n_columns; i++)
    g_object_unref (layouts[i]);
}

/**
 * mc_pdf_writer_add_table:
 * @self: a #McPdfWriter
 * @columns: (array length=n_columns): the columns
 * @n_columns: how many
 * @rows: (element-type GStrv): the rows, each an array of @n_columns strings
 *
 * Sets a ruled table whose cells wrap. A row that does not fit moves to
 * the next page, which starts by repeating the header row.
 */
void
mc_pdf_writer_add_table (McPdfWriter       *self,
                         const McPdfColumn *columns,
                         guint              n_columns,
                         GPtrArray         *rows)
{
  g_autofree PangoLayout **layouts = NULL;
  double header_height;

  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (columns != NULL && n_columns > 0);
  g_return_if_fail (rows != NULL);

  layouts = g_new0 (PangoLayout *, n_columns);

  /* The header never stands alone at the foot of a page. */
  {
    g_autofree const char **titles = g_new0 (const char *, n_columns);

    for (guint i = 0; i < n_columns; i++)
      titles[i] = columns[i].title;
    header_height = table_row_height (self, columns, n_columns, titles, MC_TEXT_BOLD, layouts);
    for (guint i = 0; i < n_columns; i++)
      g_clear_object (&layouts[i]);
  }

  for (guint r = 0; r < rows->len; r++)
    {
      const char * const *cells = g_ptr_array_index (rows, r);
      double height = table_row_height (self, columns, n_columns, cells, MC_TEXT_PLAIN, layouts);

      if (r == 0)
        {
          mc_pdf_writer_ensure_space (self, header_height + height);
          draw_table_header (self, columns, n_columns);
        }
      else if (self->y + height > _mc_pdf_writer_text_bottom (self))
        {
          _mc_pdf_writer_new_page (self);
          draw_table_header (self, columns, n_columns);
        }

      draw_table_row (self, columns, n_columns, layouts, height);
      for (guint i = 0; i < n_columns; i++)
        g_clear_object (&layouts[i]);
    }

  mc_pdf_writer_add_space (self, 4);
}

/**
 * mc_pdf_writer_take_fitting:
 * @self: a #McPdfWriter
 * @text: a cell's text
 * @style: how it is set
 * @width: the cell's width, in points
 * @limit: the height it may take, in points
 * @rest: (out): points after the part taken, past its spaces
 *
 * For a table row taller than a page, which the tables do not split:
 * the start of @text, cut between words where it can be, that @style
 * sets no taller than @limit; the rest goes in a continuation row.
 *
 * Returns: (transfer full): the part that fits
 */
char *
mc_pdf_writer_take_fitting (McPdfWriter       *self,
                            const char        *text,
                            const McTextStyle *style,
                            double             width,
                            double             limit,
                            const char       **rest)
{
  glong lo = 1, hi = g_utf8_strlen (text, -1);
  const char *end, *cut;
  double height = 0;

  if (*text != '\0')
    mc_pdf_writer_measure_text (self, text, style, width, NULL, &height);
  if (height <= limit)
    {
      *rest = text + strlen (text);
      return g_strdup (text);
    }

  while (lo < hi)
    {
      glong mid = (lo + hi + 1) / 2;
      g_autofree char *start = g_utf8_substring (text, 0, mid);

      mc_pdf_writer_measure_text (self, start, style, width, NULL, &height);
      if (height <= limit)
        lo = mid;
      else
        hi = mid - 1;
    }

  end = g_utf8_offset_to_pointer (text, lo);
  cut = end;
  if (!g_unichar_isspace (g_utf8_get_char (end)))
    for (const char *p = end; p > text; p = g_utf8_prev_char (p))
      if (g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (p))))
        {
          cut = p;
          break;
        }

  *rest = cut;
  while (**rest != '\0' && g_unichar_isspace (g_utf8_get_char (*rest)))
    *rest = g_utf8_next_char (*rest);

  return g_strndup (text, cut - text);
}
