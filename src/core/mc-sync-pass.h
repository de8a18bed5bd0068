/* mc-sync-pass.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "mc-database.h"
#include "mc-portal-client.h"

G_BEGIN_DECLS

/* The contract's limits per call. */
#define MC_SYNC_DOSSIERS_PER_CALL 50
#define MC_SYNC_STEPS_PER_CALL 10
#define MC_SYNC_PULL_PAGE 100

/* What one pass did. */
typedef struct
{
  guint dossiers_acknowledged;
  guint steps_acknowledged;
  guint rejected;              /* 422, dossiers and steps */
  guint conflicts;             /* 409 on push, or pulled over unsent changes */
  guint pulled_added;
  guint pulled_updated;
  guint pulled_invalid;        /* items of the portal that could not be stored */
  guint calls;

  /* The catalogue (LayDanhSachTTHC, LayThuTuc). */
  guint    catalogue_imported;     /* procedures fetched and stored */
  guint    catalogue_changed;      /* of those, the ones that changed the local catalogue */
  guint    catalogue_invalid;      /* procedures skipped: invalid data, or refused */
  guint    catalogue_deferred;     /* procedures left for the next pass (the bound per pass) */
  gboolean catalogue_unsupported;  /* the portal does not offer the catalogue */

  /* The official calendar (LayLichNghi). */
  guint    calendar_changed;       /* days added, changed or removed; years confirmed */
  guint    calendar_invalid;       /* days of the portal skipped as invalid */
  guint    calendar_differences;   /* local edits the portal disagrees with, still open */
  guint    calendar_differences_changed; /* differences found, changed or settled */
  gboolean calendar_unsupported;   /* the portal does not offer the calendar */
} McSyncReport;

gboolean mc_sync_pass_run          (McDatabase      *db,
                                    McPortalClient  *client,
                                    McSyncReport    *report,
                                    GCancellable    *cancellable,
                                    GError         **error);
gboolean mc_sync_pass_push         (McDatabase      *db,
                                    McPortalClient  *client,
                                    McSyncReport    *report,
                                    GCancellable    *cancellable,
                                    GError         **error);
gboolean mc_sync_pass_pull         (McDatabase      *db,
                                    McPortalClient  *client,
                                    McSyncReport    *report,
                                    GCancellable    *cancellable,
                                    GError         **error);
guint    mc_sync_backoff_seconds   (guint            failures,
                                    double           jitter);

G_END_DECLS
