/* mc-supplement-request.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-supplement-request"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-counter-slip.h"
#include <json-glib/json-glib.h>

#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-writer.h"
#include "mc-supplement-request.h"
#include "mc-text.h"

/* Mẫu số 02 of Thông tư 01/2018/TT-VPCP: Phiếu yêu cầu bổ sung, hoàn
 * thiện hồ sơ, on A5 portrait like the other counter slips.
 *
 * It prints the supplement request step: the step's time is the slip's
 * date, its note the reason, and the staff member who took the step the
 * guide the citizen may call. What to complete is the list of papers
 * the step names (its details' "papers", which the officer writes when
 * asking), or else the dossier's papers checked as missing at the
 * counter; without any, the lines are left to write by hand. The "/HDHS" suffix of the number
 * follows an implementation (domain.md §1.2); the number itself is
 * written by hand.
 *
 * The form's words are the circular's and are printed in Vietnamese
 * whatever the interface language: they are not marked for translation. */

#define DOTS MC_COUNTER_SLIP_DOTS

static char *
copies_cell (guint count)
{
  return count > 0 ? g_strdup_printf ("%u", count) : g_strdup ("");
}

static char **
paper_row (guint       number,
           const char *name,
           guint       originals,
           guint       copies)
{
  char **row = g_new0 (char *, 5);

  row[0] = g_strdup_printf ("%u", number);
  row[1] = g_strdup (name);
  row[2] = copies_cell (originals);
  row[3] = copies_cell (copies);

  return row;
}

static const McDossierComponent *
find_component (McDossier  *dossier,
                const char *name)
{
  GPtrArray *components = mc_dossier_get_components (dossier);

  for (guint i = 0; components != NULL && i < components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (components, i);

      if (g_strcmp0 (component->name, name) == 0)
        return component;
    }

  return NULL;
}

/* The papers the step asks for, by name; a paper of the dossier's list
 * keeps its numbers of originals and copies. */
static void
add_requested_rows (GPtrArray            *rows,
                    McDossier            *dossier,
                    const McDossierEvent *request_event)
{
  g_autoptr(JsonObject) details = mc_dossier_event_parse_details (request_event);
  JsonNode *node;
  JsonArray *papers;

  if (details == NULL || (node = json_object_get_member (details, "papers")) == NULL ||
      !JSON_NODE_HOLDS_ARRAY (node))
    return;

  papers = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (papers); i++)
    {
      JsonNode *element = json_array_get_element (papers, i);
      g_autofree char *name = NULL;
      const McDossierComponent *component;

      if (!JSON_NODE_HOLDS_VALUE (element) || json_node_get_value_type (element) != G_TYPE_STRING)
        continue;
      name = g_strstrip (g_strdup (json_node_get_string (element)));
      if (*name == '\0' || !g_utf8_validate (name, -1, NULL))
        continue;

      component = find_component (dossier, name);
      g_ptr_array_add (rows, paper_row (rows->len + 1, name,
                                        component != NULL ? component->originals : 0,
                                        component != NULL ? component->copies : 0));
    }
}

/* The papers to complete, one table row each: those the step asks for,
 * or else those missing at the counter. */
static GPtrArray *
missing_rows (McDossier            *dossier,
              const McDossierEvent *request_event)
{
  GPtrArray *components = mc_dossier_get_components (dossier);
  GPtrArray *rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);

  add_requested_rows (rows, dossier, request_event);
  if (rows->len > 0)
    return rows;

  for (guint i = 0; components != NULL && i < components->len; i++)
    {
      const McDossierComponent *component = g_ptr_array_index (components, i);

      if (!component->provided)
        g_ptr_array_add (rows, paper_row (rows->len + 1, component->name, component->originals,
                                          component->copies));
    }

  return rows;
}

/**
 * mc_supplement_request_render:
 * @dossier: the dossier to complete
 * @request_event: its %MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT step
 * @office: the office
 * @error: return location for a #GError
 *
 * Renders Mẫu số 02 on A5 portrait: what the citizen must add or correct,
 * and why.
 *
 * Returns: (transfer full): the PDF, or %NULL with an %MC_ERROR_INVALID
 *   error if @request_event is not a supplement request
 */
