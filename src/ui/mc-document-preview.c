/* mc-document-preview.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-document-preview"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-document-preview.h"
#include "mc-document-print.h"
#include "mc-pdf-view.h"
#include "mc-ui-util.h"

/* The application's own print preview: the form as it will come out of
 * the printer, with Print and Save as PDF. The form is drawn on the
 * database worker and its pages by McPdfView's thread, so the window
 * opens at once with a spinner.
 *
 * Once the form is shown, Print has the focus: at the counter, Enter
 * prints the slip the clerk just saved. Every print and every saved
 * file is recorded on the dossiers the form came from.
 *
 * The window says so when the computer has no printer; Save as PDF
 * works all the same. */

struct _McDocumentPreview
{
  AdwWindow        parent_instance;

  /* Template widgets */
  AdwToastOverlay *toast_overlay;
  AdwWindowTitle  *window_title;
  GtkButton       *zoom_button;
  GtkButton       *print_button;
  GtkButton       *save_button;
  GtkRevealer     *no_printer_revealer;
  GtkStack        *stack;
  McPdfView       *pdf_view;
  AdwStatusPage   *error_page;

  McDocuments     *documents;
  McActorCopy      actor;
  gboolean         has_actor;
  McDocument      *document;
  GCancellable    *cancellable;
  gboolean         ready;
};

G_DEFINE_FINAL_TYPE (McDocumentPreview, mc_document_preview, ADW_TYPE_WINDOW)

enum {
  SIGNAL_READY,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static void
show_toast (McDocumentPreview *self,
            const char        *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 4);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
update_actions (McDocumentPreview *self)
{
  gboolean shown = self->document != NULL &&
                   g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "pages") == 0;
  guint n_pages = mc_pdf_view_get_n_pages (self->pdf_view);
  guint page = mc_pdf_view_get_current_page (self->pdf_view);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.print", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.save", shown);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", shown && page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", shown && page + 1 < n_pages);
}

static void
update_page_cb (McDocumentPreview *self)
{
  guint n_pages = mc_pdf_view_get_n_pages (self->pdf_view);

  if (n_pages > 0)
    {
      /* Translators: the preview's subtitle */
      g_autofree char *text = g_strdup_printf (_("Page %u of %u"),
                                               mc_pdf_view_get_current_page (self->pdf_view) + 1,
                                               n_pages);
      adw_window_title_set_subtitle (self->window_title, text);
    }
  else
    {
      adw_window_title_set_subtitle (self->window_title, NULL);
    }

  update_actions (self);
}

static void
update_zoom_cb (McDocumentPreview *self)
{
  /* Translators: the zoom, such as "100%" */
  g_autofree char *text = g_strdup_printf (_("%.0f%%"), mc_pdf_view_get_zoom (self->pdf_view) * 100);

  gtk_button_set_label (self->zoom_button, text);
}

static void
pdf_failed_cb (McDocumentPreview *self,
               const char        *message)
{
  adw_status_page_set_description (self->error_page, message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_actions (self);
}

static void
rendered_cb (McDocumentPreview *self)
{
  if (self->ready || mc_pdf_view_get_n_rendered (self->pdf_view) == 0)
    return;

  self->ready = TRUE;
  g_signal_emit (self, signals [SIGNAL_READY], 0);
}

static void
show_error (McDocumentPreview *self,
            const GError      *error)
{
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->stack, "error");
  update_actions (self);
}

/* The header's title, and the window's, which window lists and screen
 * readers name it by. */
static void
set_title (McDocumentPreview *self,
           const char        *title)
{
  adw_window_title_set_title (self->window_title, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/*
 * Loading
 */

static void
rendered_document_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  McDocumentPreview *self = user_data;
  g_autoptr(McDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  document = mc_documents_render_finish (MC_DOCUMENTS (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (document == NULL)
    show_error (self, error);
  else
    mc_document_preview_show_document (self, document);
}

static void
begin_loading (McDocumentPreview *self)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_clear_object (&self->document);
  self->ready = FALSE;
  gtk_stack_set_visible_child_name (self->stack, "loading");
  update_actions (self);
}

/*
 * Print and save
 */

static void
recorded_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(McDocumentPreview) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mc_documents_record_output_finish (MC_DOCUMENTS (source), result, &error))
    {
      /* Translators: the paper is out; the dossier's history is not */
      g_autofree char *message = g_strdup_printf (_("The print was not recorded on the dossier: %s"),
                                                  error->message);
      show_toast (self, message);
    }
}

static void
record_output (McDocumentPreview *self,
               McDocumentOutput   output)
{
  if (self->documents == NULL || !self->has_actor)
    return;

  mc_documents_record_output_async (self->documents, self->document, output, &self->actor.actor,
                                    NULL, recorded_cb, g_object_ref (self));
}

static void
printed_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(McDocumentPreview) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!mc_document_print_finish (result, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_toast (self, error->message);
      return;
    }

  show_toast (self, _("Sent to the printer"));
  record_output (self, MC_DOCUMENT_OUTPUT_PRINTER);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  McDocumentPreview *self = MC_DOCUMENT_PREVIEW (widget);

  mc_document_print_async (self->document, GTK_WINDOW (self), NULL, printed_cb, g_object_ref (self));
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  g_autoptr(McDocumentPreview) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *message = NULL;

  if (!g_file_replace_contents_finish (G_FILE (source), result, NULL, &error))
    {
      message = g_strdup_printf (_("The file was not saved: %s"), error->message);
      show_toast (self, message);
      return;
    }

  name = g_file_get_basename (G_FILE (source));
  message = g_strdup_printf (_("Saved as “%s”"), name);
  show_toast (self, message);
  record_output (self, MC_DOCUMENT_OUTPUT_FILE);
}

