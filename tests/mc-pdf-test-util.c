/* mc-pdf-test-util.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "mc-pdf-test-util.h"

/* Reopening generated PDFs with Poppler, as a reader would. */

#define MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

/* Glyph boxes are the font's ascent and descent, a little taller than
 * the line Pango lays out. */
#define TOLERANCE 2.0

PopplerDocument *
mc_pdf_test_open (GBytes *pdf)
{
  g_autoptr(GError) error = NULL;
  PopplerDocument *document;

  g_assert_nonnull (pdf);
  g_assert_true (g_str_has_prefix (g_bytes_get_data (pdf, NULL), "%PDF-"));
  document = poppler_document_new_from_bytes (pdf, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);

  return document;
}

/* Lines a box wraps are joined by a space: "BỘ PHẬN TIẾP NHẬN VÀ\nTRẢ
 * KẾT QUẢ" is found as one string. */
char *
mc_pdf_test_get_page_text (PopplerDocument *document,
                           int              index)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  char *text = poppler_page_get_text (page);

  g_assert_true (g_utf8_validate (text, -1, NULL));
  return g_strdelimit (text, "\n", ' ');
}

/* The characters whose boxes' centres lie within a rectangle of a page,
 * in points from its top left, lines joined by spaces. (Poppler's own
 * get_text_for_area() selects as a mouse does, in reading order, so it
 * takes in the other column too.) */
char *
mc_pdf_test_get_area_text (PopplerDocument *document,
                           int              index,
                           double           x1,
                           double           y1,
                           double           x2,
                           double           y2)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree char *text = poppler_page_get_text (page);
  GString *area = g_string_new (NULL);
  const char *p = text;
  guint n_rects = 0;

  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      double x = (rects[i].x1 + rects[i].x2) / 2;
      double y = (rects[i].y1 + rects[i].y2) / 2;
      gunichar c = g_utf8_get_char (p);

      if (x >= x1 && x <= x2 && y >= y1 && y <= y2)
        g_string_append_unichar (area, c == '\n' ? ' ' : c);
    }

  return g_string_free (area, FALSE);
}

/* The text of every page, one after the other. */
char *
mc_pdf_test_get_text (PopplerDocument *document)
{
  GString *text = g_string_new (NULL);
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      g_autofree char *page_text = mc_pdf_test_get_page_text (document, i);

      g_string_append (text, page_text);
      g_string_append_c (text, '\n');
    }

  return g_string_free (text, FALSE);
}

void
mc_pdf_test_assert_page_size (PopplerDocument *document,
                              double           width,
                              double           height)
{
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      double page_width, page_height;

      poppler_page_get_size (page, &page_width, &page_height);
      g_assert_cmpfloat_with_epsilon (page_width, width, 1.0);
      g_assert_cmpfloat_with_epsilon (page_height, height, 1.0);
    }
}

/* Every font is Liberation Serif, embedded as a subset. */
void
mc_pdf_test_assert_fonts (PopplerDocument *document)
{
  g_autoptr(PopplerFontInfo) info = poppler_font_info_new (document);
  PopplerFontsIter *iter = NULL;
  guint n_fonts = 0;

  while (poppler_font_info_scan (info, poppler_document_get_n_pages (document), &iter))
    {
      if (iter == NULL)
        continue;
      do
        {
          const char *name = poppler_fonts_iter_get_name (iter);

          g_assert_nonnull (name);
          g_assert_nonnull (strstr (name, "LiberationSerif"));
          g_assert_true (poppler_fonts_iter_is_embedded (iter));
          g_assert_true (poppler_fonts_iter_is_subset (iter));
          n_fonts++;
        }
      while (poppler_fonts_iter_next (iter));
      g_clear_pointer (&iter, poppler_fonts_iter_free);
    }

  g_assert_cmpuint (n_fonts, >, 0);
}

/* Every character's box lies within the page less its margins. */
void
mc_pdf_test_assert_inside (PopplerDocument     *document,
                           const McPageMargins *margins)
{
  int n_pages = poppler_document_get_n_pages (document);

  for (int i = 0; i < n_pages; i++)
    {
      g_autoptr(PopplerPage) page = poppler_document_get_page (document, i);
      g_autofree PopplerRectangle *rects = NULL;
      g_autofree char *text = poppler_page_get_text (page);
      const char *p = text;
      guint n_rects = 0;
      double width, height;

      poppler_page_get_size (page, &width, &height);
      g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));

      for (guint j = 0; j < n_rects && *p != '\0'; j++, p = g_utf8_next_char (p))
        {
          const PopplerRectangle *r = &rects[j];

          if (g_unichar_isspace (g_utf8_get_char (p)))
            continue;
          /* The page number, in the top margin (Nghị định 30/2020). */
          if (g_unichar_isdigit (g_utf8_get_char (p)) && r->y2 <= MM_TO_PT (margins->top))
            continue;

          if (r->x1 < MM_TO_PT (margins->left) - TOLERANCE ||
              r->x2 > width - MM_TO_PT (margins->right) + TOLERANCE ||
              r->y1 < MM_TO_PT (margins->top) - TOLERANCE ||
              r->y2 > height - MM_TO_PT (margins->bottom) + TOLERANCE)
            g_error ("Page %d: “%.20s” at (%.1f, %.1f)–(%.1f, %.1f) leaves the text area",
                     i + 1, p, r->x1, r->y1, r->x2, r->y2);
        }
    }
}

