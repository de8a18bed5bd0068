/* mc-test-portal-client.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <libsoup/soup.h>

#include "mc-test-portal.h"

G_BEGIN_DECLS

/* A bare SoupSession client for the test portal's own tests: requests are
 * written by hand so the tests see the wire, not a client's reading of it. */

typedef struct
{
  guint       status;
  GError     *error;        /* transport error: refused, closed, timed out */
  GBytes     *body;
  JsonObject *json;         /* NULL when the body is not a JSON object */
  char       *content_type;
  char       *retry_after;
  gint64      elapsed_ms;
} McTestReply;

void         mc_test_reply_free         (McTestReply *reply);
JsonArray   *mc_test_reply_get_array    (McTestReply *reply,
                                         const char  *member);
JsonObject  *mc_test_reply_get_item     (McTestReply *reply,
                                         guint        index);
gint64       mc_test_reply_get_int      (McTestReply *reply,
                                         const char  *member);
const char  *mc_test_reply_get_string   (McTestReply *reply,
                                         const char  *member);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McTestReply, mc_test_reply_free)

/* The error_code of an answer; an item's error_code. */
#define mc_test_assert_answer(reply, http, code) \
  G_STMT_START { \
    g_assert_no_error ((reply)->error); \
    g_assert_cmpuint ((reply)->status, ==, (http)); \
    g_assert_nonnull ((reply)->json); \
    g_assert_cmpint (mc_test_reply_get_int ((reply), "error_code"), ==, (code)); \
  } G_STMT_END

#define mc_test_assert_item(reply, index, code) \
  g_assert_cmpint (json_object_get_int_member (mc_test_reply_get_item ((reply), (index)), \
                                               "error_code"), ==, (code))

typedef struct
{
  McTestPortal *portal;
  SoupSession  *session;
  char         *base;
  char         *token;
} McTestPortalFixture;

void         mc_test_portal_fixture_setup    (McTestPortalFixture *fixture,
                                              gconstpointer        data);
void         mc_test_portal_fixture_teardown (McTestPortalFixture *fixture,
                                              gconstpointer        data);

McTestReply *mc_test_request        (SoupSession         *session,
                                     const char          *method,
                                     const char          *uri,
                                     const char          *dstcode,
                                     const char          *body) G_GNUC_WARN_UNUSED_RESULT;
McTestReply *mc_test_post           (SoupSession         *session,
                                     const char          *uri,
                                     const char          *dstcode,
                                     const char          *body) G_GNUC_WARN_UNUSED_RESULT;
McTestReply *mc_test_auth           (McTestPortalFixture *fixture) G_GNUC_WARN_UNUSED_RESULT;
void         mc_test_sign_in        (McTestPortalFixture *fixture);
McTestReply *mc_test_call           (McTestPortalFixture *fixture,
                                     const char          *service,
                                     const char          *members) G_GNUC_WARN_UNUSED_RESULT;
McTestReply *mc_test_push           (McTestPortalFixture *fixture,
                                     const char          *service,
                                     JsonArray           *data) G_GNUC_WARN_UNUSED_RESULT;
McTestReply *mc_test_push_one       (McTestPortalFixture *fixture,
                                     JsonObject          *dossier) G_GNUC_WARN_UNUSED_RESULT;
McTestReply *mc_test_control        (McTestPortalFixture *fixture,
                                     const char          *body) G_GNUC_WARN_UNUSED_RESULT;

JsonObject  *mc_test_make_dossier   (const char          *mahoso,
                                     gint64               version,
                                     const char          *mamay) G_GNUC_WARN_UNUSED_RESULT;
JsonObject  *mc_test_make_step      (const char          *mahoso,
                                     const char          *buoc_id) G_GNUC_WARN_UNUSED_RESULT;
JsonArray   *mc_test_array_of       (JsonObject          *first,
                                     ...) G_GNUC_NULL_TERMINATED G_GNUC_WARN_UNUSED_RESULT;
JsonObject  *mc_test_copy_object    (JsonObject          *object) G_GNUC_WARN_UNUSED_RESULT;
gboolean     mc_test_objects_equal  (JsonObject          *a,
                                     JsonObject          *b);

G_END_DECLS
