/* bench-sync.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Sync benchmark: the push of a full outbox to the test portal on
 * loopback.
 *
 * A fresh database gets --dossiers N (10,000) dossiers through the real
 * store, as a counter would make them: each received, handed over and
 * acknowledged, which queues the dossier (at version 3) and three steps
 * in the outbox in the transaction of each change, exactly as the app
 * does. Only the commits are grouped, 500 dossiers a transaction (the
 * store's transactions nest): the same rows, 2.8 s → 1.1 s for 2,000
 * dossiers. It still takes about 20 s for 10,000, most of it in the
 * acknowledgement's lookup of the hand-over, which grows with the
 * database (pending_receiver() in mc-dossier-transition.c).
 *
 * The test portal (tests/portal) then listens on 127.0.0.1, port 0: by
 * default as motcua-test-portal in a child process, so that the memory
 * measured is the client's own; with --portal-in-process in this
 * process, on the main context, the sync on a thread of its own (as in
 * tests/test-sync-pass.c), and the memory includes the portal's.
 *
 * Timed: the push alone, mc_sync_pass_push() on a connection and a
 * McPortalClient of its own, pass after pass until the outbox is empty
 * (one pass, as no fault is injected). Printed: dossiers, steps, calls,
 * seconds, dossiers/s, steps/s (each over the whole push), and the peak
 * memory, VmHWM of /proc/self/status: before setup, after setup, and the
 * push's own peak (the high-water mark is reset as the push starts).
 * Target: 500 dossiers/s or more, MET/MISSED.
 *
 * Afterwards the outbox must be empty and the portal must hold each
 * dossier at its local version with its three steps, N dossiers and 3N
 * steps in all; otherwise the benchmark fails (exit 1).
 *
 * Usage: bench-sync [--dossiers N] [--portal-in-process]; the portal
 * program is the build's, or $MOTCUA_TEST_PORTAL. Exits 0 whether or
 * not the target is met, 1 on errors, 2 on bad options. */

#include "config.h"

#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <sys/prctl.h>
#include <time.h>
#include <unistd.h>

#include "mc-catalogue-import.h"
#include "mc-dossier-store.h"
#include "mc-sync-outbox.h"
#include "mc-sync-pass.h"
#include "mc-test-portal.h"
#include "mc-test-portal-client.h"
#include "mc-test-util.h"
#include "mc-working-calendar.h"

#define TARGET_DOSSIERS_PER_S 500.0
#define STEPS_PER_DOSSIER 3
/* Dossiers per setup transaction. */
#define SETUP_BATCH 500
/* Passes after which a fault-free push that has not emptied the outbox
 * is a failure. */
#define MAX_PASSES 5
#define WORKSTATION "QUAY-1"
#define PROCEDURE "1.001193"

#define USERNAME MC_TEST_PORTAL_DEFAULT_USERNAME
#define PASSWORD MC_TEST_PORTAL_DEFAULT_PASSWORD
#define DSTCODE MC_TEST_PORTAL_DEFAULT_DSTCODE

/*
 * Memory
 */

