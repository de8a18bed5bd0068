/* mc-chart.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-chart"

#include "config.h"

#include <math.h>
#include <pango/pangocairo.h>

#include "mc-chart.h"

/* The one painter of the statistics' charts: the dashboard draws with it
 * on screen (McChartView) and the reports in their PDF, so that both show
 * the same figure. Stacked bars, a legend above, a scale of round numbers
 * with light rules, the categories' names along the axis. Text is set in
 * the same serif as the forms, at the size asked. */

#define FONT_FAMILY "Liberation Serif"
#define GAP 6.0

static PangoLayout *
make_layout (cairo_t    *cr,
             const char *text,
             double      font_size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_new ();

  pango_font_description_set_family (font, FONT_FAMILY);
  pango_font_description_set_absolute_size (font, font_size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (font);

  return layout;
}

static void
text_size (PangoLayout *layout,
           double      *width,
           double      *height)
{
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  *width = w;
  *height = h;
}

static void
set_rgb (cairo_t *cr,
         guint32  rgb)
{
  cairo_set_source_rgb (cr, ((rgb >> 16) & 0xff) / 255.0, ((rgb >> 8) & 0xff) / 255.0,
                        (rgb & 0xff) / 255.0);
}

/* The smallest round number (1, 2 or 5 times a power of ten) at least
 * @value / @steps, so that @steps of them cover @value. */
static double
round_step (double value,
            int    steps)
{
  double raw = MAX (value, 1) / steps;
  double power = pow (10, floor (log10 (raw)));

  if (raw <= power)
    return power;
  if (raw <= 2 * power)
    return 2 * power;
  if (raw <= 5 * power)
    return 5 * power;
  return 10 * power;
}

static double
draw_legend (const McChart *chart,
             cairo_t       *cr,
             double         width,
             double         font_size)
{
  double x = 0, y = 0, line = 0;

  for (guint s = 0; s < chart->n_series; s++)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, chart->series[s].label, font_size);
      double w, h, swatch = font_size * 0.8;

      text_size (layout, &w, &h);
      if (x > 0 && x + swatch + 4 + w > width)
        {
          x = 0;
          y += line + 2;
        }
      set_rgb (cr, chart->series[s].rgb);
      cairo_rectangle (cr, x, y + (h - swatch) / 2, swatch, swatch);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      cairo_move_to (cr, x + swatch + 4, y);
      pango_cairo_show_layout (cr, layout);
      x += swatch + 4 + w + 3 * GAP;
      line = MAX (line, h);
    }

  return y + line + GAP;
}

static double
total_of (const McChart *chart,
          guint          category)
{
  double total = 0;

  for (guint s = 0; s < chart->n_series; s++)
    total += chart->series[s].values[category];

  return total;
}

/**
 * mc_chart_draw:
 * @chart: what to draw
 * @cr: where, from its current origin
 * @width: the room across, in the units of @cr
 * @height: the room down
 * @font_size: the text's size, in the same units
 *
 * Draws @chart in the rectangle (0, 0, @width, @height) of @cr.
 */
