/* mc-pdf-grid.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-pdf-grid"

#include "config.h"

#include "mc-pdf-grid.h"

/* A ruled table in the manner of the state's statistical forms: a heading
 * whose titles may stand over groups of columns ("Số hồ sơ nhận giải
 * quyết" over "Tổng số" and "Trong kỳ", itself over "Trực tuyến" and
 * "Trực tiếp"), a row of the columns' numbers (1), (2)…, and rows ruled
 * all round. The heading is drawn again at the top of each page a row
 * goes on to. Its rows are short, such as a report's: one that does not
 * fit under the cursor starts a new page, and none is split. */

#define PAD_X 2.5
#define PAD_Y 2.5

struct _McPdfGrid
{
  McPdfWriter           *writer;
  const McPdfGridColumn *columns;
  guint                  n_columns;
  const McPdfGridGroup  *groups;
  guint                  n_groups;
  double                 text_size;
  double                *x;           /* the columns' edges */
  double                *bands;       /* the groups' levels, from the top */
  guint                  n_levels;
  double                 titles;      /* the heading's height */
  double                 numbers;     /* the numbers' row */
};

static McTextStyle
style (McPdfGrid   *grid,
       McTextAlign  align,
       McTextFlags  flags)
{
  return (McTextStyle) { grid->text_size, flags, align, 0, 0, 0 };
}

static double
text_height (McPdfGrid         *grid,
             const char        *text,
             const McTextStyle *text_style,
             double             width)
{
  double height = 0;

  if (text != NULL && *text != '\0')
    mc_pdf_writer_measure_text (grid->writer, text, text_style, width, NULL, &height);

  return height;
}

static double
inner_width (McPdfGrid *grid,
             guint      first,
             guint      last)
{
  return grid->x[last + 1] - grid->x[first] - 2 * PAD_X;
}

/* The deepest level of the groups over @column, or -1. */
static int
deepest_group (McPdfGrid *grid,
               guint      column)
{
  int deepest = -1;

  for (guint i = 0; i < grid->n_groups; i++)
    if (grid->groups[i].first <= column && column <= grid->groups[i].last)
      deepest = MAX (deepest, (int) grid->groups[i].level);

  return deepest;
}

/* How far down from the heading's top the band of @level begins. */
static double
band_top (McPdfGrid *grid,
          guint      level)
{
  double top = 0;

  for (guint i = 0; i < level && i < grid->n_levels; i++)
    top += grid->bands[i];

  return top;
}

static void
measure_heading (McPdfGrid *grid)
{
  McTextStyle bold = style (grid, MC_TEXT_ALIGN_CENTER, MC_TEXT_BOLD);
  McTextStyle italic = style (grid, MC_TEXT_ALIGN_CENTER, MC_TEXT_ITALIC);

  for (guint i = 0; i < grid->n_groups; i++)
    grid->n_levels = MAX (grid->n_levels, grid->groups[i].level + 1);

  grid->bands = g_new0 (double, MAX (grid->n_levels, 1));
  for (guint i = 0; i < grid->n_groups; i++)
    {
      const McPdfGridGroup *group = &grid->groups[i];
      double h = text_height (grid, group->title, &bold, inner_width (grid, group->first, group->last));

      grid->bands[group->level] = MAX (grid->bands[group->level], h + 2 * PAD_Y);
    }

  /* Each column's title fills the space under its deepest group. */
  for (guint c = 0; c < grid->n_columns; c++)
    {
      double top = band_top (grid, deepest_group (grid, c) + 1);
      double h = text_height (grid, grid->columns[c].title, &bold, inner_width (grid, c, c));

      grid->titles = MAX (grid->titles, top + h + 2 * PAD_Y);
    }

  grid->numbers = text_height (grid, "(13)", &italic, 100) + 2;
}

/**
 * mc_pdf_grid_new:
 * @writer: where the table goes
 * @columns: (array length=n_columns): its columns, kept until freed
 * @n_columns: how many
 * @groups: (array length=n_groups) (nullable): titles over several
 *   columns, kept until freed
 * @n_groups: how many
 * @text_size: the text's size in points
 *
 * Returns: (transfer full): a table, nothing drawn yet
 */
McPdfGrid *
mc_pdf_grid_new (McPdfWriter           *writer,
                 const McPdfGridColumn *columns,
                 guint                  n_columns,
                 const McPdfGridGroup  *groups,
                 guint                  n_groups,
                 double                 text_size)
{
  McPdfGrid *grid;
  double width;
  double x = 0;

  g_return_val_if_fail (MC_IS_PDF_WRITER (writer), NULL);
  g_return_val_if_fail (columns != NULL && n_columns > 0, NULL);

  grid = g_new0 (McPdfGrid, 1);
  grid->writer = g_object_ref (writer);
  grid->columns = columns;
  grid->n_columns = n_columns;
  grid->groups = groups;
  grid->n_groups = groups != NULL ? n_groups : 0;
  grid->text_size = text_size;

  width = mc_pdf_writer_get_text_width (writer);
  grid->x = g_new0 (double, n_columns + 1);
  for (guint i = 0; i < n_columns; i++)
    {
      grid->x[i] = x;
      x += columns[i].share * width;
    }
  grid->x[n_columns] = width;

  measure_heading (grid);

  return grid;
}

void
mc_pdf_grid_free (McPdfGrid *grid)
{
  if (grid == NULL)
    return;

  g_object_unref (grid->writer);
  g_free (grid->x);
  g_free (grid->bands);
  g_free (grid);
}

