/* test-password.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <locale.h>
#include <string.h>

#include <sodium.h>

#include "mc-error.h"
#include "mc-password.h"

#define VIETNAMESE_PASSWORD "Mật khẩu đúng 2026"

static char *
hash_or_fail (const char *password)
{
  g_autoptr(GError) error = NULL;
  char *hash = mc_password_hash (password, &error);

  g_assert_no_error (error);
  g_assert_nonnull (hash);
  return hash;
}

static void
test_hash_verify (void)
{
  static const char * const passwords[] = {
    "correct horse battery staple",
    VIETNAMESE_PASSWORD,
    "Tr@ng-Thái_Bình!",
  };

  for (guint i = 0; i < G_N_ELEMENTS (passwords); i++)
    {
      g_autofree char *hash = hash_or_fail (passwords[i]);

      g_test_message ("password “%s”", passwords[i]);
      g_assert_true (g_str_has_prefix (hash, "$argon2id$"));
      g_assert_true (mc_password_verify (passwords[i], hash));
    }
}

static void
test_cost (void)
{
  g_autofree char *hash = hash_or_fail (VIETNAMESE_PASSWORD);

  /* The interactive cost: 64 MiB (in KiB), 2 passes, 1 lane. */
  g_assert_true (g_str_has_prefix (hash, "$argon2id$v=19$m=65536,t=2,p=1$"));
}

