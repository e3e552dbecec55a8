/* kv-launch-timer.c
 *
 * Copyright 2026 Kamervragen developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Starts a program and times its first window from the X server's side, the
 * way a user sees it: no cooperation from the program is needed, so the app
 * and the floor program are measured alike.
 *
 *   first_ms     launch -> the first drawing into its first top-level window
 *   frame_ms     launch -> the end of the first frame that shows anything (a
 *                frame ends when nothing is drawn for 20 ms; a frame of one
 *                colour, as toolkits clear a new window, shows nothing)
 *   settled_ms   launch -> the last drawing before QUIET ms without any
 *   redraws      frames drawn after that first frame, until settled
 *   complete     whether that first frame already looked like the settled
 *                window (less than 1 % of its pixels differ)
 *   peak_rss_kb  the program's peak resident memory (from wait4())
 *
 * usage: kv-launch-timer [-q QUIET_MS] -- COMMAND [ARGUMENT...]
 * Needs an X server without a window manager (Xvfb), and XDamage. With
 * KV_LAUNCH_TIMER_FRAMES=PREFIX it saves the first and the settled frame as
 * PREFIX-first.ppm and PREFIX-settled.ppm, to see what changed.
 */

#define _GNU_SOURCE

#include <X11/Xlib.h>
#include <X11/Xutil.h>
#include <X11/extensions/Xdamage.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define FRAME_GAP_MS    20
#define TIMEOUT_MS      60000
#define MAX_CHANGED     0.01

typedef struct
{
  Display *display;
  Window   window;      /* the program's first top-level window, once mapped */
  Damage   damage;
  double   start_ms;
  double   first_ms;
  double   frame_ms;
  double   settled_ms;
  int      redraws;
  int      in_frame;    /* drawing seen since the last frame ended */
  XImage  *first_frame;
} Watch;

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1000.0 + ts.tv_nsec / 1e6;
}

static XImage *
grab (Watch *watch)
{
  XWindowAttributes attributes;

  XGetWindowAttributes (watch->display, watch->window, &attributes);
  return XGetImage (watch->display, watch->window, 0, 0, attributes.width, attributes.height,
                    AllPlanes, ZPixmap);
}

static double
changed_fraction (XImage *before,
                  XImage *after)
{
  long changed = 0;

  if (before == NULL || after == NULL || before->width != after->width || before->height != after->height)
    return 1.0;

  for (int y = 0; y < after->height; y++)
    for (int x = 0; x < after->width; x++)
      if (XGetPixel (before, x, y) != XGetPixel (after, x, y))
        changed++;

  return (double) changed / ((double) after->width * after->height);
}

static void
save_ppm (XImage     *image,
          const char *prefix,
          const char *name)
{
  char path[4096];
  FILE *file;

  if (image == NULL || prefix == NULL)
    return;

  snprintf (path, sizeof path, "%s-%s.ppm", prefix, name);
  file = fopen (path, "wb");
  if (file == NULL)
    return;

  fprintf (file, "P6\n%d %d\n255\n", image->width, image->height);
  for (int y = 0; y < image->height; y++)
    for (int x = 0; x < image->width; x++)
      {
        unsigned long pixel = XGetPixel (image, x, y);
        unsigned char rgb[3] = { (pixel & image->red_mask) >> 16, (pixel & image->green_mask) >> 8,
                                 pixel & image->blue_mask };

        fwrite (rgb, 1, 3, file);
      }
  fclose (file);
}

/* Waits for the next X event until @deadline_ms; returns FALSE on timeout. */
static int
next_event (Display *display,
            XEvent  *event,
            double   deadline_ms)
{
  struct pollfd fd = { ConnectionNumber (display), POLLIN, 0 };

  while (!XPending (display))
    {
      int timeout = (int) (deadline_ms - now_ms ());

      if (timeout <= 0)
        return 0;
      if (poll (&fd, 1, timeout) < 0 && errno != EINTR)
        return 0;
    }

  XNextEvent (display, event);
  return 1;
}

/* Without a background the server does not clear a new window when it is
 * mapped, so the first drawing seen is the program's own. */
static void
keep_background (Watch                     *watch,
                 const XCreateWindowEvent  *event)
{
  if (!event->override_redirect)
    XSetWindowBackgroundPixmap (watch->display, event->window, None);
}

static void
watch_new_window (Watch  *watch,
                  Window  window)
{
  XWindowAttributes attributes;

  if (watch->window != None || !XGetWindowAttributes (watch->display, window, &attributes))
    return;
  if (attributes.override_redirect || attributes.width <= 1 || attributes.height <= 1)
    return;

  watch->window = window;
  watch->damage = XDamageCreate (watch->display, window, XDamageReportNonEmpty);
}

