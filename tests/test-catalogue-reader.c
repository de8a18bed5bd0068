/* test-catalogue-reader.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>

#include "mc-catalogue-reader.h"
#include "mc-error.h"
#include "mc-procedure.h"
#include "mc-test-util.h"

static char *
load_base_record (void)
{
  g_autoptr(GBytes) bytes = mc_test_load_fixture ("catalogue-record.json");

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static GPtrArray *
parse_text (const char  *text,
            GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));

  return mc_catalogue_reader_parse (bytes, error);
}

/* Checks the whole list: code and name pairs, then NULL. */
static void
assert_refs (McProcedure        *procedure,
             McProcedureRefKind  kind,
             ...)
{
  GPtrArray *refs = mc_procedure_get_refs (procedure, kind);
  const char *code;
  guint n = 0;
  va_list args;

  va_start (args, kind);
  while ((code = va_arg (args, const char *)) != NULL)
    {
      const char *name = va_arg (args, const char *);
      McProcedureRef *ref;

      g_assert_cmpuint (n, <, refs->len);
      ref = g_ptr_array_index (refs, n++);
      g_assert_cmpstr (ref->code, ==, code);
      g_assert_cmpstr (ref->name, ==, name);
    }
  va_end (args);

  g_assert_cmpuint (refs->len, ==, n);
}

static const McProcedureTime *
assert_time (GPtrArray  *times,
             guint       index,
             McChannel   channel,
             gboolean    has_time,
             double      value,
             McTimeUnit  unit,
             guint       n_fees)
{
  const McProcedureTime *time = g_ptr_array_index (times, index);

  g_assert_cmpint (time->channel, ==, channel);
  g_assert_cmpint (time->has_time, ==, has_time);
  g_assert_cmpfloat (time->value, ==, value);
  g_assert_cmpint (time->unit, ==, unit);
  g_assert_cmpuint (time->fees->len, ==, n_fees);

  return time;
}

static const McProcedureComponent *
assert_component (GPtrArray  *components,
                  guint       index,
                  const char *case_name,
                  const char *name,
                  guint       originals,
                  guint       copies)
{
  const McProcedureComponent *component = g_ptr_array_index (components, index);

  g_assert_cmpstr (component->case_name, ==, case_name);
  g_assert_cmpstr (component->name, ==, name);
  g_assert_cmpuint (component->originals, ==, originals);
  g_assert_cmpuint (component->copies, ==, copies);

  return component;
}

