/* mc-dossiers-view.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossiers-view"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-document-preview.h"
#include "mc-dossier-list-page.h"
#include "mc-dossier-page.h"
#include "mc-dossiers-view.h"
#include "mc-intake-form.h"
#include "mc-ui-util.h"

/* The Dossiers page of the window: the list, one dossier, and the intake
 * form, one at a time with the list as the way back. */

struct _McDossiersView
{
  GtkWidget          parent_instance;

  /* Template widgets */
  McDossierPage     *dossier_page;
  McIntakeForm      *intake_form;
  AdwLeaflet        *leaflet;
  McDossierListPage *list_page;

  McDocuments       *documents;
  McActorCopy        actor;
  gboolean           has_actor;
};

G_DEFINE_FINAL_TYPE (McDossiersView, mc_dossiers_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CAN_GO_BACK,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/*
 * Callbacks
 */

static void
dossier_activated_cb (McDossiersView    *self,
                      McDossier         *dossier,
                      McDossierListPage *list_page)
{
  mc_dossiers_view_show_dossier (self, mc_dossier_get_code (dossier));
}

/* After a receipt the clerk sees the new dossier, ready to print its
 * appointment slip, and the list counts it. */
static void
dossier_received_cb (McDossiersView *self,
                     McDossier      *dossier,
                     McIntakeForm   *form)
{
  McDocumentPreview *preview;
  McDocumentKind kind;

  mc_dossier_list_page_reload (self->list_page);
  mc_dossiers_view_show_dossier (self, mc_dossier_get_code (dossier));

  if (self->documents == NULL || !self->has_actor)
    return;

  /* The citizen waits for the slip: it opens ready to print, or the
   * refusal slip (Mẫu 03) for a dossier refused at the counter. */
  kind = mc_dossier_get_status (dossier) == MC_DOSSIER_STATUS_REFUSED
    ? MC_DOCUMENT_REFUSAL_SLIP : MC_DOCUMENT_APPOINTMENT_SLIP;
  preview = mc_document_preview_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                     self->documents, &self->actor.actor);
  mc_document_preview_show_dossier_form (preview, kind, mc_dossier_get_code (dossier));
  gtk_window_present (GTK_WINDOW (preview));
}

static void
visible_child_changed_cb (McDossiersView *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_GO_BACK]);
}

/*
 * GObject overrides
 */

static void
mc_dossiers_view_dispose (GObject *object)
{
  McDossiersView *self = (McDossiersView *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_DOSSIERS_VIEW);
  g_clear_object (&self->documents);
  mc_actor_copy_clear (&self->actor);

  G_OBJECT_CLASS (mc_dossiers_view_parent_class)->dispose (object);
}

static void
mc_dossiers_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  McDossiersView *self = MC_DOSSIERS_VIEW (object);

  switch (prop_id)
    {
    case PROP_CAN_GO_BACK:
      g_value_set_boolean (value, mc_dossiers_view_get_can_go_back (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_dossiers_view_class_init (McDossiersViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_dossiers_view_dispose;
  object_class->get_property = mc_dossiers_view_get_property;

  properties [PROP_CAN_GO_BACK] =
    g_param_spec_boolean ("can-go-back", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (MC_TYPE_DOSSIER_LIST_PAGE);
  g_type_ensure (MC_TYPE_DOSSIER_PAGE);
  g_type_ensure (MC_TYPE_INTAKE_FORM);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-dossiers-view.ui");
  gtk_widget_class_bind_template_child (widget_class, McDossiersView, dossier_page);
  gtk_widget_class_bind_template_child (widget_class, McDossiersView, intake_form);
  gtk_widget_class_bind_template_child (widget_class, McDossiersView, leaflet);
  gtk_widget_class_bind_template_child (widget_class, McDossiersView, list_page);
  gtk_widget_class_bind_template_callback (widget_class, dossier_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, dossier_received_cb);
  gtk_widget_class_bind_template_callback (widget_class, visible_child_changed_cb);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
mc_dossiers_view_init (McDossiersView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

void
mc_dossiers_view_set_context (McDossiersView *self,
                              McContext      *context)
{
  g_return_if_fail (MC_IS_DOSSIERS_VIEW (self));
  g_return_if_fail (MC_IS_CONTEXT (context));

  mc_dossier_list_page_set_context (self->list_page, context);
  mc_dossier_page_set_dossiers (self->dossier_page, mc_context_get_dossiers (context));
  mc_dossier_page_set_documents (self->dossier_page, mc_context_get_documents (context));
  g_set_object (&self->documents, mc_context_get_documents (context));
  mc_intake_form_set_dossiers (self->intake_form, mc_context_get_dossiers (context));
}

/**
 * mc_dossiers_view_set_actor:
 * @self: a #McDossiersView
 * @actor: (nullable): who works now, or %NULL when nobody is signed in
 *
 * The forms act for @actor, and offer only what @actor's role allows.
 */
void
mc_dossiers_view_set_actor (McDossiersView *self,
                            const McActor  *actor)
{
  g_return_if_fail (MC_IS_DOSSIERS_VIEW (self));

  mc_dossier_page_set_actor (self->dossier_page, actor);
  mc_dossier_list_page_set_actor (self->list_page, actor);
  mc_actor_copy_clear (&self->actor);
  self->has_actor = actor != NULL;
  if (actor != NULL)
    mc_actor_copy_init (&self->actor, actor);
  mc_intake_form_set_actor (self->intake_form, actor);
}

void
mc_dossiers_view_reload (McDossiersView *self)
{
  g_return_if_fail (MC_IS_DOSSIERS_VIEW (self));

  mc_dossier_list_page_reload (self->list_page);
}

/**
 * mc_dossiers_view_receive_for_procedure:
 * @self: a #McDossiersView
 * @procedure: the procedure, with all its lists (papers, times)
 *
 * Opens the intake form for a new dossier of @procedure.
 */
void
mc_dossiers_view_receive_for_procedure (McDossiersView *self,
                                        McProcedure    *procedure)
{
  g_return_if_fail (MC_IS_DOSSIERS_VIEW (self));
  g_return_if_fail (MC_IS_PROCEDURE (procedure));

  mc_intake_form_reset (self->intake_form);
  mc_intake_form_set_procedure (self->intake_form, procedure);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->intake_form));
  gtk_widget_child_focus (GTK_WIDGET (self->intake_form), GTK_DIR_TAB_FORWARD);
}

void
mc_dossiers_view_show_dossier (McDossiersView *self,
                               const char     *code)
{
  g_return_if_fail (MC_IS_DOSSIERS_VIEW (self));
  g_return_if_fail (code != NULL);

  mc_dossier_page_load (self->dossier_page, code);
  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->dossier_page));
}

gboolean
mc_dossiers_view_get_can_go_back (McDossiersView *self)
{
  g_return_val_if_fail (MC_IS_DOSSIERS_VIEW (self), FALSE);

  return adw_leaflet_get_visible_child (self->leaflet) != GTK_WIDGET (self->list_page);
}

/**
 * mc_dossiers_view_go_back:
 * @self: a #McDossiersView
 *
 * Returns: %TRUE when it went back to the list
 */
gboolean
mc_dossiers_view_go_back (McDossiersView *self)
{
  g_return_val_if_fail (MC_IS_DOSSIERS_VIEW (self), FALSE);

  if (!mc_dossiers_view_get_can_go_back (self))
    return FALSE;

  adw_leaflet_set_visible_child (self->leaflet, GTK_WIDGET (self->list_page));
  return TRUE;
}
