/* test-text.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>

#include "mc-text.h"

typedef struct
{
  const char *input;
  const char *expected;
} TextCase;

static void
test_fold_table (void)
{
  static const TextCase cases[] = {
    { "Đăng ký khai sinh", "dang ky khai sinh" },
    { "ĐĂNG KÝ KHAI SINH", "dang ky khai sinh" },
    { "Đăng Ký Khai Sinh", "dang ky khai sinh" },
    { "đ Đ", "d d" },
    { "Đồng", "dong" },
    /* Every tone on every vowel shape, upper and lower case. */
    { "àáảãạ ăằắẳẵặ âầấẩẫậ", "aaaaa aaaaaa aaaaaa" },
    { "ÈÉẺẼẸ ÊỀẾỂỄỆ", "eeeee eeeeee" },
    { "ìíỉĩị ÒÓỎÕỌ ÔỒỐỔỖỘ ƠỜỚỞỠỢ", "iiiii ooooo oooooo oooooo" },
    { "ùúủũụ ƯỪỨỬỮỰ ỳýỷỹỵ", "uuuuu uuuuuu yyyyy" },
    { "Nguyễn Thị Hường", "nguyen thi huong" },
    { "Chứng thực", "chung thuc" },
    /* White space: trimmed, runs collapsed, tabs, newlines, no-break space. */
    { "  dang   ky  ", "dang ky" },
    { "\tdang\n\nky\r\n", "dang ky" },
    { "dang\xc2\xa0ky", "dang ky" },
    { "   ", "" },
    { "", "" },
    /* Digits and punctuation are kept as they are. */
    { "1.001193", "1.001193" },
    { "Mẫu TK-01 (bản sao)", "mau tk-01 (ban sao)" },
    { "ABC xyz", "abc xyz" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *folded = mc_text_fold (cases[i].input);

      g_test_message ("fold “%s”", cases[i].input);
      g_assert_cmpstr (folded, ==, cases[i].expected);
    }
}

static void
test_fold_nfd (void)
{
  /* The same words composed (NFC) and decomposed (NFD) fold the same. */
  static const char * const words[] = {
    "Đăng ký khai sinh", "Hộ tịch", "Ủy ban nhân dân cấp xã", "Trợ cấp xã hội hằng tháng",
    "Nguyễn Thị Hường",
  };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    {
      g_autofree char *nfd = g_utf8_normalize (words[i], -1, G_NORMALIZE_NFD);
      g_autofree char *from_nfc = mc_text_fold (words[i]);
      g_autofree char *from_nfd = mc_text_fold (nfd);

      /* The decomposed form really is different bytes. */
      g_assert_cmpstr (nfd, !=, words[i]);
      g_assert_cmpstr (from_nfd, ==, from_nfc);
      g_assert_true (g_str_is_ascii (from_nfc));
    }
}

static void
test_fold_null_and_invalid (void)
{
  g_autofree char *from_null = mc_text_fold (NULL);
  g_autofree char *from_invalid = mc_text_fold ("abc\xff\xfe");

  g_assert_cmpstr (from_null, ==, "");
  g_assert_nonnull (from_invalid);
  g_assert_true (g_utf8_validate (from_invalid, -1, NULL));
}

