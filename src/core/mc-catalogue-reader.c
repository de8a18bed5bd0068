/* mc-catalogue-reader.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-catalogue-reader"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>
#include <math.h>
#include <stdio.h>

#include "mc-catalogue-reader.h"
#include "mc-error.h"
#include "mc-procedure.h"
#include "mc-text.h"

/* Reads catalogue files in the upper-case LayThuTuc shape described in
 * data/catalogue/README.md. Every value is checked, and the first problem
 * is reported with the record's number and code and the path of the field,
 * so whoever made the file can find and fix it. */

typedef struct
{
  guint       number;
  const char *code;
} Record;

G_GNUC_PRINTF (4, 5)
static gboolean
fail (GError     **error,
      const Record *record,
      const char   *path,
      const char   *format,
      ...)
{
  g_autofree char *problem = NULL;
  va_list args;

  va_start (args, format);
  problem = g_strdup_vprintf (format, args);
  va_end (args);

  if (record->code != NULL)
    g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                 _("Record %u (%s), field “%s”: %s"),
                 record->number, record->code, path, problem);
  else
    g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                 _("Record %u, field “%s”: %s"), record->number, path, problem);

  return FALSE;
}

static gboolean
is_absent (JsonObject *object,
           const char *key)
{
  JsonNode *node = json_object_get_member (object, key);

  return node == NULL || JSON_NODE_HOLDS_NULL (node);
}

static gboolean
read_string (JsonObject    *object,
             const char    *key,
             gboolean       required,
             const Record  *record,
             const char    *path,
             char         **out,
             GError       **error)
{
  JsonNode *node = json_object_get_member (object, key);
  const char *value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (error, record, path, _("text is required"));
      *out = g_strdup ("");
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, record, path, _("must be text"));

  value = json_node_get_string (node);
  if (!g_utf8_validate (value, -1, NULL))
    return fail (error, record, path, _("is not valid UTF-8"));

  *out = mc_text_normalize_space (value);
  if (required && **out == '\0')
    {
      g_clear_pointer (out, g_free);
      return fail (error, record, path, _("must not be empty"));
    }

  return TRUE;
}

/* Long texts keep their line breaks; only the ends are trimmed. */
static gboolean
read_long_text (JsonObject    *object,
                const char    *key,
                const Record  *record,
                const char    *path,
                char         **out,
                GError       **error)
{
  g_autofree char *raw = NULL;
  JsonNode *node = json_object_get_member (object, key);

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = g_strdup ("");
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return fail (error, record, path, _("must be text"));

  /* Such as the surrogate JSON-GLib makes of "\ud800z". */
  raw = mc_text_normalize (json_node_get_string (node), G_NORMALIZE_NFC);
  if (raw == NULL)
    return fail (error, record, path, _("is not valid UTF-8"));

  *out = g_strdup (g_strstrip (raw));
  return TRUE;
}

static gboolean
read_number (JsonObject   *object,
             const char   *key,
             const Record *record,
             const char   *path,
             double        minimum,
             double        maximum,
             gboolean      whole,
             double        fallback,
             double       *out,
             GError      **error)
{
  JsonNode *node = json_object_get_member (object, key);
  GType type;
  double value;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      *out = fallback;
      return TRUE;
    }

  type = JSON_NODE_HOLDS_VALUE (node) ? json_node_get_value_type (node) : G_TYPE_INVALID;
  if (type == G_TYPE_INT64)
    value = json_node_get_int (node);
  else if (type == G_TYPE_DOUBLE)
    value = json_node_get_double (node);
  else if (type == G_TYPE_BOOLEAN && minimum == 0 && maximum == 1)
    value = json_node_get_boolean (node);
  else
    return fail (error, record, path, _("must be a number"));

  if (!isfinite (value) || value < minimum || value > maximum || (whole && value != floor (value)))
    {
      if (maximum >= G_MAXINT32)
        return fail (error, record, path, _("must be a number of %g or more"), minimum);
      return fail (error, record, path, _("must be a number from %g to %g"), minimum, maximum);
    }

  *out = value;
  return TRUE;
}

static gboolean
read_array (JsonObject    *object,
            const char    *key,
            gboolean       required,
            const Record  *record,
            const char    *path,
            JsonArray    **out,
            GError       **error)
{
  JsonNode *node = json_object_get_member (object, key);

  *out = NULL;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    {
      if (required)
        return fail (error, record, path, _("a list is required"));
      return TRUE;
    }

  if (!JSON_NODE_HOLDS_ARRAY (node))
    return fail (error, record, path, _("must be a list"));

  *out = json_node_get_array (node);
  if (required && json_array_get_length (*out) == 0)
    return fail (error, record, path, _("must not be empty"));

  return TRUE;
}

