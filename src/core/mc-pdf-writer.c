/* mc-pdf-writer.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-pdf-writer"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "mc-error.h"
#include "mc-pdf-writer-private.h"
#include "mc-qr-code.h"
#include "mc-text.h"

/* Printed forms as PDF, laid out with Pango on a Cairo PDF surface.
 *
 * The writer keeps a cursor: the top of the next block, in points from
 * the top of the page. Every primitive measures its text first and
 * starts a new page when it would cross the bottom margin, so that
 * nothing is drawn outside the text area. Paragraphs flow line by line;
 * table rows, signature blocks and the caller's own blocks
 * (mc_pdf_writer_ensure_space()) move to the next page whole.
 *
 * Margins follow Nghị định 30/2020 on A4 (top and bottom 20 mm, left
 * 30 mm, right 15 mm). An A5 form is an A4 page shrunk by √2, so its
 * defaults shrink by about as much, rounded to 15, 15, 20 and 10 mm, and
 * its body text is 10 pt instead of 13 pt.
 *
 * Pages are numbered as the decree asks: Arabic numerals centred in the
 * top margin, from the second page on, at the body size. This is on by
 * default on A4 and off on A5 (mc_pdf_writer_set_page_numbers()). A
 * document of several parts, such as the two liên of a slip, starts each
 * with mc_pdf_writer_start_section(): the numbering restarts, and the
 * part's running head, if any, opens each of its continuation pages.
 */

/* The one font of every printed form: Liberation Serif (fonts-liberation2)
 * has Times New Roman's metrics, which the decree asks for, and every
 * Vietnamese letter, which fonts-liberation 1.x lacks. */
#define MC_PDF_FONT_FAMILY "Liberation Serif"

#define MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

#define SIGNATURE_ROOM 52.0

G_DEFINE_FINAL_TYPE (McPdfWriter, mc_pdf_writer, G_TYPE_OBJECT)

/*
 * Auxiliary functions
 */

