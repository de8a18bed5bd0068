/* mc-dossier-register.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-register"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-dossier-register.h"
#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"
#include "mc-working-calendar.h"

/* Mẫu số 06 of Thông tư 01/2018/TT-VPCP: Sổ theo dõi hồ sơ, the book in
 * which the counter follows each dossier it received, from receipt to
 * the return of the result, printed for a period on A4 landscape (the
 * circular's only A4 form). Unlike the slips it has no Nghị định 30
 * heading: the book names its counter above the title and the period
 * under it.
 *
 * Fourteen columns do not fit in the writer's tables, whose text is the
 * body size (13 pt on A4): this file sets its own table, in a smaller
 * size, with the circular's two-level heading ("Ngày, tháng, năm" over
 * its five dates) and a row of column numbers, repeated at the top of
 * each page. The writer draws no vertical rules, so rows are ruled
 * across and columns are kept apart by their padding. A row that does
 * not fit under the cursor starts a new page; one taller than a page
 * (a very long address or note) is split, each cell going on at the top
 * of the next page. Pages are numbered from the second.
 *
 * The form's words are data (forms/dossier-register.json), printed in
 * Vietnamese whatever the interface language: not for translation. */

#define MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

/* Small enough for fourteen columns, large enough to read and to write
 * beside. */
#define TEXT_SIZE   9.5
#define NUMBER_SIZE 8.5
#define PAD_X       2.0
#define PAD_Y       2.5

/* A part of a row left at the foot of a page is at least this tall. */
#define MIN_PART    (4 * TEXT_SIZE)

typedef struct
{
  const char  *key;     /* its title in forms/dossier-register.json */
  double       share;   /* of the text width */
  McTextAlign  align;
} Column;

enum
{
  COLUMN_NUMBER,
  COLUMN_CODE,
  COLUMN_PROCEDURE,
  COLUMN_SETS,
  COLUMN_APPLICANT,
  COLUMN_ADDRESS,
  COLUMN_AGENCY,
  COLUMN_RECEIVED,
  COLUMN_DUE,
  COLUMN_HANDED_OVER,
  COLUMN_RESULT_RECEIVED,
  COLUMN_RETURNED,
  COLUMN_SIGNATURE,
  COLUMN_NOTE,
  N_COLUMNS
};

/* The five under "Ngày, tháng, năm". */
#define FIRST_DATE COLUMN_RECEIVED
#define LAST_DATE  COLUMN_RETURNED

static const Column columns[N_COLUMNS] = {
  [COLUMN_NUMBER] = { "column-number", 0.032, MC_TEXT_ALIGN_CENTER },
  [COLUMN_CODE] = { "column-code", 0.091, MC_TEXT_ALIGN_LEFT },
  [COLUMN_PROCEDURE] = { "column-procedure", 0.104, MC_TEXT_ALIGN_LEFT },
  [COLUMN_SETS] = { "column-sets", 0.042, MC_TEXT_ALIGN_CENTER },
  [COLUMN_APPLICANT] = { "column-applicant", 0.085, MC_TEXT_ALIGN_LEFT },
  [COLUMN_ADDRESS] = { "column-address", 0.100, MC_TEXT_ALIGN_LEFT },
  [COLUMN_AGENCY] = { "column-agency", 0.062, MC_TEXT_ALIGN_LEFT },
  [COLUMN_RECEIVED] = { "column-received", 0.0705, MC_TEXT_ALIGN_CENTER },
  [COLUMN_DUE] = { "column-due", 0.0705, MC_TEXT_ALIGN_CENTER },
  [COLUMN_HANDED_OVER] = { "column-handed-over", 0.0705, MC_TEXT_ALIGN_CENTER },
  [COLUMN_RESULT_RECEIVED] = { "column-result-received", 0.0705, MC_TEXT_ALIGN_CENTER },
  [COLUMN_RETURNED] = { "column-returned", 0.0705, MC_TEXT_ALIGN_CENTER },
  [COLUMN_SIGNATURE] = { "column-signature", 0.059, MC_TEXT_ALIGN_CENTER },
  [COLUMN_NOTE] = { "column-note", 0.0725, MC_TEXT_ALIGN_LEFT },
};

