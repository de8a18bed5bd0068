/* mc-procedure-list-document.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-procedure-list-document"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-appointment-slip.h"
#include "mc-document-header.h"
#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"
#include "mc-procedure-list-document.h"
#include "mc-procedure-store.h"
#include "mc-text.h"
#include "mc-working-calendar.h"

/* The public list of the procedures the counter receives (niêm yết), on
 * A4 portrait under the committee's Nghị định 30 heading, for the notice
 * board: what a citizen needs before coming, per procedure in force
 * (its code, name, processing time, how to file it and its fees and
 * exemptions, as the catalogue words them), grouped by field and
 * numbered throughout.
 *
 * The writer's table sets body text (13 pt), which reads well on a
 * board. Its header row repeats on each page; this file cuts the list
 * into one table per page itself, so that a field's heading never stays
 * alone at the foot of a page, and splits a row taller than a page (a
 * long list of exemptions) into rows that continue each other.
 *
 * The form's words are data (forms/procedure-list.json), printed in
 * Vietnamese whatever the interface language: not for translation. */

#define N_COLUMNS 6

/* The writer's tables pad their cells by 2.5 pt on each side; a little
 * more here keeps the estimates of rows' heights on the safe side, so
 * that no table this file cuts to fit a page breaks on its own. */
#define CELL_PADDING 3.0
#define ROW_SLACK    1.0

#define MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

typedef struct
{
  char     **cells;
  double     height;
  gboolean   group;    /* a field's heading */
} Row;

static void
row_free (Row *row)
{
  g_strfreev (row->cells);
  g_free (row);
}

static gboolean
is_given (const char *text)
{
  return text != NULL && *text != '\0';
}

/*
 * Cells
 */

static char *
roman (guint number)
{
  static const struct { guint value; const char *digits; } numerals[] = {
    { 1000, "M" }, { 900, "CM" }, { 500, "D" }, { 400, "CD" }, { 100, "C" }, { 90, "XC" },
    { 50, "L" }, { 40, "XL" }, { 10, "X" }, { 9, "IX" }, { 5, "V" }, { 4, "IV" }, { 1, "I" },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    for (; number >= numerals[i].value; number -= numerals[i].value)
      g_string_append (text, numerals[i].digits);

  return g_string_free (text, FALSE);
}

/* Amounts as Vietnamese write them: "400.000". */
static char *
format_amount (gint64 amount)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GINT64_FORMAT, ABS (amount));
  GString *grouped = g_string_new (amount < 0 ? "-" : NULL);
  gsize length = strlen (digits);

  for (gsize i = 0; i < length; i++)
    {
      if (i > 0 && (length - i) % 3 == 0)
        g_string_append_c (grouped, '.');
      g_string_append_c (grouped, digits[i]);
    }

  return g_string_free (grouped, FALSE);
}

static char *
capitalize (const char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8] = { 0, };

  g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

/* The processing time: the catalogue's value, such as "05 ngày làm
 * việc"; its words when it gives none; dotted when it says nothing. */
static char *
time_cell (McProcedure *procedure)
{
  const McProcedureTime *time = mc_procedure_get_main_time (procedure);
  GPtrArray *times = mc_procedure_get_times (procedure);
  g_autofree char *duration = NULL;

  if (time != NULL)
    {
      duration = mc_format_slip_duration (time->value, time->unit);
      return capitalize (duration);
    }

  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *other = g_ptr_array_index (times, i);

      if (is_given (other->description))
        return g_strdup (other->description);
    }

  return g_strdup ("……");
}

static gboolean
has_channel (McProcedure *procedure,
             McChannel    channel)
{
  GPtrArray *times = mc_procedure_get_times (procedure);

  for (guint i = 0; i < times->len; i++)
    if (((const McProcedureTime *) g_ptr_array_index (times, i))->channel == channel)
      return TRUE;

  return FALSE;
}

