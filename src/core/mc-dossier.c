/* mc-dossier.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "mc-dossier"

#include "config.h"

#include "mc-dossier.h"

/* A dossier as loaded by mc-dossier-store.c: an immutable snapshot of one
 * version (its "version" property), read by the list and the detail view.
 * Every change goes through the store, which writes the event and returns
 * a new snapshot; nothing here is ever written back.
 *
 * The properties are construct-only and described by one table, so that
 * adding a column means adding a field and a line. */

struct _McDossier
{
  GObject     parent_instance;

  char       *code;
  char       *procedure_code;
  char       *procedure_name;
  int         status;
  int         channel;
  int         applicant_type;
  char       *applicant_name;
  char       *id_number;
  char       *birth_date;
  char       *phone;
  char       *email;
  char       *address;
  gboolean    delivery_by_post;
  int         set_count;
  gint64      fee;
  char       *note;
  GDateTime  *received_at;
  GDateTime  *due_at;
  GDateTime  *original_due_at;
  GDateTime  *paused_at;
  GDateTime  *finished_at;
  GDateTime  *returned_at;
  gint64      assignee_id;
  char       *assignee_name;
  gboolean    accepted;
  gboolean    handover_pending;
  int         supplements;
  gboolean    apology_given;
  gboolean    evaluated;
  char       *workstation;
  gboolean    entered_late;
  int         version;

  GPtrArray  *components;
};

G_DEFINE_FINAL_TYPE (McDossier, mc_dossier, G_TYPE_OBJECT)

typedef enum
{
  FIELD_STRING,
  FIELD_INT,
  FIELD_INT64,
  FIELD_BOOLEAN,
  FIELD_DATE_TIME,
} FieldType;

typedef struct
{
  const char *name;
  FieldType   type;
  gsize       offset;
  int         minimum;
  int         maximum;
} Field;

#define FIELD(name, type, member) { name, type, G_STRUCT_OFFSET (McDossier, member), 0, 0 }
#define INT_FIELD(name, member, min, max) \
  { name, FIELD_INT, G_STRUCT_OFFSET (McDossier, member), min, max }

/* Property ids are the index in this table plus one. */
static const Field fields[] = {
  FIELD ("code", FIELD_STRING, code),
  FIELD ("procedure-code", FIELD_STRING, procedure_code),
  FIELD ("procedure-name", FIELD_STRING, procedure_name),
  INT_FIELD ("status", status, MC_DOSSIER_STATUS_REGISTERED, MC_DOSSIER_STATUS_RETURNED),
  INT_FIELD ("channel", channel, MC_CHANNEL_COUNTER, MC_CHANNEL_POSTAL),
  INT_FIELD ("applicant-type", applicant_type, MC_APPLICANT_CITIZEN, MC_APPLICANT_ORGANISATION),
  FIELD ("applicant-name", FIELD_STRING, applicant_name),
  FIELD ("id-number", FIELD_STRING, id_number),
  FIELD ("birth-date", FIELD_STRING, birth_date),
  FIELD ("phone", FIELD_STRING, phone),
  FIELD ("email", FIELD_STRING, email),
  FIELD ("address", FIELD_STRING, address),
  FIELD ("delivery-by-post", FIELD_BOOLEAN, delivery_by_post),
  INT_FIELD ("set-count", set_count, 1, 99),
  FIELD ("fee", FIELD_INT64, fee),
  FIELD ("note", FIELD_STRING, note),
  FIELD ("received-at", FIELD_DATE_TIME, received_at),
  FIELD ("due-at", FIELD_DATE_TIME, due_at),
  FIELD ("original-due-at", FIELD_DATE_TIME, original_due_at),
  FIELD ("paused-at", FIELD_DATE_TIME, paused_at),
  FIELD ("finished-at", FIELD_DATE_TIME, finished_at),
  FIELD ("returned-at", FIELD_DATE_TIME, returned_at),
  FIELD ("assignee-id", FIELD_INT64, assignee_id),
  FIELD ("assignee-name", FIELD_STRING, assignee_name),
  FIELD ("accepted", FIELD_BOOLEAN, accepted),
  FIELD ("handover-pending", FIELD_BOOLEAN, handover_pending),
  INT_FIELD ("supplements", supplements, 0, G_MAXINT),
  FIELD ("apology-given", FIELD_BOOLEAN, apology_given),
  FIELD ("evaluated", FIELD_BOOLEAN, evaluated),
  FIELD ("workstation", FIELD_STRING, workstation),
  FIELD ("entered-late", FIELD_BOOLEAN, entered_late),
  INT_FIELD ("version", version, 1, G_MAXINT),
};

static gpointer
member (McDossier   *self,
        const Field *field)
{
  return G_STRUCT_MEMBER_P (self, field->offset);
}

