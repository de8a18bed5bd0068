/* mc-sync-conflict-dialog.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-sync-conflict-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-sync-conflict-dialog.h"

/* A dossier changed on this computer and, meanwhile, by another
 * workstation on the portal: both versions side by side, field by field,
 * and a person chooses which one the office keeps. Nothing is decided
 * by default: closing the dialog leaves the conflict for later. */

struct _McSyncConflictDialog
{
  AdwMessageDialog  parent_instance;

  McSyncConflict   *conflict;

  /* Template widgets */
  GtkGrid          *differences_grid;
  GtkLabel         *portal_heading;
};

G_DEFINE_FINAL_TYPE (McSyncConflictDialog, mc_sync_conflict_dialog, ADW_TYPE_MESSAGE_DIALOG)

/*
 * Auxiliary functions
 */

static GtkWidget *
cell_new (const char *text,
          gboolean    dim)
{
  GtkWidget *label = gtk_label_new (*text != '\0' ? text : "—");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 28);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  if (dim)
    gtk_widget_add_css_class (label, "dim-label");
  return label;
}

static void
fill (McSyncConflictDialog *self)
{
  GPtrArray *differences = mc_sync_conflict_get_differences (self->conflict);
  const char *workstation = mc_sync_conflict_get_portal_workstation (self->conflict);
  g_autofree char *body = NULL;
  g_autofree char *heading = NULL;

  /* Translators: %s is the dossier's code, %u the portal's version. */
  body = g_strdup_printf (_("Dossier %s was changed on this computer, and another computer "
                            "sent version %u of it to the portal before these changes went. "
                            "Choose the version the office keeps; the other one is replaced."),
                          mc_sync_conflict_get_code (self->conflict),
                          mc_sync_conflict_get_portal_version (self->conflict));
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), body);

  if (workstation != NULL && *workstation != '\0')
    {
      /* Translators: the column of the portal's version; %s names the
       * computer that sent it. */
      heading = g_strdup_printf (_("The Portal (from %s)"), workstation);
      gtk_label_set_label (self->portal_heading, heading);
    }

  for (guint i = 0; differences != NULL && i < differences->len; i++)
    {
      const McSyncDifference *difference = g_ptr_array_index (differences, i);

      gtk_grid_attach (self->differences_grid, cell_new (difference->label, TRUE), 0, i + 1, 1, 1);
      gtk_grid_attach (self->differences_grid, cell_new (difference->mine, FALSE), 1, i + 1, 1, 1);
      gtk_grid_attach (self->differences_grid, cell_new (difference->portal, FALSE), 2, i + 1, 1, 1);
    }

  if (differences == NULL || differences->len == 0)
    gtk_grid_attach (self->differences_grid,
                     cell_new (_("The two versions differ only in their version numbers."), TRUE),
                     0, 1, 3, 1);
}

/*
 * GObject overrides
 */

static void
mc_sync_conflict_dialog_dispose (GObject *object)
{
  McSyncConflictDialog *self = (McSyncConflictDialog *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_SYNC_CONFLICT_DIALOG);
  g_clear_object (&self->conflict);

  G_OBJECT_CLASS (mc_sync_conflict_dialog_parent_class)->dispose (object);
}

static void
mc_sync_conflict_dialog_class_init (McSyncConflictDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_sync_conflict_dialog_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-sync-conflict-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, McSyncConflictDialog, differences_grid);
  gtk_widget_class_bind_template_child (widget_class, McSyncConflictDialog, portal_heading);
}

static void
mc_sync_conflict_dialog_init (McSyncConflictDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/*
 * Public API
 */

/**
 * mc_sync_conflict_dialog_new:
 * @parent: (nullable): the window to be transient for
 * @conflict: the two versions
 *
 * Returns: (transfer none): a new dialog, not yet shown; like every
 *   toplevel, GTK owns it until it is destroyed
 */
McSyncConflictDialog *
mc_sync_conflict_dialog_new (GtkWindow      *parent,
                             McSyncConflict *conflict)
{
  McSyncConflictDialog *self;

  g_return_val_if_fail (MC_IS_SYNC_CONFLICT (conflict), NULL);

  self = g_object_new (MC_TYPE_SYNC_CONFLICT_DIALOG, "transient-for", parent, NULL);
  self->conflict = g_object_ref (conflict);
  fill (self);
  return self;
}

/**
 * mc_sync_conflict_dialog_get_conflict:
 * @self: a #McSyncConflictDialog
 *
 * Returns: (transfer none): the conflict shown
 */
McSyncConflict *
mc_sync_conflict_dialog_get_conflict (McSyncConflictDialog *self)
{
  g_return_val_if_fail (MC_IS_SYNC_CONFLICT_DIALOG (self), NULL);

  return self->conflict;
}