/* Keeps a copy for a look by hand when MC_TEST_PDF_DIR is set. */
void
mc_pdf_test_save (GBytes     *pdf,
                  const char *name)
{
  const char *dir = g_getenv ("MC_TEST_PDF_DIR");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;

  path = g_build_filename (dir, name, NULL);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));
}

/* Decodes the QR code of a page: renders it at 300 dpi with pdftoppm and
 * reads it with zbarimg. Returns NULL if zbarimg is not installed. */
char *
mc_pdf_test_decode_qr (GBytes *pdf,
                       int     page)
{
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *pdf_path = NULL;
  g_autofree char *prefix = NULL;
  g_autofree char *png_path = NULL;
  g_autofree char *page_arg = g_strdup_printf ("%d", page + 1);
  g_autofree char *out = NULL;
  int status;

  if (zbarimg == NULL)
    return NULL;

  dir = g_dir_make_tmp ("mc-qr-XXXXXX", &error);
  g_assert_no_error (error);
  pdf_path = g_build_filename (dir, "doc.pdf", NULL);
  prefix = g_build_filename (dir, "page", NULL);
  png_path = g_build_filename (dir, "page.png", NULL);
  g_assert_true (g_file_set_contents (pdf_path, g_bytes_get_data (pdf, NULL), g_bytes_get_size (pdf), NULL));

  {
    const char *argv[] = { "pdftoppm", "-r", "300", "-png", "-singlefile",
                           "-f", page_arg, "-l", page_arg, pdf_path, prefix, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                 NULL, NULL, &status, &error));
    g_assert_no_error (error);
    g_assert_true (g_spawn_check_wait_status (status, NULL));
  }
  {
    const char *argv[] = { "zbarimg", "--raw", "-q", png_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                                 NULL, NULL, &out, NULL, &status, &error));
    g_assert_no_error (error);
  }

  g_unlink (png_path);
  g_unlink (pdf_path);
  g_rmdir (dir);

  /* zbarimg ends the text with a newline. */
  if (out != NULL && g_str_has_suffix (out, "\n"))
    out[strlen (out) - 1] = '\0';
  return g_steal_pointer (&out);
}

/* A moment in Vietnam's time (UTC+7), as the forms print it. */
GDateTime *
mc_pdf_test_moment (int year,
                    int month,
                    int day,
                    int hour,
                    int minute)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+07:00");

  return g_date_time_new (zone, year, month, day, hour, minute, 0);
}

/* Fails with the whole text, to see what the form printed instead. */
void
mc_pdf_test_assert_has (const char *text,
                        const char *expected)
{
  if (strstr (text, expected) == NULL)
    g_error ("“%s” is missing from:\n%s", expected, text);
}

typedef struct
{
  double   x1, x2;
  gunichar c;
} Glyph;

static int
compare_glyphs (gconstpointer a,
                gconstpointer b)
{
  const Glyph *x = a, *y = b;

  return (x->x1 > y->x1) - (x->x1 < y->x1);
}

/**
 * mc_pdf_test_get_row_text:
 * @document: a PDF
 * @index: a page
 * @name: a text of a table's row, such as its first cell
 *
 * Returns: (transfer full): the text of the row, left to right, words
 *   apart where the page leaves a gap: Poppler's own order goes down the
 *   columns
 */
char *
mc_pdf_test_get_row_text (PopplerDocument *document,
                          int              index,
                          const char      *name)
{
  g_autoptr(PopplerPage) page = poppler_document_get_page (document, index);
  g_autofree PopplerRectangle *rects = NULL;
  g_autofree char *text = poppler_page_get_text (page);
  g_autoptr(GArray) glyphs = g_array_new (FALSE, FALSE, sizeof (Glyph));
  GString *row = g_string_new (NULL);
  const char *found = strstr (text, name);
  const char *p = text;
  guint n_rects = 0;
  double y1, y2;

  g_assert_nonnull (found);
  g_assert_true (poppler_page_get_text_layout (page, &rects, &n_rects));
  y1 = rects[g_utf8_pointer_to_offset (text, found)].y1;
  y2 = rects[g_utf8_pointer_to_offset (text, found)].y2;

  for (guint i = 0; i < n_rects && *p != '\0'; i++, p = g_utf8_next_char (p))
    {
      double y = (rects[i].y1 + rects[i].y2) / 2;
      Glyph glyph = { rects[i].x1, rects[i].x2, g_utf8_get_char (p) };

      if (y >= y1 && y <= y2 && !g_unichar_isspace (glyph.c))
        g_array_append_val (glyphs, glyph);
    }
  g_array_sort (glyphs, compare_glyphs);

  for (guint i = 0; i < glyphs->len; i++)
    {
      Glyph *glyph = &g_array_index (glyphs, Glyph, i);

      if (i > 0 && glyph->x1 - g_array_index (glyphs, Glyph, i - 1).x2 > 1.5)
        g_string_append_c (row, ' ');
      g_string_append_unichar (row, glyph->c);
    }

  return g_string_free (row, FALSE);
}
