/* mc-document-print.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-document-print"

#include "config.h"

#include <glib/gi18n.h>
#include <gtk/gtkunixprint.h>
#include <poppler.h>

#include "mc-document-print.h"
#include "mc-error.h"

/* Prints a document's PDF through GtkPrintOperation, always with the
 * print dialog: a dialog-less print to a virtual printer hangs (see
 * platform-notes.md). The paper is the form's own, A5 for the counter's
 * slips, at full size with no scaling, and every page in one job: both
 * liên of a slip, or every letter owed.
 *
 * The settings the clerk chose (printer, copies, duplex…) are kept in
 * the user's configuration directory and offered the next time; the
 * paper is always the form's.
 *
 * Poppler draws the pages on the main thread here: GTK asks for them
 * there. This document is opened for the print job alone, so it shares
 * nothing with the preview's thread. */

typedef struct
{
  PopplerDocument *document;
  McDocument      *source;
} PrintJob;

static void
print_job_free (PrintJob *job)
{
  g_clear_object (&job->document);
  g_clear_object (&job->source);
  g_free (job);
}

static char *
dup_settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), APP_ID, "print-settings.ini", NULL);
}

static GtkPrintSettings *
load_settings (void)
{
  g_autofree char *path = dup_settings_path ();
  GtkPrintSettings *settings = gtk_print_settings_new_from_file (path, NULL);

  /* No file yet, or one that cannot be read: GTK's defaults. */
  return settings != NULL ? settings : gtk_print_settings_new ();
}

static void
save_settings (GtkPrintSettings *settings)
{
  g_autofree char *path = dup_settings_path ();
  g_autofree char *directory = g_path_get_dirname (path);
  g_autoptr(GError) error = NULL;

  /* Losing them only means choosing the printer again: not an error to
   * bother the clerk with after a successful print. */
  if (g_mkdir_with_parents (directory, 0700) != 0 ||
      !gtk_print_settings_to_file (settings, path, &error))
    g_debug ("Print settings not kept in %s: %s", path,
             error != NULL ? error->message : g_strerror (errno));
}

/**
 * mc_document_print_dup_page_setup:
 * @document: a document
 *
 * Returns: (transfer full): the document's paper, unscaled
 */
GtkPageSetup *
mc_document_print_dup_page_setup (McDocument *document)
{
  g_autoptr(GtkPaperSize) paper = NULL;
  GtkPageSetup *setup = gtk_page_setup_new ();

  paper = gtk_paper_size_new (mc_document_get_paper (document) == MC_PAPER_A5
                                ? GTK_PAPER_NAME_A5 : GTK_PAPER_NAME_A4);
  gtk_page_setup_set_paper_size_and_default_margins (setup, paper);
  gtk_page_setup_set_orientation (setup,
                                  mc_document_get_orientation (document) == MC_ORIENTATION_LANDSCAPE
                                    ? GTK_PAGE_ORIENTATION_LANDSCAPE : GTK_PAGE_ORIENTATION_PORTRAIT);
  return setup;
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page_nr,
              PrintJob          *job)
{
  PopplerPage *page = poppler_document_get_page (job->document, page_nr);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  /* The unit is the point, the page the whole sheet: the PDF's own
   * coordinates, so the form prints at its true size. */
  if (page != NULL)
    {
      poppler_page_render_for_printing (page, cr);
      g_object_unref (page);
    }
}

static GtkPrintOperation *
new_operation (McDocument  *document,
               GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GtkPageSetup) setup = NULL;
  g_autoptr(GtkPrintSettings) settings = NULL;
  g_autoptr(GError) local_error = NULL;
  PrintJob *job;

  job = g_new0 (PrintJob, 1);
  job->source = g_object_ref (document);
  job->document = poppler_document_new_from_bytes (mc_document_get_pdf (document), NULL, &local_error);
  if (job->document == NULL)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The document cannot be printed: %s"), local_error->message);
      print_job_free (job);
      return NULL;
    }

  operation = gtk_print_operation_new ();
  g_object_set_data_full (G_OBJECT (operation), "mc-print-job", job, (GDestroyNotify) print_job_free);
  gtk_print_operation_set_job_name (operation, mc_document_get_title (document));
  gtk_print_operation_set_n_pages (operation, poppler_document_get_n_pages (job->document));
  gtk_print_operation_set_use_full_page (operation, TRUE);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);

  setup = mc_document_print_dup_page_setup (document);
  gtk_print_operation_set_default_page_setup (operation, setup);

  settings = load_settings ();
  gtk_print_settings_set_paper_size (settings, gtk_page_setup_get_paper_size (setup));
  gtk_print_settings_set_orientation (settings, gtk_page_setup_get_orientation (setup));
  gtk_print_settings_set_scale (settings, 100);
  gtk_print_operation_set_print_settings (operation, settings);

  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), job);

  return g_steal_pointer (&operation);
}