/* A "Name:   123 kB" line of /proc/PID/status, in kB; 0 if unreadable. */
static guint64
read_status_kb (const char *status_path,
                const char *name)
{
  g_autofree char *contents = NULL;
  g_autofree char *key = g_strconcat ("\n", name, ":", NULL);
  const char *line;

  if (!g_file_get_contents (status_path, &contents, NULL, NULL) ||
      (line = strstr (contents, key)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (key), NULL, 10);
}

static guint64
self_kb (const char *name)
{
  return read_status_kb ("/proc/self/status", name);
}

/* Resets VmHWM to the current VmRSS (Linux ≥ 4.0), so that the next
 * reading is the peak of what follows alone. */
static gboolean
reset_peak (void)
{
  /* Written in place: g_file_set_contents() would rename a new file. */
  FILE *file = fopen ("/proc/self/clear_refs", "w");
  gboolean ok;

  if (file == NULL)
    return FALSE;
  ok = fputs ("5", file) >= 0;
  return fclose (file) == 0 && ok;
}

static double
mb (guint64 kb)
{
  return kb / 1024.0;
}

/*
 * CPU time, which tells the work from the waiting on a busy machine
 */

static double
thread_cpu_seconds (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec + now.tv_nsec / 1e9;
}

/* User and system time of process @pid, from /proc/PID/stat; 0 if
 * unreadable. */
static double
process_cpu_seconds (const char *pid)
{
  g_autofree char *path = g_strdup_printf ("/proc/%s/stat", pid);
  g_autofree char *contents = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after_name;

  /* The name, field 2, is in parentheses and may hold spaces. */
  if (!g_file_get_contents (path, &contents, NULL, NULL) ||
      (after_name = strrchr (contents, ')')) == NULL)
    return 0;
  fields = g_strsplit (after_name + 2, " ", 0);
  /* utime and stime are fields 14 and 15: 11 and 12 after the name. */
  if (g_strv_length (fields) < 13)
    return 0;
  return (g_ascii_strtod (fields[11], NULL) + g_ascii_strtod (fields[12], NULL)) /
         sysconf (_SC_CLK_TCK);
}

/*
 * Setup: the outbox as the app fills it
 */

static const char * const families[] = {
  "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ",
};
static const char * const middles[] = { "Văn", "Thị", "Hữu", "Ngọc", "Minh", "Thanh" };
static const char * const givens[] = {
  "An", "Bình", "Cường", "Dung", "Hà", "Hùng", "Lan", "Long", "Mai", "Nam", "Phương", "Tuấn",
};

static const McDraftComponent papers[] = {
  { "Tờ khai đăng ký khai sinh", 1, 0, TRUE },
  { "Giấy chứng sinh", 1, 0, TRUE },
  { "Căn cước công dân của người đi đăng ký", 0, 1, TRUE },
};

static McActor
clerk (void)
{
  McActor actor = { 0, "Nguyễn Thị Lan", "Công chức", MC_STAFF_ROLE_ADMINISTRATOR, WORKSTATION };

  return actor;
}

/* Dossier @i, received at the counter, handed over and acknowledged: the
 * three steps of every dossier on its way to processing. */
static gboolean
make_dossier (McDatabase  *db,
              guint        i,
              GError     **error)
{
  /* A workstation numbers at most 9,999 dossiers a day: 4,000 a day,
   * from 8:00, a minute apart at most. */
  g_autoptr(GDateTime) day = g_date_time_new (mc_working_calendar_get_time_zone (),
                                              2026, 11, 2, 8, 0, 0);
  g_autoptr(GDateTime) received = g_date_time_add_full (day, 0, 0, i / 4000, 0, i % 4000 / 8,
                                                        i % 8 * 7);
  g_autoptr(GDateTime) handed = g_date_time_add_minutes (received, 20);
  g_autoptr(GDateTime) acknowledged = g_date_time_add_minutes (received, 45);
  g_autoptr(McDossier) dossier = NULL;
  g_autofree char *name = g_strdup_printf ("%s %s %s",
                                           families[i % G_N_ELEMENTS (families)],
                                           middles[i / 7 % G_N_ELEMENTS (middles)],
                                           givens[i / 3 % G_N_ELEMENTS (givens)]);
  g_autofree char *id_number = g_strdup_printf ("0010%02u%06u", 60 + i % 40, i);
  g_autofree char *phone = g_strdup_printf ("09%08u", i * 7919 % 100000000);
  g_autofree char *address = g_strdup_printf ("Thôn %u, xã Tân Lập", 1 + i % 11);
  McActor actor = clerk ();
  McTransitionParams params = { 0, };
  McDossierDraft draft = { 0, };

  draft.procedure_code = PROCEDURE;
  draft.applicant_name = name;
  draft.id_number = id_number;
  draft.phone = phone;
  draft.address = address;
  draft.components = papers;
  draft.n_components = G_N_ELEMENTS (papers);
  draft.received_at = received;

  dossier = mc_dossier_store_receive (db, &draft, &actor, received, error);
  if (dossier == NULL)
    return FALSE;

  return mc_dossier_store_transition (db, mc_dossier_get_code (dossier),
                                      MC_DOSSIER_ACTION_HAND_OVER, &actor, &params, handed,
                                      error) &&
         mc_dossier_store_transition (db, mc_dossier_get_code (dossier),
                                      MC_DOSSIER_ACTION_ACKNOWLEDGE, &actor, &params,
                                      acknowledged, error);
}

static gboolean
fill_outbox (McDatabase  *db,
             guint        n,
             GError     **error)
{
  McImportResult imported;
  McSyncCounts counts;

  if (!mc_catalogue_import_bundled (db, &imported, error) ||
      !mc_dossier_store_set_office_identity (db, MC_TEST_AGENCY, "UBND xã Tân Lập", "Tân Lập",
                                             error))
    return FALSE;

  for (guint i = 0; i < n; i += SETUP_BATCH)
    {
      gboolean ok = mc_database_begin (db, MC_TRANSACTION_WRITE, error);

      for (guint j = i; ok && j < MIN (n, i + SETUP_BATCH); j++)
        ok = make_dossier (db, j, error);
      if (!mc_database_end (db, ok, ok ? error : NULL) || !ok)
        return FALSE;
    }

  /* The queue the app would have: every dossier, every step. */
  if (!mc_sync_outbox_count (db, &counts, error))
    return FALSE;
  if (counts.dossiers_pending != n || counts.steps_pending != n * STEPS_PER_DOSSIER)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the outbox holds %u dossiers and %u steps, not %u and %u",
                   counts.dossiers_pending, counts.steps_pending, n, n * STEPS_PER_DOSSIER);
      return FALSE;
    }

  return TRUE;
}

