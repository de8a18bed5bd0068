/* mc-preferences-test-fixture.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-calendar-page.h"
#include "mc-calendar-store.h"
#include "mc-context.h"
#include "mc-preferences-window.h"
#include "mc-staff.h"
#include "mc-ui-test-util.h"

G_BEGIN_DECLS

/* A preferences window on a database of its own, shown at its
 * working-calendar page, with the rows the tests drive. */
typedef struct
{
  char                *db_path;
  McContext           *context;
  McPreferencesWindow *window;
  McCalendarPage      *page;
  AdwComboRow         *year_row;
  GtkWidget           *confirm_button;
  AdwEntryRow         *date_row;
  AdwComboRow         *kind_row;
  AdwEntryRow         *reason_row;
  AdwEntryRow         *hours_rows[4];
  guint                n_changed;
} McPreferencesTestFixture;

void                 mc_preferences_test_set_up              (McPreferencesTestFixture *fixture,
                                                              gconstpointer             user_data);
void                 mc_preferences_test_tear_down           (McPreferencesTestFixture *fixture,
                                                              gconstpointer             user_data);
void                 mc_preferences_test_open_database       (McPreferencesTestFixture *fixture);
void                 mc_preferences_test_open_window         (McPreferencesTestFixture *fixture,
                                                              McStaff                  *staff);
void                 mc_preferences_test_close_window        (McPreferencesTestFixture *fixture);
gboolean             mc_preferences_test_page_idle           (McPreferencesTestFixture *fixture);
void                 mc_preferences_test_choose_year         (McPreferencesTestFixture *fixture,
                                                              int                       year);
gboolean             mc_preferences_test_match_remove_button (GtkWidget                *widget,
                                                              gconstpointer             data);
GPtrArray           *mc_preferences_test_stored_year         (McContext                *context,
                                                              int                       year,
                                                              gboolean                 *confirmed)
                                                              G_GNUC_WARN_UNUSED_RESULT;
const McCalendarDay *mc_preferences_test_find_stored_day     (GPtrArray                *days,
                                                              guint                     day,
                                                              guint                     month);

/* Waits until the page of @fixture has nothing on its way from the
 * worker; a timeout fails the test, naming @what. */
#define mc_preferences_test_wait_idle(fixture, what) \
  mc_ui_test_wait_until (mc_preferences_test_page_idle, (fixture), (what))

G_END_DECLS