static void
done_cb (GtkPrintOperation       *operation,
         GtkPrintOperationResult  result,
         GTask                   *task)
{
  g_autoptr(GError) error = NULL;

  switch (result)
    {
    case GTK_PRINT_OPERATION_RESULT_APPLY:
      save_settings (gtk_print_operation_get_print_settings (operation));
      g_task_return_boolean (task, TRUE);
      break;

    case GTK_PRINT_OPERATION_RESULT_CANCEL:
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_CANCELLED, _("Printing was cancelled."));
      break;

    case GTK_PRINT_OPERATION_RESULT_ERROR:
      gtk_print_operation_get_error (operation, &error);
      g_task_return_new_error (task, MC_ERROR, MC_ERROR_INVALID, _("The document was not printed: %s"),
                               error != NULL ? error->message : _("the printer refused it"));
      break;

    case GTK_PRINT_OPERATION_RESULT_IN_PROGRESS:
    default:
      return;
    }

  g_object_unref (task);
}

/**
 * mc_document_print_async:
 * @document: the document to print
 * @parent: (nullable): the window the print dialog belongs to
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the job was sent, cancelled or failed
 * @user_data: data for @callback
 *
 * Opens the print dialog on the document's paper and prints every page
 * in one job. Finish with mc_document_print_finish(): %TRUE once the
 * job went to the printer, a %G_IO_ERROR_CANCELLED error if the clerk
 * closed the dialog.
 */
void
mc_document_print_async (McDocument          *document,
                         GtkWindow           *parent,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GTask *task;
  GtkPrintOperationResult result;

  g_return_if_fail (MC_IS_DOCUMENT (document));

  task = g_task_new (document, cancellable, callback, user_data);
  g_task_set_source_tag (task, mc_document_print_async);

  operation = new_operation (document, &error);
  if (operation == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      g_object_unref (task);
      return;
    }

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (done_cb), g_object_ref (task));

  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    parent, &error);
  /* An operation that failed before its dialog emits no "done". */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR && !g_task_get_completed (task))
    {
      g_signal_handlers_disconnect_by_func (operation, done_cb, task);
      g_object_unref (task);
      g_task_return_new_error (task, MC_ERROR, MC_ERROR_INVALID,
                               _("The document was not printed: %s"),
                               error != NULL ? error->message : _("the printer refused it"));
    }
  g_object_unref (task);
}

gboolean
mc_document_print_finish (GAsyncResult  *result,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/**
 * mc_document_print_export:
 * @document: the document
 * @parent: (nullable): a window
 * @path: the PDF file to write
 * @error: return location for a #GError
 *
 * Runs the same print operation as mc_document_print_async(), with the
 * same paper and pages, into a PDF file instead of a printer: what the
 * printer would receive. Tests use it; it needs a display.
 *
 * Returns: %TRUE if written
 */
gboolean
mc_document_print_export (McDocument  *document,
                          GtkWindow   *parent,
                          const char  *path,
                          GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (MC_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  operation = new_operation (document, error);
  if (operation == NULL)
    return FALSE;

  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, parent, error);
  return result == GTK_PRINT_OPERATION_RESULT_APPLY;
}

/*
 * Is there a printer?
 */

typedef struct
{
  guint n_real;
} FindData;

static gboolean
printer_found_cb (GtkPrinter *printer,
                  gpointer    user_data)
{
  GTask *task = user_data;
  FindData *data = g_task_get_task_data (task);

  /* "Print to File" and the like are virtual: no paper comes out. */
  if (!gtk_printer_is_virtual (printer))
    data->n_real++;

  return FALSE;
}

static void
printers_listed_cb (gpointer user_data)
{
  GTask *task = user_data;
  FindData *data = g_task_get_task_data (task);

  g_task_return_boolean (task, data->n_real > 0);
  g_object_unref (task);
}

/**
 * mc_document_print_find_printers:
 * @cancellable: (nullable): a #GCancellable
 * @callback: called once every print backend has listed its printers
 * @user_data: data for @callback
 *
 * Looks for a printer that puts ink on paper, without blocking.
 */
void
mc_document_print_find_printers (GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, mc_document_print_find_printers);
  g_task_set_task_data (task, g_new0 (FindData, 1), g_free);
  gtk_enumerate_printers (printer_found_cb, task, printers_listed_cb, FALSE);
}

/**
 * mc_document_print_find_printers_finish:
 *
 * Returns: %TRUE if a real printer is set up
 */
gboolean
mc_document_print_find_printers_finish (GAsyncResult  *result,
                                        GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}