static gboolean
element_object (JsonArray     *array,
                guint          index,
                const Record  *record,
                const char    *path,
                JsonObject   **out,
                GError       **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, record, path, _("must be an object"));

  *out = json_node_get_object (node);
  return TRUE;
}

/* Reads a list of {code_key, name_key} objects into one of the procedure's
 * code/name lists. */
static gboolean
read_refs (JsonObject         *object,
           const char         *key,
           const char         *code_key,
           const char         *name_key,
           gboolean            required,
           McProcedure        *procedure,
           McProcedureRefKind  kind,
           const Record       *record,
           GError            **error)
{
  JsonArray *array;

  if (!read_array (object, key, required, record, key, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", key, i);
      g_autofree char *code_path = NULL;
      g_autofree char *name_path = g_strdup_printf ("%s[%u].%s", key, i, name_key);
      g_autofree char *code = NULL;
      g_autofree char *name = NULL;
      JsonObject *item;

      if (!element_object (array, i, record, item_path, &item, error))
        return FALSE;

      if (code_key != NULL)
        {
          code_path = g_strdup_printf ("%s[%u].%s", key, i, code_key);
          if (!read_string (item, code_key, FALSE, record, code_path, &code, error))
            return FALSE;
        }

      if (!read_string (item, name_key, TRUE, record, name_path, &name, error))
        return FALSE;

      mc_procedure_add_ref (procedure, kind, code, name);
    }

  return TRUE;
}

static gboolean
parse_unit (const char *text,
            McTimeUnit *unit)
{
  g_autofree char *folded = mc_text_fold (text);

  if (g_str_equal (folded, "gio"))
    *unit = MC_TIME_UNIT_HOURS;
  else if (g_str_equal (folded, "ngay lam viec"))
    *unit = MC_TIME_UNIT_WORKING_DAYS;
  else if (g_str_equal (folded, "ngay"))
    *unit = MC_TIME_UNIT_CALENDAR_DAYS;
  else
    return FALSE;

  return TRUE;
}

static gboolean
read_fees (JsonObject      *object,
           const char      *path,
           McProcedureTime *time,
           const Record    *record,
           GError         **error)
{
  g_autofree char *list_path = g_strdup_printf ("%s.PHILEPHI", path);
  JsonArray *array;

  if (!read_array (object, "PHILEPHI", FALSE, record, list_path, &array, error))
    return FALSE;

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", list_path, i);
      g_autofree char *code_path = g_strconcat (item_path, ".MAPHILEPHI", NULL);
      g_autofree char *amount_path = g_strconcat (item_path, ".SOTIEN", NULL);
      g_autofree char *unit_path = g_strconcat (item_path, ".DONVI", NULL);
      g_autofree char *text_path = g_strconcat (item_path, ".MOTA", NULL);
      g_autoptr(McProcedureFee) fee = mc_procedure_fee_new ();
      JsonObject *item;
      double amount;

      if (!element_object (array, i, record, item_path, &item, error))
        return FALSE;

      g_clear_pointer (&fee->code, g_free);
      g_clear_pointer (&fee->unit, g_free);
      g_clear_pointer (&fee->description, g_free);

      fee->has_amount = !is_absent (item, "SOTIEN");
      if (!read_string (item, "MAPHILEPHI", FALSE, record, code_path, &fee->code, error) ||
          !read_number (item, "SOTIEN", record, amount_path, 0, 1e15, FALSE, 0, &amount, error) ||
          !read_string (item, "DONVI", FALSE, record, unit_path, &fee->unit, error) ||
          !read_long_text (item, "MOTA", record, text_path, &fee->description, error))
        return FALSE;

      fee->amount = (gint64) llround (amount);
      g_ptr_array_add (time->fees, g_steal_pointer (&fee));
    }

  return TRUE;
}

