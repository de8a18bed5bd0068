/* bench-catalogue.c
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Search-as-you-type benchmark: imports a synthetic catalogue of N
 * procedures (national catalogue JSON) with the real importer, then types
 * queries one character at a time into McProcedureListModel on McCatalogue
 * on McDbWorker, as the catalogue page does. A keystroke lasts from
 * set_search_text() until the model settled: the worker answered,
 * "searching" is FALSE, items-changed was emitted and the first rows read,
 * as a list view would. Exits 0 whether or not the target is met. */

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>

#include "mc-catalogue-import.h"
#include "mc-catalogue.h"
#include "mc-procedure-list-model.h"

#define TARGET_MS 5.0
#define VIEW_ROWS 30

typedef struct
{
  const char *code;
  const char *name;
} Pair;

static const Pair fields[] = {
  { "HOTICH", "Hộ tịch" }, { "CHUNGTHUC", "Chứng thực" }, { "DATDAI", "Đất đai" },
  { "XAYDUNG", "Hoạt động xây dựng" }, { "HKD", "Thành lập và hoạt động của hộ kinh doanh" },
  { "BTXH", "Bảo trợ xã hội" }, { "NCC", "Người có công" }, { "TONGIAO", "Tín ngưỡng, tôn giáo" },
  { "TDKT", "Thi đua, khen thưởng" }, { "HOAGIAI", "Hòa giải ở cơ sở" },
  { "PBGDPL", "Phổ biến, giáo dục pháp luật" }, { "TRONGTROT", "Trồng trọt" },
  { "THUYLOI", "Thủy lợi" }, { "LAMNGHIEP", "Lâm nghiệp" }, { "MOITRUONG", "Môi trường" },
  { "TNNUOC", "Tài nguyên nước" }, { "GDDT", "Giáo dục và Đào tạo" }, { "YTE", "Y tế dự phòng" },
  { "VHCS", "Văn hóa cơ sở" }, { "THUVIEN", "Thư viện" }, { "GIADINH", "Gia đình" },
  { "TREEM", "Trẻ em" }, { "VIECLAM", "Việc làm" }, { "NVQS", "Nghĩa vụ quân sự" },
  { "CQDP", "Chính quyền địa phương" }, { "NUOICONNUOI", "Nuôi con nuôi" },
};

/* What a procedure is about, with the index of its field. */
static const struct { const char *text; guint field; } subjects[] = {
  { "khai sinh", 0 }, { "khai tử", 0 }, { "kết hôn", 0 }, { "giám hộ", 0 },
  { "nhận cha, mẹ, con", 0 }, { "tình trạng hôn nhân", 0 }, { "thay đổi, cải chính hộ tịch", 0 },
  { "bản sao từ bản chính", 1 }, { "chữ ký trong giấy tờ, văn bản", 1 },
  { "hợp đồng, giao dịch về nhà ở", 1 }, { "văn bản thỏa thuận phân chia di sản", 1 },
  { "giấy chứng nhận quyền sử dụng đất", 2 }, { "biến động đất đai", 2 },
  { "chuyển mục đích sử dụng đất", 2 }, { "tranh chấp đất đai", 2 },
  { "giấy phép xây dựng nhà ở riêng lẻ", 3 }, { "công trình xây dựng", 3 },
  { "hộ kinh doanh", 4 }, { "giấy chứng nhận đăng ký hộ kinh doanh", 4 },
  { "trợ cấp xã hội hằng tháng", 5 }, { "hỗ trợ chi phí mai táng", 5 }, { "người khuyết tật", 5 },
  { "trợ cấp ưu đãi người có công", 6 }, { "thân nhân liệt sĩ", 6 },
  { "sinh hoạt tôn giáo tập trung", 7 }, { "lễ hội tín ngưỡng", 7 },
  { "danh hiệu Gia đình văn hóa", 8 }, { "khen thưởng thành tích đột xuất", 8 },
  { "hòa giải viên", 9 }, { "tổ hòa giải", 9 }, { "báo cáo viên pháp luật", 10 },
  { "xã đạt chuẩn tiếp cận pháp luật", 10 }, { "giống cây trồng", 11 },
  { "công trình thủy lợi nhỏ", 12 }, { "khai thác gỗ rừng trồng", 13 },
  { "kế hoạch bảo vệ môi trường", 14 }, { "khai thác nước dưới đất", 15 },
  { "nhóm trẻ độc lập tư thục", 16 }, { "hỗ trợ học tập", 16 }, { "vệ sinh phòng bệnh", 17 },
  { "câu lạc bộ thể thao cơ sở", 18 }, { "thư viện cộng đồng", 19 }, { "bạo lực gia đình", 20 },
  { "chăm sóc thay thế cho trẻ em", 21 }, { "trợ cấp thất nghiệp", 22 },
  { "tạm hoãn gọi nhập ngũ", 23 }, { "thôn, tổ dân phố", 24 }, { "nuôi con nuôi trong nước", 25 },
};

