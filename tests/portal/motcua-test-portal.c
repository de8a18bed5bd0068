/* motcua-test-portal.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "motcua-test-portal"

#include "config.h"

#include <glib-unix.h>
#include <locale.h>
#include <stdio.h>

#include "mc-test-portal.h"

/* The test portal as a program, for tests that run the app in another
 * process: prints its base URL on one line once listening, then serves
 * until SIGINT or SIGTERM. Tests steer it through POST /_test. */

typedef struct
{
  int    port;
  char  *username;
  char  *password;
  char  *dstcode;
  char  *madonvi;
  char  *catalogue;
  double fault_rate;
  int    seed;
} Options;

static void
options_clear (Options *options)
{
  g_free (options->username);
  g_free (options->password);
  g_free (options->dstcode);
  g_free (options->madonvi);
  g_free (options->catalogue);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Options, options_clear)

static gboolean
parse_options (Options  *options,
               int      *argc,
               char   ***argv,
               GError  **error)
{
  const GOptionEntry entries[] = {
    { "port", 0, 0, G_OPTION_ARG_INT, &options->port, "Port on 127.0.0.1 (0: any)", "N" },
    { "user", 0, 0, G_OPTION_ARG_STRING, &options->username, "Accepted username", "U" },
    { "password", 0, 0, G_OPTION_ARG_STRING, &options->password, "Its password", "P" },
    { "dstcode", 0, 0, G_OPTION_ARG_STRING, &options->dstcode, "Accepted dstcode header", "D" },
    { "madonvi", 0, 0, G_OPTION_ARG_STRING, &options->madonvi, "Agency code", "M" },
    { "catalogue", 0, 0, G_OPTION_ARG_FILENAME, &options->catalogue,
      "Catalogue file (LayThuTuc shape)", "FILE" },
    { "fault-rate", 0, 0, G_OPTION_ARG_DOUBLE, &options->fault_rate,
      "Fraction of calls that get a random fault", "R" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &options->seed, "Seed of the random faults", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new (NULL);

  g_option_context_set_summary (context,
                                "Serves the provincial portal contract in memory, for tests.");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, error))
    return FALSE;

  if (options->port < 0 || options->port > G_MAXUINT16)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--port: 0 to 65535");
      return FALSE;
    }
  if (options->fault_rate < 0.0 || options->fault_rate > 1.0)
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE, "--fault-rate: 0 to 1");
      return FALSE;
    }

  return TRUE;
}

static gboolean
quit_cb (gpointer user_data)
{
  g_main_loop_quit (user_data);
  return G_SOURCE_CONTINUE;
}

static McTestPortal *
create_portal (Options  *options,
               GError  **error)
{
  g_autoptr(McTestPortal) portal = mc_test_portal_new (options->username, options->password,
                                                       options->dstcode, options->madonvi);
  const char *catalogue = options->catalogue;

  /* Without --catalogue, the bundled one of the source tree. */
  if (catalogue == NULL && g_file_test (MC_TEST_PORTAL_CATALOGUE, G_FILE_TEST_EXISTS))
    catalogue = MC_TEST_PORTAL_CATALOGUE;

  if (catalogue != NULL && !mc_test_portal_set_catalogue_file (portal, catalogue, error))
    return NULL;

  if (options->fault_rate > 0.0)
    mc_test_portal_set_fault_rate (portal, options->fault_rate, (guint32) options->seed);

  return g_steal_pointer (&portal);
}

int
main (int   argc,
      char *argv[])
{
  g_auto(Options) options = { 0 };
  g_autoptr(GError) error = NULL;
  g_autoptr(McTestPortal) portal = NULL;
  g_autoptr(GMainLoop) loop = NULL;
  g_autofree char *uri = NULL;
  guint sigint_id;
  guint sigterm_id;

  setlocale (LC_ALL, "");

  if (!parse_options (&options, &argc, &argv, &error) ||
      (portal = create_portal (&options, &error)) == NULL ||
      (uri = mc_test_portal_listen (portal, options.port, &error)) == NULL)
    {
      g_printerr ("motcua-test-portal: %s\n", error->message);
      return 1;
    }

  loop = g_main_loop_new (NULL, FALSE);
  sigint_id = g_unix_signal_add (SIGINT, quit_cb, loop);
  sigterm_id = g_unix_signal_add (SIGTERM, quit_cb, loop);

  /* The one line a test waits for. */
  g_print ("%s\n", uri);
  fflush (stdout);

  g_main_loop_run (loop);

  g_source_remove (sigint_id);
  g_source_remove (sigterm_id);
  mc_test_portal_stop (portal);

  return 0;
}