typedef struct
{
  McPdfWriter    *writer;
  McFormTemplate *texts;
  double          x[N_COLUMNS + 1];  /* column edges, from the left margin */
  double          header_height;
  double          capacity;          /* under the header on a new page */
} Table;

/*
 * Entries
 */

/**
 * mc_register_entry_new:
 *
 * Returns: (transfer full): an empty entry of one set
 */
McRegisterEntry *
mc_register_entry_new (void)
{
  McRegisterEntry *entry = g_new0 (McRegisterEntry, 1);

  entry->set_count = 1;
  entry->channel = MC_CHANNEL_COUNTER;
  return entry;
}

void
mc_register_entry_free (McRegisterEntry *entry)
{
  if (entry == NULL)
    return;

  g_free (entry->code);
  g_free (entry->procedure_name);
  g_free (entry->applicant_name);
  g_free (entry->address);
  g_free (entry->phone);
  g_free (entry->agency);
  g_clear_pointer (&entry->received_at, g_date_time_unref);
  g_clear_pointer (&entry->due_at, g_date_time_unref);
  g_clear_pointer (&entry->new_due_at, g_date_time_unref);
  g_clear_pointer (&entry->handed_over_at, g_date_time_unref);
  g_clear_pointer (&entry->result_received_at, g_date_time_unref);
  g_clear_pointer (&entry->returned_at, g_date_time_unref);
  g_free (entry->note);
  g_free (entry);
}

/*
 * Cells
 */

static const char *
or_empty (const char *text)
{
  return text != NULL ? text : "";
}

static char *
format_local (GDateTime  *time,
              const char *format)
{
  g_autoptr(GDateTime) local = NULL;

  if (time == NULL)
    return g_strdup ("");

  local = g_date_time_to_timezone (time, mc_working_calendar_get_time_zone ());
  return g_date_time_format (local, format);
}

/* The date over the time, so that the narrow date columns never wrap in
 * the middle of either. */
static char *
format_moment (GDateTime *time)
{
  return format_local (time, "%d/%m/%Y\n%H:%M");
}

static double
cell_width (const Table *table,
            guint        column)
{
  return table->x[column + 1] - table->x[column] - 2 * PAD_X;
}

static McTextStyle
cell_style (guint column)
{
  return (McTextStyle) { TEXT_SIZE, MC_TEXT_PLAIN, columns[column].align, 0, 0, 0 };
}

/* A dossier code has no break opportunity a line breaker knows of
 * ("000.17.22.H56-260309-0013"): when it is wider than its column, it
 * breaks after the hyphens of its parts. */
static char *
breakable_code (const Table *table,
                const char  *code)
{
  const McTextStyle style = cell_style (COLUMN_CODE);
  const double width = cell_width (table, COLUMN_CODE);
  g_auto(GStrv) parts = g_strsplit (or_empty (code), "-", -1);
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autoptr(GString) line = g_string_new (NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *part = g_strconcat (parts[i], parts[i + 1] != NULL ? "-" : "", NULL);
      g_autofree char *candidate = g_strconcat (line->str, part, NULL);
      double candidate_width;

      mc_pdf_writer_measure_text (table->writer, candidate, &style, 10000, &candidate_width, NULL);
      if (candidate_width > width && line->len > 0)
        {
          g_string_append_printf (lines, "%s\n", line->str);
          g_string_assign (line, part);
        }
      else
        {
          g_string_append (line, part);
        }
    }
  g_string_append (lines, line->str);

  return g_string_free (g_steal_pointer (&lines), FALSE);
}