/* How to file it: at the counter, by post, online (wholly or partly). */
static char *
channels_cell (McProcedure    *procedure,
               McFormTemplate *texts)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  GPtrArray *times = mc_procedure_get_times (procedure);

  if (times->len == 0 || has_channel (procedure, MC_CHANNEL_COUNTER))
    g_ptr_array_add (lines, (gpointer) mc_form_template_get (texts, "channel-counter"));
  if (has_channel (procedure, MC_CHANNEL_POSTAL) || mc_procedure_get_postal_intake (procedure))
    g_ptr_array_add (lines, (gpointer) mc_form_template_get (texts, "channel-postal"));

  switch (mc_procedure_get_online_level (procedure))
    {
    case MC_ONLINE_LEVEL_FULL:
      g_ptr_array_add (lines, (gpointer) mc_form_template_get (texts, "channel-online-full"));
      break;
    case MC_ONLINE_LEVEL_PARTIAL:
      g_ptr_array_add (lines, (gpointer) mc_form_template_get (texts, "channel-online-partial"));
      break;
    case MC_ONLINE_LEVEL_NONE:
    default:
      if (has_channel (procedure, MC_CHANNEL_ONLINE))
        g_ptr_array_add (lines, (gpointer) mc_form_template_get (texts, "channel-online"));
      break;
    }

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

/* Every fee of every channel, once: the catalogue's words where it has
 * some, since they carry the exemptions citizens must see; otherwise
 * the amount, free, or set by the province. */
static char *
fee_cell (McProcedure    *procedure,
          McFormTemplate *texts)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GPtrArray *times = mc_procedure_get_times (procedure);

  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (times, i);

      for (guint j = 0; j < time->fees->len; j++)
        {
          const McProcedureFee *fee = g_ptr_array_index (time->fees, j);
          char *line;

          if (is_given (fee->description))
            {
              line = g_strdup (fee->description);
            }
          else if (!fee->has_amount)
            {
              line = g_strdup (mc_form_template_get (texts, "fee-local"));
            }
          else if (fee->amount == 0)
            {
              line = g_strdup (mc_form_template_get (texts, "fee-free"));
            }
          else
            {
              g_autofree char *amount = format_amount (fee->amount);

              line = mc_form_template_format (texts, "fee-amount", "amount", amount, NULL);
            }

          if (g_ptr_array_find_with_equal_func (lines, line, g_str_equal, NULL))
            g_free (line);
          else
            g_ptr_array_add (lines, line);
        }
    }

  if (lines->len == 0)
    return g_strdup (mc_form_template_get (texts, "fee-free"));

  g_ptr_array_add (lines, NULL);
  return g_strjoinv ("\n", (char **) lines->pdata);
}

static const char *
field_name (McProcedure *procedure)
{
  const char *name = mc_procedure_get_field_name (procedure);

  return is_given (name) ? name : NULL;
}

/* Fields in alphabetical order, without tone marks, and procedures
 * without one last; the sort is stable, so each field keeps the order
 * of the procedures it was given. */
static int
compare_fields (gconstpointer a,
                gconstpointer b)
{
  McProcedure *first = *(McProcedure * const *) a;
  McProcedure *second = *(McProcedure * const *) b;
  g_autofree char *first_key = NULL;
  g_autofree char *second_key = NULL;

  if (field_name (first) == NULL || field_name (second) == NULL)
    return (field_name (first) == NULL) - (field_name (second) == NULL);

  first_key = mc_text_fold (field_name (first));
  second_key = mc_text_fold (field_name (second));
  return g_strcmp0 (first_key, second_key);
}

/*
 * The table
 */

static double
cell_width (McPdfWriter       *writer,
            const McPdfColumn *column)
{
  return column->width * mc_pdf_writer_get_text_width (writer) - 2 * CELL_PADDING;
}

static double
cells_height (McPdfWriter        *writer,
              const McPdfColumn  *columns,
              const char * const *cells,
              McTextFlags         flags)
{
  double height = 0;

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      McTextStyle style = { 0, flags, columns[i].align, 0, 0, 0 };
      double h = 0;

      if (*cells[i] != '\0')
        mc_pdf_writer_measure_text (writer, cells[i], &style, cell_width (writer, &columns[i]),
                                    NULL, &h);
      height = MAX (height, h);
    }

  return height + 2 * CELL_PADDING + ROW_SLACK;
}

/* Adds a row, as several when it is taller than @limit, each cell going
 * on in the next. Takes @cells. */
