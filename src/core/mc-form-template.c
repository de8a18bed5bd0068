/* mc-form-template.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-form-template"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <json-glib/json-glib.h>

#include "mc-error.h"
#include "mc-form-template.h"

/* Each form has a JSON object of texts in the core resource,
 * forms/NAME.json, such as {"title": "GIẤY TIẾP NHẬN HỒ SƠ …"}.
 * Texts may name the dossier's data as {placeholders}.
 *
 * When the law changes a title or a sentence, an office need not wait
 * for a new release: a file of the same name in the user directory
 * (mc_form_template_set_user_dir()) replaces the texts it names. It is
 * checked against the built-in texts: it may not add keys or use a
 * placeholder the form does not fill in. */

#define RESOURCE_DIR "/org/motcua/MotCua/core/forms/"

struct _McFormTemplate
{
  gatomicrefcount  ref_count;
  GHashTable      *texts;   /* key → text */
};

G_DEFINE_BOXED_TYPE (McFormTemplate, mc_form_template,
                     mc_form_template_ref, mc_form_template_unref)

static char *user_dir;
G_LOCK_DEFINE_STATIC (user_dir);

/**
 * mc_form_template_set_user_dir:
 * @directory: (nullable): where offices put their own texts; %NULL for none
 *
 * The application and motcua-cli set this to mc_form_template_dup_user_dir()
 * of the user's data directory; tests leave it unset.
 */
void
mc_form_template_set_user_dir (const char *directory)
{
  G_LOCK (user_dir);
  g_free (user_dir);
  user_dir = g_strdup (directory);
  G_UNLOCK (user_dir);
}

/**
 * mc_form_template_dup_user_dir:
 *
 * Returns: (transfer full): the forms directory in the user's data
 *   directory, whether it exists or not
 */
char *
mc_form_template_dup_user_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "forms", NULL);
}

static gboolean
is_valid_name (const char *name)
{
  if (name == NULL || *name == '\0')
    return FALSE;

  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '-')
      return FALSE;

  return TRUE;
}

/* The {placeholders} of @text, in a set. */
static GHashTable *
collect_placeholders (const char *text)
{
  GHashTable *names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p = text;

  while ((p = strchr (p, '{')) != NULL)
    {
      const char *end = strchr (p + 1, '}');

      if (end == NULL)
        break;
      g_hash_table_add (names, g_strndup (p + 1, end - p - 1));
      p = end + 1;
    }

  return names;
}

static GHashTable *
parse_texts (const char  *data,
             gsize        length,
             const char  *origin,
             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GError) local_error = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *value;
  JsonNode *root;

  if (!json_parser_load_from_data (parser, data, length, &local_error))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Form texts %s cannot be read: %s"), origin, local_error->message);
      return NULL;
    }

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                   _("Form texts %s must be a JSON object of texts."), origin);
      return NULL;
    }

  json_object_iter_init (&iter, json_node_get_object (root));
  while (json_object_iter_next (&iter, &key, &value))
    {
      if (!JSON_NODE_HOLDS_VALUE (value) || json_node_get_value_type (value) != G_TYPE_STRING)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Form texts %s: “%s” must be a text in quotes."), origin, key);
          return NULL;
        }
      g_hash_table_insert (texts, g_strdup (key), g_strdup (json_node_get_string (value)));
    }

  return g_steal_pointer (&texts);
}

/* Lays the office's own texts over the built-in ones. */
static gboolean
apply_user_texts (GHashTable  *texts,
                  const char  *path,
                  GError     **error)
{
  g_autoptr(GHashTable) user_texts = NULL;
  g_autofree char *contents = NULL;
  GHashTableIter iter;
  gpointer key, value;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, error))
    return FALSE;

  user_texts = parse_texts (contents, length, path, error);
  if (user_texts == NULL)
    return FALSE;

  g_hash_table_iter_init (&iter, user_texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      const char *builtin = g_hash_table_lookup (texts, key);
      g_autoptr(GHashTable) allowed = NULL;
      g_autoptr(GHashTable) used = NULL;
      GHashTableIter names;
      gpointer name;

      if (builtin == NULL)
        {
          g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                       _("Form texts %s: this form has no text “%s”."), path, (char *) key);
          return FALSE;
        }

      allowed = collect_placeholders (builtin);
      used = collect_placeholders (value);
      g_hash_table_iter_init (&names, used);
      while (g_hash_table_iter_next (&names, &name, NULL))
        if (!g_hash_table_contains (allowed, name))
          {
            g_set_error (error, MC_ERROR, MC_ERROR_INVALID,
                         _("Form texts %s: “%s” cannot use {%s}; it may use only what the "
                           "built-in text uses."), path, (char *) key, (char *) name);
            return FALSE;
          }
    }

  g_hash_table_iter_init (&iter, user_texts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_replace (texts, g_strdup (key), g_strdup (value));

  return TRUE;
}

