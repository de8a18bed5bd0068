/* mc-preferences-window.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-preferences-window"

#include "config.h"

#include "mc-preferences-window.h"

#include "mc-accounts-page.h"
#include "mc-application.h"
#include "mc-calendar-page.h"
#include "mc-office-page.h"
#include "mc-portal-page.h"

/* The office's settings, stored in its database (not in GSettings): they
 * belong to the commune, not to the user at the PC. The Accounts page is
 * there only for an administrator; the store refuses anyone else's
 * changes of accounts anyway. The other pages tell whether an
 * administrator uses them: the portal's account, the calendar's
 * differences with the portal's and the backups' restore and folder are
 * an administrator's alone. */

struct _McPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  McContext            *context;
  McStaff              *staff;

  /* Template widgets */
  McAccountsPage       *accounts_page;
  McCalendarPage       *calendar_page;
  McOfficePage         *office_page;
  McPortalPage         *portal_page;
};

G_DEFINE_FINAL_TYPE (McPreferencesWindow, mc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_CONTEXT,
  PROP_STAFF,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static gboolean
is_administrator (McPreferencesWindow *self)
{
  return self->staff != NULL && mc_staff_get_active (self->staff) &&
         mc_staff_get_role (self->staff) == MC_STAFF_ROLE_ADMINISTRATOR;
}

/*
 * GObject overrides
 */

static void
mc_preferences_window_constructed (GObject *object)
{
  McPreferencesWindow *self = (McPreferencesWindow *)object;

  G_OBJECT_CLASS (mc_preferences_window_parent_class)->constructed (object);

  if (self->context != NULL)
    {
      mc_office_page_set_context (self->office_page, self->context, is_administrator (self));
      mc_calendar_page_set_context (self->calendar_page, self->context, is_administrator (self));
      mc_portal_page_set_context (self->portal_page, self->context, is_administrator (self));
    }

  if (MC_IS_APPLICATION (g_application_get_default ()))
    mc_portal_page_set_service (self->portal_page,
                                mc_application_get_sync (MC_APPLICATION (g_application_get_default ())));

  if (self->context != NULL && is_administrator (self))
    {
      mc_accounts_page_set_context (self->accounts_page, self->context, self->staff);
    }
  else
    {
      adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self),
                                     ADW_PREFERENCES_PAGE (self->accounts_page));
      self->accounts_page = NULL;
    }
}

static void
mc_preferences_window_dispose (GObject *object)
{
  McPreferencesWindow *self = (McPreferencesWindow *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_PREFERENCES_WINDOW);
  g_clear_object (&self->context);
  g_clear_object (&self->staff);

  G_OBJECT_CLASS (mc_preferences_window_parent_class)->dispose (object);
}

static void
mc_preferences_window_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  McPreferencesWindow *self = MC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      g_value_set_object (value, self->context);
      break;
    case PROP_STAFF:
      g_value_set_object (value, self->staff);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_preferences_window_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  McPreferencesWindow *self = MC_PREFERENCES_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTEXT:
      self->context = g_value_dup_object (value);
      break;
    case PROP_STAFF:
      self->staff = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_preferences_window_class_init (McPreferencesWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = mc_preferences_window_constructed;
  object_class->dispose = mc_preferences_window_dispose;
  object_class->get_property = mc_preferences_window_get_property;
  object_class->set_property = mc_preferences_window_set_property;

  properties [PROP_CONTEXT] =
    g_param_spec_object ("context", NULL, NULL, MC_TYPE_CONTEXT,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));

  /**
   * McPreferencesWindow:staff:
   *
   * The signed-in account, or %NULL: an administrator gets the Accounts
   * page, and acts as this account there.
   */
  properties [PROP_STAFF] =
    g_param_spec_object ("staff", NULL, NULL, MC_TYPE_STAFF,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_ACCOUNTS_PAGE);
  g_type_ensure (MC_TYPE_CALENDAR_PAGE);
  g_type_ensure (MC_TYPE_OFFICE_PAGE);
  g_type_ensure (MC_TYPE_PORTAL_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, McPreferencesWindow, accounts_page);
  gtk_widget_class_bind_template_child (widget_class, McPreferencesWindow, calendar_page);
  gtk_widget_class_bind_template_child (widget_class, McPreferencesWindow, office_page);
  gtk_widget_class_bind_template_child (widget_class, McPreferencesWindow, portal_page);
}

static void
mc_preferences_window_init (McPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * mc_preferences_window_new:
 * @parent: (nullable): the window to be transient for
 * @context: the open context
 *
 * The window of nobody signed in: without the Accounts page (see
 * mc_preferences_window_new_for_staff()).
 *
 * Returns: (transfer none): a new preferences window, not yet shown; like
 *   every toplevel, GTK owns it until it is destroyed
 */
McPreferencesWindow *
mc_preferences_window_new (GtkWindow *parent,
                           McContext *context)
{
  return mc_preferences_window_new_for_staff (parent, context, NULL);
}

/**
 * mc_preferences_window_new_for_staff:
 * @parent: (nullable): the window to be transient for
 * @context: the open context
 * @staff: (nullable): the signed-in account
 *
 * The Accounts page is shown when @staff is an active administrator.
 *
 * Returns: (transfer none): a new preferences window, not yet shown; like
 *   every toplevel, GTK owns it until it is destroyed
 */
McPreferencesWindow *
mc_preferences_window_new_for_staff (GtkWindow *parent,
                                     McContext *context,
                                     McStaff   *staff)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (MC_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (staff == NULL || MC_IS_STAFF (staff), NULL);

  return g_object_new (MC_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "context", context,
                       "staff", staff,
                       NULL);
}

/**
 * mc_preferences_window_get_staff:
 * @self: a #McPreferencesWindow
 *
 * Returns: (transfer none) (nullable): the signed-in account it was
 *   opened for
 */
McStaff *
mc_preferences_window_get_staff (McPreferencesWindow *self)
{
  g_return_val_if_fail (MC_IS_PREFERENCES_WINDOW (self), NULL);

  return self->staff;
}
