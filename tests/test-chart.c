/* test-chart.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-chart.h"
#include "mc-pdf-test-util.h"

/* The charts' painter, read back from the pixels it draws: taller bars
 * for larger values, stacked series in their colours, nothing for
 * zeros; and the same chart in a PDF. */

#define WIDTH 300
#define HEIGHT 200

static cairo_surface_t *
paint (const McChart *chart)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  mc_chart_draw (chart, cr, WIDTH, HEIGHT, 10);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  return surface;
}

static guint32
pixel (cairo_surface_t *surface,
       int              x,
       int              y)
{
  const guint32 *row = (const guint32 *) (cairo_image_surface_get_data (surface) +
                                          y * cairo_image_surface_get_stride (surface));

  return row[x] & 0xffffff;
}

/* Under the legend, which takes the top line. */
#define PLOT_TOP 13

/* How many pixels of @rgb lie in the column band [x1, x2) of the plot. */
static guint
count_colour (cairo_surface_t *surface,
              guint32          rgb,
              int              x1,
              int              x2)
{
  guint n = 0;

  for (int y = PLOT_TOP; y < HEIGHT; y++)
    for (int x = x1; x < x2; x++)
      n += pixel (surface, x, y) == rgb;

  return n;
}

/* The heights of the bars of @rgb, left to right: a bar is a run of
 * columns that hold the colour. */
static GArray *
bar_heights (cairo_surface_t *surface,
             guint32          rgb)
{
  GArray *heights = g_array_new (FALSE, FALSE, sizeof (guint));
  guint run = 0;

  for (int x = 0; x < WIDTH; x++)
    {
      guint column = 0;

      for (int y = PLOT_TOP; y < HEIGHT; y++)
        column += pixel (surface, x, y) == rgb;

      if (column > 0)
        run = MAX (run, column);
      else if (run > 0)
        {
          g_array_append_val (heights, run);
          run = 0;
        }
    }

  return heights;
}

static void
test_upright (void)
{
  static const char * const weeks[] = { "Tuần 1", "Tuần 2", "Tuần 3" };
  static const double online[] = { 10, 20, 0 };
  static const double counter[] = { 10, 0, 0 };
  const McChartSeries series[] = {
    { "Trực tuyến", MC_CHART_BLUE, online },
    { "Trực tiếp", MC_CHART_GREEN, counter },
  };
  const McChart chart = { weeks, 3, series, 2, FALSE };
  cairo_surface_t *surface = paint (&chart);
  g_autoptr(GArray) blue = bar_heights (surface, MC_CHART_BLUE);
  g_autoptr(GArray) green = bar_heights (surface, MC_CHART_GREEN);
  guint first;

  /* Two blue bars, week 2's twice as tall as week 1's online part, which
   * is as tall as its counter part on top; week 3 has none. */
  g_assert_cmpuint (blue->len, ==, 2);
  g_assert_cmpuint (green->len, ==, 1);
  first = g_array_index (blue, guint, 0);
  g_assert_cmpuint (first, >, 20);
  g_assert_cmpfloat_with_epsilon ((double) g_array_index (blue, guint, 1) / first, 2.0, 0.05);
  g_assert_cmpfloat_with_epsilon ((double) g_array_index (green, guint, 0) / first, 1.0, 0.05);

  cairo_surface_destroy (surface);
}

static void
test_lying (void)
{
  static const char * const fields[] = { "Hộ tịch", "Chứng thực" };
  static const double late[] = { 3, 0 };
  static const double on_time[] = { 3, 12 };
  const McChartSeries series[] = {
    { "Đúng hạn", MC_CHART_BLUE, on_time },
    { "Quá hạn", MC_CHART_RED, late },
  };
  const McChart chart = { fields, 2, series, 2, TRUE };
  cairo_surface_t *surface = paint (&chart);

  /* Lying bars: Chứng thực's is twice Hộ tịch's whole, all blue; Hộ
   * tịch's red part as long as its blue. */
  g_assert_cmpuint (count_colour (surface, MC_CHART_RED, 0, WIDTH), >, 0);
  {
    guint red = count_colour (surface, MC_CHART_RED, 0, WIDTH);
    guint blue = count_colour (surface, MC_CHART_BLUE, 0, WIDTH);

    /* blue = 3 + 12 parts, red = 3 parts. */
    g_assert_cmpfloat_with_epsilon ((double) blue / red, 5.0, 0.4);
  }

  cairo_surface_destroy (surface);
}

/* In a PDF, under a paragraph, with the Vietnamese of its labels. */
static void
test_pdf (void)
{
  static const char * const fields[] = { "Hộ tịch", "Bảo trợ xã hội" };
  static const double values[] = { 4, 2 };
  const McChartSeries series[] = { { "Tiếp nhận", MC_CHART_BLUE, values } };
  const McChart chart = { fields, 2, series, 1, TRUE };
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McPageMargins margins;

  mc_pdf_writer_add_paragraph (writer, "Tình hình tiếp nhận theo lĩnh vực", NULL);
  mc_pdf_writer_add_chart (writer, &chart, 200);
  pdf = mc_pdf_writer_finish (writer, &error);
  g_assert_no_error (error);
  document = mc_pdf_test_open (pdf);
  mc_pdf_test_assert_fonts (document);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  mc_pdf_test_assert_inside (document, &margins);
  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "Bảo trợ xã hội");
  mc_pdf_test_assert_has (text, "Tiếp nhận");
}

/* Counts of a quiet week: whole numbers on the scale, each once. */
static void
test_small_counts (void)
{
  static const char * const days[] = { "T2", "T3" };
  static const double values[] = { 2, 1 };
  const McChartSeries series[] = { { "Tiếp nhận", MC_CHART_BLUE, values } };
  const McChart chart = { days, 2, series, 1, FALSE };
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  g_auto(GStrv) words = NULL;
  guint zeros = 0, ones = 0, twos = 0;

  mc_pdf_writer_add_chart (writer, &chart, 200);
  pdf = mc_pdf_writer_finish (writer, &error);
  g_assert_no_error (error);
  document = mc_pdf_test_open (pdf);
  text = mc_pdf_test_get_text (document);
  words = g_strsplit_set (text, " \n", -1);
  for (guint i = 0; words[i] != NULL; i++)
    {
      zeros += g_str_equal (words[i], "0");
      ones += g_str_equal (words[i], "1");
      twos += g_str_equal (words[i], "2");
      g_assert_cmpstr (words[i], !=, "3");
    }
  g_test_message ("%s", text);
  g_assert_cmpuint (zeros, ==, 1);
  g_assert_cmpuint (ones, ==, 1);
  g_assert_cmpuint (twos, ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart/upright", test_upright);
  g_test_add_func ("/chart/lying", test_lying);
  g_test_add_func ("/chart/pdf", test_pdf);
  g_test_add_func ("/chart/small-counts", test_small_counts);

  return g_test_run ();
}