static gboolean
read_channels (JsonObject   *object,
               McProcedure  *procedure,
               const Record *record,
               GError      **error)
{
  JsonArray *channels;

  if (!read_array (object, "CACHTHUCTHUCHIEN", FALSE, record, "CACHTHUCTHUCHIEN", &channels, error))
    return FALSE;

  for (guint i = 0; channels != NULL && i < json_array_get_length (channels); i++)
    {
      g_autofree char *channel_path = g_strdup_printf ("CACHTHUCTHUCHIEN[%u]", i);
      g_autofree char *kenh_path = g_strconcat (channel_path, ".KENH", NULL);
      g_autofree char *times_path = g_strconcat (channel_path, ".THOIGIAN", NULL);
      JsonObject *channel_object;
      JsonArray *times;
      double channel;

      if (!element_object (channels, i, record, channel_path, &channel_object, error))
        return FALSE;

      if (is_absent (channel_object, "KENH"))
        return fail (error, record, kenh_path, _("a number is required"));
      if (!read_number (channel_object, "KENH", record, kenh_path, 1, 3, TRUE, 1, &channel, error))
        return FALSE;

      if (!read_array (channel_object, "THOIGIAN", FALSE, record, times_path, &times, error))
        return FALSE;

      /* A channel without a stated time is kept: it still says the
       * procedure can be filed that way. */
      if (times == NULL || json_array_get_length (times) == 0)
        {
          mc_procedure_add_time (procedure, mc_procedure_time_new ((McChannel) channel));
          continue;
        }

      for (guint j = 0; j < json_array_get_length (times); j++)
        {
          g_autofree char *time_path = g_strdup_printf ("%s[%u]", times_path, j);
          g_autofree char *value_path = g_strconcat (time_path, ".THOIGIANGIAIQUYET", NULL);
          g_autofree char *unit_path = g_strconcat (time_path, ".DONVITINH", NULL);
          g_autofree char *text_path = g_strconcat (time_path, ".MOTA", NULL);
          g_autoptr(McProcedureTime) time = mc_procedure_time_new ((McChannel) channel);
          g_autofree char *unit = NULL;
          JsonObject *time_object;

          if (!element_object (times, j, record, time_path, &time_object, error))
            return FALSE;

          time->has_time = !is_absent (time_object, "THOIGIANGIAIQUYET");
          if (!read_number (time_object, "THOIGIANGIAIQUYET", record, value_path,
                            0, G_MAXINT32, FALSE, 0, &time->value, error) ||
              !read_string (time_object, "DONVITINH", time->has_time, record, unit_path,
                            &unit, error))
            return FALSE;

          if (time->has_time && !parse_unit (unit, &time->unit))
            return fail (error, record, unit_path,
                         _("must be “Giờ”, “Ngày làm việc” or “Ngày”, not “%s”"), unit);

          g_clear_pointer (&time->description, g_free);
          if (!read_long_text (time_object, "MOTA", record, text_path, &time->description,
                               error) ||
              !read_fees (time_object, time_path, time, record, error))
            return FALSE;

          mc_procedure_add_time (procedure, g_steal_pointer (&time));
        }
    }

  return TRUE;
}

static gboolean
read_components (JsonObject   *object,
                 McProcedure  *procedure,
                 const Record *record,
                 GError      **error)
{
  JsonArray *groups;

  if (!read_array (object, "THANHPHANHOSO", FALSE, record, "THANHPHANHOSO", &groups, error))
    return FALSE;

  for (guint i = 0; groups != NULL && i < json_array_get_length (groups); i++)
    {
      g_autofree char *group_path = g_strdup_printf ("THANHPHANHOSO[%u]", i);
      g_autofree char *case_path = g_strconcat (group_path, ".TRUONGHOP", NULL);
      g_autofree char *papers_path = g_strconcat (group_path, ".GIAYTO", NULL);
      g_autofree char *case_name = NULL;
      JsonObject *group;
      JsonArray *papers;

      if (!element_object (groups, i, record, group_path, &group, error) ||
          !read_string (group, "TRUONGHOP", FALSE, record, case_path, &case_name, error) ||
          !read_array (group, "GIAYTO", TRUE, record, papers_path, &papers, error))
        return FALSE;

      for (guint j = 0; j < json_array_get_length (papers); j++)
        {
          g_autofree char *paper_path = g_strdup_printf ("%s[%u]", papers_path, j);
          g_autofree char *code_path = g_strconcat (paper_path, ".MAGIAYTO", NULL);
          g_autofree char *name_path = g_strconcat (paper_path, ".TENGIAYTO", NULL);
          g_autofree char *form_path = g_strconcat (paper_path, ".TENMAUDON", NULL);
          g_autofree char *url_path = g_strconcat (paper_path, ".URL", NULL);
          g_autofree char *originals_path = g_strconcat (paper_path, ".SOBANCHINH", NULL);
          g_autofree char *copies_path = g_strconcat (paper_path, ".SOBANSAO", NULL);
          g_autoptr(McProcedureComponent) component = mc_procedure_component_new ();
          JsonObject *paper;
          double originals, copies;

          if (!element_object (papers, j, record, paper_path, &paper, error))
            return FALSE;

          g_clear_pointer (&component->code, g_free);
          g_clear_pointer (&component->name, g_free);
          g_clear_pointer (&component->form_name, g_free);
          g_clear_pointer (&component->form_url, g_free);

          if (!read_string (paper, "MAGIAYTO", FALSE, record, code_path, &component->code, error) ||
              !read_string (paper, "TENGIAYTO", TRUE, record, name_path, &component->name, error) ||
              !read_number (paper, "SOBANCHINH", record, originals_path, 0, 1000, TRUE, 0,
                            &originals, error) ||
              !read_number (paper, "SOBANSAO", record, copies_path, 0, 1000, TRUE, 0,
                            &copies, error) ||
              !read_string (paper, "TENMAUDON", FALSE, record, form_path,
                            &component->form_name, error) ||
              !read_string (paper, "URL", FALSE, record, url_path, &component->form_url, error))
            return FALSE;

          g_free (component->case_name);
          component->case_name = g_strdup (case_name);
          component->originals = (guint) originals;
          component->copies = (guint) copies;
          mc_procedure_add_component (procedure, g_steal_pointer (&component));
        }
    }

  return TRUE;
}

