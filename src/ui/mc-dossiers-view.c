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
 * form, one at a time with the list as the way back.
 *
 * The slip's preview, which opens after every receipt, is made once and
 * hidden when closed: a new window costs its drawing set-up again
 * (shaders compiled on the CPU where there is no graphics card), and
 * the citizen waits for the slip. It goes when whoever works changes. */

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
  McDocumentPreview *slip_preview;   /* hidden between receipts, or NULL */
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

static void
drop_slip_preview (McDossiersView *self)
{
  McDocumentPreview *preview = self->slip_preview;

  if (preview == NULL)
    return;

  g_object_remove_weak_pointer (G_OBJECT (preview), (gpointer *) &self->slip_preview);
  self->slip_preview = NULL;
  gtk_window_destroy (GTK_WINDOW (preview));
}

static McDocumentPreview *
get_slip_preview (McDossiersView *self)
{
  if (self->slip_preview == NULL)
    {
      GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));

      self->slip_preview = mc_document_preview_new (parent, self->documents, &self->actor.actor);
      gtk_window_set_hide_on_close (GTK_WINDOW (self->slip_preview), TRUE);
      gtk_window_set_destroy_with_parent (GTK_WINDOW (self->slip_preview), TRUE);
      g_object_add_weak_pointer (G_OBJECT (self->slip_preview), (gpointer *) &self->slip_preview);
    }

  return self->slip_preview;
}

/* After a receipt the clerk sees the new dossier, ready to print its
 * appointment slip, and the list counts it. */
static void
dossier_received_cb (McDossiersView *self,
                     McDossier      *dossier,
                     McIntakeForm   *form)
{
  /* The citizen waits for the slip: it opens ready to print, or the
   * refusal slip (Mẫu 03) for a dossier refused at the counter. Its
   * form goes to the database worker first; the dossier's page is read
   * after it. */
  if (self->documents != NULL && self->has_actor)
    {
      McDocumentPreview *preview = get_slip_preview (self);
      McDocumentKind kind;

      kind = mc_dossier_get_status (dossier) == MC_DOSSIER_STATUS_REFUSED
        ? MC_DOCUMENT_REFUSAL_SLIP : MC_DOCUMENT_APPOINTMENT_SLIP;
      mc_document_preview_show_dossier_form (preview, kind, mc_dossier_get_code (dossier));
      gtk_window_present (GTK_WINDOW (preview));
    }

  /* The list reloads itself on McDossiers::changed. */
  mc_dossiers_view_show_dossier (self, mc_dossier_get_code (dossier));
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

  drop_slip_preview (self);
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
  mc_dossier_page_set_sync_queue (self->dossier_page, mc_context_get_sync_queue (context));
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
  /* Its prints are recorded in the name of whoever it was made for. */
  drop_slip_preview (self);
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
