#!/usr/bin/python3
# test-log-privacy.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""No personal data or secrets in logs: runs motcua-cli (env MOTCUA_CLI)
with every debug message on (G_MESSAGES_DEBUG=all) through intakes,
steps, printing, an online filing pulled from the test portal (env
MOTCUA_TEST_PORTAL), syncs through failing calls, a wrong password and a
portal that is gone, and checks that its log (GLib's messages, on
standard output for debug and info, and whatever goes to standard error)
never holds the portal's password, nor a citizen's name, ID number,
phone, e-mail or address. The command's answer to its user, on standard
output, may show them."""

import json
import os
import re
import shutil
import signal
import subprocess
import tempfile
import unittest
import unicodedata
import urllib.request

# "(motcua-cli:1234): GLib-GIO-DEBUG: 10:00:00.000: …"
LOG_LINE = re.compile(r'^\([^()\s]+:\d+\): ', re.M)

CLI = os.environ.get('MOTCUA_CLI')
PORTAL = os.environ.get('MOTCUA_TEST_PORTAL')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')

# motcua-test-portal's defaults (tests/portal/mc-test-portal.h).
USERNAME = 'motcua'
PASSWORD = 'motcua-test'
WRONG_PASSWORD = 'sai-mat-khau-4821'
DSTCODE = 'MOTCUA-TEST'
MADONVI = '000.00.00.H00'

CITIZENS = (
    dict(name='Trịnh Thị Xuân Hương', id_number='001190034567', phone='0912345678'),
    dict(name='Quách Văn Thịnh', id_number='036085001234', phone='0987654321'),
)
ONLINE = dict(name='Lạc Thị Ngọc Diệp', id_number='079190012345', phone='0903111222',
              email='ngocdiep.lac@example.vn', address='Thôn Đông Hạ, xã Tân Lập')


def fold(text):
    """@text without diacritics, as a log might spell it."""
    text = text.replace('Đ', 'D').replace('đ', 'd')
    return ''.join(c for c in unicodedata.normalize('NFD', text)
                   if unicodedata.category(c) != 'Mn')


class LogPrivacyTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-log-privacy-')
        self.db = os.path.join(self.dir, 'motcua.db')
        self.password_file = os.path.join(self.dir, 'password')
        with open(self.password_file, 'w', encoding='utf-8') as f:
            f.write(PASSWORD + '\n')
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'),
                        GIO_USE_PROXY_RESOLVER='dummy', G_MESSAGES_DEBUG='all')
        self.env.pop('MOTCUA_PORTAL_PASSWORD', None)
        self.portal = subprocess.Popen([PORTAL, '--port', '0'], stdout=subprocess.PIPE,
                                       encoding='utf-8', env=self.env)
        self.url = self.portal.stdout.readline().strip()
        self.assertTrue(self.url.startswith('http://127.0.0.1:'), self.url)
        self.logs = []

    def tearDown(self):
        if self.portal.poll() is None:
            self.portal.send_signal(signal.SIGTERM)
            self.portal.wait(timeout=20)
        self.portal.stdout.close()
        shutil.rmtree(self.dir)

    def run_cli(self, *args, env=None, expect=0):
        result = subprocess.run([CLI, '--database', self.db] + list(args), env=env or self.env,
                                capture_output=True, encoding='utf-8', timeout=120)
        # GLib's default handler writes debug and info messages to
        # standard output, the others to standard error.
        output, logged = [], []
        for line in result.stdout.splitlines(keepends=True):
            (logged if LOG_LINE.match(line) else output).append(line)
        self.logs.append((args, ''.join(logged) + result.stderr))
        if expect is not None:
            self.assertEqual(result.returncode, expect, f'{args}: {result.stderr}')
        return ''.join(output)

    def control(self, **body):
        request = urllib.request.Request(self.url + '/_test', data=json.dumps(body).encode(),
                                         headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(request, timeout=20) as answer:
            return json.load(answer)

    def sync(self, env=None, expect=None):
        return self.run_cli('sync', '--once', '--json', '--password-file', self.password_file,
                            env=env, expect=expect)

    def test_no_personal_data_on_stderr(self):
        self.run_cli('catalogue', 'import', CATALOGUE)
        self.run_cli('office', 'set', '--agency-code', MADONVI, '--agency-name', 'UBND xã Tân Lập',
                     '--workstation', 'QUAY-1')
        self.run_cli('sync', 'setup', '--url', self.url, '--dstcode', DSTCODE, '--madonvi', MADONVI,
                     '--username', USERNAME)

        codes = []
        for citizen in CITIZENS:
            shown = json.loads(self.run_cli('dossier', 'receive', '--procedure', '1.001193',
                                            '--applicant', citizen['name'],
                                            '--id-number', citizen['id_number'],
                                            '--phone', citizen['phone'], '--json'))
            # The answer to the user shows them: the check below is not blind.
            self.assertEqual(shown['applicant'], citizen['name'])
            codes.append(shown['code'])
        for action in ('hand-over', 'acknowledge'):
            self.run_cli('dossier', 'transition', codes[0], action)
        self.run_cli('dossier', 'transition', codes[0], 'request-supplement', '--reason',
                     'Thiếu bản sao CCCD ' + CITIZENS[0]['id_number'])
        self.run_cli('print', 'slip', codes[1], '-o', os.path.join(self.dir, 'slip.pdf'))
        self.run_cli('dossier', 'show', codes[0])
        self.run_cli('dossier', 'list', '--json')
        # Refused input names the bad value to its user, on stderr: a
        # mistyped number is not a citizen's record.
        self.run_cli('dossier', 'show', 'KHONG-CO', expect=1)

        # A filing made on the portal, pulled here.
        self.control(action='online_filing', dossier={
            'MaHoSo': MADONVI + '-261120-0901', 'MaTTHC': '1.001193', 'KenhThucHien': '2',
            'ChuHoSo': ONLINE['name'], 'SoGiayToChuHoSo': ONLINE['id_number'],
            'SoDienThoai': ONLINE['phone'], 'Email': ONLINE['email'],
            'ThongTinKhac': ONLINE['address'], 'TrangThaiHoSo': '1',
            'NgayTiepNhan': '20261120080000', 'PhienBan': 1, 'MaMay': 'DVCQG'})

        # Syncs through every kind of failure the portal can play.
        self.control(action='fault_rate', rate=0.5, seed=11,
                     faults=['http_500', 'timeout', 'drop_after_store', 'malformed_json',
                             'session_expired', 'too_many_requests'])
        self.control(action='timeout_delay', ms=100)
        for _ in range(6):
            self.sync()
        self.control(action='clear_faults')
        report = json.loads(self.sync(expect=0))
        self.assertTrue(report['ok'])
        held = self.control(action='lookup', mahoso=codes[0])['data']
        self.assertEqual(held['ChuHoSo'], CITIZENS[0]['name'])
        listed = json.loads(self.run_cli('dossier', 'list', '--json'))
        self.assertIn(ONLINE['name'], [d['applicant'] for d in listed])

        # A wrong password, from the environment; then the portal gone.
        self.run_cli('dossier', 'transition', codes[1], 'hand-over')
        env = dict(self.env, MOTCUA_PORTAL_PASSWORD=WRONG_PASSWORD)
        self.run_cli('sync', '--once', env=env, expect=1)
        self.portal.send_signal(signal.SIGTERM)
        self.portal.wait(timeout=20)
        self.sync(expect=1)
        self.run_cli('sync', 'status')

        secrets = {'the password': PASSWORD, 'the wrong password': WRONG_PASSWORD}
        for i, citizen in enumerate(CITIZENS + (ONLINE,)):
            for key, value in citizen.items():
                secrets[f'citizen {i}’s {key}'] = value
                if fold(value) != value:
                    secrets[f'citizen {i}’s {key}, without accents'] = fold(value)
        # Family names alone are too common to look for; given names are not.
        for i, citizen in enumerate(CITIZENS + (ONLINE,)):
            given = citizen['name'].split(' ', 1)[1]
            secrets[f'citizen {i}’s given names'] = given
        for args, logged in self.logs:
            for what, value in secrets.items():
                self.assertNotIn(value, logged, f'{what} in the log of motcua-cli {args}')
        n_lines = sum(len(LOG_LINE.findall(logged)) for _, logged in self.logs)
        print(f'# {len(self.logs)} commands, {n_lines} log lines, '
              f'{sum(len(e) for _, e in self.logs)} characters of log and stderr checked')
        # The debug messages were on: the check is not blind.
        self.assertGreater(n_lines, 0)


if __name__ == '__main__':
    if not CLI or not PORTAL or not CATALOGUE:
        raise SystemExit('MOTCUA_CLI, MOTCUA_TEST_PORTAL and MOTCUA_CATALOGUE must be set')
    unittest.main(verbosity=2)