static void
assert_full_record (McProcedure *procedure)
{
  GPtrArray *times = mc_procedure_get_times (procedure);
  GPtrArray *components = mc_procedure_get_components (procedure);
  GPtrArray *steps = mc_procedure_get_steps (procedure);
  const McProcedureTime *time;
  const McProcedureFee *fee;
  const McProcedureComponent *component;
  const McProcedureStep *step;

  g_assert_cmpstr (mc_procedure_get_code (procedure), ==, "1.001193");
  /* NFD with runs of spaces in the file: composed and collapsed. */
  g_assert_cmpstr (mc_procedure_get_name (procedure), ==, "Đăng ký khai sinh");
  g_assert_cmpstr (mc_procedure_get_level (procedure), ==, "Cấp Xã");
  g_assert_cmpstr (mc_procedure_get_kind (procedure), ==, "TTHC được luật giao quy định chi tiết");
  g_assert_cmpstr (mc_procedure_get_field_code (procedure), ==, "HOTICH");
  g_assert_cmpstr (mc_procedure_get_field_name (procedure), ==, "Hộ tịch");
  g_assert_cmpstr (mc_procedure_get_conditions (procedure), ==,
                   "Khai sinh đúng hạn trong 60 ngày.\n"
                   "Người đi đăng ký xuất trình giấy tờ tùy thân.");
  g_assert_cmpint (mc_procedure_get_online_level (procedure), ==, MC_ONLINE_LEVEL_FULL);
  g_assert_true (mc_procedure_get_joint (procedure));
  g_assert_true (mc_procedure_get_postal_intake (procedure));
  g_assert_false (mc_procedure_get_postal_return (procedure));
  g_assert_cmpstr (mc_procedure_get_decision (procedure), ==, "163/QĐ-BTP");
  g_assert_cmpstr (mc_procedure_get_effective_date (procedure), ==, "2025-07-01");
  g_assert_false (mc_procedure_get_in_force (procedure));

  assert_refs (procedure, MC_PROCEDURE_REF_FIELD, "HOTICH", "Hộ tịch", "TUPHAP", "Tư pháp", NULL);
  assert_refs (procedure, MC_PROCEDURE_REF_AGENCY, "UBNDXA", "Ủy ban nhân dân cấp xã", NULL);
  assert_refs (procedure, MC_PROCEDURE_REF_COORDINATOR,
               "BVH", "Bệnh viện huyện", "", "Công an xã", NULL);
  assert_refs (procedure, MC_PROCEDURE_REF_RESULT, "KQ.G15.000011", "Giấy khai sinh", NULL);
  assert_refs (procedure, MC_PROCEDURE_REF_LEGAL_BASIS, "60/2014/QH13", "Luật Hộ tịch",
               "123/2015/NĐ-CP", "Nghị định quy định chi tiết Luật Hộ tịch", NULL);
  assert_refs (procedure, MC_PROCEDURE_REF_SUBJECT,
               "", "Công dân Việt Nam", "", "Người nước ngoài", NULL);

  /* Steps keep their case and their line breaks; ends are trimmed. */
  g_assert_cmpuint (steps->len, ==, 3);
  step = g_ptr_array_index (steps, 0);
  g_assert_cmpstr (step->case_name, ==, "Nộp trực tiếp");
  g_assert_cmpstr (step->description, ==, "Nộp hồ sơ tại Bộ phận một cửa.");
  step = g_ptr_array_index (steps, 1);
  g_assert_cmpstr (step->case_name, ==, "Nộp trực tiếp");
  g_assert_cmpstr (step->description, ==, "Kiểm tra hồ sơ.\nViết giấy tiếp nhận.");
  step = g_ptr_array_index (steps, 2);
  g_assert_cmpstr (step->case_name, ==, "Nộp trực tuyến");

  /* Times per channel, in file order; a channel without a time is kept. */
  g_assert_cmpuint (times->len, ==, 5);
  time = assert_time (times, 0, MC_CHANNEL_COUNTER, TRUE, 0, MC_TIME_UNIT_WORKING_DAYS, 2);
  g_assert_true (g_str_has_prefix (time->description, "Ngay trong ngày tiếp nhận"));
  fee = g_ptr_array_index (time->fees, 0);
  g_assert_cmpstr (fee->code, ==, "LP01");
  g_assert_true (fee->has_amount);
  g_assert_cmpint (fee->amount, ==, 0);
  g_assert_cmpstr (fee->unit, ==, "Đồng");
  g_assert_cmpstr (fee->description, ==, "Miễn lệ phí khai sinh đúng hạn.");
  /* No SOTIEN: set locally, which is not the same as free. */
  fee = g_ptr_array_index (time->fees, 1);
  g_assert_false (fee->has_amount);
  g_assert_cmpstr (fee->code, ==, "");
  g_assert_true (g_str_has_prefix (fee->description, "Khai sinh quá hạn"));
  time = assert_time (times, 1, MC_CHANNEL_COUNTER, TRUE, 3, MC_TIME_UNIT_WORKING_DAYS, 1);
  fee = g_ptr_array_index (time->fees, 0);
  g_assert_true (fee->has_amount);
  g_assert_cmpint (fee->amount, ==, 8000);
  g_assert_cmpstr (fee->unit, ==, "Đồng/bản");
  assert_time (times, 2, MC_CHANNEL_ONLINE, FALSE, 0, MC_TIME_UNIT_HOURS, 0);
  time = assert_time (times, 3, MC_CHANNEL_POSTAL, TRUE, 4, MC_TIME_UNIT_HOURS, 0);
  g_assert_cmpstr (time->description, ==, "");
  time = assert_time (times, 4, MC_CHANNEL_POSTAL, TRUE, 0.5, MC_TIME_UNIT_CALENDAR_DAYS, 0);
  g_assert_cmpstr (time->description, ==, "Nửa ngày");

  g_assert_true (mc_procedure_get_main_time (procedure) == g_ptr_array_index (times, 0));

  /* Components with their case, counts and form. */
  g_assert_cmpuint (components->len, ==, 3);
  component = assert_component (components, 0, "Giấy tờ phải nộp", "Tờ khai đăng ký khai sinh",
                                1, 0);
  g_assert_cmpstr (component->code, ==, "GT01");
  g_assert_cmpstr (component->form_name, ==, "Mẫu tờ khai khai sinh");
  g_assert_cmpstr (component->form_url, ==, "https://example.org/to-khai-khai-sinh.docx");
  component = assert_component (components, 1, "Giấy tờ phải nộp", "Giấy chứng sinh", 1, 2);
  g_assert_cmpstr (component->form_name, ==, "");
  assert_component (components, 2, "Giấy tờ phải xuất trình",
                    "Giấy tờ tùy thân của người đi đăng ký", 1, 0);
}

