/* mc-staff.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-staff"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "mc-enum-types.h"
#include "mc-staff.h"

/* A local staff account as McStaffStore reads it: never the password
 * hash. The object is only a description; what an account may do is
 * decided by the store from the database, so an object built by hand
 * grants nothing. */
struct _McStaff
{
  GObject      parent_instance;

  gint64       id;
  char        *username;
  char        *full_name;
  char        *title;
  McStaffRole  role;
  guint        active : 1;
};

G_DEFINE_FINAL_TYPE (McStaff, mc_staff, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_USERNAME,
  PROP_FULL_NAME,
  PROP_TITLE,
  PROP_ROLE,
  PROP_ROLE_LABEL,
  PROP_ACTIVE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
mc_staff_finalize (GObject *object)
{
  McStaff *self = (McStaff *)object;

  g_free (self->username);
  g_free (self->full_name);
  g_free (self->title);

  G_OBJECT_CLASS (mc_staff_parent_class)->finalize (object);
}

static void
mc_staff_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  McStaff *self = MC_STAFF (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;
    case PROP_USERNAME:
      g_value_set_string (value, self->username);
      break;
    case PROP_FULL_NAME:
      g_value_set_string (value, self->full_name);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_ROLE:
      g_value_set_enum (value, self->role);
      break;
    case PROP_ROLE_LABEL:
      g_value_set_string (value, mc_staff_role_get_label (self->role));
      break;
    case PROP_ACTIVE:
      g_value_set_boolean (value, self->active);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_staff_class_init (McStaffClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_staff_finalize;
  object_class->get_property = mc_staff_get_property;

  /**
   * McStaff:id:
   *
   * The account's row in the database.
   */
  properties [PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * McStaff:username:
   *
   * The name typed to sign in.
   */
  properties [PROP_USERNAME] =
    g_param_spec_string ("username", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * McStaff:full-name:
   *
   * The person's full name, as printed on receipts and in the history.
   */
  properties [PROP_FULL_NAME] =
    g_param_spec_string ("full-name", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * McStaff:title:
   *
   * The person's position, such as "Phó Chủ tịch UBND xã"; may be empty.
   */
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * McStaff:role:
   *
   * What the account may do.
   */
  properties [PROP_ROLE] =
    g_param_spec_enum ("role", NULL, NULL,
                       MC_TYPE_STAFF_ROLE, MC_STAFF_ROLE_CLERK,
                       (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * McStaff:role-label:
   *
   * The role, translated, for display.
   */
  properties [PROP_ROLE_LABEL] =
    g_param_spec_string ("role-label", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  /**
   * McStaff:active:
   *
   * Whether the account may sign in.
   */
  properties [PROP_ACTIVE] =
    g_param_spec_boolean ("active", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mc_staff_init (McStaff *self)
{
  self->username = g_strdup ("");
  self->full_name = g_strdup ("");
  self->title = g_strdup ("");
  self->role = MC_STAFF_ROLE_CLERK;
  self->active = TRUE;
}

/**
 * mc_staff_new:
 * @id: the account's row, or 0
 * @username: the sign-in name
 * @full_name: the person's full name
 * @title: (nullable): the person's position
 * @role: what the account may do
 * @active: whether the account may sign in
 *
 * Describes an account. Only McStaffStore's functions change accounts;
 * they check the permissions of the account they are given against the
 * database, so a #McStaff made here grants nothing by itself.
 *
 * Returns: (transfer full): a new #McStaff
 */
McStaff *
mc_staff_new (gint64       id,
              const char  *username,
              const char  *full_name,
              const char  *title,
              McStaffRole  role,
              gboolean     active)
{
  McStaff *self;

  g_return_val_if_fail (id >= 0, NULL);
  g_return_val_if_fail ((guint) role <= MC_STAFF_ROLE_ADMINISTRATOR, NULL);

  self = g_object_new (MC_TYPE_STAFF, NULL);
  self->id = id;
  g_free (self->username);
  self->username = g_strdup (username != NULL ? username : "");
  g_free (self->full_name);
  self->full_name = g_strdup (full_name != NULL ? full_name : "");
  g_free (self->title);
  self->title = g_strdup (title != NULL ? title : "");
  self->role = role;
  self->active = active != FALSE;

  return self;
}

gint64
mc_staff_get_id (McStaff *self)
{
  g_return_val_if_fail (MC_IS_STAFF (self), 0);

  return self->id;
}

const char *
mc_staff_get_username (McStaff *self)
{
  g_return_val_if_fail (MC_IS_STAFF (self), NULL);

  return self->username;
}

const char *
mc_staff_get_full_name (McStaff *self)
{
  g_return_val_if_fail (MC_IS_STAFF (self), NULL);

  return self->full_name;
}

const char *
mc_staff_get_title (McStaff *self)
{
  g_return_val_if_fail (MC_IS_STAFF (self), NULL);

  return self->title;
}

McStaffRole
mc_staff_get_role (McStaff *self)
{
  g_return_val_if_fail (MC_IS_STAFF (self), MC_STAFF_ROLE_CLERK);

  return self->role;
}

gboolean
mc_staff_get_active (McStaff *self)
{
  g_return_val_if_fail (MC_IS_STAFF (self), FALSE);

  return self->active;
}

/**
 * mc_staff_role_get_label:
 * @role: a role
 *
 * Returns: the role's name, translated
 */
const char *
mc_staff_role_get_label (McStaffRole role)
{
  switch (role)
    {
    case MC_STAFF_ROLE_CLERK:
      return _("Counter clerk");
    case MC_STAFF_ROLE_OFFICER:
      return _("Processing officer");
    case MC_STAFF_ROLE_LEADER:
      /* Translators: the chairman or a deputy chairman of the commune */
      return _("Leader");
    case MC_STAFF_ROLE_ADMINISTRATOR:
      return _("Administrator");
    default:
      g_return_val_if_reached ("");
    }
}

/**
 * mc_staff_takes_dossiers:
 * @self: a #McStaff
 *
 * Returns: whether dossiers may be handed over to @self: an active
 *   processing officer or leader, as the officer filters offer them
 */
gboolean
mc_staff_takes_dossiers (McStaff *self)
{
  McStaffRole role;

  g_return_val_if_fail (MC_IS_STAFF (self), FALSE);

  role = mc_staff_get_role (self);
  return mc_staff_get_active (self) &&
         (role == MC_STAFF_ROLE_OFFICER || role == MC_STAFF_ROLE_LEADER);
}
