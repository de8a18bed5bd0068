/* mc-procedure.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-procedure"

#include "config.h"

#include "mc-format.h"
#include "mc-procedure.h"

/* One version of a procedure of the national catalogue. Objects made for
 * the catalogue list carry only the main processing time; the detail page
 * loads every list. */
struct _McProcedure
{
  GObject        parent_instance;

  gint64         id;
  char          *code;
  char          *name;
  char          *decision;
  char          *effective_date;
  char          *kind;
  char          *level;
  char          *field_code;
  char          *field_name;
  char          *conditions;
  McOnlineLevel  online_level;
  guint          joint : 1;
  guint          postal_intake : 1;
  guint          postal_return : 1;
  guint          in_force : 1;

  GPtrArray     *refs[MC_PROCEDURE_REF_N_KINDS];
  GPtrArray     *times;
  GPtrArray     *components;
  GPtrArray     *steps;
};

G_DEFINE_FINAL_TYPE (McProcedure, mc_procedure, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CODE,
  PROP_NAME,
  PROP_FIELD_NAME,
  PROP_TIME_LABEL,
  PROP_ONLINE_LEVEL,
  PROP_IN_FORCE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
replace_string (char       **field,
                const char  *value)
{
  g_free (*field);
  *field = g_strdup (value != NULL ? value : "");
}

static void
mc_procedure_finalize (GObject *object)
{
  McProcedure *self = (McProcedure *)object;

  g_free (self->code);
  g_free (self->name);
  g_free (self->decision);
  g_free (self->effective_date);
  g_free (self->kind);
  g_free (self->level);
  g_free (self->field_code);
  g_free (self->field_name);
  g_free (self->conditions);
  for (guint i = 0; i < MC_PROCEDURE_REF_N_KINDS; i++)
    g_ptr_array_unref (self->refs[i]);
  g_ptr_array_unref (self->times);
  g_ptr_array_unref (self->components);
  g_ptr_array_unref (self->steps);

  G_OBJECT_CLASS (mc_procedure_parent_class)->finalize (object);
}

static void
mc_procedure_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  McProcedure *self = MC_PROCEDURE (object);

  switch (prop_id)
    {
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_FIELD_NAME:
      g_value_set_string (value, self->field_name);
      break;
    case PROP_TIME_LABEL:
      g_value_take_string (value, mc_procedure_dup_time_label (self));
      break;
    case PROP_ONLINE_LEVEL:
      g_value_set_int (value, self->online_level);
      break;
    case PROP_IN_FORCE:
      g_value_set_boolean (value, self->in_force);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
mc_procedure_class_init (McProcedureClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = mc_procedure_finalize;
  object_class->get_property = mc_procedure_get_property;

  properties [PROP_CODE] =
    g_param_spec_string ("code", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_FIELD_NAME] =
    g_param_spec_string ("field-name", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_TIME_LABEL] =
    g_param_spec_string ("time-label", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_ONLINE_LEVEL] =
    g_param_spec_int ("online-level", NULL, NULL,
                      MC_ONLINE_LEVEL_NONE, MC_ONLINE_LEVEL_FULL, MC_ONLINE_LEVEL_NONE,
                      (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  properties [PROP_IN_FORCE] =
    g_param_spec_boolean ("in-force", NULL, NULL, TRUE,
                          (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
mc_procedure_init (McProcedure *self)
{
  self->code = g_strdup ("");
  self->name = g_strdup ("");
  self->decision = g_strdup ("");
  self->effective_date = g_strdup ("");
  self->kind = g_strdup ("");
  self->level = g_strdup ("");
  self->field_code = g_strdup ("");
  self->field_name = g_strdup ("");
  self->conditions = g_strdup ("");
  self->in_force = TRUE;

  for (guint i = 0; i < MC_PROCEDURE_REF_N_KINDS; i++)
    self->refs[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_procedure_ref_free);
  self->times = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_procedure_time_free);
  self->components = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_procedure_component_free);
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_procedure_step_free);
}

McProcedure *
mc_procedure_new (const char *code,
                  const char *name)
{
  McProcedure *self = g_object_new (MC_TYPE_PROCEDURE, NULL);

  replace_string (&self->code, code);
  replace_string (&self->name, name);

  return self;
}

gint64
mc_procedure_get_id (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), 0);
  return self->id;
}

void
mc_procedure_set_id (McProcedure *self,
                     gint64       id)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  self->id = id;
}

const char *
mc_procedure_get_code (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->code;
}

const char *
mc_procedure_get_name (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->name;
}

void
mc_procedure_set_name (McProcedure *self,
                       const char  *name)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->name, name);
}