static cairo_status_t
write_to_buffer (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* The page number, centred in the top margin, its middle halfway down. */
static void
draw_page_number (McPdfWriter *self)
{
  const McTextStyle style = { self->body_size, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *number = g_strdup_printf ("%u", self->page_number);
  double width = mc_pdf_writer_get_text_width (self);
  PangoRectangle logical;

  layout = _mc_pdf_writer_create_layout (self, number, &style, width);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (self->cr, _mc_pdf_writer_text_left (self),
                 (self->margins_pt.top - (double) logical.height / PANGO_SCALE) / 2);
  pango_cairo_show_layout (self->cr, layout);
}

/* The section's running head, such as "(Liên 1: Lưu (tiếp theo))", at
 * the top of the text area. It does not make the page dirty: a block
 * that does not fit under it still starts here. */
static void
draw_running_head (McPdfWriter *self)
{
  const McTextStyle style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  layout = _mc_pdf_writer_create_layout (self, self->running_head, &style, mc_pdf_writer_get_text_width (self));
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (self->cr, _mc_pdf_writer_text_left (self), self->y);
  pango_cairo_show_layout (self->cr, layout);
  self->y += (double) logical.height / PANGO_SCALE + self->body_size / 2;
}

static void
start_page (McPdfWriter *self,
            gboolean     continuation)
{
  self->y = self->margins_pt.top;
  self->page_dirty = FALSE;

  if (self->page_numbers && self->page_number > 1)
    draw_page_number (self);
  if (continuation && self->running_head != NULL)
    draw_running_head (self);
}

void
_mc_pdf_writer_new_page (McPdfWriter *self)
{
  cairo_show_page (self->cr);
  self->n_pages++;
  self->page_number++;
  start_page (self, TRUE);
}

/* Text is stored and extracted as NFC: a name typed with combining marks
 * (from some input methods) would otherwise not match a search. */
static char *
normalize (const char *text)
{
  char *nfc = mc_text_normalize (text, G_NORMALIZE_NFC);

  return nfc != NULL ? nfc : g_strdup ("");
}

static PangoLayout *
new_layout (McPdfWriter       *self,
            const char        *text,
            const McTextStyle *style,
            double             width)
{
  PangoLayout *layout = pango_layout_new (self->context);
  g_autoptr(PangoFontDescription) font = pango_font_description_new ();
  g_autofree char *nfc = normalize (text);
  double size;

  size = style->size > 0 ? style->size : self->body_size;
  pango_font_description_set_family (font, MC_PDF_FONT_FAMILY);
  pango_font_description_set_size (font, (int) (size * PANGO_SCALE + 0.5));
  pango_font_description_set_weight (font, (style->flags & MC_TEXT_BOLD) ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style (font, (style->flags & MC_TEXT_ITALIC) ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description (layout, font);

  pango_layout_set_width (layout, pango_units_from_double (MAX (width - style->left_indent, 1.0)));
  /* Long words (a code, an e-mail address) break rather than overflow. */
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_indent (layout, pango_units_from_double (style->first_indent));

  if (style->align == MC_TEXT_ALIGN_CENTER)
    pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  else if (style->align == MC_TEXT_ALIGN_RIGHT)
    pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
  else
    pango_layout_set_alignment (layout, PANGO_ALIGN_LEFT);
  pango_layout_set_justify (layout, style->align == MC_TEXT_ALIGN_JUSTIFY);

  pango_layout_set_text (layout, nfc, -1);

  return layout;
}

/* What makes a layout: its style but the space after, the width it
 * wraps at and its text; @bold, if any, lists the bold ranges of a form
 * line. Doubles are written exactly (%a). */
static char *
layout_key (const McTextStyle *style,
            double             width,
            const char        *bold,
            const char        *text)
{
  return g_strdup_printf ("%a %a %a %a %u %u %s\x1f%s",
                          style->size, style->first_indent, style->left_indent, width,
                          (guint) style->flags, (guint) style->align,
                          bold != NULL ? bold : "", text != NULL ? text : "");
}

/* Layouts are kept for the life of the writer: text that is measured
 * and then drawn, a heading fitted in several passes, the page numbers
 * and the second copy (liên) of a slip are each shaped once, and
 * shaping is much of the time of a form. A long table makes many
 * layouts that are not used again, so the cache starts afresh when it
 * is full rather than growing with the document. */
#define LAYOUT_CACHE_SIZE 512

/* Returns: (transfer full) (nullable): the layout stored under @key */
static PangoLayout *
lookup_layout (McPdfWriter *self,
               const char  *key)
{
  PangoLayout *layout = g_hash_table_lookup (self->layouts, key);

  return layout != NULL ? g_object_ref (layout) : NULL;
}

static void
store_layout (McPdfWriter *self,
              char        *key,
              PangoLayout *layout)
{
  if (g_hash_table_size (self->layouts) >= LAYOUT_CACHE_SIZE)
    g_hash_table_remove_all (self->layouts);
  g_hash_table_insert (self->layouts, key, g_object_ref (layout));
}

/* Returns: (transfer full): the layout of @text, which may be shared:
 * the caller only measures and draws it. */
PangoLayout *
_mc_pdf_writer_create_layout (McPdfWriter       *self,
                              const char        *text,
                              const McTextStyle *style,
                              double             width)
{
  const McTextStyle plain = { 0, };
  g_autofree char *key = NULL;
  PangoLayout *layout;

  if (style == NULL)
    style = &plain;

  key = layout_key (style, width, NULL, text);
  layout = lookup_layout (self, key);
  if (layout == NULL)
    {
      layout = new_layout (self, text, style, width);
      store_layout (self, g_steal_pointer (&key), layout);
    }

  return layout;
}

/* Draws @layout from the cursor, line by line, starting a new page for
 * a line that would cross the bottom margin, and moves the cursor below
 * it. */
static void
flow_layout (McPdfWriter *self,
             PangoLayout *layout,
             double       x)
{
  g_autoptr(PangoLayoutIter) iter = pango_layout_get_iter (layout);
  double origin = 0;  /* layout y that sits at self->y on this page */
  double bottom = 0;

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      double top, height, baseline;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      top = (double) logical.y / PANGO_SCALE;
      height = (double) logical.height / PANGO_SCALE;
      baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;

      if (self->y + (top - origin) + height > _mc_pdf_writer_text_bottom (self) && self->page_dirty)
        {
          /* The lines drawn so far end here. */
          self->y += top - origin;
          _mc_pdf_writer_new_page (self);
          origin = top;
        }

      cairo_move_to (self->cr,
                     x + (double) logical.x / PANGO_SCALE,
                     self->y + (baseline - origin));
      pango_cairo_show_layout_line (self->cr, line);
      self->page_dirty = TRUE;
      bottom = top + height;
    }
  while (pango_layout_iter_next_line (iter));

  self->y += bottom - origin;
}

/*
 * GObject
 */

static void
mc_pdf_writer_finalize (GObject *object)
{
  McPdfWriter *self = MC_PDF_WRITER (object);

  g_clear_pointer (&self->layouts, g_hash_table_unref);
  g_clear_object (&self->context);
  g_clear_pointer (&self->cr, cairo_destroy);
  g_clear_pointer (&self->surface, cairo_surface_destroy);
  g_clear_pointer (&self->buffer, g_byte_array_unref);
  g_clear_pointer (&self->running_head, g_free);

  G_OBJECT_CLASS (mc_pdf_writer_parent_class)->finalize (object);
}

static void
mc_pdf_writer_class_init (McPdfWriterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_pdf_writer_finalize;
}

static void
mc_pdf_writer_init (McPdfWriter *self)
{
  self->buffer = g_byte_array_new ();
  self->layouts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
}

/*
 * Public API
 */

/**
 * mc_pdf_writer_get_default_margins:
 * @paper: the paper size
 * @margins: (out): the margins, in millimetres
 *
 * Nghị định 30/2020's margins for A4 (20, 20, 30 and 15 mm), and the
 * same shrunk for A5 (15, 15, 20 and 10 mm).
 */
void
mc_pdf_writer_get_default_margins (McPaperSize    paper,
                                   McPageMargins *margins)
{
  g_return_if_fail (margins != NULL);

  if (paper == MC_PAPER_A5)
    *margins = (McPageMargins) { 15, 15, 20, 10 };
  else
    *margins = (McPageMargins) { 20, 20, 30, 15 };
}

/**
 * mc_pdf_writer_new:
 * @paper: A4 or A5
 * @orientation: portrait or landscape
 * @margins: (nullable): the margins in millimetres; %NULL for the
 *   defaults of mc_pdf_writer_get_default_margins()
 *
 * Creates a writer with its first page started.
 *
 * Returns: (transfer full): a new #McPdfWriter
 */
McPdfWriter *
mc_pdf_writer_new (McPaperSize            paper,
                   McPageOrientation      orientation,
                   const McPageMargins   *margins)
{
  McPdfWriter *self = g_object_new (MC_TYPE_PDF_WRITER, NULL);
  cairo_font_options_t *options;
  McPageMargins defaults;
  double short_side, long_side;

  if (paper == MC_PAPER_A5)
    {
      short_side = MM_TO_PT (148);
      long_side = MM_TO_PT (210);
      self->body_size = 10;
    }
  else
    {
      short_side = MM_TO_PT (210);
      long_side = MM_TO_PT (297);
      self->body_size = 13;
    }

  if (orientation == MC_ORIENTATION_LANDSCAPE)
    {
      self->page_width = long_side;
      self->page_height = short_side;
    }
  else
    {
      self->page_width = short_side;
      self->page_height = long_side;
    }

  if (margins == NULL)
    {
      mc_pdf_writer_get_default_margins (paper, &defaults);
      margins = &defaults;
    }
  self->margins_pt.top = MM_TO_PT (margins->top);
  self->margins_pt.bottom = MM_TO_PT (margins->bottom);
  self->margins_pt.left = MM_TO_PT (margins->left);
  self->margins_pt.right = MM_TO_PT (margins->right);

  self->surface = cairo_pdf_surface_create_for_stream (write_to_buffer, self->buffer,
                                                       self->page_width, self->page_height);
  cairo_pdf_surface_restrict_to_version (self->surface, CAIRO_PDF_VERSION_1_5);
  cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_CREATOR, "Một Cửa " PACKAGE_VERSION);
  self->cr = cairo_create (self->surface);
  cairo_set_source_rgb (self->cr, 0, 0, 0);

  self->context = pango_cairo_create_context (self->cr);
  /* Pango assumes 96 dpi; PDF units are points. */
  pango_cairo_context_set_resolution (self->context, 72);
  /* Unhinted metrics: the same layout whatever the output device. */
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);

  self->n_pages = 1;
  self->page_number = 1;
  self->page_numbers = paper == MC_PAPER_A4;
  start_page (self, FALSE);

  return self;
}

/**
 * mc_pdf_writer_set_page_numbers:
 * @self: a #McPdfWriter
 * @numbered: whether pages from the second on carry their number
 *
 * Numbers the pages that start from now on, centred in the top margin
 * (Nghị định 30/2020). On by default on A4, off on A5.
 */
void
mc_pdf_writer_set_page_numbers (McPdfWriter *self,
                                gboolean     numbered)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  self->page_numbers = !!numbered;
}

