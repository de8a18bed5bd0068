/* bench-dossiers.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Dossier list benchmark. Generates N realistic dossiers (default
 * 1,000,000) with their events by direct bulk inserts (one transaction,
 * prepared statements; the triggers of the schema keep the search index
 * and the counts), then measures through the real McDossierListModel on a
 * McDbWorker, as the dossier page uses it:
 *
 * - first screen: a new model, set the query, until the count and the
 *   first page are in and the first 40 rows read (target < 150 ms);
 * - filter change: from the whole list to a status, overdue, a channel, a
 *   search "nguyen van", a sort by due date, until the same (< 100 ms);
 * - intake save: mc_dossier_store_receive() on the big database, on a
 *   second connection (< 20 ms).
 *
 * --keep-db PATH writes the database there, or reuses it if it exists.
 * Exits 0 whether or not the targets are met. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <stdlib.h>

#include "mc-catalogue-import.h"
#include "mc-db-worker.h"
#include "mc-dossier-list-model.h"
#include "mc-dossier-store.h"
#include "mc-working-calendar.h"

#define AGENCY "000.17.22.H56"
#define FIRST_SCREEN_TARGET_MS 150.0
#define FILTER_TARGET_MS 100.0
#define INTAKE_TARGET_MS 20.0
#define SCREEN_ROWS 40
#define N_STAFF 12

/*
 * The generator
 */

typedef struct
{
  const char *text;
  guint       weight;  /* per thousand */
} Weighted;

/* Family names with their rough share of the population. */
static const Weighted families[] = {
  { "Nguyễn", 380 }, { "Trần", 110 }, { "Lê", 95 }, { "Phạm", 70 }, { "Hoàng", 50 },
  { "Huỳnh", 30 }, { "Phan", 45 }, { "Vũ", 39 }, { "Võ", 30 }, { "Đặng", 21 }, { "Bùi", 20 },
  { "Đỗ", 14 }, { "Hồ", 13 }, { "Ngô", 13 }, { "Dương", 10 }, { "Lý", 5 }, { "Đinh", 10 },
  { "Trương", 10 }, { "Lương", 8 }, { "Mai", 8 }, { "Tạ", 5 }, { "Cao", 7 },
};

static const char * const middles_male[] = {
  "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Đình", "Ngọc",
};
static const char * const middles_female[] = {
  "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Bích", "Mỹ", "Hồng",
};
static const char * const givens_male[] = {
  "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Huy", "Khánh", "Long", "Minh", "Nam",
  "Phong", "Phúc", "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Toàn", "Trung", "Tuấn", "Việt",
  "Vinh", "Hiếu", "Hoàng", "Lâm", "Nghĩa", "Tài", "Đức",
};
static const char * const givens_female[] = {
  "Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan",
  "Mai", "My", "Nga", "Ngân", "Nhung", "Oanh", "Phương", "Quỳnh", "Thảo", "Trang", "Trinh",
  "Tuyết", "Uyên", "Vân", "Yến", "Hiền", "Thủy", "Liên",
};
static const char * const provinces[] = {
  "001", "031", "034", "036", "038", "040", "042", "044", "046", "048", "079", "089", "092",
};
static const char * const phone_prefixes[] = {
  "090", "091", "093", "094", "096", "097", "098", "086", "088", "032", "033", "035", "037",
  "039", "070", "077", "081", "083", "085",
};

static const char *
pick (GRand              *rand,
      const char * const *items,
      guint               n_items)
{
  return items[g_rand_int_range (rand, 0, n_items)];
}

#define PICK(rand, array) pick (rand, array, G_N_ELEMENTS (array))

static const char *
pick_family (GRand *rand)
{
  guint total = 0;
  guint roll;

  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    total += families[i].weight;
  roll = g_rand_int_range (rand, 0, total);
  for (guint i = 0; i < G_N_ELEMENTS (families); i++)
    {
      if (roll < families[i].weight)
        return families[i].text;
      roll -= families[i].weight;
    }
  return families[0].text;
}

static gint64
to_usec (GDateTime *moment)
{
  return g_date_time_to_unix (moment) * G_USEC_PER_SEC + g_date_time_get_microsecond (moment);
}

static gboolean
step_done (McDatabase    *db,
           sqlite3_stmt  *stmt,
           GError       **error)
{
  gboolean has_row;
  gboolean ok = mc_database_step (db, stmt, &has_row, error);

  sqlite3_reset (stmt);
  sqlite3_clear_bindings (stmt);
  return ok;
}

