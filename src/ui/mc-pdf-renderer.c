/* mc-pdf-renderer.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-pdf-renderer"

#include "config.h"

#include <glib/gi18n.h>
#include <poppler.h>

#include "mc-error.h"
#include "mc-pdf-renderer.h"

/* Renders the pages of a PDF to textures on one thread of its own, so
 * that the window never waits for Poppler, and in the order asked.
 *
 * The PopplerDocument is opened, used and dropped on that thread only:
 * Poppler objects are not safe to share between threads. Each job is a
 * GTask that answers on the caller's main context. */

struct _McPdfRenderer
{
  GObject          parent_instance;

  GThreadPool     *pool;
  /* Owned by the pool's thread. */
  PopplerDocument *document;
};

G_DEFINE_FINAL_TYPE (McPdfRenderer, mc_pdf_renderer, G_TYPE_OBJECT)

typedef struct
{
  GBytes *pdf;      /* a load: the PDF */
  guint   page;     /* a render: the page and its scale */
  double  scale;
} Job;

static void
job_free (Job *job)
{
  g_clear_pointer (&job->pdf, g_bytes_unref);
  g_free (job);
}

static void
load_on_thread (McPdfRenderer *self,
                GTask         *task,
                Job           *job)
{
  g_autoptr(GError) error = NULL;
  GArray *sizes;
  int n_pages;

  g_clear_object (&self->document);
  self->document = poppler_document_new_from_bytes (job->pdf, NULL, &error);
  if (self->document == NULL)
    {
      g_task_return_new_error (task, MC_ERROR, MC_ERROR_INVALID,
                               _("The document cannot be shown: %s"), error->message);
      return;
    }

  n_pages = poppler_document_get_n_pages (self->document);
  sizes = g_array_sized_new (FALSE, FALSE, sizeof (McPageSize), n_pages);
  for (int i = 0; i < n_pages; i++)
    {
      PopplerPage *page = poppler_document_get_page (self->document, i);
      McPageSize size;

      poppler_page_get_size (page, &size.width, &size.height);
      g_object_unref (page);
      g_array_append_val (sizes, size);
    }

  g_task_return_pointer (task, sizes, (GDestroyNotify) g_array_unref);
}

static void
render_on_thread (McPdfRenderer *self,
                  GTask         *task,
                  Job           *job)
{
  PopplerPage *page;
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;
  int pixel_width, pixel_height;

  if (self->document == NULL || job->page >= (guint) poppler_document_get_n_pages (self->document))
    {
      g_task_return_new_error (task, MC_ERROR, MC_ERROR_NOT_FOUND, _("There is no such page."));
      return;
    }

  page = poppler_document_get_page (self->document, job->page);
  poppler_page_get_size (page, &width, &height);
  pixel_width = MAX (1, (int) ceil (width * job->scale));
  pixel_height = MAX (1, (int) ceil (height * job->scale));

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, pixel_width, pixel_height);
  cr = cairo_create (surface);
  /* Paper is white; the PDF paints only the ink. */
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, job->scale, job->scale);
  poppler_page_render (page, cr);
  g_object_unref (page);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * pixel_height,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  g_task_return_pointer (task,
                         gdk_memory_texture_new (pixel_width, pixel_height, GDK_MEMORY_DEFAULT,
                                                 bytes, cairo_image_surface_get_stride (surface)),
                         g_object_unref);
}

static void
run_job (gpointer data,
         gpointer user_data)
{
  GTask *task = data;
  McPdfRenderer *self = g_task_get_source_object (task);
  Job *job = g_task_get_task_data (task);

  if (g_task_return_error_if_cancelled (task))
    ;
  else if (job->pdf != NULL)
    load_on_thread (self, task, job);
  else
    render_on_thread (self, task, job);

  g_object_unref (task);
}

static void
mc_pdf_renderer_finalize (GObject *object)
{
  McPdfRenderer *self = (McPdfRenderer *)object;

  /* Every job holds a reference: the pool is idle by now. */
  g_thread_pool_free (self->pool, FALSE, TRUE);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (mc_pdf_renderer_parent_class)->finalize (object);
}

static void
mc_pdf_renderer_class_init (McPdfRendererClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_pdf_renderer_finalize;
}

static void
mc_pdf_renderer_init (McPdfRenderer *self)
{
  /* One thread: jobs run one at a time, in order, on the document. */
  self->pool = g_thread_pool_new (run_job, self, 1, FALSE, NULL);
}

McPdfRenderer *
mc_pdf_renderer_new (void)
{
  return g_object_new (MC_TYPE_PDF_RENDERER, NULL);
}

static void
push_job (McPdfRenderer       *self,
          Job                 *job,
          gpointer             source_tag,
          GCancellable        *cancellable,
          GAsyncReadyCallback  callback,
          gpointer             user_data)
{
  GTask *task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, source_tag);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_thread_pool_push (self->pool, task, NULL);
}

/**
 * mc_pdf_renderer_load_async:
 * @self: a #McPdfRenderer
 * @pdf: the PDF to show, instead of any earlier one
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 */
void
mc_pdf_renderer_load_async (McPdfRenderer       *self,
                            GBytes              *pdf,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  Job *job;

  g_return_if_fail (MC_IS_PDF_RENDERER (self));
  g_return_if_fail (pdf != NULL);

  job = g_new0 (Job, 1);
  job->pdf = g_bytes_ref (pdf);
  push_job (self, job, mc_pdf_renderer_load_async, cancellable, callback, user_data);
}

/**
 * mc_pdf_renderer_load_finish:
 *
 * Returns: (transfer full) (element-type McPageSize): the size of each
 *   page, or %NULL with @error set if the PDF cannot be read
 */
GArray *
mc_pdf_renderer_load_finish (McPdfRenderer  *self,
                             GAsyncResult   *result,
                             GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * mc_pdf_renderer_render_async:
 * @self: a #McPdfRenderer
 * @page: the page, from 0
 * @scale: device pixels per PDF point
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Renders a page of the PDF loaded last, on white.
 */
void
mc_pdf_renderer_render_async (McPdfRenderer       *self,
                              guint                page,
                              double               scale,
                              GCancellable        *cancellable,
                              GAsyncReadyCallback  callback,
                              gpointer             user_data)
{
  Job *job;

  g_return_if_fail (MC_IS_PDF_RENDERER (self));
  g_return_if_fail (scale > 0);

  job = g_new0 (Job, 1);
  job->page = page;
  job->scale = scale;
  push_job (self, job, mc_pdf_renderer_render_async, cancellable, callback, user_data);
}

/**
 * mc_pdf_renderer_render_finish:
 *
 * Returns: (transfer full): the page, or %NULL with @error set
 */
GdkTexture *
mc_pdf_renderer_render_finish (McPdfRenderer  *self,
                               GAsyncResult   *result,
                               GError        **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}