/*
 * The portal, in a child process or in this one
 */

typedef struct
{
  McTestPortal *portal;    /* in this process */
  GSubprocess  *process;   /* or motcua-test-portal */
  SoupSession  *session;   /* its control endpoint */
  char         *url;
} Portal;

static void
portal_clear (Portal *portal)
{
  if (portal->process != NULL)
    {
      g_subprocess_send_signal (portal->process, SIGTERM);
      g_subprocess_wait (portal->process, NULL, NULL);
    }
  g_clear_object (&portal->process);
  g_clear_object (&portal->session);
  if (portal->portal != NULL)
    mc_test_portal_stop (portal->portal);
  g_clear_object (&portal->portal);
  g_clear_pointer (&portal->url, g_free);
}

static const char *
portal_program (void)
{
  const char *program = g_getenv ("MOTCUA_TEST_PORTAL");

  return program != NULL ? program : MOTCUA_TEST_PORTAL;
}

/* In the child: a benchmark stopped by ^C or killed takes its portal
 * with it (this thread lives until the end). */
static void
die_with_parent (gpointer user_data)
{
  prctl (PR_SET_PDEATHSIG, SIGTERM);
}

static gboolean
portal_start (Portal    *portal,
              gboolean   in_process,
              GError   **error)
{
  if (in_process)
    {
      portal->portal = mc_test_portal_new (USERNAME, PASSWORD, DSTCODE, MC_TEST_AGENCY);
      portal->url = mc_test_portal_listen (portal->portal, 0, error);
      return portal->url != NULL;
    }

  {
    const char *argv[] = {
      portal_program (), "--port", "0", "--user", USERNAME, "--password", PASSWORD,
      "--dstcode", DSTCODE, "--madonvi", MC_TEST_AGENCY, NULL,
    };
    g_autoptr(GSubprocessLauncher) launcher =
      g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
    g_autoptr(GDataInputStream) out = NULL;

    g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
    portal->process = g_subprocess_launcher_spawnv (launcher, argv, error);
    if (portal->process == NULL)
      return FALSE;

    /* Its one line, once listening: the base URL. */
    out = g_data_input_stream_new (g_subprocess_get_stdout_pipe (portal->process));
    portal->url = g_data_input_stream_read_line_utf8 (out, NULL, NULL, error);
    if (portal->url == NULL)
      {
        if (error != NULL && *error == NULL)
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s printed no URL",
                       portal_program ());
        return FALSE;
      }
    portal->session = soup_session_new_with_options ("timeout", 60, NULL);
    return TRUE;
  }
}

/* The portal's VmHWM in kB, when it is another process. */
static guint64
portal_peak_kb (Portal *portal)
{
  g_autofree char *status = NULL;

  if (portal->process == NULL)
    return 0;
  status = g_strdup_printf ("/proc/%s/status", g_subprocess_get_identifier (portal->process));
  return read_status_kb (status, "VmHWM");
}

/* The CPU time the portal used so far: the child's, or this thread's,
 * on whose main context it answers. */
static double
portal_cpu_seconds (Portal *portal)
{
  if (portal->process == NULL)
    return thread_cpu_seconds ();
  return process_cpu_seconds (g_subprocess_get_identifier (portal->process));
}

/* What the portal holds after the push. */
typedef struct
{
  guint        n_dossiers;
  guint        n_steps;
  guint        calls_auth;
  guint        calls_dossiers;
  guint        calls_steps;
  guint        calls_total;
  McTestReply *state;      /* of a child: {"dossiers": {MaHoSo: {PhienBan, n_steps}}} */
} Held;

static void
held_clear (Held *held)
{
  g_clear_pointer (&held->state, mc_test_reply_free);
}

