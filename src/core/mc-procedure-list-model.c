/* mc-procedure-list-model.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-procedure-list-model"

#include "config.h"

#include "mc-procedure-list-model.h"
#include "mc-text.h"

/* The catalogue list: the current version of every procedure, narrowed by
 * the search text and the filters. The current versions are loaded once
 * (a few thousand small objects); each keystroke asks the search index
 * for matching ids on the database worker and keeps the matching objects
 * in catalogue order. Answers to older keystrokes are dropped. */

struct _McProcedureListModel
{
  GObject       parent_instance;

  McCatalogue  *catalogue;
  GCancellable *load_cancellable;
  GCancellable *search_cancellable;

  GPtrArray    *all;       /* McProcedure, sorted */
  GHashTable   *by_id;     /* id → position in all */
  GHashTable   *matches;   /* ids, or NULL when the search text has no word */
  GArray       *match_ids; /* storage of the keys of matches */
  GPtrArray    *visible;   /* McProcedure, its own references */

  char         *today;
  char         *search_text;
  char         *field_code;
  int           online_level;
  char         *error_message;
  guint         search_serial;
  guint         loading : 1;
  guint         searching : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (McProcedureListModel, mc_procedure_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_SEARCH_TEXT,
  PROP_FIELD_CODE,
  PROP_ONLINE_LEVEL,
  PROP_LOADING,
  PROP_SEARCHING,
  PROP_N_TOTAL,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

static gboolean
passes_filters (McProcedureListModel *self,
                McProcedure          *procedure)
{
  if (self->field_code[0] != '\0' &&
      g_strcmp0 (mc_procedure_get_field_code (procedure), self->field_code) != 0)
    return FALSE;

  if (self->online_level != MC_ONLINE_LEVEL_ANY &&
      (int) mc_procedure_get_online_level (procedure) != self->online_level)
    return FALSE;

  return TRUE;
}

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  guint pa = *(const guint *) a;
  guint pb = *(const guint *) b;

  return pa < pb ? -1 : pa > pb;
}

/* Rebuilds the visible list. With a search, only the matches are visited,
 * in catalogue order, so a keystroke costs the size of its answer. */
static void
refresh_visible (McProcedureListModel *self)
{
  g_autoptr(GPtrArray) visible = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) old = NULL;
  guint removed = self->visible->len;

  if (self->matches == NULL)
    {
      for (guint i = 0; i < self->all->len; i++)
        if (passes_filters (self, g_ptr_array_index (self->all, i)))
          g_ptr_array_add (visible, g_object_ref (g_ptr_array_index (self->all, i)));
    }
  else
    {
      g_autoptr(GArray) positions = g_array_sized_new (FALSE, FALSE, sizeof (guint),
                                                       g_hash_table_size (self->matches));
      GHashTableIter iter;
      gpointer key;

      g_hash_table_iter_init (&iter, self->matches);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          gpointer position;

          /* Ids of versions that are not current are in the index too. */
          if (g_hash_table_lookup_extended (self->by_id, key, NULL, &position))
            {
              guint index = GPOINTER_TO_UINT (position);
              g_array_append_val (positions, index);
            }
        }

      g_array_sort (positions, compare_positions);

      for (guint i = 0; i < positions->len; i++)
        {
          McProcedure *procedure = g_ptr_array_index (self->all, g_array_index (positions, guint, i));

          if (passes_filters (self, procedure))
            g_ptr_array_add (visible, g_object_ref (procedure));
        }
    }

  /* A reload replaces all while the visible items are still listed, until
   * the search answers: they are kept alive by the list itself, and the
   * old ones only go once the signal has told views they are gone. */
  old = g_steal_pointer (&self->visible);
  self->visible = g_steal_pointer (&visible);

  if (removed > 0 || self->visible->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->visible->len);
}

static void
set_error_message (McProcedureListModel *self,
                   const char           *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR_MESSAGE]);
}

static void
set_searching (McProcedureListModel *self,
               gboolean              searching)
{
  if (self->searching == !!searching)
    return;

  self->searching = !!searching;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEARCHING]);
}

typedef struct
{
  McProcedureListModel *self;
  guint                 serial;
} SearchRequest;

static void
search_request_free (SearchRequest *request)
{
  g_object_unref (request->self);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SearchRequest, search_request_free)

