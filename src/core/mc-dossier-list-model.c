/* mc-dossier-list-model.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier-list-model"

#include "config.h"

#include "mc-dossier-list-model.h"
#include "mc-dossier-list-store.h"

/* The dossier list: a GListModel over a query that may match a million
 * dossiers, of which it never holds more than a few pages.
 *
 * Setting a query asks the database worker for the count and the first
 * page in one job; when they arrive the model changes length in one
 * items-changed. Any other item is fetched with its page on demand:
 * get_item() returns a placeholder (see
 * mc_dossier_list_model_is_placeholder()) and schedules the page; when
 * the page arrives, items-changed (pos, n, n) replaces the placeholders.
 * Answers for an older query are dropped (serial numbers), and at most
 * MAX_PAGES pages are kept, the least recently arrived going first. */

#define MAX_PAGES 64

struct _McDossierListModel
{
  GObject         parent_instance;

  McDbWorker     *worker;
  McDossierQuery *query;
  GDateTime      *fixed_now;
  GDateTime      *now;          /* of the current query */
  GCancellable   *cancellable;  /* of the current query's jobs */

  GHashTable     *pages;        /* page number → GPtrArray of McDossier */
  GQueue          page_order;   /* page numbers, oldest first */
  GHashTable     *pending;      /* page numbers asked for */

  char           *error_message;
  guint           n_items;
  guint           page_size;
  guint           serial;
  guint           capped : 1;
  guint           loading : 1;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (McDossierListModel, mc_dossier_list_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_QUERY,
  PROP_N_TOTAL,
  PROP_CAPPED,
  PROP_LOADING,
  PROP_ERROR_MESSAGE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static GQuark placeholder_quark;

/*
 * Work on the database worker
 */

typedef struct
{
  McDossierQuery *query;
  GDateTime      *now;
  gboolean        want_count;
  guint           count;
  guint           offset;
  guint           limit;
} Job;

typedef struct
{
  guint      count;
  gboolean   capped;
  GPtrArray *rows;
} Answer;

static void
job_free (Job *job)
{
  mc_dossier_query_free (job->query);
  g_date_time_unref (job->now);
  g_free (job);
}

static void
answer_free (Answer *answer)
{
  g_clear_pointer (&answer->rows, g_ptr_array_unref);
  g_free (answer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Answer, answer_free)

static gpointer
load_work (McDatabase  *db,
           gpointer     data,
           GError     **error)
{
  Job *job = data;
  g_autoptr(Answer) answer = g_new0 (Answer, 1);
  gboolean ok;

  /* The count and the page read the same snapshot. */
  if (!mc_database_begin (db, MC_TRANSACTION_READ, error))
    return NULL;

  answer->count = job->count;
  ok = !job->want_count ||
       mc_dossier_list_store_count (db, job->query, job->now, &answer->count, &answer->capped,
                                    error);
  if (ok)
    {
      answer->rows = mc_dossier_list_store_fetch (db, job->query, job->now, answer->count,
                                                  job->offset, job->limit, error);
      ok = answer->rows != NULL;
    }

  mc_database_end (db, FALSE, NULL);

  return ok ? g_steal_pointer (&answer) : NULL;
}

typedef struct
{
  McDossierListModel *self;
  guint               serial;
  guint               page;
} Request;

static void
request_free (Request *request)
{
  g_object_unref (request->self);
  g_free (request);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Request, request_free)

/*
 * Auxiliary functions
 */

static McDossier *
new_placeholder (void)
{
  McDossier *dossier = g_object_new (MC_TYPE_DOSSIER, "code", "…", NULL);

  g_object_set_qdata (G_OBJECT (dossier), placeholder_quark, GINT_TO_POINTER (TRUE));
  return dossier;
}

static void
set_loading (McDossierListModel *self,
             gboolean            loading)
{
  if (self->loading == !!loading)
    return;

  self->loading = !!loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_LOADING]);
}

static void
set_error_message (McDossierListModel *self,
                   const char         *message)
{
  if (g_strcmp0 (self->error_message, message) == 0)
    return;

  g_free (self->error_message);
  self->error_message = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_ERROR_MESSAGE]);
}

