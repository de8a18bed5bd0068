/* fuzz-replay.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "mc-fuzz.h"

/* The main() of a fuzz target built without libFuzzer (gcc, or clang
 * without -Dfuzzing=true): runs the target once on every file given, and
 * on every file of every folder given, as "fuzz-x CORPUS-DIR" does with
 * libFuzzer. This is how the committed corpus, with the inputs that once
 * crashed, runs in every build's test suite. */

static gboolean
replay_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  if (!g_file_get_contents (path, &contents, &length, &error))
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  printf ("# %s (%" G_GSIZE_FORMAT " bytes)\n", path, length);
  fflush (stdout);
  LLVMFuzzerTestOneInput ((const guint8 *) contents, length);
  return TRUE;
}

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
replay (const char *path,
        guint      *count)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) names = NULL;
  GDir *dir;
  const char *name;

  if (!g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      (*count)++;
      return replay_file (path);
    }

  dir = g_dir_open (path, 0, &error);
  if (dir == NULL)
    {
      g_printerr ("%s\n", error->message);
      return FALSE;
    }

  /* In name order, so that a failure is reproduced in the same place. */
  names = g_ptr_array_new_with_free_func (g_free);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (name[0] != '.')
      g_ptr_array_add (names, g_build_filename (path, name, NULL));
  g_dir_close (dir);
  g_ptr_array_sort (names, compare_paths);

  for (guint i = 0; i < names->len; i++)
    if (!replay (g_ptr_array_index (names, i), count))
      return FALSE;

  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint count = 0;

  if (argc < 2)
    {
      g_printerr ("Usage: %s FILE-OR-FOLDER…\n", argv[0]);
      return 2;
    }

  LLVMFuzzerInitialize (&argc, &argv);

  for (int i = 1; i < argc; i++)
    if (!replay (argv[i], &count))
      return 1;

  if (count == 0)
    {
      g_printerr ("No input found in the folders given\n");
      return 1;
    }

  printf ("# %u inputs replayed\n", count);
  return 0;
}