static gboolean
read_steps (JsonObject   *object,
            McProcedure  *procedure,
            const Record *record,
            GError      **error)
{
  JsonArray *cases;

  if (!read_array (object, "TRINHTUTHUCHIEN", FALSE, record, "TRINHTUTHUCHIEN", &cases, error))
    return FALSE;

  for (guint i = 0; cases != NULL && i < json_array_get_length (cases); i++)
    {
      g_autofree char *case_path = g_strdup_printf ("TRINHTUTHUCHIEN[%u]", i);
      g_autofree char *name_path = g_strconcat (case_path, ".TRUONGHOP", NULL);
      g_autofree char *steps_path = g_strconcat (case_path, ".TRINHTU", NULL);
      g_autofree char *case_name = NULL;
      JsonObject *case_object;
      JsonArray *steps;

      if (!element_object (cases, i, record, case_path, &case_object, error) ||
          !read_string (case_object, "TRUONGHOP", FALSE, record, name_path, &case_name, error) ||
          !read_array (case_object, "TRINHTU", TRUE, record, steps_path, &steps, error))
        return FALSE;

      for (guint j = 0; j < json_array_get_length (steps); j++)
        {
          g_autofree char *step_path = g_strdup_printf ("%s[%u]", steps_path, j);
          g_autofree char *text_path = g_strconcat (step_path, ".TENTRINHTU", NULL);
          g_autofree char *text = NULL;
          JsonObject *step;

          if (!element_object (steps, j, record, step_path, &step, error) ||
              !read_long_text (step, "TENTRINHTU", record, text_path, &text, error))
            return FALSE;
          if (*text == '\0')
            return fail (error, record, text_path, _("must not be empty"));

          mc_procedure_add_step (procedure, mc_procedure_step_new (case_name, text));
        }
    }

  return TRUE;
}

static gboolean
read_online_level (JsonObject   *object,
                   McProcedure  *procedure,
                   const Record *record,
                   GError      **error)
{
  g_autofree char *value = NULL;

  if (!read_string (object, "MUCDODVC", FALSE, record, "MUCDODVC", &value, error))
    return FALSE;

  if (g_ascii_strcasecmp (value, "TOANTRINH") == 0)
    mc_procedure_set_online_level (procedure, MC_ONLINE_LEVEL_FULL);
  else if (g_ascii_strcasecmp (value, "MOTPHAN") == 0)
    mc_procedure_set_online_level (procedure, MC_ONLINE_LEVEL_PARTIAL);
  else if (*value == '\0')
    mc_procedure_set_online_level (procedure, MC_ONLINE_LEVEL_NONE);
  else
    return fail (error, record, "MUCDODVC",
                 _("must be “TOANTRINH”, “MOTPHAN” or empty, not “%s”"), value);

  return TRUE;
}

