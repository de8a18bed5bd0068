/* mc-test-portal-faults.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-test-portal"

#include "config.h"

#include "mc-test-portal-private.h"

/* Which call gets which fault, and the faults that close the connection
 * instead of answering. */

G_DEFINE_ENUM_TYPE (McTestPortalFault, mc_test_portal_fault,
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_NONE, "none"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_HTTP_500, "http_500"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS, "too_many_requests"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_TIMEOUT, "timeout"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_SESSION_EXPIRED, "session_expired"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE, "drop_after_store"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_MALFORMED_JSON, "malformed_json"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_ITEM_422, "item_422"),
  G_DEFINE_ENUM_VALUE (MC_TEST_PORTAL_FAULT_ITEM_409, "item_409"))

typedef struct
{
  McTestPortal      *portal;
  SoupServerMessage *msg;
  guint              source_id;
} McTestPortalClosing;

static void
queued_fault_free (gpointer data)
{
  McTestPortalQueuedFault *queued = data;

  g_free (queued->service);
  g_free (queued);
}

/* The faults an auth call can get: it has no session and no items. A
 * dropped answer to auth only when a test asks for it. */
static gboolean
auth_takes_fault (McTestPortalFault fault,
                  gboolean          random)
{
  switch (fault)
    {
    case MC_TEST_PORTAL_FAULT_HTTP_500:
    case MC_TEST_PORTAL_FAULT_TOO_MANY_REQUESTS:
    case MC_TEST_PORTAL_FAULT_TIMEOUT:
    case MC_TEST_PORTAL_FAULT_MALFORMED_JSON:
      return TRUE;

    case MC_TEST_PORTAL_FAULT_DROP_AFTER_STORE:
      return !random;

    case MC_TEST_PORTAL_FAULT_NONE:
    case MC_TEST_PORTAL_FAULT_SESSION_EXPIRED:
    case MC_TEST_PORTAL_FAULT_ITEM_422:
    case MC_TEST_PORTAL_FAULT_ITEM_409:
    default:
      return FALSE;
    }
}

static gboolean
call_takes_fault (const char        *call,
                  JsonObject        *request,
                  McTestPortalFault  fault,
                  gboolean           random)
{
  if (g_strcmp0 (call, MC_TEST_PORTAL_AUTH) == 0)
    return auth_takes_fault (fault, random);

  if (request == NULL)
    return fault != MC_TEST_PORTAL_FAULT_ITEM_422 && fault != MC_TEST_PORTAL_FAULT_ITEM_409 &&
           fault != MC_TEST_PORTAL_FAULT_NONE;

  return _mc_test_portal_service_takes_fault (call, request, fault);
}

static McTestPortalFault
take_queued_fault (McTestPortal *self,
                   const char   *call,
                   JsonObject   *request)
{
  for (GList *l = self->queued_faults.head; l != NULL; l = l->next)
    {
      McTestPortalQueuedFault *queued = l->data;
      McTestPortalFault fault = queued->fault;

      if (queued->service != NULL && g_strcmp0 (queued->service, call) != 0)
        continue;
      if (!call_takes_fault (call, request, fault, FALSE))
        continue;

      g_queue_delete_link (&self->queued_faults, l);
      queued_fault_free (queued);
      return fault;
    }

  return MC_TEST_PORTAL_FAULT_NONE;
}

/* One draw per call that took no queued fault, whatever the draw gives,
 * so a seed replays the same run. */
static McTestPortalFault
draw_random_fault (McTestPortal *self,
                   const char   *call,
                   JsonObject   *request)
{
  McTestPortalFault candidates[MC_TEST_PORTAL_N_FAULTS];
  guint n_candidates = 0;

  if (self->rand == NULL || self->fault_rate <= 0.0 ||
      g_rand_double (self->rand) >= self->fault_rate)
    return MC_TEST_PORTAL_FAULT_NONE;

  for (guint fault = MC_TEST_PORTAL_FAULT_NONE + 1; fault < MC_TEST_PORTAL_N_FAULTS; fault++)
    if ((self->random_faults & (1u << fault)) != 0 && call_takes_fault (call, request, fault, TRUE))
      candidates[n_candidates++] = fault;

  if (n_candidates == 0)
    return MC_TEST_PORTAL_FAULT_NONE;

  return candidates[g_rand_int_range (self->rand, 0, n_candidates)];
}

McTestPortalFault
_mc_test_portal_pick_fault (McTestPortal *self,
                            const char   *call,
                            JsonObject   *request)
{
  McTestPortalFault fault = take_queued_fault (self, call, request);

  if (fault == MC_TEST_PORTAL_FAULT_NONE)
    fault = draw_random_fault (self, call, request);

  if (fault != MC_TEST_PORTAL_FAULT_NONE)
    {
      self->n_faults++;
      g_debug ("%s gets fault %s", call != NULL ? call : "(no service)",
               mc_test_portal_fault_to_string (fault));
    }

  return fault;
}

/* ------------------------------------------------------------------ */
/* Closing connections without an answer                              */
/* ------------------------------------------------------------------ */

static void
closing_free (gpointer data)
{
  McTestPortalClosing *closing = data;

  g_clear_handle_id (&closing->source_id, g_source_remove);
  g_clear_object (&closing->msg);
  g_free (closing);
}

/* Stealing the connection makes libsoup forget the message (and free it,
 * were it not for our reference); closing the stream is what the client
 * sees: the connection closed before any answer. */
static gboolean
close_cb (gpointer data)
{
  McTestPortalClosing *closing = data;
  g_autoptr(GIOStream) stream = NULL;

  closing->source_id = 0;
  stream = soup_server_message_steal_connection (closing->msg);
  if (stream != NULL)
    g_io_stream_close (stream, NULL, NULL);

  g_ptr_array_remove_fast (closing->portal->closing, closing);
  return G_SOURCE_REMOVE;
}

