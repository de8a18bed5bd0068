/* mc-test-portal.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* McTestPortal: the provincial portal of docs/portal-contract.md, in memory,
 * on a loopback SoupServer, for the sync tests.
 *
 * The server runs on the thread-default main context of the thread that
 * calls mc_test_portal_listen(): an in-process client must therefore be
 * asynchronous on the same context (or synchronous on another thread).
 *
 * Endpoints (all POST, all answered application/json; charset=utf-8):
 * - /auth, /service: the contract. Details the contract leaves open:
 *   - a missing or unknown session is 401 with error_code 440, like an
 *     expired one; a wrong username, password or dstcode is 401 with
 *     error_code 401;
 *   - a body that is not a JSON object, a missing or wrong-typed field
 *     ("data", "sau", "gioihan", "nam", "mahoso", "maTTHC") and an unknown
 *     service are HTTP 400 with error_code 400; too many items is HTTP 400
 *     with error_code 413; a "madonvi" other than the portal's is HTTP 400
 *     with error_code 403;
 *   - TraCuuHoSo of an unknown MaHoSo and LayThuTuc of an unknown maTTHC are
 *     HTTP 200 with error_code 404 (and "result": [] for LayThuTuc);
 *   - DongBoHoSoMC: PhienBan (integer ≥ 1), MaMay, MaHoSo, MaTTHC,
 *     TrangThaiHoSo (1–10) and KenhThucHien (1–3) are required; numbers may
 *     be JSON integers or strings of digits; dates, when present and not
 *     empty, must be yyyyMMddHHmmss. The same MaHoSo+PhienBan pushed again
 *     by the MaMay that stored it is answered 0 (idempotent); by another
 *     MaMay it is a conflict (409), as is any older PhienBan while the
 *     stored one came from another MaMay;
 *   - LayHoSoThayDoi lists every change stored on the portal (pushes of
 *     every workstation, online filings): the client tells its own by MaMay
 *     and PhienBan. "cursor" is opaque; a cursor of another McTestPortal
 *     instance starts again from the beginning; "conlai" counts the
 *     distinct dossiers changed after the cursor;
 *   - LayDanhSachTTHC pages by MaTTHC ("sau" is the last MaTTHC seen; the
 *     answer has "cursor" and "conlai" too). A procedure's PhienBan starts at
 *     1 and grows each time its records change (set_catalogue_file() again
 *     or add_procedure()). TrangThai is the last record's TRANGTHAI.
 *   - LayThuTuc answers every record (version) of the code, in file order.
 * - /_test: the control endpoint, for a client in another process. Not
 *   counted, never faulted, no session. Body {"action": …}:
 *   - {"action": "fault_rate", "rate": 0.3, "seed": 1, "faults": ["http_500", …]}
 *     ("faults" optional, as mc_test_portal_set_random_faults());
 *   - {"action": "queue_fault", "service": "DongBoHoSoMC"|"auth"|null,
 *      "fault": "http_500"} (fault nicks: see McTestPortalFault);
 *   - {"action": "clear_faults"}: empties the queue, rate 0;
 *   - {"action": "state"} → {"error_code": 0, "n_dossiers", "n_steps",
 *      "n_stored_twice", "n_calls": {"<service or auth>": n, …},
 *      "total_calls", "dossiers": {"<MaHoSo>": {"PhienBan", "MaMay",
 *      "n_steps"}, …}};
 *   - {"action": "online_filing", "dossier": {…}};
 *   - {"action": "store_from", "mamay": "…", "dossier": {…}};
 *   - {"action": "lookup", "mahoso": "…"} → {"data": <stored dossier>} or 404;
 *   - {"action": "calendar", "nam": 2027, "data": [ {Ngay, Loai, GhiChu} ]};
 *   - {"action": "session_lifetime", "seconds": 5};
 *   - {"action": "timeout_delay", "ms": 500};
 *   - {"action": "expire_sessions"}.
 *   Answers {"error_code": 0} (plus fields), or HTTP 400 with error_code 400.
 */

/* Defaults of motcua-test-portal, for tests that start it. */
#define MC_TEST_PORTAL_DEFAULT_USERNAME "motcua"
#define MC_TEST_PORTAL_DEFAULT_PASSWORD "motcua-test"
#define MC_TEST_PORTAL_DEFAULT_DSTCODE  "MOTCUA-TEST"
#define MC_TEST_PORTAL_DEFAULT_MADONVI  "000.00.00.H00"

/* The MaMay the portal gives online filings. */
#define MC_TEST_PORTAL_ONLINE_MAMAY "DVCQG"

/* The name mc_test_portal_queue_fault() and get_n_calls() use for /auth. */
#define MC_TEST_PORTAL_AUTH "auth"