static void
add_row (McPdfWriter       *writer,
         const McPdfColumn *columns,
         GPtrArray         *rows,
         char             **cells,
         gboolean           group,
         double             limit)
{
  const char *rest[N_COLUMNS];
  gboolean more = TRUE;

  for (guint i = 0; i < N_COLUMNS; i++)
    rest[i] = cells[i];

  while (more)
    {
      Row *row = g_new0 (Row, 1);

      row->cells = g_new0 (char *, N_COLUMNS + 1);
      row->group = group;
      more = FALSE;
      for (guint i = 0; i < N_COLUMNS; i++)
        {
          McTextStyle style = { 0, MC_TEXT_PLAIN, columns[i].align, 0, 0, 0 };

          row->cells[i] = mc_pdf_writer_take_fitting (writer, rest[i], &style, cell_width (writer, &columns[i]),
                                        limit, &rest[i]);
          more |= *rest[i] != '\0';
        }
      row->height = cells_height (writer, columns, (const char * const *) row->cells,
                                  MC_TEXT_PLAIN);
      g_ptr_array_add (rows, row);
    }

  g_strfreev (cells);
}

static GPtrArray *
build_rows (McPdfWriter       *writer,
            const McPdfColumn *columns,
            GPtrArray         *procedures,
            McFormTemplate    *texts,
            double             limit)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_sized_new (procedures->len);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  const char *current = NULL;
  guint n_fields = 0;

  g_ptr_array_extend (sorted, procedures, NULL, NULL);
  g_ptr_array_sort (sorted, compare_fields);

  for (guint i = 0; i < sorted->len; i++)
    {
      McProcedure *procedure = g_ptr_array_index (sorted, i);
      char **cells;

      if (i == 0 || g_strcmp0 (field_name (procedure), current) != 0)
        {
          g_autofree char *heading = NULL;
          g_autofree char *capitals = NULL;

          current = field_name (procedure);
          heading = current != NULL
            ? mc_form_template_format (texts, "field", "field", current, NULL)
            : g_strdup (mc_form_template_get (texts, "field-none"));
          capitals = g_utf8_strup (heading, -1);
          cells = g_new0 (char *, N_COLUMNS + 1);
          cells[0] = roman (++n_fields);
          cells[1] = g_strdup ("");
          cells[2] = g_steal_pointer (&capitals);
          for (guint j = 3; j < N_COLUMNS; j++)
            cells[j] = g_strdup ("");
          add_row (writer, columns, rows, cells, TRUE, limit);
        }

      cells = g_new0 (char *, N_COLUMNS + 1);
      cells[0] = g_strdup_printf ("%u", i + 1);
      cells[1] = g_strdup (mc_procedure_get_code (procedure));
      cells[2] = g_strdup (mc_procedure_get_name (procedure));
      cells[3] = time_cell (procedure);
      cells[4] = channels_cell (procedure, texts);
      cells[5] = fee_cell (procedure, texts);
      add_row (writer, columns, rows, cells, FALSE, limit);
    }

  return rows;
}

static void
flush_table (McPdfWriter       *writer,
             const McPdfColumn *columns,
             GPtrArray         *chunk)
{
  if (chunk->len > 0)
    mc_pdf_writer_add_table (writer, columns, N_COLUMNS, chunk);
  g_ptr_array_set_size (chunk, 0);
}

/* Sets the rows one table per page, each starting with the header row;
 * a field's heading moves to the next page with its first procedure. */
static void
add_tables (McPdfWriter       *writer,
            const McPdfColumn *columns,
            GPtrArray         *rows,
            double             header)
{
  g_autoptr(GPtrArray) chunk = g_ptr_array_new ();
  double available = mc_pdf_writer_get_remaining (writer);
  gboolean fresh = FALSE;
  guint i = 0;

  while (i < rows->len)
    {
      Row *row = g_ptr_array_index (rows, i);
      double need = row->height;

      if (row->group && i + 1 < rows->len)
        need += ((Row *) g_ptr_array_index (rows, i + 1))->height;
      if (chunk->len == 0)
        need += header;

      /* On a new page the row goes in whatever its height: the rows
       * were cut to fit one. */
      if (need > available && !fresh)
        {
          flush_table (writer, columns, chunk);
          mc_pdf_writer_page_break (writer);
          available = mc_pdf_writer_get_remaining (writer);
          fresh = TRUE;
          continue;
        }

      if (chunk->len == 0)
        available -= header;
      available -= row->height;
      g_ptr_array_add (chunk, row->cells);
      fresh = FALSE;
      i++;
    }

  flush_table (writer, columns, chunk);
}

