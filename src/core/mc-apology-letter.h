/* mc-apology-letter.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-dossier.h"
#include "mc-office-identity.h"

G_BEGIN_DECLS

/* Who signs the apology for the commune (Nghị định 30/2020, box 7).
 * Strings may be NULL: the authority defaults to "TM. ỦY BAN NHÂN DÂN",
 * a missing title or name is left dotted, to fill in by hand. */
typedef struct
{
  const char *authority;   /* such as "TM. ỦY BAN NHÂN DÂN"; "" for none */
  const char *capacity;    /* such as "KT. CHỦ TỊCH"; NULL when none */
  const char *title;       /* such as "PHÓ CHỦ TỊCH" or "CHỦ TỊCH" */
  const char *name;        /* the signer's full name */
} McApologySigner;

#define MC_APOLOGY_AUTHORITY "TM. ỦY BAN NHÂN DÂN"

GBytes *mc_apology_letter_render (McDossier              *dossier,
                                  const McDossierEvent   *apology_event,
                                  const McOfficeIdentity *office,
                                  const McApologySigner  *signer,
                                  GError                **error) G_GNUC_WARN_UNUSED_RESULT;
GBytes *mc_apology_letter_render_many (GPtrArray              *dossiers,
                                       GPtrArray              *apology_events,
                                       const McOfficeIdentity *office,
                                       const McApologySigner  *signer,
                                       GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
