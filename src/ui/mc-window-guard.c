/* mc-window-guard.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-window-guard"

#include "config.h"

#include "mc-window-guard.h"

/* Keeps the windows of the work out of reach while the main window is
 * locked behind its sign-in page.
 *
 * The dialogs and the preferences window of the work, and the dialogs
 * these opened in turn (every toplevel whose transient-for chain leads
 * to the guarded window), must not stay usable over the sign-in page:
 * locking hides them, and any of them shown while locked (the answer of
 * a task that ended meanwhile, a dialog a file chooser of the desktop
 * led to) is hidden at once with the others. Unlocking shows them again
 * only to the person they were open for, as they act in that person's
 * name and with that person's rights; to anyone else they are closed. */

struct _McWindowGuard
{
  GObject     parent_instance;

  /* Weak: the window owns the guard. */
  GtkWindow  *window;
  GPtrArray  *hidden_windows;
  gint64      owner_id;
  guint       locked : 1;
};

G_DEFINE_FINAL_TYPE (McWindowGuard, mc_window_guard, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_WINDOW,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Auxiliary functions
 */

/* How many windows up the transient-for chain of @window is the guarded
 * window: 1 for a dialog of the main window, 2 for a dialog of the
 * preferences, 0 for a window that is none of the work's. */
static guint
transient_depth (McWindowGuard *self,
                 GtkWindow     *window)
{
  guint depth = 0;

  if (self->window == NULL)
    return 0;

  for (GtkWindow *parent = window; parent != NULL; parent = gtk_window_get_transient_for (parent))
    {
      if (parent == self->window)
        return depth;
      depth++;
    }

  return 0;
}

static int
compare_depth (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  GtkWindow *window_a = *(GtkWindow **) a;
  GtkWindow *window_b = *(GtkWindow **) b;

  return (int) transient_depth (user_data, window_a) - (int) transient_depth (user_data, window_b);
}

static void
hide_transient_windows (McWindowGuard *self)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      GtkWindow *window = l->data;

      if (transient_depth (self, window) > 0 && gtk_widget_get_visible (GTK_WIDGET (window)))
        {
          g_ptr_array_add (self->hidden_windows, g_object_ref (window));
          gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
        }
    }
}

static void
show_hidden_windows (McWindowGuard *self)
{
  g_autoptr(GPtrArray) windows = g_steal_pointer (&self->hidden_windows);

  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);
  /* Each above the window it belongs to. */
  g_ptr_array_sort_with_data (windows, compare_depth, self);
  for (guint i = 0; i < windows->len; i++)
    gtk_window_present (g_ptr_array_index (windows, i));
}

static void
destroy_hidden_windows (McWindowGuard *self)
{
  g_autoptr(GPtrArray) windows = g_steal_pointer (&self->hidden_windows);

  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < windows->len; i++)
    gtk_window_destroy (g_ptr_array_index (windows, i));
}

/*
 * Callbacks
 */

/* A window of the work shown while locked is hidden at once, with the
 * others. */
static void
toplevel_visible_cb (GtkWindow     *window,
                     GParamSpec    *pspec,
                     McWindowGuard *self)
{
  if (!self->locked || !gtk_widget_get_visible (GTK_WIDGET (window)) ||
      transient_depth (self, window) == 0)
    return;

  if (!g_ptr_array_find (self->hidden_windows, window, NULL))
    g_ptr_array_add (self->hidden_windows, g_object_ref (window));
  gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
}

static void
watch_toplevels (McWindowGuard *self,
                 GListModel    *toplevels,
                 guint          position,
                 guint          n)
{
  for (guint i = position; i < position + n; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (window == self->window)
        continue;
      g_signal_connect_object (window, "notify::visible", G_CALLBACK (toplevel_visible_cb),
                               self, 0);
      toplevel_visible_cb (window, NULL, self);
    }
}

static void
toplevels_changed_cb (GListModel    *toplevels,
                      guint          position,
                      guint          removed,
                      guint          added,
                      McWindowGuard *self)
{
  watch_toplevels (self, toplevels, position, added);
}

/*
 * GObject overrides
 */

