/* mc-dossier-fields.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-dossier-store-private.h"
#include "mc-error.h"
#include "mc-intake-check.h"

/* The checks of the intake form's fields, shared by the intake and the
 * correction of the data. */

void
_mc_dossier_store_checked_draft_clear (CheckedDraft *checked)
{
  g_free (checked->applicant_name);
  g_free (checked->id_number);
  g_free (checked->birth_date);
  g_free (checked->phone);
  g_free (checked->email);
  g_free (checked->address);
  g_free (checked->note);
  g_free (checked->reason);
}

gboolean
_mc_dossier_store_is_given (const char *text)
{
  return text != NULL && *text != '\0';
}

/* Names the field in an error of its check: the CLI and the form show the
 * message on its own. */
gboolean
_mc_dossier_store_field_error (GError     **error,
                               GError      *cause,
                               const char  *field)
{
  g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
               /* Translators: a field of the intake form, then what is wrong with it */
               _("%s: %s"), field, cause->message);
  g_error_free (cause);
  return FALSE;
}

/* Checks and normalises @input into @checked, as on @day: the errors name
 * the field. Shared by the intake and the correction of the data. */
gboolean
_mc_dossier_store_check_fields (const FieldsInput  *input,
                                GDateTime          *day,
                                CheckedDraft       *checked,
                                GError            **error)
{
  GError *local_error = NULL;
  GDate today;
  GDate birth;
  gboolean has_birth = FALSE;

  g_date_clear (&today, 1);
  g_date_set_dmy (&today, g_date_time_get_day_of_month (day),
                  g_date_time_get_month (day), g_date_time_get_year (day));

  checked->applicant_type = input->applicant_type != 0 ? input->applicant_type : MC_APPLICANT_CITIZEN;
  if (checked->applicant_type < MC_APPLICANT_CITIZEN ||
      checked->applicant_type > MC_APPLICANT_ORGANISATION)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Applicant type: not a known kind of applicant."));
      return FALSE;
    }

  if (!mc_intake_check_name (input->applicant_name != NULL ? input->applicant_name : "",
                             checked->applicant_type, &checked->applicant_name, &local_error))
    return _mc_dossier_store_field_error (error, local_error, _("Applicant’s name"));

  if (_mc_dossier_store_is_given (input->birth_date))
    {
      if (!mc_intake_parse_birth_date (input->birth_date, &today, &birth, NULL, &local_error))
        return _mc_dossier_store_field_error (error, local_error, _("Birth date"));
      checked->birth_date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&birth),
                                             g_date_get_month (&birth), g_date_get_day (&birth));
      has_birth = TRUE;
    }

  if (_mc_dossier_store_is_given (input->id_number) &&
      mc_intake_check_id_number (input->id_number, has_birth ? &birth : NULL,
                                 &checked->id_number, NULL, &local_error) == MC_ID_CHECK_INVALID)
    return _mc_dossier_store_field_error (error, local_error, _("Identity number"));

  if (_mc_dossier_store_is_given (input->phone) &&
      !mc_intake_check_phone (input->phone, &checked->phone, &local_error))
    return _mc_dossier_store_field_error (error, local_error, _("Phone"));

  if (_mc_dossier_store_is_given (input->email) &&
      !mc_intake_check_email (input->email, &checked->email, &local_error))
    return _mc_dossier_store_field_error (error, local_error, _("Email"));

  checked->address = g_strstrip (g_strdup (input->address != NULL ? input->address : ""));
  if (!g_utf8_validate (checked->address, -1, NULL) ||
      g_utf8_strlen (checked->address, -1) > MC_INTAKE_NOTE_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Address: at most %d characters."), MC_INTAKE_NOTE_MAX);
      return FALSE;
    }

  checked->set_count = input->set_count != 0 ? input->set_count : 1;
  if (checked->set_count > MC_INTAKE_SET_COUNT_MAX)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Number of sets: from 1 to %d."), MC_INTAKE_SET_COUNT_MAX);
      return FALSE;
    }

  if (input->fee < 0 || input->fee > MC_INTAKE_FEE_MAX)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Fee: from 0 to 1,000,000,000 đồng."));
      return FALSE;
    }

  if (!mc_intake_check_note (input->note != NULL ? input->note : "", &checked->note, &local_error))
    return _mc_dossier_store_field_error (error, local_error, _("Note"));

  return TRUE;
}

gboolean
_mc_dossier_store_check_draft (const McDossierDraft  *draft,
                               GDateTime             *received,
                               CheckedDraft          *checked,
                               GError               **error)
{
  GError *local_error = NULL;
  FieldsInput fields = {
    draft->applicant_type, draft->applicant_name, draft->id_number, draft->birth_date,
    draft->phone, draft->email, draft->address, draft->set_count, draft->fee, draft->note,
  };

  if (!_mc_dossier_store_is_given (draft->procedure_code))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Procedure: choose the procedure of the dossier."));
      return FALSE;
    }

  checked->channel = draft->channel != 0 ? draft->channel : MC_CHANNEL_COUNTER;
  if (checked->channel < MC_CHANNEL_COUNTER || checked->channel > MC_CHANNEL_POSTAL)
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("Channel: a dossier comes at the counter, online or by post."));
      return FALSE;
    }

  if (!_mc_dossier_store_check_fields (&fields, received, checked, error))
    return FALSE;

  for (guint i = 0; i < draft->n_components; i++)
    if (!_mc_dossier_store_is_given (draft->components[i].name))
      {
        g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                     _("Paper %u: a paper needs a name."), i + 1);
        return FALSE;
      }

  if (draft->refused)
    {
      if (!mc_intake_check_note (draft->refusal_reason != NULL ? draft->refusal_reason : "",
                                 &checked->reason, &local_error))
        return _mc_dossier_store_field_error (error, local_error, _("Reason for refusal"));
      if (*checked->reason == '\0')
        {
          g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                               _("Reason for refusal: a dossier is refused at the counter only "
                                 "with the reason written down (Mẫu 03)."));
          return FALSE;
        }
    }

  return TRUE;
}