static void
add_notes (McPdfWriter            *writer,
           const McOfficeIdentity *office,
           McFormTemplate         *texts,
           GPtrArray              *procedures)
{
  const McTextStyle title = { 0, MC_TEXT_BOLD | MC_TEXT_ITALIC, MC_TEXT_ALIGN_LEFT, 0, 0, 2 };
  const McTextStyle note = { 11, MC_TEXT_ITALIC, MC_TEXT_ALIGN_JUSTIFY, 0, 0, 2 };
  const double width = mc_pdf_writer_get_text_width (writer);
  g_autofree char *details = NULL;
  const char *notes[3] = { NULL, };
  gboolean same_day = FALSE;
  guint n_notes = 0;
  double height, h;

  for (guint i = 0; i < procedures->len; i++)
    {
      const McProcedureTime *time = mc_procedure_get_main_time (g_ptr_array_index (procedures, i));

      if (time != NULL && time->value == 0 && time->unit != MC_TIME_UNIT_HOURS)
        same_day = TRUE;
    }

  details = mc_form_template_format (texts, "note-details", "counter", office->counter_name, NULL);
  notes[n_notes++] = mc_form_template_get (texts, "note-working-days");
  /* The 15:00 rule, where some procedure is done on the day. */
  if (same_day)
    notes[n_notes++] = mc_form_template_get (texts, "note-same-day");
  notes[n_notes++] = details;

  /* The notes stay together. */
  mc_pdf_writer_measure_text (writer, mc_form_template_get (texts, "notes-title"), &title, width,
                              NULL, &height);
  height += title.space_after;
  for (guint i = 0; i < n_notes; i++)
    {
      mc_pdf_writer_measure_text (writer, notes[i], &note, width, NULL, &h);
      height += h + note.space_after;
    }
  mc_pdf_writer_ensure_space (writer, height);

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "notes-title"), &title);
  for (guint i = 0; i < n_notes; i++)
    mc_pdf_writer_add_paragraph (writer, notes[i], &note);
}

/**
 * mc_procedure_list_document_render:
 * @procedures: (element-type McProcedure): the versions in force, with
 *   their times, fees and lists, as mc_procedure_list_document_load()
 *   gives them
 * @office: the office
 * @dated: the day the list is dated
 * @error: return location for a #GError
 *
 * Renders the public list of procedures on A4 portrait: grouped by field
 * (I, II, …), numbered throughout, with each one's code, name, time,
 * ways of filing and fees, and notes on reading them.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_NOT_FOUND
 *   error if there is no procedure to list
 */