/**
 * McTestPortalFault:
 * @MC_TEST_PORTAL_FAULT_NONE: no fault ("none").
 * @MC_TEST_PORTAL_FAULT_HTTP_500: HTTP 500, nothing applied ("http_500").
 * @MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS: HTTP 429 with Retry-After: 1,
 *   nothing applied ("too_many_requests").
 * @MC_TEST_PORTAL_FAULT_TIMEOUT: no answer for the timeout delay, then the
 *   connection is closed; nothing applied ("timeout").
 * @MC_TEST_PORTAL_FAULT_SESSION_EXPIRED: 401 with error_code 440 even for a
 *   valid session, which is then invalidated; services only
 *   ("session_expired").
 * @MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE: the call is applied, then the
 *   connection is closed without an answer ("drop_after_store").
 * @MC_TEST_PORTAL_FAULT_MALFORMED_JSON: the call is applied, then answered
 *   200 with the answer's first half ("malformed_json").
 * @MC_TEST_PORTAL_FAULT_ITEM_422: the first item of a DongBoHoSoMC or
 *   CapNhatTienDoHoSoMC call is answered 422 and not stored; the others
 *   are processed normally ("item_422").
 * @MC_TEST_PORTAL_FAULT_ITEM_409: the first item of a DongBoHoSoMC call is
 *   answered 409, not stored, with "portal" the stored dossier (or the item
 *   itself when none is stored) ("item_409").
 *
 * "Connection refused" is mc_test_portal_stop().
 */
typedef enum
{
  MC_TEST_PORTAL_FAULT_NONE,
  MC_TEST_PORTAL_FAULT_HTTP_500,
  MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS,
  MC_TEST_PORTAL_FAULT_TIMEOUT,
  MC_TEST_PORTAL_FAULT_SESSION_EXPIRED,
  MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE,
  MC_TEST_PORTAL_FAULT_MALFORMED_JSON,
  MC_TEST_PORTAL_FAULT_ITEM_422,
  MC_TEST_PORTAL_FAULT_ITEM_409,
} McTestPortalFault;

#define MC_TEST_PORTAL_N_FAULTS (MC_TEST_PORTAL_FAULT_ITEM_409 + 1)

#define MC_TYPE_TEST_PORTAL_FAULT (mc_test_portal_fault_get_type ())

GType              mc_test_portal_fault_get_type      (void) G_GNUC_CONST;
const char        *mc_test_portal_fault_to_string     (McTestPortalFault  fault);
gboolean           mc_test_portal_fault_from_string   (const char        *nick,
                                                       McTestPortalFault *fault);

#define MC_TYPE_TEST_PORTAL (mc_test_portal_get_type ())

G_DECLARE_FINAL_TYPE (McTestPortal, mc_test_portal, MC, TEST_PORTAL, GObject)

McTestPortal      *mc_test_portal_new                 (const char        *username,
                                                       const char        *password,
                                                       const char        *dstcode,
                                                       const char        *madonvi)
                                                       G_GNUC_WARN_UNUSED_RESULT;

/* Listening: port 0 picks a free port. Returns "http://127.0.0.1:PORT". */
char              *mc_test_portal_listen              (McTestPortal      *self,
                                                       guint              port,
                                                       GError           **error)
                                                       G_GNUC_WARN_UNUSED_RESULT;
void               mc_test_portal_stop                (McTestPortal      *self);
gboolean           mc_test_portal_is_listening        (McTestPortal      *self);
guint              mc_test_portal_get_port            (McTestPortal      *self);

/* Faults. A queued fault waits for the first call it matches (by name and
 * by kind: item faults wait for a push) and goes before the random ones. */
void               mc_test_portal_set_fault_rate      (McTestPortal      *self,
                                                       double             rate,
                                                       guint32            seed);
void               mc_test_portal_set_random_faults   (McTestPortal      *self,
                                                       const McTestPortalFault *faults,
                                                       guint              n_faults);
void               mc_test_portal_queue_fault         (McTestPortal      *self,
                                                       const char        *service_or_null,
                                                       McTestPortalFault  fault);
void               mc_test_portal_clear_faults        (McTestPortal      *self);
void               mc_test_portal_set_timeout_delay   (McTestPortal      *self,
                                                       guint              msec);
guint              mc_test_portal_get_n_faults        (McTestPortal      *self);

/* Changes made on the portal side; both append to the change log. */
void               mc_test_portal_add_online_filing   (McTestPortal      *self,
                                                       JsonObject        *dossier);
void               mc_test_portal_store_from          (McTestPortal      *self,
                                                       const char        *mamay,
                                                       JsonObject        *dossier);

/* Inspection. */
guint              mc_test_portal_get_n_dossiers      (McTestPortal      *self);
JsonObject        *mc_test_portal_lookup_dossier      (McTestPortal      *self,
                                                       const char        *mahoso);
gint64             mc_test_portal_get_version         (McTestPortal      *self,
                                                       const char        *mahoso);
guint              mc_test_portal_get_n_steps         (McTestPortal      *self);
guint              mc_test_portal_get_n_steps_for     (McTestPortal      *self,
                                                       const char        *mahoso);
gboolean           mc_test_portal_has_step            (McTestPortal      *self,
                                                       const char        *buoc_id);
guint              mc_test_portal_get_n_calls         (McTestPortal      *self,
                                                       const char        *service_or_null);
guint              mc_test_portal_get_n_stored_twice  (McTestPortal      *self);

/* Catalogue, calendar and sessions. */
gboolean           mc_test_portal_set_catalogue_file  (McTestPortal      *self,
                                                       const char        *path,
                                                       GError           **error);
void               mc_test_portal_add_procedure       (McTestPortal      *self,
                                                       JsonObject        *procedure);
void               mc_test_portal_set_calendar        (McTestPortal      *self,
                                                       int                year,
                                                       JsonArray         *days);
void               mc_test_portal_set_session_lifetime (McTestPortal     *self,
                                                       guint              seconds);
void               mc_test_portal_expire_sessions     (McTestPortal      *self);

G_END_DECLS
