/* mc-test-portal-catalogue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "mc-test-portal-private.h"

/* The procedure catalogue (LayDanhSachTTHC, LayThuTuc) and the official
 * calendar (LayLichNghi). Procedures are records of the upper-case
 * LayThuTuc shape (data/catalogue/README.md), grouped by MATTHC; each
 * record of a code is one version of the procedure. */

static char *
records_to_string (GPtrArray *records)
{
  g_autoptr(JsonArray) array = json_array_new ();
  g_autoptr(JsonNode) node = json_node_alloc ();

  for (guint i = 0; i < records->len; i++)
    json_array_add_object_element (array, json_object_ref (g_ptr_array_index (records, i)));

  json_node_init_array (node, array);
  return json_to_string (node, FALSE);
}

/* Replaces the records of @code, raising its PhienBan when they differ. */
static void
set_records (McTestPortalStore *store,
             const char        *code,
             GPtrArray         *records)
{
  McTestPortalProcedure *procedure = g_hash_table_lookup (store->procedures, code);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (procedure == NULL)
    {
      procedure = g_new0 (McTestPortalProcedure, 1);
      procedure->records = g_ptr_array_ref (records);
      procedure->version = 1;
      g_hash_table_insert (store->procedures, g_strdup (code), procedure);
      return;
    }

  before = records_to_string (procedure->records);
  after = records_to_string (records);
  if (g_str_equal (before, after))
    return;

  g_ptr_array_unref (procedure->records);
  procedure->records = g_ptr_array_ref (records);
  procedure->version++;
}

static JsonArray *
catalogue_records (JsonNode  *root,
                   GError   **error)
{
  JsonNode *result = root;

  if (JSON_NODE_HOLDS_OBJECT (root))
    result = json_object_get_member (json_node_get_object (root), "result");

  if (result == NULL || !JSON_NODE_HOLDS_ARRAY (result))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "A catalogue is {\"result\": [ … ]} or an array of procedures");
      return NULL;
    }

  return json_node_get_array (result);
}

gboolean
_mc_test_portal_store_load_catalogue (McTestPortalStore  *store,
                                      JsonNode           *root,
                                      GError            **error)
{
  g_autoptr(GHashTable) grouped = NULL;
  g_autoptr(GPtrArray) order = NULL;
  GHashTableIter iter;
  gpointer key;
  JsonArray *records;

  if ((records = catalogue_records (root, error)) == NULL)
    return FALSE;

  grouped = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                   (GDestroyNotify) g_ptr_array_unref);
  order = g_ptr_array_new ();
  for (guint i = 0; i < json_array_get_length (records); i++)
    {
      JsonNode *element = json_array_get_element (records, i);
      const char *code = NULL;
      GPtrArray *versions;

      if (JSON_NODE_HOLDS_OBJECT (element))
        code = _mc_test_portal_get_string (json_node_get_object (element), "MATTHC");
      if (code == NULL || *code == '\0')
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "Catalogue record %u has no MATTHC", i + 1);
          return FALSE;
        }

      versions = g_hash_table_lookup (grouped, code);
      if (versions == NULL)
        {
          versions = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
          g_hash_table_insert (grouped, (gpointer) code, versions);
          g_ptr_array_add (order, (gpointer) code);
        }
      g_ptr_array_add (versions, json_object_ref (json_node_get_object (element)));
    }

  /* Codes the new catalogue no longer has are gone. */
  g_hash_table_iter_init (&iter, store->procedures);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    if (!g_hash_table_contains (grouped, key))
      g_hash_table_iter_remove (&iter);

  for (guint i = 0; i < order->len; i++)
    {
      const char *code = g_ptr_array_index (order, i);

      set_records (store, code, g_hash_table_lookup (grouped, code));
    }

  return TRUE;
}

static gboolean
same_decision (JsonObject *a,
               JsonObject *b)
{
  JsonNode *da = json_object_get_member (a, "QUYETDINHCONGBO");
  JsonNode *db = json_object_get_member (b, "QUYETDINHCONGBO");

  if (da == NULL || db == NULL)
    return da == db;

  return json_node_equal (da, db);
}

/* A record with the decision of a stored version replaces it; a record
 * with a new decision adds a version (data/catalogue/README.md). */
void
_mc_test_portal_store_add_procedure (McTestPortalStore *store,
                                     JsonObject        *record)
{
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(JsonObject) copy = _mc_test_portal_copy_object (record);
  McTestPortalProcedure *procedure;
  const char *code = _mc_test_portal_get_string (copy, "MATTHC");
  gboolean replaced = FALSE;

  g_return_if_fail (code != NULL);

  records = g_ptr_array_new_with_free_func ((GDestroyNotify) json_object_unref);
  procedure = g_hash_table_lookup (store->procedures, code);
  for (guint i = 0; procedure != NULL && i < procedure->records->len; i++)
    {
      JsonObject *old = g_ptr_array_index (procedure->records, i);

      if (!replaced && same_decision (old, copy))
        {
          g_ptr_array_add (records, json_object_ref (copy));
          replaced = TRUE;
        }
      else
        {
          g_ptr_array_add (records, json_object_ref (old));
        }
    }
  if (!replaced)
    g_ptr_array_add (records, json_object_ref (copy));

  set_records (store, code, records);
}

