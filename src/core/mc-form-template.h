/* mc-form-template.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The titles and fixed sentences of a printed form, which the law may
 * change (domain.md §1.7): data, not code. */
typedef struct _McFormTemplate McFormTemplate;

#define MC_TYPE_FORM_TEMPLATE (mc_form_template_get_type ())

GType           mc_form_template_get_type     (void) G_GNUC_CONST;
McFormTemplate *mc_form_template_load         (const char      *name,
                                               GError         **error) G_GNUC_WARN_UNUSED_RESULT;
McFormTemplate *mc_form_template_ref          (McFormTemplate  *self);
void            mc_form_template_unref        (McFormTemplate  *self);
const char     *mc_form_template_get          (McFormTemplate  *self,
                                               const char      *key);
gboolean        mc_form_template_has          (McFormTemplate  *self,
                                               const char      *key);
char           *mc_form_template_format       (McFormTemplate  *self,
                                               const char      *key,
                                               ...) G_GNUC_NULL_TERMINATED G_GNUC_WARN_UNUSED_RESULT;
GStrv           mc_form_template_list_names   (void) G_GNUC_WARN_UNUSED_RESULT;

void            mc_form_template_set_user_dir (const char      *directory);
char           *mc_form_template_dup_user_dir (void) G_GNUC_WARN_UNUSED_RESULT;

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McFormTemplate, mc_form_template_unref)

G_END_DECLS
