#!/usr/bin/python3
# test-cli-print.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs `motcua-cli print slip` (env MOTCUA_CLI) on a fresh database and
reads the PDF back with pdftotext and pdfinfo (poppler-utils)."""

import os
import shutil
import subprocess
import tempfile
import unittest

CLI = os.environ.get('MOTCUA_CLI')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')


class PrintSlipTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-cli-print-')
        self.db = os.path.join(self.dir, 'motcua.db')
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'))

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args):
        return subprocess.run([CLI, '--database', self.db] + list(args), env=self.env,
                              capture_output=True, encoding='utf-8', timeout=60)

    def receive(self):
        for args in (('catalogue', 'import', CATALOGUE),
                     ('office', 'set', '--agency-code', '000.17.22.H56',
                      '--agency-name', 'UBND xã Tân Lập', '--place', 'Tân Lập')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_cli('dossier', 'receive', '--procedure', '1.000894',
                              '--applicant', 'Trần Thị Ngọc Ánh', '--phone', '0912345678',
                              '--at', '2026-11-20 09:05')
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.split('\t')[0].strip()

    def test_print_slip(self):
        code = self.receive()
        output = os.path.join(self.dir, 'slip.pdf')
        result = self.run_cli('print', 'slip', code, '-o', output)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, '')
        # The slip names the citizen: readable by its owner only.
        self.assertEqual(os.stat(output).st_mode & 0o777, 0o600)

        info = subprocess.run(['pdfinfo', output], capture_output=True, encoding='utf-8',
                              check=True).stdout
        self.assertIn('Pages:           2', info)
        self.assertIn('419.528 x 595.276 pts', info)
        self.assertIn('UBND xã Tân Lập', info)
        text = subprocess.run(['pdftotext', output, '-'], capture_output=True,
                              encoding='utf-8', check=True).stdout
        for expected in ('GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ',
                         'Mã hồ sơ: ' + code,
                         'Tiếp nhận hồ sơ của: Trần Thị Ngọc Ánh',
                         'Nội dung yêu cầu giải quyết: Đăng ký kết hôn',
                         'Tân Lập, ngày 20 tháng 11 năm 2026',
                         'theo quy định là: trong ngày',
                         '4. Thời gian nhận hồ sơ: 09 giờ 05 phút, ngày 20 tháng 11 năm 2026',
                         '(Liên 1: Lưu)', '(Liên 2: Giao người nộp hồ sơ)'):
            self.assertIn(expected, text)

        # --output=FILE works as well.
        other = os.path.join(self.dir, 'other.pdf')
        result = self.run_cli('print', 'slip', code, '--output=' + other)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.getsize(other) > 1000)

    def test_print_apology(self):
        code = self.receive()
        output = os.path.join(self.dir, 'apology.pdf')

        # No apology yet: exit 1, no file.
        result = self.run_cli('print', 'apology', code, '-o', output)
        self.assertEqual(result.returncode, 1)
        self.assertIn(code, result.stderr)
        self.assertFalse(os.path.exists(output))

        for action in ('hand-over', 'acknowledge'):
            result = self.run_cli('dossier', 'transition', code, action, '--at', '2026-11-20 10:00')
            self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_cli('dossier', 'transition', code, 'apologize',
                              '--at', '2026-11-20 15:30', '--due', '2026-11-25 14:00',
                              '--reason', 'Chờ xác minh thông tin cư trú của bên nữ')
        self.assertEqual(result.returncode, 0, result.stderr)

        result = self.run_cli('print', 'apology', code, '-o', output)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout, '')
        info = subprocess.run(['pdfinfo', output], capture_output=True, encoding='utf-8',
                              check=True).stdout
        self.assertIn('Pages:           1', info)
        self.assertIn('419.528 x 595.276 pts', info)
        text = ' '.join(subprocess.run(['pdftotext', output, '-'], capture_output=True,
                                       encoding='utf-8', check=True).stdout.split())
        for expected in ('PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ',
                         'Số: ……/PXL',
                         'Tân Lập, ngày 20 tháng 11 năm 2026',
                         'Kính gửi: Trần Thị Ngọc Ánh',
                         'Mã hồ sơ: ' + code,
                         'Nội dung yêu cầu giải quyết: Đăng ký kết hôn',
                         'Lý do: Chờ xác minh thông tin cư trú của bên nữ.',
                         '14 giờ 00 phút, ngày 25 tháng 11 năm 2026',
                         'TM. ỦY BAN NHÂN DÂN', 'Nơi nhận:'):
            self.assertIn(expected, text)

    def pdf_text(self, path):
        return ' '.join(subprocess.run(['pdftotext', path, '-'], capture_output=True,
                                       encoding='utf-8', check=True).stdout.split())

    def pdf_info(self, path):
        return subprocess.run(['pdfinfo', path], capture_output=True, encoding='utf-8',
                              check=True).stdout

    def test_apology_signed_by_leader_and_recorded(self):
        code = self.receive()
        for action in ('hand-over', 'acknowledge'):
            result = self.run_cli('dossier', 'transition', code, action, '--at', '2026-11-20 10:00')
            self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_cli('dossier', 'transition', code, 'apologize',
                              '--at', '2026-11-20 15:30', '--due', '2026-11-25 14:00',
                              '--reason', 'Chờ xác minh')
        self.assertEqual(result.returncode, 0, result.stderr)

        # A bad phone is refused, naming the setting; nothing is stored.
        result = self.run_cli('office', 'set', '--counter-phone', '12345',
                              '--leader-name', 'Nguyễn Văn Bình')
        self.assertEqual(result.returncode, 1)
        self.assertIn('Counter phone', result.stderr)
        result = self.run_cli('office', 'set', '--leader-capacity', 'KT. CHỦ TỊCH',
                              '--leader-title', 'PHÓ CHỦ TỊCH', '--leader-name', 'Nguyễn Văn Bình')
        self.assertEqual(result.returncode, 0, result.stderr)

        output = os.path.join(self.dir, 'apology.pdf')
        result = self.run_cli('print', 'apology', code, '-o', output)
        self.assertEqual(result.returncode, 0, result.stderr)
        text = self.pdf_text(output)
        for expected in ('TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
                         'Nguyễn Văn Bình'):
            self.assertIn(expected, text)

        # The saved letter is in the dossier's history.
        result = self.run_cli('dossier', 'show', code, '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('"action" : "print"', result.stdout)

    def test_print_control_register_catalogue(self):
        code = self.receive()
        for action in ('hand-over', 'acknowledge'):
            result = self.run_cli('dossier', 'transition', code, action, '--at', '2026-11-20 10:00')
            self.assertEqual(result.returncode, 0, result.stderr)

        control = os.path.join(self.dir, 'control.pdf')
        result = self.run_cli('print', 'control', code, '-o', control)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('419.528 x 595.276 pts', self.pdf_info(control))
        text = self.pdf_text(control)
        self.assertIn('PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ', text)
        self.assertIn(code, text)

        register = os.path.join(self.dir, 'register.pdf')
        result = self.run_cli('print', 'register', '--from', '2026-11-20', '--to', '2026-11-20',
                              '-o', register)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('841.89 x 595.276 pts', self.pdf_info(register))
        text = self.pdf_text(register)
        self.assertIn('SỔ THEO DÕI HỒ SƠ', text)
        # The code may wrap after its agency part in its narrow column.
        agency_part, _, number_part = code.rpartition('-26')
        self.assertIn(agency_part + '-', text)
        self.assertIn('26' + number_part, text)
        self.assertIn('Trần Thị Ngọc Ánh', text)

        # A period without the dossier does not list it.
        result = self.run_cli('print', 'register', '--from', '2026-11-21', '--to', '2026-11-30',
                              '-o', register)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertNotIn('26' + number_part, self.pdf_text(register))

        for bad in (('--from', '2026-11-31', '--to', '2026-12-01'),
                    ('--from', '2026-11-20', '--to', '2026-11-19')):
            result = self.run_cli('print', 'register', *bad, '-o', register)
            self.assertEqual(result.returncode, 1, bad)
            self.assertIn('--', result.stderr)

        catalogue = os.path.join(self.dir, 'catalogue.pdf')
        result = self.run_cli('print', 'catalogue', '-o', catalogue)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('595.276 x 841.89 pts', self.pdf_info(catalogue))
        text = self.pdf_text(catalogue)
        for expected in ('DANH MỤC THỦ TỤC HÀNH CHÍNH', 'Đăng ký kết hôn', '1.000894'):
            self.assertIn(expected, text)

    def test_unknown_code(self):
        self.receive()
        output = os.path.join(self.dir, 'slip.pdf')
        result = self.run_cli('print', 'slip', '000.17.22.H56-261120-0099', '-o', output)
        self.assertEqual(result.returncode, 1)
        self.assertIn('000.17.22.H56-261120-0099', result.stderr)
        self.assertFalse(os.path.exists(output))

    def test_print_supplement(self):
        code = self.receive()
        output = os.path.join(self.dir, 'supplement.pdf')

        # Nothing asked for yet: exit 1, no file.
        result = self.run_cli('print', 'supplement', code, '-o', output)
        self.assertEqual(result.returncode, 1)
        self.assertIn(code, result.stderr)
        self.assertFalse(os.path.exists(output))

        for action in ('hand-over', 'acknowledge'):
            result = self.run_cli('dossier', 'transition', code, action, '--at', '2026-11-20 10:00')
            self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_cli('dossier', 'transition', code, 'request-supplement',
                              '--at', '2026-11-20 10:30',
                              '--reason', 'Giấy xác nhận tình trạng hôn nhân đã hết hạn.')
        self.assertEqual(result.returncode, 0, result.stderr)

        result = self.run_cli('print', 'supplement', code, '-o', output)
        self.assertEqual(result.returncode, 0, result.stderr)
        text = ' '.join(subprocess.run(['pdftotext', output, '-'], capture_output=True,
                                       encoding='utf-8', check=True).stdout.split())
        for expected in ('PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ',
                         'Số: ……/HDHS',
                         'Tân Lập, ngày 20 tháng 11 năm 2026',
                         'Mã hồ sơ: ' + code,
                         'tiếp nhận hồ sơ của Ông/Bà: Trần Thị Ngọc Ánh',
                         'Lý do: Giấy xác nhận tình trạng hôn nhân đã hết hạn. Trong quá trình'):
            self.assertIn(expected, text)

    def test_print_refusal(self):
        code = self.receive()
        output = os.path.join(self.dir, 'refusal.pdf')

        # An accepted dossier has no refusal slip: exit 1, no file.
        result = self.run_cli('print', 'refusal', code, '-o', output)
        self.assertEqual(result.returncode, 1)
        self.assertIn(code, result.stderr)
        self.assertFalse(os.path.exists(output))

        result = self.run_cli('dossier', 'receive', '--procedure', '1.000894',
                              '--applicant', 'Lê Thị Mai', '--at', '2026-11-20 09:15',
                              '--refuse', 'Hồ sơ thuộc thẩm quyền của UBND tỉnh.')
        self.assertEqual(result.returncode, 0, result.stderr)
        refused = result.stdout.split('\t')[0].strip()
        self.assertNotEqual(refused, code)

        result = self.run_cli('print', 'refusal', refused, '-o', output)
        self.assertEqual(result.returncode, 0, result.stderr)
        info = subprocess.run(['pdfinfo', output], capture_output=True, encoding='utf-8',
                              check=True).stdout
        self.assertIn('Pages:           1', info)
        self.assertIn('419.528 x 595.276 pts', info)
        text = ' '.join(subprocess.run(['pdftotext', output, '-'], capture_output=True,
                                       encoding='utf-8', check=True).stdout.split())
        for expected in ('PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ',
                         'Tân Lập, ngày 20 tháng 11 năm 2026',
                         'Mã hồ sơ: ' + refused,
                         'Tiếp nhận hồ sơ của: Lê Thị Mai',
                         'với lý do cụ thể như sau: Hồ sơ thuộc thẩm quyền của UBND tỉnh. '
                         'Xin thông báo'):
            self.assertIn(expected, text)

    def test_office_texts_override_the_forms(self):
        code = self.receive()
        forms = os.path.join(self.dir, 'data', 'org.motcua.MotCua', 'forms')
        os.makedirs(forms)
        override = os.path.join(forms, 'appointment-slip.json')
        with open(override, 'w', encoding='utf-8') as f:
            f.write('{"title": "GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"}')
        output = os.path.join(self.dir, 'slip.pdf')
        result = self.run_cli('print', 'slip', code, '-o', output)
        self.assertEqual(result.returncode, 0, result.stderr)
        text = subprocess.run(['pdftotext', output, '-'], capture_output=True,
                              encoding='utf-8', check=True).stdout
        self.assertIn('GIẤY BIÊN NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ', text)
        self.assertNotIn('GIẤY TIẾP NHẬN', text)
        # The texts the office left alone are the bundled ones.
        self.assertIn('Mã hồ sơ: ' + code, text)

        # A mistyped key is refused with the file's name; nothing is written.
        with open(override, 'w', encoding='utf-8') as f:
            f.write('{"titel": "GIẤY BIÊN NHẬN"}')
        os.remove(output)
        result = self.run_cli('print', 'slip', code, '-o', output)
        self.assertEqual(result.returncode, 1)
        self.assertIn('appointment-slip.json', result.stderr)
        self.assertIn('titel', result.stderr)
        self.assertFalse(os.path.exists(output))

    def test_usage(self):
        for args in (('print',), ('print', 'slip'), ('print', 'slip', 'X'),
                     ('print', 'letter', 'X', '-o', 'a.pdf'), ('print', 'slip', 'X', '-o'),
                     ('print', 'register', '-o', 'a.pdf'), ('print', 'catalogue', 'X', '-o', 'a.pdf')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn('Usage:', result.stderr)
            self.assertFalse(os.path.exists(self.db), args)


if __name__ == '__main__':
    unittest.main()
