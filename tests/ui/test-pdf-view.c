/* test-pdf-view.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Widget tests of McPdfView, the preview's pages: PDFs drawn by the
 * core's writer are shown in a real window, and the zoom it opens at and
 * the one it fits to are read back from the pages' sizes. Needs a
 * display: run under xvfb-run. */

#include "config.h"

#include "mc-pdf-view.h"
#include "mc-pdf-writer.h"
#include "mc-ui-test-util.h"

#define WINDOW_WIDTH 780

typedef struct
{
  GtkWindow *window;
  McPdfView *view;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (fixture->window, WINDOW_WIDTH, 600);
  fixture->view = MC_PDF_VIEW (mc_pdf_view_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->view));
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gtk_window_destroy (fixture->window);
  mc_ui_test_spin (50);
}

/* A document of @n_pages on @paper. */
static GBytes *
make_pdf (McPaperSize       paper,
          McPageOrientation orientation,
          guint             n_pages)
{
  g_autoptr(McPdfWriter) writer = mc_pdf_writer_new (paper, orientation, NULL);
  g_autoptr(GError) error = NULL;
  GBytes *pdf;

  for (guint i = 0; i < n_pages; i++)
    {
      if (i > 0)
        mc_pdf_writer_page_break (writer);
      mc_pdf_writer_add_paragraph (writer, "Sổ theo dõi hồ sơ", NULL);
    }
  pdf = mc_pdf_writer_finish (writer, &error);
  g_assert_no_error (error);

  return pdf;
}

static gboolean
all_rendered (McPdfView *view)
{
  guint n_pages = mc_pdf_view_get_n_pages (view);

  return n_pages > 0 && mc_pdf_view_get_n_rendered (view) == n_pages;
}

static void
show (Fixture *fixture,
      GBytes  *pdf)
{
  mc_pdf_view_set_pdf (fixture->view, pdf);
  mc_ui_test_wait_until (all_rendered, fixture->view, "the pages to be drawn");
  mc_ui_test_spin (50);
}

/* The width a page asks for, in CSS pixels. */
static int
page_width (Fixture *fixture)
{
  GtkWidget *page = mc_ui_test_find_by_type (fixture->view, GTK_TYPE_PICTURE);
  int width;

  g_assert_nonnull (page);
  gtk_widget_get_size_request (page, &width, NULL);
  return width;
}

static void
test_landscape_opens_fitted (Fixture       *fixture,
                             gconstpointer  user_data)
{
  g_autoptr(GBytes) pdf = make_pdf (MC_PAPER_A4, MC_ORIENTATION_LANDSCAPE, 2);
  int view_width;
  double fitted;

  show (fixture, pdf);
  view_width = gtk_widget_get_width (GTK_WIDGET (fixture->view));
  g_assert_cmpint (view_width, >, 0);

  /* A4 landscape is 1123 px wide at 100%: it opens zoomed out, and the
   * whole line fits the view, with little room left over. */
  fitted = mc_pdf_view_get_zoom (fixture->view);
  g_assert_cmpfloat (fitted, <, 1.0);
  g_assert_cmpint (page_width (fixture), <=, view_width);
  g_assert_cmpint (page_width (fixture), >=, view_width - 60);

  /* The actual size, then fitted again. */
  mc_pdf_view_set_zoom (fixture->view, 1.0);
  g_assert_cmpint (page_width (fixture), >, view_width);
  mc_ui_test_wait_until (all_rendered, fixture->view, "the pages drawn at 100%");
  mc_pdf_view_zoom_to_width (fixture->view);
  g_assert_cmpfloat_with_epsilon (mc_pdf_view_get_zoom (fixture->view), fitted, 1e-6);
  g_assert_cmpint (page_width (fixture), <=, view_width);
}

static void
test_narrow_page_keeps_its_size (Fixture       *fixture,
                                 gconstpointer  user_data)
{
  g_autoptr(GBytes) pdf = make_pdf (MC_PAPER_A5, MC_ORIENTATION_PORTRAIT, 1);

  /* A5 is 559 px wide at 100%: it fits, and opens at its actual size. */
  show (fixture, pdf);
  g_assert_cmpfloat (mc_pdf_view_get_zoom (fixture->view), ==, 1.0);
  g_assert_cmpint (page_width (fixture), ==, 559);

  /* Fitting it to the width zooms in. */
  mc_pdf_view_zoom_to_width (fixture->view);
  g_assert_cmpfloat (mc_pdf_view_get_zoom (fixture->view), >, 1.0);
  g_assert_cmpint (page_width (fixture), <=, gtk_widget_get_width (GTK_WIDGET (fixture->view)));
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;

#define ADD(path, func) \
  g_test_add ("/ui/pdf-view/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("landscape-opens-fitted", test_landscape_opens_fitted);
  ADD ("narrow-page-keeps-its-size", test_narrow_page_keeps_its_size);

#undef ADD

  return g_test_run ();
}