GBytes *
mc_supplement_request_render (McDossier              *dossier,
                              const McDossierEvent   *request_event,
                              const McOfficeIdentity *office,
                              GError                **error)
{
  McPdfColumn columns[] = {
    { NULL, 0.08, MC_TEXT_ALIGN_CENTER },
    { NULL, 0.60, MC_TEXT_ALIGN_LEFT },
    { NULL, 0.16, MC_TEXT_ALIGN_CENTER },
    { NULL, 0.16, MC_TEXT_ALIGN_CENTER },
  };
  static const char * const column_keys[] = {
    "column-number", "column-paper", "column-originals", "column-copies",
  };
  const McTextStyle item = { 0, MC_TEXT_PLAIN, MC_TEXT_ALIGN_LEFT, 0, 0, 2 };
  g_autoptr(McPdfWriter) writer = NULL;
  g_autoptr(GPtrArray) rows = NULL;
  g_autofree char *reason = NULL;
  g_autofree char *paragraph = NULL;
  g_autoptr(McFormTemplate) texts = NULL;
  const char *guide;
  McSignatureBlock signers[2] = { { "", NULL, NULL }, };
  McTextStyle body;

  g_return_val_if_fail (MC_IS_DOSSIER (dossier), NULL);
  g_return_val_if_fail (request_event != NULL, NULL);
  g_return_val_if_fail (office != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (request_event->action != MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("A supplement request is printed from the step that asked for "
                             "the supplement."));
      return NULL;
    }

  texts = mc_form_template_load ("supplement-request", error);
  if (texts == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    columns[i].title = mc_form_template_get (texts, column_keys[i]);

  writer = mc_counter_slip_begin (dossier, office, texts, request_event->effective_time);
  paragraph = mc_form_template_format (texts, "received",
                                       "agency", mc_counter_slip_or_dots (office->agency_name),
                                       "applicant",
                                       mc_counter_slip_or_dots (mc_dossier_get_applicant_name (dossier)),
                                       NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &item);
  g_clear_pointer (&paragraph, g_free);
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "request"),
                                 mc_counter_slip_or_dots (mc_dossier_get_procedure_name (dossier)));
  mc_pdf_writer_add_label_value (writer, mc_form_template_get (texts, "address"),
                                 mc_counter_slip_or_dots (mc_dossier_get_address (dossier)));
  mc_counter_slip_add_contact (writer, dossier, texts);

  mc_pdf_writer_add_paragraph (writer, mc_form_template_get (texts, "ask"), &item);
  rows = missing_rows (dossier, request_event);
  if (rows->len > 0)
    {
      mc_pdf_writer_add_table (writer, columns, G_N_ELEMENTS (columns), rows);
    }
  else
    {
      mc_pdf_writer_add_paragraph (writer, "1. " DOTS DOTS, &item);
      mc_pdf_writer_add_paragraph (writer, "2. " DOTS DOTS, &item);
    }

  body = mc_counter_slip_body_style ();
  reason = mc_text_strip_final_stop (request_event->note);
  paragraph = mc_form_template_format (texts, "reason",
                                       "reason", *reason != '\0' ? reason : DOTS DOTS, NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  g_clear_pointer (&paragraph, g_free);

  guide = request_event->actor_id != 0 ? request_event->actor_name : NULL;
  paragraph = mc_form_template_format (texts, "contact",
                                       "guide", mc_counter_slip_or_dots (guide),
                                       "phone", mc_counter_slip_or_dots (office->counter_phone),
                                       NULL);
  mc_pdf_writer_add_paragraph (writer, paragraph, &body);
  mc_pdf_writer_add_space (writer, 6);

  signers[1].title = mc_form_template_get (texts, "guide-signs");
  signers[1].hint = mc_form_template_get (texts, "signature-hint");
  signers[1].name = guide;
  mc_pdf_writer_add_signature_blocks (writer, signers, G_N_ELEMENTS (signers));

  return mc_pdf_writer_finish (writer, error);
}
