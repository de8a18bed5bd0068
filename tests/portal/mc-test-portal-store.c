/* mc-test-portal-store.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mc-test-portal-private.h"

/* The portal's dossiers and steps, and the change log LayHoSoThayDoi
 * pages through. Everything is kept as received so tests can compare. */

static void
dossier_free (gpointer data)
{
  McTestPortalDossier *stored = data;

  g_clear_pointer (&stored->dossier, json_object_unref);
  g_free (stored->mamay);
  g_free (stored);
}

static void
procedure_free (gpointer data)
{
  McTestPortalProcedure *procedure = data;

  g_ptr_array_unref (procedure->records);
  g_free (procedure);
}

McTestPortalStore *
_mc_test_portal_store_new (void)
{
  McTestPortalStore *store = g_new0 (McTestPortalStore, 1);
  g_autofree char *uuid = g_uuid_string_random ();

  store->epoch = g_strndup (uuid, 8);
  store->dossiers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, dossier_free);
  store->versions = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  store->steps = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) json_object_unref);
  store->log = g_ptr_array_new_with_free_func (g_free);
  store->procedures = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, procedure_free);
  store->calendars = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) json_array_unref);

  return store;
}

void
_mc_test_portal_store_free (McTestPortalStore *store)
{
  g_free (store->epoch);
  g_hash_table_unref (store->dossiers);
  g_hash_table_unref (store->versions);
  g_hash_table_unref (store->steps);
  g_ptr_array_unref (store->log);
  g_hash_table_unref (store->procedures);
  g_hash_table_unref (store->calendars);
  g_free (store);
}

static char *
version_key (const char *mahoso,
             gint64      version)
{
  return g_strdup_printf ("%s/%" G_GINT64_FORMAT, mahoso, version);
}

McTestPortalDossier *
_mc_test_portal_store_lookup (McTestPortalStore *store,
                              const char        *mahoso)
{
  return g_hash_table_lookup (store->dossiers, mahoso);
}

/* Takes @dossier, which already carries PhienBan and MaMay. */
static void
store_version (McTestPortalStore *store,
               JsonObject        *dossier,
               const char        *mahoso,
               gint64             version,
               const char        *mamay)
{
  McTestPortalDossier *stored = _mc_test_portal_store_lookup (store, mahoso);

  if (stored == NULL)
    {
      stored = g_new0 (McTestPortalDossier, 1);
      g_hash_table_insert (store->dossiers, g_strdup (mahoso), stored);
    }

  g_clear_pointer (&stored->dossier, json_object_unref);
  stored->dossier = dossier;
  stored->version = version;
  g_free (stored->mamay);
  stored->mamay = g_strdup (mamay);

  g_hash_table_insert (store->versions, version_key (mahoso, version), g_strdup (mamay));
  g_ptr_array_add (store->log, g_strdup (mahoso));
}

int
_mc_test_portal_store_push_dossier (McTestPortalStore  *store,
                                    JsonObject         *item,
                                    char              **message,
                                    JsonObject        **portal)
{
  McTestPortalDossier *stored;
  g_autofree char *key = NULL;
  const char *mahoso;
  const char *mamay;
  const char *author;
  gint64 version;

  *portal = NULL;
  if ((*message = _mc_test_portal_check_dossier (item)) != NULL)
    return MC_TEST_PORTAL_ITEM_INVALID;

  mahoso = _mc_test_portal_get_string (item, "MaHoSo");
  mamay = _mc_test_portal_get_string (item, "MaMay");
  _mc_test_portal_get_int (item, "PhienBan", &version);
  stored = _mc_test_portal_store_lookup (store, mahoso);
  key = version_key (mahoso, version);
  author = g_hash_table_lookup (store->versions, key);

  if (author != NULL && g_str_equal (author, mamay))
    {
      /* A repeat (the answer was lost, or the client retried). */
      store->n_stored_twice++;
      *message = g_strdup ("Hồ sơ đã được lưu trước đó");
      return 0;
    }

  if (author == NULL && (stored == NULL || stored->version < version))
    {
      store_version (store, _mc_test_portal_copy_object (item), mahoso, version, mamay);
      *message = g_strdup ("Đồng bộ thành công");
      return 0;
    }

  if (author == NULL && g_str_equal (stored->mamay, mamay))
    {
      /* A late retry of an older version from the same workstation. */
      *message = g_strdup ("Phiên bản cũ hơn bản đã lưu, bỏ qua");
      return 0;
    }

  *portal = json_object_ref (stored->dossier);
  *message = g_strdup_printf ("Cổng đang giữ phiên bản %" G_GINT64_FORMAT " của máy %s",
                              stored->version, stored->mamay);
  return MC_TEST_PORTAL_ITEM_CONFLICT;
}