gboolean
mc_pdf_writer_get_page_numbers (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), FALSE);
  return self->page_numbers;
}

/**
 * mc_pdf_writer_start_section:
 * @self: a #McPdfWriter
 * @running_head: (nullable): the text that opens each continuation page
 *   of the section, such as "(Liên 1: Lưu (tiếp theo))"
 *
 * Starts a part of the document, such as one liên of a slip, on a new
 * page (on the first page if nothing is drawn yet), and numbers its
 * pages from 1 again.
 */
void
mc_pdf_writer_start_section (McPdfWriter *self,
                             const char  *running_head)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  g_free (self->running_head);
  self->running_head = running_head != NULL ? normalize (running_head) : NULL;

  if (self->n_pages == 1 && !self->page_dirty && self->y == self->margins_pt.top)
    {
      self->page_number = 1;
      return;
    }

  cairo_show_page (self->cr);
  self->n_pages++;
  self->page_number = 1;
  start_page (self, FALSE);
}

/**
 * mc_pdf_writer_draw_qr_code:
 * @self: a #McPdfWriter
 * @code: the symbol
 * @x: its left edge, from the left margin, in points
 * @dy: its top, below the cursor, in points
 * @size: its side, in points, without the quiet zone
 *
 * Draws a QR code without moving the cursor, like
 * mc_pdf_writer_draw_text(). The caller leaves four modules of white
 * around it.
 */