/* The message stays paused (no answer) until @delay ms have passed, then
 * its connection is closed. Called from the handler, this also leaves the
 * steal for after libsoup is done with the handler's stack. */
void
_mc_test_portal_close_later (McTestPortal      *self,
                             SoupServerMessage *msg,
                             guint              delay)
{
  McTestPortalClosing *closing = g_new0 (McTestPortalClosing, 1);

  closing->portal = self;
  closing->msg = g_object_ref (msg);
  soup_server_message_pause (msg);
  closing->source_id = g_timeout_add (delay, close_cb, closing);
  g_ptr_array_add (self->closing, closing);
}

/* After soup_server_disconnect() has closed the connections. */
void
_mc_test_portal_cancel_closing (McTestPortal *self)
{
  g_ptr_array_set_size (self->closing, 0);
}

void
_mc_test_portal_init_faults (McTestPortal *self)
{
  g_queue_init (&self->queued_faults);
  self->closing = g_ptr_array_new_with_free_func (closing_free);
  self->timeout_delay = 3000;
  mc_test_portal_set_random_faults (self, NULL, 0);
}

void
_mc_test_portal_clear_faults_state (McTestPortal *self)
{
  g_queue_clear_full (&self->queued_faults, queued_fault_free);
  g_clear_pointer (&self->closing, g_ptr_array_unref);
  g_clear_pointer (&self->rand, g_rand_free);
}

/* ------------------------------------------------------------------ */
/* Public API                                                         */
/* ------------------------------------------------------------------ */

const char *
mc_test_portal_fault_to_string (McTestPortalFault fault)
{
  g_autoptr(GEnumClass) klass = g_type_class_ref (MC_TYPE_TEST_PORTAL_FAULT);
  GEnumValue *value = g_enum_get_value (klass, fault);

  return value != NULL ? value->value_nick : NULL;
}

gboolean
mc_test_portal_fault_from_string (const char        *nick,
                                  McTestPortalFault *fault)
{
  g_autoptr(GEnumClass) klass = NULL;
  GEnumValue *value;

  g_return_val_if_fail (fault != NULL, FALSE);

  if (nick == NULL)
    return FALSE;

  klass = g_type_class_ref (MC_TYPE_TEST_PORTAL_FAULT);
  value = g_enum_get_value_by_nick (klass, nick);
  if (value == NULL)
    return FALSE;

  *fault = value->value;
  return TRUE;
}

/**
 * mc_test_portal_set_fault_rate:
 * @rate: the fraction of auth and service calls that get a fault, 0 to 1
 * @seed: the seed of the draws, so a run can be replayed
 *
 * Each call then draws whether it gets a fault and which one, among those
 * of mc_test_portal_set_random_faults() that apply to it (auth calls only
 * get 500, 429, timeout and malformed JSON).
 */
void
mc_test_portal_set_fault_rate (McTestPortal *self,
                               double        rate,
                               guint32       seed)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));
  g_return_if_fail (rate >= 0.0 && rate <= 1.0);

  self->fault_rate = rate;
  g_clear_pointer (&self->rand, g_rand_free);
  self->rand = g_rand_new_with_seed (seed);
}

/**
 * mc_test_portal_set_random_faults:
 * @faults: (nullable): the faults random draws choose from; %NULL for all
 * @n_faults: the length of @faults
 *
 * Item faults (422, 409) leave items that need a person; a test that
 * wants the queue to drain by itself can leave them out.
 */
void
mc_test_portal_set_random_faults (McTestPortal            *self,
                                  const McTestPortalFault *faults,
                                  guint                    n_faults)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));

  if (faults == NULL || n_faults == 0)
    {
      self->random_faults = ((1u << MC_TEST_PORTAL_N_FAULTS) - 1) & ~1u;
      return;
    }

  self->random_faults = 0;
  for (guint i = 0; i < n_faults; i++)
    if (faults[i] > MC_TEST_PORTAL_FAULT_NONE && faults[i] < MC_TEST_PORTAL_N_FAULTS)
      self->random_faults |= 1u << faults[i];
}

/**
 * mc_test_portal_queue_fault:
 * @service_or_null: a service name, %MC_TEST_PORTAL_AUTH, or %NULL for any call
 *
 * The first later call that matches gets @fault; queued faults are used
 * in order. An item fault waits for a push with at least one item.
 */
void
mc_test_portal_queue_fault (McTestPortal      *self,
                            const char        *service_or_null,
                            McTestPortalFault  fault)
{
  McTestPortalQueuedFault *queued;

  g_return_if_fail (MC_IS_TEST_PORTAL (self));
  g_return_if_fail (fault < MC_TEST_PORTAL_N_FAULTS);

  if (fault == MC_TEST_PORTAL_FAULT_NONE)
    return;

  queued = g_new0 (McTestPortalQueuedFault, 1);
  queued->service = g_strdup (service_or_null);
  queued->fault = fault;
  g_queue_push_tail (&self->queued_faults, queued);
}

void
mc_test_portal_clear_faults (McTestPortal *self)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));

  g_queue_clear_full (&self->queued_faults, queued_fault_free);
  self->fault_rate = 0.0;
}

void
mc_test_portal_set_timeout_delay (McTestPortal *self,
                                  guint         msec)
{
  g_return_if_fail (MC_IS_TEST_PORTAL (self));

  self->timeout_delay = msec;
}

/* The number of faults given so far. */
guint
mc_test_portal_get_n_faults (McTestPortal *self)
{
  g_return_val_if_fail (MC_IS_TEST_PORTAL (self), 0);

  return self->n_faults;
}