int
_mc_test_portal_store_push_step (McTestPortalStore  *store,
                                 JsonObject         *step,
                                 char              **message)
{
  McTestPortalDossier *stored;
  const char *buoc_id = _mc_test_portal_get_string (step, "BuocId");

  if (buoc_id != NULL && g_hash_table_contains (store->steps, buoc_id))
    {
      store->n_stored_twice++;
      *message = g_strdup ("Bước xử lý đã được lưu trước đó");
      return 0;
    }

  if ((*message = _mc_test_portal_check_step (step)) != NULL)
    return MC_TEST_PORTAL_ITEM_INVALID;

  stored = _mc_test_portal_store_lookup (store, _mc_test_portal_get_string (step, "MaHoSo"));
  if (stored == NULL)
    {
      *message = g_strdup ("Trường MaHoSo: hồ sơ chưa có trên cổng");
      return MC_TEST_PORTAL_ITEM_INVALID;
    }

  stored->n_steps++;
  g_hash_table_insert (store->steps, g_strdup (buoc_id), _mc_test_portal_copy_object (step));
  *message = g_strdup ("Cập nhật tiến độ thành công");
  return 0;
}

/* A change made on the portal side (an online filing, or a test's
 * stand-in for another workstation): stored whatever it holds. */
void
_mc_test_portal_store_put (McTestPortalStore *store,
                           JsonObject        *dossier,
                           const char        *mamay)
{
  g_autoptr(JsonObject) copy = _mc_test_portal_copy_object (dossier);
  const char *mahoso = _mc_test_portal_get_string (copy, "MaHoSo");
  McTestPortalDossier *stored;
  gint64 version;

  g_return_if_fail (mahoso != NULL);

  stored = _mc_test_portal_store_lookup (store, mahoso);
  if (!_mc_test_portal_get_int (copy, "PhienBan", &version))
    version = stored != NULL ? stored->version + 1 : 1;

  json_object_set_int_member (copy, "PhienBan", version);
  json_object_set_string_member (copy, "MaMay", mamay);
  store_version (store, g_steal_pointer (&copy), mahoso, version, mamay);
}

/* ------------------------------------------------------------------ */
/* Change log                                                         */
/* ------------------------------------------------------------------ */

/* A cursor is "<epoch>.<number of log entries seen>". */
static gboolean
parse_cursor (McTestPortalStore  *store,
              const char         *cursor,
              guint              *start,
              GError            **error)
{
  g_auto(GStrv) parts = NULL;
  guint64 seen;

  *start = 0;
  if (cursor == NULL || *cursor == '\0')
    return TRUE;

  parts = g_strsplit (cursor, ".", 2);
  if (g_strv_length (parts) != 2 ||
      !g_ascii_string_to_unsigned (parts[1], 16, 0, G_MAXUINT, &seen, NULL))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Con trỏ “sau” không hợp lệ");
      return FALSE;
    }

  /* Another instance's cursor: the client missed nothing only if it
   * starts again. */
  if (!g_str_equal (parts[0], store->epoch))
    return TRUE;

  if (seen > store->log->len)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, "Con trỏ “sau” không hợp lệ");
      return FALSE;
    }

  *start = (guint) seen;
  return TRUE;
}

static guint
count_distinct (GPtrArray *log,
                guint      start)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = start; i < log->len; i++)
    g_hash_table_add (seen, g_ptr_array_index (log, i));

  return g_hash_table_size (seen);
}

/* Each dossier at most once per page, in its latest state: the entries
 * of a dossier already on the page are consumed with it. */
JsonArray *
_mc_test_portal_store_changes (McTestPortalStore  *store,
                               const char         *after,
                               guint               limit,
                               char              **cursor,
                               guint              *remaining,
                               GError            **error)
{
  g_autoptr(GHashTable) seen = NULL;
  JsonArray *data;
  guint start;
  guint end;

  if (!parse_cursor (store, after, &start, error))
    return NULL;

  seen = g_hash_table_new (g_str_hash, g_str_equal);
  data = json_array_new ();
  for (end = start; end < store->log->len; end++)
    {
      const char *mahoso = g_ptr_array_index (store->log, end);
      McTestPortalDossier *stored;

      if (g_hash_table_contains (seen, mahoso))
        continue;
      if (g_hash_table_size (seen) == limit)
        break;

      g_hash_table_add (seen, (gpointer) mahoso);
      stored = _mc_test_portal_store_lookup (store, mahoso);
      json_array_add_object_element (data, json_object_ref (stored->dossier));
    }

  *cursor = g_strdup_printf ("%s.%x", store->epoch, end);
  *remaining = count_distinct (store->log, end);

  return data;
}

JsonObject *
_mc_test_portal_store_state (McTestPortalStore *store)
{
  JsonObject *state = json_object_new ();
  JsonObject *dossiers = json_object_new ();
  GHashTableIter iter;
  gpointer key;
  gpointer value;

  json_object_set_int_member (state, "n_dossiers", g_hash_table_size (store->dossiers));
  json_object_set_int_member (state, "n_steps", g_hash_table_size (store->steps));
  json_object_set_int_member (state, "n_stored_twice", store->n_stored_twice);
  json_object_set_int_member (state, "n_changes", store->log->len);

  g_hash_table_iter_init (&iter, store->dossiers);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      McTestPortalDossier *stored = value;
      JsonObject *entry = json_object_new ();

      json_object_set_int_member (entry, "PhienBan", stored->version);
      json_object_set_string_member (entry, "MaMay", stored->mamay);
      json_object_set_int_member (entry, "n_steps", stored->n_steps);
      json_object_set_object_member (dossiers, key, entry);
    }
  json_object_set_object_member (state, "dossiers", dossiers);

  return state;
}