void
mc_pdf_writer_draw_qr_code (McPdfWriter *self,
                            McQrCode    *code,
                            double       x,
                            double       dy,
                            double       size)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (code != NULL);

  mc_qr_code_draw (code, self->cr, _mc_pdf_writer_text_left (self) + x, self->y + dy, size);
  self->page_dirty = TRUE;
}

/**
 * mc_pdf_writer_set_metadata:
 * @self: a #McPdfWriter
 * @title: (nullable): the document's title
 * @author: (nullable): its author, the agency
 * @subject: (nullable): its subject, such as the dossier code
 *
 * The creator is always the application.
 */
void
mc_pdf_writer_set_metadata (McPdfWriter *self,
                            const char  *title,
                            const char  *author,
                            const char  *subject)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  if (title != NULL)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_TITLE, title);
  if (author != NULL)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_AUTHOR, author);
  if (subject != NULL)
    cairo_pdf_surface_set_metadata (self->surface, CAIRO_PDF_METADATA_SUBJECT, subject);
}

double
mc_pdf_writer_get_page_width (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), 0);
  return self->page_width;
}

double
mc_pdf_writer_get_page_height (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), 0);
  return self->page_height;
}

/**
 * mc_pdf_writer_get_text_width:
 * @self: a #McPdfWriter
 *
 * Returns: the width between the margins, in points
 */
double
mc_pdf_writer_get_text_width (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), 0);
  return self->page_width - self->margins_pt.left - self->margins_pt.right;
}

/**
 * mc_pdf_writer_get_body_size:
 * @self: a #McPdfWriter
 *
 * Returns: the body text size: 13 pt on A4, 10 pt on A5
 */
double
mc_pdf_writer_get_body_size (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), 0);
  return self->body_size;
}

/**
 * mc_pdf_writer_get_remaining:
 * @self: a #McPdfWriter
 *
 * Returns: the height left on the page under the cursor, in points
 */
double
mc_pdf_writer_get_remaining (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), 0);
  return _mc_pdf_writer_text_bottom (self) - self->y;
}