static void
save_response_cb (GtkNativeDialog   *chooser,
                  int                response,
                  McDocumentPreview *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

  if (file != NULL)
    mc_document_preview_save_to_file (self, file);

  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
  g_object_unref (self);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McDocumentPreview *self = MC_DOCUMENT_PREVIEW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Save as PDF"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("PDF documents"));
  gtk_file_filter_add_mime_type (filter, "application/pdf");
  gtk_file_filter_add_suffix (filter, "pdf");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser),
                                     mc_document_get_file_name (self->document));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
zoom_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McDocumentPreview *self = MC_DOCUMENT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.zoom-in"))
    mc_pdf_view_zoom_in (self->pdf_view);
  else if (g_str_equal (action_name, "preview.zoom-out"))
    mc_pdf_view_zoom_out (self->pdf_view);
  else if (g_str_equal (action_name, "preview.zoom-fit"))
    mc_pdf_view_zoom_to_width (self->pdf_view);
  else
    mc_pdf_view_set_zoom (self->pdf_view, 1.0);
}

static void
page_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  McDocumentPreview *self = MC_DOCUMENT_PREVIEW (widget);
  guint page = mc_pdf_view_get_current_page (self->pdf_view);

  if (g_str_equal (action_name, "preview.next-page"))
    mc_pdf_view_go_to_page (self->pdf_view, page + 1);
  else if (page > 0)
    mc_pdf_view_go_to_page (self->pdf_view, page - 1);
}

static void
printers_found_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(McDocumentPreview) self = user_data;

  gtk_revealer_set_reveal_child (self->no_printer_revealer,
                                 !mc_document_print_find_printers_finish (result, NULL));
}

/*
 * GObject overrides
 */

static void
mc_document_preview_dispose (GObject *object)
{
  McDocumentPreview *self = (McDocumentPreview *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->document);
  g_clear_object (&self->documents);

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_DOCUMENT_PREVIEW);

  G_OBJECT_CLASS (mc_document_preview_parent_class)->dispose (object);
}

static void
mc_document_preview_finalize (GObject *object)
{
  McDocumentPreview *self = (McDocumentPreview *)object;

  mc_actor_copy_clear (&self->actor);

  G_OBJECT_CLASS (mc_document_preview_parent_class)->finalize (object);
}

static void
mc_document_preview_class_init (McDocumentPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_document_preview_dispose;
  object_class->finalize = mc_document_preview_finalize;

  /**
   * McDocumentPreview::ready:
   *
   * The form's first page is on screen.
   */
  signals [SIGNAL_READY] =
    g_signal_new ("ready", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (MC_TYPE_PDF_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-document-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, window_title);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, zoom_button);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, print_button);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, save_button);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, no_printer_revealer);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, stack);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, pdf_view);
  gtk_widget_class_bind_template_child (widget_class, McDocumentPreview, error_page);
  gtk_widget_class_bind_template_callback (widget_class, pdf_failed_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_page_cb);
  gtk_widget_class_bind_template_callback (widget_class, update_zoom_cb);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "preview.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-in", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-out", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-reset", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.zoom-fit", NULL, zoom_action);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, page_action);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, page_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "preview.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Add, GDK_CONTROL_MASK, "preview.zoom-in", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Subtract, GDK_CONTROL_MASK, "preview.zoom-out", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "preview.zoom-reset", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, 0, "preview.zoom-fit", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
mc_document_preview_init (McDocumentPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (self->pdf_view, "notify::n-rendered", G_CALLBACK (rendered_cb), self,
                           G_CONNECT_SWAPPED);
  update_zoom_cb (self);
  begin_loading (self);
  mc_document_print_find_printers (NULL, printers_found_cb, g_object_ref (self));
}

/*
 * Public API
 */

/**
 * mc_document_preview_new:
 * @parent: (nullable): the application's window
 * @documents: (nullable): the forms of the database, to draw them and
 *   record their prints; %NULL for mc_document_preview_show_document() only
 * @actor: (nullable): who prints; %NULL records nothing
 *
 * Returns: (transfer full): a new preview, not shown yet
 */
McDocumentPreview *
mc_document_preview_new (GtkWindow     *parent,
                         McDocuments   *documents,
                         const McActor *actor)
{
  McDocumentPreview *self;

  g_return_val_if_fail (documents == NULL || MC_IS_DOCUMENTS (documents), NULL);

  self = g_object_new (MC_TYPE_DOCUMENT_PREVIEW, "transient-for", parent, NULL);
  if (documents != NULL)
    self->documents = g_object_ref (documents);
  if (actor != NULL)
    {
      mc_actor_copy_init (&self->actor, actor);
      self->has_actor = TRUE;
    }

  return self;
}