const char *
mc_procedure_get_decision (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->decision;
}

void
mc_procedure_set_decision (McProcedure *self,
                           const char  *decision)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->decision, decision);
}

const char *
mc_procedure_get_effective_date (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->effective_date;
}

void
mc_procedure_set_effective_date (McProcedure *self,
                                 const char  *iso_date)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->effective_date, iso_date);
}

const char *
mc_procedure_get_kind (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->kind;
}

void
mc_procedure_set_kind (McProcedure *self,
                       const char  *kind)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->kind, kind);
}

const char *
mc_procedure_get_level (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->level;
}

void
mc_procedure_set_level (McProcedure *self,
                        const char  *level)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->level, level);
}

const char *
mc_procedure_get_field_code (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->field_code;
}

const char *
mc_procedure_get_field_name (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->field_name;
}

void
mc_procedure_set_field (McProcedure *self,
                        const char  *code,
                        const char  *name)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->field_code, code);
  replace_string (&self->field_name, name);
}

const char *
mc_procedure_get_conditions (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->conditions;
}

void
mc_procedure_set_conditions (McProcedure *self,
                             const char  *conditions)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  replace_string (&self->conditions, conditions);
}

McOnlineLevel
mc_procedure_get_online_level (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), MC_ONLINE_LEVEL_NONE);
  return self->online_level;
}

void
mc_procedure_set_online_level (McProcedure   *self,
                               McOnlineLevel  level)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  self->online_level = level;
}

gboolean
mc_procedure_get_joint (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), FALSE);
  return self->joint;
}

void
mc_procedure_set_joint (McProcedure *self,
                        gboolean     joint)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  self->joint = !!joint;
}

gboolean
mc_procedure_get_postal_intake (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), FALSE);
  return self->postal_intake;
}

gboolean
mc_procedure_get_postal_return (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), FALSE);
  return self->postal_return;
}

void
mc_procedure_set_postal (McProcedure *self,
                         gboolean     intake,
                         gboolean     result_return)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  self->postal_intake = !!intake;
  self->postal_return = !!result_return;
}

gboolean
mc_procedure_get_in_force (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), FALSE);
  return self->in_force;
}

void
mc_procedure_set_in_force (McProcedure *self,
                           gboolean     in_force)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  self->in_force = !!in_force;
}

/**
 * mc_procedure_get_refs:
 * @self: a #McProcedure
 * @kind: which list
 *
 * Returns: (transfer none) (element-type McProcedureRef): the list, never %NULL
 */
GPtrArray *
mc_procedure_get_refs (McProcedure        *self,
                       McProcedureRefKind  kind)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  g_return_val_if_fail (kind < MC_PROCEDURE_REF_N_KINDS, NULL);
  return self->refs[kind];
}

void
mc_procedure_add_ref (McProcedure        *self,
                      McProcedureRefKind  kind,
                      const char         *code,
                      const char         *name)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  g_return_if_fail (kind < MC_PROCEDURE_REF_N_KINDS);
  g_ptr_array_add (self->refs[kind], mc_procedure_ref_new (code, name));
}

GPtrArray *
mc_procedure_get_times (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->times;
}

/* Takes ownership of @time. */
void
mc_procedure_add_time (McProcedure     *self,
                       McProcedureTime *time)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  g_return_if_fail (time != NULL);
  g_ptr_array_add (self->times, time);
}

GPtrArray *
mc_procedure_get_components (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->components;
}

/* Takes ownership of @component. */
void
mc_procedure_add_component (McProcedure          *self,
                            McProcedureComponent *component)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  g_return_if_fail (component != NULL);
  g_ptr_array_add (self->components, component);
}

GPtrArray *
mc_procedure_get_steps (McProcedure *self)
{
  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);
  return self->steps;
}

/* Takes ownership of @step. */
void
mc_procedure_add_step (McProcedure     *self,
                       McProcedureStep *step)
{
  g_return_if_fail (MC_IS_PROCEDURE (self));
  g_return_if_fail (step != NULL);
  g_ptr_array_add (self->steps, step);
}

/**
 * mc_procedure_get_main_time:
 * @self: a #McProcedure
 *
 * The time that describes the procedure in lists: the counter's, or the
 * first one known when the counter has none.
 *
 * Returns: (transfer none) (nullable): the time, or %NULL when none is known
 */
