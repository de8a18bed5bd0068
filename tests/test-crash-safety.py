#!/usr/bin/python3
# test-crash-safety.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Crash safety: runs a stream of intakes, processing steps and printed
slips through motcua-cli (env MOTCUA_CLI) on one database and kills the
CLI with SIGKILL at random moments: half of them a random time into the
command, half of them just after it took the write lock of the
database's log, that is in the middle of its transaction or its commit.
After every kill the CLI must open the database again, and then:

- PRAGMA integrity_check says ok, foreign_key_check finds no orphan row
  and the search index agrees with its table;
- every operation the CLI reported done is there, at the version it
  reported; the operation killed is there whole or not at all;
- no dossier is half-written: its steps are versions 1 to its version,
  each starting from the status the previous one left, its status is its
  last step's, the outbox holds its version and one row per step
  (printing is not a step and appears in neither), its running number is
  counted as given.

MOTCUA_CRASH_ROUNDS sets the number of kills (300 by default; e.g. 2000
for a long run), MOTCUA_CRASH_SEED replays a stream (the seed is
printed). SIGKILL stops the process, not the machine: the page cache
survives it, so this proves atomicity. That a commit survives a power
cut rests on synchronous = FULL (src/core/mc-database.c)."""

import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import unittest

CLI = os.environ.get('MOTCUA_CLI')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')
ROUNDS = int(os.environ.get('MOTCUA_CRASH_ROUNDS', '300'))
SEED = int(os.environ.get('MOTCUA_CRASH_SEED', str(random.SystemRandom().randrange(1 << 31))))

AGENCY = '000.00.00.H00'
PROCEDURES = ('1.001193', '1.004873', '1.000894')
NAMES = ('Trần Văn An', 'Lê Thị Bình', 'Phạm Văn Cường', 'Nguyễn Thị Dung', 'Hoàng Văn Em',
         'Đặng Thị Giang', 'Bùi Văn Hải', 'Võ Thị Lan')

# McDossierAction (src/core/mc-dossier-workflow.h).
RECEIVE, REFUSE_AT_COUNTER, HAND_OVER, ACKNOWLEDGE = 0, 1, 3, 4
REQUEST_SUPPLEMENT, RECEIVE_SUPPLEMENT, REQUEST_PAYMENT, RECORD_PAYMENT = 6, 7, 8, 9
WITHDRAW, MARK_PROCESSED, RETURN_RESULT, PRINT = 12, 13, 14, 18

STEPS = {
    'hand-over': (HAND_OVER, ()),
    'acknowledge': (ACKNOWLEDGE, ()),
    'request-supplement': (REQUEST_SUPPLEMENT, ('--reason', 'Thiếu bản sao giấy khai sinh')),
    'receive-supplement': (RECEIVE_SUPPLEMENT, ()),
    'request-payment': (REQUEST_PAYMENT, ()),
    'record-payment': (RECORD_PAYMENT, ()),
    'withdraw': (WITHDRAW, ()),
    'processed': (MARK_PROCESSED, ()),
    'return': (RETURN_RESULT, ()),
}

# The ways a dossier goes, drawn at its intake.
PLANS = (
    ('hand-over', 'acknowledge', 'processed', 'return'),
    ('hand-over', 'acknowledge', 'request-supplement', 'receive-supplement', 'processed',
     'return'),
    ('hand-over', 'acknowledge', 'request-payment', 'record-payment', 'processed', 'return'),
    ('withdraw',),
)

# SQLite's lock of the log's writer: byte 120 of the -shm file (WAL_WRITE_LOCK
# in sqlite3.c), held from BEGIN IMMEDIATE to the end of COMMIT, and while a
# connection rebuilds the index of a log a crash left behind.
WAL_WRITE_LOCK_BYTE = '120'


class Dossier:

    def __init__(self, code, plan):
        self.code = code
        self.plan = list(plan)
        self.steps = []     # actions of its steps, version 1 first
        self.prints = 0


class Op:

    def __init__(self, kind, argv, **kw):
        self.kind = kind    # 'receive', 'step' or 'print'
        self.argv = argv
        self.__dict__.update(kw)


def holds_write_lock(pid):
    """Whether @pid holds the log's write lock, from /proc/locks."""
    try:
        with open('/proc/locks', encoding='ascii') as f:
            lines = f.readlines()
    except OSError:
        return False
    for line in lines:
        fields = line.split()
        if ('->' not in fields and len(fields) >= 8 and fields[4] == str(pid) and
                fields[3] == 'WRITE' and fields[6] == WAL_WRITE_LOCK_BYTE):
            return True
    return False


