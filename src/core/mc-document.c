/* mc-document.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-document.h"

/* A rendered form, ready to preview, print or save: its PDF, the paper
 * the printer must use, and the dossiers it was drawn from, so that
 * printing it can be recorded on each (mc_document_store_record_output()).
 * Immutable once its sources are added. */

struct _McDocument
{
  GObject         parent_instance;

  McDocumentKind  kind;
  char           *title;
  GBytes         *pdf;
  char           *file_name;
  GPtrArray      *sources;   /* McDocumentSource */
};

G_DEFINE_FINAL_TYPE (McDocument, mc_document, G_TYPE_OBJECT)

static const struct
{
  const char  *name;
  const char  *label;
  McPaperSize  paper;
} kinds[MC_DOCUMENT_N_KINDS] = {
  [MC_DOCUMENT_APPOINTMENT_SLIP] = { "slip", N_("Receipt and Appointment Slip (Form 01)"), MC_PAPER_A5 },
  [MC_DOCUMENT_SUPPLEMENT_REQUEST] = { "supplement", N_("Supplement Request (Form 02)"), MC_PAPER_A5 },
  [MC_DOCUMENT_REFUSAL_SLIP] = { "refusal", N_("Refusal Slip (Form 03)"), MC_PAPER_A5 },
  [MC_DOCUMENT_APOLOGY_LETTER] = { "apology", N_("Apology Letter (Form 04)"), MC_PAPER_A5 },
  [MC_DOCUMENT_CONTROL_SHEET] = { "control", N_("Control Sheet (Form 05)"), MC_PAPER_A5 },
  [MC_DOCUMENT_DOSSIER_REGISTER] = { "register", N_("Dossier Register (Form 06)"), MC_PAPER_A4 },
  [MC_DOCUMENT_PROCEDURE_LIST] = { "catalogue", N_("Public List of Procedures"), MC_PAPER_A4 },
  [MC_DOCUMENT_REPORT_06A] = { "report-06a", N_("Report 06a"), MC_PAPER_A4 },
  [MC_DOCUMENT_EVALUATION_SUMMARY] = { "evaluation", N_("Evaluation Summary"), MC_PAPER_A4 },
  [MC_DOCUMENT_OVERVIEW_REPORT] = { "overview", N_("Overview Report"), MC_PAPER_A4 },
};

static void
source_free (McDocumentSource *source)
{
  g_free (source->code);
  g_free (source->step_id);
  g_free (source);
}

static void
mc_document_finalize (GObject *object)
{
  McDocument *self = (McDocument *)object;

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->pdf, g_bytes_unref);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sources, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_document_parent_class)->finalize (object);
}

static void
mc_document_class_init (McDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_document_finalize;
}

static void
mc_document_init (McDocument *self)
{
  self->sources = g_ptr_array_new_with_free_func ((GDestroyNotify) source_free);
}

/**
 * mc_document_new:
 * @kind: the form
 * @title: what the preview's title shows, translated
 * @pdf: the rendered form
 * @file_name: the name Save as PDF suggests, such as "giay-hen-….pdf"
 *
 * Returns: (transfer full): a new #McDocument
 */
McDocument *
mc_document_new (McDocumentKind  kind,
                 const char     *title,
                 GBytes         *pdf,
                 const char     *file_name)
{
  McDocument *self;

  g_return_val_if_fail (kind < MC_DOCUMENT_N_KINDS, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (pdf != NULL, NULL);
  g_return_val_if_fail (file_name != NULL, NULL);

  self = g_object_new (MC_TYPE_DOCUMENT, NULL);
  self->kind = kind;
  self->title = g_strdup (title);
  self->pdf = g_bytes_ref (pdf);
  self->file_name = g_strdup (file_name);

  return self;
}

McDocumentKind
mc_document_get_kind (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), MC_DOCUMENT_N_KINDS);
  return self->kind;
}

const char *
mc_document_get_title (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), NULL);
  return self->title;
}

/**
 * mc_document_get_pdf:
 * @self: a #McDocument
 *
 * Returns: (transfer none): the PDF
 */
GBytes *
mc_document_get_pdf (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), NULL);
  return self->pdf;
}

const char *
mc_document_get_file_name (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), NULL);
  return self->file_name;
}

/**
 * mc_document_get_paper:
 * @self: a #McDocument
 *
 * Returns: the paper the form is laid out on, which the printer must use
 *   unscaled: A5 for the counter's slips, A4 for the register and lists
 */
McPaperSize
mc_document_get_paper (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), MC_PAPER_A4);
  return kinds[self->kind].paper;
}

McPageOrientation
mc_document_get_orientation (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), MC_ORIENTATION_PORTRAIT);
  /* Only the tables of the register and of report 06a need the width of
   * A4 landscape. */
  return self->kind == MC_DOCUMENT_DOSSIER_REGISTER || self->kind == MC_DOCUMENT_REPORT_06A
    ? MC_ORIENTATION_LANDSCAPE : MC_ORIENTATION_PORTRAIT;
}

/**
 * mc_document_add_source:
 * @self: a #McDocument
 * @code: the dossier's code
 * @step_id: (nullable): the step the form was printed from
 */
void
mc_document_add_source (McDocument *self,
                        const char *code,
                        const char *step_id)
{
  McDocumentSource *source;

  g_return_if_fail (MC_IS_DOCUMENT (self));
  g_return_if_fail (code != NULL);

  source = g_new0 (McDocumentSource, 1);
  source->code = g_strdup (code);
  source->step_id = g_strdup (step_id);
  g_ptr_array_add (self->sources, source);
}

/**
 * mc_document_get_sources:
 * @self: a #McDocument
 *
 * Returns: (transfer none) (element-type McDocumentSource): the dossiers
 *   the document was drawn from; empty for the catalogue's list
 */
GPtrArray *
mc_document_get_sources (McDocument *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT (self), NULL);
  return self->sources;
}

/**
 * mc_document_kind_get_label:
 * @kind: a form
 *
 * Returns: the form's name as menus show it, translated
 */
const char *
mc_document_kind_get_label (McDocumentKind kind)
{
  g_return_val_if_fail (kind < MC_DOCUMENT_N_KINDS, NULL);
  return _(kinds[kind].label);
}

/**
 * mc_document_kind_get_name:
 * @kind: a form
 *
 * Returns: the form's name on the command line and in print events,
 *   such as "slip"
 */
const char *
mc_document_kind_get_name (McDocumentKind kind)
{
  g_return_val_if_fail (kind < MC_DOCUMENT_N_KINDS, NULL);
  return kinds[kind].name;
}

gboolean
mc_document_kind_from_name (const char     *name,
                            McDocumentKind *kind)
{
  for (guint i = 0; i < MC_DOCUMENT_N_KINDS; i++)
    if (g_strcmp0 (name, kinds[i].name) == 0)
      {
        if (kind != NULL)
          *kind = i;
        return TRUE;
      }

  return FALSE;
}

McPaperSize
mc_document_kind_get_paper (McDocumentKind kind)
{
  g_return_val_if_fail (kind < MC_DOCUMENT_N_KINDS, MC_PAPER_A4);
  return kinds[kind].paper;
}