static void
mc_dossier_finalize (GObject *object)
{
  McDossier *self = MC_DOSSIER (object);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      if (fields[i].type == FIELD_STRING)
        g_clear_pointer ((char **) member (self, &fields[i]), g_free);
      else if (fields[i].type == FIELD_DATE_TIME)
        g_clear_pointer ((GDateTime **) member (self, &fields[i]), g_date_time_unref);
    }
  g_clear_pointer (&self->components, g_ptr_array_unref);

  G_OBJECT_CLASS (mc_dossier_parent_class)->finalize (object);
}

static void
mc_dossier_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  McDossier *self = MC_DOSSIER (object);
  const Field *field;

  if (prop_id == 0 || prop_id > G_N_ELEMENTS (fields))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &fields[prop_id - 1];
  switch (field->type)
    {
    case FIELD_STRING:
      g_value_set_string (value, *(char **) member (self, field));
      break;
    case FIELD_INT:
      g_value_set_int (value, *(int *) member (self, field));
      break;
    case FIELD_INT64:
      g_value_set_int64 (value, *(gint64 *) member (self, field));
      break;
    case FIELD_BOOLEAN:
      g_value_set_boolean (value, *(gboolean *) member (self, field));
      break;
    case FIELD_DATE_TIME:
      g_value_set_boxed (value, *(GDateTime **) member (self, field));
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
mc_dossier_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  McDossier *self = MC_DOSSIER (object);
  const Field *field;

  if (prop_id == 0 || prop_id > G_N_ELEMENTS (fields))
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }

  field = &fields[prop_id - 1];
  switch (field->type)
    {
    case FIELD_STRING:
      g_free (*(char **) member (self, field));
      *(char **) member (self, field) = g_value_dup_string (value);
      break;
    case FIELD_INT:
      *(int *) member (self, field) = g_value_get_int (value);
      break;
    case FIELD_INT64:
      *(gint64 *) member (self, field) = g_value_get_int64 (value);
      break;
    case FIELD_BOOLEAN:
      *(gboolean *) member (self, field) = g_value_get_boolean (value);
      break;
    case FIELD_DATE_TIME:
      g_clear_pointer ((GDateTime **) member (self, field), g_date_time_unref);
      *(GDateTime **) member (self, field) = g_value_dup_boxed (value);
      break;
    default:
      g_assert_not_reached ();
    }
}

static void
mc_dossier_class_init (McDossierClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = mc_dossier_finalize;
  object_class->get_property = mc_dossier_get_property;
  object_class->set_property = mc_dossier_set_property;

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    {
      const Field *field = &fields[i];
      GParamSpec *pspec = NULL;

      switch (field->type)
        {
        case FIELD_STRING:
          pspec = g_param_spec_string (field->name, NULL, NULL, "", flags);
          break;
        case FIELD_INT:
          pspec = g_param_spec_int (field->name, NULL, NULL, field->minimum, field->maximum,
                                    field->minimum, flags);
          break;
        case FIELD_INT64:
          pspec = g_param_spec_int64 (field->name, NULL, NULL, 0, G_MAXINT64, 0, flags);
          break;
        case FIELD_BOOLEAN:
          pspec = g_param_spec_boolean (field->name, NULL, NULL, FALSE, flags);
          break;
        case FIELD_DATE_TIME:
          pspec = g_param_spec_boxed (field->name, NULL, NULL, G_TYPE_DATE_TIME, flags);
          break;
        default:
          g_assert_not_reached ();
        }

      g_object_class_install_property (object_class, i + 1, pspec);
    }
}

static void
mc_dossier_init (McDossier *self)
{
  self->components = g_ptr_array_new_with_free_func ((GDestroyNotify) mc_dossier_component_free);
}

void
mc_dossier_component_free (McDossierComponent *component)
{
  if (component == NULL)
    return;

  g_free (component->name);
  g_free (component);
}

/**
 * mc_dossier_event_parse_details:
 * @event: a step
 *
 * Returns: (transfer full) (nullable): the step's details, or %NULL when
 *   they are not a JSON object
 */
JsonObject *
mc_dossier_event_parse_details (const McDossierEvent *event)
{
  g_autoptr(JsonParser) parser = NULL;
  JsonNode *root;

  g_return_val_if_fail (event != NULL, NULL);

  if (event->details == NULL || *event->details == '\0')
    return NULL;

  parser = json_parser_new ();
  if (!json_parser_load_from_data (parser, event->details, -1, NULL))
    return NULL;

  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return NULL;

  return json_object_ref (json_node_get_object (root));
}

/**
 * mc_dossier_details_get_text:
 * @details: (nullable): a step's details
 * @member: a member's name
 *
 * Returns: (transfer none) (nullable): the member's text, or %NULL when
 *   it is missing, empty or not a text
 */