/**
 * mc_document_preview_show_dossier_form:
 * @self: a #McDocumentPreview
 * @kind: a form of a dossier, Mẫu 01 to 05
 * @code: the dossier's code
 *
 * Draws the form on the worker and shows it.
 */
void
mc_document_preview_show_dossier_form (McDocumentPreview *self,
                                       McDocumentKind     kind,
                                       const char        *code)
{
  g_autofree char *title = NULL;

  g_return_if_fail (MC_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (self->documents != NULL);

  /* Translators: a form's name, then a dossier's code */
  title = g_strdup_printf (_("%s — %s"), mc_document_kind_get_label (kind), code);
  set_title (self, title);
  begin_loading (self);
  mc_documents_render_for_dossier_async (self->documents, kind, code, self->cancellable,
                                         rendered_document_cb, self);
}

/**
 * mc_document_preview_show_owed_apologies:
 * @self: a #McDocumentPreview
 *
 * Draws every apology letter owed, to print in one job.
 */
void
mc_document_preview_show_owed_apologies (McDocumentPreview *self)
{
  g_return_if_fail (MC_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (self->documents != NULL);

  set_title (self, _("Apology Letters Owed"));
  begin_loading (self);
  mc_documents_render_owed_apologies_async (self->documents, self->cancellable,
                                            rendered_document_cb, self);
}

void
mc_document_preview_show_register (McDocumentPreview *self,
                                   GDateTime         *from,
                                   GDateTime         *to)
{
  mc_document_preview_show_period_document (self, MC_DOCUMENT_DOSSIER_REGISTER, from, to);
}

/**
 * mc_document_preview_show_period_document:
 * @self: a #McDocumentPreview
 * @kind: a document of a period (see mc_documents_render_period_async())
 * @from: the period's first instant
 * @to: the instant after its last
 *
 * Draws the document on the worker and shows it.
 */
void
mc_document_preview_show_period_document (McDocumentPreview *self,
                                          McDocumentKind     kind,
                                          GDateTime         *from,
                                          GDateTime         *to)
{
  g_return_if_fail (MC_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (self->documents != NULL);

  set_title (self, mc_document_kind_get_label (kind));
  begin_loading (self);
  mc_documents_render_period_async (self->documents, kind, from, to, self->cancellable,
                                    rendered_document_cb, self);
}

void
mc_document_preview_show_procedure_list (McDocumentPreview *self)
{
  g_return_if_fail (MC_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (self->documents != NULL);

  set_title (self, mc_document_kind_get_label (MC_DOCUMENT_PROCEDURE_LIST));
  begin_loading (self);
  mc_documents_render_procedure_list_async (self->documents, self->cancellable,
                                            rendered_document_cb, self);
}

/**
 * mc_document_preview_show_document:
 * @self: a #McDocumentPreview
 * @document: a rendered form
 *
 * Shows @document and gives Print the focus.
 */
void
mc_document_preview_show_document (McDocumentPreview *self,
                                   McDocument        *document)
{
  g_return_if_fail (MC_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (MC_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  self->ready = FALSE;
  set_title (self, mc_document_get_title (document));
  gtk_stack_set_visible_child_name (self->stack, "pages");
  mc_pdf_view_set_pdf (self->pdf_view, mc_document_get_pdf (document));
  update_actions (self);
  gtk_widget_grab_focus (GTK_WIDGET (self->print_button));
}

/**
 * mc_document_preview_get_document:
 * @self: a #McDocumentPreview
 *
 * Returns: (transfer none) (nullable): the form shown, once drawn
 */
McDocument *
mc_document_preview_get_document (McDocumentPreview *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT_PREVIEW (self), NULL);
  return self->document;
}

/**
 * mc_document_preview_get_ready:
 * @self: a #McDocumentPreview
 *
 * Returns: whether the form's first page is on screen
 */
gboolean
mc_document_preview_get_ready (McDocumentPreview *self)
{
  g_return_val_if_fail (MC_IS_DOCUMENT_PREVIEW (self), FALSE);
  return self->ready;
}

/**
 * mc_document_preview_save_to_file:
 * @self: a #McDocumentPreview
 * @file: where to write the PDF
 *
 * What Save as PDF does once the clerk chose the file: writes it, says
 * so in a toast and records it on the form's dossiers.
 */
void
mc_document_preview_save_to_file (McDocumentPreview *self,
                                  GFile             *file)
{
  g_return_if_fail (MC_IS_DOCUMENT_PREVIEW (self));
  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (self->document != NULL);

  g_file_replace_contents_bytes_async (file, mc_document_get_pdf (self->document), NULL, FALSE,
                                       G_FILE_CREATE_REPLACE_DESTINATION | G_FILE_CREATE_PRIVATE,
                                       NULL, saved_cb,
                                       g_object_ref (self));
}