static void
test_wrong_password (void)
{
  g_autofree char *hash = hash_or_fail (VIETNAMESE_PASSWORD);
  static const char * const wrong[] = {
    "Mật khẩu đúng 2025",
    "Mat khau dung 2026",
    "mật khẩu đúng 2026",
    "Mật khẩu đúng 2026 ",
    "Mật khẩu đúng",
    "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (wrong); i++)
    {
      g_test_message ("wrong password “%s”", wrong[i]);
      g_assert_false (mc_password_verify (wrong[i], hash));
    }

  /* Not UTF-8: matches nothing, and cannot be hashed. */
  g_assert_false (mc_password_verify ("M\xe1t kh\xe2u", hash));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *hash = mc_password_hash ("M\xe1t kh\xe2u \xff\xfe", &error);

  g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
  g_assert_null (hash);
}

static void
test_salt (void)
{
  g_autofree char *first = hash_or_fail (VIETNAMESE_PASSWORD);
  g_autofree char *second = hash_or_fail (VIETNAMESE_PASSWORD);

  g_assert_cmpstr (first, !=, second);
  g_assert_true (mc_password_verify (VIETNAMESE_PASSWORD, first));
  g_assert_true (mc_password_verify (VIETNAMESE_PASSWORD, second));
}

static void
test_normalization (void)
{
  /* "Mật khẩu" typed by an input method that decomposes: "a" + dot below +
   * circumflex, "a" + circumflex + hook above. */
  static const char nfd[] = "Ma\xcc\xa3\xcc\x82t kha\xcc\x82\xcc\x89u đúng 2026";
  g_autofree char *hash = hash_or_fail (VIETNAMESE_PASSWORD);
  g_autofree char *hash_nfd = hash_or_fail (nfd);

  g_assert_cmpstr (nfd, !=, VIETNAMESE_PASSWORD);
  g_assert_true (mc_password_verify (nfd, hash));
  g_assert_true (mc_password_verify (VIETNAMESE_PASSWORD, hash_nfd));
}

static void
test_malformed_hash (void)
{
  g_autofree char *hash = hash_or_fail (VIETNAMESE_PASSWORD);
  g_autofree char *truncated = g_strndup (hash, strlen (hash) / 2);
  g_autofree char *no_last = g_strndup (hash, strlen (hash) - 1);
  g_autofree char *changed = g_strdup (hash);
  g_autofree char *long_tail = g_strconcat (hash, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", NULL);
  g_autofree char *very_long = g_strnfill (100000, 'a');
  g_autofree char *argon2_long = g_strconcat ("$argon2id$v=19$m=65536,t=2,p=1$", very_long, NULL);
  const char *malformed[] = {
    "",
    "$",
    "$argon2id$",
    "$argon2id$v=19$",
    "$argon2id$v=19$m=65536,t=2,p=1$",
    "$argon2id$v=19$m=65536,t=2,p=1$$",
    "$argon2id$v=19$m=65536,t=2,p=1$c29tZXNhbHQ$",
    "$argon2id$v=19$m=65536,t=2,p=1$!!!!$!!!!",
    "$argon2id$v=19$m=0,t=0,p=0$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "$argon2id$v=99$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "$argon2d$v=19$m=65536,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNoaGFzaGhhc2g",
    "$2y$10$abcdefghijklmnopqrstuu5Y1i0P6mvuF0H7o0d2m8Y1l6z6m6E2",
    VIETNAMESE_PASSWORD,
    "Mật khẩu \xff\xfe",
    truncated,
    long_tail,
    very_long,
    argon2_long,
  };

  /* Change one character of the hash itself (the last one, base64). */
  changed[strlen (changed) - 1] = changed[strlen (changed) - 1] == 'A' ? 'B' : 'A';

  for (guint i = 0; i < G_N_ELEMENTS (malformed); i++)
    {
      g_test_message ("malformed hash #%u “%.60s”", i, malformed[i]);
      g_assert_false (mc_password_verify (VIETNAMESE_PASSWORD, malformed[i]));
      g_assert_false (mc_password_verify ("", malformed[i]));
      g_assert_true (mc_password_needs_rehash (malformed[i]));
    }

  g_assert_false (mc_password_verify (VIETNAMESE_PASSWORD, NULL));
  g_assert_true (mc_password_needs_rehash (NULL));

  /* Well-formed but altered: the cost is the current one, the password
   * no longer matches. */
  g_assert_false (mc_password_verify (VIETNAMESE_PASSWORD, no_last));
  g_assert_false (mc_password_verify (VIETNAMESE_PASSWORD, changed));

  /* The hash itself still works after all that. */
  g_assert_true (mc_password_verify (VIETNAMESE_PASSWORD, hash));
}

static void
test_needs_rehash (void)
{
  g_autofree char *hash = hash_or_fail (VIETNAMESE_PASSWORD);
  char cheap[crypto_pwhash_STRBYTES];
  char argon2i[crypto_pwhash_STRBYTES];

  g_assert_false (mc_password_needs_rehash (hash));

  /* A hash of an older, cheaper cost, or of Argon2i, still verifies but
   * should be replaced. */
  g_assert_cmpint (sodium_init (), >=, 0);
  g_assert_cmpint (crypto_pwhash_str_alg (cheap, VIETNAMESE_PASSWORD,
                                          strlen (VIETNAMESE_PASSWORD),
                                          crypto_pwhash_argon2id_OPSLIMIT_MIN,
                                          crypto_pwhash_argon2id_MEMLIMIT_MIN,
                                          crypto_pwhash_ALG_ARGON2ID13), ==, 0);
  g_assert_true (mc_password_verify (VIETNAMESE_PASSWORD, cheap));
  g_assert_true (mc_password_needs_rehash (cheap));

  g_assert_cmpint (crypto_pwhash_str_alg (argon2i, VIETNAMESE_PASSWORD,
                                          strlen (VIETNAMESE_PASSWORD),
                                          crypto_pwhash_argon2i_OPSLIMIT_MIN,
                                          crypto_pwhash_argon2i_MEMLIMIT_MIN,
                                          crypto_pwhash_ALG_ARGON2I13), ==, 0);
  g_assert_true (g_str_has_prefix (argon2i, "$argon2i$"));
  g_assert_true (mc_password_verify (VIETNAMESE_PASSWORD, argon2i));
  g_assert_true (mc_password_needs_rehash (argon2i));
}

typedef struct
{
  const char *password;
  gboolean    ok;
} PolicyCase;

static void
test_policy_table (void)
{
  static const PolicyCase cases[] = {
    /* Too short. */
    { "", FALSE },
    { "a", FALSE },
    { "abc1234", FALSE },
    { "Mật khẩ", FALSE },
    /* 7 characters but 13 bytes. */
    { "ậậậậậậb", FALSE },
    /* One character repeated. */
    { "aaaaaaaa", FALSE },
    { "        ", FALSE },
    { "ưưưưưưưưưưưưưưưư", FALSE },
    { "1111111111111111", FALSE },
    /* Digits only, fewer than 12. */
    { "12345678", FALSE },
    { "01011990", FALSE },
    { "12345678901", FALSE },
    /* Fullwidth digits are digits too. */
    { "１２３４５６７８", FALSE },
    /* Acceptable. */
    { "123456789012", TRUE },
    { "0912345678901", TRUE },
    { "abcdefgh", TRUE },
    { "aaaaaaab", TRUE },
    { "1234567a", TRUE },
    { "Mật khẩu", TRUE },
    { "đườngđi", FALSE },
    { "đườngđiệ", TRUE },
    { "Mậtkhẩuđ", TRUE },
    { VIETNAMESE_PASSWORD, TRUE },
    { "correct horse battery staple", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok;

      g_test_message ("policy “%s”", cases[i].password);
      ok = mc_password_check_policy (cases[i].password, &error);
      if (cases[i].ok)
        {
          g_assert_no_error (error);
          g_assert_true (ok);
        }
      else
        {
          g_assert_error (error, MC_ERROR, MC_ERROR_INVALID);
          g_assert_false (ok);
          g_assert_nonnull (error->message);
          g_assert_cmpstr (error->message, !=, "");
        }
    }
}

static void
test_policy_counts_characters (void)
{
  /* 8 Vietnamese characters, 22 bytes: counts as 8. */
  static const char eight[] = "ậẩễờựứđư";
  /* The same 8 characters decomposed: still 8 once composed. */
  static const char eight_nfd[] = "a\xcc\xa3\xcc\x82" "a\xcc\x82\xcc\x89" "e\xcc\x82\xcc\x83"
                                  "o\xcc\x9b\xcc\x80" "u\xcc\x9b\xcc\xa3" "u\xcc\x9b\xcc\x81"
                                  "đ" "u\xcc\x9b";
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (strlen (eight), >, MC_PASSWORD_MIN_LENGTH);
  g_assert_cmpint (g_utf8_strlen (eight, -1), ==, MC_PASSWORD_MIN_LENGTH);
  g_assert_true (mc_password_check_policy (eight, &error));
  g_assert_no_error (error);

  g_assert_cmpint (g_utf8_strlen (eight_nfd, -1), >, MC_PASSWORD_MIN_LENGTH);
  g_assert_true (mc_password_check_policy (eight_nfd, &error));
  g_assert_no_error (error);
}

static void
test_policy_messages (void)
{
  g_autoptr(GError) short_error = NULL;
  g_autoptr(GError) same_error = NULL;
  g_autoptr(GError) digits_error = NULL;
  g_autoptr(GError) utf8_error = NULL;

  /* Each rule says what to do, in its own words. */
  g_assert_false (mc_password_check_policy ("abc", &short_error));
  g_assert_nonnull (strstr (short_error->message, "at least 8 characters"));

  g_assert_false (mc_password_check_policy ("zzzzzzzzzz", &same_error));
  g_assert_nonnull (strstr (same_error->message, "single character"));

  g_assert_false (mc_password_check_policy ("0912345678", &digits_error));
  g_assert_nonnull (strstr (digits_error->message, "at least 12 digits"));

  g_assert_false (mc_password_check_policy ("abcdefgh\xff", &utf8_error));
  g_assert_error (utf8_error, MC_ERROR, MC_ERROR_INVALID);

  g_assert_cmpstr (short_error->message, !=, same_error->message);
  g_assert_cmpstr (same_error->message, !=, digits_error->message);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/password/hash-verify", test_hash_verify);
  g_test_add_func ("/password/cost", test_cost);
  g_test_add_func ("/password/wrong-password", test_wrong_password);
  g_test_add_func ("/password/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/password/salt", test_salt);
  g_test_add_func ("/password/normalization", test_normalization);
  g_test_add_func ("/password/malformed-hash", test_malformed_hash);
  g_test_add_func ("/password/needs-rehash", test_needs_rehash);
  g_test_add_func ("/password/policy/table", test_policy_table);
  g_test_add_func ("/password/policy/counts-characters", test_policy_counts_characters);
  g_test_add_func ("/password/policy/messages", test_policy_messages);

  return g_test_run ();
}
