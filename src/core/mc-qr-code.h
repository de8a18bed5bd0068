/* mc-qr-code.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _McQrCode McQrCode;

McQrCode *mc_qr_code_new       (const char  *text,
                                GError     **error) G_GNUC_WARN_UNUSED_RESULT;
void      mc_qr_code_free      (McQrCode    *code);
guint     mc_qr_code_get_width (McQrCode    *code);
gboolean  mc_qr_code_is_dark   (McQrCode    *code,
                                guint        x,
                                guint        y);
void      mc_qr_code_draw      (McQrCode    *code,
                                cairo_t     *cr,
                                double       x,
                                double       y,
                                double       size);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McQrCode, mc_qr_code_free)

G_END_DECLS