static void
forget_pages (McDossierListModel *self)
{
  g_hash_table_remove_all (self->pages);
  g_hash_table_remove_all (self->pending);
  g_queue_clear (&self->page_order);
}

static void
keep_page (McDossierListModel *self,
           guint               page,
           GPtrArray          *rows)
{
  if (!g_hash_table_contains (self->pages, GUINT_TO_POINTER (page)))
    g_queue_push_tail (&self->page_order, GUINT_TO_POINTER (page));
  g_hash_table_insert (self->pages, GUINT_TO_POINTER (page), g_ptr_array_ref (rows));

  /* Views keep their own references to the rows they show, and the next
   * get_item() of an evicted row loads its page again. */
  while (g_queue_get_length (&self->page_order) > MAX_PAGES)
    {
      gpointer oldest = g_queue_pop_head (&self->page_order);

      g_hash_table_remove (self->pages, oldest);
    }
}

static void
query_loaded_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  McDossierListModel *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(Answer) answer = NULL;
  guint removed;

  answer = mc_db_worker_propagate (result, self, mc_dossier_list_model_set_query, &error);

  if (request->serial != self->serial)
    return;

  set_loading (self, FALSE);

  if (answer == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error_message (self, error->message);
      return;
    }

  set_error_message (self, NULL);

  removed = self->n_items;
  forget_pages (self);
  keep_page (self, 0, answer->rows);
  self->n_items = answer->count;

  if (removed > 0 || self->n_items > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), 0, removed, self->n_items);

  if (self->capped != answer->capped)
    {
      self->capped = answer->capped;
      g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAPPED]);
    }
  if (removed != self->n_items)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_N_TOTAL]);
}

static void
page_loaded_cb (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(Request) request = user_data;
  McDossierListModel *self = request->self;
  g_autoptr(GError) error = NULL;
  g_autoptr(Answer) answer = NULL;
  guint position;
  guint n;

  answer = mc_db_worker_propagate (result, self, mc_dossier_list_model_get_page_size, &error);

  if (request->serial != self->serial)
    return;

  g_hash_table_remove (self->pending, GUINT_TO_POINTER (request->page));

  if (answer == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        set_error_message (self, error->message);
      return;
    }

  keep_page (self, request->page, answer->rows);

  position = request->page * self->page_size;
  if (position >= self->n_items)
    return;

  n = MIN (self->page_size, self->n_items - position);
  g_list_model_items_changed (G_LIST_MODEL (self), position, n, n);
}

static void
load_page (McDossierListModel *self,
           guint               page)
{
  Request *request;
  Job *job;

  if (g_hash_table_contains (self->pending, GUINT_TO_POINTER (page)))
    return;

  g_hash_table_add (self->pending, GUINT_TO_POINTER (page));

  job = g_new0 (Job, 1);
  job->query = mc_dossier_query_copy (self->query);
  job->now = g_date_time_ref (self->now);
  job->count = self->n_items;
  job->offset = page * self->page_size;
  job->limit = self->page_size;

  request = g_new0 (Request, 1);
  request->self = g_object_ref (self);
  request->serial = self->serial;
  request->page = page;

  /* The source tag of a page is mc_dossier_list_model_get_page_size, of a
   * query mc_dossier_list_model_set_query: any two distinct functions. */
  mc_db_worker_run_task_async (self->worker, self, mc_dossier_list_model_get_page_size,
                               "[mc-dossier-list-model] page", load_work,
                               job, (GDestroyNotify) job_free, (GDestroyNotify) answer_free,
                               NULL, self->cancellable, page_loaded_cb, request);
}

static void
start_query (McDossierListModel *self)
{
  Request *request;
  Job *job;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->serial++;

  /* Pages of the previous query still show until the answer comes. */
  g_hash_table_remove_all (self->pending);

  g_clear_pointer (&self->now, g_date_time_unref);
  self->now = self->fixed_now != NULL ? g_date_time_ref (self->fixed_now)
                                      : g_date_time_new_now_utc ();

  job = g_new0 (Job, 1);
  job->query = mc_dossier_query_copy (self->query);
  job->now = g_date_time_ref (self->now);
  job->want_count = TRUE;
  job->offset = 0;
  job->limit = self->page_size;

  request = g_new0 (Request, 1);
  request->self = g_object_ref (self);
  request->serial = self->serial;

  set_loading (self, TRUE);
  mc_db_worker_run_task_async (self->worker, self, mc_dossier_list_model_set_query,
                               "[mc-dossier-list-model] query", load_work,
                               job, (GDestroyNotify) job_free, (GDestroyNotify) answer_free,
                               NULL, self->cancellable, query_loaded_cb, request);
}