/* An event of the dossier's history. */
static gboolean
insert_event (McDatabase    *db,
              sqlite3_stmt  *stmt,
              GRand         *rand,
              gint64         dossier_id,
              int            action,
              int            before,
              int            after,
              gint64         actor,
              gint64         at,
              int            version,
              GError       **error)
{
  char step_id[37];

  /* A random version 4 UUID, cheaper than g_uuid_string_random(). */
  g_snprintf (step_id, sizeof step_id, "%08x-%04x-4%03x-%04x-%04x%08x",
              g_rand_int (rand), g_rand_int (rand) & 0xffff, g_rand_int (rand) & 0xfff,
              (g_rand_int (rand) & 0x3fff) | 0x8000, g_rand_int (rand) & 0xffff,
              g_rand_int (rand));

  sqlite3_bind_int64 (stmt, 1, dossier_id);
  sqlite3_bind_text (stmt, 2, step_id, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int (stmt, 3, action);
  if (before != 0)
    sqlite3_bind_int (stmt, 4, before);
  sqlite3_bind_int (stmt, 5, after);
  sqlite3_bind_int64 (stmt, 6, actor);
  sqlite3_bind_text (stmt, 7, "Cán bộ", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 8, at);
  sqlite3_bind_int (stmt, 9, version);
  return step_done (db, stmt, error);
}

/* Writes @n dossiers received over the ~3 years before @now, about the
 * same number each working day, with 2 to 5 events each. */
static gboolean
generate (McDatabase  *db,
          guint        n,
          guint        seed,
          GDateTime   *now,
          GError     **error)
{
  static const char insert_dossier[] =
    "INSERT INTO dossier (id, code, procedure_id, status, accepted, channel, applicant_type, "
    "  applicant_name, id_number, birth_date, phone, address, received_at, due_at, "
    "  original_due_at, finished_at, returned_at, assignee_id, version, workstation, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, 1, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15, ?16, ?17, "
    "  'QUAY-1', ?12)";
  static const char insert_event_sql[] =
    "INSERT INTO dossier_event (dossier_id, step_id, action, status_before, status_after, "
    "  actor_id, actor_name, workstation, device_time, effective_time, version) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'QUAY-1', ?8, ?8, ?9)";
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GArray) procedures = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GDateTime) local_now = g_date_time_to_timezone (now, mc_working_calendar_get_time_zone ());
  g_autoptr(GDateTime) today = g_date_time_new (mc_working_calendar_get_time_zone (),
                                                g_date_time_get_year (local_now),
                                                g_date_time_get_month (local_now),
                                                g_date_time_get_day_of_month (local_now), 0, 0, 0);
  sqlite3_stmt *dossier_stmt;
  sqlite3_stmt *event_stmt;
  guint working_days = 0;
  guint per_day;
  guint made = 0;
  gint64 now_usec = to_usec (now);
  gboolean ok = TRUE;

  {
    g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT id FROM procedure", error);
    gboolean has_row;

    if (stmt == NULL)
      return FALSE;
    while ((ok = mc_database_step (db, stmt, &has_row, error)) && has_row)
      {
        gint64 id = sqlite3_column_int64 (stmt, 0);
        g_array_append_val (procedures, id);
      }
    if (!ok || procedures->len == 0)
      return FALSE;
  }

  /* Weekdays of the last three years, counted back from today. */
  for (int back = 0; back < 3 * 365; back++)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (today, -back);
      if (g_date_time_get_day_of_week (day) <= 5)
        working_days++;
    }
  per_day = (n + working_days - 1) / working_days;
  if (per_day > 9999)
    per_day = 9999;

  if (!mc_database_exec (db, "PRAGMA cache_size = -262144", error) ||
      !mc_database_begin (db, MC_TRANSACTION_WRITE, error))
    return FALSE;

  for (guint i = 1; i <= N_STAFF && ok; i++)
    {
      g_autofree char *sql =
        g_strdup_printf ("INSERT OR IGNORE INTO staff (id, username, full_name, role, "
                         "password_hash, created_at) VALUES (%u, 'canbo%u', '%s %s %s', 1, "
                         "'x', 0)", i, i, pick_family (rand), PICK (rand, middles_male),
                         PICK (rand, givens_male));
      ok = mc_database_exec (db, sql, error);
    }

  dossier_stmt = mc_database_prepare (db, insert_dossier, error);
  event_stmt = mc_database_prepare (db, insert_event_sql, error);
  ok = ok && dossier_stmt != NULL && event_stmt != NULL;

  /* Oldest day first, so that ids grow with the moment of receipt. */
  for (int back = 3 * 365 - 1; back >= 0 && ok && made < n; back--)
    {
      g_autoptr(GDateTime) day = g_date_time_add_days (today, -back);
      g_autofree char *yymmdd = NULL;
      guint today_count;

      if (g_date_time_get_day_of_week (day) > 5)
        continue;

      yymmdd = g_date_time_format (day, "%y%m%d");
      today_count = MIN (per_day, n - made);

      for (guint k = 1; k <= today_count && ok; k++)
        {
          gint64 id = made + 1;
          gboolean male = g_rand_boolean (rand);
          g_autofree char *code = g_strdup_printf (AGENCY "-%s-%04u", yymmdd, k);
          g_autofree char *name = g_strdup_printf ("%s %s %s", pick_family (rand),
                                                   male ? PICK (rand, middles_male)
                                                        : PICK (rand, middles_female),
                                                   male ? PICK (rand, givens_male)
                                                        : PICK (rand, givens_female));
          int birth_year = g_rand_int_range (rand, 1945, 2006);
          g_autofree char *id_number = g_strdup_printf ("%s%d%02d%06u", PICK (rand, provinces),
                                                        (male ? 0 : 1) + (birth_year >= 2000 ? 2 : 0),
                                                        birth_year % 100,
                                                        (guint) g_rand_int_range (rand, 0, 1000000));
          g_autofree char *birth = g_strdup_printf ("%02d/%02d/%d", g_rand_int_range (rand, 1, 29),
                                                    g_rand_int_range (rand, 1, 13), birth_year);
          g_autofree char *phone = g_strdup_printf ("%s%07u", PICK (rand, phone_prefixes),
                                                    (guint) g_rand_int_range (rand, 0, 10000000));
          g_autofree char *address = g_strdup_printf ("Thôn %d, xã Tân Lập",
                                                      g_rand_int_range (rand, 1, 12));
          gint64 received = to_usec (day) +
                            (gint64) g_rand_int_range (rand, 7 * 3600 + 1800, 17 * 3600) * G_USEC_PER_SEC;
          gint64 due = received + (gint64) g_rand_int_range (rand, 1, 16) * 24 * 3600 * G_USEC_PER_SEC;
          gint64 assignee = g_rand_int_range (rand, 1, N_STAFF + 1);
          int channel = g_rand_int_range (rand, 0, 100) < 60 ? 1
                        : g_rand_int_range (rand, 0, 100) < 88 ? 2 : 3;
          int age_days = back;
          int roll = g_rand_int_range (rand, 0, 1000);
          int status;
          int n_events;
          gint64 finished = 0;
          gint64 returned = 0;

          /* Older dossiers are mostly done; recent ones are on the way. */
          if (age_days > 30)
            status = roll < 900 ? 10 : roll < 940 ? 9 : roll < 960 ? 3 : roll < 975 ? 7
                     : roll < 985 ? 8 : roll < 992 ? 4 : roll < 996 ? 5 : 6;
          else
            status = roll < 150 ? 2 : roll < 450 ? 4 : roll < 520 ? 5 : roll < 560 ? 6
                     : roll < 700 ? 9 : roll < 980 ? 10 : 3;
          if (channel != 1 && status == 2 && roll % 3 == 0)
            status = 1;

          if (status == 9 || status == 10)
            finished = MIN (due - (gint64) g_rand_int_range (rand, -2, 5) * 24 * 3600 * G_USEC_PER_SEC,
                            now_usec);
          /* Refused, withdrawn and stopped dossiers end too, as the
           * application's steps end them. */
          else if (status == 3 || status == 7 || status == 8)
            finished = MIN (received + (gint64) g_rand_int_range (rand, 0, 5) * 24 * 3600 * G_USEC_PER_SEC,
                            now_usec);
          if (status == 10)
            returned = MIN (finished + (gint64) g_rand_int_range (rand, 1, 3) * 24 * 3600 * G_USEC_PER_SEC,
                            now_usec);
          finished = MAX (finished, finished != 0 ? received : 0);
          returned = MAX (returned, returned != 0 ? finished : 0);

          n_events = status == 3 || status == 1 ? 2 : status == 10 ? 5
                     : status == 9 ? 4 : g_rand_int_range (rand, 2, 4);

          sqlite3_bind_int64 (dossier_stmt, 1, id);
          sqlite3_bind_text (dossier_stmt, 2, code, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (dossier_stmt, 3, g_array_index (procedures, gint64,
                                                              g_rand_int_range (rand, 0, procedures->len)));
          sqlite3_bind_int (dossier_stmt, 4, status);
          sqlite3_bind_int (dossier_stmt, 5, status != 1 && status != 3);
          sqlite3_bind_int (dossier_stmt, 6, channel);
          sqlite3_bind_text (dossier_stmt, 7, name, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (dossier_stmt, 8, id_number, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (dossier_stmt, 9, birth, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (dossier_stmt, 10, phone, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (dossier_stmt, 11, address, -1, SQLITE_TRANSIENT);
          sqlite3_bind_int64 (dossier_stmt, 12, received);
          sqlite3_bind_int64 (dossier_stmt, 13, due);
          if (finished != 0)
            sqlite3_bind_int64 (dossier_stmt, 14, finished);
          if (returned != 0)
            sqlite3_bind_int64 (dossier_stmt, 15, returned);
          if (status != 1 && status != 2 && status != 3)
            sqlite3_bind_int64 (dossier_stmt, 16, assignee);
          sqlite3_bind_int (dossier_stmt, 17, n_events);
          ok = step_done (db, dossier_stmt, error);

          /* Receipt, hand-over, processing, result, return (2 to 5 steps). */
          for (int e = 0; e < n_events && ok; e++)
            {
              static const int actions[] = { 0, 3, 4, 13, 14 };
              int after = e == n_events - 1 ? status : (e == 0 ? 2 : 4);
              int before = e == 0 ? 0 : (e == 1 ? 2 : 4);

              ok = insert_event (db, event_stmt, rand, id, actions[MIN (e, 4)], before, after,
                                 assignee, received + (gint64) e * 3600 * G_USEC_PER_SEC, e + 1,
                                 error);
            }

          made++;
        }
    }

  g_clear_pointer (&dossier_stmt, mc_database_release);
  g_clear_pointer (&event_stmt, mc_database_release);

  if (!mc_database_end (db, ok, ok ? error : NULL) || !ok)
    return FALSE;

  return mc_database_exec (db, "PRAGMA optimize", error);
}

/*
 * Measurements
 */

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} Opened;

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Opened *opened = user_data;

  opened->ok = mc_db_worker_open_finish (MC_DB_WORKER (object), result, &opened->error);
  opened->done = TRUE;
}

/* Waits until the model answered the query and the first screen is real
 * rows, reading them as a list view would. */
static double
settle (McDossierListModel *model,
        gint64              start)
{
  for (;;)
    {
      guint n;
      gboolean all_real = TRUE;

      while (mc_dossier_list_model_get_loading (model))
        g_main_context_iteration (NULL, TRUE);

      n = MIN (SCREEN_ROWS, g_list_model_get_n_items (G_LIST_MODEL (model)));
      for (guint i = 0; i < n && all_real; i++)
        {
          g_autoptr(McDossier) dossier = g_list_model_get_item (G_LIST_MODEL (model), i);
          all_real = !mc_dossier_list_model_is_placeholder (dossier);
        }
      if (all_real)
        break;
      g_main_context_iteration (NULL, TRUE);
    }

  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

static double
median (GArray *values)
{
  g_array_sort (values, compare_doubles);
  if (values->len == 0)
    return 0;
  if (values->len % 2 == 1)
    return g_array_index (values, double, values->len / 2);
  return (g_array_index (values, double, values->len / 2 - 1) +
          g_array_index (values, double, values->len / 2)) / 2;
}

static const char *
verdict (double value,
         double target)
{
  return value < target ? "MET" : "MISSED";
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(McDbWorker) worker = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *keep_db = NULL;
  g_autoptr(GArray) firsts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) all_filters = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) intakes = g_array_new (FALSE, FALSE, sizeof (double));
  Opened opened = { FALSE, };
  int n_dossiers = 1000000;
  int rounds = 7;
  int seed = 20260101;
  int status = 1;
  guint total = 0;
  double generate_ms = 0;
  gboolean reuse = FALSE;
  const GOptionEntry entries[] = {
    { "dossiers", 'n', 0, G_OPTION_ARG_INT, &n_dossiers, "Dossiers to generate (1000000)", "N" },
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Times each measure is taken (7)", "R" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the generator", "S" },
    { "keep-db", 0, 0, G_OPTION_ARG_FILENAME, &keep_db,
      "Write the database to PATH and keep it; reuse it if it exists", "PATH" },
    { NULL }
  };
  struct {
    const char     *name;
    McDossierQuery *query;
    GArray         *times;
  } filters[5];

  setlocale (LC_ALL, "");

  context = g_option_context_new ("— time the dossier list on N synthetic dossiers");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      n_dossiers < 1 || n_dossiers > 5000000 || rounds < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message
                                        : "--dossiers must be 1 to 5000000, --rounds at least 1");
      return 2;
    }

  if (keep_db != NULL)
    {
      path = g_strdup (keep_db);
      reuse = g_file_test (keep_db, G_FILE_TEST_EXISTS);
    }
  else if ((tmpdir = g_dir_make_tmp ("motcua-bench-XXXXXX", &error)) != NULL)
    path = g_build_filename (tmpdir, "dossiers.sqlite", NULL);
  else
    goto out;

  {
    g_autoptr(McDatabase) db = mc_database_open (path, &error);
    McImportResult counts;
    gint64 start;

    if (db == NULL)
      goto out;

    if (!reuse)
      {
        if (!mc_catalogue_import_bundled (db, &counts, &error) ||
            !mc_dossier_store_set_office_identity (db, AGENCY, "UBND xã Tân Lập", "Tân Lập",
                                                   &error))
          goto out;

        start = g_get_monotonic_time ();
        if (!generate (db, n_dossiers, seed, now, &error))
          goto out;
        generate_ms = (g_get_monotonic_time () - start) / 1000.0;
      }

    {
      g_autoptr(McStatement) stmt = mc_database_prepare (db, "SELECT count(*) FROM dossier", &error);
      gboolean has_row;

      if (stmt == NULL || !mc_database_step (db, stmt, &has_row, &error))
        goto out;
      total = sqlite3_column_int (stmt, 0);
    }

    g_print ("Synthetic dossiers\n"
             "  dossiers (N)        %u%s\n", total, reuse ? " (reused database)" : "");
    if (!reuse)
      g_print ("  generated in        %.1f s (with 2-5 events each, search index, counts)\n",
               generate_ms / 1000.0);
  }

  worker = mc_db_worker_new ();
  mc_db_worker_open_async (worker, path, NULL, opened_cb, &opened);
  while (!opened.done)
    g_main_context_iteration (NULL, TRUE);
  if (!opened.ok)
    {
      g_propagate_error (&error, opened.error);
      goto out;
    }

  /* First screen: a new model each time, as the page opens. */
  for (int r = 0; r < rounds + 1; r++)
    {
      g_autoptr(McDossierListModel) model = mc_dossier_list_model_new (worker);
      g_autoptr(McDossierQuery) query = mc_dossier_query_new ();
      gint64 start = g_get_monotonic_time ();
      double ms;

      mc_dossier_list_model_set_now (model, now);
      mc_dossier_list_model_reload (model);
      mc_dossier_list_model_set_query (model, query);
      ms = settle (model, start);
      if (mc_dossier_list_model_get_error_message (model) != NULL)
        {
          g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s",
                       mc_dossier_list_model_get_error_message (model));
          goto out;
        }
      /* The first run opens the file's pages: not counted. */
      if (r > 0)
        g_array_append_val (firsts, ms);
    }

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      filters[i].query = mc_dossier_query_new ();
      filters[i].times = g_array_new (FALSE, FALSE, sizeof (double));
    }
  filters[0].name = "status = processing";
  filters[0].query->status = MC_DOSSIER_STATUS_PROCESSING;
  filters[1].name = "deadline = overdue";
  filters[1].query->deadline = MC_DEADLINE_FILTER_OVERDUE;
  filters[2].name = "channel = online";
  filters[2].query->channel = MC_CHANNEL_ONLINE;
  filters[3].name = "search \"nguyen van\"";
  mc_dossier_query_set_search_text (filters[3].query, "nguyen van");
  filters[4].name = "sort by due date";
  filters[4].query->sort = MC_DOSSIER_SORT_DUE;
  filters[4].query->descending = FALSE;

  {
    g_autoptr(McDossierListModel) model = mc_dossier_list_model_new (worker);
    g_autoptr(McDossierQuery) base = mc_dossier_query_new ();

    mc_dossier_list_model_set_now (model, now);
    mc_dossier_list_model_reload (model);
    settle (model, g_get_monotonic_time ());

    g_print ("\nFilter changes (from the whole list; median of %d)\n", rounds);
    for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
      {
        for (int r = 0; r < rounds + 1; r++)
          {
            gint64 start;
            double ms;

            mc_dossier_list_model_set_query (model, base);
            settle (model, g_get_monotonic_time ());

            start = g_get_monotonic_time ();
            mc_dossier_list_model_set_query (model, filters[i].query);
            ms = settle (model, start);
            if (r > 0)
              {
                g_array_append_val (filters[i].times, ms);
                g_array_append_val (all_filters, ms);
              }
          }
        g_print ("  %-24s %8.1f ms   %7u rows%s\n", filters[i].name, median (filters[i].times),
                 mc_dossier_list_model_get_n_total (model),
                 mc_dossier_list_model_get_capped (model) ? " (capped: latest matches)" : "");
      }
  }

  /* Intake: the store on a second connection, as the worker would. */
  {
    g_autoptr(McDatabase) db = mc_database_open (path, &error);
    static const McDraftComponent papers[] = {
      { "Tờ khai", 1, 0, TRUE },
      { "Giấy khai sinh", 0, 1, TRUE },
    };
    McActor clerk = { 0, "Nguyễn Thị Hoa", "Cán bộ một cửa", MC_STAFF_ROLE_CLERK, "QUAY-1" };
    g_autofree char *procedure_code = NULL;

    if (db == NULL)
      goto out;

    /* A procedure with a processing time, or no appointment can be set. */
    {
      g_autoptr(McStatement) stmt =
        mc_database_prepare (db, "SELECT p.code FROM procedure p JOIN dossier d "
                             "ON d.procedure_id = p.id WHERE EXISTS (SELECT 1 FROM procedure_time t "
                             "WHERE t.procedure_id = p.id AND t.time_value IS NOT NULL) "
                             "ORDER BY d.id DESC LIMIT 1", &error);
      gboolean has_row;

      if (stmt == NULL || !mc_database_step (db, stmt, &has_row, &error))
        goto out;
      procedure_code = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    }

    for (int i = 0; i < 51; i++)
      {
        McDossierDraft draft = { 0, };
        g_autoptr(McDossier) dossier = NULL;
        g_autoptr(GDateTime) received = g_date_time_new_now_utc ();
        gint64 start;
        double ms;

        draft.procedure_code = procedure_code;
        draft.applicant_name = "Trần Văn Bình";
        draft.id_number = "001090012345";
        draft.phone = "0912 345 678";
        draft.address = "Thôn 3, xã Tân Lập";
        draft.components = papers;
        draft.n_components = G_N_ELEMENTS (papers);

        start = g_get_monotonic_time ();
        dossier = mc_dossier_store_receive (db, &draft, &clerk, received, &error);
        ms = (g_get_monotonic_time () - start) / 1000.0;
        if (dossier == NULL)
          goto out;
        if (i > 0)
          g_array_append_val (intakes, ms);
      }
  }

  {
    double first = median (firsts);
    double filter = median (all_filters);
    double worst_filter = 0;
    double intake = median (intakes);

    for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
      worst_filter = MAX (worst_filter, median (filters[i].times));

    g_print ("\nSummary, N=%u\n"
             "  first screen        median %7.1f ms (target < %.0f ms): %s\n"
             "  filter change       median %7.1f ms, slowest filter %.1f ms (target < %.0f ms): %s\n"
             "  intake save         median %7.1f ms of %u (target < %.0f ms): %s\n",
             total, first, FIRST_SCREEN_TARGET_MS, verdict (first, FIRST_SCREEN_TARGET_MS),
             filter, worst_filter, FILTER_TARGET_MS, verdict (worst_filter, FILTER_TARGET_MS),
             intake, intakes->len, INTAKE_TARGET_MS, verdict (intake, INTAKE_TARGET_MS));
  }

  for (guint i = 0; i < G_N_ELEMENTS (filters); i++)
    {
      mc_dossier_query_free (filters[i].query);
      g_array_unref (filters[i].times);
    }

  status = 0;

out:
  if (error != NULL)
    g_printerr ("bench-dossiers: %s\n", error->message);
  g_clear_object (&worker);
  if (tmpdir != NULL)
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);
      g_autofree char *shm = g_strconcat (path, "-shm", NULL);

      g_unlink (path);
      g_unlink (wal);
      g_unlink (shm);
      g_rmdir (tmpdir);
    }
  return status;
}
