/* mc-control-sheet.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-control-sheet"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-appointment-slip.h"
#include "mc-control-sheet.h"
#include "mc-counter-slip.h"
#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"
#include "mc-process-steps.h"
#include "mc-text.h"

/* Mẫu số 05 of Thông tư 01/2018/TT-VPCP: Phiếu kiểm soát quá trình giải
 * quyết hồ sơ, on A5 portrait like the other counter forms. It travels
 * with the paper dossier: each time the dossier changes hands, the giver
 * and the receiver write a row and sign it.
 *
 * The rows come from the dossier's history:
 *
 * - a hand-over opens a row: who gave, when, and the result of the
 *   giver's step (Trước hạn, Đúng hạn, Quá hạn), which the store wrote
 *   into its details (mc-dossier-transition.c);
 * - its acknowledgement names the receiver, and the time he took it
 *   when that is not the minute of the hand-over; a hand-over sent back
 *   keeps its row, with the reason in the note;
 * - the end of processing is the last row, back to the counter, with
 *   the result of the last step; a dossier stopped or withdrawn while
 *   an officer holds it also goes back to the counter, with the reason;
 * - supplements, the apology and the return of the result are noted
 *   on the row of whoever holds the dossier.
 *
 * The first giver is the counter. Officers are named by their title (the
 * unit they work for) and, beside the signature, by their name. A
 * dossier that has not got that far gets dotted rows to fill in by hand,
 * the last one back to the counter, so that the sheet also serves when
 * printed at receipt.
 *
 * The form's words are data (forms/control-sheet.json), printed in
 * Vietnamese whatever the interface language: not for translation. */

#define DOTS "…………"

/* The writer's tables pad their cells by 2.5 pt on each side; a little
 * more here keeps the estimate of a row's height on the safe side. */
#define CELL_PADDING 3.0

#define MM_TO_PT(mm) ((mm) * 72.0 / 25.4)

typedef struct
{
  char       *giver_unit;     /* nullable: dotted */
  char       *giver_name;     /* nullable: dotted */
  char       *receiver_unit;
  char       *receiver_name;
  GDateTime  *given_at;       /* nullable: dotted */
  GDateTime  *received_at;    /* nullable: as given, or not yet */
  const char *result;         /* nullable; a text of the template */
  GPtrArray  *notes;          /* char * */
} Row;

/* Who holds the dossier between hand-overs. */
typedef struct
{
  char     *unit;
  char     *name;
  gboolean  counter;
} Holder;

static Row *
row_new (void)
{
  Row *row = g_new0 (Row, 1);

  row->notes = g_ptr_array_new_with_free_func (g_free);
  return row;
}

static void
row_free (Row *row)
{
  g_free (row->giver_unit);
  g_free (row->giver_name);
  g_free (row->receiver_unit);
  g_free (row->receiver_name);
  g_clear_pointer (&row->given_at, g_date_time_unref);
  g_clear_pointer (&row->received_at, g_date_time_unref);
  g_ptr_array_unref (row->notes);
  g_free (row);
}

static const char *
nonempty (const char *text)
{
  return text != NULL && *text != '\0' ? text : NULL;
}

/* An officer's unit is his title, such as "Công chức Tư pháp - Hộ
 * tịch"; his name when he has none. */
static char *
unit_of (const McDossierEvent *event)
{
  if (nonempty (event->actor_title) != NULL)
    return g_strdup (event->actor_title);

  return g_strdup (nonempty (event->actor_name));
}

/* The step result the store wrote into a hand-over or the end of
 * processing, as the form prints it. */
static const char *
result_of (const McDossierEvent *event,
           McFormTemplate       *texts)
{
  g_autoptr(JsonObject) details = mc_dossier_event_parse_details (event);
  McStepResult result;

  if (!mc_step_result_from_string (mc_dossier_details_get_text (details, "result"), &result))
    return NULL;

  switch (result)
    {
    case MC_STEP_RESULT_EARLY:
      return mc_form_template_get (texts, "result-early");
    case MC_STEP_RESULT_ON_TIME:
      return mc_form_template_get (texts, "result-on-time");
    case MC_STEP_RESULT_LATE:
    default:
      return mc_form_template_get (texts, "result-late");
    }
}

static char *
format_date (GDateTime *time)
{
  return g_date_time_format (time, "%d/%m/%Y");
}

static void
add_note (Row            *row,
          McFormTemplate *texts,
          const char     *key,
          const char     *name,
          const char     *value)
{
  if (row != NULL)
    g_ptr_array_add (row->notes, mc_form_template_format (texts, key, name, value, NULL));
}

