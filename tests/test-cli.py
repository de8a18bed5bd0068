#!/usr/bin/python3
#
# test-cli.py: motcua-cli against a temporary database
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs motcua-cli (env MOTCUA_CLI) on the bundled catalogue file (env
MOTCUA_CATALOGUE) and checks exit codes, counts and output. Exit 0 on
success, 1 with unittest's report on failure."""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unittest

CLI = os.environ.get('MOTCUA_CLI')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')

COUNTS = re.compile(r'^(\d+) added, (\d+) updated, (\d+) unchanged$')


def record_count(path):
    with open(path, encoding='utf-8') as f:
        data = json.load(f)
    if isinstance(data, dict):
        data = data['result']
    return len(data)


class CliTestCase(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-cli-')
        self.db = os.path.join(self.dir, 'motcua.db')
        self.env = dict(os.environ)
        self.env.update({
            'LANG': 'C.UTF-8',
            'LC_ALL': 'C.UTF-8',
            'LANGUAGE': 'C',
            # Keep the default database of a missing --database in here.
            'HOME': self.dir,
            'XDG_DATA_HOME': os.path.join(self.dir, 'data'),
        })

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args, database=True):
        argv = [CLI]
        if database:
            argv += ['--database', self.db]
        argv += list(args)
        return subprocess.run(argv, env=self.env, capture_output=True,
                              encoding='utf-8', timeout=60)

    def write(self, name, text):
        path = os.path.join(self.dir, name)
        with open(path, 'w', encoding='utf-8') as f:
            f.write(text)
        return path

    def counts(self, result):
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stderr, '')
        match = COUNTS.match(result.stdout.strip())
        self.assertIsNotNone(match, result.stdout)
        return tuple(int(n) for n in match.groups())

    def import_catalogue(self):
        return self.counts(self.run_cli('catalogue', 'import', CATALOGUE))


class ImportTest(CliTestCase):

    def test_import_counts(self):
        n = record_count(CATALOGUE)
        self.assertGreaterEqual(n, 50)
        self.assertEqual(self.import_catalogue(), (n, 0, 0))
        self.assertEqual(os.stat(self.db).st_mode & 0o777, 0o600)

        # Again: nothing added, nothing duplicated.
        self.assertEqual(self.import_catalogue(), (0, 0, n))

        result = self.run_cli('catalogue', 'import', CATALOGUE, '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout),
                         {'added': 0, 'updated': 0, 'unchanged': n})

    def test_bad_json(self):
        path = self.write('broken.json', '{"result": [ {"MATTHC": "1.001193",')
        result = self.run_cli('catalogue', 'import', path)
        self.assertEqual(result.returncode, 1)
        self.assertIn('not valid JSON', result.stderr)
        self.assertEqual(result.stdout, '')

    def test_bad_record(self):
        self.import_catalogue()
        good = {'MATTHC': '1.100001', 'TENTTHC': 'Thủ tục mới',
                'LINHVUCTHUCHIEN': [{'TENLINHVUC': 'Khác'}]}
        bad = dict(good, MATTHC='1.100002',
                   CACHTHUCTHUCHIEN=[{'KENH': 7}])
        path = self.write('bad-record.json', json.dumps({'result': [good, bad]}))

        result = self.run_cli('catalogue', 'import', path)
        self.assertEqual(result.returncode, 1)
        self.assertIn('Record 2 (1.100002), field “CACHTHUCTHUCHIEN[0].KENH”',
                      result.stderr)

        # All or nothing: the good record is not there either.
        result = self.run_cli('catalogue', 'show', '1.100001')
        self.assertEqual(result.returncode, 1)

    def test_missing_file(self):
        result = self.run_cli('catalogue', 'import',
                              os.path.join(self.dir, 'missing.json'))
        self.assertEqual(result.returncode, 1)
        self.assertIn('missing.json', result.stderr)

    def test_empty_file(self):
        result = self.run_cli('catalogue', 'import', self.write('empty.json', ''))
        self.assertEqual(result.returncode, 1)
        self.assertIn('not a procedure catalogue', result.stderr)