static void
search_done_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(SearchRequest) request = user_data;
  McProcedureListModel *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ids = NULL;

  ids = mc_catalogue_search_finish (MC_CATALOGUE (object), result, &error);

  /* A later keystroke started another search: this answer is stale. */
  if (request->serial != self->search_serial)
    return;

  set_searching (self, FALSE);

  if (error != NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error_message (self, error->message);
      return;
    }

  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->match_ids, g_array_unref);
  self->match_ids = g_steal_pointer (&ids);
  self->matches = g_hash_table_new (g_int64_hash, g_int64_equal);
  for (guint i = 0; i < self->match_ids->len; i++)
    g_hash_table_add (self->matches, &g_array_index (self->match_ids, gint64, i));

  set_error_message (self, NULL);
  refresh_visible (self);
}

static void
start_search (McProcedureListModel *self)
{
  g_autofree char *query = mc_text_fts_query (self->search_text);
  SearchRequest *request;

  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->search_cancellable);
  self->search_serial++;

  if (query == NULL)
    {
      g_clear_pointer (&self->matches, g_hash_table_unref);
      set_searching (self, FALSE);
      refresh_visible (self);
      return;
    }

  set_searching (self, TRUE);
  self->search_cancellable = g_cancellable_new ();

  request = g_new0 (SearchRequest, 1);
  request->self = g_object_ref (self);
  request->serial = self->search_serial;
  mc_catalogue_search_async (self->catalogue, self->search_text, self->search_cancellable,
                             search_done_cb, request);
}

static void
load_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(McProcedureListModel) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) procedures = NULL;

  procedures = mc_catalogue_load_current_finish (MC_CATALOGUE (object), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  self->loading = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);

  if (error != NULL)
    {
      set_error_message (self, error->message);
      return;
    }

  set_error_message (self, NULL);

  g_ptr_array_unref (self->all);
  self->all = g_steal_pointer (&procedures);
  g_hash_table_remove_all (self->by_id);
  for (guint i = 0; i < self->all->len; i++)
    {
      McProcedure *procedure = g_ptr_array_index (self->all, i);
      gint64 *id = g_new (gint64, 1);

      *id = mc_procedure_get_id (procedure);
      g_hash_table_insert (self->by_id, id, GUINT_TO_POINTER (i));
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_TOTAL]);

  /* Ids may have changed with an import: ask the index again. */
  start_search (self);
}

static void
catalogue_changed_cb (McProcedureListModel *self,
                      McCatalogue          *catalogue)
{
  mc_procedure_list_model_reload (self);
}

/*
 * GListModel interface
 */

static GType
get_item_type (GListModel *model)
{
  return MC_TYPE_PROCEDURE;
}