static guint
state_calls (JsonObject *state,
             const char *name)
{
  JsonObject *calls = json_object_get_object_member (state, "n_calls");

  return calls != NULL ? json_object_get_int_member_with_default (calls, name, 0) : 0;
}

static gboolean
portal_read (Portal  *portal,
             Held    *held,
             GError **error)
{
  g_autofree char *control = NULL;
  JsonObject *state;

  if (portal->portal != NULL)
    {
      held->n_dossiers = mc_test_portal_get_n_dossiers (portal->portal);
      held->n_steps = mc_test_portal_get_n_steps (portal->portal);
      held->calls_auth = mc_test_portal_get_n_calls (portal->portal, MC_TEST_PORTAL_AUTH);
      held->calls_dossiers = mc_test_portal_get_n_calls (portal->portal, "DongBoHoSoMC");
      held->calls_steps = mc_test_portal_get_n_calls (portal->portal, "CapNhatTienDoHoSoMC");
      held->calls_total = mc_test_portal_get_n_calls (portal->portal, NULL);
      return TRUE;
    }

  control = g_strconcat (portal->url, "/_test", NULL);
  held->state = mc_test_post (portal->session, control, NULL, "{\"action\": \"state\"}");
  if (held->state->error != NULL || held->state->json == NULL ||
      !json_object_has_member (held->state->json, "dossiers"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the portal's state: %s",
                   held->state->error != NULL ? held->state->error->message : "not JSON");
      return FALSE;
    }

  state = held->state->json;
  held->n_dossiers = json_object_get_int_member_with_default (state, "n_dossiers", 0);
  held->n_steps = json_object_get_int_member_with_default (state, "n_steps", 0);
  held->calls_auth = state_calls (state, MC_TEST_PORTAL_AUTH);
  held->calls_dossiers = state_calls (state, "DongBoHoSoMC");
  held->calls_steps = state_calls (state, "CapNhatTienDoHoSoMC");
  held->calls_total = json_object_get_int_member_with_default (state, "total_calls", 0);
  return TRUE;
}

/* The version and number of steps the portal holds of @code; -1, 0 for
 * none. */
static void
held_dossier (Portal     *portal,
              Held       *held,
              const char *code,
              gint64     *version,
              guint      *n_steps)
{
  JsonObject *dossiers;
  JsonObject *dossier;

  if (portal->portal != NULL)
    {
      *version = mc_test_portal_get_version (portal->portal, code);
      *n_steps = mc_test_portal_get_n_steps_for (portal->portal, code);
      return;
    }

  dossiers = json_object_get_object_member (held->state->json, "dossiers");
  dossier = json_object_has_member (dossiers, code)
            ? json_object_get_object_member (dossiers, code) : NULL;
  *version = dossier != NULL ? json_object_get_int_member_with_default (dossier, "PhienBan", -1)
                             : -1;
  *n_steps = dossier != NULL ? json_object_get_int_member_with_default (dossier, "n_steps", 0)
                             : 0;
}

/* Nothing left to send, and the portal holds every dossier at its local
 * version with its steps: @n dossiers and their 3 @n steps. */
static gboolean
check_result (McDatabase  *db,
              Portal      *portal,
              Held        *held,
              guint        n,
              GError     **error)
{
  /* Printing is not a step (mc_sync_outbox_enqueue()). */
  g_autoptr(McStatement) stmt = mc_database_prepare (db,
    "SELECT d.code, d.version, (SELECT count (*) FROM dossier_event e "
    "  WHERE e.dossier_id = d.id AND e.action <> ?1) FROM dossier d", error);
  McSyncCounts counts;
  gboolean has_row;
  guint local = 0;

  if (stmt == NULL || !mc_sync_outbox_count (db, &counts, error))
    return FALSE;
  if (counts.dossiers_pending + counts.dossiers_rejected + counts.dossiers_conflict +
      counts.steps_pending + counts.steps_rejected != 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the outbox is not empty: %u dossiers pending, %u rejected, %u in conflict, "
                   "%u steps pending, %u rejected", counts.dossiers_pending,
                   counts.dossiers_rejected, counts.dossiers_conflict, counts.steps_pending,
                   counts.steps_rejected);
      return FALSE;
    }

  if (held->n_dossiers != n || held->n_steps != n * STEPS_PER_DOSSIER)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                   "the portal holds %u dossiers and %u steps, not %u and %u",
                   held->n_dossiers, held->n_steps, n, n * STEPS_PER_DOSSIER);
      return FALSE;
    }

  sqlite3_bind_int (stmt, 1, MC_DOSSIER_ACTION_PRINT);
  while (mc_database_step (db, stmt, &has_row, error) && has_row)
    {
      const char *code = (const char *) sqlite3_column_text (stmt, 0);
      gint64 version;
      guint n_steps;

      held_dossier (portal, held, code, &version, &n_steps);
      if (version != sqlite3_column_int (stmt, 1) || n_steps != (guint) sqlite3_column_int (stmt, 2) ||
          n_steps != STEPS_PER_DOSSIER)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "%s: the portal holds version %" G_GINT64_FORMAT " with %u steps, "
                       "the database version %d with %d", code, version, n_steps,
                       sqlite3_column_int (stmt, 1), sqlite3_column_int (stmt, 2));
          return FALSE;
        }
      local++;
    }
  if (error != NULL && *error != NULL)
    return FALSE;
  if (local != n)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "the database holds %u dossiers, not %u",
                   local, n);
      return FALSE;
    }

  return TRUE;
}

