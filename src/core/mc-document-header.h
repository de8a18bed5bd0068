/* mc-document-header.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-form-template.h"
#include "mc-pdf-writer.h"

G_BEGIN_DECLS

/* The heading of an administrative document (Nghị định 30/2020, boxes
 * 1 to 4). Strings may be NULL for "not printed". */
typedef struct
{
  const char *superior;     /* box 2: the superior agency, upright capitals */
  const char *agency;       /* box 2: the issuing agency, bold capitals, ruled */
  const char *number;       /* box 3: such as "Số: 12/GTN" */
  const char *place_date;   /* box 4: mc_format_legal_date() */
} McDocumentHeader;

#define MC_QUOC_HIEU "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#define MC_TIEU_NGU  "Độc lập - Tự do - Hạnh phúc"

char *mc_format_legal_date       (const GDate            *date,
                                  const char             *place) G_GNUC_WARN_UNUSED_RESULT;
void  mc_document_add_report_sign_off (McPdfWriter       *writer,
                                       McFormTemplate    *texts,
                                       const char        *place_name,
                                       GDateTime         *dated);
char *mc_format_legal_date_at    (GDateTime              *time,
                                  const char             *place) G_GNUC_WARN_UNUSED_RESULT;
void  mc_document_header_render  (McPdfWriter            *writer,
                                  const McDocumentHeader *header);
void  mc_document_header_render_with_qr (McPdfWriter            *writer,
                                         const McDocumentHeader *header,
                                         McQrCode               *qr);
double mc_document_header_get_qr_size   (McPdfWriter            *writer);

G_END_DECLS
