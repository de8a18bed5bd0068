/* test-sync-indicator.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The header bar's sync indicator, on a real sync service against the
 * test portal (tests/portal): hidden without a portal, "up to date" with
 * the last time, "offline" with why, and "Sync Now" bringing it back. */

#include "config.h"

#include <glib/gstdio.h>

#include "mc-catalogue-import.h"
#include "mc-dossier-store.h"
#include "mc-portal-store.h"
#include "mc-sync-indicator.h"
#include "mc-test-portal.h"
#include "mc-ui-test-util.h"
#include "mc-working-calendar.h"

#define USERNAME "motcua-tanlap"
#define PASSWORD "mat-khau-cong"
#define AGENCY "000.17.22.H56"

typedef struct
{
  char            *dir;
  char            *path;
  McTestPortal    *portal;
  char            *url;
  McSyncService   *service;
  GtkWindow       *window;
  McSyncIndicator *indicator;
} Fixture;

static char *
give_password (const char  *url,
               const char  *username,
               gpointer     user_data,
               GError     **error)
{
  return g_strdup (PASSWORD);
}

static void
prepare_database (Fixture  *fixture,
                  gboolean  with_portal)
{
  static const McActor clerk = { 0, "Nguyễn Thị Lan", NULL, MC_STAFF_ROLE_ADMINISTRATOR,
                                 "QUAY-1" };
  g_autofree char *catalogue = g_test_build_filename (G_TEST_DIST, "data",
                                                      "catalogue-small.json", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(McDatabase) db = mc_database_open (fixture->path, &error);
  g_autoptr(GDateTime) now = g_date_time_new_now (mc_working_calendar_get_time_zone ());
  g_autoptr(McDossier) dossier = NULL;
  McPortalSettings settings = { fixture->url, (char *) "H56.LGSP", (char *) AGENCY,
                                (char *) USERNAME };
  McImportResult result;
  McDossierDraft draft = { 0, };

  g_assert_no_error (error);
  g_assert_true (mc_catalogue_import_file (db, catalogue, &result, &error));
  g_assert_true (mc_dossier_store_set_office_identity (db, AGENCY, "UBND xã Tân Lập",
                                                       "Tân Lập", &error));
  g_assert_no_error (error);
  if (with_portal)
    {
      g_assert_true (mc_portal_store_save_settings (db, &settings, &error));
      g_assert_no_error (error);
    }
  draft.procedure_code = "1.001193";
  draft.applicant_name = "Trần Văn Đức";
  dossier = mc_dossier_store_receive (db, &draft, &clerk, now, &error);
  g_assert_no_error (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("mc-test-sync-indicator-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "motcua.db", NULL);
  fixture->portal = mc_test_portal_new (USERNAME, PASSWORD, "H56.LGSP", AGENCY);
  fixture->url = mc_test_portal_listen (fixture->portal, 0, &error);
  g_assert_no_error (error);
  prepare_database (fixture, GPOINTER_TO_INT (data));

  fixture->service = mc_sync_service_new (fixture->path, NULL);
  mc_sync_service_set_password_func (fixture->service, give_password, NULL);
  fixture->indicator = g_object_new (MC_TYPE_SYNC_INDICATOR, NULL);
  fixture->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_child (fixture->window, GTK_WIDGET (fixture->indicator));
  mc_sync_indicator_set_service (fixture->indicator, fixture->service);
  gtk_window_present (fixture->window);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *wal = g_strconcat (fixture->path, "-wal", NULL);
  g_autofree char *shm = g_strconcat (fixture->path, "-shm", NULL);

  mc_sync_service_stop (fixture->service);
  gtk_window_destroy (fixture->window);
  g_clear_object (&fixture->service);
  mc_test_portal_stop (fixture->portal);
  g_clear_object (&fixture->portal);
  g_free (fixture->url);
  g_remove (wal);
  g_remove (shm);
  g_remove (fixture->path);
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

typedef struct
{
  Fixture      *fixture;
  McSyncStatus  status;
} Awaited;

static gboolean
has_status (Awaited *awaited)
{
  return mc_sync_service_get_status (awaited->fixture->service) == awaited->status;
}

static void
wait_for (Fixture      *fixture,
          McSyncStatus  status)
{
  Awaited awaited = { fixture, status };

  mc_ui_test_wait_until (has_status, &awaited, "the sync's status");
}

static GtkLabel *
find_label (Fixture    *fixture,
            const char *text_start)
{
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (
    GTK_MENU_BUTTON (gtk_widget_get_first_child (GTK_WIDGET (fixture->indicator)))));

  for (GtkWidget *w = gtk_widget_get_first_child (popover); w != NULL; )
    {
      if (GTK_IS_LABEL (w) && g_str_has_prefix (gtk_label_get_label (GTK_LABEL (w)), text_start))
        return GTK_LABEL (w);
      if (gtk_widget_get_first_child (w) != NULL)
        w = gtk_widget_get_first_child (w);
      else
        {
          while (w != popover && gtk_widget_get_next_sibling (w) == NULL)
            w = gtk_widget_get_parent (w);
          w = w == popover ? NULL : gtk_widget_get_next_sibling (w);
        }
    }
  return NULL;
}

static void
test_hidden_without_portal (Fixture       *fixture,
                            gconstpointer  data)
{
  mc_sync_service_start (fixture->service);
  wait_for (fixture, MC_SYNC_STATUS_NOT_SET_UP);
  mc_ui_test_spin (100);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (fixture->indicator)));
}

static void
test_up_to_date_offline_and_back (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *url = NULL;
  GtkWidget *button = gtk_widget_get_first_child (GTK_WIDGET (fixture->indicator));
  guint port = mc_test_portal_get_port (fixture->portal);

  mc_sync_service_start (fixture->service);
  wait_for (fixture, MC_SYNC_STATUS_UP_TO_DATE);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixture->indicator)));
  g_assert_cmpstr (mc_sync_indicator_get_summary (fixture->indicator), ==,
                   "Up to date with the portal");
  g_assert_cmpstr (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (button)), ==,
                   "emblem-ok-symbolic");
  g_assert_nonnull (find_label (fixture, "Last synced at "));
  g_assert_cmpuint (mc_test_portal_get_n_dossiers (fixture->portal), ==, 1);

  /* The portal goes away: "Sync Now" says so, and why. */
  mc_test_portal_stop (fixture->portal);
  gtk_menu_button_popup (GTK_MENU_BUTTON (button));
  mc_sync_service_sync_now (fixture->service);
  wait_for (fixture, MC_SYNC_STATUS_OFFLINE);
  g_assert_cmpstr (mc_sync_indicator_get_summary (fixture->indicator), ==,
                   "Offline: the portal cannot be reached");
  g_assert_cmpstr (gtk_menu_button_get_icon_name (GTK_MENU_BUTTON (button)), ==,
                   "network-offline-symbolic");
  g_assert_nonnull (find_label (fixture, "Last synced at "));
  g_assert_nonnull (strstr (gtk_label_get_label (find_label (fixture, "Last synced at ")),
                            "The portal cannot be reached"));

  /* Back: the popover's "Sync Now" button syncs. */
  url = mc_test_portal_listen (fixture->portal, port, &error);
  g_assert_no_error (error);
  {
    GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
    GtkWidget *sync_now = mc_ui_test_find_widget (popover, mc_ui_test_match_type,
                                                  GSIZE_TO_POINTER (GTK_TYPE_BUTTON));

    g_assert_nonnull (sync_now);
    g_signal_emit_by_name (sync_now, "clicked");
  }
  wait_for (fixture, MC_SYNC_STATUS_UP_TO_DATE);
}

int
main (int   argc,
      char *argv[])
{
  if (!mc_ui_test_init (&argc, &argv))
    return 1;
  /* The test portal is on loopback; the desktop's proxy settings' schema
   * may not be installed where the tests run. */
  g_setenv ("GIO_USE_PROXY_RESOLVER", "dummy", TRUE);

#define ADD(path, func, with_portal) \
  g_test_add ("/ui/sync-indicator/" path, Fixture, GINT_TO_POINTER (with_portal), \
              fixture_set_up, func, fixture_tear_down)

  ADD ("hidden-without-portal", test_hidden_without_portal, FALSE);
  ADD ("up-to-date-offline-and-back", test_up_to_date_offline_and_back, TRUE);

#undef ADD

  return g_test_run ();
}