guint
mc_pdf_writer_get_page_count (McPdfWriter *self)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), 0);
  return self->n_pages;
}

/**
 * mc_pdf_writer_add_paragraph:
 * @self: a #McPdfWriter
 * @text: plain text; "\n" starts a new line
 * @style: (nullable): how to set it; %NULL for body text
 *
 * Sets @text across the text width, flowing onto new pages as needed.
 */
void
mc_pdf_writer_add_paragraph (McPdfWriter       *self,
                             const char        *text,
                             const McTextStyle *style)
{
  g_autoptr(PangoLayout) layout = NULL;
  double width;

  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (!self->finished);

  width = mc_pdf_writer_get_text_width (self);
  layout = _mc_pdf_writer_create_layout (self, text, style, width);
  flow_layout (self, layout, _mc_pdf_writer_text_left (self) + (style != NULL ? style->left_indent : 0));
  if (style != NULL)
    mc_pdf_writer_add_space (self, style->space_after);
}

/**
 * mc_pdf_writer_add_heading:
 * @self: a #McPdfWriter
 * @text: the heading, such as a form's name
 * @size: its size in points; 0 for the body size
 *
 * Sets a bold centred heading.
 */
void
mc_pdf_writer_add_heading (McPdfWriter *self,
                           const char  *text,
                           double       size)
{
  McTextStyle style = { size, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };

  mc_pdf_writer_add_paragraph (self, text, &style);
}

/**
 * mc_pdf_writer_add_label_values:
 * @self: a #McPdfWriter
 * @pairs: (array zero-terminated=1): labels and values, alternately,
 *   ending with %NULL
 *
 * Sets one form line of several fields, such as "Số điện thoại: … Email:
 * …": each label upright, each value bold; a %NULL or empty value leaves
 * a dotted line to fill in by hand. The line wraps under its start.
 */
void
mc_pdf_writer_add_label_values (McPdfWriter        *self,
                                const char * const *pairs)
{
  const McTextStyle plain = { 0, };
  g_autoptr(PangoLayout) layout = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) bold_ranges = g_string_new (NULL);
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autofree char *key = NULL;
  double width;

  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (pairs != NULL && pairs[0] != NULL);

  attrs = pango_attr_list_new ();
  for (guint i = 0; pairs[i] != NULL; i += 2)
    {
      g_autofree char *label = normalize (pairs[i]);
      const char *value = pairs[i + 1];

      if (i > 0)
        g_string_append (text, "    ");
      g_string_append_printf (text, "%s ", label);
      if (value == NULL || *value == '\0')
        {
          g_string_append (text, "……………………");
        }
      else
        {
          g_autofree char *nfc = normalize (value);
          PangoAttribute *bold = pango_attr_weight_new (PANGO_WEIGHT_BOLD);

          bold->start_index = text->len;
          g_string_append (text, nfc);
          bold->end_index = text->len;
          g_string_append_printf (bold_ranges, "%u-%u,", bold->start_index, bold->end_index);
          pango_attr_list_insert (attrs, bold);
        }

      if (value == NULL)
        break;
    }

  width = mc_pdf_writer_get_text_width (self);
  key = layout_key (&plain, width, bold_ranges->str, text->str);
  layout = lookup_layout (self, key);
  if (layout == NULL)
    {
      layout = new_layout (self, text->str, &plain, width);
      pango_layout_set_attributes (layout, attrs);
      store_layout (self, g_steal_pointer (&key), layout);
    }

  flow_layout (self, layout, _mc_pdf_writer_text_left (self));
  mc_pdf_writer_add_space (self, 2);
}

/**
 * mc_pdf_writer_add_label_value:
 * @self: a #McPdfWriter
 * @label: the label, such as "Địa chỉ:"
 * @value: (nullable): the value, set in bold after the label; %NULL or ""
 *   leaves a dotted line to fill in by hand
 *
 * Sets a form line that wraps under its label.
 */
void
mc_pdf_writer_add_label_value (McPdfWriter *self,
                               const char  *label,
                               const char  *value)
{
  const char *pair[] = { label, value != NULL ? value : "", NULL };

  g_return_if_fail (label != NULL);

  mc_pdf_writer_add_label_values (self, pair);
}