/*
 * The push, on a thread of its own as in the app
 */

typedef struct
{
  const char   *db_path;
  const char   *url;
  McSyncReport  report;
  guint         passes;
  guint64       start_rss_kb;
  gboolean      peak_reset;
  double        seconds;
  double        cpu_seconds;
  GError       *error;
  gboolean      ok;
  int           done;
} Push;

static gboolean
push_until_empty (McDatabase      *db,
                  McPortalClient  *client,
                  Push            *push,
                  GError         **error)
{
  for (;;)
    {
      McSyncCounts counts;

      if (!mc_sync_outbox_count (db, &counts, error))
        return FALSE;
      if (counts.dossiers_pending + counts.steps_pending == 0)
        return TRUE;
      if (push->passes == MAX_PASSES)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       "%u dossiers and %u steps still waiting after %u passes",
                       counts.dossiers_pending, counts.steps_pending, push->passes);
          return FALSE;
        }

      push->passes++;
      if (!mc_sync_pass_push (db, client, &push->report, NULL, error))
        return FALSE;
    }
}

static gpointer
push_thread (gpointer data)
{
  Push *push = data;
  g_autoptr(McDatabase) db = mc_database_open (push->db_path, &push->error);
  g_autoptr(McPortalClient) client = NULL;

  if (db != NULL)
    client = mc_portal_client_new (push->url, DSTCODE, MC_TEST_AGENCY, USERNAME, PASSWORD,
                                   &push->error);
  if (client != NULL)
    {
      gint64 start;
      double cpu_start;

      push->peak_reset = reset_peak ();
      push->start_rss_kb = self_kb ("VmRSS");
      cpu_start = thread_cpu_seconds ();
      start = g_get_monotonic_time ();
      push->ok = push_until_empty (db, client, push, &push->error);
      push->seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
      push->cpu_seconds = thread_cpu_seconds () - cpu_start;
    }

  g_atomic_int_set (&push->done, 1);
  g_main_context_wakeup (NULL);
  return NULL;
}