const McProcedureTime *
mc_procedure_get_main_time (McProcedure *self)
{
  const McProcedureTime *first_known = NULL;

  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);

  for (guint i = 0; i < self->times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (self->times, i);

      if (!time->has_time)
        continue;
      if (time->channel == MC_CHANNEL_COUNTER)
        return time;
      if (first_known == NULL)
        first_known = time;
    }

  return first_known;
}

char *
mc_procedure_dup_time_label (McProcedure *self)
{
  const McProcedureTime *time;

  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);

  time = mc_procedure_get_main_time (self);
  if (time == NULL)
    return mc_format_duration (FALSE, 0, MC_TIME_UNIT_WORKING_DAYS);

  return mc_format_duration (TRUE, time->value, time->unit);
}

static void
hash_string (GChecksum  *checksum,
             const char *value)
{
  /* The terminating NUL keeps "ab"+"c" apart from "a"+"bc". */
  g_checksum_update (checksum, (const guchar *) value, strlen (value) + 1);
}

static void
hash_int (GChecksum *checksum,
          gint64     value)
{
  char buffer[32];

  g_snprintf (buffer, sizeof buffer, "%" G_GINT64_FORMAT, value);
  hash_string (checksum, buffer);
}

/**
 * mc_procedure_compute_hash:
 * @self: a #McProcedure
 *
 * A digest of everything a catalogue file says about this version, so an
 * import can tell an unchanged record from an updated one.
 *
 * Returns: (transfer full): a hex SHA-256 digest
 */
char *
mc_procedure_compute_hash (McProcedure *self)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);

  g_return_val_if_fail (MC_IS_PROCEDURE (self), NULL);

  hash_string (checksum, self->code);
  hash_string (checksum, self->name);
  hash_string (checksum, self->decision);
  hash_string (checksum, self->effective_date);
  hash_string (checksum, self->kind);
  hash_string (checksum, self->level);
  hash_string (checksum, self->field_code);
  hash_string (checksum, self->field_name);
  hash_string (checksum, self->conditions);
  hash_int (checksum, self->online_level);
  hash_int (checksum, self->joint);
  hash_int (checksum, self->postal_intake);
  hash_int (checksum, self->postal_return);
  hash_int (checksum, self->in_force);

  for (guint k = 0; k < MC_PROCEDURE_REF_N_KINDS; k++)
    {
      hash_int (checksum, self->refs[k]->len);
      for (guint i = 0; i < self->refs[k]->len; i++)
        {
          const McProcedureRef *ref = g_ptr_array_index (self->refs[k], i);
          hash_string (checksum, ref->code);
          hash_string (checksum, ref->name);
        }
    }

  hash_int (checksum, self->times->len);
  for (guint i = 0; i < self->times->len; i++)
    {
      const McProcedureTime *time = g_ptr_array_index (self->times, i);
      char value[G_ASCII_DTOSTR_BUF_SIZE];

      hash_int (checksum, time->channel);
      hash_int (checksum, time->has_time);
      hash_string (checksum, g_ascii_dtostr (value, sizeof value, time->value));
      hash_int (checksum, time->unit);
      hash_string (checksum, time->description);
      hash_int (checksum, time->fees->len);
      for (guint j = 0; j < time->fees->len; j++)
        {
          const McProcedureFee *fee = g_ptr_array_index (time->fees, j);
          hash_string (checksum, fee->code);
          hash_int (checksum, fee->has_amount);
          hash_int (checksum, fee->amount);
          hash_string (checksum, fee->unit);
          hash_string (checksum, fee->description);
        }
    }

  hash_int (checksum, self->components->len);
  for (guint i = 0; i < self->components->len; i++)
    {
      const McProcedureComponent *component = g_ptr_array_index (self->components, i);
      hash_string (checksum, component->case_name);
      hash_string (checksum, component->code);
      hash_string (checksum, component->name);
      hash_int (checksum, component->originals);
      hash_int (checksum, component->copies);
      hash_string (checksum, component->form_name);
      hash_string (checksum, component->form_url);
    }

  hash_int (checksum, self->steps->len);
  for (guint i = 0; i < self->steps->len; i++)
    {
      const McProcedureStep *step = g_ptr_array_index (self->steps, i);
      hash_string (checksum, step->case_name);
      hash_string (checksum, step->description);
    }

  return g_strdup (g_checksum_get_string (checksum));
}