GBytes *
mc_procedure_list_document_render (GPtrArray              *procedures,
                                   const McOfficeIdentity *office,
                                   GDateTime              *dated,
                                   GError                **error)
{
  const McTextStyle subtitle = { 0, MC_TEXT_ITALIC, MC_TEXT_ALIGN_CENTER, 0, 0, 10 };
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GDateTime) local = NULL;
  g_autofree char *agency = NULL;
  g_autofree char *place_date = NULL;
  g_autofree char *subtitle_text = NULL;
  McDocumentHeader header = { NULL, };
  McPageMargins margins;
  double header_height, limit;

  g_return_val_if_fail (procedures != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (dated != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (procedures->len == 0)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_NOT_FOUND,
                           _("There is no procedure in force to list."));
      return NULL;
    }

  texts = mc_form_template_load ("procedure-list", error);
  if (texts == NULL)
    return NULL;

  {
    const McPdfColumn columns[N_COLUMNS] = {
      { mc_form_template_get (texts, "column-number"), 0.06, MC_TEXT_ALIGN_CENTER },
      { mc_form_template_get (texts, "column-code"), 0.125, MC_TEXT_ALIGN_CENTER },
      { mc_form_template_get (texts, "column-name"), 0.28, MC_TEXT_ALIGN_LEFT },
      { mc_form_template_get (texts, "column-time"), 0.13, MC_TEXT_ALIGN_CENTER },
      { mc_form_template_get (texts, "column-channels"), 0.185, MC_TEXT_ALIGN_LEFT },
      { mc_form_template_get (texts, "column-fee"), 0.22, MC_TEXT_ALIGN_LEFT },
    };
    const char *titles[N_COLUMNS];

    writer = mc_pdf_writer_new (MC_PAPER_A4, MC_ORIENTATION_PORTRAIT, NULL);
    mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                                office->agency_name, NULL);

    local = g_date_time_to_timezone (dated, mc_working_calendar_get_time_zone ());
    agency = g_utf8_strup (office->agency_name != NULL ? office->agency_name : "", -1);
    place_date = mc_format_legal_date_at (local, office->place_name);
    header.agency = *agency != '\0' ? agency : NULL;
    header.place_date = place_date;
    mc_document_header_render (writer, &header);

    mc_pdf_writer_add_heading (writer, mc_form_template_get (texts, "title"),
                               mc_pdf_writer_get_body_size (writer) + 1);
    subtitle_text = mc_form_template_format (texts, "subtitle", "counter", office->counter_name,
                                             "agency", office->agency_name, NULL);
    mc_pdf_writer_add_paragraph (writer, subtitle_text, &subtitle);

    for (guint i = 0; i < N_COLUMNS; i++)
      titles[i] = columns[i].title;
    header_height = cells_height (writer, columns, titles, MC_TEXT_BOLD);
    mc_pdf_writer_get_default_margins (MC_PAPER_A4, &margins);
    /* A row fits on a page under the header row and a field's heading
     * of two lines. */
    limit = mc_pdf_writer_get_page_height (writer) - MM_TO_PT (margins.top + margins.bottom)
            - header_height - 3 * mc_pdf_writer_get_body_size (writer) - 6 * CELL_PADDING;

    rows = build_rows (writer, columns, procedures, texts, limit);
    add_tables (writer, columns, rows, header_height);
  }

  add_notes (writer, office, texts, procedures);

  return mc_pdf_writer_finish (writer, error);
}

/**
 * mc_procedure_list_document_load:
 * @db: a #McDatabase
 * @dated: the day the list is for
 * @error: return location for a #GError
 *
 * Loads the version of each procedure in force on the day of @dated
 * (mc_procedure_store_load_current()), with its times, fees and lists,
 * leaving out the procedures repealed and those that take effect later.
 *
 * Returns: (transfer full) (element-type McProcedure): the procedures,
 *   sorted by name
 */
GPtrArray *
mc_procedure_list_document_load (McDatabase  *db,
                                 GDateTime   *dated,
                                 GError     **error)
{
  g_autoptr(GDateTime) local = NULL;
  g_autoptr(GPtrArray) current = NULL;
  g_autoptr(GPtrArray) procedures = NULL;
  g_autofree char *today = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), NULL);
  g_return_val_if_fail (dated != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  local = g_date_time_to_timezone (dated, mc_working_calendar_get_time_zone ());
  today = g_date_time_format (local, "%Y-%m-%d");

  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  current = mc_procedure_store_load_current (db, today, error);
  if (current == NULL)
    {
      mc_database_end (db, FALSE, NULL);
      return NULL;
    }

  procedures = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < current->len; i++)
    {
      McProcedure *version = g_ptr_array_index (current, i);
      McProcedure *full;

      /* The store shows a code whose versions all take effect later by
       * its first one; the public list shows only what applies now. */
      if (!mc_procedure_get_in_force (version) ||
          g_strcmp0 (mc_procedure_get_effective_date (version), today) > 0)
        continue;

      full = mc_procedure_store_load (db, mc_procedure_get_id (version), error);
      if (full == NULL)
        {
          mc_database_end (db, FALSE, NULL);
          return NULL;
        }
      g_ptr_array_add (procedures, full);
    }

  mc_database_end (db, TRUE, NULL);
  return g_steal_pointer (&procedures);
}