/*
 * GListModel interface
 */

static GType
get_item_type (GListModel *model)
{
  return MC_TYPE_DOSSIER;
}

static guint
get_n_items (GListModel *model)
{
  return MC_DOSSIER_LIST_MODEL (model)->n_items;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  McDossierListModel *self = MC_DOSSIER_LIST_MODEL (model);
  guint page;
  GPtrArray *rows;

  if (position >= self->n_items)
    return NULL;

  page = position / self->page_size;
  rows = g_hash_table_lookup (self->pages, GUINT_TO_POINTER (page));
  if (rows == NULL)
    {
      load_page (self, page);
      return new_placeholder ();
    }

  /* Dossiers received since the count: the page came back shorter. */
  if (position % self->page_size >= rows->len)
    return new_placeholder ();

  return g_object_ref (g_ptr_array_index (rows, position % self->page_size));
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
mc_dossier_list_model_dispose (GObject *object)
{
  McDossierListModel *self = (McDossierListModel *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->worker);

  G_OBJECT_CLASS (mc_dossier_list_model_parent_class)->dispose (object);
}

static void
mc_dossier_list_model_finalize (GObject *object)
{
  McDossierListModel *self = (McDossierListModel *)object;

  forget_pages (self);
  g_clear_pointer (&self->pages, g_hash_table_unref);
  g_clear_pointer (&self->pending, g_hash_table_unref);
  g_clear_pointer (&self->query, mc_dossier_query_free);
  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  g_clear_pointer (&self->now, g_date_time_unref);
  g_free (self->error_message);

  G_OBJECT_CLASS (mc_dossier_list_model_parent_class)->finalize (object);
}

static void
mc_dossier_list_model_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  McDossierListModel *self = MC_DOSSIER_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      g_value_set_boxed (value, mc_dossier_list_model_get_query (self));
      break;
    case PROP_N_TOTAL:
      g_value_set_uint (value, mc_dossier_list_model_get_n_total (self));
      break;
    case PROP_CAPPED:
      g_value_set_boolean (value, mc_dossier_list_model_get_capped (self));
      break;
    case PROP_LOADING:
      g_value_set_boolean (value, mc_dossier_list_model_get_loading (self));
      break;
    case PROP_ERROR_MESSAGE:
      g_value_set_string (value, mc_dossier_list_model_get_error_message (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_dossier_list_model_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  McDossierListModel *self = MC_DOSSIER_LIST_MODEL (object);

  switch (prop_id)
    {
    case PROP_QUERY:
      mc_dossier_list_model_set_query (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_dossier_list_model_class_init (McDossierListModelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = mc_dossier_list_model_dispose;
  object_class->finalize = mc_dossier_list_model_finalize;
  object_class->get_property = mc_dossier_list_model_get_property;
  object_class->set_property = mc_dossier_list_model_set_property;

  properties [PROP_QUERY] =
    g_param_spec_boxed ("query", NULL, NULL, MC_TYPE_DOSSIER_QUERY,
                        (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties [PROP_N_TOTAL] =
    g_param_spec_uint ("n-total", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_CAPPED] =
    g_param_spec_boolean ("capped", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_ERROR_MESSAGE] =
    g_param_spec_string ("error-message", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);

  placeholder_quark = g_quark_from_static_string ("mc-dossier-list-placeholder");
}

static void
mc_dossier_list_model_init (McDossierListModel *self)
{
  self->query = mc_dossier_query_new ();
  self->pages = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  self->pending = g_hash_table_new (NULL, NULL);
  self->page_size = MC_DOSSIER_LIST_MODEL_PAGE_SIZE;
  g_queue_init (&self->page_order);
}

/*
 * Public API
 */

/**
 * mc_dossier_list_model_new:
 * @worker: the database worker
 *
 * The model is empty until mc_dossier_list_model_reload() or
 * mc_dossier_list_model_set_query(), once @worker's database is open.
 *
 * Returns: (transfer full): a new #McDossierListModel
 */
McDossierListModel *
mc_dossier_list_model_new (McDbWorker *worker)
{
  McDossierListModel *self;

  g_return_val_if_fail (MC_IS_DB_WORKER (worker), NULL);

  self = g_object_new (MC_TYPE_DOSSIER_LIST_MODEL, NULL);
  self->worker = g_object_ref (worker);

  return self;
}

const McDossierQuery *
mc_dossier_list_model_get_query (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), NULL);
  return self->query;
}

/**
 * mc_dossier_list_model_set_query:
 * @self: a #McDossierListModel
 * @query: (nullable): the new query, copied; %NULL for every dossier
 *
 * Loads the count and the first page of @query; #McDossierListModel:loading
 * is %TRUE until they are in, and the previous rows show meanwhile.
 */
void
mc_dossier_list_model_set_query (McDossierListModel   *self,
                                 const McDossierQuery *query)
{
  g_autoptr(McDossierQuery) everything = NULL;

  g_return_if_fail (MC_IS_DOSSIER_LIST_MODEL (self));

  if (query == NULL)
    query = everything = mc_dossier_query_new ();

  if (mc_dossier_query_equal (self->query, query))
    return;

  mc_dossier_query_free (self->query);
  self->query = mc_dossier_query_copy (query);
  start_query (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_QUERY]);
}

/**
 * mc_dossier_list_model_reload:
 * @self: a #McDossierListModel
 *
 * Runs the query again, after dossiers changed or the database opened.
 */
void
mc_dossier_list_model_reload (McDossierListModel *self)
{
  g_return_if_fail (MC_IS_DOSSIER_LIST_MODEL (self));

  start_query (self);
}

guint
mc_dossier_list_model_get_n_total (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), 0);
  return self->n_items;
}

/**
 * mc_dossier_list_model_get_capped:
 * @self: a #McDossierListModel
 *
 * Returns: whether the search matched more than %MC_DOSSIER_SEARCH_CAP
 *   dossiers, of which the model holds the latest received
 */
gboolean
mc_dossier_list_model_get_capped (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), FALSE);
  return self->capped;
}

