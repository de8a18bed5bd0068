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
 * Cairo as filled squares, so that they stay sharp at any resolution.
 *
 * Text is encoded as UTF-8 bytes (8-bit mode) at error correction level
 * M, which survives a crease or a stamp over a corner. The drawing is
 * the symbol alone: the caller leaves the quiet zone (four modules of
 * white) around it. */

struct _McQrCode
{
  QRcode *code;
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

/**
 * mc_qr_code_draw:
 * @self: a #McQrCode
 * @cr: where to draw, with a black source
 * @x: the symbol's left edge
 * @y: its top edge
 * @size: its side, without the quiet zone
 *
 * Fills the dark modules, each run of them in a row as one rectangle,
 * so that no hairline shows between neighbours.
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

  cairo_save (cr);
  cairo_new_path (cr);
  for (guint row = 0; row < width; row++)
    {
      guint column = 0;

      while (column < width)
        {
          guint start;

          if (!mc_qr_code_is_dark (self, column, row))
            {
              column++;
              continue;
            }

          start = column;
          while (column < width && mc_qr_code_is_dark (self, column, row))
            column++;
          cairo_rectangle (cr, x + start * module, y + row * module, (column - start) * module, module);
        }
    }
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  cairo_fill (cr);
  cairo_restore (cr);
}