static const char * const actions[] = {
  "Đăng ký", "Đăng ký lại", "Cấp", "Cấp lại", "Cấp đổi", "Cấp giấy xác nhận",
  "Cấp bản sao trích lục", "Chứng thực", "Xác nhận", "Công nhận", "Thay đổi", "Điều chỉnh",
  "Gia hạn", "Thu hồi", "Giải quyết", "Thẩm định", "Thông báo", "Hỗ trợ", "Chấm dứt", "Đề nghị",
};

static const char * const qualifiers[] = {
  "", "", "", "", "có yếu tố nước ngoài", "lưu động", "lần đầu", "đối với hộ gia đình, cá nhân",
  "trong trường hợp bị mất, hư hỏng", "tại Ủy ban nhân dân cấp xã",
  "cho người đã có hồ sơ, giấy tờ cá nhân", "trên địa bàn xã", "theo Nghị định số 123/2015/NĐ-CP",
};

static const char * const papers[] = {
  "Tờ khai theo mẫu", "Giấy chứng sinh hoặc văn bản của người làm chứng",
  "Bản sao giấy tờ tùy thân", "Giấy chứng nhận quyền sử dụng đất", "Văn bản ủy quyền (nếu có)",
  "Đơn đề nghị theo mẫu", "Bản vẽ thiết kế xây dựng", "Giấy xác nhận của Ủy ban nhân dân cấp xã",
};

static const Pair laws[] = {
  { "60/2014/QH13", "Luật Hộ tịch" }, { "31/2024/QH15", "Luật Đất đai" },
  { "50/2014/QH13", "Luật Xây dựng" }, { "23/2015/NĐ-CP", "Nghị định về chứng thực bản sao" },
  { "20/2021/NĐ-CP", "Nghị định về chính sách trợ giúp xã hội" },
};

static const char * const units[] = { "Ngày làm việc", "Ngày làm việc", "Ngày", "Giờ" };
static const char * const online[] = { "TOANTRINH", "MOTPHAN", "" };
static const char * const ministries[] = { "BTP", "BTNMT", "BXD", "BKHĐT", "BLĐTBXH", "BNV" };
static const double durations[] = { 0, 0.5, 1, 3, 5, 7, 10, 15, 20, 30 };
static const int amounts[] = { -1, 0, 0, 5000, 8000, 10000, 20000, 50000, 100000 };

/* Queries typed one character at a time, as composed by an input method. */
static const char * const queries[] = {
  "dang ky khai sinh", "chứng thực bản sao", "1.00", "ĐẤT ĐAI", "xac nhan tinh trang hon nhan",
  "cấp lại giấy chứng nhận", "ho kinh doanh", "trợ cấp xã hội", "2.000", "giay phep xay dung",
};

#define PICK(rand, array) ((array)[g_rand_int_range ((rand), 0, G_N_ELEMENTS (array))])

