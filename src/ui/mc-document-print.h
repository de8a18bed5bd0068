/* mc-document-print.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

#include "mc-document.h"

G_BEGIN_DECLS

void      mc_document_print_async        (McDocument           *document,
                                          GtkWindow            *parent,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean  mc_document_print_finish       (GAsyncResult         *result,
                                          GError              **error);
gboolean  mc_document_print_export       (McDocument           *document,
                                          GtkWindow            *parent,
                                          const char           *path,
                                          GError              **error);
GtkPageSetup *mc_document_print_dup_page_setup (McDocument     *document) G_GNUC_WARN_UNUSED_RESULT;
void      mc_document_print_find_printers (GCancellable        *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
gboolean  mc_document_print_find_printers_finish (GAsyncResult  *result,
                                                  GError       **error);

G_END_DECLS
