/* mc-pdf-view.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-pdf-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-pdf-renderer.h"
#include "mc-pdf-view.h"

/* The pages of a PDF, one under the other on a grey desk, as the paper
 * will look: McPdfRenderer draws them on its own thread and each page
 * appears when it is ready. A zoom of 1 is the paper's actual size on a
 * 96 dpi screen. A new zoom renders the pages again, sharp; meanwhile
 * the old textures are stretched. A document wider than the view, such
 * as the register on A4 landscape, opens zoomed out to the view's width,
 * so that nobody has to scroll sideways to read a line. */

#define CSS_PIXELS_PER_POINT (96.0 / 72.0)
#define ZOOM_STEP 1.25
/* The padding of .pdf-desk in style.css, and a little room for the
 * page's shadow. */
#define DESK_MARGIN (18 + 4)

struct _McPdfView
{
  GtkWidget           parent_instance;

  GtkScrolledWindow  *scroller;
  GtkBox             *pages_box;
  McPdfRenderer      *renderer;
  GCancellable       *cancellable;
  GArray             *sizes;       /* McPageSize */
  GPtrArray          *pictures;    /* GtkPicture, one per page */
  double              zoom;
  guint               fit_tick_id;  /* waits for a width to fit into */
  guint               n_rendered;
  guint               current_page;
};

G_DEFINE_FINAL_TYPE (McPdfView, mc_pdf_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_N_PAGES,
  PROP_N_RENDERED,
  PROP_CURRENT_PAGE,
  PROP_ZOOM,
  N_PROPS
};

enum {
  SIGNAL_FAILED,
  N_SIGNALS
};

static GParamSpec *properties [N_PROPS];
static guint signals [N_SIGNALS];

static void render_pages (McPdfView *self);

static void
size_picture (McPdfView  *self,
              GtkWidget  *picture,
              McPageSize *size)
{
  gtk_widget_set_size_request (picture,
                               (int) round (size->width * self->zoom * CSS_PIXELS_PER_POINT),
                               (int) round (size->height * self->zoom * CSS_PIXELS_PER_POINT));
}

typedef struct
{
  McPdfView *self;
  guint      page;
} RenderData;

static void
render_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autofree RenderData *data = user_data;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  McPdfView *self;

  texture = mc_pdf_renderer_render_finish (MC_PDF_RENDERER (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self = data->self;
  if (texture == NULL)
    {
      g_signal_emit (self, signals [SIGNAL_FAILED], 0, error->message);
      return;
    }

  gtk_picture_set_paintable (g_ptr_array_index (self->pictures, data->page), GDK_PAINTABLE (texture));
  self->n_rendered++;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_RENDERED]);
}