static void
test_fts_query_table (void)
{
  static const TextCase cases[] = {
    { "dang ky khai sinh", "\"dang\"* \"ky\"* \"khai\"* \"sinh\"*" },
    { "Đăng Ký", "\"dang\"* \"ky\"*" },
    { "  dang   ky  ", "\"dang\"* \"ky\"*" },
    { "kha", "\"kha\"*" },
    /* The code is split as FTS5's unicode61 splits the document. */
    { "1.001193", "\"1\"* \"001193\"*" },
    { "001193", "\"001193\"*" },
    { "chứng thực, bản sao!", "\"chung\"* \"thuc\"* \"ban\"* \"sao\"*" },
    /* Quotes and operators typed by a user are plain words. */
    { "khai\"sinh", "\"khai\"* \"sinh\"*" },
    { "\"khai sinh\"", "\"khai\"* \"sinh\"*" },
    { "khai AND sinh", "\"khai\"* \"and\"* \"sinh\"*" },
    { "khai OR NOT sinh", "\"khai\"* \"or\"* \"not\"* \"sinh\"*" },
    { "NEAR(khai sinh, 2)", "\"near\"* \"khai\"* \"sinh\"* \"2\"*" },
    { "folded:khai", "\"folded\"* \"khai\"*" },
    { "khai* -sinh ^dang +ky", "\"khai\"* \"sinh\"* \"dang\"* \"ky\"*" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *query = mc_text_fts_query (cases[i].input);

      g_test_message ("query “%s”", cases[i].input);
      g_assert_cmpstr (query, ==, cases[i].expected);
    }
}

static void
test_fts_query_no_word (void)
{
  static const char * const inputs[] = {
    "", "   ", "\t\n", ".", "...", "\"\"", "*", "-", "()", "\" * ^ : ( ) + -",
  };

  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *query = mc_text_fts_query (inputs[i]);

      g_test_message ("query “%s”", inputs[i]);
      g_assert_null (query);
    }

  g_assert_null (mc_text_fts_query (NULL));
}

static void
test_normalize_space (void)
{
  static const TextCase cases[] = {
    { "  Đăng   ký  khai sinh ", "Đăng ký khai sinh" },
    { "Hộ\ttịch\n", "Hộ tịch" },
    { "a\xc2\xa0\xc2\xa0z", "a z" },
    { "", "" },
    { "   ", "" },
    /* Case and diacritics are kept: this is for storing, not searching. */
    { "ĐĂNG KÝ", "ĐĂNG KÝ" },
    { "1.001193", "1.001193" },
  };
  g_autofree char *nfd = g_utf8_normalize ("Đăng ký khai sinh", -1, G_NORMALIZE_NFD);
  g_autofree char *composed = mc_text_normalize_space (nfd);
  g_autofree char *from_null = mc_text_normalize_space (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *normalized = mc_text_normalize_space (cases[i].input);

      g_test_message ("normalize “%s”", cases[i].input);
      g_assert_cmpstr (normalized, ==, cases[i].expected);
    }

  /* NFD input is stored composed, so it compares equal to typed text. */
  g_assert_cmpstr (composed, ==, "Đăng ký khai sinh");
  g_assert_cmpuint (strlen (composed), <, strlen (nfd));
  g_assert_cmpstr (from_null, ==, "");
}

/* A reason typed with its own full stop is quoted in a sentence that
 * ends with the form's. */
static void
test_strip_final_stop (void)
{
  static const struct {
    const char *text;
    const char *expected;
  } cases[] = {
    { "Thiếu giấy tờ.", "Thiếu giấy tờ" },
    { "  Thiếu giấy tờ;.  ", "Thiếu giấy tờ" },
    { "Đ.K.K.S", "Đ.K.K.S" },
    { "...", "" },
    { "", "" },
  };
  g_autofree char *none = mc_text_strip_final_stop (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *stripped = mc_text_strip_final_stop (cases[i].text);

      g_assert_cmpstr (stripped, ==, cases[i].expected);
    }
  g_assert_cmpstr (none, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/text/fold/table", test_fold_table);
  g_test_add_func ("/text/fold/nfd", test_fold_nfd);
  g_test_add_func ("/text/fold/null-and-invalid", test_fold_null_and_invalid);
  g_test_add_func ("/text/fts-query/table", test_fts_query_table);
  g_test_add_func ("/text/fts-query/no-word", test_fts_query_no_word);
  g_test_add_func ("/text/normalize-space", test_normalize_space);
  g_test_add_func ("/text/strip-final-stop", test_strip_final_stop);

  return g_test_run ();
}