/**
 * mc_pdf_grid_get_header_height:
 * @grid: a table
 *
 * Returns: the height of its heading with the numbers' row
 */
double
mc_pdf_grid_get_header_height (McPdfGrid *grid)
{
  g_return_val_if_fail (grid != NULL, 0);

  return grid->titles + grid->numbers;
}

/* Where the rule between @column and the next begins: under the deepest
 * group that spans both, or at the top. */
static double
separator_top (McPdfGrid *grid,
               guint      column)
{
  int deepest = -1;

  for (guint i = 0; i < grid->n_groups; i++)
    if (grid->groups[i].first <= column && column + 1 <= grid->groups[i].last)
      deepest = MAX (deepest, (int) grid->groups[i].level);

  return band_top (grid, deepest + 1);
}

/**
 * mc_pdf_grid_draw_header:
 * @grid: a table
 *
 * Draws the heading and the numbers' row at the cursor, and moves it
 * under them.
 */
void
mc_pdf_grid_draw_header (McPdfGrid *grid)
{
  McTextStyle bold = style (grid, MC_TEXT_ALIGN_CENTER, MC_TEXT_BOLD);
  McTextStyle italic = style (grid, MC_TEXT_ALIGN_CENTER, MC_TEXT_ITALIC);
  McPdfWriter *writer = grid->writer;
  double total = mc_pdf_grid_get_header_height (grid);

  g_return_if_fail (grid != NULL);

  mc_pdf_writer_draw_rule (writer, 0, 0, grid->x[grid->n_columns]);

  for (guint i = 0; i < grid->n_groups; i++)
    {
      const McPdfGridGroup *group = &grid->groups[i];
      double top = band_top (grid, group->level);
      double width = inner_width (grid, group->first, group->last);
      double h = text_height (grid, group->title, &bold, width);

      mc_pdf_writer_draw_text (writer, group->title, &bold, grid->x[group->first] + PAD_X,
                               top + (grid->bands[group->level] - h) / 2, width);
      mc_pdf_writer_draw_rule (writer, grid->x[group->first], top + grid->bands[group->level],
                               grid->x[group->last + 1] - grid->x[group->first]);
    }

  for (guint c = 0; c < grid->n_columns; c++)
    {
      double top = band_top (grid, deepest_group (grid, c) + 1);
      double width = inner_width (grid, c, c);
      double h = text_height (grid, grid->columns[c].title, &bold, width);
      g_autofree char *number = g_strdup_printf ("(%u)", c + 1);

      mc_pdf_writer_draw_text (writer, grid->columns[c].title, &bold, grid->x[c] + PAD_X,
                               top + (grid->titles - top - h) / 2, width);
      mc_pdf_writer_draw_text (writer, number, &italic, grid->x[c], grid->titles + 1,
                               grid->x[c + 1] - grid->x[c]);
      if (c + 1 < grid->n_columns)
        {
          double from = separator_top (grid, c);

          mc_pdf_writer_draw_vertical_rule (writer, grid->x[c + 1], from, total - from);
        }
    }

  mc_pdf_writer_draw_vertical_rule (writer, 0, 0, total);
  mc_pdf_writer_draw_vertical_rule (writer, grid->x[grid->n_columns], 0, total);
  mc_pdf_writer_draw_rule (writer, 0, grid->titles, grid->x[grid->n_columns]);
  mc_pdf_writer_draw_rule (writer, 0, total, grid->x[grid->n_columns]);
  mc_pdf_writer_advance (writer, total);
}

/**
 * mc_pdf_grid_add_row:
 * @grid: a table
 * @cells: (array): one text per column
 * @bold: whether the row is a total
 *
 * Adds a row under the cursor, on a new page under the heading again when
 * it does not fit.
 */
void
mc_pdf_grid_add_row (McPdfGrid          *grid,
                     const char * const *cells,
                     gboolean            bold)
{
  McPdfWriter *writer;
  double height = 0;

  g_return_if_fail (grid != NULL);
  g_return_if_fail (cells != NULL);

  writer = grid->writer;
  for (guint c = 0; c < grid->n_columns; c++)
    {
      McTextStyle cell = style (grid, grid->columns[c].align, bold ? MC_TEXT_BOLD : MC_TEXT_PLAIN);

      height = MAX (height, text_height (grid, cells[c], &cell, inner_width (grid, c, c)));
    }
  height += 2 * PAD_Y;

  if (height > mc_pdf_writer_get_remaining (writer))
    {
      mc_pdf_writer_page_break (writer);
      mc_pdf_grid_draw_header (grid);
    }

  for (guint c = 0; c < grid->n_columns; c++)
    {
      McTextStyle cell = style (grid, grid->columns[c].align, bold ? MC_TEXT_BOLD : MC_TEXT_PLAIN);

      if (cells[c] != NULL && *cells[c] != '\0')
        mc_pdf_writer_draw_text (writer, cells[c], &cell, grid->x[c] + PAD_X, PAD_Y,
                                 inner_width (grid, c, c));
      mc_pdf_writer_draw_vertical_rule (writer, grid->x[c], 0, height);
    }
  mc_pdf_writer_draw_vertical_rule (writer, grid->x[grid->n_columns], 0, height);
  mc_pdf_writer_draw_rule (writer, 0, height, grid->x[grid->n_columns]);
  mc_pdf_writer_advance (writer, height);
}
