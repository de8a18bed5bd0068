/* mc-qr-code.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-qr-code"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <qrencode.h>

#include "mc-error.h"
#include "mc-qr-code.h"

/* QR codes for printed forms, encoded with libqrencode and drawn with
 * Cairo as vector outlines, so that they stay sharp at any resolution.
 *
 * Text is encoded as UTF-8 bytes (8-bit mode) at error correction level
 * M, which survives a crease or a stamp over a corner. The drawing is
 * the symbol alone: the caller leaves the quiet zone (four modules of
 * white) around it. */

struct _McQrCode
{
  QRcode          *code;
  cairo_surface_t *symbol;
};

/**
 * mc_qr_code_new:
 * @text: UTF-8 text
 * @error: return location for a #GError
 *
 * Returns: (transfer full): the symbol, or %NULL with %MC_ERROR_INVALID
 *   if @text is too long for a QR code
 */
McQrCode *
mc_qr_code_new (const char  *text,
                GError     **error)
{
  McQrCode *self;
  QRcode *code;

  g_return_val_if_fail (text != NULL, NULL);

  code = QRcode_encodeData ((int) strlen (text), (const unsigned char *) text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    {
      int saved_errno = errno;

      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Could not make the QR code: %s"), g_strerror (saved_errno));
      return NULL;
    }

  self = g_new0 (McQrCode, 1);
  self->code = code;
  return self;
}

void
mc_qr_code_free (McQrCode *self)
{
  if (self == NULL)
    return;

  QRcode_free (self->code);
  g_clear_pointer (&self->symbol, cairo_surface_destroy);
  g_free (self);
}

/**
 * mc_qr_code_get_width:
 * @self: a #McQrCode
 *
 * Returns: the number of modules on a side
 */
guint
mc_qr_code_get_width (McQrCode *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return (guint) self->code->width;
}

gboolean
mc_qr_code_is_dark (McQrCode *self,
                    guint     x,
                    guint     y)
{
  guint width;

  g_return_val_if_fail (self != NULL, FALSE);

  width = (guint) self->code->width;
  g_return_val_if_fail (x < width && y < width, FALSE);

  return (self->code->data[y * width + x] & 1) != 0;
}

/* The outline of the dark modules, in modules: each connected region
 * of them is one polygon, with a vertex only where its edge turns. It
 * covers the same area as a square per module, with about two thirds of
 * the vertices of a rectangle per run of modules; every vertex is
 * printed into the PDF and compressed, which was much of the time of an
 * appointment slip.
 *
 * Every edge between a dark module and a light one (or the border) is
 * directed with the dark side on its right, so that outer edges run
 * clockwise and holes anticlockwise, and the path fills alike with
 * either fill rule. Where two dark modules touch only at a corner the
 * outline turns right, keeping to the module it follows, so that no
 * polygon crosses itself. */

enum { EAST, SOUTH, WEST, NORTH };

static const int step_x[] = { 1, 0, -1, 0 };
static const int step_y[] = { 0, 1, 0, -1 };

static gboolean
is_dark_at (McQrCode *self,
            int       x,
            int       y)
{
  int width = self->code->width;

  return x >= 0 && y >= 0 && x < width && y < width
         && (self->code->data[y * width + x] & 1) != 0;
}

static void
trace_outline (McQrCode *self,
               cairo_t  *cr)
{
  int width = self->code->width;
  int n = width + 1;
  g_autofree guint8 *out = g_new0 (guint8, n * n);

  /* The edges leaving each lattice point, one bit per direction. */
  for (int y = 0; y < width; y++)
    for (int x = 0; x < width; x++)
      {
        if (!is_dark_at (self, x, y))
          continue;
        if (!is_dark_at (self, x, y - 1))
          out[y * n + x] |= 1 << EAST;
        if (!is_dark_at (self, x + 1, y))
          out[y * n + x + 1] |= 1 << SOUTH;
        if (!is_dark_at (self, x, y + 1))
          out[(y + 1) * n + x + 1] |= 1 << WEST;
        if (!is_dark_at (self, x - 1, y))
          out[(y + 1) * n + x] |= 1 << NORTH;
      }

  /* Points are visited top to bottom, left to right, and each outline is
   * traced whole: the first point found of an outline is its top left
   * corner, and the outline comes back to it only at its end. */
  for (int start = 0; start < n * n; start++)
    {
      int x, y, direction;

      if (out[start] == 0)
        continue;

      x = start % n;
      y = start / n;
      direction = (out[start] & (1 << EAST)) ? EAST : SOUTH;
      cairo_move_to (cr, x, y);
      for (;;)
        {
          guint8 here;

          out[y * n + x] &= ~(1 << direction);
          x += step_x[direction];
          y += step_y[direction];
          if (y * n + x == start)
            break;

          /* A corner: one way on, or two where modules touch at it. */
          here = out[y * n + x];
          if (!(here & (1 << direction)))
            {
              int right = (direction + 1) % 4;

              direction = (here & (1 << right)) ? right : (direction + 3) % 4;
              cairo_line_to (cr, x, y);
            }
        }
      cairo_close_path (cr);
    }
}

/**
 * mc_qr_code_draw:
 * @self: a #McQrCode
 * @cr: where to draw
 * @x: the symbol's left edge
 * @y: its top edge
 * @size: its side, without the quiet zone
 *
 * Fills the dark modules in black, as outlines, so that no hairline
 * shows between neighbours.
 *
 * The symbol is recorded on the first call, in modules, and painted
 * scaled: a PDF holds it once however many times it is drawn, such as
 * on both copies of a slip, as a form with whole numbers for
 * coordinates. A code is drawn from one thread at a time.
 */
void
mc_qr_code_draw (McQrCode *self,
                 cairo_t  *cr,
                 double    x,
                 double    y,
                 double    size)
{
  guint width;
  double module;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  width = mc_qr_code_get_width (self);
  module = size / width;

  if (self->symbol == NULL)
    {
      cairo_rectangle_t extents = { 0, 0, width, width };
      cairo_t *symbol_cr;

      self->symbol = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
      symbol_cr = cairo_create (self->symbol);
      cairo_set_source_rgb (symbol_cr, 0, 0, 0);
      trace_outline (self, symbol_cr);
      cairo_fill (symbol_cr);
      cairo_destroy (symbol_cr);
    }

  cairo_save (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, module, module);
  cairo_set_source_surface (cr, self->symbol, 0, 0);
  cairo_paint (cr);
  cairo_restore (cr);
}