static void
render_pages (McPdfView *self)
{
  double scale = self->zoom * CSS_PIXELS_PER_POINT * gtk_widget_get_scale_factor (GTK_WIDGET (self));

  if (self->sizes == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_rendered = 0;

  for (guint i = 0; i < self->sizes->len; i++)
    {
      RenderData *data = g_new0 (RenderData, 1);

      data->self = self;
      data->page = i;
      mc_pdf_renderer_render_async (self->renderer, i, scale, self->cancellable, render_cb, data);
    }
}

static void
clear_pages (McPdfView *self)
{
  for (guint i = 0; i < self->pictures->len; i++)
    gtk_box_remove (self->pages_box, g_ptr_array_index (self->pictures, i));
  g_ptr_array_set_size (self->pictures, 0);
  g_clear_pointer (&self->sizes, g_array_unref);
  self->n_rendered = 0;
  self->current_page = 0;
}

/* The zoom at which the widest page fills the view's width; 0 before the
 * view has a width. */
static double
get_fitting_zoom (McPdfView *self)
{
  int available = gtk_widget_get_width (GTK_WIDGET (self)) - 2 * DESK_MARGIN;
  double widest = 0;

  if (self->sizes == NULL || available <= 0)
    return 0;

  for (guint i = 0; i < self->sizes->len; i++)
    widest = MAX (widest, g_array_index (self->sizes, McPageSize, i).width);

  return widest > 0 ? available / (widest * CSS_PIXELS_PER_POINT) : 0;
}

/* Zooms out a document that is wider than the view; a narrower one stays
 * at its zoom. Returns FALSE if the view has no width yet. */
static gboolean
shrink_to_width (McPdfView *self)
{
  double fitting = get_fitting_zoom (self);

  if (fitting <= 0)
    return FALSE;

  if (fitting < self->zoom)
    mc_pdf_view_set_zoom (self, fitting);

  return TRUE;
}

static gboolean
fit_tick_cb (GtkWidget     *widget,
             GdkFrameClock *frame_clock,
             gpointer       user_data)
{
  McPdfView *self = MC_PDF_VIEW (widget);
  guint id = self->fit_tick_id;

  /* Not removed again by the zoom it sets. */
  self->fit_tick_id = 0;
  if (!shrink_to_width (self))
    {
      self->fit_tick_id = id;
      return G_SOURCE_CONTINUE;
    }

  return G_SOURCE_REMOVE;
}

static void
stop_fitting (McPdfView *self)
{
  if (self->fit_tick_id != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->fit_tick_id);
  self->fit_tick_id = 0;
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  McPdfView *self = user_data;
  g_autoptr(GArray) sizes = NULL;
  g_autoptr(GError) error = NULL;

  sizes = mc_pdf_renderer_load_finish (MC_PDF_RENDERER (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  if (sizes == NULL)
    {
      g_signal_emit (self, signals [SIGNAL_FAILED], 0, error->message);
      return;
    }

  self->sizes = g_steal_pointer (&sizes);

  /* Sized before the pages are made, so that they are drawn once. */
  {
    double fitting = get_fitting_zoom (self);

    if (fitting > 0 && fitting < self->zoom)
      {
        self->zoom = CLAMP (fitting, MC_PDF_VIEW_ZOOM_MIN, MC_PDF_VIEW_ZOOM_MAX);
        g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
      }
    else if (fitting <= 0 && self->fit_tick_id == 0)
      self->fit_tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), fit_tick_cb, NULL, NULL);
  }

  for (guint i = 0; i < self->sizes->len; i++)
    {
      GtkWidget *picture = gtk_picture_new ();
      /* Translators: the accessible name of a page in the preview */
      g_autofree char *name = g_strdup_printf (_("Page %u"), i + 1);

      gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
      gtk_widget_set_halign (picture, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (picture, "pdf-page");
      gtk_accessible_update_property (GTK_ACCESSIBLE (picture),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      size_picture (self, picture, &g_array_index (self->sizes, McPageSize, i));
      gtk_box_append (self->pages_box, picture);
      g_ptr_array_add (self->pictures, picture);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CURRENT_PAGE]);
  render_pages (self);
}

/* The current page is the one that fills the upper third of the view. */
static void
scrolled_cb (McPdfView     *self,
             GtkAdjustment *adjustment)
{
  double mark = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 3;
  guint page = 0;

  for (guint i = 0; i < self->pictures->len; i++)
    {
      double x, y;

      if (gtk_widget_translate_coordinates (g_ptr_array_index (self->pictures, i),
                                            GTK_WIDGET (self->pages_box), 0, 0, &x, &y) &&
          y <= mark)
        page = i;
    }

  if (page != self->current_page)
    {
      self->current_page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CURRENT_PAGE]);
    }
}

/*
 * GObject overrides
 */

static void
mc_pdf_view_dispose (GObject *object)
{
  McPdfView *self = (McPdfView *)object;

  stop_fitting (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_pointer ((GtkWidget **) &self->scroller, gtk_widget_unparent);
  g_clear_object (&self->renderer);
  g_clear_pointer (&self->sizes, g_array_unref);
  g_clear_pointer (&self->pictures, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_pdf_view_parent_class)->dispose (object);
}

static void
mc_pdf_view_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  McPdfView *self = MC_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_N_PAGES:
      g_value_set_uint (value, mc_pdf_view_get_n_pages (self));
      break;
    case PROP_N_RENDERED:
      g_value_set_uint (value, self->n_rendered);
      break;
    case PROP_CURRENT_PAGE:
      g_value_set_uint (value, self->current_page);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_pdf_view_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  McPdfView *self = MC_PDF_VIEW (object);

  switch (prop_id)
    {
    case PROP_ZOOM:
      mc_pdf_view_set_zoom (self, g_value_get_double (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_pdf_view_class_init (McPdfViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_pdf_view_dispose;
  object_class->get_property = mc_pdf_view_get_property;
  object_class->set_property = mc_pdf_view_set_property;

  properties [PROP_N_PAGES] =
    g_param_spec_uint ("n-pages", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_N_RENDERED] =
    g_param_spec_uint ("n-rendered", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_CURRENT_PAGE] =
    g_param_spec_uint ("current-page", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, MC_PDF_VIEW_ZOOM_MIN, MC_PDF_VIEW_ZOOM_MAX, 1.0,
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * McPdfView::failed:
   * @message: why, translated
   *
   * The PDF could not be read or a page drawn.
   */
  signals [SIGNAL_FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "pdfview");
}

static void
mc_pdf_view_init (McPdfView *self)
{
  self->zoom = 1.0;
  self->renderer = mc_pdf_renderer_new ();
  self->pictures = g_ptr_array_new ();

  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->scroller), GTK_WIDGET (self));
  gtk_widget_set_hexpand (GTK_WIDGET (self->scroller), TRUE);
  gtk_widget_set_vexpand (GTK_WIDGET (self->scroller), TRUE);

  self->pages_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 18));
  gtk_widget_add_css_class (GTK_WIDGET (self->pages_box), "pdf-desk");
  gtk_scrolled_window_set_child (self->scroller, GTK_WIDGET (self->pages_box));

  g_signal_connect_object (gtk_scrolled_window_get_vadjustment (self->scroller), "value-changed",
                           G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
}

/*
 * Public API
 */

GtkWidget *
mc_pdf_view_new (void)
{
  return g_object_new (MC_TYPE_PDF_VIEW, NULL);
}

/**
 * mc_pdf_view_set_pdf:
 * @self: a #McPdfView
 * @pdf: the PDF to show
 *
 * Shows @pdf from its first page; McPdfView::failed tells if it cannot.
 */
void
mc_pdf_view_set_pdf (McPdfView *self,
                     GBytes    *pdf)
{
  g_return_if_fail (MC_IS_PDF_VIEW (self));
  g_return_if_fail (pdf != NULL);

  stop_fitting (self);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  clear_pages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_PAGES]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_RENDERED]);

  mc_pdf_renderer_load_async (self->renderer, pdf, self->cancellable, load_cb, self);
}