McTestPortalProcedure *
_mc_test_portal_store_get_procedure (McTestPortalStore *store,
                                     const char        *code)
{
  return g_hash_table_lookup (store->procedures, code);
}

static int
compare_codes (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static JsonObject *
procedure_summary (const char            *code,
                   McTestPortalProcedure *procedure)
{
  JsonObject *last = g_ptr_array_index (procedure->records, procedure->records->len - 1);
  JsonObject *summary = json_object_new ();
  gint64 state = 1;

  _mc_test_portal_get_int (last, "TRANGTHAI", &state);
  json_object_set_string_member (summary, "MaTTHC", code);
  json_object_set_int_member (summary, "PhienBan", procedure->version);
  json_object_set_int_member (summary, "TrangThai", state);

  return summary;
}

/* Pages in MaTTHC order; @after is the last MaTTHC the client saw. */
JsonArray *
_mc_test_portal_store_list_procedures (McTestPortalStore  *store,
                                       const char         *after,
                                       guint               limit,
                                       char              **cursor,
                                       guint              *remaining)
{
  g_autofree gpointer *codes = NULL;
  const char *last = after != NULL ? after : "";
  JsonArray *data = json_array_new ();
  guint n_codes;
  guint i;

  codes = g_hash_table_get_keys_as_array (store->procedures, &n_codes);
  qsort (codes, n_codes, sizeof (gpointer), compare_codes);

  for (i = 0; i < n_codes && strcmp (codes[i], last) <= 0; i++)
    ;

  for (; i < n_codes && json_array_get_length (data) < limit; i++)
    {
      McTestPortalProcedure *procedure = g_hash_table_lookup (store->procedures, codes[i]);

      json_array_add_object_element (data, procedure_summary (codes[i], procedure));
      last = codes[i];
    }

  *cursor = g_strdup (last);
  *remaining = n_codes - i;

  return data;
}

/* ------------------------------------------------------------------ */
/* Calendar                                                           */
/* ------------------------------------------------------------------ */

void
_mc_test_portal_store_set_calendar (McTestPortalStore *store,
                                    int                year,
                                    JsonArray         *days)
{
  g_hash_table_insert (store->calendars, GINT_TO_POINTER (year), json_array_ref (days));
}

JsonArray *
_mc_test_portal_store_get_calendar (McTestPortalStore *store,
                                    int                year)
{
  return g_hash_table_lookup (store->calendars, GINT_TO_POINTER (year));
}

static void
add_day (JsonArray  *days,
         const char *date,
         const char *kind,
         const char *note)
{
  JsonObject *day = json_object_new ();

  json_object_set_string_member (day, "Ngay", date);
  json_object_set_string_member (day, "Loai", kind);
  json_object_set_string_member (day, "GhiChu", note);
  json_array_add_object_element (days, day);
}

/* The days off of 2027 as the core computes them (Labour Code art. 112,
 * lunar dates), and one make-up working day so clients see both kinds.
 * The make-up day is made up: the government decides swaps each year. */
void
_mc_test_portal_store_init_calendar (McTestPortalStore *store)
{
  g_autoptr(JsonArray) days = json_array_new ();

  add_day (days, "20270101", "nghi", "Tết Dương lịch");
  add_day (days, "20270130", "lambu", "Làm bù (ví dụ của máy chủ thử)");
  add_day (days, "20270205", "nghi", "Tết Nguyên đán");
  add_day (days, "20270208", "nghi", "Tết Nguyên đán");
  add_day (days, "20270209", "nghi", "Tết Nguyên đán");
  add_day (days, "20270210", "nghi", "Nghỉ bù Tết Nguyên đán");
  add_day (days, "20270211", "nghi", "Nghỉ bù Tết Nguyên đán");
  add_day (days, "20270416", "nghi", "Giỗ Tổ Hùng Vương");
  add_day (days, "20270430", "nghi", "Ngày Giải phóng miền Nam");
  add_day (days, "20270503", "nghi", "Nghỉ bù Quốc tế Lao động");
  add_day (days, "20270902", "nghi", "Quốc khánh");
  add_day (days, "20270903", "nghi", "Quốc khánh");
  add_day (days, "20271124", "nghi", "Ngày Văn hóa Việt Nam");

  _mc_test_portal_store_set_calendar (store, 2027, days);
}
