/* test-form-template.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-error.h"
#include "mc-form-template.h"
#include "mc-pdf-test-util.h"
#include "mc-refusal-slip.h"
#include "mc-test-util.h"

/* The texts of the printed forms as data, and an office's own texts
 * laid over them. */

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->dir = mc_test_make_tmp_dir ("form-template-XXXXXX");
  mc_form_template_set_user_dir (fixture->dir);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  mc_form_template_set_user_dir (NULL);
  mc_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
}

static void
write_user_texts (Fixture    *fixture,
                  const char *name,
                  const char *json)
{
  g_autofree char *file_name = g_strconcat (name, ".json", NULL);
  g_autofree char *path = g_build_filename (fixture->dir, file_name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, json, -1, &error);
  g_assert_no_error (error);
}

static void
test_builtin (void)
{
  g_auto(GStrv) names = mc_form_template_list_names ();
  static const char * const expected[] = {
    "apology-letter", "appointment-slip", "control-sheet", "dossier-register",
    "evaluation-summary", "overview-report",
    "procedure-list", "refusal-slip", "report-06a", "supplement-request",
  };

  g_assert_cmpuint (g_strv_length (names), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(McFormTemplate) texts = NULL;

      g_assert_cmpstr (names[i], ==, expected[i]);
      texts = mc_form_template_load (names[i], &error);
      g_assert_no_error (error);
      /* Every form has a title in capitals, as Nghị định 30/2020 sets it. */
      g_assert_cmpstr (mc_form_template_get (texts, "title"), !=, "");
    }
}

static void
test_unknown (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McFormTemplate) texts = mc_form_template_load ("no-such-form", &error);

  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
  g_assert_null (texts);
  g_clear_error (&error);

  /* A name is never a path. */
  g_assert_null (mc_form_template_load ("../forms/refusal-slip", &error));
  g_assert_error (error, MC_ERROR, MC_ERROR_NOT_FOUND);
}

static void
test_format (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McFormTemplate) texts = mc_form_template_load ("refusal-slip", &error);
  g_autofree char *text = NULL;
  g_autofree char *partial = NULL;

  g_assert_no_error (error);
  text = mc_form_template_format (texts, "refusal", "agency", "UBND xã Tân Lập",
                                  "reason", "thiếu giấy tờ", NULL);
  g_assert_cmpstr (text, ==,
                   "Qua xem xét, Bộ phận tiếp nhận và trả kết quả UBND xã Tân Lập thông báo "
                   "không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau: thiếu giấy tờ.");

  /* A value left out shows in the text, for tests to catch. */
  partial = mc_form_template_format (texts, "refusal", "agency", "X", NULL);
  g_assert_nonnull (strstr (partial, "{reason}"));
}

static void
test_user_texts (Fixture       *fixture,
                 gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(McFormTemplate) texts = NULL;
  g_autoptr(McDossier) dossier = NULL;
  g_autoptr(McOfficeIdentity) office = mc_office_identity_new ("UBND xã Tân Lập", "Tân Lập");
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(PopplerDocument) document = NULL;
  g_autofree char *text = NULL;
  McDossierEvent event = { 0, };

  write_user_texts (fixture, "refusal-slip",
                    "{\"title\": \"THÔNG BÁO TỪ CHỐI TIẾP NHẬN HỒ SƠ\","
                    " \"closing\": \"Trân trọng thông báo./.\"}");
  texts = mc_form_template_load ("refusal-slip", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (mc_form_template_get (texts, "title"), ==, "THÔNG BÁO TỪ CHỐI TIẾP NHẬN HỒ SƠ");
  /* The texts the office left alone stay built in. */
  g_assert_cmpstr (mc_form_template_get (texts, "number"), ==, "Số: ……/TCHS");

  /* The form prints the office's texts. */
  dossier = g_object_new (MC_TYPE_DOSSIER,
                          "code", "000.17.22.H56-260309-0012",
                          "procedure-name", "Đăng ký khai sinh",
                          "applicant-name", "Hoàng Văn Đông",
                          NULL);
  event.action = MC_DOSSIER_ACTION_REFUSE_AT_COUNTER;
  event.actor_name = (char *) "Nguyễn Thị Hoa";
  event.effective_time = mc_pdf_test_moment (2026, 3, 9, 14, 25);
  event.note = (char *) "Thiếu tờ khai";
  pdf = mc_refusal_slip_render (dossier, &event, office, &error);
  g_date_time_unref (event.effective_time);
  g_assert_no_error (error);
  document = mc_pdf_test_open (pdf);
  text = mc_pdf_test_get_text (document);
  mc_pdf_test_assert_has (text, "THÔNG BÁO TỪ CHỐI TIẾP NHẬN HỒ SƠ");
  mc_pdf_test_assert_has (text, "Trân trọng thông báo./.");
  g_assert_null (strstr (text, "PHIẾU TỪ CHỐI"));
}

static void
test_user_texts_checked (Fixture       *fixture,
                         gconstpointer  data)
{
  static const struct {
    const char *json;
    const char *message_part;
  } cases[] = {
    { "{\"titel\": \"X\"}", "no text “titel”" },
    { "{\"refusal\": \"Từ chối hồ sơ của {applicant}.\"}", "cannot use {applicant}" },
    { "{\"title\": 5}", "“title” must be a text" },
    { "[\"title\"]", "must be a JSON object" },
    { "{\"title\": \"X\"", "cannot be read" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(McFormTemplate) texts = NULL;

      write_user_texts (fixture, "refusal-slip", cases[i].json);
      texts = mc_form_template_load ("refusal-slip", &error);
      g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
      g_assert_null (texts);
      g_assert_nonnull (strstr (error->message, cases[i].message_part));
      /* The message names the file to correct. */
      g_assert_nonnull (strstr (error->message, fixture->dir));
    }

  /* Placeholders the built-in text uses are allowed, in any order. */
  write_user_texts (fixture, "refusal-slip",
                    "{\"refusal\": \"Lý do: {reason}. Nơi từ chối: {agency}.\"}");
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(McFormTemplate) texts = mc_form_template_load ("refusal-slip", &error);

    g_assert_no_error (error);
    g_assert_nonnull (texts);
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/form-template/builtin", test_builtin);
  g_test_add_func ("/form-template/unknown", test_unknown);
  g_test_add_func ("/form-template/format", test_format);
  g_test_add ("/form-template/user-texts", Fixture, NULL,
              fixture_set_up, test_user_texts, fixture_tear_down);
  g_test_add ("/form-template/user-texts-checked", Fixture, NULL,
              fixture_set_up, test_user_texts_checked, fixture_tear_down);

  return g_test_run ();
}