static void
test_good_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mc_test_load_fixture ("catalogue-full.json");
  g_autoptr(GPtrArray) procedures = mc_catalogue_reader_parse (bytes, &error);
  McProcedure *minimal;
  McProcedure *partial;
  const McProcedureTime *time;

  g_assert_no_error (error);
  g_assert_nonnull (procedures);
  g_assert_cmpuint (procedures->len, ==, 3);

  assert_full_record (g_ptr_array_index (procedures, 0));

  /* Only the required keys: every default. */
  minimal = g_ptr_array_index (procedures, 1);
  g_assert_cmpstr (mc_procedure_get_code (minimal), ==, "2.000815");
  g_assert_cmpstr (mc_procedure_get_field_code (minimal), ==, "");
  g_assert_cmpstr (mc_procedure_get_field_name (minimal), ==, "Chứng thực");
  g_assert_cmpstr (mc_procedure_get_level (minimal), ==, "");
  g_assert_cmpstr (mc_procedure_get_conditions (minimal), ==, "");
  g_assert_cmpint (mc_procedure_get_online_level (minimal), ==, MC_ONLINE_LEVEL_NONE);
  g_assert_false (mc_procedure_get_joint (minimal));
  g_assert_false (mc_procedure_get_postal_intake (minimal));
  g_assert_false (mc_procedure_get_postal_return (minimal));
  g_assert_true (mc_procedure_get_in_force (minimal));
  g_assert_cmpstr (mc_procedure_get_decision (minimal), ==, "");
  g_assert_cmpstr (mc_procedure_get_effective_date (minimal), ==, "");
  g_assert_cmpuint (mc_procedure_get_times (minimal)->len, ==, 0);
  g_assert_cmpuint (mc_procedure_get_components (minimal)->len, ==, 0);
  g_assert_cmpuint (mc_procedure_get_steps (minimal)->len, ==, 0);
  assert_refs (minimal, MC_PROCEDURE_REF_FIELD, "", "Chứng thực", NULL);
  assert_refs (minimal, MC_PROCEDURE_REF_AGENCY, NULL);
  g_assert_null (mc_procedure_get_main_time (minimal));

  /* null values, a boolean flag, a decision without a date, a time
   * that states only a description and a free fee. */
  partial = g_ptr_array_index (procedures, 2);
  g_assert_cmpstr (mc_procedure_get_level (partial), ==, "");
  g_assert_cmpint (mc_procedure_get_online_level (partial), ==, MC_ONLINE_LEVEL_PARTIAL);
  g_assert_true (mc_procedure_get_joint (partial));
  g_assert_false (mc_procedure_get_postal_intake (partial));
  g_assert_cmpstr (mc_procedure_get_decision (partial), ==, "1872/QĐ-BTP");
  g_assert_cmpstr (mc_procedure_get_effective_date (partial), ==, "");
  g_assert_cmpuint (mc_procedure_get_times (partial)->len, ==, 1);
  time = g_ptr_array_index (mc_procedure_get_times (partial), 0);
  g_assert_false (time->has_time);
  g_assert_cmpstr (time->description, ==, "Theo quy định của tỉnh.");
  g_assert_cmpuint (time->fees->len, ==, 1);
  g_assert_true (((McProcedureFee *) g_ptr_array_index (time->fees, 0))->has_amount);
  g_assert_cmpint (((McProcedureFee *) g_ptr_array_index (time->fees, 0))->amount, ==, 0);
}

static void
test_bare_array (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = mc_test_load_fixture ("catalogue-full.json");
  g_autoptr(JsonNode) root = json_from_string (g_bytes_get_data (bytes, NULL), &error);
  g_autofree char *bare = NULL;
  g_autoptr(GPtrArray) from_object = NULL;
  g_autoptr(GPtrArray) from_array = NULL;

  g_assert_no_error (error);
  bare = json_to_string (json_object_get_member (json_node_get_object (root), "result"), FALSE);
  g_assert_true (bare[0] == '[');

  from_object = mc_catalogue_reader_parse (bytes, &error);
  g_assert_no_error (error);
  from_array = parse_text (bare, &error);
  g_assert_no_error (error);

  g_assert_cmpuint (from_array->len, ==, from_object->len);
  for (guint i = 0; i < from_array->len; i++)
    {
      g_autofree char *a = mc_procedure_compute_hash (g_ptr_array_index (from_object, i));
      g_autofree char *b = mc_procedure_compute_hash (g_ptr_array_index (from_array, i));

      g_assert_cmpstr (a, ==, b);
    }
  assert_full_record (g_ptr_array_index (from_array, 0));
}