static guint
get_n_items (GListModel *model)
{
  return MC_PROCEDURE_LIST_MODEL (model)->visible->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  McProcedureListModel *self = MC_PROCEDURE_LIST_MODEL (model);

  if (position >= self->visible->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->visible, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

/*
 * GObject overrides
 */

static void
mc_procedure_list_model_dispose (GObject *object)
{
  McProcedureListModel *self = (McProcedureListModel *)object;

  g_cancellable_cancel (self->load_cancellable);
  g_cancellable_cancel (self->search_cancellable);
  g_clear_object (&self->load_cancellable);
  g_clear_object (&self->search_cancellable);
  g_clear_object (&self->catalogue);

  G_OBJECT_CLASS (mc_procedure_list_model_parent_class)->dispose (object);
}

static void
mc_procedure_list_model_finalize (GObject *object)
{
  McProcedureListModel *self = (McProcedureListModel *)object;

  g_clear_pointer (&self->visible, g_ptr_array_unref);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  g_clear_pointer (&self->match_ids, g_array_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->all, g_ptr_array_unref);
  g_free (self->today);
  g_free (self->search_text);
  g_free (self->field_code);
  g_free (self->error_message);

  G_OBJECT_CLASS (mc_procedure_list_model_parent_class)->finalize (object);
}

static void
mc_procedure_list_model_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  McProcedureListModel *self = MC_PROCEDURE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_FIELD_CODE:
      g_value_set_string (value, self->field_code);
      break;
    case PROP_ONLINE_LEVEL:
      g_value_set_int (value, self->online_level);
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    case PROP_SEARCHING:
      g_value_set_boolean (value, self->searching);
      break;
    case PROP_N_TOTAL:
      g_value_set_uint (value, self->all->len);
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, self->error_message);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_procedure_list_model_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  McProcedureListModel *self = MC_PROCEDURE_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_SEARCH_TEXT:
      mc_procedure_list_model_set_search_text (self, g_value_get_string (value));
      break;
    case PROP_FIELD_CODE:
      mc_procedure_list_model_set_field_code (self, g_value_get_string (value));
      break;
    case PROP_ONLINE_LEVEL:
      mc_procedure_list_model_set_online_level (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_procedure_list_model_class_init (McProcedureListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_procedure_list_model_dispose;
  object_class->finalize = mc_procedure_list_model_finalize;
  object_class->get_property = mc_procedure_list_model_get_property;
  object_class->set_property = mc_procedure_list_model_set_property;

  properties [PROP_SEARCH_TEXT] =
    g_param_spec_string ("search-text", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_FIELD_CODE] =
    g_param_spec_string ("field-code", NULL, NULL, "",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_ONLINE_LEVEL] =
    g_param_spec_int ("online-level", NULL, NULL,
                      MC_ONLINE_LEVEL_ANY, MC_ONLINE_LEVEL_FULL, MC_ONLINE_LEVEL_ANY,
                      (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_SEARCHING] =
    g_param_spec_boolean ("searching", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mc_procedure_list_model_init (McProcedureListModel *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  self->all = g_ptr_array_new_with_free_func (g_object_unref);
  self->visible = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
  self->today = g_date_time_format (now, "%Y-%m-%d");
  self->search_text = g_strdup ("");
  self->field_code = g_strdup ("");
  self->online_level = MC_ONLINE_LEVEL_ANY;
}

/*
 * Public API
 */

McProcedureListModel *
mc_procedure_list_model_new (McCatalogue *catalogue)
{
  McProcedureListModel *self;

  g_return_val_if_fail (MC_IS_CATALOGUE (catalogue), NULL);

  self = g_object_new (MC_TYPE_PROCEDURE_LIST_MODEL, NULL);
  self->catalogue = g_object_ref (catalogue);
  g_signal_connect_object (catalogue, "changed", G_CALLBACK (catalogue_changed_cb), self,
                           G_CONNECT_SWAPPED);

  return self;
}

/**
 * mc_procedure_list_model_reload:
 * @self: a #McProcedureListModel
 *
 * Loads the current versions again; #McProcedureListModel:loading is
 * %TRUE until they are in.
 */
void
mc_procedure_list_model_reload (McProcedureListModel *self)
{
  g_return_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self));

  g_cancellable_cancel (self->load_cancellable);
  g_clear_object (&self->load_cancellable);
  self->load_cancellable = g_cancellable_new ();

  if (!self->loading)
    {
      self->loading = TRUE;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
    }

  mc_catalogue_load_current_async (self->catalogue, self->today, self->load_cancellable,
                                   load_done_cb, g_object_ref (self));
}

/* Tests pin the date that decides which version is current. */
void
mc_procedure_list_model_set_today (McProcedureListModel *self,
                                   const char           *today)
{
  g_return_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self));
  g_return_if_fail (today != NULL);

  g_free (self->today);
  self->today = g_strdup (today);
}

const char *
mc_procedure_list_model_get_search_text (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), NULL);
  return self->search_text;
}

void
mc_procedure_list_model_set_search_text (McProcedureListModel *self,
                                         const char           *text)
{
  g_return_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->search_text, text) == 0)
    return;

  g_free (self->search_text);
  self->search_text = g_strdup (text);
  start_search (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SEARCH_TEXT]);
}

const char *
mc_procedure_list_model_get_field_code (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), NULL);
  return self->field_code;
}

void
mc_procedure_list_model_set_field_code (McProcedureListModel *self,
                                        const char           *code)
{
  g_return_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self));

  if (code == NULL)
    code = "";
  if (g_strcmp0 (self->field_code, code) == 0)
    return;

  g_free (self->field_code);
  self->field_code = g_strdup (code);
  refresh_visible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_FIELD_CODE]);
}

int
mc_procedure_list_model_get_online_level (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), MC_ONLINE_LEVEL_ANY);
  return self->online_level;
}

void
mc_procedure_list_model_set_online_level (McProcedureListModel *self,
                                          int                   level)
{
  g_return_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self));
  g_return_if_fail (level >= MC_ONLINE_LEVEL_ANY && level <= MC_ONLINE_LEVEL_FULL);

  if (self->online_level == level)
    return;

  self->online_level = level;
  refresh_visible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ONLINE_LEVEL]);
}

gboolean
mc_procedure_list_model_get_loading (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), FALSE);
  return self->loading;
}

gboolean
mc_procedure_list_model_get_searching (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), FALSE);
  return self->searching;
}

guint
mc_procedure_list_model_get_n_total (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), 0);
  return self->all->len;
}

const char *
mc_procedure_list_model_get_error_message (McProcedureListModel *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE_LIST_MODEL (self), NULL);
  return self->error_message;
}