static void
append_procedure (GString    *json,
                  GRand      *rand,
                  const char *code,
                  const char *name,
                  guint       field,
                  int         year)
{
  const Pair *law = &PICK (rand, laws);
  const char *level = PICK (rand, online);
  int amount = PICK (rand, amounts);
  guint n_papers = g_rand_int_range (rand, 1, 5);

  g_string_append_printf (json,
    "{\"MATTHC\":\"%s\",\"TENTTHC\":\"%s\",\"CAPTHUCHIEN\":\"%s\",\"LOAITTHC\":\"%s\","
    "\"LINHVUCTHUCHIEN\":[{\"MALINHVUC\":\"%s\",\"TENLINHVUC\":\"%s\"}],"
    "\"COQUANTHUCHIEN\":[{\"MADONVI\":\"UBNDXA\",\"TENDONVI\":\"Ủy ban nhân dân cấp xã\"}],"
    "\"TRINHTUTHUCHIEN\":[{\"TRUONGHOP\":\"\",\"TRINHTU\":["
    "{\"TENTRINHTU\":\"Người yêu cầu nộp hồ sơ tại Bộ phận tiếp nhận và trả kết quả.\"},"
    "{\"TENTRINHTU\":\"Công chức kiểm tra hồ sơ, hướng dẫn bổ sung nếu chưa đầy đủ.\"},"
    "{\"TENTRINHTU\":\"Chủ tịch Ủy ban nhân dân cấp xã ký và trả kết quả.\"}]}],"
    "\"CACHTHUCTHUCHIEN\":[{\"KENH\":1,\"THOIGIAN\":[{\"THOIGIANGIAIQUYET\":%g,"
    "\"DONVITINH\":\"%s\",\"MOTA\":\"Kể từ ngày nhận đủ hồ sơ hợp lệ.\",\"PHILEPHI\":[",
    code, name, g_rand_int_range (rand, 0, 10) < 8 ? "Cấp Xã" : "Cấp Huyện",
    g_rand_boolean (rand) ? "Thủ tục hành chính" : "TTHC được luân chuyển",
    fields[field].code, fields[field].name, PICK (rand, durations), PICK (rand, units));

  if (amount >= 0)
    g_string_append_printf (json, "{\"MAPHILEPHI\":\"\",\"SOTIEN\":%d,\"DONVI\":\"Đồng\","
                            "\"MOTA\":\"Lệ phí; miễn cho người thuộc hộ nghèo.\"}", amount);
  else
    g_string_append (json, "{\"MAPHILEPHI\":\"\",\"DONVI\":\"Đồng\","
                     "\"MOTA\":\"Theo Nghị quyết của Hội đồng nhân dân tỉnh.\"}");
  g_string_append (json, "]}]}");

  if (*level != '\0')
    g_string_append (json, ",{\"KENH\":2,\"THOIGIAN\":[{\"THOIGIANGIAIQUYET\":3,"
                     "\"DONVITINH\":\"Ngày làm việc\",\"MOTA\":\"\"}]}");

  g_string_append (json, "],\"THANHPHANHOSO\":[{\"TRUONGHOP\":\"\",\"GIAYTO\":[");
  for (guint i = 0; i < n_papers; i++)
    g_string_append_printf (json, "%s{\"MAGIAYTO\":\"\",\"TENGIAYTO\":\"%s\",\"SOBANCHINH\":%d,"
                            "\"SOBANSAO\":%d,\"TENMAUDON\":\"%s\",\"URL\":\"\"}",
                            i > 0 ? "," : "", PICK (rand, papers), g_rand_int_range (rand, 0, 2),
                            g_rand_int_range (rand, 0, 3), i == 0 ? "Mẫu tờ khai" : "");

  g_string_append_printf (json,
    "]}],\"YEUCAU\":\"%s\",\"DOITUONGTHUCHIEN\":[{\"TENDOITUONG\":\"Công dân Việt Nam\"}],"
    "\"KETQUATHUCHIEN\":[{\"MAKETQUA\":\"\",\"TENKETQUA\":\"Giấy xác nhận\"}],"
    "\"CANCUPHAPLY\":[{\"SOVANBAN\":\"%s\",\"TENVANBAN\":\"%s\"}],\"MUCDODVC\":\"%s\","
    "\"LIENTHONG\":%d,\"BUUCHINHCONGICH\":{\"NHANHOSO\":%d,\"TRAKETQUA\":%d},"
    "\"QUYETDINHCONGBO\":{\"SOQUYETDINH\":\"%d/QĐ-%s\",\"NGAYHIEULUC\":\"%04d%02d%02d\"},"
    "\"TRANGTHAI\":1}",
    g_rand_boolean (rand) ? "Không" : "Người yêu cầu phải cư trú trên địa bàn xã.",
    law->code, law->name, level, g_rand_int_range (rand, 0, 5) == 0,
    g_rand_boolean (rand), g_rand_boolean (rand), g_rand_int_range (rand, 100, 3000),
    PICK (rand, ministries), year, g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

/* A catalogue of @n codes; one code in twenty also has an older version. */
static GBytes *
generate_catalogue (guint  n,
                    guint  seed,
                    guint *n_versions)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(GHashTable) codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GString *json = g_string_sized_new (n * 1700);

  *n_versions = 0;
  g_string_append (json, "{\"result\":[");

  while (g_hash_table_size (codes) < n)
    {
      int weight = g_rand_int_range (rand, 0, 20);
      g_autofree char *code = g_strdup_printf ("%d.%06d", weight < 12 ? 1 : weight < 19 ? 2 : 3,
                                               g_rand_int_range (rand, 0, MAX (15000, 2 * n)));
      guint s = g_rand_int_range (rand, 0, G_N_ELEMENTS (subjects));
      const char *qualifier = PICK (rand, qualifiers);
      g_autofree char *name = g_strdup_printf ("%s %s%s%s", PICK (rand, actions),
                                               subjects[s].text, *qualifier ? " " : "", qualifier);

      if (!g_hash_table_add (codes, g_strdup (code)))
        continue;

      if (*n_versions > 0)
        g_string_append_c (json, ',');
      append_procedure (json, rand, code, name, subjects[s].field, g_rand_int_range (rand, 2020, 2025));
      (*n_versions)++;

      if (g_hash_table_size (codes) % 20 == 0)
        {
          g_string_append_c (json, ',');
          append_procedure (json, rand, code, name, subjects[s].field, 2016);
          (*n_versions)++;
        }
    }

  g_string_append (json, "]}");

  return g_string_free_to_bytes (json);
}

/*
 * Driving the model
 */

typedef struct
{
  McProcedureListModel *model;
  guint                 changes;
  gboolean              done;
  gboolean              ok;
  GError               *error;
} Bench;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  Bench      *bench)
{
  guint n = MIN (g_list_model_get_n_items (model), VIEW_ROWS);

  /* A list view binds its visible rows after items-changed. */
  for (guint i = 0; i < n; i++)
    g_object_unref (g_list_model_get_item (model, i));

  bench->changes++;
}