static int
is_blank (XImage *image)
{
  unsigned long first;

  if (image == NULL || image->width == 0 || image->height == 0)
    return 1;

  first = XGetPixel (image, 0, 0);
  for (int y = 0; y < image->height; y++)
    for (int x = 0; x < image->width; x++)
      if (XGetPixel (image, x, y) != first)
        return 0;

  return 1;
}

static void
on_drawing (Watch *watch,
            int    damage_base,
            XEvent *event)
{
  XDamageNotifyEvent *damage = (XDamageNotifyEvent *) event;
  double t = now_ms () - watch->start_ms;

  if (event->type != damage_base + XDamageNotify || damage->drawable != watch->window)
    return;

  XDamageSubtract (watch->display, watch->damage, None, None);
  if (watch->first_ms < 0)
    watch->first_ms = t;
  if (!watch->in_frame && watch->first_frame != NULL)
    watch->redraws++;
  watch->in_frame = 1;
  watch->settled_ms = t;
}

/* A frame has ended: the first one that shows something is kept, to be
 * compared with the settled window. */
static void
end_frame (Watch *watch)
{
  XImage *image;

  watch->in_frame = 0;
  if (watch->first_frame != NULL)
    return;

  image = grab (watch);
  if (is_blank (image))
    {
      if (image != NULL)
        XDestroyImage (image);
      return;
    }

  watch->first_frame = image;
  watch->frame_ms = watch->settled_ms;
}

static void
run (Watch *watch,
     int    damage_base,
     double quiet_ms)
{
  double deadline = watch->start_ms + TIMEOUT_MS;
  XEvent event;

  while (now_ms () < deadline)
    {
      double wait_until = deadline;

      if (watch->in_frame)
        wait_until = watch->start_ms + watch->settled_ms + FRAME_GAP_MS;
      else if (watch->first_frame != NULL)
        wait_until = watch->start_ms + watch->settled_ms + quiet_ms;

      if (!next_event (watch->display, &event, wait_until))
        {
          if (watch->in_frame)
            end_frame (watch);
          else if (watch->first_frame != NULL)
            return;
          continue;
        }

      if (event.type == CreateNotify && event.xcreatewindow.parent == DefaultRootWindow (watch->display))
        keep_background (watch, &event.xcreatewindow);
      else if (event.type == MapNotify && event.xmap.event == DefaultRootWindow (watch->display))
        watch_new_window (watch, event.xmap.window);
      else if (watch->window != None)
        on_drawing (watch, damage_base, &event);
    }
}

int
main (int   argc,
      char *argv[])
{
  Watch watch = { .first_ms = -1, .frame_ms = -1, .settled_ms = -1 };
  double quiet_ms = 1500;
  int damage_base, error_base, status, first_arg = 1;
  struct rusage usage;
  XImage *settled;
  pid_t pid;

  if (argc > 3 && strcmp (argv[1], "-q") == 0)
    {
      quiet_ms = atof (argv[2]);
      first_arg = 3;
    }
  if (first_arg < argc && strcmp (argv[first_arg], "--") == 0)
    first_arg++;
  if (first_arg >= argc)
    {
      fprintf (stderr, "usage: %s [-q QUIET_MS] -- COMMAND [ARGUMENT...]\n", argv[0]);
      return 2;
    }

  watch.display = XOpenDisplay (NULL);
  if (watch.display == NULL || !XDamageQueryExtension (watch.display, &damage_base, &error_base))
    {
      fprintf (stderr, "kv-launch-timer: needs an X display with the DAMAGE extension\n");
      return 2;
    }
  XSelectInput (watch.display, DefaultRootWindow (watch.display), SubstructureNotifyMask);
  XSync (watch.display, False);

  watch.start_ms = now_ms ();
  pid = fork ();
  if (pid == 0)
    {
      execvp (argv[first_arg], &argv[first_arg]);
      _exit (127);
    }

  run (&watch, damage_base, quiet_ms);

  settled = watch.window != None ? grab (&watch) : NULL;
  kill (pid, SIGTERM);
  if (wait4 (pid, &status, 0, &usage) < 0)
    memset (&usage, 0, sizeof usage);

  if (watch.first_frame == NULL)
    {
      fprintf (stderr, "kv-launch-timer: no window was drawn\n");
      return 1;
    }

  save_ppm (watch.first_frame, getenv ("KV_LAUNCH_TIMER_FRAMES"), "first");
  save_ppm (settled, getenv ("KV_LAUNCH_TIMER_FRAMES"), "settled");

  printf ("first_ms=%.0f frame_ms=%.0f settled_ms=%.0f redraws=%d complete=%s peak_rss_kb=%ld\n",
          watch.first_ms, watch.frame_ms, watch.settled_ms, watch.redraws,
          changed_fraction (watch.first_frame, settled) < MAX_CHANGED ? "yes" : "no",
          usage.ru_maxrss);
  return 0;
}
