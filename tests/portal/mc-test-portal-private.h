/* mc-test-portal-private.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "mc-test-portal.h"

G_BEGIN_DECLS

/* Top-level error codes of answers the contract leaves open. */
#define MC_TEST_PORTAL_ERROR_BAD_REQUEST     400
#define MC_TEST_PORTAL_ERROR_CREDENTIALS     401
#define MC_TEST_PORTAL_ERROR_AGENCY          403
#define MC_TEST_PORTAL_ERROR_NOT_FOUND       404
#define MC_TEST_PORTAL_ERROR_TOO_MANY_ITEMS  413
#define MC_TEST_PORTAL_ERROR_SESSION_EXPIRED 440

/* Per-item codes. */
#define MC_TEST_PORTAL_ITEM_CONFLICT 409
#define MC_TEST_PORTAL_ITEM_INVALID  422

#define MC_TEST_PORTAL_MAX_DOSSIERS   50
#define MC_TEST_PORTAL_MAX_STEPS      10
#define MC_TEST_PORTAL_DEFAULT_LIMIT 100
#define MC_TEST_PORTAL_MAX_LIMIT     500

/* ------------------------------------------------------------------ */
/* The in-memory data: mc-test-portal-store.c, -catalogue.c           */
/* ------------------------------------------------------------------ */

typedef struct
{
  JsonObject *dossier;
  gint64      version;
  char       *mamay;
  guint       n_steps;
} McTestPortalDossier;

typedef struct
{
  GPtrArray *records;
  gint64     version;
} McTestPortalProcedure;

typedef struct
{
  /* Tells this instance's cursors from another's. */
  char       *epoch;

  GHashTable *dossiers;   /* MaHoSo → McTestPortalDossier */
  GHashTable *versions;   /* "MaHoSo/PhienBan" → the MaMay that stored it */
  GHashTable *steps;      /* BuocId → JsonObject */
  GPtrArray  *log;        /* MaHoSo per stored change; the sequence is index + 1 */
  guint       n_stored_twice;

  GHashTable *procedures; /* MATTHC → McTestPortalProcedure */
  GHashTable *calendars;  /* year → JsonArray */
} McTestPortalStore;

McTestPortalStore *_mc_test_portal_store_new            (void);
void               _mc_test_portal_store_free           (McTestPortalStore  *store);

int                _mc_test_portal_store_push_dossier   (McTestPortalStore  *store,
                                                         JsonObject         *item,
                                                         char              **message,
                                                         JsonObject        **portal);
int                _mc_test_portal_store_push_step      (McTestPortalStore  *store,
                                                         JsonObject         *step,
                                                         char              **message);
void               _mc_test_portal_store_put            (McTestPortalStore  *store,
                                                         JsonObject         *dossier,
                                                         const char         *mamay);
McTestPortalDossier *_mc_test_portal_store_lookup       (McTestPortalStore  *store,
                                                         const char         *mahoso);
JsonArray         *_mc_test_portal_store_changes        (McTestPortalStore  *store,
                                                         const char         *after,
                                                         guint               limit,
                                                         char              **cursor,
                                                         guint              *remaining,
                                                         GError            **error);
JsonObject        *_mc_test_portal_store_state          (McTestPortalStore  *store);

gboolean           _mc_test_portal_store_load_catalogue (McTestPortalStore  *store,
                                                         JsonNode           *root,
                                                         GError            **error);
void               _mc_test_portal_store_add_procedure  (McTestPortalStore  *store,
                                                         JsonObject         *record);
JsonArray         *_mc_test_portal_store_list_procedures (McTestPortalStore *store,
                                                         const char         *after,
                                                         guint               limit,
                                                         char              **cursor,
                                                         guint              *remaining);
McTestPortalProcedure *_mc_test_portal_store_get_procedure (McTestPortalStore *store,
                                                         const char         *code);
void               _mc_test_portal_store_set_calendar   (McTestPortalStore  *store,
                                                         int                 year,
                                                         JsonArray          *days);
JsonArray         *_mc_test_portal_store_get_calendar   (McTestPortalStore  *store,
                                                         int                 year);
void               _mc_test_portal_store_init_calendar  (McTestPortalStore  *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McTestPortalStore, _mc_test_portal_store_free)

/* ------------------------------------------------------------------ */
/* Field checks and JSON helpers: mc-test-portal-validate.c           */
/* ------------------------------------------------------------------ */

const char *_mc_test_portal_get_string      (JsonObject  *object,
                                             const char  *member);
gboolean    _mc_test_portal_get_int         (JsonObject  *object,
                                             const char  *member,
                                             gint64      *value);
gboolean    _mc_test_portal_is_date         (const char  *text);
char       *_mc_test_portal_check_dossier   (JsonObject  *item) G_GNUC_WARN_UNUSED_RESULT;
char       *_mc_test_portal_check_step      (JsonObject  *step) G_GNUC_WARN_UNUSED_RESULT;
JsonObject *_mc_test_portal_copy_object     (JsonObject  *object) G_GNUC_WARN_UNUSED_RESULT;
JsonObject *_mc_test_portal_answer_new      (int          error_code,
                                             const char  *message) G_GNUC_WARN_UNUSED_RESULT;

/* ------------------------------------------------------------------ */
/* The services: mc-test-portal-services.c                            */
/* ------------------------------------------------------------------ */

gboolean    _mc_test_portal_service_is_known    (const char        *service);
gboolean    _mc_test_portal_service_takes_fault (const char        *service,
                                                 JsonObject        *request,
                                                 McTestPortalFault  fault);
JsonObject *_mc_test_portal_service_run         (McTestPortalStore *store,
                                                 const char        *service,
                                                 JsonObject        *request,
                                                 McTestPortalFault  item_fault,
                                                 guint             *http_status)
                                                 G_GNUC_WARN_UNUSED_RESULT;

/* ------------------------------------------------------------------ */
/* The server: mc-test-portal.c, mc-test-portal-faults.c              */
/* ------------------------------------------------------------------ */

typedef struct
{
  char              *service;  /* NULL for any call */
  McTestPortalFault  fault;
} McTestPortalQueuedFault;

struct _McTestPortal
{
  GObject            parent_instance;

  char              *username;
  char              *password;
  char              *dstcode;
  char              *madonvi;

  SoupServer        *server;
  guint              port;

  GHashTable        *sessions;          /* token → expiry (monotonic µs), boxed gint64 */
  guint              session_lifetime;  /* seconds */

  double             fault_rate;
  GRand             *rand;
  guint              random_faults;     /* mask of 1 << McTestPortalFault */
  GQueue             queued_faults;     /* McTestPortalQueuedFault */
  guint              timeout_delay;     /* ms */
  GPtrArray         *closing;           /* McTestPortalClosing: paused, to be dropped */
  guint              n_faults;

  GHashTable        *calls;             /* service or "auth" → count */
  guint              n_calls;

  McTestPortalStore *store;
};

void              _mc_test_portal_init_faults   (McTestPortal      *self);
void              _mc_test_portal_clear_faults_state (McTestPortal *self);
McTestPortalFault _mc_test_portal_pick_fault    (McTestPortal      *self,
                                                 const char        *call,
                                                 JsonObject        *request);
void              _mc_test_portal_close_later   (McTestPortal      *self,
                                                 SoupServerMessage *msg,
                                                 guint              delay);
void              _mc_test_portal_cancel_closing (McTestPortal     *self);
JsonObject       *_mc_test_portal_control       (McTestPortal      *self,
                                                 JsonObject        *request,
                                                 guint             *http_status)
                                                 G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