static void
opened_cb (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  Bench *bench = user_data;

  bench->ok = mc_db_worker_open_finish (MC_DB_WORKER (object), result, &bench->error);
  bench->done = TRUE;
}

/* Milliseconds from @start until the model has no answer pending. */
static double
settle (Bench  *bench,
        gint64  start)
{
  while (mc_procedure_list_model_get_loading (bench->model) ||
         mc_procedure_list_model_get_searching (bench->model))
    g_main_context_iteration (NULL, TRUE);

  return (g_get_monotonic_time () - start) / 1000.0;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double da = *(const double *) a;
  double db = *(const double *) b;

  return da < db ? -1 : da > db;
}

typedef struct
{
  double median;
  double p90;
  double max;
} Stats;

/* Sorts @samples and prints a row: @label, @count, median, p90, max, @results. */
static Stats
print_row (const char *label,
           GArray     *samples,
           guint       count,
           const char *results)
{
  Stats stats = { 0, 0, 0 };
  guint n = samples->len;

  if (n > 0)
    {
      g_array_sort (samples, compare_doubles);
      stats.median = (g_array_index (samples, double, (n - 1) / 2) +
                      g_array_index (samples, double, n / 2)) / 2;
      stats.p90 = g_array_index (samples, double, (n * 9 + 9) / 10 - 1);
      stats.max = g_array_index (samples, double, n - 1);
    }

  /* Labels are UTF-8: pad by characters, not bytes. */
  g_print ("  %s%*s %5u %8.2f %8.2f %8.2f %8s\n", label,
           (int) MAX (0, 32 - g_utf8_strlen (label, -1)), "", count,
           stats.median, stats.p90, stats.max, results);

  return stats;
}

static double
time_search_text (Bench      *bench,
                  const char *text)
{
  gboolean same = g_str_equal (mc_procedure_list_model_get_search_text (bench->model), text);
  guint changes = bench->changes;
  gint64 start = g_get_monotonic_time ();
  double ms;

  mc_procedure_list_model_set_search_text (bench->model, text);
  ms = settle (bench, start);
  if (mc_procedure_list_model_get_error_message (bench->model) != NULL && bench->error == NULL)
    g_set_error (&bench->error, G_IO_ERROR, G_IO_ERROR_FAILED, "searching “%s” failed: %s", text,
                 mc_procedure_list_model_get_error_message (bench->model));
  if (!same && bench->changes == changes &&
      g_list_model_get_n_items (G_LIST_MODEL (bench->model)) > 0)
    g_printerr ("warning: no items-changed for “%s”\n", text);

  return ms;
}