const char *
mc_dossier_details_get_text (JsonObject *details,
                             const char *member)
{
  JsonNode *node;
  const char *value;

  if (details == NULL || !json_object_has_member (details, member))
    return NULL;

  node = json_object_get_member (details, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;

  value = json_node_get_string (node);
  return value != NULL && *value != '\0' ? value : NULL;
}

void
mc_dossier_event_free (McDossierEvent *event)
{
  if (event == NULL)
    return;

  g_free (event->step_id);
  g_free (event->actor_name);
  g_free (event->actor_title);
  g_free (event->workstation);
  g_clear_pointer (&event->device_time, g_date_time_unref);
  g_clear_pointer (&event->effective_time, g_date_time_unref);
  g_free (event->note);
  g_free (event->details);
  g_free (event);
}

#define STRING_GETTER(name, member_name) \
  const char * \
  mc_dossier_get_##name (McDossier *self) \
  { \
    g_return_val_if_fail (MC_IS_DOSSIER (self), NULL); \
    return self->member_name != NULL ? self->member_name : ""; \
  }

#define VALUE_GETTER(type, name, member_name, fallback) \
  type \
  mc_dossier_get_##name (McDossier *self) \
  { \
    g_return_val_if_fail (MC_IS_DOSSIER (self), fallback); \
    return (type) self->member_name; \
  }

STRING_GETTER (code, code)
STRING_GETTER (procedure_code, procedure_code)
STRING_GETTER (procedure_name, procedure_name)
STRING_GETTER (applicant_name, applicant_name)
STRING_GETTER (id_number, id_number)
STRING_GETTER (birth_date, birth_date)
STRING_GETTER (phone, phone)
STRING_GETTER (email, email)
STRING_GETTER (address, address)
STRING_GETTER (note, note)
STRING_GETTER (assignee_name, assignee_name)
STRING_GETTER (workstation, workstation)

VALUE_GETTER (McDossierStatus, status, status, 0)
VALUE_GETTER (McChannel, channel, channel, 0)
VALUE_GETTER (McApplicantType, applicant_type, applicant_type, 0)
VALUE_GETTER (gboolean, delivery_by_post, delivery_by_post, FALSE)
VALUE_GETTER (guint, set_count, set_count, 0)
VALUE_GETTER (gint64, fee, fee, 0)
VALUE_GETTER (gint64, assignee_id, assignee_id, 0)
VALUE_GETTER (gboolean, entered_late, entered_late, FALSE)
VALUE_GETTER (guint, version, version, 0)

/* (transfer none) (nullable): NULL only for the instants not reached yet. */
VALUE_GETTER (GDateTime *, received_at, received_at, NULL)
VALUE_GETTER (GDateTime *, due_at, due_at, NULL)
VALUE_GETTER (GDateTime *, original_due_at, original_due_at, NULL)
VALUE_GETTER (GDateTime *, paused_at, paused_at, NULL)
VALUE_GETTER (GDateTime *, finished_at, finished_at, NULL)
VALUE_GETTER (GDateTime *, returned_at, returned_at, NULL)

/**
 * mc_dossier_get_facts:
 * @self: a #McDossier
 * @facts: (out caller-allocates): what the workflow needs to know
 *
 * Fills @facts from the dossier, for mc_dossier_workflow_list_actions().
 * The deadline state is left %MC_DEADLINE_IN_TIME: it depends on the
 * current time and the calendar, which the caller has.
 */
void
mc_dossier_get_facts (McDossier      *self,
                      McDossierFacts *facts)
{
  g_return_if_fail (MC_IS_DOSSIER (self));
  g_return_if_fail (facts != NULL);

  *facts = (McDossierFacts) {
    .status = self->status,
    .accepted = self->accepted,
    .handover_pending = self->handover_pending,
    .supplements_after_acceptance = self->supplements,
    .apology_given = self->apology_given,
    .deadline_state = MC_DEADLINE_IN_TIME,
    .evaluated = self->evaluated,
  };
}

/**
 * mc_dossier_get_components:
 * @self: a #McDossier
 *
 * Returns: (transfer none) (element-type McDossierComponent): the papers
 *   checked at the counter, in their order
 */
GPtrArray *
mc_dossier_get_components (McDossier *self)
{
  g_return_val_if_fail (MC_IS_DOSSIER (self), NULL);

  return self->components;
}

/**
 * mc_dossier_add_component:
 * @self: a #McDossier
 * @component: (transfer full): a paper
 *
 * For the store, which builds the snapshot.
 */
void
mc_dossier_add_component (McDossier          *self,
                          McDossierComponent *component)
{
  g_return_if_fail (MC_IS_DOSSIER (self));
  g_return_if_fail (component != NULL);

  g_ptr_array_add (self->components, component);
}