static void
mc_window_guard_constructed (GObject *object)
{
  McWindowGuard *self = (McWindowGuard *)object;
  GListModel *toplevels = gtk_window_get_toplevels ();

  G_OBJECT_CLASS (mc_window_guard_parent_class)->constructed (object);

  /* Every toplevel, as any may turn out to be a dialog of the work. */
  g_signal_connect_object (toplevels, "items-changed", G_CALLBACK (toplevels_changed_cb),
                           self, 0);
  watch_toplevels (self, toplevels, 0, g_list_model_get_n_items (toplevels));
}

static void
mc_window_guard_dispose (GObject *object)
{
  McWindowGuard *self = (McWindowGuard *)object;

  g_signal_handlers_disconnect_by_func (gtk_window_get_toplevels (), toplevels_changed_cb, self);
  /* The window goes: its dialogs go with it. */
  self->locked = FALSE;
  if (self->hidden_windows != NULL)
    destroy_hidden_windows (self);
  g_clear_weak_pointer (&self->window);

  G_OBJECT_CLASS (mc_window_guard_parent_class)->dispose (object);
}

static void
mc_window_guard_finalize (GObject *object)
{
  McWindowGuard *self = (McWindowGuard *)object;

  g_clear_pointer (&self->hidden_windows, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_window_guard_parent_class)->finalize (object);
}

static void
mc_window_guard_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  McWindowGuard *self = MC_WINDOW_GUARD (object);

  switch (prop_id)
    {
    case PROP_WINDOW:
      g_value_set_object (value, self->window);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_window_guard_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  McWindowGuard *self = MC_WINDOW_GUARD (object);

  switch (prop_id)
    {
    case PROP_WINDOW:
      g_set_weak_pointer (&self->window, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_window_guard_class_init (McWindowGuardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = mc_window_guard_constructed;
  object_class->dispose = mc_window_guard_dispose;
  object_class->finalize = mc_window_guard_finalize;
  object_class->get_property = mc_window_guard_get_property;
  object_class->set_property = mc_window_guard_set_property;

  properties [PROP_WINDOW] =
    g_param_spec_object ("window", NULL, NULL, GTK_TYPE_WINDOW,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mc_window_guard_init (McWindowGuard *self)
{
  self->hidden_windows = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * mc_window_guard_new:
 * @window: the window whose dialogs to guard
 *
 * Creates a guard of the windows transient for @window, directly or
 * through other windows. The guard does not keep @window alive: the
 * window owns it, and drops it when disposed, which closes the windows
 * still hidden.
 *
 * Returns: (transfer full): a new #McWindowGuard, unlocked
 */
McWindowGuard *
mc_window_guard_new (GtkWindow *window)
{
  g_return_val_if_fail (GTK_IS_WINDOW (window), NULL);

  return g_object_new (MC_TYPE_WINDOW_GUARD,
                       "window", window,
                       NULL);
}

/**
 * mc_window_guard_lock:
 * @self: a #McWindowGuard
 * @owner_id: the id of the person the windows are open for, 0 for nobody
 *
 * Hides the windows transient for the guarded window, and from now on
 * any of them that shows, until mc_window_guard_unlock().
 */
void
mc_window_guard_lock (McWindowGuard *self,
                      gint64         owner_id)
{
  g_return_if_fail (MC_IS_WINDOW_GUARD (self));

  self->locked = TRUE;
  self->owner_id = owner_id;
  hide_transient_windows (self);
}

/**
 * mc_window_guard_unlock:
 * @self: a #McWindowGuard
 * @owner_id: the id of the person now at the window, 0 for nobody
 *
 * Stops hiding the windows of the work. Those hidden are shown again,
 * each above the window it belongs to, if @owner_id is the person's they
 * were hidden for; otherwise they are closed.
 */
void
mc_window_guard_unlock (McWindowGuard *self,
                        gint64         owner_id)
{
  g_return_if_fail (MC_IS_WINDOW_GUARD (self));

  self->locked = FALSE;
  if (owner_id != 0 && owner_id == self->owner_id)
    show_hidden_windows (self);
  else
    destroy_hidden_windows (self);
}

/**
 * mc_window_guard_close:
 * @self: a #McWindowGuard
 *
 * Closes the windows hidden so far, as when their person signs out and
 * nobody comes back to them. A locked guard stays locked.
 */
void
mc_window_guard_close (McWindowGuard *self)
{
  g_return_if_fail (MC_IS_WINDOW_GUARD (self));

  destroy_hidden_windows (self);
}