static void
bench_search (Bench  *bench,
              guint   rounds,
              GArray *all,
              GArray *clears)
{
  g_print ("\nSearch as you type (set_search_text → model settled; %u rounds)\n", rounds);
  g_print ("  %-32s %5s %8s %8s %8s %8s\n", "query", "keys", "median", "p90", "max", "results");

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *label = g_strdup_printf ("“%s”", queries[q]);
      g_autofree char *results = NULL;

      for (guint r = 0; r < rounds; r++)
        {
          double ms;

          for (const char *p = queries[q]; *p != '\0'; )
            {
              g_autofree char *prefix = NULL;

              p = g_utf8_next_char (p);
              prefix = g_strndup (queries[q], p - queries[q]);
              ms = time_search_text (bench, prefix);
              g_array_append_val (samples, ms);
              g_array_append_val (all, ms);
            }

          g_free (results);
          results = g_strdup_printf ("%u", g_list_model_get_n_items (G_LIST_MODEL (bench->model)));
          ms = time_search_text (bench, "");
          g_array_append_val (clears, ms);
        }

      print_row (label, samples, samples->len / rounds, results);
    }
}

/* Every field, then every online level, with and without search text. */
static void
bench_filters (Bench  *bench,
               GArray *samples)
{
  static const char * const texts[] = { "", "dang ky", "xã" };

  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      time_search_text (bench, texts[t]);

      for (int f = 0; f <= (int) G_N_ELEMENTS (fields) + 3; f++)
        {
          gint64 start = g_get_monotonic_time ();
          double ms;

          if (f <= (int) G_N_ELEMENTS (fields))
            mc_procedure_list_model_set_field_code (bench->model,
                                                    f < (int) G_N_ELEMENTS (fields) ? fields[f].code : "");
          else
            mc_procedure_list_model_set_online_level (bench->model, (int) G_N_ELEMENTS (fields) + 3 - f);
          ms = settle (bench, start);
          g_array_append_val (samples, ms);
        }
    }

  time_search_text (bench, "");
}

