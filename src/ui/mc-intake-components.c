/* mc-intake-components.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-intake-components"

#include "config.h"

#include <glib/gi18n.h>

#include "mc-intake-components.h"

/* The papers of the intake form's procedure: one row each, ticked when
 * the applicant brought it, with its number of originals and copies. */

typedef struct
{
  char           *name;
  GtkCheckButton *check;
  GtkSpinButton  *originals;
  GtkSpinButton  *copies;
} ComponentRow;

struct _McIntakeComponents
{
  AdwPreferencesGroup  parent_instance;

  GPtrArray           *components;        /* ComponentRow */
};

G_DEFINE_FINAL_TYPE (McIntakeComponents, mc_intake_components, ADW_TYPE_PREFERENCES_GROUP)

/*
 * Auxiliary functions
 */

static void
component_row_free (ComponentRow *row)
{
  g_free (row->name);
  g_free (row);
}

static void
clear_components (McIntakeComponents *self)
{
  for (guint i = 0; i < self->components->len; i++)
    {
      ComponentRow *row = g_ptr_array_index (self->components, i);
      GtkWidget *list_row = gtk_widget_get_ancestor (GTK_WIDGET (row->check),
                                                     ADW_TYPE_PREFERENCES_ROW);

      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (self), list_row);
    }
  g_ptr_array_set_size (self->components, 0);
}

static GtkWidget *
new_count_spin (const char *label,
                guint       value)
{
  GtkWidget *spin = gtk_spin_button_new_with_range (0, 99, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), value);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (spin, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);

  return spin;
}

/* One paper: ticked when brought, its originals and copies. */
static void
add_component (McIntakeComponents         *self,
               const McProcedureComponent *component)
{
  ComponentRow *row = g_new0 (ComponentRow, 1);
  GtkWidget *list_row = adw_preferences_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (component->name);
  GtkWidget *caption;
  guint originals = component->originals;

  /* A paper the catalogue gives no count for is one original. */
  if (component->originals == 0 && component->copies == 0)
    originals = 1;

  row->name = g_strdup (component->name);
  row->check = GTK_CHECK_BUTTON (gtk_check_button_new ());
  gtk_check_button_set_active (row->check, TRUE);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_width_chars (GTK_LABEL (label), 15);
  gtk_widget_set_hexpand (GTK_WIDGET (row->check), TRUE);
  gtk_check_button_set_child (row->check, label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->check));

  caption = gtk_label_new (_("Originals"));
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), caption);
  row->originals = GTK_SPIN_BUTTON (new_count_spin (_("Originals"), originals));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->originals));

  caption = gtk_label_new (_("Copies"));
  gtk_widget_add_css_class (caption, "dim-label");
  gtk_widget_add_css_class (caption, "caption");
  gtk_box_append (GTK_BOX (box), caption);
  row->copies = GTK_SPIN_BUTTON (new_count_spin (_("Copies"), component->copies));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (row->copies));

  gtk_widget_add_css_class (box, "detail-row");
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (list_row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (list_row), component->name);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (list_row), FALSE);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (list_row), box);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), list_row);

  g_ptr_array_add (self->components, row);
}

/*
 * GObject overrides
 */

static void
mc_intake_components_dispose (GObject *object)
{
  McIntakeComponents *self = (McIntakeComponents *)object;

  gtk_widget_dispose_template (GTK_WIDGET (self), MC_TYPE_INTAKE_COMPONENTS);

  G_OBJECT_CLASS (mc_intake_components_parent_class)->dispose (object);
}

static void
mc_intake_components_finalize (GObject *object)
{
  McIntakeComponents *self = (McIntakeComponents *)object;

  g_clear_pointer (&self->components, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_intake_components_parent_class)->finalize (object);
}

static void
mc_intake_components_class_init (McIntakeComponentsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = mc_intake_components_dispose;
  object_class->finalize = mc_intake_components_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/mc-intake-components.ui");
}

static void
mc_intake_components_init (McIntakeComponents *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->components = g_ptr_array_new_with_free_func ((GDestroyNotify) component_row_free);
}

/*
 * Public API
 */

/**
 * mc_intake_components_set_procedure:
 * @self: a #McIntakeComponents
 * @procedure: (nullable): the full record of the procedure, with its papers
 *
 * Lists the procedure's papers again, all ticked, with the numbers the
 * catalogue gives; the group shows only when there is a paper to list.
 */
void
mc_intake_components_set_procedure (McIntakeComponents *self,
                                    McProcedure        *procedure)
{
  g_return_if_fail (MC_IS_INTAKE_COMPONENTS (self));
  g_return_if_fail (procedure == NULL || MC_IS_PROCEDURE (procedure));

  clear_components (self);

  if (procedure != NULL)
    {
      GPtrArray *components = mc_procedure_get_components (procedure);

      for (guint i = 0; i < components->len; i++)
        add_component (self, g_ptr_array_index (components, i));
    }

  gtk_widget_set_visible (GTK_WIDGET (self), self->components->len > 0);
}

/**
 * mc_intake_components_get_papers:
 * @self: a #McIntakeComponents
 *
 * Returns: (transfer full) (element-type McDraftComponent): the papers as
 *   ticked and counted, for a #McDossierDraft; their names belong to @self
 *   and stay valid until the procedure is set again
 */
GArray *
mc_intake_components_get_papers (McIntakeComponents *self)
{
  GArray *papers;

  g_return_val_if_fail (MC_IS_INTAKE_COMPONENTS (self), NULL);

  papers = g_array_new (FALSE, TRUE, sizeof (McDraftComponent));
  for (guint i = 0; i < self->components->len; i++)
    {
      ComponentRow *row = g_ptr_array_index (self->components, i);
      McDraftComponent paper = {
        .name = row->name,
        .originals = gtk_spin_button_get_value_as_int (row->originals),
        .copies = gtk_spin_button_get_value_as_int (row->copies),
        .provided = gtk_check_button_get_active (row->check),
      };

      g_array_append_val (papers, paper);
    }

  return papers;
}
