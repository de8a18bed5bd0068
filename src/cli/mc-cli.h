/* mc-cli.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>
#include <stdio.h>

#include "mc-database.h"
#include "mc-dossier-store.h"

G_BEGIN_DECLS

/* Exit statuses of motcua-cli. */
enum {
  MC_CLI_EXIT_OK = 0,
  MC_CLI_EXIT_BAD_INPUT = 1,
  MC_CLI_EXIT_USAGE = 2,
};

/* The actor of the events motcua-cli records: no staff account. */
#define MC_CLI_ACTOR_NAME "motcua-cli"

/* Forms and reports name citizens: readable by their owner only. */
#define MC_CLI_FILE_MODE 0600

/* Returned by the usage checks when the command line is fine. */
#define MC_CLI_USAGE_OK (-1)

typedef struct
{
  const char *database;
  gboolean    json;
  GPtrArray  *words;      /* the command and its arguments */
  GHashTable *values;     /* option name → value, for options that take one */
} McCliOptions;

void        mc_cli_print_usage (FILE               *stream);
int         mc_cli_usage_error (const char         *message);
int         mc_cli_input_error (const GError       *error);
void        mc_cli_print_json  (JsonNode           *node);
char       *mc_cli_dup_today   (void) G_GNUC_WARN_UNUSED_RESULT;
const char *mc_cli_get_value   (const McCliOptions *options,
                                const char         *name);
void        mc_cli_json_add_int (JsonBuilder      *builder,
                                 const char       *name,
                                 gint64            value);
gboolean    mc_cli_parse_channel (const char       *text,
                                  int              *channel);
const char *mc_cli_channel_name (int               channel);
gboolean    mc_cli_get_period  (const McCliOptions *options,
                                GDateTime         **from,
                                GDateTime         **to,
                                GError            **error);
gboolean    mc_cli_init_actor  (McDatabase         *db,
                                McActor            *actor,
                                char              **workstation,
                                GError            **error);

int         mc_cli_audit_check     (const McCliOptions *options);
int         mc_cli_audit_run       (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_catalogue_check (const McCliOptions *options);
int         mc_cli_catalogue_run   (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_deadline_check  (const McCliOptions *options);
int         mc_cli_deadline_run    (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_calendar_check  (const McCliOptions *options);
int         mc_cli_calendar_run    (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_dossier_check   (const McCliOptions *options);
int         mc_cli_dossier_run     (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_office_check    (const McCliOptions *options);
int         mc_cli_office_run      (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_report_check    (const McCliOptions *options);
int         mc_cli_report_run      (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_stats_check     (const McCliOptions *options);
int         mc_cli_stats_run       (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_sync_check      (const McCliOptions *options);
int         mc_cli_sync_run        (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_print_check     (const McCliOptions *options);
int         mc_cli_print_run       (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_backup_check    (const McCliOptions *options);
int         mc_cli_backup_run      (McDatabase         *db,
                                    const McCliOptions *options);
int         mc_cli_restore_check   (const McCliOptions *options);
int         mc_cli_restore_run     (McDatabase         *db,
                                    const McCliOptions *options);

G_END_DECLS
