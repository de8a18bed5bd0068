/* bench-documents.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Times the printed forms from the dossier to the finished PDF in memory,
 * as the counter waits for them: the appointment slip (Mẫu 01, two liên,
 * six papers and its QR code; target < 15 ms), the supplement request
 * (Mẫu 02), the refusal slip (Mẫu 03) and the apology letter (Mẫu 04).
 * Each form is rendered --rounds times after one warm-up (fonts loaded);
 * the median and the slowest run are printed. --output DIR keeps each
 * form's PDF there, to check that a faster writer prints the same pages. */

#include "config.h"

#include <locale.h>

#include "mc-apology-letter.h"
#include "mc-appointment-slip.h"
#include "mc-refusal-slip.h"
#include "mc-supplement-request.h"

#define SLIP_TARGET_MS 15.0

typedef GBytes *(*RenderFunc) (McDossier              *dossier,
                               const McOfficeIdentity *office,
                               GError                **error);

static McDossierEvent *bench_event;

static GDateTime *
moment (int day,
        int hour)
{
  g_autoptr(GTimeZone) zone = g_time_zone_new_identifier ("+07:00");

  return g_date_time_new (zone, 2026, 11, day, hour, 5, 0);
}

static McDossier *
make_dossier (void)
{
  g_autoptr(GDateTime) received = moment (16, 9);
  g_autoptr(GDateTime) due = moment (23, 16);
  static const char * const papers[] = {
    "Tờ khai đăng ký kết hôn theo mẫu",
    "Giấy xác nhận tình trạng hôn nhân của bên nữ",
    "Giấy xác nhận tình trạng hôn nhân của bên nam",
    "Căn cước công dân của hai bên",
    "Trích lục ghi chú ly hôn",
    "Giấy ủy quyền (nếu có)",
  };
  McDossier *dossier = g_object_new (MC_TYPE_DOSSIER,
                                     "code", "000.17.22.H56-261116-0042",
                                     "procedure-code", "1.000894",
                                     "procedure-name", "Đăng ký kết hôn",
                                     "applicant-name", "Trần Thị Ngọc Ánh",
                                     "address", "Thôn Đông Hà, xã Tân Lập",
                                     "phone", "0912345678",
                                     "received-at", received,
                                     "due-at", due,
                                     "original-due-at", due,
                                     NULL);

  for (guint i = 0; i < G_N_ELEMENTS (papers); i++)
    {
      McDossierComponent *component = g_new0 (McDossierComponent, 1);

      component->name = g_strdup (papers[i]);
      component->originals = 1;
      component->provided = i % 3 != 1;
      mc_dossier_add_component (dossier, component);
    }

  return dossier;
}

static GBytes *
render_slip (McDossier              *dossier,
             const McOfficeIdentity *office,
             GError                **error)
{
  return mc_appointment_slip_render (dossier, mc_dossier_get_components (dossier), office, error);
}

static GBytes *
render_supplement (McDossier              *dossier,
                   const McOfficeIdentity *office,
                   GError                **error)
{
  bench_event->action = MC_DOSSIER_ACTION_REQUEST_SUPPLEMENT;
  return mc_supplement_request_render (dossier, bench_event, office, error);
}

static GBytes *
render_refusal (McDossier              *dossier,
                const McOfficeIdentity *office,
                GError                **error)
{
  bench_event->action = MC_DOSSIER_ACTION_REFUSE_AT_COUNTER;
  return mc_refusal_slip_render (dossier, bench_event, office, error);
}

static GBytes *
render_apology (McDossier              *dossier,
                const McOfficeIdentity *office,
                GError                **error)
{
  bench_event->action = MC_DOSSIER_ACTION_APOLOGIZE;
  return mc_apology_letter_render (dossier, bench_event, office, NULL, error);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Renders @render @rounds times; the median and the slowest in @median
 * and @slowest, the PDF of the warm-up in @pdf_out. */
static gboolean
time_form (RenderFunc               render,
           McDossier               *dossier,
           const McOfficeIdentity  *office,
           int                      rounds,
           double                  *median,
           double                  *slowest,
           GBytes                 **pdf_out,
           GError                 **error)
{
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GBytes) warm_up = render (dossier, office, error);

  if (warm_up == NULL)
    return FALSE;

  for (int i = 0; i < rounds; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) pdf = render (dossier, office, error);
      double ms = (g_get_monotonic_time () - start) / 1000.0;

      if (pdf == NULL)
        return FALSE;
      g_array_append_val (times, ms);
    }

  g_array_sort (times, compare_doubles);
  *median = times->len % 2 == 1
    ? g_array_index (times, double, times->len / 2)
    : (g_array_index (times, double, times->len / 2 - 1) + g_array_index (times, double, times->len / 2)) / 2;
  *slowest = g_array_index (times, double, times->len - 1);
  *pdf_out = g_steal_pointer (&warm_up);
  return TRUE;
}

int
main (int    argc,
      char **argv)
{
  static const struct {
    const char *name;
    const char *file;
    RenderFunc  render;
  } forms[] = {
    { "Mẫu 01 appointment slip", "appointment-slip.pdf", render_slip },
    { "Mẫu 02 supplement request", "supplement-request.pdf", render_supplement },
    { "Mẫu 03 refusal slip", "refusal-slip.pdf", render_refusal },
    { "Mẫu 04 apology letter", "apology-letter.pdf", render_apology },
  };
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(McOfficeIdentity) office = NULL;
  g_autoptr(McDossierEvent) event = g_new0 (McDossierEvent, 1);
  g_autofree char *output = NULL;
  int rounds = 51;
  const GOptionEntry entries[] = {
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Times each form is rendered (51)", "R" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output, "Write each form's PDF into DIR", "DIR" },
    { NULL }
  };

  setlocale (LC_ALL, "");
  context = g_option_context_new ("- time the printed forms");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) || rounds < 1)
    {
      g_printerr ("bench-documents: %s\n", error != NULL ? error->message : "--rounds must be positive");
      return 2;
    }

  dossier = make_dossier ();
  office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  event->step_id = g_strdup ("bench");
  event->actor_id = 2;
  event->actor_name = g_strdup ("Nguyễn Thị Hoa");
  event->effective_time = moment (20, 10);
  event->device_time = g_date_time_ref (event->effective_time);
  event->note = g_strdup ("Cần xác minh thông tin cư trú của bên nữ tại xã nơi thường trú trước đây.");
  event->details = g_strdup ("{}");
  bench_event = event;

  g_print ("  %-28s %10s %10s %9s\n", "form", "median", "slowest", "size");
  for (guint i = 0; i < G_N_ELEMENTS (forms); i++)
    {
      g_autoptr(GBytes) pdf = NULL;
      double median, slowest;
      gsize size;

      if (!time_form (forms[i].render, dossier, office, rounds, &median, &slowest, &pdf, &error))
        {
          g_printerr ("bench-documents: %s: %s\n", forms[i].name, error->message);
          return 1;
        }
      size = g_bytes_get_size (pdf);
      if (output != NULL)
        {
          g_autofree char *path = g_build_filename (output, forms[i].file, NULL);

          if (!g_file_set_contents (path, g_bytes_get_data (pdf, NULL), size, &error))
            {
              g_printerr ("bench-documents: %s\n", error->message);
              return 1;
            }
        }
      g_print ("  %-28s %7.2f ms %7.2f ms %6zu kB", forms[i].name, median, slowest, size / 1024);
      if (i == 0)
        g_print ("  (target < %.0f ms): %s", SLIP_TARGET_MS, median < SLIP_TARGET_MS ? "MET" : "MISSED");
      g_print ("\n");
    }

  return 0;
}