static void
test_empty_catalogue (void)
{
  static const char * const texts[] = { "[]", "{\"result\": []}", " [ ] \n" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) procedures = parse_text (texts[i], &error);

      g_assert_no_error (error);
      g_assert_nonnull (procedures);
      g_assert_cmpuint (procedures->len, ==, 0);
    }
}

typedef struct
{
  const char *text;
  const char *message;
} BadFileCase;

static void
test_bad_files (void)
{
  static const BadFileCase cases[] = {
    { "{\"result\": [", "The file is not valid JSON" },
    { "{\"result\": [ {\"MATTHC\": \"1.001193\",, } ] }", "The file is not valid JSON" },
    { "MATTHC;TENTTHC\n1.001193;Đăng ký khai sinh\n", "The file is not valid JSON" },
    { "[{\"MATTHC\": \"1.000001\", \"TENTTHC\": \"\xff\xfe\"}]", "must be UTF-8" },
    /* An empty file has no data pointer at all. */
    { "", "not a procedure catalogue" },
    { "{}", "not a procedure catalogue" },
    { "{\"results\": []}", "not a procedure catalogue" },
    { "{\"result\": {}}", "not a procedure catalogue" },
    { "42", "not a procedure catalogue" },
    { "\"Đăng ký khai sinh\"", "not a procedure catalogue" },
    { "[42]", "Record 1 is not an object." },
    { "{\"result\": [null]}", "Record 1 is not an object." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) procedures = parse_text (cases[i].text, &error);

      g_test_message ("file “%s”", cases[i].text);
      g_assert_null (procedures);
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

/* Sets (or, with @value NULL, removes) the member at @path, written
 * "KEY[index].KEY…", in @object. */
static void
set_at_path (JsonObject *object,
             const char *path,
             const char *value)
{
  g_auto(GStrv) segments = g_strsplit (path, ".", -1);
  guint n = g_strv_length (segments);

  for (guint i = 0; i + 1 < n; i++)
    {
      g_autofree char *key = g_strdup (segments[i]);
      char *bracket = strchr (key, '[');
      JsonNode *node;

      if (bracket != NULL)
        *bracket = '\0';
      node = json_object_get_member (object, key);
      g_assert_nonnull (node);
      if (bracket != NULL)
        node = json_array_get_element (json_node_get_array (node),
                                       (guint) g_ascii_strtoull (bracket + 1, NULL, 10));
      object = json_node_get_object (node);
      g_assert_nonnull (object);
    }

  if (value == NULL)
    {
      json_object_remove_member (object, segments[n - 1]);
    }
  else
    {
      g_autoptr(GError) error = NULL;
      JsonNode *node = json_from_string (value, &error);

      g_assert_no_error (error);
      json_object_set_member (object, segments[n - 1], node);
    }
}

/* A file of two good records (tests/data/catalogue-record.json) and a third
 * one broken at @path. */
static char *
file_with_bad_record (const char *path,
                      const char *value)
{
  g_autoptr(JsonArray) records = json_array_new ();
  g_autoptr(JsonNode) root = json_node_new (JSON_NODE_ARRAY);
  g_autofree char *base_record = load_base_record ();

  for (guint i = 1; i <= 3; i++)
    {
      g_autoptr(GError) error = NULL;
      JsonNode *record = json_from_string (base_record, &error);
      g_autofree char *code = g_strdup_printf ("\"1.00000%u\"", i);

      g_assert_no_error (error);
      set_at_path (json_node_get_object (record), "MATTHC", code);
      if (i == 3)
        set_at_path (json_node_get_object (record), path, value);
      json_array_add_element (records, record);
    }

  json_node_set_array (root, records);
  return json_to_string (root, FALSE);
}

typedef struct
{
  const char *path;
  const char *value;  /* JSON, or NULL to leave the key out */
  const char *named;  /* the field the message names, if not @path */
  const char *detail;
} BadRecordCase;

#define TIME0 "CACHTHUCTHUCHIEN[0].THOIGIAN[0]"
#define FEE0 TIME0 ".PHILEPHI[0]"
#define PAPER1 "THANHPHANHOSO[0].GIAYTO[1]"

static const BadRecordCase bad_records[] = {
  { "MATTHC", "\"1.00119\"", NULL, "“1.00119” is not a procedure code" },
  { "MATTHC", "\"1-001193\"", NULL, "d.dddddd" },
  { "MATTHC", NULL, NULL, "text is required" },
  { "MATTHC", "1001193", NULL, "must be text" },
  { "TENTTHC", NULL, NULL, "text is required" },
  { "TENTTHC", "\" \\t \"", NULL, "must not be empty" },
  { "LINHVUCTHUCHIEN", "[]", NULL, "must not be empty" },
  { "LINHVUCTHUCHIEN", NULL, NULL, "a list is required" },
  { "LINHVUCTHUCHIEN[0].TENLINHVUC", NULL, NULL, "required" },
  { "COQUANTHUCHIEN", "\"UBND xã\"", NULL, "must be a list" },
  { "CACHTHUCTHUCHIEN", "[5]", "CACHTHUCTHUCHIEN[0]", "must be an object" },
  { "CACHTHUCTHUCHIEN[0].KENH", "4", NULL, "from 1 to 3" },
  { "CACHTHUCTHUCHIEN[0].KENH", "1.5", NULL, "from 1 to 3" },
  { "CACHTHUCTHUCHIEN[0].KENH", NULL, NULL, "a number is required" },
  { "CACHTHUCTHUCHIEN[0].KENH", "\"1\"", NULL, "must be a number" },
  { "CACHTHUCTHUCHIEN[0].THOIGIAN", "{}", NULL, "must be a list" },
  { TIME0 ".DONVITINH", "\"Tuần\"", NULL, "not “Tuần”" },
  { TIME0 ".DONVITINH", NULL, NULL, "text is required" },
  { TIME0 ".THOIGIANGIAIQUYET", "-1", NULL, "0 or more" },
  { TIME0 ".THOIGIANGIAIQUYET", "\"3\"", NULL, "must be a number" },
  { TIME0 ".MOTA", "5", NULL, "must be text" },
  { FEE0 ".SOTIEN", "-5000", NULL, "0 or more" },
  { FEE0 ".SOTIEN", "\"8000\"", NULL, "must be a number" },
  { FEE0 ".SOTIEN", "true", NULL, "must be a number" },
  { FEE0 ".MAPHILEPHI", "[]", NULL, "must be text" },
  { FEE0 ".DONVI", "5", NULL, "must be text" },
  { FEE0 ".MOTA", "5", NULL, "must be text" },
  { "THANHPHANHOSO[0].TRUONGHOP", "5", NULL, "must be text" },
  { "THANHPHANHOSO[0].GIAYTO", "[]", NULL, "must not be empty" },
  { "THANHPHANHOSO[0].GIAYTO", "[\"Tờ khai\"]",
    "THANHPHANHOSO[0].GIAYTO[0]", "must be an object" },
  { PAPER1 ".SOBANCHINH", "-1", NULL, "from 0 to 1000" },
  { PAPER1 ".SOBANCHINH", "1.5", NULL, "from 0 to 1000" },
  { PAPER1 ".SOBANCHINH", "1001", NULL, "from 0 to 1000" },
  { PAPER1 ".SOBANSAO", "\"2\"", NULL, "must be a number" },
  { PAPER1 ".TENGIAYTO", NULL, NULL, "text is required" },
  { PAPER1 ".MAGIAYTO", "1", NULL, "must be text" },
  { PAPER1 ".TENMAUDON", "5", NULL, "must be text" },
  { PAPER1 ".URL", "{}", NULL, "must be text" },
  { "TRINHTUTHUCHIEN[0].TRUONGHOP", "0", NULL, "must be text" },
  { "TRINHTUTHUCHIEN[0].TRINHTU", NULL, NULL, "a list is required" },
  { "TRINHTUTHUCHIEN[0].TRINHTU[0].TENTRINHTU", "\" \"", NULL, "must not be empty" },
  { "TRINHTUTHUCHIEN[0].TRINHTU[0].TENTRINHTU", "5", NULL, "must be text" },
  { "YEUCAU", "[\"a\"]", NULL, "must be text" },
  { "DOITUONGTHUCHIEN[0].TENDOITUONG", "\"\"", NULL, "must not be empty" },
  { "KETQUATHUCHIEN[0].MAKETQUA", "7", NULL, "must be text" },
  { "MUCDODVC", "\"CAO\"", NULL, "not “CAO”" },
  { "LIENTHONG", "2", NULL, "from 0 to 1" },
  { "LIENTHONG", "\"có\"", NULL, "must be a number" },
  { "TRANGTHAI", "\"1\"", NULL, "must be a number" },
  { "BUUCHINHCONGICH", "[1, 0]", NULL, "must be an object" },
  { "BUUCHINHCONGICH.NHANHOSO", "5", NULL, "from 0 to 1" },
  { "QUYETDINHCONGBO", "\"163/QĐ-BTP\"", NULL, "must be an object" },
  { "QUYETDINHCONGBO.NGAYHIEULUC", "\"20250231\"", NULL, "not “20250231”" },
  { "QUYETDINHCONGBO.NGAYHIEULUC", "\"2025-07-01\"", NULL, "yyyyMMdd" },
  { "QUYETDINHCONGBO.NGAYHIEULUC", "20250701", NULL, "must be text" },
};

static void
test_bad_record (gconstpointer data)
{
  const BadRecordCase *bad = data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = file_with_bad_record (bad->path, bad->value);
  g_autoptr(GPtrArray) procedures = parse_text (text, &error);
  const char *named = bad->named != NULL ? bad->named : bad->path;
  g_autofree char *field = g_strdup_printf (", field “%s”: ", named);
  /* A bad code is not repeated as the record's code. */
  const char *record = g_str_equal (named, "MATTHC") ? "Record 3, " : "Record 3 (1.000003), ";

  g_assert_null (procedures);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, record));
  g_assert_nonnull (strstr (error->message, field));
  g_assert_nonnull (strstr (error->message, bad->detail));
}