/**
 * mc_form_template_load:
 * @name: the form's template, such as "appointment-slip"
 * @error: return location for a #GError
 *
 * Reads the built-in texts of @name and lays over them those of the
 * file @name.json in the user directory, if there is one.
 *
 * Returns: (transfer full): the texts, or %NULL with an %MC_ERROR_INVALID
 *   error naming the file when the user's file is not valid, or
 *   %MC_ERROR_NOT_FOUND for an unknown @name
 */
McFormTemplate *
mc_form_template_load (const char  *name,
                       GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GHashTable) texts = NULL;
  g_autofree char *resource = NULL;
  g_autofree char *directory = NULL;
  McFormTemplate *self;

  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (is_valid_name (name))
    {
      resource = g_strconcat (RESOURCE_DIR, name, ".json", NULL);
      bytes = g_resources_lookup_data (resource, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
    }
  if (bytes == NULL)
    {
      g_set_error (error, MC_ERROR, MC_ERROR_NOT_FOUND, _("There is no form “%s”."), name);
      return NULL;
    }

  texts = parse_texts (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), resource, error);
  if (texts == NULL)
    return NULL;

  G_LOCK (user_dir);
  directory = g_strdup (user_dir);
  G_UNLOCK (user_dir);

  if (directory != NULL)
    {
      g_autofree char *file_name = g_strconcat (name, ".json", NULL);
      g_autofree char *path = g_build_filename (directory, file_name, NULL);

      if (g_file_test (path, G_FILE_TEST_EXISTS) && !apply_user_texts (texts, path, error))
        return NULL;
    }

  self = g_new0 (McFormTemplate, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->texts = g_steal_pointer (&texts);

  return self;
}

McFormTemplate *
mc_form_template_ref (McFormTemplate *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  g_atomic_ref_count_inc (&self->ref_count);

  return self;
}

void
mc_form_template_unref (McFormTemplate *self)
{
  g_return_if_fail (self != NULL);

  if (g_atomic_ref_count_dec (&self->ref_count))
    {
      g_hash_table_unref (self->texts);
      g_free (self);
    }
}

/**
 * mc_form_template_get:
 * @self: a #McFormTemplate
 * @key: the text's key, such as "title"
 *
 * Returns: (transfer none): the text; a key the form lacks is a
 *   programming error (the tests check every form) and gives ""
 */
const char *
mc_form_template_get (McFormTemplate *self,
                      const char     *key)
{
  const char *text;

  g_return_val_if_fail (self != NULL, "");

  text = g_hash_table_lookup (self->texts, key);
  g_return_val_if_fail (text != NULL, "");

  return text;
}

/**
 * mc_form_template_has:
 * @self: a #McFormTemplate
 * @key: a text's key
 *
 * Returns: whether the form has a text for @key
 */
gboolean
mc_form_template_has (McFormTemplate *self,
                      const char     *key)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return g_hash_table_contains (self->texts, key);
}

/**
 * mc_form_template_format:
 * @self: a #McFormTemplate
 * @key: the text's key
 * @...: pairs of a placeholder's name and its value, ended by %NULL
 *
 * Fills in the text's {placeholders}. A placeholder left without a
 * value stays as it is written, for the tests to see.
 *
 * Returns: (transfer full): the text
 */
char *
mc_form_template_format (McFormTemplate *self,
                         const char     *key,
                         ...)
{
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  const char *text = mc_form_template_get (self, key);
  GString *result = g_string_new (NULL);
  const char *name;
  va_list args;

  va_start (args, key);
  while ((name = va_arg (args, const char *)) != NULL)
    g_hash_table_insert (values, (gpointer) name, va_arg (args, char *));
  va_end (args);

  while (*text != '\0')
    {
      const char *open = strchr (text, '{');
      const char *close = open != NULL ? strchr (open, '}') : NULL;
      g_autofree char *placeholder = NULL;
      const char *value;

      if (close == NULL)
        {
          g_string_append (result, text);
          break;
        }

      g_string_append_len (result, text, open - text);
      placeholder = g_strndup (open + 1, close - open - 1);
      value = g_hash_table_lookup (values, placeholder);
      if (value != NULL)
        g_string_append (result, value);
      else
        g_string_append_len (result, open, close - open + 1);
      text = close + 1;
    }

  return g_string_free (result, FALSE);
}

static int
compare_names (const void *a,
               const void *b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

/**
 * mc_form_template_list_names:
 *
 * Returns: (transfer full): the names of the built-in forms, sorted
 */
GStrv
mc_form_template_list_names (void)
{
  g_auto(GStrv) children = g_resources_enumerate_children (RESOURCE_DIR, 0, NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  GStrv names;

  for (guint i = 0; children != NULL && children[i] != NULL; i++)
    if (g_str_has_suffix (children[i], ".json"))
      {
        g_autofree char *name = g_strndup (children[i], strlen (children[i]) - strlen (".json"));
        g_strv_builder_add (builder, name);
      }

  names = g_strv_builder_end (builder);
  qsort (names, g_strv_length (names), sizeof (char *), compare_names);
  return names;
}
