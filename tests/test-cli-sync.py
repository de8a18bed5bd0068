#!/usr/bin/python3
# test-cli-sync.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs `motcua-cli sync` (env MOTCUA_CLI) against the test portal in
another process (env MOTCUA_TEST_PORTAL, tests/portal): set up, status,
bad settings and passwords refused, and the client killed (SIGKILL) in the
middle of syncs again and again while the counter goes on working, after
which one more sync leaves the portal with each dossier's latest version
once and each step once, and the database intact."""

import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import tempfile
import time
import unittest
import urllib.request

CLI = os.environ.get('MOTCUA_CLI')
PORTAL = os.environ.get('MOTCUA_TEST_PORTAL')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')

# motcua-test-portal's defaults (tests/portal/mc-test-portal.h).
USERNAME = 'motcua'
PASSWORD = 'motcua-test'
DSTCODE = 'MOTCUA-TEST'
MADONVI = '000.00.00.H00'

NAMES = ('Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường', 'Nguyễn Thị Dung', 'Hoàng Văn Em')
KILL_ROUNDS = 25


class SyncTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-cli-sync-')
        self.db = os.path.join(self.dir, 'motcua.db')
        self.password_file = os.path.join(self.dir, 'password')
        with open(self.password_file, 'w', encoding='utf-8') as f:
            f.write(PASSWORD + '\n')
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'),
                        GIO_USE_PROXY_RESOLVER='dummy')
        self.env.pop('MOTCUA_PORTAL_PASSWORD', None)
        self.portal = subprocess.Popen([PORTAL, '--port', '0'], stdout=subprocess.PIPE,
                                       encoding='utf-8', env=self.env)
        self.url = self.portal.stdout.readline().strip()
        self.assertTrue(self.url.startswith('http://127.0.0.1:'), self.url)
        self.ok('catalogue', 'import', CATALOGUE)
        self.ok('office', 'set', '--agency-code', MADONVI, '--agency-name', 'UBND xã Tân Lập',
                '--workstation', 'QUAY-1')

    def tearDown(self):
        if self.portal.poll() is None:
            self.portal.send_signal(signal.SIGTERM)
            self.portal.wait(timeout=20)
        shutil.rmtree(self.dir)

    def run_cli(self, *args, env=None):
        return subprocess.run([CLI, '--database', self.db] + list(args), env=env or self.env,
                              capture_output=True, encoding='utf-8', timeout=120)

    def ok(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, f'{args}: {result.stderr}')
        return result.stdout

    def control(self, **body):
        request = urllib.request.Request(self.url + '/_test', data=json.dumps(body).encode(),
                                         headers={'Content-Type': 'application/json'})
        with urllib.request.urlopen(request, timeout=20) as answer:
            return json.load(answer)

    def set_up_portal(self):
        self.ok('sync', 'setup', '--url', self.url, '--dstcode', DSTCODE, '--madonvi', MADONVI,
                '--username', USERNAME)

    def receive(self, i):
        shown = json.loads(self.ok('dossier', 'receive', '--procedure', '1.001193',
                                   '--applicant', NAMES[i % len(NAMES)], '--json'))
        return shown['code']

    def local_dossiers(self):
        """code → (version, steps) as the database holds them."""
        with sqlite3.connect(f'file:{self.db}?mode=ro', uri=True) as db:
            self.assertEqual(db.execute('PRAGMA integrity_check').fetchone()[0], 'ok')
            rows = db.execute('SELECT code, version, (SELECT count(*) FROM dossier_event e '
                              'WHERE e.dossier_id = d.id AND e.action <> 18) FROM dossier d')
            return {code: (version, steps) for code, version, steps in rows}

    def test_setup_and_status(self):
        self.set_up_portal()
        status = json.loads(self.ok('sync', 'status', '--json'))
        self.assertEqual(status['url'], self.url)
        self.assertEqual(status['dossiers_pending'], 0)
        code = self.receive(0)
        status = json.loads(self.ok('sync', 'status', '--json'))
        self.assertEqual(status['dossiers_pending'], 1)
        self.assertEqual(status['steps_pending'], 1)

        report = json.loads(self.ok('sync', '--once', '--json', '--password-file',
                                    self.password_file))
        self.assertTrue(report['ok'])
        self.assertEqual(report['dossiers_sent'], 1)
        self.assertEqual(report['steps_sent'], 1)
        state = self.control(action='state')
        self.assertEqual(state['dossiers'][code]['PhienBan'], 1)
        self.assertEqual(state['dossiers'][code]['MaMay'], 'QUAY-1')
        status = json.loads(self.ok('sync', 'status', '--json'))
        self.assertEqual(status['dossiers_pending'] + status['steps_pending'], 0)

    def test_refusals(self):
        # Not set up yet.
        result = self.run_cli('sync', '--once', '--password-file', self.password_file)
        self.assertEqual(result.returncode, 1)
        self.assertIn('not set up', result.stderr)

        # Plain HTTP only to 127.0.0.1; nothing of refused settings is kept.
        for args in (('--url', 'http://dvc.example.gov.vn'), ('--url', 'dvc'),
                     ('--url', 'https://dvc.example.gov.vn', '--dstcode', 'mã sai')):
            result = self.run_cli('sync', 'setup', *args)
            self.assertEqual(result.returncode, 1, args)
        status = json.loads(self.ok('sync', 'status', '--json'))
        self.assertEqual(status['url'], '')

        # A wrong password: told once, no loop, nothing lost.
        self.set_up_portal()
        self.receive(1)
        env = dict(self.env, MOTCUA_PORTAL_PASSWORD='sai-mat-khau')
        result = self.run_cli('sync', '--once', env=env)
        self.assertEqual(result.returncode, 1)
        self.assertIn('refused the user name or the password', result.stderr)
        self.assertEqual(self.control(action='state')['n_calls'].get('auth'), 1)
        status = json.loads(self.ok('sync', 'status', '--json'))
        self.assertEqual(status['dossiers_pending'], 1)

        # The portal gone: a clear message, the outbox kept.
        self.portal.send_signal(signal.SIGTERM)
        self.portal.wait(timeout=20)
        result = self.run_cli('sync', '--once', '--password-file', self.password_file)
        self.assertEqual(result.returncode, 1)
        self.assertIn('cannot be reached', result.stderr)
        status = json.loads(self.ok('sync', 'status', '--json'))
        self.assertEqual(status['dossiers_pending'], 1)

    def test_killed_in_the_middle(self):
        self.set_up_portal()
        codes = [self.receive(i) for i in range(150)]
        # Faults on the way, as on a bad line.
        self.control(action='fault_rate', rate=0.1, seed=7,
                     faults=['http_500', 'timeout', 'drop_after_store', 'malformed_json',
                             'session_expired', 'too_many_requests'])
        self.control(action='timeout_delay', ms=100)

        rng = random.Random(20261121)
        killed = 0
        for round_ in range(KILL_ROUNDS):
            # The counter goes on working between the syncs.
            for i in range(6):
                self.ok('dossier', 'transition', codes[round_ * 6 + i], 'hand-over')
                codes.append(self.receive(i))

            calls = self.control(action='state')['total_calls']
            client = subprocess.Popen([CLI, '--database', self.db, 'sync', '--once',
                                       '--password-file', self.password_file],
                                      env=self.env, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL)
            # Killed once it talks to the portal, a moment later: between
            # two calls, or while one is on its way.
            deadline = time.monotonic() + 10
            while (client.poll() is None and time.monotonic() < deadline and
                   self.control(action='state')['total_calls'] <= calls):
                time.sleep(0.005)
            time.sleep(rng.uniform(0, 0.03))
            if client.poll() is None:
                client.send_signal(signal.SIGKILL)
                killed += 1
            client.wait(timeout=30)
        print(f'# the client was killed in {killed} of {KILL_ROUNDS} syncs')
        # Most syncs end by themselves in a few milliseconds; enough are cut.
        self.assertGreaterEqual(killed, KILL_ROUNDS // 5)

        # The network heals; syncs until one goes through.
        self.control(action='clear_faults')
        for _ in range(10):
            if self.run_cli('sync', '--once', '--password-file',
                            self.password_file).returncode == 0:
                break
        else:
            self.fail('no sync went through once the faults stopped')

        local = self.local_dossiers()
        state = self.control(action='state')
        self.assertEqual(state['n_dossiers'], len(local))
        steps = 0
        for code, (version, n_steps) in local.items():
            held = state['dossiers'].get(code)
            self.assertIsNotNone(held, f'{code} never reached the portal')
            self.assertEqual(held['PhienBan'], version, code)
            self.assertEqual(held['n_steps'], n_steps, code)
            steps += n_steps
        self.assertEqual(state['n_steps'], steps)
        print(f"# {len(local)} dossiers, {steps} steps; {state['n_stored_twice']} items "
              f"the portal had already stored were sent again after a lost answer")
        status = json.loads(self.ok('sync', 'status', '--json'))
        for key in ('dossiers_pending', 'dossiers_rejected', 'dossiers_conflict',
                    'steps_pending', 'steps_rejected'):
            self.assertEqual(status[key], 0, key)


if __name__ == '__main__':
    if not CLI or not PORTAL or not CATALOGUE:
        raise SystemExit('MOTCUA_CLI, MOTCUA_TEST_PORTAL and MOTCUA_CATALOGUE must be set')
    unittest.main(verbosity=2)