class SearchTest(CliTestCase):

    def setUp(self):
        super().setUp()
        self.import_catalogue()

    def search_lines(self, *args):
        result = self.run_cli('catalogue', 'search', *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.splitlines()

    def test_search(self):
        lines = self.search_lines('dang ky khai sinh')
        self.assertGreaterEqual(len(lines), 2)
        fields = lines[0].split('\t')
        self.assertEqual(len(fields), 4)
        self.assertEqual(fields[0], '1.001193')
        self.assertEqual(fields[1], 'Đăng ký khai sinh')
        self.assertEqual(fields[2], 'Hộ tịch')
        for line in lines:
            code, name = line.split('\t')[:2]
            self.assertRegex(code, r'^\d\.\d{6}$')
            self.assertIn('khai sinh', name.lower())

        # Case, diacritics, spacing and the short form do not matter.
        self.assertEqual(self.search_lines('ĐĂNG KÝ   KHAI SINH'), lines)
        result = self.run_cli('search', 'Đăng', 'Ký', 'Khai', 'Sinh')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.splitlines(), lines)

    def test_search_code(self):
        lines = self.search_lines('1.001193')
        self.assertEqual([line.split('\t')[0] for line in lines], ['1.001193'])

    def test_search_json(self):
        text = self.search_lines('dang ky khai sinh')
        result = self.run_cli('catalogue', 'search', 'dang ky khai sinh', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        found = json.loads(result.stdout)
        self.assertIsInstance(found, list)
        self.assertEqual(found[0]['code'], '1.001193')
        self.assertEqual(found[0]['name'], 'Đăng ký khai sinh')
        self.assertEqual([item['code'] for item in found],
                         [line.split('\t')[0] for line in text])
        for item in found:
            self.assertTrue(item['name'])

    def test_no_match(self):
        self.assertEqual(self.search_lines('xyzxyz'), [])
        result = self.run_cli('catalogue', 'search', 'xyzxyz', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout), [])

    def test_show(self):
        result = self.run_cli('catalogue', 'show', '1.001193')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(result.stdout.startswith('1.001193  Đăng ký khai sinh\n'))
        self.assertIn('Tờ khai đăng ký khai sinh', result.stdout)

    def test_show_json_reimports(self):
        result = self.run_cli('catalogue', 'show', '1.001193', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        record = json.loads(result.stdout)
        self.assertEqual(record['MATTHC'], '1.001193')
        self.assertEqual(record['TENTTHC'], 'Đăng ký khai sinh')

        path = self.write('one.json', json.dumps({'result': [record]}, ensure_ascii=False))
        self.assertEqual(self.counts(self.run_cli('catalogue', 'import', path)), (0, 0, 1))

    def test_show_unknown(self):
        result = self.run_cli('catalogue', 'show', '9.999999')
        self.assertEqual(result.returncode, 1)
        self.assertIn('9.999999', result.stderr)
        self.assertEqual(result.stdout, '')


class UsageTest(CliTestCase):

    def assert_usage_error(self, *args, message=None):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 2, (args, result.stderr))
        self.assertIn('Usage:', result.stderr)
        self.assertEqual(result.stdout, '')
        if message is not None:
            self.assertIn(message, result.stderr)
        # Bad usage is reported before any database is made.
        self.assertFalse(os.path.exists(self.db), args)

    def test_usage_errors(self):
        self.assert_usage_error()
        self.assert_usage_error('catalogue')
        self.assert_usage_error('catalogue', 'frobnicate', message='Unknown command “frobnicate”')
        self.assert_usage_error('frobnicate', message='Unknown command')
        self.assert_usage_error('catalogue', 'import')
        self.assert_usage_error('catalogue', 'import', 'a.json', 'b.json')
        self.assert_usage_error('catalogue', 'show')
        self.assert_usage_error('catalogue', 'show', '1.001193', '1.000894')
        self.assert_usage_error('catalogue', 'search')
        self.assert_usage_error('--frobnicate', 'catalogue', 'search', 'x',
                                message='Unknown option “--frobnicate”')
        self.assert_usage_error('catalogue', 'search', 'x', '-q', message='Unknown option')

    def test_database_needs_path(self):
        result = self.run_cli('catalogue', 'search', 'x', '--database', database=False)
        self.assertEqual(result.returncode, 2)
        self.assertIn('--database', result.stderr)

    def test_help(self):
        for flag in ('--help', '-h'):
            result = self.run_cli(flag, database=False)
            self.assertEqual(result.returncode, 0)
            self.assertIn('Usage:', result.stdout)
            self.assertIn('catalogue import FILE', result.stdout)
        result = self.run_cli('--version', database=False)
        self.assertEqual(result.returncode, 0)
        self.assertRegex(result.stdout, r'^motcua-cli \d+\.\d+')

    def test_database_option_forms(self):
        result = self.run_cli('--database=' + self.db, 'catalogue', 'import', CATALOGUE,
                              database=False)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertTrue(os.path.exists(self.db))

    def test_damaged_database(self):
        with open(self.db, 'wb') as f:
            f.write(b'this is not a database\n' * 500)
        result = self.run_cli('catalogue', 'search', 'khai sinh')
        self.assertEqual(result.returncode, 1)
        self.assertIn('damaged', result.stderr)