def has_open(pid, path):
    try:
        fds = os.listdir(f'/proc/{pid}/fd')
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f'/proc/{pid}/fd/{fd}') == path:
                return True
        except OSError:
            pass
    return False


class CrashSafetyTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-crash-')
        self.db = os.path.realpath(os.path.join(self.dir, 'motcua.db'))
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'))
        self.ok('catalogue', 'import', CATALOGUE)
        self.ok('office', 'set', '--agency-code', AGENCY, '--agency-name', 'UBND xã Tân Lập',
                '--workstation', 'QUAY-1')
        self.rng = random.Random(SEED)
        self.dossiers = {}
        self.n_receipts = 0
        self.n_prints = 0
        self.durations = {'receive': [0.04], 'step': [0.04], 'print': [0.2]}
        self.figures = dict.fromkeys(('ops_done', 'kills', 'before_open', 'open', 'write_lock',
                                      'committed_unreported', 'wal_left', 'random', 'targeted'), 0)

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args):
        return subprocess.run([CLI, '--database', self.db] + list(args), env=self.env,
                              capture_output=True, encoding='utf-8', timeout=60)

    def ok(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, f'{args}: {result.stderr}')
        return result.stdout

    # The stream

    def next_op(self):
        rng = self.rng
        open_ = [d for d in self.dossiers.values() if d.plan]
        roll = rng.random()
        if self.dossiers and roll < 0.08:
            dossier = self.dossiers[rng.choice(sorted(self.dossiers))]
            self.n_prints += 1
            output = os.path.join(self.dir, f'slip-{self.n_prints}.pdf')
            form = 'refusal' if dossier.steps[0] == REFUSE_AT_COUNTER else 'slip'
            return Op('print', ['print', form, dossier.code, '-o', output],
                      dossier=dossier, output=output)
        if len(open_) < 4 or roll < 0.35:
            self.n_receipts += 1
            id_number = f'0010{90 + self.n_receipts % 10:02d}{self.n_receipts:06d}'
            argv = ['dossier', 'receive', '--procedure', rng.choice(PROCEDURES),
                    '--applicant', rng.choice(NAMES), '--id-number', id_number,
                    '--phone', f'09{self.n_receipts:08d}', '--json']
            refused = rng.random() < 0.08
            if refused:
                argv += ['--refuse', 'Hồ sơ không thuộc thẩm quyền của xã']
            return Op('receive', argv, id_number=id_number,
                      action=REFUSE_AT_COUNTER if refused else RECEIVE,
                      plan=() if refused else rng.choice(PLANS))
        dossier = rng.choice(open_)
        name = dossier.plan[0]
        action, extra = STEPS[name]
        return Op('step', ['dossier', 'transition', dossier.code, name, '--json'] + list(extra),
                  dossier=dossier, action=action)

    def expected_duration(self, kind):
        return statistics.median(self.durations[kind][-25:])

    def record_done(self, op, stdout):
        """The CLI reported @op done: it becomes part of what must be there."""
        if op.kind == 'print':
            op.dossier.prints += 1
            with open(op.output, 'rb') as f:
                self.assertTrue(f.read(5) == b'%PDF-', op.output)
            return
        shown = json.loads(stdout)
        if op.kind == 'receive':
            self.assertNotIn(shown['code'], self.dossiers)
            self.assertEqual(shown['version'], 1)
            self.assertEqual(shown['id_number'], op.id_number)
            dossier = self.dossiers[shown['code']] = Dossier(shown['code'], op.plan)
        else:
            dossier = op.dossier
            dossier.plan.pop(0)
            self.assertEqual(shown['code'], dossier.code)
            self.assertEqual(shown['version'], len(dossier.steps) + 1)
        dossier.steps.append(op.action)

    def run_op(self, op, kill):
        """Runs @op; with @kill, SIGKILLs it at a moment drawn by that
        strategy. Returns whether it was killed before it ended."""
        started = time.monotonic()
        proc = subprocess.Popen([CLI, '--database', self.db] + op.argv, env=self.env,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                encoding='utf-8')
        in_write_lock = db_open = False
        if kill == 'random':
            time.sleep(self.rng.uniform(0, 1.1 * self.expected_duration(op.kind)))
        elif kill == 'targeted':
            deadline = started + 10
            while proc.poll() is None and time.monotonic() < deadline:
                if holds_write_lock(proc.pid):
                    break
            # Somewhere in the transaction, its commit (the log's fsync)
            # or just after it.
            time.sleep(self.rng.uniform(0, 0.006))
        if kill is not None and proc.poll() is None:
            in_write_lock = holds_write_lock(proc.pid)
            db_open = in_write_lock or has_open(proc.pid, self.db)
            proc.send_signal(signal.SIGKILL)
        stdout, stderr = proc.communicate(timeout=60)

        if proc.returncode != -signal.SIGKILL:
            self.assertEqual(proc.returncode, 0, f'{op.argv}: {stderr}')
            self.durations[op.kind].append(time.monotonic() - started)
            self.record_done(op, stdout)
            self.figures['ops_done'] += 1
            return False

        figures = self.figures
        figures['kills'] += 1
        figures[kill] += 1
        if in_write_lock:
            figures['write_lock'] += 1
        elif db_open:
            figures['open'] += 1
        else:
            figures['before_open'] += 1
        wal = self.db + '-wal'
        if os.path.exists(wal) and os.path.getsize(wal) > 0:
            figures['wal_left'] += 1
        # The CLI opens the database first, recovering the log as the
        # application would, and lists every dossier.
        self.listed = json.loads(self.ok('dossier', 'list', '--json'))
        # Standard output is flushed at exit only: a report that got out
        # anyway binds like any other.
        if stdout.strip():
            self.record_done(op, stdout)
            return True
        self.stored = self.read_database()
        if self.resolve_killed(op, self.stored):
            figures['committed_unreported'] += 1
        return True

    # After a kill

    def read_database(self):
        con = sqlite3.connect(self.db, isolation_level=None)
        try:
            self.assertEqual(con.execute('PRAGMA integrity_check').fetchall(), [('ok',)])
            self.assertEqual(con.execute('PRAGMA foreign_key_check').fetchall(), [])
            con.execute("INSERT INTO dossier_search (dossier_search) VALUES ('integrity-check')")
            dossiers = {code: dict(id=id_, status=status, version=version, id_number=id_number)
                        for code, id_, status, version, id_number in con.execute(
                            'SELECT code, id, status, version, id_number FROM dossier')}
            events = {}
            for row in con.execute('SELECT dossier_id, id, action, status_before, status_after, '
                                   'version FROM dossier_event ORDER BY id'):
                events.setdefault(row[0], []).append(row[1:])
            outbox = dict(con.execute('SELECT dossier_id, version FROM sync_dossier'))
            outbox_steps = {event_id: (dossier_id, version) for event_id, dossier_id, version
                            in con.execute('SELECT event_id, dossier_id, version FROM sync_step')}
            search = {rowid for rowid, in con.execute('SELECT rowid FROM dossier_search')}
            numbers = {}
            for agency, day, last in con.execute('SELECT agency_code, day, last_number '
                                                 'FROM dossier_number'):
                numbers[(agency, day)] = max(last, numbers.get((agency, day), 0))
        finally:
            con.close()

        # No dossier half-written.
        n_steps = 0
        for code, d in dossiers.items():
            all_events = events.get(d['id'], [])
            steps = [e for e in all_events if e[1] != PRINT]
            prints = [e for e in all_events if e[1] == PRINT]
            self.assertEqual([e[4] for e in steps], list(range(1, d['version'] + 1)), code)
            self.assertIn(steps[0][1], (RECEIVE, REFUSE_AT_COUNTER), code)
            self.assertIsNone(steps[0][2], code)
            for before, after in zip(steps, steps[1:]):
                self.assertEqual(after[2], before[3], code)
            self.assertEqual(steps[-1][3], d['status'], code)
            for e in prints:
                self.assertTrue(1 <= e[4] <= d['version'], code)
                self.assertEqual(e[2], e[3], code)
                self.assertNotIn(e[0], outbox_steps, code)
            self.assertEqual(outbox.get(d['id']), d['version'], code)
            for e in steps:
                self.assertEqual(outbox_steps.get(e[0]), (d['id'], e[4]), code)
            n_steps += len(steps)
            agency, day, number = code.rsplit('-', 2)
            self.assertGreaterEqual(numbers.get((agency, day), 0), int(number), code)
            d['steps'] = [e[1] for e in steps]
            d['prints'] = len(prints)
        self.assertEqual(len(outbox), len(dossiers))
        self.assertEqual(len(outbox_steps), n_steps)
        self.assertEqual(search, {d['id'] for d in dossiers.values()})
        return dossiers

    def resolve_killed(self, op, stored):
        """Whether @op, killed before it reported, was committed whole
        (@stored tells); it then joins what must be there."""
        if op.kind == 'receive':
            new = [code for code in stored if code not in self.dossiers]
            self.assertLessEqual(len(new), 1, new)
            if not new:
                return False
            found = stored[new[0]]
            self.assertEqual(found['id_number'], op.id_number)
            self.assertEqual(found['steps'], [op.action])
            self.dossiers[new[0]] = Dossier(new[0], op.plan)
            self.dossiers[new[0]].steps.append(op.action)
            return True
        found = stored[op.dossier.code]
        if op.kind == 'print':
            self.assertIn(found['prints'], (op.dossier.prints, op.dossier.prints + 1))
            # Written whole or not at all (g_file_set_contents).
            if os.path.exists(op.output):
                with open(op.output, 'rb') as f:
                    pdf = f.read()
                self.assertTrue(pdf.startswith(b'%PDF-') and b'%%EOF' in pdf[-64:])
            if found['prints'] == op.dossier.prints:
                return False
            op.dossier.prints += 1
            return True
        if found['steps'] == op.dossier.steps:
            return False
        self.assertEqual(found['steps'], op.dossier.steps + [op.action], op.dossier.code)
        op.dossier.steps.append(op.action)
        op.dossier.plan.pop(0)
        return True

    def check_after_kill(self):
        listed = self.listed
        self.assertEqual(sorted(d['code'] for d in listed), sorted(self.dossiers))
        for d in listed:
            self.assertEqual(d['version'], len(self.dossiers[d['code']].steps), d['code'])

        # Everything reported done, nothing more. The database was read
        # already if the operation killed had to be looked for.
        stored = self.stored if self.stored is not None else self.read_database()
        self.assertEqual(sorted(stored), sorted(self.dossiers))
        for code, dossier in self.dossiers.items():
            self.assertEqual(stored[code]['steps'], dossier.steps, code)
            self.assertEqual(stored[code]['prints'], dossier.prints, code)

    def test_killed_at_random_moments(self):
        print(f'# seed {SEED} (MOTCUA_CRASH_SEED), {ROUNDS} rounds (MOTCUA_CRASH_ROUNDS)')
        sys.stdout.flush()
        started = time.monotonic()
        for round_ in range(ROUNDS):
            self.stored = None
            while True:
                op = self.next_op()
                kill = None
                if self.rng.random() < 0.5:
                    kill = self.rng.choice(('random', 'targeted'))
                if self.run_op(op, kill):
                    break
            try:
                self.check_after_kill()
            except AssertionError:
                print(f'# failed after kill {round_ + 1}, {op.kind} {op.argv}')
                raise
            if ROUNDS >= 500 and (round_ + 1) % 250 == 0:
                print(f'# {round_ + 1} rounds, {time.monotonic() - started:.0f} s')
                sys.stdout.flush()

        f = self.figures
        elapsed = time.monotonic() - started
        print(f"# {f['kills']} kills in {elapsed:.1f} s ({f['random']} at a random moment, "
              f"{f['targeted']} aimed at the write lock), {f['ops_done']} operations "
              f"reported done, {len(self.dossiers)} dossiers")
        print(f"# killed before opening the database: {f['before_open']}; with it open: "
              f"{f['open']}; holding the log's write lock (in a transaction or its commit): "
              f"{f['write_lock']}")
        print(f"# killed after committing but before reporting: {f['committed_unreported']}; "
              f"a log left to recover: {f['wal_left']}")
        self.assertEqual(f['kills'], ROUNDS)
        # Enough of the kills cut an operation in the middle to mean something.
        self.assertGreaterEqual(f['open'] + f['write_lock'], ROUNDS // 4)
        self.assertGreaterEqual(f['write_lock'], ROUNDS // 10)


if __name__ == '__main__':
    if not CLI or not CATALOGUE:
        raise SystemExit('MOTCUA_CLI and MOTCUA_CATALOGUE must be set')
    unittest.main(verbosity=2)