/**
 * mc_pdf_writer_add_signature_blocks:
 * @self: a #McPdfWriter
 * @blocks: (array length=n_blocks): the signers, left to right
 * @n_blocks: how many
 *
 * Sets the signature blocks side by side, each centred in its share of
 * the text width, with room to sign between the hint and the name. The
 * blocks stay together on one page.
 */
void
mc_pdf_writer_add_signature_blocks (McPdfWriter            *self,
                                    const McSignatureBlock *blocks,
                                    guint                   n_blocks)
{
  const McTextStyle title_style = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle hint_style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle name_style = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  double width, height = 0;

  g_return_if_fail (MC_IS_PDF_WRITER (self));
  g_return_if_fail (n_blocks > 0);

  width = mc_pdf_writer_get_text_width (self) / n_blocks;

  for (guint pass = 0; pass < 2; pass++)
    {
      for (guint i = 0; i < n_blocks; i++)
        {
          double x = i * width;
          double dy = 0, h;

          mc_pdf_writer_measure_text (self, blocks[i].title, &title_style, width, NULL, &h);
          if (pass == 1)
            mc_pdf_writer_draw_text (self, blocks[i].title, &title_style, x, dy, width);
          dy += h;
          if (blocks[i].hint != NULL)
            {
              mc_pdf_writer_measure_text (self, blocks[i].hint, &hint_style, width, NULL, &h);
              if (pass == 1)
                mc_pdf_writer_draw_text (self, blocks[i].hint, &hint_style, x, dy, width);
              dy += h;
            }
          dy += SIGNATURE_ROOM * self->body_size / 13;
          if (blocks[i].name != NULL && *blocks[i].name != '\0')
            {
              mc_pdf_writer_measure_text (self, blocks[i].name, &name_style, width, NULL, &h);
              if (pass == 1)
                mc_pdf_writer_draw_text (self, blocks[i].name, &name_style, x, dy, width);
              dy += h;
            }
          height = MAX (height, dy);
        }

      if (pass == 0)
        mc_pdf_writer_ensure_space (self, height);
    }

  mc_pdf_writer_advance (self, height);
}

/**
 * mc_pdf_writer_add_space:
 * @self: a #McPdfWriter
 * @height: points
 *
 * Moves the cursor down, never past the bottom margin: space at the foot
 * of a page is not carried over to the next.
 */
void
mc_pdf_writer_add_space (McPdfWriter *self,
                         double       height)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  self->y = MIN (self->y + height, _mc_pdf_writer_text_bottom (self));
}

/**
 * mc_pdf_writer_page_break:
 * @self: a #McPdfWriter
 *
 * Starts a new page, even if this one is empty.
 */
void
mc_pdf_writer_page_break (McPdfWriter *self)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  _mc_pdf_writer_new_page (self);
}

/**
 * mc_pdf_writer_ensure_space:
 * @self: a #McPdfWriter
 * @height: the height of the next block, in points
 *
 * Starts a new page unless @height fits under the cursor, or the page
 * is still empty (a block taller than a page starts at its top).
 *
 * Returns: %TRUE if a new page was started
 */
gboolean
mc_pdf_writer_ensure_space (McPdfWriter *self,
                            double       height)
{
  g_return_val_if_fail (MC_IS_PDF_WRITER (self), FALSE);

  if (self->y + height <= _mc_pdf_writer_text_bottom (self) || !self->page_dirty)
    return FALSE;

  _mc_pdf_writer_new_page (self);
  return TRUE;
}

/**
 * mc_pdf_writer_measure_text:
 * @self: a #McPdfWriter
 * @text: plain text
 * @style: (nullable): how it is set
 * @width: the width it wraps at, in points
 * @text_width: (out) (optional): the width of its longest line
 * @text_height: (out) (optional): its height
 */
void
mc_pdf_writer_measure_text (McPdfWriter       *self,
                            const char        *text,
                            const McTextStyle *style,
                            double             width,
                            double            *text_width,
                            double            *text_height)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoRectangle logical;

  g_return_if_fail (MC_IS_PDF_WRITER (self));

  layout = _mc_pdf_writer_create_layout (self, text, style, width);
  pango_layout_get_extents (layout, NULL, &logical);
  if (text_width != NULL)
    *text_width = (double) logical.width / PANGO_SCALE;
  if (text_height != NULL)
    *text_height = (double) logical.height / PANGO_SCALE;
}

