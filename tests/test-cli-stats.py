#!/usr/bin/python3
# test-cli-stats.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs `motcua-cli stats` and `motcua-cli report 06a` (env MOTCUA_CLI) on a
fresh database with the bundled catalogue (MOTCUA_CATALOGUE): three dossiers
received through the CLI in March 2026, two of them resolved, and checks the
figures, the CSV and JSON of report 06a, the filters and the refusals of bad
input."""

import csv
import io
import json
import os
import shutil
import subprocess
import tempfile
import unittest
import xml.etree.ElementTree as ElementTree

CLI = os.environ.get('MOTCUA_CLI')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')


class StatsTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-cli-stats-')
        self.db = os.path.join(self.dir, 'motcua.db')
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'))
        for args in (('catalogue', 'import', CATALOGUE),
                     ('office', 'set', '--agency-code', '000.17.22.H56',
                      '--agency-name', 'UBND xã Tân Lập', '--place', 'Tân Lập')):
            self.ok(*args)
        # 1.001193 Đăng ký khai sinh (Hộ tịch): due the same day.
        self.birth = self.receive('1.001193', 'direct', '2026-03-02 08:00')
        # 1.004873 Xác nhận tình trạng hôn nhân (Hộ tịch), online: due
        # three working days later, 6 March at 08:00.
        self.marriage = self.receive('1.004873', 'online', '2026-03-03 08:00')
        # 2.000815 Chứng thực bản sao, by post: due the same day, stays open.
        self.copy = self.receive('2.000815', 'postal', '2026-03-04 08:00')
        for code, when in ((self.birth, '2026-03-02 10:00'), (self.marriage, '2026-03-04 09:00')):
            self.ok('dossier', 'transition', code, 'hand-over', '--at', when)
            self.ok('dossier', 'transition', code, 'acknowledge', '--at', when)
        # The birth on the day (on time), the marriage early.
        self.ok('dossier', 'transition', self.birth, 'processed', '--at', '2026-03-02 11:00')
        self.ok('dossier', 'transition', self.marriage, 'processed', '--at', '2026-03-05 09:00')

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args):
        return subprocess.run([CLI, '--database', self.db] + list(args), env=self.env,
                              capture_output=True, encoding='utf-8', timeout=60)

    def ok(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, (args, result.stderr))
        return result.stdout

    def receive(self, procedure, channel, when):
        out = self.ok('dossier', 'receive', '--procedure', procedure, '--applicant', 'Lê Văn Tâm',
                      '--channel', channel, '--at', when)
        return out.split('\t')[0].strip()

    def test_stats_json(self):
        stats = json.loads(self.ok('stats', '--from', '2026-03-01', '--to', '2026-03-31', '--json'))
        self.assertEqual(stats['received'], 3)
        self.assertEqual(stats['received_online'], 1)
        self.assertEqual(stats['received_direct'], 2)
        self.assertEqual(stats['carried_over'], 0)
        self.assertEqual(stats['resolved'], 2)
        self.assertEqual(stats['resolved_early'], 1)
        self.assertEqual(stats['resolved_on_time'], 1)
        self.assertEqual(stats['resolved_late'], 0)
        self.assertEqual(stats['pending'], 1)
        self.assertAlmostEqual(stats['online_share'], 1 / 3)
        self.assertEqual(stats['satisfaction'], 1.0)
        self.assertEqual(stats['sync_coverage'], 0)

        # April: the open dossier is carried over, nothing new.
        april = json.loads(self.ok('stats', '--from', '2026-04-01', '--to', '2026-04-30', '--json'))
        self.assertEqual(april['carried_over'], 1)
        self.assertEqual(april['received'], 1)
        self.assertEqual(april['resolved'], 0)
        self.assertIsNone(april['satisfaction'])

        # Filters.
        online = json.loads(self.ok('stats', '--from', '2026-03-01', '--to', '2026-03-31',
                                    '--channel', 'online', '--json'))
        self.assertEqual((online['received'], online['resolved_early']), (1, 1))
        field = json.loads(self.ok('stats', '--from', '2026-03-01', '--to', '2026-03-31',
                                   '--field', 'CHUNGTHUC', '--json'))
        self.assertEqual((field['received'], field['pending']), (1, 1))

    def test_stats_text(self):
        out = self.ok('stats', '--from', '2026-03-01', '--to', '2026-03-31')
        self.assertIn('Received: 3 (online 1, in person or by post 2, carried over 0)', out)
        self.assertIn('Resolved: 2 (early 1, on time 1, late 0)', out)

    def test_report_csv(self):
        out = self.ok('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31')
        self.assertTrue(out.startswith('\ufeff'))
        rows = list(csv.reader(io.StringIO(out[1:])))
        self.assertEqual(rows[0][0], 'STT')
        self.assertEqual(rows[0][2], 'Số hồ sơ nhận giải quyết – Tổng số')
        self.assertEqual(rows[1], ['(%d)' % i for i in range(1, 14)])
        body = {row[1]: row[2:] for row in rows[2:]}
        self.assertEqual(body['Chứng thực'], ['1', '0', '1', '0', '0', '0', '0', '0', '1', '0', '1'])
        self.assertEqual(body['Hộ tịch'], ['2', '1', '1', '0', '2', '1', '1', '0', '0', '0', '0'])
        self.assertEqual(body['Tổng cộng'], ['3', '1', '2', '0', '2', '1', '1', '0', '1', '0', '1'])

        # To a file.
        path = os.path.join(self.dir, 'bc06a.csv')
        self.ok('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31', '-o', path)
        with open(path, encoding='utf-8-sig') as f:
            self.assertEqual(list(csv.reader(f)), rows)

    def test_report_json(self):
        report = json.loads(self.ok('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31',
                                    '--format', 'json'))
        self.assertEqual((report['from'], report['to']), ('2026-03-01', '2026-03-31'))
        self.assertEqual([row['field_code'] for row in report['rows']], ['CHUNGTHUC', 'HOTICH'])
        total = report['total']['columns']
        # (3) = (4)+(5)+(6) = (7)+(11); (7) = (8)+(9)+(10); (11) = (12)+(13)
        self.assertEqual(total['3'], total['4'] + total['5'] + total['6'])
        self.assertEqual(total['3'], total['7'] + total['11'])
        self.assertEqual(total['7'], total['8'] + total['9'] + total['10'])
        self.assertEqual(total['11'], total['12'] + total['13'])
        self.assertEqual(total['3'], 3)

    def test_report_fods(self):
        path = os.path.join(self.dir, 'bc06a.fods')
        self.ok('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'fods',
                '-o', path)
        ns = {'office': 'urn:oasis:names:tc:opendocument:xmlns:office:1.0',
              'table': 'urn:oasis:names:tc:opendocument:xmlns:table:1.0',
              'text': 'urn:oasis:names:tc:opendocument:xmlns:text:1.0'}
        root = ElementTree.parse(path).getroot()
        self.assertEqual(root.get('{%s}mimetype' % ns['office']),
                         'application/vnd.oasis.opendocument.spreadsheet')
        rows = root.findall('.//table:table-row', ns)
        # Every row holds the thirteen columns: a merged cell is followed
        # by a covered cell for each column it spans.
        for row in rows:
            self.assertEqual(len(row), 13)
            for i, cell in enumerate(row):
                span = int(cell.get('{%s}number-columns-spanned' % ns['table']) or 1)
                for covered in row[i + 1:i + span]:
                    self.assertEqual(covered.tag, '{%s}covered-table-cell' % ns['table'])

        def texts(row):
            return [''.join(cell.itertext()) for cell in row
                    if cell.tag == '{%s}table-cell' % ns['table']]

        self.assertEqual(texts(rows[0]), ['Biểu số 06a/VPCP/KSTT'])
        self.assertEqual(texts(rows[3]), ['Kỳ báo cáo: Từ ngày 01/03/2026 đến ngày 31/03/2026'])
        self.assertEqual(texts(rows[4])[:3], ['STT', 'Lĩnh vực, công việc giải quyết theo cấp',
                                              'Số hồ sơ nhận giải quyết'])
        self.assertEqual(texts(rows[7]), ['(%d)' % i for i in range(1, 14)])
        self.assertEqual(texts(rows[-1]), ['', 'Tổng cộng', '3', '1', '2', '0', '2', '1', '1', '0',
                                           '1', '0', '1'])
        # Figures are numbers, for the spreadsheet to add up.
        value = rows[-1][2]
        self.assertEqual(value.get('{%s}value-type' % ns['office']), 'float')
        self.assertEqual(value.get('{%s}value' % ns['office']), '3')

    def test_report_pdf(self):
        self.ok('office', 'set', '--report-receiver', 'UBND huyện Tân Yên')
        path = os.path.join(self.dir, 'bc06a.pdf')
        self.ok('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31', '--format', 'pdf',
                '-o', path)
        info = subprocess.run(['pdfinfo', path], capture_output=True, encoding='utf-8',
                              check=True).stdout
        self.assertIn('841.89 x 595.276 pts', info)
        text = subprocess.run(['pdftotext', '-layout', path, '-'], capture_output=True,
                              encoding='utf-8', check=True).stdout
        for expected in ('Biểu số 06a/VPCP/KSTT', 'Đơn vị báo cáo: UBND xã Tân Lập',
                         'Đơn vị nhận báo cáo: UBND huyện Tân Yên',
                         'Kỳ báo cáo: Từ ngày 01/03/2026 đến ngày 31/03/2026',
                         'Chứng thực', 'Hộ tịch', 'Tổng cộng'):
            self.assertIn(expected, text)

        # A PDF goes to a file, not the terminal.
        result = self.run_cli('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31',
                              '--format', 'pdf')
        self.assertEqual(result.returncode, 2)
        self.assertIn('-o FILE.pdf', result.stderr)

    def test_evaluation_summary(self):
        result = self.run_cli('office', 'set', '--evaluation-thresholds', '12,15,9,6')
        self.assertEqual(result.returncode, 1)
        self.assertIn('are not thresholds', result.stderr)
        self.ok('office', 'set', '--evaluation-thresholds', '16,13,10,7')

        path = os.path.join(self.dir, 'danh-gia.pdf')
        self.ok('report', 'evaluation', '--from', '2026-03-01', '--to', '2026-03-31', '-o', path)
        text = subprocess.run(['pdftotext', path, '-'], capture_output=True, encoding='utf-8',
                              check=True).stdout.replace('\n', ' ')
        for expected in ('BẢNG TỔNG HỢP ĐÁNH GIÁ VIỆC GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH',
                         'Kỳ đánh giá: Từ ngày 01/03/2026 đến ngày 31/03/2026',
                         'Tổng điểm', 'Chưa có phiếu đánh giá trong kỳ'):
            self.assertIn(expected, text)

        result = self.run_cli('report', 'evaluation', '--from', '2026-03-01', '--to', '2026-03-31')
        self.assertEqual(result.returncode, 2)

    def test_bad_input(self):
        for args in (('stats',), ('stats', '--from', '2026-03-01'), ('report', '06b', '--from',
                     '2026-03-01', '--to', '2026-03-31'), ('report', '06a', '--from', '2026-03-01',
                     '--to', '2026-03-31', '--format', 'xlsx'),
                     ('stats', '--from', '2026-03-01', '--to', '2026-03-31', '--channel', 'fax')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 2, args)
            self.assertIn('Usage:', result.stderr)
        for args, message in ((('stats', '--from', '2026-02-30', '--to', '2026-03-31'),
                               'take a real date'),
                              (('stats', '--from', '2026-03-31', '--to', '2026-03-01'),
                               'ends before it starts'),
                              (('report', '06a', '--from', '2026-03-01', '--to', '2026-03-31',
                                '--officer', 'nobody'), 'nobody')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 1, args)
            self.assertIn(message, result.stderr)
            self.assertEqual(result.stdout, '')


if __name__ == '__main__':
    unittest.main()