static char *
note_cell (const McRegisterEntry *entry,
           McFormTemplate        *texts)
{
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  if (entry->channel == MC_CHANNEL_ONLINE)
    g_ptr_array_add (notes, g_strdup (mc_form_template_get (texts, "note-online")));
  else if (entry->channel == MC_CHANNEL_POSTAL)
    g_ptr_array_add (notes, g_strdup (mc_form_template_get (texts, "note-postal")));
  if (entry->delivery_by_post)
    g_ptr_array_add (notes, g_strdup (mc_form_template_get (texts, "note-delivery-by-post")));
  if (entry->new_due_at != NULL)
    {
      g_autofree char *date = format_local (entry->new_due_at, "%d/%m/%Y");

      g_ptr_array_add (notes, mc_form_template_format (texts, "note-new-due", "date", date, NULL));
    }
  if (entry->status == MC_DOSSIER_STATUS_WITHDRAWN)
    g_ptr_array_add (notes, g_strdup (mc_form_template_get (texts, "note-withdrawn")));
  else if (entry->status == MC_DOSSIER_STATUS_STOPPED)
    g_ptr_array_add (notes, g_strdup (mc_form_template_get (texts, "note-stopped")));
  if (entry->note != NULL && *entry->note != '\0')
    g_ptr_array_add (notes, g_strdup (entry->note));

  g_ptr_array_add (notes, NULL);
  return g_strjoinv ("\n", (char **) notes->pdata);
}

static char **
entry_cells (const Table           *table,
             const McRegisterEntry *entry,
             guint                  number)
{
  char **cells = g_new0 (char *, N_COLUMNS + 1);

  cells[COLUMN_NUMBER] = g_strdup_printf ("%u", number);
  cells[COLUMN_CODE] = breakable_code (table, entry->code);
  cells[COLUMN_PROCEDURE] = g_strdup (or_empty (entry->procedure_name));
  cells[COLUMN_SETS] = g_strdup_printf ("%u", MAX (entry->set_count, 1));
  cells[COLUMN_APPLICANT] = g_strdup (or_empty (entry->applicant_name));
  if (entry->phone != NULL && *entry->phone != '\0')
    cells[COLUMN_ADDRESS] = g_strconcat (or_empty (entry->address), "\n", entry->phone, NULL);
  else
    cells[COLUMN_ADDRESS] = g_strdup (or_empty (entry->address));
  cells[COLUMN_AGENCY] = g_strdup (or_empty (entry->agency));
  cells[COLUMN_RECEIVED] = format_moment (entry->received_at);
  cells[COLUMN_DUE] = format_moment (entry->due_at);
  cells[COLUMN_HANDED_OVER] = format_moment (entry->handed_over_at);
  cells[COLUMN_RESULT_RECEIVED] = format_moment (entry->result_received_at);
  cells[COLUMN_RETURNED] = format_moment (entry->returned_at);
  cells[COLUMN_SIGNATURE] = g_strdup ("");
  cells[COLUMN_NOTE] = note_cell (entry, table->texts);

  return cells;
}

/*
 * The table
 */

static double
text_height (const Table       *table,
             const char        *text,
             const McTextStyle *style,
             double             width)
{
  double height = 0;

  if (*text != '\0')
    mc_pdf_writer_measure_text (table->writer, text, style, width, NULL, &height);

  return height;
}

/* Draws the heading at the cursor (unless @draw is FALSE) and returns
 * its height: the titles, "Ngày, tháng, năm" over the five dates, and
 * the columns' numbers. */