static void
add_dated_note (Row            *row,
                McFormTemplate *texts,
                const char     *key,
                GDateTime      *time)
{
  g_autofree char *date = format_date (time);

  add_note (row, texts, key, "date", date);
}

static void
add_reason_note (Row                  *row,
                 McFormTemplate       *texts,
                 const char           *key,
                 const McDossierEvent *event)
{
  g_autofree char *reason = mc_text_strip_final_stop (event->note);

  add_note (row, texts, key, "reason", *reason != '\0' ? reason : DOTS);
}

static Row *
add_row (GPtrArray  *rows,
         const char *giver_unit,
         const char *receiver_unit)
{
  Row *row = row_new ();

  row->giver_unit = g_strdup (giver_unit);
  row->receiver_unit = g_strdup (receiver_unit);
  g_ptr_array_add (rows, row);
  return row;
}

/* Replays the history into rows. Returns FALSE if the counter never
 * accepted the dossier, which then has no control sheet. */
static gboolean
collect_rows (McDossier              *dossier,
              GPtrArray              *events,
              const McOfficeIdentity *office,
              McFormTemplate         *texts,
              GPtrArray              *rows,
              gboolean               *ended)
{
  const char *counter = office->counter_name;
  Holder holder = { NULL, NULL, TRUE };
  Row *pending = NULL;
  gboolean accepted = FALSE;

  for (guint i = 0; i < events->len; i++)
    {
      const McDossierEvent *event = g_ptr_array_index (events, i);
      Row *last = rows->len > 0 ? g_ptr_array_index (rows, rows->len - 1) : NULL;
      Row *row;

      switch (event->action)
        {
        case MC_DOSSIER_ACTION_RECEIVE:
        case MC_DOSSIER_ACTION_ACCEPT:
          accepted = TRUE;
          break;

        case MC_DOSSIER_ACTION_HAND_OVER:
          row = add_row (rows, holder.counter ? counter : holder.unit, NULL);
          row->giver_name = g_strdup (nonempty (event->actor_name));
          row->given_at = g_date_time_ref (event->effective_time);
          row->result = result_of (event, texts);
          if (nonempty (event->note) != NULL)
            g_ptr_array_add (row->notes, g_strdup (event->note));
          pending = row;
          break;

        case MC_DOSSIER_ACTION_ACKNOWLEDGE:
        case MC_DOSSIER_ACTION_SEND_BACK:
          if (pending == NULL)
            break;
          pending->receiver_unit = unit_of (event);
          pending->receiver_name = g_strdup (nonempty (event->actor_name));
          if (g_date_time_difference (event->effective_time, pending->given_at) >=
              G_TIME_SPAN_MINUTE)
            pending->received_at = g_date_time_ref (event->effective_time);
          if (event->action == MC_DOSSIER_ACTION_ACKNOWLEDGE)
            {
              g_free (holder.unit);
              g_free (holder.name);
              holder.unit = g_strdup (pending->receiver_unit);
              holder.name = g_strdup (pending->receiver_name);
              holder.counter = FALSE;
            }
          else
            {
              add_reason_note (pending, texts, "sent-back", event);
            }
          pending = NULL;
          break;

        case MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT:
          if (accepted)
            add_dated_note (last, texts, "supplement-requested", event->effective_time);
          break;

        case MC_DOSSIER_ACTION_RECEIVE_SUPPLEMENT:
          if (accepted)
            add_dated_note (last, texts, "supplement-received", event->effective_time);
          break;

        case MC_DOSSIER_ACTION_APOLOGIZE:
          {
            g_autoptr(JsonObject) details = mc_dossier_event_parse_details (event);
            g_autoptr(GDateTime) new_due = NULL;

            if (mc_dossier_details_get_text (details, "new_due_at") != NULL)
              new_due = g_date_time_new_from_iso8601 (mc_dossier_details_get_text (details, "new_due_at"), NULL);
            if (new_due == NULL && mc_dossier_get_due_at (dossier) != NULL)
              new_due = g_date_time_ref (mc_dossier_get_due_at (dossier));
            if (new_due != NULL)
              add_dated_note (last, texts, "apology", new_due);
          }
          break;

        case MC_DOSSIER_ACTION_MARK_PROCESSED:
          row = add_row (rows, holder.counter ? counter : holder.unit, counter);
          row->giver_name = g_strdup (nonempty (event->actor_name));
          row->given_at = g_date_time_ref (event->effective_time);
          row->result = result_of (event, texts);
          holder.counter = TRUE;
          *ended = TRUE;
          break;

        case MC_DOSSIER_ACTION_STOP:
        case MC_DOSSIER_ACTION_WITHDRAW:
          /* The dossier goes back to the counter, without a result. */
          if (!holder.counter)
            {
              row = add_row (rows, holder.unit, counter);
              row->giver_name = g_strdup (holder.name);
              row->given_at = g_date_time_ref (event->effective_time);
              last = row;
              holder.counter = TRUE;
            }
          add_reason_note (last, texts,
                           event->action == MC_DOSSIER_ACTION_STOP ? "stopped" : "withdrawn",
                           event);
          *ended = TRUE;
          break;

        case MC_DOSSIER_ACTION_RETURN_RESULT:
          add_dated_note (last, texts, "returned", event->effective_time);
          break;

        case MC_DOSSIER_ACTION_REFUSE_AT_COUNTER:
        case MC_DOSSIER_ACTION_REFUSE:
        case MC_DOSSIER_ACTION_REQUEST_PAYMENT:
        case MC_DOSSIER_ACTION_RECORD_PAYMENT:
        case MC_DOSSIER_ACTION_EVALUATE:
        case MC_DOSSIER_ACTION_EDIT:
        case MC_DOSSIER_ACTION_PRINT:
        case MC_DOSSIER_N_ACTIONS:
        default:
          break;
        }
    }

  g_free (holder.unit);
  g_free (holder.name);

  /* Dotted rows for the way left, the last one back to the counter. */
  if (accepted && !*ended)
    {
      if (rows->len == 0)
        add_row (rows, counter, NULL);
      add_row (rows, NULL, NULL);
      add_row (rows, NULL, counter);
    }

  return accepted;
}