static void
test_bad_record_message (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = file_with_bad_record ("CACHTHUCTHUCHIEN[0].KENH", "9");
  g_autoptr(GPtrArray) procedures = parse_text (text, &error);

  g_assert_null (procedures);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "Record 3 (1.000003), field “CACHTHUCTHUCHIEN[0].KENH”: "
                   "must be a number from 1 to 3");
}

static void
test_base_record_is_valid (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = file_with_bad_record ("TENTTHC", "\"Thủ tục thứ ba\"");
  g_autoptr(GPtrArray) procedures = parse_text (text, &error);

  /* The cases above break a file that is otherwise accepted. */
  g_assert_no_error (error);
  g_assert_cmpuint (procedures->len, ==, 3);
  g_assert_cmpstr (mc_procedure_get_code (g_ptr_array_index (procedures, 2)), ==, "1.000003");
  g_assert_cmpstr (mc_procedure_get_effective_date (g_ptr_array_index (procedures, 2)), ==,
                   "2025-01-01");
}

static void
test_duplicate_version (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *base_record = load_base_record ();
  g_autofree char *text = g_strdup_printf ("{\"result\": [%s, %s]}", base_record, base_record);
  g_autoptr(GPtrArray) procedures = parse_text (text, &error);
  g_autofree char *other_decision = NULL;
  g_autoptr(GPtrArray) versions = NULL;

  g_assert_null (procedures);
  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Record 2 (1.000001) repeats a procedure version"));
  g_clear_error (&error);

  /* The same code under another decision is another version. */
  other_decision = file_with_bad_record ("QUYETDINHCONGBO.SOQUYETDINH", "\"2/QĐ-UBND\"");
  versions = parse_text (other_decision, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (versions->len, ==, 3);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/catalogue-reader/good-file", test_good_file);
  g_test_add_func ("/catalogue-reader/bare-array", test_bare_array);
  g_test_add_func ("/catalogue-reader/empty-catalogue", test_empty_catalogue);
  g_test_add_func ("/catalogue-reader/bad-files", test_bad_files);
  g_test_add_func ("/catalogue-reader/base-record-is-valid", test_base_record_is_valid);
  g_test_add_func ("/catalogue-reader/bad-record/message", test_bad_record_message);
  for (guint i = 0; i < G_N_ELEMENTS (bad_records); i++)
    {
      g_autofree char *path = g_strdup_printf ("/catalogue-reader/bad-record/%02u", i);

      g_test_add_data_func (path, &bad_records[i], test_bad_record);
    }
  g_test_add_func ("/catalogue-reader/duplicate-version", test_duplicate_version);

  return g_test_run ();
}