static gboolean
read_flags (JsonObject   *object,
            McProcedure  *procedure,
            const Record *record,
            GError      **error)
{
  double joint, in_force, intake = 0, result_return = 0;
  JsonNode *postal = json_object_get_member (object, "BUUCHINHCONGICH");

  if (!read_number (object, "LIENTHONG", record, "LIENTHONG", 0, 1, TRUE, 0, &joint, error) ||
      !read_number (object, "TRANGTHAI", record, "TRANGTHAI", 0, 1, TRUE, 1, &in_force, error))
    return FALSE;

  if (postal != NULL && !JSON_NODE_HOLDS_NULL (postal))
    {
      JsonObject *postal_object;

      if (!JSON_NODE_HOLDS_OBJECT (postal))
        return fail (error, record, "BUUCHINHCONGICH", _("must be an object"));

      postal_object = json_node_get_object (postal);
      if (!read_number (postal_object, "NHANHOSO", record, "BUUCHINHCONGICH.NHANHOSO",
                        0, 1, TRUE, 0, &intake, error) ||
          !read_number (postal_object, "TRAKETQUA", record, "BUUCHINHCONGICH.TRAKETQUA",
                        0, 1, TRUE, 0, &result_return, error))
        return FALSE;
    }

  mc_procedure_set_joint (procedure, joint != 0);
  mc_procedure_set_in_force (procedure, in_force != 0);
  mc_procedure_set_postal (procedure, intake != 0, result_return != 0);

  return TRUE;
}

static gboolean
read_publication (JsonObject   *object,
                  McProcedure  *procedure,
                  const Record *record,
                  GError      **error)
{
  JsonNode *node = json_object_get_member (object, "QUYETDINHCONGBO");
  g_autofree char *decision = NULL;
  g_autofree char *date = NULL;
  g_autofree char *iso = NULL;
  JsonObject *publication;
  guint year, month, day;

  if (node == NULL || JSON_NODE_HOLDS_NULL (node))
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return fail (error, record, "QUYETDINHCONGBO", _("must be an object"));

  publication = json_node_get_object (node);
  if (!read_string (publication, "SOQUYETDINH", FALSE, record, "QUYETDINHCONGBO.SOQUYETDINH",
                    &decision, error) ||
      !read_string (publication, "NGAYHIEULUC", FALSE, record, "QUYETDINHCONGBO.NGAYHIEULUC",
                    &date, error))
    return FALSE;

  if (*date != '\0')
    {
      if (strlen (date) != 8 || strspn (date, "0123456789") != 8 ||
          sscanf (date, "%4u%2u%2u", &year, &month, &day) != 3 ||
          !g_date_valid_dmy (day, month, year))
        return fail (error, record, "QUYETDINHCONGBO.NGAYHIEULUC",
                     _("must be a date written yyyyMMdd, not “%s”"), date);
      iso = g_strdup_printf ("%04u-%02u-%02u", year, month, day);
    }

  mc_procedure_set_decision (procedure, decision);
  mc_procedure_set_effective_date (procedure, iso);

  return TRUE;
}

static gboolean
is_valid_code (const char *code)
{
  static const char pattern[] = "9.999999";

  if (strlen (code) != strlen (pattern))
    return FALSE;

  for (guint i = 0; pattern[i] != '\0'; i++)
    if (pattern[i] == '9' ? !g_ascii_isdigit (code[i]) : code[i] != pattern[i])
      return FALSE;

  return TRUE;
}

