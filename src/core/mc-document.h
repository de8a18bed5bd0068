/* mc-document.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

#include "mc-pdf-writer.h"

G_BEGIN_DECLS

typedef enum
{
  MC_DOCUMENT_APPOINTMENT_SLIP,    /* Mẫu 01 */
  MC_DOCUMENT_SUPPLEMENT_REQUEST,  /* Mẫu 02 */
  MC_DOCUMENT_REFUSAL_SLIP,        /* Mẫu 03 */
  MC_DOCUMENT_APOLOGY_LETTER,      /* Mẫu 04, one or many */
  MC_DOCUMENT_CONTROL_SHEET,       /* Mẫu 05 */
  MC_DOCUMENT_DOSSIER_REGISTER,    /* Mẫu 06, for a period */
  MC_DOCUMENT_PROCEDURE_LIST,      /* the public list (niêm yết) */
  MC_DOCUMENT_REPORT_06A,          /* Thông tư 01/2020, for a period */
  MC_DOCUMENT_EVALUATION_SUMMARY,  /* the 9 indices of Thông tư 01/2018 */
  MC_DOCUMENT_OVERVIEW_REPORT,     /* the leader's overview, with its charts */
  MC_DOCUMENT_N_KINDS
} McDocumentKind;

/* How a document left the application. */
typedef enum
{
  MC_DOCUMENT_OUTPUT_PRINTER,
  MC_DOCUMENT_OUTPUT_FILE,
} McDocumentOutput;

/* A dossier the document was drawn from, and the step that caused it,
 * for the print event. */
typedef struct
{
  char *code;
  char *step_id;   /* nullable */
} McDocumentSource;

#define MC_TYPE_DOCUMENT (mc_document_get_type ())

G_DECLARE_FINAL_TYPE (McDocument, mc_document, MC, DOCUMENT, GObject)

McDocument     *mc_document_new               (McDocumentKind     kind,
                                               const char        *title,
                                               GBytes            *pdf,
                                               const char        *file_name) G_GNUC_WARN_UNUSED_RESULT;
McDocumentKind  mc_document_get_kind          (McDocument        *self);
const char     *mc_document_get_title         (McDocument        *self);
GBytes         *mc_document_get_pdf           (McDocument        *self);
const char     *mc_document_get_file_name     (McDocument        *self);
McPaperSize     mc_document_get_paper         (McDocument        *self);
McPageOrientation mc_document_get_orientation (McDocument        *self);
void            mc_document_add_source        (McDocument        *self,
                                               const char        *code,
                                               const char        *step_id);
GPtrArray      *mc_document_get_sources       (McDocument        *self);

const char     *mc_document_kind_get_label    (McDocumentKind     kind);
const char     *mc_document_kind_get_name     (McDocumentKind     kind);
gboolean        mc_document_kind_from_name    (const char        *name,
                                               McDocumentKind    *kind);
McPaperSize     mc_document_kind_get_paper    (McDocumentKind     kind);

G_END_DECLS