/* "HH giờ mm phút, ngày dd tháng MM năm yyyy", broken after the comma:
 * the date alone fits on a line of its column. Dotted, to fill in by
 * hand, it does not, and the year goes on a line of its own. */
static char *
slip_time (GDateTime *time)
{
  g_autofree char *text = mc_format_slip_time (time);
  g_auto(GStrv) parts = g_strsplit (text, ", ", 2);
  g_autofree char *lines = g_strjoinv (",\n", parts);
  g_auto(GStrv) year = NULL;

  if (time != NULL)
    return g_steal_pointer (&lines);

  year = g_strsplit (lines, " năm ", 2);
  return g_strjoinv ("\nnăm ", year);
}

static char *
join_lines (GPtrArray *lines)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < lines->len; i++)
    g_string_append_printf (text, "%s%s", i > 0 ? "\n" : "", (char *) g_ptr_array_index (lines, i));

  return g_string_free (text, FALSE);
}

static char **
row_cells (const Row      *row,
           guint           number,
           McFormTemplate *texts)
{
  char **cells = g_new0 (char *, 5);
  g_autofree char *number_text = g_strdup_printf ("%u", number);
  g_autofree char *give = NULL;
  g_autofree char *receive = NULL;
  g_autofree char *time = NULL;
  g_autofree char *giver = NULL;
  g_autofree char *receiver = NULL;
  g_autoptr(GString) when = g_string_new (NULL);

  give = mc_form_template_format (texts, "give", "number", number_text,
                                  "unit", row->giver_unit != NULL ? row->giver_unit : DOTS, NULL);
  receive = mc_form_template_format (texts, "receive",
                                     "unit", row->receiver_unit != NULL ? row->receiver_unit : DOTS,
                                     NULL);
  cells[0] = g_strconcat (give, "\n", receive, NULL);

  time = slip_time (row->given_at);
  g_string_append (when, time);
  if (row->received_at != NULL)
    {
      g_autofree char *received = slip_time (row->received_at);
      g_autofree char *line = mc_form_template_format (texts, "acknowledged", "time", received,
                                                       NULL);

      g_string_append_printf (when, "\n%s", line);
    }
  giver = mc_form_template_format (texts, "giver", "name",
                                   row->giver_name != NULL ? row->giver_name : DOTS, NULL);
  receiver = mc_form_template_format (texts, "receiver", "name",
                                      row->receiver_name != NULL ? row->receiver_name : DOTS, NULL);
  g_string_append_printf (when, "\n%s\n%s", giver, receiver);
  cells[1] = g_string_free (g_steal_pointer (&when), FALSE);

  cells[2] = g_strdup (row->result != NULL ? row->result : "");

  cells[3] = join_lines (row->notes);

  return cells;
}

/* The writer keeps each table row on one page, so a row taller than a
 * page (a very long note) would cross the bottom margin: such a row is
 * added as several, each cell continuing in the next. Takes @cells. */