/**
 * mc_pdf_writer_draw_text:
 * @self: a #McPdfWriter
 * @text: plain text
 * @style: (nullable): how it is set
 * @x: its left edge, from the left margin, in points
 * @dy: its top, below the cursor, in points
 * @width: the width it wraps at
 *
 * Draws text without moving the cursor, for blocks laid out by the
 * caller, who measures them first and calls mc_pdf_writer_ensure_space()
 * and then mc_pdf_writer_advance().
 */
void
mc_pdf_writer_draw_text (McPdfWriter       *self,
                         const char        *text,
                         const McTextStyle *style,
                         double             x,
                         double             dy,
                         double             width)
{
  g_autoptr(PangoLayout) layout = NULL;

  g_return_if_fail (MC_IS_PDF_WRITER (self));

  layout = _mc_pdf_writer_create_layout (self, text, style, width);
  cairo_move_to (self->cr,
                 _mc_pdf_writer_text_left (self) + x + (style != NULL ? style->left_indent : 0),
                 self->y + dy);
  pango_cairo_show_layout (self->cr, layout);
  self->page_dirty = TRUE;
}

/* A thin rule from (@x, @dy) under the cursor, by (@dx, @ddy). */
static void
stroke_line (McPdfWriter *self,
             double       x,
             double       dy,
             double       dx,
             double       ddy)
{
  cairo_set_line_width (self->cr, RULE_WIDTH);
  cairo_move_to (self->cr, _mc_pdf_writer_text_left (self) + x, self->y + dy);
  cairo_rel_line_to (self->cr, dx, ddy);
  cairo_stroke (self->cr);
  self->page_dirty = TRUE;
}

/**
 * mc_pdf_writer_draw_rule:
 * @self: a #McPdfWriter
 * @x: its left end, from the left margin, in points
 * @dy: its height below the cursor, in points
 * @length: its length
 *
 * Draws a solid horizontal rule without moving the cursor.
 */
void
mc_pdf_writer_draw_rule (McPdfWriter *self,
                         double       x,
                         double       dy,
                         double       length)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  stroke_line (self, x, dy, length, 0);
}

/**
 * mc_pdf_writer_draw_vertical_rule:
 * @self: a #McPdfWriter
 * @x: from the left margin
 * @dy: from the cursor, down to where the rule starts
 * @length: how far down it goes
 *
 * Draws a thin vertical rule, such as a table's column rule.
 */
void
mc_pdf_writer_draw_vertical_rule (McPdfWriter *self,
                                  double       x,
                                  double       dy,
                                  double       length)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  stroke_line (self, x, dy, 0, length);
}

/**
 * mc_pdf_writer_advance:
 * @self: a #McPdfWriter
 * @height: points
 *
 * Moves the cursor below a block drawn with mc_pdf_writer_draw_text().
 */
void
mc_pdf_writer_advance (McPdfWriter *self,
                       double       height)
{
  g_return_if_fail (MC_IS_PDF_WRITER (self));

  self->y += height;
}

/**
 * mc_pdf_writer_finish:
 * @self: a #McPdfWriter
 * @error: return location for a #GError
 *
 * Ends the last page and the document. The writer takes no more text.
 *
 * Returns: (transfer full): the PDF, or %NULL with %MC_ERROR_INVALID
 */
GBytes *
mc_pdf_writer_finish (McPdfWriter  *self,
                      GError      **error)
{
  cairo_status_t status;
  GByteArray *buffer;

  g_return_val_if_fail (MC_IS_PDF_WRITER (self), NULL);
  g_return_val_if_fail (!self->finished, NULL);

  self->finished = TRUE;
  cairo_show_page (self->cr);
  g_clear_pointer (&self->cr, cairo_destroy);
  cairo_surface_finish (self->surface);
  status = cairo_surface_status (self->surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Could not write the PDF: %s"), cairo_status_to_string (status));
      return NULL;
    }

  buffer = g_steal_pointer (&self->buffer);
  return g_byte_array_free_to_bytes (buffer);
}