gboolean
mc_dossier_list_model_get_loading (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), FALSE);
  return self->loading;
}

const char *
mc_dossier_list_model_get_error_message (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), NULL);
  return self->error_message;
}

guint
mc_dossier_list_model_get_page_size (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), 0);
  return self->page_size;
}

/* For tests: smaller pages. Takes effect with the next query. */
void
mc_dossier_list_model_set_page_size (McDossierListModel *self,
                                     guint               page_size)
{
  g_return_if_fail (MC_IS_DOSSIER_LIST_MODEL (self));
  g_return_if_fail (page_size > 0);

  self->page_size = page_size;
}

/**
 * mc_dossier_list_model_set_now:
 * @self: a #McDossierListModel
 * @now: (nullable): the moment deadline states are judged at; %NULL for
 *   the clock at each query
 *
 * For tests and benchmarks. Takes effect with the next query.
 */
void
mc_dossier_list_model_set_now (McDossierListModel *self,
                               GDateTime          *now)
{
  g_return_if_fail (MC_IS_DOSSIER_LIST_MODEL (self));

  if (now != NULL)
    g_date_time_ref (now);
  g_clear_pointer (&self->fixed_now, g_date_time_unref);
  self->fixed_now = now;
}

/**
 * mc_dossier_list_model_get_now:
 * @self: a #McDossierListModel
 *
 * Returns: (transfer none) (nullable): the moment the current query judged
 *   deadline states at, so that a view shows them the same way
 */
GDateTime *
mc_dossier_list_model_get_now (McDossierListModel *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER_LIST_MODEL (self), NULL);
  return self->now;
}

/**
 * mc_dossier_list_model_is_placeholder:
 * @dossier: an item of a #McDossierListModel
 *
 * Returns: whether @dossier stands for a row whose page is still loading
 */
gboolean
mc_dossier_list_model_is_placeholder (McDossier *dossier)
{
  g_return_val_if_fail (MC_IS_DOSSIER (dossier), FALSE);

  return g_object_get_qdata (G_OBJECT (dossier), placeholder_quark) != NULL;
}