guint
mc_pdf_view_get_n_pages (McPdfView *self)
{
  g_return_val_if_fail (MC_IS_PDF_VIEW (self), 0);
  return self->sizes != NULL ? self->sizes->len : 0;
}

/**
 * mc_pdf_view_get_n_rendered:
 * @self: a #McPdfView
 *
 * Returns: how many pages are drawn at the current zoom
 */
guint
mc_pdf_view_get_n_rendered (McPdfView *self)
{
  g_return_val_if_fail (MC_IS_PDF_VIEW (self), 0);
  return self->n_rendered;
}

/**
 * mc_pdf_view_get_current_page:
 * @self: a #McPdfView
 *
 * Returns: the page in view, from 0
 */
guint
mc_pdf_view_get_current_page (McPdfView *self)
{
  g_return_val_if_fail (MC_IS_PDF_VIEW (self), 0);
  return self->current_page;
}

/**
 * mc_pdf_view_go_to_page:
 * @self: a #McPdfView
 * @page: the page, from 0; clamped to the document
 *
 * Scrolls the page's top into view.
 */
void
mc_pdf_view_go_to_page (McPdfView *self,
                        guint      page)
{
  GtkAdjustment *adjustment;
  double x, y;

  g_return_if_fail (MC_IS_PDF_VIEW (self));

  if (self->pictures->len == 0)
    return;

  page = MIN (page, self->pictures->len - 1);
  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  if (gtk_widget_translate_coordinates (g_ptr_array_index (self->pictures, page),
                                        GTK_WIDGET (self->pages_box), 0, 0, &x, &y))
    gtk_adjustment_set_value (adjustment, MAX (0, y - 12));

  /* Before the first layout there are no positions yet: say it anyway. */
  if (self->current_page != page)
    {
      self->current_page = page;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CURRENT_PAGE]);
    }
}

double
mc_pdf_view_get_zoom (McPdfView *self)
{
  g_return_val_if_fail (MC_IS_PDF_VIEW (self), 1.0);
  return self->zoom;
}

/**
 * mc_pdf_view_set_zoom:
 * @self: a #McPdfView
 * @zoom: 1 for the paper's actual size; clamped to
 *   [%MC_PDF_VIEW_ZOOM_MIN, %MC_PDF_VIEW_ZOOM_MAX]
 */
void
mc_pdf_view_set_zoom (McPdfView *self,
                      double     zoom)
{
  g_return_if_fail (MC_IS_PDF_VIEW (self));

  /* The user's zoom wins over the one the view would choose. */
  stop_fitting (self);

  zoom = CLAMP (zoom, MC_PDF_VIEW_ZOOM_MIN, MC_PDF_VIEW_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-6))
    return;

  self->zoom = zoom;
  for (guint i = 0; i < self->pictures->len; i++)
    size_picture (self, g_ptr_array_index (self->pictures, i),
                  &g_array_index (self->sizes, McPageSize, i));
  render_pages (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ZOOM]);
}

void
mc_pdf_view_zoom_in (McPdfView *self)
{
  g_return_if_fail (MC_IS_PDF_VIEW (self));
  mc_pdf_view_set_zoom (self, self->zoom * ZOOM_STEP);
}

void
mc_pdf_view_zoom_out (McPdfView *self)
{
  g_return_if_fail (MC_IS_PDF_VIEW (self));
  mc_pdf_view_set_zoom (self, self->zoom / ZOOM_STEP);
}

/**
 * mc_pdf_view_zoom_to_width:
 * @self: a #McPdfView
 *
 * Zooms so that the widest page fills the view's width.
 */
void
mc_pdf_view_zoom_to_width (McPdfView *self)
{
  double fitting;

  g_return_if_fail (MC_IS_PDF_VIEW (self));

  fitting = get_fitting_zoom (self);
  if (fitting > 0)
    mc_pdf_view_set_zoom (self, fitting);
}