static const char *
verdict (double value,
         double target)
{
  return value >= target ? "MET" : "MISSED";
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  Portal portal = { NULL, };
  Held held = { 0, };
  Push push = { NULL, };
  int n_dossiers = 10000;
  guint n;
  gboolean in_process = FALSE;
  guint64 before_kb, setup_kb, push_kb, portal_kb;
  double setup_s = 0;
  double portal_cpu_s = 0;
  int status = 1;
  const GOptionEntry entries[] = {
    { "dossiers", 'n', 0, G_OPTION_ARG_INT, &n_dossiers, "Dossiers to push (10000)", "N" },
    { "portal-in-process", 0, 0, G_OPTION_ARG_NONE, &in_process,
      "Run the test portal in this process (its memory is then counted too)", NULL },
    { NULL }
  };

  setlocale (LC_ALL, "");
  /* No desktop proxy settings to read for a loopback portal. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

  context = g_option_context_new ("— time the push of a full outbox to the test portal");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      n_dossiers < 1 || n_dossiers > 100000)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "--dossiers must be 1 to 100000");
      return 2;
    }
  n = n_dossiers;

  before_kb = self_kb ("VmHWM");
  tmpdir = mc_test_make_tmp_dir ("motcua-bench-sync-XXXXXX");
  path = g_build_filename (tmpdir, "sync.sqlite", NULL);

  /* Setup, on a connection closed before the push. */
  {
    g_autoptr(McDatabase) db = mc_database_open (path, &error);
    gint64 start = g_get_monotonic_time ();

    if (db == NULL || !fill_outbox (db, n, &error))
      goto out;
    setup_s = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;
  }
  setup_kb = self_kb ("VmHWM");

  if (!portal_start (&portal, in_process, &error))
    goto out;

  {
    GThread *thread;
    double cpu_start = portal_cpu_seconds (&portal);

    push.db_path = path;
    push.url = portal.url;
    thread = g_thread_new ("sync", push_thread, &push);
    /* The in-process portal answers on this thread's main context. */
    while (!g_atomic_int_get (&push.done))
      g_main_context_iteration (NULL, TRUE);
    g_thread_join (thread);
    portal_cpu_s = portal_cpu_seconds (&portal) - cpu_start;
  }
  push_kb = self_kb ("VmHWM");
  portal_kb = portal_peak_kb (&portal);
  if (!push.ok)
    {
      g_propagate_error (&error, g_steal_pointer (&push.error));
      goto out;
    }

  {
    g_autoptr(McDatabase) db = mc_database_open (path, &error);

    if (db == NULL || !portal_read (&portal, &held, &error) ||
        !check_result (db, &portal, &held, n, &error))
      goto out;
  }

  {
    guint n_steps = n * STEPS_PER_DOSSIER;
    double per_s = n / push.seconds;

    g_print ("Sync push to the test portal at %s (%s)\n", portal.url,
             in_process ? "in this process, on the main thread; the sync on another"
                        : "motcua-test-portal, a child process");
    g_print ("  setup               %.1f s: %u dossiers received, handed over and acknowledged "
             "through the store\n", setup_s, n);
    g_print ("  dossiers            %u (acknowledged %u)\n", n,
             push.report.dossiers_acknowledged);
    g_print ("  steps               %u (acknowledged %u)\n", n_steps,
             push.report.steps_acknowledged);
    g_print ("  calls               %u: %u DongBoHoSoMC, %u CapNhatTienDoHoSoMC, %u auth; "
             "%u pass%s\n", held.calls_total, held.calls_dossiers, held.calls_steps,
             held.calls_auth, push.passes, push.passes == 1 ? "" : "es");
    g_print ("  push                %.2f s, %.2f ms a call\n", push.seconds,
             push.seconds * 1000.0 / MAX (held.calls_total, 1));
    g_print ("  cpu                 %.2f s the sync thread, %.2f s the portal\n",
             push.cpu_seconds, portal_cpu_s);
    g_print ("  dossiers/s          %.0f\n", per_s);
    g_print ("  steps/s             %.0f\n", n_steps / push.seconds);
    g_print ("  portal holds        %u dossiers, %u steps; outbox empty\n",
             held.n_dossiers, held.n_steps);

    g_print ("\nPeak memory (VmHWM of this process%s)\n",
             in_process ? ", which includes the test portal's memory" : ": the client alone");
    g_print ("  before setup        %7.1f MB\n", mb (before_kb));
    g_print ("  after setup         %7.1f MB\n", mb (setup_kb));
    if (push.peak_reset)
      {
        g_print ("  after push          %7.1f MB (the push's own peak: VmHWM reset to VmRSS, "
                 "%.1f MB, as it began)\n", mb (push_kb), mb (push.start_rss_kb));
        g_print ("  growth during push  %+7.1f MB\n", mb (push_kb) - mb (push.start_rss_kb));
      }
    else
      {
        g_print ("  after push          %7.1f MB\n", mb (push_kb));
        g_print ("  growth during push  %+7.1f MB (over the setup's peak)\n",
                 mb (push_kb) - mb (setup_kb));
      }
    if (portal_kb != 0)
      g_print ("  test portal         %7.1f MB (VmHWM of the child process, holding %u dossiers)\n",
               mb (portal_kb), held.n_dossiers);

    g_print ("\nSummary, N=%u\n"
             "  sync push           %.0f dossiers/s, %.0f steps/s in %.2f s "
             "(target >= %.0f dossiers/s): %s\n",
             n, per_s, n_steps / push.seconds, push.seconds, TARGET_DOSSIERS_PER_S,
             verdict (per_s, TARGET_DOSSIERS_PER_S));
  }

  status = 0;

out:
  if (error != NULL)
    g_printerr ("bench-sync: %s\n", error->message);
  held_clear (&held);
  portal_clear (&portal);
  g_clear_error (&push.error);
  if (tmpdir != NULL)
    mc_test_remove_tree (tmpdir);
  return status;
}