static void
remove_database (const char *path)
{
  static const char * const suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_remove (file);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(McDbWorker) worker = NULL;
  g_autoptr(McCatalogue) catalogue = NULL;
  g_autoptr(McProcedureListModel) model = NULL;
  g_autoptr(GArray) keys = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) clears = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) filters = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *tmpdir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *keep_db = NULL;
  McImportResult counts = { 0, };
  Bench bench = { NULL, };
  Stats typed, filtered;
  int n_procedures = 10000;
  int rounds = 3;
  int seed = 20260101;
  int status = 1;
  guint n_versions;
  gint64 start;
  double generate_ms, import_ms = 0, open_ms, load_ms, reload_ms;
  const GOptionEntry entries[] = {
    { "procedures", 'n', 0, G_OPTION_ARG_INT, &n_procedures, "Procedure codes to generate (10000)", "N" },
    { "rounds", 'r', 0, G_OPTION_ARG_INT, &rounds, "Times each query is typed (3)", "R" },
    { "seed", 0, 0, G_OPTION_ARG_INT, &seed, "Seed of the generator", "S" },
    { "keep-db", 0, 0, G_OPTION_ARG_FILENAME, &keep_db, "Write the database to PATH and keep it", "PATH" },
    { NULL }
  };

  setlocale (LC_ALL, "");

  context = g_option_context_new ("— time search-as-you-type on a synthetic catalogue");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error) ||
      n_procedures < 1 || n_procedures > 900000 || rounds < 1)
    {
      g_printerr ("%s\n", error != NULL ? error->message
                                        : "--procedures must be 1 to 900000, --rounds at least 1");
      return 2;
    }

  if (keep_db != NULL && g_file_test (keep_db, G_FILE_TEST_EXISTS))
    {
      g_printerr ("%s exists; give a new path to --keep-db\n", keep_db);
      return 2;
    }
  if (keep_db != NULL)
    path = g_strdup (keep_db);
  else if ((tmpdir = g_dir_make_tmp ("motcua-bench-XXXXXX", &error)) != NULL)
    path = g_build_filename (tmpdir, "bench.sqlite", NULL);
  else
    goto out;

  start = g_get_monotonic_time ();
  json = generate_catalogue (n_procedures, seed, &n_versions);
  generate_ms = (g_get_monotonic_time () - start) / 1000.0;

  {
    g_autoptr(McDatabase) db = mc_database_open (path, &error);

    start = g_get_monotonic_time ();
    if (db == NULL || !mc_catalogue_import_bytes (db, json, &counts, &error))
      goto out;
    import_ms = (g_get_monotonic_time () - start) / 1000.0;
  }

  /* As the application starts: open on the worker, then the first load. */
  worker = mc_db_worker_new ();
  start = g_get_monotonic_time ();
  mc_db_worker_open_async (worker, path, NULL, opened_cb, &bench);
  while (!bench.done)
    g_main_context_iteration (NULL, TRUE);
  open_ms = (g_get_monotonic_time () - start) / 1000.0;
  if (!bench.ok)
    goto out;

  catalogue = mc_catalogue_new (worker);
  model = mc_procedure_list_model_new (catalogue);
  bench.model = model;
  g_signal_connect (model, "items-changed", G_CALLBACK (items_changed_cb), &bench);

  start = g_get_monotonic_time ();
  mc_procedure_list_model_reload (model);
  load_ms = settle (&bench, start);
  start = g_get_monotonic_time ();
  mc_procedure_list_model_reload (model);
  reload_ms = settle (&bench, start);
  if (mc_procedure_list_model_get_error_message (model) != NULL)
    {
      g_set_error (&error, G_IO_ERROR, G_IO_ERROR_FAILED, "loading failed: %s",
                   mc_procedure_list_model_get_error_message (model));
      goto out;
    }

  g_print ("Synthetic catalogue\n"
           "  procedures (N)      %u codes, %u versions, %u fields\n"
           "  JSON                %.1f MB, generated in %.0f ms\n"
           "  import              %.0f ms (parse + store + index, %u added)\n"
           "  open on worker      %.1f ms\n"
           "  initial load        %.1f ms (warm reload %.1f ms)\n",
           mc_procedure_list_model_get_n_total (model), n_versions, (guint) G_N_ELEMENTS (fields),
           g_bytes_get_size (json) / 1e6, generate_ms, import_ms, counts.added, open_ms,
           load_ms, reload_ms);

  bench_search (&bench, rounds, keys, clears);
  typed = print_row ("all keystrokes", keys, keys->len, "");
  print_row ("clearing the search", clears, clears->len, "");

  g_print ("\nFilter changes (field, online level; with and without search text)\n");
  bench_filters (&bench, filters);
  filtered = print_row ("all filter changes", filters, filters->len, "");
  if (bench.error != NULL)
    goto out;

  g_print ("\nN=%u keystrokes=%u median_ms=%.2f p90_ms=%.2f max_ms=%.2f "
           "filter_median_ms=%.2f initial_load_ms=%.1f import_ms=%.0f\n",
           mc_procedure_list_model_get_n_total (model), keys->len, typed.median, typed.p90,
           typed.max, filtered.median, load_ms, import_ms);
  g_print ("Search latency target (median < %.0f ms): %s\n", TARGET_MS,
           typed.median < TARGET_MS ? "MET" : "NOT MET");
  status = 0;

out:
  if (bench.error != NULL && error == NULL)
    g_propagate_error (&error, g_steal_pointer (&bench.error));
  g_clear_error (&bench.error);
  if (error != NULL)
    g_printerr ("bench-catalogue: %s\n", error->message);

  g_clear_object (&model);
  g_clear_object (&catalogue);
  /* A job drops its reference on the worker from the worker thread, after
   * answering: wait for that, so the worker closes the database here. */
  for (int i = 0; worker != NULL && G_OBJECT (worker)->ref_count > 1 && i < 1000; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
  g_clear_object (&worker);
  if (tmpdir != NULL)
    {
      remove_database (path);
      g_rmdir (tmpdir);
    }

  return status;
}