static void
add_table_row (McPdfWriter       *writer,
               const McPdfColumn *columns,
               guint              n_columns,
               GPtrArray         *rows,
               char             **cells,
               double             limit)
{
  const double text_width = mc_pdf_writer_get_text_width (writer);
  g_autofree const char **rest = g_new0 (const char *, n_columns);
  gboolean more = TRUE;

  for (guint i = 0; i < n_columns; i++)
    rest[i] = cells[i];

  while (more)
    {
      char **row = g_new0 (char *, n_columns + 1);

      more = FALSE;
      for (guint i = 0; i < n_columns; i++)
        {
          McTextStyle style = { 0, MC_TEXT_PLAIN, columns[i].align, 0, 0, 0 };

          row[i] = mc_pdf_writer_take_fitting (writer, rest[i], &style,
                                 columns[i].width * text_width - 2 * CELL_PADDING,
                                 limit, &rest[i]);
          more |= *rest[i] != '\0';
        }
      g_ptr_array_add (rows, row);
    }

  g_strfreev (cells);
}

/* The tallest row that fits on a page under the header row. */
static double
row_limit (McPdfWriter       *writer,
           const McPdfColumn *columns,
           guint              n_columns)
{
  const McTextStyle bold = { 0, MC_TEXT_BOLD, MC_TEXT_ALIGN_CENTER, 0, 0, 0 };
  const double text_width = mc_pdf_writer_get_text_width (writer);
  McPageMargins margins;
  double header = 0;

  for (guint i = 0; i < n_columns; i++)
    {
      double height;

      mc_pdf_writer_measure_text (writer, columns[i].title, &bold,
                                  columns[i].width * text_width - 2 * CELL_PADDING, NULL, &height);
      header = MAX (header, height);
    }

  mc_pdf_writer_get_default_margins (MC_PAPER_A5, &margins);
  return mc_pdf_writer_get_page_height (writer) - MM_TO_PT (margins.top + margins.bottom)
         - header - 6 * CELL_PADDING;
}

/**
 * mc_control_sheet_render:
 * @dossier: the dossier
 * @events: (element-type McDossierEvent): its history, as
 *   mc_dossier_store_list_events() gives it
 * @office: the office
 * @error: return location for a #GError
 *
 * Renders Mẫu số 05 on A5 portrait: the dossier's hand-overs between
 * the counter and the officers, one row each, and dotted rows for those
 * still to come.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if the counter never accepted the dossier
 */
GBytes *
mc_control_sheet_render (McDossier              *dossier,
                         GPtrArray              *events,
                         const McOfficeIdentity *office,
                         GError                **error)
{
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
  g_autoptr(GPtrArray) table = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *subject = NULL;
  const char *applicant[5] = { NULL, };
  gboolean ended = FALSE;
  double limit;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (events != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  texts = mc_form_template_load ("control-sheet", error);
  if (texts == NULL)
    return NULL;

  if (!collect_rows (dossier, events, office, texts, rows, &ended))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("There is no control sheet for a dossier the counter has not "
                             "accepted."));
      return NULL;
    }

  {
    const McPdfColumn columns[] = {
      { mc_form_template_get (texts, "column-agency"), 0.25, MC_TEXT_ALIGN_LEFT },
      { mc_form_template_get (texts, "column-time"), 0.37, MC_TEXT_ALIGN_LEFT },
      { mc_form_template_get (texts, "column-result"), 0.20, MC_TEXT_ALIGN_CENTER },
      { mc_form_template_get (texts, "column-note"), 0.18, MC_TEXT_ALIGN_LEFT },
    };

    writer = mc_counter_slip_begin (dossier, office, texts, mc_dossier_get_received_at (dossier));
    mc_pdf_writer_set_page_numbers (writer, TRUE);
    subject = mc_form_template_format (texts, "code", "code", mc_dossier_get_code (dossier), NULL);
    mc_pdf_writer_set_metadata (writer, mc_form_template_get (texts, "document-title"),
                                office->agency_name, subject);

    applicant[0] = mc_form_template_get (texts, "applicant");
    applicant[1] = mc_dossier_get_applicant_name (dossier);
    applicant[2] = mc_form_template_get (texts, "phone");
    applicant[3] = mc_dossier_get_phone (dossier);
    mc_pdf_writer_add_label_values (writer, applicant);
    mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "agency"),
                                   office->agency_name);
    mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "coordinator"), NULL);
    mc_pdf_writer_add_space (writer, 4);

    limit = row_limit (writer, columns, G_N_ELEMENTS (columns));
    for (guint i = 0; i < rows->len; i++)
      add_table_row (writer, columns, G_N_ELEMENTS (columns), table,
                     row_cells (g_ptr_array_index (rows, i), i + 1, texts), limit);
    mc_pdf_writer_add_table (writer, columns, G_N_ELEMENTS (columns), table);
  }

  return mc_pdf_writer_finish (writer, error);
}
