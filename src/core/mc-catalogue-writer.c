/* mc-catalogue-writer.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-catalogue-writer"

#include "config.h"

#include "mc-catalogue-writer.h"

/* Writes procedures back in the shape mc-catalogue-reader.c reads, so a
 * record printed by `motcua-cli catalogue show --json` can be imported
 * again unchanged. */

static void
add_refs (JsonBuilder        *builder,
          McProcedure        *procedure,
          McProcedureRefKind  kind,
          const char         *key,
          const char         *code_key,
          const char         *name_key)
{
  GPtrArray *refs = mc_procedure_get_refs (procedure, kind);

  if (refs->len == 0)
    return;

  json_builder_set_member_name (builder, key);
  json_builder_begin_array (builder);
  for (guint i = 0; i < refs->len; i++)
    {
      const McProcedureRef *ref = g_ptr_array_index (refs, i);

      json_builder_begin_object (builder);
      if (code_key != NULL)
        {
          json_builder_set_member_name (builder, code_key);
          json_builder_add_string_value (builder, ref->code);
        }
      json_builder_set_member_name (builder, name_key);
      json_builder_add_string_value (builder, ref->name);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
}

static void
add_string (JsonBuilder *builder,
            const char  *key,
            const char  *value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *key,
         gint64       value)
{
  json_builder_set_member_name (builder, key);
  json_builder_add_int_value (builder, value);
}

static const char *
unit_name (McTimeUnit unit)
{
  switch (unit)
    {
    case MC_TIME_UNIT_HOURS:
      return "Giờ";
    case MC_TIME_UNIT_CALENDAR_DAYS:
      return "Ngày";
    case MC_TIME_UNIT_WORKING_DAYS:
    default:
      return "Ngày làm việc";
    }
}

/* Times of one channel are consecutive in the list, as the reader made them. */
static void
add_channels (JsonBuilder *builder,
              McProcedure *procedure)
{
  GPtrArray *times = mc_procedure_get_times (procedure);
  int open_channel = 0;

  if (times->len == 0)
    return;

  json_builder_set_member_name (builder, "CACHTHUCTHUCHIEN");
  json_builder_begin_array (builder);

  for (guint i = 0; i < times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (times, i);

      if ((int) time->channel != open_channel)
        {
          if (open_channel != 0)
            {
              json_builder_end_array (builder);
              json_builder_end_object (builder);
            }
          json_builder_begin_object (builder);
          add_int (builder, "KENH", time->channel);
          json_builder_set_member_name (builder, "THOIGIAN");
          json_builder_begin_array (builder);
          open_channel = time->channel;
        }

      if (!time->has_time && time->description[0] == '\0' && time->fees->len == 0)
        continue;

      json_builder_begin_object (builder);
      if (time->has_time)
        {
          json_builder_set_member_name (builder, "THOIGIANGIAIQUYET");
          json_builder_add_double_value (builder, time->value);
          add_string (builder, "DONVITINH", unit_name (time->unit));
        }
      add_string (builder, "MOTA", time->description);
      json_builder_set_member_name (builder, "PHILEPHI");
      json_builder_begin_array (builder);
      for (guint j = 0; j < time->fees->len; j++)
        {
          const McProcedureFee *fee = g_ptr_array_index (time->fees, j);

          json_builder_begin_object (builder);
          add_string (builder, "MAPHILEPHI", fee->code);
          if (fee->has_amount)
            add_int (builder, "SOTIEN", fee->amount);
          add_string (builder, "DONVI", fee->unit);
          add_string (builder, "MOTA", fee->description);
          json_builder_end_object (builder);
        }
      json_builder_end_array (builder);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

/* Items with the same case name are grouped, in their order. */
static void
add_components (JsonBuilder *builder,
                McProcedure *procedure)
{
  GPtrArray *components = mc_procedure_get_components (procedure);
  const char *open_case = NULL;

  if (components->len == 0)
    return;

  json_builder_set_member_name (builder, "THANHPHANHOSO");
  json_builder_begin_array (builder);

  for (guint i = 0; i < components->len; i++)
    {
      const McProcedureComponent *component = g_ptr_array_index (components, i);

      if (open_case == NULL || g_strcmp0 (open_case, component->case_name) != 0)
        {
          if (open_case != NULL)
            {
              json_builder_end_array (builder);
              json_builder_end_object (builder);
            }
          json_builder_begin_object (builder);
          add_string (builder, "TRUONGHOP", component->case_name);
          json_builder_set_member_name (builder, "GIAYTO");
          json_builder_begin_array (builder);
          open_case = component->case_name;
        }

      json_builder_begin_object (builder);
      add_string (builder, "MAGIAYTO", component->code);
      add_string (builder, "TENGIAYTO", component->name);
      add_int (builder, "SOBANCHINH", component->originals);
      add_int (builder, "SOBANSAO", component->copies);
      add_string (builder, "TENMAUDON", component->form_name);
      add_string (builder, "URL", component->form_url);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

static void
add_steps (JsonBuilder *builder,
           McProcedure *procedure)
{
  GPtrArray *steps = mc_procedure_get_steps (procedure);
  const char *open_case = NULL;

  if (steps->len == 0)
    return;

  json_builder_set_member_name (builder, "TRINHTUTHUCHIEN");
  json_builder_begin_array (builder);

  for (guint i = 0; i < steps->len; i++)
    {
      const McProcedureStep *step = g_ptr_array_index (steps, i);

      if (open_case == NULL || g_strcmp0 (open_case, step->case_name) != 0)
        {
          if (open_case != NULL)
            {
              json_builder_end_array (builder);
              json_builder_end_object (builder);
            }
          json_builder_begin_object (builder);
          add_string (builder, "TRUONGHOP", step->case_name);
          json_builder_set_member_name (builder, "TRINHTU");
          json_builder_begin_array (builder);
          open_case = step->case_name;
        }

      json_builder_begin_object (builder);
      add_string (builder, "TENTRINHTU", step->description);
      json_builder_end_object (builder);
    }

  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
}

/**
 * mc_catalogue_writer_procedure:
 * @procedure: a fully loaded version
 *
 * Returns: (transfer full): the version in the catalogue file shape
 */
JsonNode *
mc_catalogue_writer_procedure (McProcedure *procedure)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  McOnlineLevel level;

  g_return_val_if_fail (MC_IS_PROCEDURE (procedure), NULL);

  level = mc_procedure_get_online_level (procedure);

  json_builder_begin_object (builder);
  add_string (builder, "MATTHC", mc_procedure_get_code (procedure));
  add_string (builder, "TENTTHC", mc_procedure_get_name (procedure));
  add_string (builder, "CAPTHUCHIEN", mc_procedure_get_level (procedure));
  add_string (builder, "LOAITTHC", mc_procedure_get_kind (procedure));
  add_refs (builder, procedure, MC_PROCEDURE_REF_FIELD, "LINHVUCTHUCHIEN", "MALINHVUC", "TENLINHVUC");
  add_refs (builder, procedure, MC_PROCEDURE_REF_AGENCY, "COQUANTHUCHIEN", "MADONVI", "TENDONVI");
  add_refs (builder, procedure, MC_PROCEDURE_REF_COORDINATOR, "COQUANPHOIHOP", "MADONVI", "TENDONVI");
  add_steps (builder, procedure);
  add_channels (builder, procedure);
  add_components (builder, procedure);
  add_string (builder, "YEUCAU", mc_procedure_get_conditions (procedure));
  add_refs (builder, procedure, MC_PROCEDURE_REF_SUBJECT, "DOITUONGTHUCHIEN", NULL, "TENDOITUONG");
  add_refs (builder, procedure, MC_PROCEDURE_REF_RESULT, "KETQUATHUCHIEN", "MAKETQUA", "TENKETQUA");
  add_refs (builder, procedure, MC_PROCEDURE_REF_LEGAL_BASIS, "CANCUPHAPLY", "SOVANBAN", "TENVANBAN");
  add_string (builder, "MUCDODVC",
              level == MC_ONLINE_LEVEL_FULL ? "TOANTRINH" :
              level == MC_ONLINE_LEVEL_PARTIAL ? "MOTPHAN" : "");
  add_int (builder, "LIENTHONG", mc_procedure_get_joint (procedure));

  json_builder_set_member_name (builder, "BUUCHINHCONGICH");
  json_builder_begin_object (builder);
  add_int (builder, "NHANHOSO", mc_procedure_get_postal_intake (procedure));
  add_int (builder, "TRAKETQUA", mc_procedure_get_postal_return (procedure));
  json_builder_end_object (builder);

  if (mc_procedure_get_decision (procedure)[0] != '\0' ||
      mc_procedure_get_effective_date (procedure)[0] != '\0')
    {
      g_autofree char *date = NULL;
      char *out;

      date = g_strdup (mc_procedure_get_effective_date (procedure));
      /* "YYYY-MM-DD" → "YYYYMMDD" */
      out = date;
      for (const char *in = date; *in != '\0'; in++)
        if (*in != '-')
          *out++ = *in;
      *out = '\0';

      json_builder_set_member_name (builder, "QUYETDINHCONGBO");
      json_builder_begin_object (builder);
      add_string (builder, "SOQUYETDINH", mc_procedure_get_decision (procedure));
      add_string (builder, "NGAYHIEULUC", date);
      json_builder_end_object (builder);
    }

  add_int (builder, "TRANGTHAI", mc_procedure_get_in_force (procedure));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}

/**
 * mc_catalogue_writer_summary:
 * @procedure: a version
 *
 * Returns: (transfer full): a short object for search results:
 *   code, name, field, time and online level
 */
JsonNode *
mc_catalogue_writer_summary (McProcedure *procedure)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autofree char *time_label = NULL;
  const McProcedureTime *time;

  g_return_val_if_fail (MC_IS_PROCEDURE (procedure), NULL);

  time = mc_procedure_get_main_time (procedure);
  time_label = mc_procedure_dup_time_label (procedure);

  json_builder_begin_object (builder);
  add_string (builder, "code", mc_procedure_get_code (procedure));
  add_string (builder, "name", mc_procedure_get_name (procedure));
  add_string (builder, "field", mc_procedure_get_field_name (procedure));
  add_string (builder, "time", time_label);
  if (time != NULL)
    {
      json_builder_set_member_name (builder, "time_value");
      json_builder_add_double_value (builder, time->value);
      add_string (builder, "time_unit", unit_name (time->unit));
    }
  add_int (builder, "online_level", mc_procedure_get_online_level (procedure));
  json_builder_set_member_name (builder, "in_force");
  json_builder_add_boolean_value (builder, mc_procedure_get_in_force (procedure));
  json_builder_end_object (builder);

  return json_builder_get_root (builder);
}