static double
draw_header (Table    *table,
             gboolean  draw)
{
  const McTextStyle title = { TEXT_SIZE, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle number = { NUMBER_SIZE, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  McPdfWriter *writer = table->writer;
  const char *group = mc_form_template_get (table->texts, "column-dates");
  const double group_x = table->x[FIRST_DATE];
  const double group_width = table->x[LAST_DATE + 1] - group_x;
  double upper, lower = 0, span = 0, numbers = 0, total;

  upper = text_height (table, group, &title, group_width - 2 * PAD_X) + 2 * PAD_Y;
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      double h = text_height (table, mc_form_template_get (table->texts, columns[i].key), &title,
                              cell_width (table, i)) + 2 * PAD_Y;

      if (i >= FIRST_DATE && i <= LAST_DATE)
        lower = MAX (lower, h);
      else
        span = MAX (span, h);
    }
  lower = MAX (lower, span - upper);
  span = upper + lower;
  numbers = text_height (table, "(14)", &number, 100) + 2;
  total = span + numbers;

  if (!draw)
    return total;

  mc_pdf_writer_draw_rule (writer, 0, 0, table->x[N_COLUMNS]);
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      const char *text = mc_form_template_get (table->texts, columns[i].key);
      double width = cell_width (table, i);
      g_autofree char *n = g_strdup_printf ("(%u)", i + 1);

      if (i >= FIRST_DATE && i <= LAST_DATE)
        {
          double h = text_height (table, text, &title, width);

          mc_pdf_writer_draw_text (writer, text, &title, table->x[i] + PAD_X,
                                   upper + (lower - h) / 2, width);
        }
      else
        {
          double h = text_height (table, text, &title, width);

          mc_pdf_writer_draw_text (writer, text, &title, table->x[i] + PAD_X, (span - h) / 2,
                                   width);
        }
      mc_pdf_writer_draw_text (writer, n, &number, table->x[i], span + 1,
                               table->x[i + 1] - table->x[i]);
    }
  mc_pdf_writer_draw_text (writer, group, &title, group_x + PAD_X, PAD_Y, group_width - 2 * PAD_X);
  /* The group's rule stops short of its neighbours, to show where it
   * begins and ends. */
  mc_pdf_writer_draw_rule (writer, group_x + PAD_X, upper, group_width - 2 * PAD_X);
  mc_pdf_writer_draw_rule (writer, 0, span, table->x[N_COLUMNS]);
  mc_pdf_writer_draw_rule (writer, 0, total, table->x[N_COLUMNS]);
  mc_pdf_writer_advance (writer, total);

  return total;
}

static double
row_height (const Table        *table,
            const char * const *cells)
{
  double height = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      McTextStyle style = cell_style (i);

      height = MAX (height, text_height (table, cells[i], &style, cell_width (table, i)));
    }

  return height + 2 * PAD_Y;
}

static void
draw_row (Table              *table,
          const char * const *cells,
          double              height)
{
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      McTextStyle style = cell_style (i);

      if (*cells[i] != '\0')
        mc_pdf_writer_draw_text (table->writer, cells[i], &style, table->x[i] + PAD_X, PAD_Y,
                                 cell_width (table, i));
    }
  mc_pdf_writer_draw_rule (table->writer, 0, height, table->x[N_COLUMNS]);
  mc_pdf_writer_advance (table->writer, height);
}

static void
next_page (Table *table)
{
  mc_pdf_writer_page_break (table->writer);
  draw_header (table, TRUE);
}

/* Sets one dossier's row, splitting it across pages when it is taller
 * than a page. Takes @cells. */
static void
add_row (Table  *table,
         char  **cells)
{
  g_auto(GStrv) owned = cells;
  const char *rest[N_COLUMNS];

  for (guint i = 0; i < N_COLUMNS; i++)
    rest[i] = owned[i];

  for (;;)
    {
      double height = row_height (table, rest);
      double available = mc_pdf_writer_get_remaining (table->writer);
      char *part[N_COLUMNS + 1] = { NULL, };
      gboolean more = FALSE;

      if (height <= available)
        {
          draw_row (table, rest, height);
          return;
        }

      if (height <= table->capacity || available < MIN_PART + 2 * PAD_Y)
        {
          next_page (table);
          continue;
        }

      /* What fits here; the rest goes on at the top of the next page. */
      for (guint i = 0; i < N_COLUMNS; i++)
        {
          McTextStyle style = cell_style (i);

          part[i] = mc_pdf_writer_take_fitting (table->writer, rest[i], &style, cell_width (table, i),
                                  available - 2 * PAD_Y, &rest[i]);
          more |= *rest[i] != '\0';
        }
      draw_row (table, (const char * const *) part,
                row_height (table, (const char * const *) part));
      for (guint i = 0; i < N_COLUMNS; i++)
        g_free (part[i]);

      if (!more)
        return;
      next_page (table);
    }
}

/* The counter's name above the title, on the left, as the book's cover
 * carries it. */
