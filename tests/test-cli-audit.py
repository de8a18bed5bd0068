#!/usr/bin/python3
# test-cli-audit.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs `motcua-cli audit` (env MOTCUA_CLI) on a fresh database with the
bundled catalogue (MOTCUA_CATALOGUE): the office set up and two dossiers
received and handed over through the CLI. Checks that the history lists
the steps and the other changes newest first, each with its actor,
workstation and time; the filters by user, dossier and period; the text
and JSON output; the refusals of bad input; and that the history cannot
be changed or deleted from outside the application either."""

import datetime
import json
import os
import shutil
import sqlite3
import subprocess
import tempfile
import unittest

CLI = os.environ.get('MOTCUA_CLI')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')

# The office's time zone, in which periods are whole days.
VIETNAM = datetime.timezone(datetime.timedelta(hours=7))


class AuditTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-cli-audit-')
        self.db = os.path.join(self.dir, 'motcua.db')
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'))
        self.ok('catalogue', 'import', CATALOGUE)
        self.ok('office', 'set', '--workstation', 'QUAY-5')
        self.ok('office', 'set', '--agency-code', '000.17.22.H56',
                '--agency-name', 'UBND xã Tân Lập')
        self.birth = self.receive('1.001193')
        self.copy = self.receive('2.000815')
        self.ok('dossier', 'transition', self.birth, 'hand-over')

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args):
        return subprocess.run([CLI, '--database', self.db] + list(args), env=self.env,
                              capture_output=True, encoding='utf-8', timeout=60)

    def ok(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, (args, result.stderr))
        return result.stdout

    def receive(self, procedure):
        out = self.ok('dossier', 'receive', '--procedure', procedure, '--applicant', 'Lê Văn Tâm')
        return out.split('\t')[0].strip()

    def audit(self, *args):
        return json.loads(self.ok('audit', '--json', *args))

    @staticmethod
    def today(days=0):
        return datetime.datetime.now(VIETNAM).date() + datetime.timedelta(days=days)

    def test_history(self):
        lines = self.audit()
        what = [(line['source'], line.get('kind', line.get('action')), line['subject'])
                for line in lines]
        # Newest first: the hand-over (action 3), the two receipts (0),
        # the office's identity, this workstation's name.
        self.assertEqual(what, [('dossier-event', 3, self.birth),
                                ('dossier-event', 0, self.copy),
                                ('dossier-event', 0, self.birth),
                                ('audit-entry', 'office.identity', ''),
                                ('audit-entry', 'office.workstation', '')])

        times = [datetime.datetime.fromisoformat(line['time']) for line in lines]
        self.assertEqual(times, sorted(times, reverse=True))
        for line, time in zip(lines, times):
            self.assertEqual(line['actor'], 'motcua-cli')
            self.assertIsNone(line['actor_id'])
            self.assertEqual(line['workstation'], 'QUAY-5')
            self.assertEqual(time.utcoffset(), datetime.timedelta(hours=7))
            self.assertLess(abs(datetime.datetime.now(VIETNAM) - time),
                            datetime.timedelta(minutes=5))

        identity = next(line for line in lines if line.get('kind') == 'office.identity')
        self.assertEqual(identity['label'], 'Commune’s identity changed')
        self.assertIsNone(identity['dossier'])
        self.assertEqual(identity['details']['agency-code'], {'from': '', 'to': '000.17.22.H56'})
        self.assertEqual(identity['details']['agency-name'],
                         {'from': '', 'to': 'UBND xã Tân Lập'})
        self.assertEqual(lines[0]['dossier'], self.birth)
        self.assertEqual(lines[0]['label'], 'Hand Over')

        # The same, as text: tab-separated, newest first.
        text = self.ok('audit').splitlines()
        self.assertEqual(len(text), 5)
        fields = text[0].split('\t')
        self.assertEqual(fields[1:5], ['motcua-cli', 'QUAY-5', 'Hand Over', self.birth])
        self.assertEqual(fields[0], times[0].strftime('%Y-%m-%d %H:%M:%S'))

        # A later change of the settings comes first.
        self.ok('office', 'set', '--counter-name', 'Bộ phận một cửa xã Tân Lập')
        forms = self.audit('--limit', '1')
        self.assertEqual(len(forms), 1)
        self.assertEqual(forms[0]['kind'], 'office.forms')
        self.assertEqual(forms[0]['details']['counter-name']['to'], 'Bộ phận một cửa xã Tân Lập')

    def test_filters(self):
        def steps(*args):
            return [(line.get('kind') or line['action'], line['subject'])
                    for line in self.audit(*args)]

        self.assertEqual(steps('--dossier', self.birth), [(3, self.birth), (0, self.birth)])
        # The beginning of a code: every dossier of the office.
        self.assertEqual(len(steps('--dossier', '000.17.22.H56')), 3)
        self.assertEqual(steps('--dossier', '000.17.22.H99'), [])

        self.assertEqual(len(steps('--user', 'motcua-cli')), 5)
        self.assertEqual(steps('--user', 'nobody'), [])
        self.assertEqual(steps('--user', 'motcua-cli', '--dossier', self.copy),
                         [(0, self.copy)])

        today = self.today()
        self.assertEqual(len(steps('--from', today.isoformat(), '--to', today.isoformat())), 5)
        # Day first, as typed in Vietnam, works too.
        self.assertEqual(len(steps('--from', today.strftime('%d/%m/%Y'))), 5)
        self.assertEqual(steps('--from', self.today(1).isoformat()), [])
        self.assertEqual(steps('--to', self.today(-1).isoformat()), [])

        self.assertEqual(len(steps('--limit', '2')), 2)
        self.assertEqual(self.ok('audit', '--user', 'nobody'), 'No change matches.\n')

    def test_bad_input(self):
        for args, code, message in (
                (('--from', '2026-02-30'), 1, '“2026-02-30” is not a real date.'),
                (('--to', 'yesterday'), 1, '“yesterday” is not a date.'),
                (('--from', '2026-03-05', '--to', '2026-03-04'), 1, 'The period ends before'),
                (('--limit', '0'), 2, '--limit takes a number'),
                (('everything',), 2, 'Use “audit')):
            result = self.run_cli('audit', *args)
            self.assertEqual(result.returncode, code, (args, result.stderr))
            self.assertIn(message, result.stderr)
            self.assertEqual(result.stdout, '')

    def test_append_only(self):
        before = self.audit()
        connection = sqlite3.connect(self.db)
        try:
            for sql in ("UPDATE dossier_event SET actor_name = 'someone else'",
                        'DELETE FROM dossier_event',
                        "UPDATE audit_entry SET details = '{}'",
                        'DELETE FROM audit_entry'):
                with self.assertRaises(sqlite3.DatabaseError) as raised:
                    with connection:
                        connection.execute(sql)
                self.assertIn('append-only', str(raised.exception))
        finally:
            connection.close()
        self.assertEqual(self.audit(), before)


if __name__ == '__main__':
    unittest.main()
