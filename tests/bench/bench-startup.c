/* bench-startup.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Start-up timer for build-aux/bench: runs COMMAND and prints the
 * milliseconds from exec until a top-level window of that process is
 * mapped and viewable (what `xdotool search --onlyvisible --pid` finds),
 * then terminates it. The command's output goes to standard error.
 *
 * It listens to the X server's MapNotify events instead of polling:
 * `xdotool search --sync` sleeps 500 ms between searches, which rounds
 * start-ups of about half a second to 0.5 or 1 s.
 *
 * Usage: bench-startup [--timeout S] -- COMMAND [ARGUMENT…]
 */

#include "config.h"

#include <glib.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
#include <X11/Xatom.h>
#include <X11/Xlib.h>

/* The _NET_WM_PID of @window, or 0. GTK sets it before mapping. */
static pid_t
window_pid (Display *display,
            Window   window,
            Atom     net_wm_pid)
{
  Atom type;
  int format;
  unsigned long n_items, remaining;
  unsigned char *data = NULL;
  pid_t pid = 0;

  if (XGetWindowProperty (display, window, net_wm_pid, 0, 1, False, XA_CARDINAL, &type,
                          &format, &n_items, &remaining, &data) == Success &&
      data != NULL && format == 32 && n_items == 1)
    pid = (pid_t) *(unsigned long *) data;

  if (data != NULL)
    XFree (data);

  return pid;
}

static gboolean
is_viewable (Display *display,
             Window   window)
{
  XWindowAttributes attributes;

  return XGetWindowAttributes (display, window, &attributes) &&
         attributes.map_state == IsViewable;
}

static int
ignore_x_error (Display     *display,
                XErrorEvent *event)
{
  /* A window may be gone by the time it is looked at. */
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  Display *display;
  Window root;
  Atom net_wm_pid;
  gint64 start, deadline;
  double timeout = 60;
  pid_t child;
  int status;
  int first = 1;
  gboolean found = FALSE;
  gboolean exited = FALSE;

  if (first < argc && g_str_equal (argv[first], "--timeout") && first + 1 < argc)
    {
      timeout = g_ascii_strtod (argv[first + 1], NULL);
      first += 2;
    }
  if (first < argc && g_str_equal (argv[first], "--"))
    first++;
  if (first >= argc || timeout <= 0)
    {
      g_printerr ("Usage: %s [--timeout S] -- COMMAND [ARGUMENT…]\n", argv[0]);
      return 2;
    }

  display = XOpenDisplay (NULL);
  if (display == NULL)
    {
      g_printerr ("bench-startup: cannot open the display\n");
      return 2;
    }

  XSetErrorHandler (ignore_x_error);
  root = DefaultRootWindow (display);
  net_wm_pid = XInternAtom (display, "_NET_WM_PID", False);
  XSelectInput (display, root, SubstructureNotifyMask);
  XSync (display, False);

  start = g_get_monotonic_time ();
  deadline = start + (gint64) (timeout * G_USEC_PER_SEC);
  child = fork ();
  if (child < 0)
    {
      g_printerr ("bench-startup: fork failed\n");
      return 2;
    }
  if (child == 0)
    {
      /* Only the figure goes to standard output. */
      close (ConnectionNumber (display));
      dup2 (STDERR_FILENO, STDOUT_FILENO);
      execvp (argv[first], argv + first);
      g_printerr ("bench-startup: cannot run %s\n", argv[first]);
      _exit (127);
    }

  while (!found && !exited && g_get_monotonic_time () < deadline)
    {
      struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

      while (!found && XPending (display) > 0)
        {
          XEvent event;

          XNextEvent (display, &event);
          if (event.type == MapNotify && event.xmap.event == root &&
              window_pid (display, event.xmap.window, net_wm_pid) == child &&
              is_viewable (display, event.xmap.window))
            found = TRUE;
        }

      if (!found)
        {
          /* Wake up now and then to notice a child that died. */
          poll (&fd, 1, 50);
          exited = waitpid (child, &status, WNOHANG) == child;
        }
    }

  if (found)
    g_print ("%.1f\n", (g_get_monotonic_time () - start) / 1000.0);
  else if (exited)
    g_printerr ("bench-startup: %s exited before showing a window\n", argv[first]);
  else
    g_printerr ("bench-startup: no window of %s after %.0f s\n", argv[first], timeout);

  if (!exited)
    {
      kill (child, SIGTERM);
      waitpid (child, &status, 0);
    }
  XCloseDisplay (display);

  return found ? 0 : 1;
}