static McProcedure *
read_procedure (JsonNode *node,
                guint     number,
                GError  **error)
{
  Record record = { number, NULL };
  g_autoptr(McProcedure) procedure = NULL;
  g_autofree char *code = NULL;
  g_autofree char *name = NULL;
  g_autofree char *kind = NULL;
  g_autofree char *level = NULL;
  g_autofree char *conditions = NULL;
  GPtrArray *fields;
  JsonObject *object;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Record %u is not an object."), number);
      return NULL;
    }

  object = json_node_get_object (node);

  if (!read_string (object, "MATTHC", TRUE, &record, "MATTHC", &code, error))
    return NULL;
  if (!is_valid_code (code))
    {
      fail (error, &record, "MATTHC",
            _("“%s” is not a procedure code of the form d.dddddd"), code);
      return NULL;
    }
  record.code = code;

  if (!read_string (object, "TENTTHC", TRUE, &record, "TENTTHC", &name, error))
    return NULL;

  procedure = mc_procedure_new (code, name);

  if (!read_refs (object, "LINHVUCTHUCHIEN", "MALINHVUC", "TENLINHVUC", TRUE,
                  procedure, MC_PROCEDURE_REF_FIELD, &record, error) ||
      !read_refs (object, "COQUANTHUCHIEN", "MADONVI", "TENDONVI", FALSE,
                  procedure, MC_PROCEDURE_REF_AGENCY, &record, error) ||
      !read_refs (object, "COQUANPHOIHOP", "MADONVI", "TENDONVI", FALSE,
                  procedure, MC_PROCEDURE_REF_COORDINATOR, &record, error) ||
      !read_refs (object, "KETQUATHUCHIEN", "MAKETQUA", "TENKETQUA", FALSE,
                  procedure, MC_PROCEDURE_REF_RESULT, &record, error) ||
      !read_refs (object, "CANCUPHAPLY", "SOVANBAN", "TENVANBAN", FALSE,
                  procedure, MC_PROCEDURE_REF_LEGAL_BASIS, &record, error) ||
      !read_refs (object, "DOITUONGTHUCHIEN", NULL, "TENDOITUONG", FALSE,
                  procedure, MC_PROCEDURE_REF_SUBJECT, &record, error) ||
      !read_string (object, "CAPTHUCHIEN", FALSE, &record, "CAPTHUCHIEN", &level, error) ||
      !read_string (object, "LOAITTHC", FALSE, &record, "LOAITTHC", &kind, error) ||
      !read_long_text (object, "YEUCAU", &record, "YEUCAU", &conditions, error) ||
      !read_channels (object, procedure, &record, error) ||
      !read_components (object, procedure, &record, error) ||
      !read_steps (object, procedure, &record, error) ||
      !read_online_level (object, procedure, &record, error) ||
      !read_flags (object, procedure, &record, error) ||
      !read_publication (object, procedure, &record, error))
    return NULL;

  /* The first field is the main one, shown in lists and filtered on. */
  fields = mc_procedure_get_refs (procedure, MC_PROCEDURE_REF_FIELD);
  {
    const McProcedureRef *main_field = g_ptr_array_index (fields, 0);
    mc_procedure_set_field (procedure, main_field->code, main_field->name);
  }

  mc_procedure_set_level (procedure, level);
  mc_procedure_set_kind (procedure, kind);
  mc_procedure_set_conditions (procedure, conditions);

  return g_steal_pointer (&procedure);
}

/**
 * mc_catalogue_reader_parse:
 * @bytes: the content of a catalogue file
 * @error: return location for a #GError
 *
 * Parses a whole catalogue file. Either every record is valid and all are
 * returned, or nothing is, and @error names the first bad record and field.
 *
 * Returns: (transfer full) (element-type McProcedure): the procedures
 */
GPtrArray *
mc_catalogue_reader_parse (GBytes  *bytes,
                           GError **error)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  g_autoptr(GPtrArray) procedures = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GError) local_error = NULL;
  JsonNode *root;
  JsonArray *records;
  gsize len;
  const char *data;

  g_return_val_if_fail (bytes != NULL, NULL);

  /* An empty file has no data at all, which the parser refuses. */
  data = g_bytes_get_data (bytes, &len);
  if (data == NULL)
    data = "";
  if (!json_parser_load_from_data (parser, data, len, &local_error))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The file is not valid JSON: %s"), local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root != NULL && JSON_NODE_HOLDS_OBJECT (root) &&
      json_object_has_member (json_node_get_object (root), "result"))
    root = json_object_get_member (json_node_get_object (root), "result");

  if (root == NULL || !JSON_NODE_HOLDS_ARRAY (root))
    {
      g_set_error_literal (error, MC_ERROR, MC_ERROR_INVALID,
                           _("The file is not a procedure catalogue: it should hold "
                             "a “result” list of procedures."));
      return NULL;
    }

  records = json_node_get_array (root);
  procedures = g_ptr_array_new_with_free_func (g_object_unref);
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      g_autoptr(McProcedure) procedure = NULL;
      g_autofree char *version_key = NULL;

      procedure = read_procedure (json_array_get_element (records, i), i + 1, error);
      if (procedure == NULL)
        return NULL;

      version_key = g_strjoin ("\n", mc_procedure_get_code (procedure),
                               mc_procedure_get_decision (procedure),
                               mc_procedure_get_effective_date (procedure), NULL);
      if (!g_hash_table_add (seen, g_steal_pointer (&version_key)))
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Record %u (%s) repeats a procedure version already in the file "
                         "(same code, decision and effective date)."),
                       i + 1, mc_procedure_get_code (procedure));
          return NULL;
        }

      g_ptr_array_add (procedures, g_steal_pointer (&procedure));
    }

  return g_steal_pointer (&procedures);
}
