/* mc-ui-test-util.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "mc-application.h"
#include "mc-context.h"
#include "mc-document-preview.h"
#include "mc-procedure.h"
#include "mc-staff.h"

G_BEGIN_DECLS

/* How long mc_ui_test_wait_until() waits before failing the test. */
#define MC_UI_TEST_WAIT_MS 10000

typedef gboolean (*McUiTestPredicate)   (gpointer       data);
typedef gboolean (*McUiTestWidgetMatch) (GtkWidget     *widget,
                                         gconstpointer  data);

gboolean       mc_ui_test_init                 (int                  *argc,
                                                char               ***argv);
McApplication *mc_ui_test_register_application (void);
void           mc_ui_test_wait_until_impl      (McUiTestPredicate     predicate,
                                                gpointer              data,
                                                guint                 timeout_ms,
                                                const char           *what,
                                                const char           *file,
                                                int                   line,
                                                const char           *func);
void           mc_ui_test_spin                 (guint                 ms);
gpointer       mc_ui_test_run_on_worker        (McContext            *context,
                                                McDbWorkFunc          func,
                                                gconstpointer         data);
gboolean       mc_ui_test_open_database        (McContext            *context,
                                                const char           *path,
                                                McContextOpenFlags    flags,
                                                GError              **error);
GtkWidget     *mc_ui_test_find_widget          (GtkWidget            *root,
                                                McUiTestWidgetMatch   match,
                                                gconstpointer         data);
gboolean       mc_ui_test_match_type           (GtkWidget            *widget,
                                                gconstpointer         data);
gboolean       mc_ui_test_match_row            (GtkWidget            *widget,
                                                gconstpointer         data);
gboolean       mc_ui_test_match_label          (GtkWidget            *widget,
                                                gconstpointer         data);
gboolean       mc_ui_test_match_action_button  (GtkWidget            *widget,
                                                gconstpointer         data);
gboolean       mc_ui_test_match_button_label   (GtkWidget            *widget,
                                                gconstpointer         data);
gboolean       mc_ui_test_match_row_containing (GtkWidget            *widget,
                                                gconstpointer         data);
guint          mc_ui_test_count_widgets        (GtkWidget            *root,
                                                McUiTestWidgetMatch   match,
                                                gconstpointer         data);
void           mc_ui_test_assert_row_shows     (GtkWidget            *root,
                                                const char           *title,
                                                const char           *label,
                                                const char           *other_label);

/* Iterates the default main context until @predicate (@data) holds; fails
 * the test, naming @what, after MC_UI_TEST_WAIT_MS. */
#define mc_ui_test_wait_until(predicate, data, what) \
  mc_ui_test_wait_until_impl ((McUiTestPredicate) (predicate), (data), MC_UI_TEST_WAIT_MS, \
                              (what), __FILE__, __LINE__, G_STRFUNC)

/* The first widget of type @type in the tree of @root, @root included. */
#define mc_ui_test_find_by_type(root, type) \
  mc_ui_test_find_widget (GTK_WIDGET (root), mc_ui_test_match_type, GSIZE_TO_POINTER (type))

void           mc_ui_test_save_screenshot      (GtkWidget            *widget,
                                                const char           *name);

McProcedure   *mc_ui_test_load_procedure       (McContext            *context,
                                                const char           *code) G_GNUC_WARN_UNUSED_RESULT;
McStaff       *mc_ui_test_load_staff           (McContext            *context,
                                                const char           *username) G_GNUC_WARN_UNUSED_RESULT;
GtkWindow     *mc_ui_test_find_toplevel        (GType                 type);
McDocumentPreview *mc_ui_test_find_preview     (void);
gboolean       mc_ui_test_preview_ready        (gpointer              data);

G_END_DECLS