class DeadlineTest(CliTestCase):

    def deadline(self, *args):
        result = self.run_cli('deadline', *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout.strip()

    def test_working_days(self):
        # Keeps the clock time; skips the weekend and the official days off.
        self.assertEqual(self.deadline('--days', '3', '--received', '2026-03-02 09:40'),
                         '2026-03-05 09:40')
        self.assertEqual(self.deadline('--days', '3', '--received', '2026-03-05 09:40'),
                         '2026-03-10 09:40')
        self.assertEqual(self.deadline('--days', '1', '--received', '2026-02-13 10:00'),
                         '2026-02-23 10:00')
        self.assertEqual(self.deadline('--days', '1', '--received', '2026-11-23 10:00'),
                         '2026-11-25 10:00')
        self.assertEqual(self.deadline('--days=1', '--received=2026-08-21 10:00'),
                         '2026-08-22 10:00')

    def test_hours_and_half_days(self):
        self.assertEqual(self.deadline('--hours', '4', '--received', '2026-03-02 10:30'),
                         '2026-03-02 16:00')
        self.assertEqual(self.deadline('--days', '0.5', '--received', '2026-03-02 09:00'),
                         '2026-03-02 14:30')

    def test_generated_year(self):
        # 2027 has no official notice: Tết comes from the lunar calendar.
        self.assertEqual(self.deadline('--days', '1', '--received', '2027-02-04 10:00'),
                         '2027-02-12 10:00')

    def test_procedure(self):
        self.import_catalogue()
        # Same-day procedure received after 15:00: the next working day.
        self.assertEqual(self.deadline('--procedure', '1.001193', '--received', '2026-03-02 15:30'),
                         '2026-03-03 17:00')
        self.assertEqual(self.deadline('--procedure', '1.001193', '--received', '2026-03-02 14:00'),
                         '2026-03-02 17:00')
        self.assertEqual(self.deadline('--procedure', '1.004873', '--received', '2026-03-02 15:30'),
                         '2026-03-05 15:30')
        result = self.run_cli('deadline', '--procedure', '9.999999', '--received', '2026-03-02 09:00')
        self.assertEqual(result.returncode, 1)
        self.assertIn('9.999999', result.stderr)

    def test_json(self):
        result = self.run_cli('deadline', '--hours', '2', '--received', '2026-03-02 16:00', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual(data['due'], '2026-03-03 08:30')
        self.assertEqual(data['unit'], 'hours')

    def test_usage(self):
        for args in (('deadline',),
                     ('deadline', '--days', '1'),
                     ('deadline', '--days', '1', '--hours', '2', '--received', '2026-03-02 09:00'),
                     ('deadline', '--days', 'three', '--received', '2026-03-02 09:00'),
                     ('deadline', '--days', '-1', '--received', '2026-03-02 09:00'),
                     ('deadline', '--days', '1', '--received', '2026-02-30 09:00'),
                     ('deadline', '--days', '1', '--received', '2026-03-02 24:00'),
                     ('deadline', '--days', '1', '--received', 'tomorrow'),
                     ('deadline', 'extra', '--days', '1', '--received', '2026-03-02 09:00')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 2, (args, result.stderr))
            self.assertIn('Usage:', result.stderr)
            self.assertFalse(os.path.exists(self.db), args)


class CalendarTest(CliTestCase):

    def test_official_year(self):
        result = self.run_cli('calendar', 'show', '2026')
        self.assertEqual(result.returncode, 0, result.stderr)
        lines = result.stdout.splitlines()
        self.assertIn('official', lines[0])
        days = [line.split('\t')[0] for line in lines[1:]]
        for day in ('2026-01-01', '2026-02-16', '2026-02-20', '2026-04-27', '2026-09-02',
                    '2026-11-24', '2026-08-22'):
            self.assertIn(day, days)
        self.assertIn('2026-08-22\tmake-up working day', result.stdout)

    def test_generated_year_json(self):
        result = self.run_cli('calendar', 'show', '2027', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        data = json.loads(result.stdout)
        self.assertEqual(data['year'], 2027)
        self.assertFalse(data['confirmed'])
        days = {day['date']: day for day in data['days']}
        self.assertEqual(days['2027-02-08']['kind'], 'off')
        self.assertEqual(days['2027-02-08']['reason'], 'Lunar New Year')
        self.assertIn('2027-02-10', days)  # compensatory day for Tết on Saturday

    def test_usage(self):
        for args in (('calendar',), ('calendar', 'show'), ('calendar', 'show', 'next'),
                     ('calendar', 'show', '1800'), ('calendar', 'list', '2026')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 2, (args, result.stderr))
            self.assertFalse(os.path.exists(self.db), args)


class DossierTest(CliTestCase):

    AGENCY = '000.17.22.H56'

    def setUp(self):
        super().setUp()
        self.import_catalogue()

    def set_agency(self):
        result = self.run_cli('office', 'set', '--agency-code', self.AGENCY,
                              '--agency-name', 'UBND xã Tân Lập', '--place', 'Tân Lập',
                              '--workstation', 'PC-1')
        self.assertEqual(result.returncode, 0, result.stderr)

    def receive(self, *args):
        result = self.run_cli('dossier', 'receive', '--procedure', '1.004873',
                              '--applicant', 'Nguyễn Văn An', '--id-number', '001090012345',
                              *args)
        self.assertEqual(result.returncode, 0, result.stderr)
        return result.stdout

    def test_needs_agency_code(self):
        result = self.run_cli('dossier', 'receive', '--procedure', '1.004873',
                              '--applicant', 'Nguyễn Văn An')
        self.assertEqual(result.returncode, 1)
        self.assertIn('agency code', result.stderr)
        self.assertEqual(result.stdout, '')

    def test_receive_show_list_transition(self):
        self.set_agency()
        code, due = self.receive('--at', '2026-03-02 08:00').rstrip('\n').split('\t')
        self.assertEqual(code, self.AGENCY + '-260302-0001')
        # 1.004873: 3 working days.
        self.assertEqual(due, '2026-03-05 08:00')

        second = json.loads(self.receive('--at', '2026-03-02 09:00', '--json'))
        self.assertEqual(second['code'], self.AGENCY + '-260302-0002')
        self.assertEqual(second['status'], 2)
        self.assertTrue(second['entered_late'])
        self.assertEqual(second['workstation'], 'PC-1')

        for action in ('hand-over', 'acknowledge', 'processed'):
            result = self.run_cli('dossier', 'transition', code, action)
            self.assertEqual(result.returncode, 0, result.stderr)
        result = self.run_cli('dossier', 'transition', code, 'return', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(json.loads(result.stdout)['status'], 10)

        # Not possible any more: exit 1, nothing written.
        result = self.run_cli('dossier', 'transition', code, 'processed')
        self.assertEqual(result.returncode, 1)
        self.assertIn('not possible', result.stderr)

        result = self.run_cli('dossier', 'show', code, '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        shown = json.loads(result.stdout)
        self.assertEqual(shown['version'], 5)
        self.assertEqual([e['action'] for e in shown['events']],
                         ['receive', 'hand-over', 'acknowledge', 'processed', 'return'])
        self.assertEqual([e['version'] for e in shown['events']], [1, 2, 3, 4, 5])
        self.assertEqual(shown['events'][0]['actor'], 'motcua-cli')
        self.assertTrue(shown['events'][0]['entered_late'])
        self.assertFalse(shown['events'][1]['entered_late'])

        result = self.run_cli('dossier', 'show', code)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertIn('Nguyễn Văn An', result.stdout)

        result = self.run_cli('dossier', 'list', '--json')
        self.assertEqual([d['code'] for d in json.loads(result.stdout)],
                         [code, second['code']])
        result = self.run_cli('dossier', 'list', '--status', '2')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([line.split('\t')[0] for line in result.stdout.splitlines()],
                         [second['code']])
        result = self.run_cli('dossier', 'list', '--overdue', '--json')
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual([d['code'] for d in json.loads(result.stdout)], [second['code']])

        # A supplement request needs a reason.
        other = second['code']
        for action in ('hand-over', 'acknowledge'):
            self.assertEqual(self.run_cli('dossier', 'transition', other, action).returncode, 0)
        result = self.run_cli('dossier', 'transition', other, 'request-supplement')
        self.assertEqual(result.returncode, 1)
        result = self.run_cli('dossier', 'transition', other, 'request-supplement',
                              '--reason', 'Thiếu bản sao')
        self.assertEqual(result.returncode, 0, result.stderr)

    def test_bad_input(self):
        self.set_agency()
        for args in (('dossier', 'show', 'NOPE'),
                     ('dossier', 'transition', 'NOPE', 'processed'),
                     ('dossier', 'receive', '--procedure', '9.999999', '--applicant', 'An'),
                     ('dossier', 'receive', '--procedure', '1.004873', '--applicant', 'An',
                      '--id-number', '12AB'),
                     ('office', 'set', '--agency-code', 'H56')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 1, (args, result.stderr))
            self.assertEqual(result.stdout, '')

    def test_usage(self):
        os.remove(self.db)
        for args in (('dossier',),
                     ('dossier', 'frobnicate'),
                     ('dossier', 'receive', '--applicant', 'An'),
                     ('dossier', 'receive', '--procedure', '1.004873', '--applicant', 'An',
                      '--channel', 'fax'),
                     ('dossier', 'receive', '--procedure', '1.004873', '--applicant', 'An',
                      '--at', '2026-02-30 08:00'),
                     ('dossier', 'show'),
                     ('dossier', 'list', '--status', '11'),
                     ('dossier', 'transition', 'X'),
                     ('dossier', 'transition', 'X', 'fly'),
                     ('dossier', 'transition', 'X', 'return', '--at', 'soon'),
                     ('office', 'show')):
            result = self.run_cli(*args)
            self.assertEqual(result.returncode, 2, (args, result.stderr))
            self.assertIn('Usage:', result.stderr)
            self.assertFalse(os.path.exists(self.db), args)


def main():
    if not CLI or not CATALOGUE:
        print('MOTCUA_CLI and MOTCUA_CATALOGUE must be set', file=sys.stderr)
        return 1
    program = unittest.main(exit=False, verbosity=2)
    return 0 if program.result.wasSuccessful() else 1


if __name__ == '__main__':
    sys.exit(main())