void
mc_chart_draw (const McChart *chart,
               cairo_t       *cr,
               double         width,
               double         height,
               double         font_size)
{
  double top, largest = 0, step, scale_max, label_room = 0, scale_room = 0;
  double plot_x, plot_y, plot_w, plot_h;
  double widest_label = 0;
  guint label_every = 1;
  int steps = 4;

  g_return_if_fail (chart != NULL);
  g_return_if_fail (cr != NULL);

  cairo_save (cr);
  top = draw_legend (chart, cr, width, font_size);

  for (guint c = 0; c < chart->n_categories; c++)
    largest = MAX (largest, total_of (chart, c));
  /* The charts count dossiers: a scale of whole numbers, with fewer
   * lines when there are fewer than four. */
  steps = (int) CLAMP (ceil (largest), 1, steps);
  step = MAX (1, round_step (largest, steps));
  scale_max = step * steps;

  /* Room for the names of the categories and for the scale's numbers. */
  for (guint c = 0; c < chart->n_categories; c++)
    {
      g_autoptr(PangoLayout) layout = make_layout (cr, chart->categories[c], font_size);
      double w, h;

      text_size (layout, &w, &h);
      label_room = MAX (label_room, chart->lying ? w : h);
      widest_label = MAX (widest_label, w);
    }
  {
    g_autofree char *text = g_strdup_printf ("%.0f", scale_max);
    g_autoptr(PangoLayout) layout = make_layout (cr, text, font_size);
    double w, h;

    text_size (layout, &w, &h);
    scale_room = chart->lying ? h : w;
  }

  if (chart->lying)
    {
      label_room = MIN (label_room, width * 0.4);
      plot_x = label_room + GAP;
      plot_y = top;
      plot_w = width - plot_x - GAP;
      plot_h = height - top - scale_room - GAP;
    }
  else
    {
      plot_x = scale_room + GAP;
      plot_y = top;
      plot_w = width - plot_x;
      plot_h = height - top - label_room - GAP;
    }
  if (plot_w <= 0 || plot_h <= 0 || chart->n_categories == 0)
    {
      cairo_restore (cr);
      return;
    }

  /* Upright bars too narrow for their names: every second, third… name,
   * whole, rather than all of them cut short. */
  if (!chart->lying)
    {
      double slot = plot_w / chart->n_categories;

      label_every = (guint) ceil ((widest_label + GAP) / slot);
      label_every = MAX (label_every, 1);
    }

  /* The scale: a light rule at each round number. */
  cairo_set_line_width (cr, 0.5);
  for (int i = 0; i <= steps; i++)
    {
      g_autofree char *text = g_strdup_printf ("%.0f", step * i);
      g_autoptr(PangoLayout) layout = make_layout (cr, text, font_size);
      double w, h, at;

      text_size (layout, &w, &h);
      cairo_set_source_rgb (cr, 0.8, 0.8, 0.8);
      if (chart->lying)
        {
          at = plot_x + plot_w * i / steps;
          cairo_move_to (cr, at, plot_y);
          cairo_line_to (cr, at, plot_y + plot_h);
          cairo_stroke (cr);
          cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
          cairo_move_to (cr, at - w / 2, plot_y + plot_h + GAP / 2);
        }
      else
        {
          at = plot_y + plot_h - plot_h * i / steps;
          cairo_move_to (cr, plot_x, at);
          cairo_line_to (cr, plot_x + plot_w, at);
          cairo_stroke (cr);
          cairo_set_source_rgb (cr, 0.35, 0.35, 0.35);
          cairo_move_to (cr, plot_x - GAP - w, at - h / 2);
        }
      pango_cairo_show_layout (cr, layout);
    }

  /* The bars, each series stacked on the ones before. */
  for (guint c = 0; c < chart->n_categories; c++)
    {
      double slot = (chart->lying ? plot_h : plot_w) / chart->n_categories;
      /* A lone bar stays a bar, not a block. */
      double thickness = MIN (slot * 0.7, font_size * 3);
      double start = (chart->lying ? plot_y : plot_x) + slot * c + (slot - thickness) / 2;
      double reached = 0;
      g_autoptr(PangoLayout) layout = make_layout (cr, chart->categories[c], font_size);
      double w, h;

      for (guint s = 0; s < chart->n_series; s++)
        {
          double value = chart->series[s].values[c];
          double length = (chart->lying ? plot_w : plot_h) * value / scale_max;

          if (value <= 0)
            continue;
          set_rgb (cr, chart->series[s].rgb);
          if (chart->lying)
            cairo_rectangle (cr, plot_x + reached, start, length, thickness);
          else
            cairo_rectangle (cr, start, plot_y + plot_h - reached - length, thickness, length);
          cairo_fill (cr);
          reached += length;
        }

      if (c % label_every != 0)
        continue;

      /* The category's name, cut to its room when too long. */
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      if (chart->lying)
        pango_layout_set_width (layout, (int) (label_room * PANGO_SCALE));
      else
        pango_layout_set_width (layout, (int) (slot * label_every * PANGO_SCALE));
      text_size (layout, &w, &h);
      cairo_set_source_rgb (cr, 0.2, 0.2, 0.2);
      if (chart->lying)
        cairo_move_to (cr, plot_x - GAP - w, start + (thickness - h) / 2);
      else
        cairo_move_to (cr, start + (thickness - w) / 2, plot_y + plot_h + GAP / 2);
      pango_cairo_show_layout (cr, layout);
    }

  /* The axis. */
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  cairo_set_line_width (cr, 1);
  if (chart->lying)
    {
      cairo_move_to (cr, plot_x, plot_y);
      cairo_line_to (cr, plot_x, plot_y + plot_h);
    }
  else
    {
      cairo_move_to (cr, plot_x, plot_y + plot_h);
      cairo_line_to (cr, plot_x + plot_w, plot_y + plot_h);
    }
  cairo_stroke (cr);

  cairo_restore (cr);
}
