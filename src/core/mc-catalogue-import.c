/* mc-catalogue-import.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-catalogue-import"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue-reader.h"
#include "mc-error.h"

#include <string.h>

/* A national catalogue export is a few megabytes; anything far larger is
 * not a catalogue and would only exhaust memory. */
#define MAX_CATALOGUE_SIZE (256 * 1024 * 1024)

/**
 * mc_catalogue_import_bytes:
 * @db: a #McDatabase
 * @bytes: a catalogue file's content
 * @result: (out caller-allocates) (optional): what was added, updated, unchanged
 * @error: return location for a #GError
 *
 * Imports a whole catalogue, all or nothing: a file with one bad record
 * changes nothing, and @error names the record and the field.
 */
gboolean
mc_catalogue_import_bytes (McDatabase      *db,
                           GBytes          *bytes,
                           McImportResult  *result,
                           GError         **error)
{
  g_autoptr(GPtrArray) procedures = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  procedures = mc_catalogue_reader_parse (bytes, error);
  if (procedures == NULL)
    return FALSE;

  return mc_procedure_store_save (db, procedures, result, error);
}

gboolean
mc_catalogue_import_file (McDatabase      *db,
                          const char      *path,
                          McImportResult  *result,
                          GError         **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  mapped = g_mapped_file_new (path, FALSE, &local_error);
  if (mapped == NULL)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Cannot read “%s”: %s"), path, local_error->message);
      return FALSE;
    }

  if (g_mapped_file_get_length (mapped) > MAX_CATALOGUE_SIZE)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("“%s” is too large to be a procedure catalogue."), path);
      return FALSE;
    }

  bytes = g_mapped_file_get_bytes (mapped);

  return mc_catalogue_import_bytes (db, bytes, result, error);
}

/**
 * mc_catalogue_import_bundled:
 * @db: a #McDatabase
 * @result: (out caller-allocates) (optional): what was added, updated, unchanged
 * @error: return location for a #GError
 *
 * Imports the commune-level catalogue shipped with the application.
 */
gboolean
mc_catalogue_import_bundled (McDatabase      *db,
                             McImportResult  *result,
                             GError         **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);

  bytes = g_resources_lookup_data (MC_CATALOGUE_BUNDLED_RESOURCE, 0, error);
  if (bytes == NULL)
    return FALSE;

  return mc_catalogue_import_bytes (db, bytes, result, error);
}

/**
 * mc_catalogue_import_records:
 * @db: a #McDatabase
 * @code: (nullable): the procedure every record must be a version of
 * @records: procedure records in the catalogue's shape, such as the
 *   "result" of the portal's LayThuTuc
 * @result: (out caller-allocates) (optional): what was added, updated, unchanged
 * @error: return location for a #GError
 *
 * Imports records the same way as a catalogue file, all or nothing. With
 * @code, a list without records, or with a record of another procedure,
 * is refused with %MC_ERROR_INVALID: an answer about one procedure never
 * changes another.
 */
gboolean
mc_catalogue_import_records (McDatabase      *db,
                             const char      *code,
                             JsonArray       *records,
                             McImportResult  *result,
                             GError         **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GPtrArray) procedures = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *text;

  g_return_val_if_fail (MC_IS_DATABASE (db), FALSE);
  g_return_val_if_fail (records != NULL, FALSE);

  /* Through the text, so that the records are read by the very reader
   * of catalogue files. */
  root = json_node_init_array (json_node_alloc (), records);
  text = json_to_string (root, FALSE);
  bytes = g_bytes_new_take (text, strlen (text));

  procedures = mc_catalogue_reader_parse (bytes, error);
  if (procedures == NULL)
    return FALSE;

  if (code != NULL && procedures->len == 0)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("The portal sent no record of procedure %s."), code);
      return FALSE;
    }

  for (guint i = 0; code != NULL && i < procedures->len; i++)
    {
      McProcedure *procedure = g_ptr_array_index (procedures, i);

      if (g_strcmp0 (mc_procedure_get_code (procedure), code) != 0)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("The portal sent procedure %s when asked for procedure %s."),
                       mc_procedure_get_code (procedure), code);
          return FALSE;
        }
    }

  return mc_procedure_store_save (db, procedures, result, error);
}