static void
add_heading (McPdfWriter            *writer,
             const McOfficeIdentity *office,
             McFormTemplate         *texts,
             const char             *period)
{
  const McTextStyle agency_style = { 12, MC_TEXT_PLAIN, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle counter_style = { 12, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const McTextStyle period_style = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 10 };
  const double width = mc_pdf_writer_get_text_width (writer) * 0.36;
  g_autofree char *agency = g_utf8_strup (or_empty (office->agency_name), -1);
  g_autofree char *counter = g_utf8_strup (or_empty (office->counter_name), -1);
  double agency_height = 0, counter_height = 0, counter_width = 0;

  if (*agency != '\0')
    mc_pdf_writer_measure_text (writer, agency, &agency_style, width, NULL, &agency_height);
  mc_pdf_writer_measure_text (writer, counter, &counter_style, width, &counter_width,
                              &counter_height);
  if (*agency != '\0')
    mc_pdf_writer_draw_text (writer, agency, &agency_style, 0, 0, width);
  mc_pdf_writer_draw_text (writer, counter, &counter_style, 0, agency_height, width);
  /* A short rule under the counter's name, as under an agency's. */
  mc_pdf_writer_draw_rule (writer, (width - counter_width / 3) / 2,
                           agency_height + counter_height + 2, counter_width / 3);
  mc_pdf_writer_advance (writer, agency_height + counter_height + 14);

  mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"), 16);
  mc_pdf_writer_add_paragraph (writer, period, &period_style);
}

/**
 * mc_dossier_register_render:
 * @entries: (element-type McRegisterEntry): the dossiers, in order of
 *   receipt, as mc_dossier_register_load() gives them
 * @from: the first moment of the period
 * @to: the end of the period, excluded
 * @office: the office
 * @error: return location for a #GError
 *
 * Renders Mẫu số 06 on A4 landscape: one numbered row per dossier, the
 * heading of the table on every page, the pages numbered from the
 * second, and the number of dossiers at the end.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if the period is empty
 */
GBytes *
mc_dossier_register_render (GPtrArray              *entries,
                            GDateTime              *from,
                            GDateTime              *to,
                            const McOfficeIdentity *office,
                            GError                **error)
{
  const McTextStyle closing = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 0 };
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(GDateTime) last = NULL;
  g_autofree char *first_day = NULL;
  g_autofree char *last_day = NULL;
  g_autofree char *period = NULL;
  g_autofree char *count = NULL;
  g_autofree char *total = NULL;
  McPageMargins margins;
  Table table = { NULL, };
  double x = 0;

  g_return_val_if_fail (entries != NULL, NULL);
  g_return_val_if_fail (from != NULL && to != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_date_time_compare (from, to) >= 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The period of the register must end after it starts."));
      return NULL;
    }

  texts = mc_form_template_load ("dossier-register", error);
  if (texts == NULL)
    return NULL;

  writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_LANDSCAPE, NULL);
  table.writer = writer;
  table.texts = texts;
  for (guint i = 0; i < N_COLUMNS; i++)
    {
      table.x[i] = x;
      x += columns[i].share * mc_pdf_writer_get_text_width (writer);
    }
  table.x[N_COLUMNS] = mc_pdf_writer_get_text_width (writer);
  table.header_height = draw_header (&table, FALSE);
  mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
  table.capacity = mc_pdf_writer_get_page_height (writer) - MM_TO_PT (margins.top + margins.bottom)
                   - table.header_height;

  /* The period's last day is that of its last moment. */
  last = g_date_time_add (to, -1);
  first_day = format_local (from, "%d/%m/%Y");
  last_day = format_local (last, "%d/%m/%Y");
  period = mc_form_template_format (texts, "period", "from", first_day, "to", last_day, NULL);
  mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                              office->agency_name, period);
  add_heading (writer, office, texts, period);

  if (mc_pdf_writer_get_remaining (writer) < table.header_height + MIN_PART + 2 * PAD_Y)
    mc_pdf_writer_page_break (writer);
  draw_header (&table, TRUE);

  for (guint i = 0; i < entries->len; i++)
    add_row (&table, entry_cells (&table, g_ptr_array_index (entries, i), i + 1));

  mc_pdf_writer_add_space (writer, 6);
  if (entries->len == 0)
    {
      mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "empty"), &closing);
    }
  else
    {
      count = g_strdup_printf ("%u", entries->len);
      total = mc_form_template_format (texts, "total", "count", count, NULL);
      mc_pdf_writer_add_paragraph (writer, total, &closing);
    }

  return mc_pdf_writer_finish (writer, error);
}
