/* mc-portal-dossier.h
 *
 * Copyright 2026 Một Cửa developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <json-glib/json-glib.h>

#include "mc-dossier.h"

G_BEGIN_DECLS

/* A dossier as the portal carries it (DongBoHoSoMC, LayHoSoThayDoi,
 * TraCuuHoSo; domain.md §7.3 and portal-contract.md). Instants are Unix
 * microseconds, 0 when absent; texts are never NULL. */
typedef struct
{
  char            *code;                /* MaHoSo */
  char            *procedure_code;      /* MaTTHC */
  char            *procedure_name;      /* TenTTHC */
  char            *field_code;          /* MaLinhVuc */
  char            *field_name;          /* TenLinhVuc */
  McChannel        channel;             /* KenhThucHien */
  McApplicantType  applicant_type;      /* LoaiDoiTuong */
  char            *applicant_name;      /* ChuHoSo */
  char            *id_number;           /* SoGiayToChuHoSo, DinhDanhCHS */
  char            *phone;               /* SoDienThoai */
  char            *email;               /* Email */
  char            *address;             /* ThongTinKhac */
  char            *summary;             /* TrichYeuHoSo */
  char            *note;                /* GhiChu */
  char            *unit_name;           /* DonViXuLy */
  McDossierStatus  status;              /* TrangThaiHoSo */
  gboolean         delivery_by_post;    /* HinhThuc */
  gint64           fee;                 /* DanhSachLePhi, in đồng */
  gint64           received_at;         /* NgayTiepNhan (and NgayNopHoSo) */
  gint64           due_at;              /* NgayHenTra */
  gint64           returned_at;         /* NgayTra */
  gint64           finished_at;         /* NgayKetThucXuLy, NgayTuChoi when refused */
  GPtrArray       *components;          /* DanhSachTepDinhKemKhac: McDossierComponent */
  guint            version;             /* PhienBan */
  char            *workstation;         /* MaMay */

  /* What only Một Cửa workstations read, under "MotCua": what the
   * portal's fields cannot say exactly. A dossier filed online has none
   * of it, and gets what its status implies. */
  char            *birth_date;
  guint            set_count;
  gboolean         accepted;
  gboolean         handover_pending;
  gint64           original_due_at;
  gint64           legal_due_at;
  gint64           paused_at;
  guint            supplements_after_acceptance;
  guint            supplement_requests;
  gboolean         apology_given;
  gboolean         evaluated;
} McPortalDossier;

/* A processing step (CapNhatTienDoHoSoMC, domain.md §7.4). */
typedef struct
{
  char            *step_id;             /* BuocId */
  char            *code;                /* MaHoSo */
  char            *actor_name;          /* NguoiXuLy */
  char            *actor_title;         /* ChucDanh */
  char            *unit_name;           /* PhongBanXuLy */
  char            *content;             /* NoiDungXuLy */
  McDossierStatus  status;              /* TrangThai */
  gint64           time;                /* ThoiDiemXuLy */
  gint64           started_at;          /* NgayBatDau */
  gint64           due_at;              /* NgayKetThucTheoQuyDinh */
} McPortalStep;

McPortalDossier *mc_portal_dossier_new          (void) G_GNUC_WARN_UNUSED_RESULT;
void             mc_portal_dossier_free         (McPortalDossier  *dossier);
JsonObject      *mc_portal_dossier_to_json      (const McPortalDossier *dossier) G_GNUC_WARN_UNUSED_RESULT;
McPortalDossier *mc_portal_dossier_from_json    (JsonObject       *object,
                                                 GError          **error) G_GNUC_WARN_UNUSED_RESULT;
gboolean         mc_portal_dossier_equal        (const McPortalDossier *a,
                                                 const McPortalDossier *b);

McPortalStep    *mc_portal_step_new             (void) G_GNUC_WARN_UNUSED_RESULT;
void             mc_portal_step_free            (McPortalStep     *step);
JsonObject      *mc_portal_step_to_json         (const McPortalStep *step) G_GNUC_WARN_UNUSED_RESULT;
McPortalStep    *mc_portal_step_from_json       (JsonObject       *object,
                                                 GError          **error) G_GNUC_WARN_UNUSED_RESULT;

char            *mc_portal_format_time          (gint64            instant) G_GNUC_WARN_UNUSED_RESULT;
gboolean         mc_portal_parse_time           (const char       *text,
                                                 gint64           *instant);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (McPortalDossier, mc_portal_dossier_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (McPortalStep, mc_portal_step_free)

G_END_DECLS
