/* mc-error.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define MC_ERROR          (mc_error_quark ())
#define MC_DATABASE_ERROR (mc_database_error_quark ())

/* Errors a user can cause and correct: bad input, a missing record. */
typedef enum
{
  MC_ERROR_INVALID,
  MC_ERROR_NOT_FOUND,
} McError;

/* Errors of the database file itself. */
typedef enum
{
  MC_DATABASE_ERROR_FAILED,
  MC_DATABASE_ERROR_CANT_OPEN,
  MC_DATABASE_ERROR_CORRUPT,
  MC_DATABASE_ERROR_TOO_NEW,
  MC_DATABASE_ERROR_BUSY,
  MC_DATABASE_ERROR_CONSTRAINT,
} McDatabaseError;

GQuark mc_error_quark          (void);
GQuark mc_database_error_quark (void);

G_END_DECLS
