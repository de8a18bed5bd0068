#!/usr/bin/python3
# test-cli-backup.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""Runs `motcua-cli backup` and `motcua-cli restore` (env MOTCUA_CLI) on a
fresh database with the bundled catalogue (MOTCUA_CATALOGUE) and two
dossiers: backups into the chosen folder, the default one and one file,
their modes and content, restores keeping a copy of the database, a
missing folder and a full disk (a file size limit, as `ulimit -f`) leaving
the database byte for byte as it was, and bad usage."""

import hashlib
import json
import os
import resource
import shutil
import signal
import sqlite3
import stat
import subprocess
import tempfile
import unittest

CLI = os.environ.get('MOTCUA_CLI')
CATALOGUE = os.environ.get('MOTCUA_CATALOGUE')


def digest(path):
    with open(path, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def query(path, sql):
    """Reads a backup without writing to it."""
    db = sqlite3.connect('file:%s?mode=ro' % path, uri=True)
    try:
        return db.execute(sql).fetchall()
    finally:
        db.close()


class BackupTest(unittest.TestCase):

    def setUp(self):
        self.dir = tempfile.mkdtemp(prefix='mc-test-cli-backup-')
        self.db = os.path.join(self.dir, 'motcua.sqlite')
        self.usb = os.path.join(self.dir, 'usb')
        os.mkdir(self.usb)
        self.env = dict(os.environ, LANG='C.UTF-8', LC_ALL='C.UTF-8', LANGUAGE='C',
                        HOME=self.dir, XDG_DATA_HOME=os.path.join(self.dir, 'data'))
        for args in (('catalogue', 'import', CATALOGUE),
                     ('office', 'set', '--agency-code', '000.17.22.H56')):
            self.ok(*args)
        self.codes = [self.receive('Lê Văn Tâm'), self.receive('Trần Thị Hoa')]

    def tearDown(self):
        shutil.rmtree(self.dir)

    def run_cli(self, *args, limit=None):
        def limit_file_size():
            # As `ulimit -f`: writes past the limit fail with EFBIG
            # instead of killing the process.
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
            resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

        return subprocess.run([CLI, '--database', self.db] + list(args), env=self.env,
                              capture_output=True, encoding='utf-8', timeout=60,
                              preexec_fn=limit_file_size if limit else None)

    def ok(self, *args):
        result = self.run_cli(*args)
        self.assertEqual(result.returncode, 0, (args, result.stderr))
        return result.stdout

    def fails(self, *args, status=1, limit=None):
        result = self.run_cli(*args, limit=limit)
        self.assertEqual(result.returncode, status, (args, result.stdout, result.stderr))
        return result.stderr

    def receive(self, applicant):
        out = self.ok('dossier', 'receive', '--procedure', '1.001193', '--applicant', applicant)
        return out.split('\t')[0].strip()

    def dossier_codes(self):
        return sorted(d['code'] for d in json.loads(self.ok('dossier', 'list', '--json')))

    def backups(self, folder):
        return sorted(name for name in os.listdir(folder) if name.endswith('.sqlite'))

    def last_audit_entry(self):
        return query(self.db, 'SELECT kind, actor_name, subject FROM audit_entry '
                              'ORDER BY id DESC LIMIT 1')[0]

    def assert_sound_backup(self, path, dossiers):
        self.assertEqual(mode(path), 0o600)
        self.assertEqual(query(path, 'PRAGMA integrity_check'), [('ok',)])
        self.assertEqual(query(path, 'SELECT count(*) FROM dossier'), [(dossiers,)])
        # One self-contained file: rollback journal, nothing beside it.
        with open(path, 'rb') as f:
            self.assertEqual(f.read(20)[18], 1)
        for suffix in ('-wal', '-journal', '-shm'):
            self.assertFalse(os.path.exists(path + suffix))

    def test_backup_into_folder(self):
        self.assertEqual(self.ok('backup', 'folder', self.usb).strip(), self.usb)
        self.assertEqual(self.ok('backup', 'folder').strip(), self.usb)

        out = self.ok('backup')
        names = self.backups(self.usb)
        self.assertEqual(len(names), 1)
        self.assertRegex(names[0], r'^motcua-backup-\d{4}-\d\d-\d\d-\d{6}\.sqlite$')
        path = os.path.join(self.usb, names[0])
        self.assertIn(path, out)
        self.assertIn('2 dossiers', out)
        self.assert_sound_backup(path, 2)
        # No partial file left in the folder.
        self.assertEqual(os.listdir(self.usb), names)

        listed = json.loads(self.ok('backup', 'list', '--json'))
        self.assertEqual([b['path'] for b in listed], [path])

        # In the audit trail, in the name of motcua-cli.
        self.assertEqual(self.last_audit_entry(), ('backup.create', 'motcua-cli', names[0]))

    def test_backup_default_folder(self):
        backup = json.loads(self.ok('backup', '--json'))
        folder = os.path.join(self.dir, 'backups')
        self.assertEqual(os.path.dirname(backup['path']), folder)
        self.assertEqual(backup['dossiers'], 2)
        self.assertEqual(mode(folder), 0o700)
        self.assert_sound_backup(backup['path'], 2)

    def test_backup_to_file(self):
        path = os.path.join(self.dir, 'copy.sqlite')
        backup = json.loads(self.ok('backup', '-o', path, '--json'))
        self.assertEqual(backup['path'], path)
        self.assertEqual(backup['dossiers'], 2)
        self.assert_sound_backup(path, 2)

        # An existing file is refused, not replaced.
        before = digest(path)
        self.receive('Phạm Văn Hùng')
        err = self.fails('backup', '--output', path)
        self.assertIn('already exists', err)
        self.assertEqual(digest(path), before)

    def test_restore(self):
        path = os.path.join(self.dir, 'copy.sqlite')
        self.ok('backup', '-o', path)
        late = self.receive('Phạm Văn Hùng')
        self.assertEqual(len(self.dossier_codes()), 3)

        restored = json.loads(self.ok('restore', path, '--json'))
        self.assertEqual(restored['dossiers'], 2)
        self.assertEqual(self.dossier_codes(), sorted(self.codes))
        self.assertEqual(mode(self.db), 0o600)
        self.assertEqual(self.last_audit_entry(), ('backup.restore', 'motcua-cli', 'copy.sqlite'))

        # The database as it was is kept beside it.
        kept = restored['kept_copy']
        self.assertTrue(kept.startswith(self.db + '.before-restore-'), kept)
        self.assert_sound_backup(kept, 3)
        self.assertEqual(query(kept, 'SELECT code FROM dossier WHERE code = \'%s\'' % late),
                         [(late,)])

        out = self.ok('restore', path)
        self.assertIn('Restored the backup of', out)
        self.assertIn('(2 dossiers)', out)
        self.assertIn('.before-restore-', out)

    def test_restore_over_damaged_database(self):
        path = os.path.join(self.dir, 'copy.sqlite')
        self.ok('backup', '-o', path)
        with open(self.db, 'wb') as f:
            f.write('hỏng '.encode() * 500)
        damaged = digest(self.db)
        self.fails('dossier', 'list')

        restored = json.loads(self.ok('restore', path, '--json'))
        self.assertIn('.damaged-', restored['kept_copy'])
        self.assertEqual(digest(restored['kept_copy']), damaged)
        self.assertEqual(self.dossier_codes(), sorted(self.codes))

    def test_restore_bad_file(self):
        garbage = os.path.join(self.dir, 'notes.sqlite')
        with open(garbage, 'w') as f:
            f.write('không phải cơ sở dữ liệu\n' * 100)
        before = digest(self.db)

        err = self.fails('restore', garbage)
        self.assertIn('is not a backup of a Một Cửa database', err)
        self.fails('restore', os.path.join(self.dir, 'missing.sqlite'))

        self.assertEqual(digest(self.db), before)
        self.assertEqual(sorted(os.listdir(self.dir)),
                         ['motcua.sqlite', 'notes.sqlite', 'usb'])

    def test_missing_folder(self):
        missing = os.path.join(self.dir, 'unplugged-usb')
        self.ok('backup', 'folder', missing)
        before = digest(self.db)

        err = self.fails('backup')
        self.assertIn(missing, err)
        self.assertIn('does not exist', err)
        self.assertFalse(os.path.exists(missing))
        self.assertEqual(digest(self.db), before)
        self.assertEqual(self.dossier_codes(), sorted(self.codes))

    def test_full_disk(self):
        self.ok('backup', 'folder', self.usb)
        self.ok('backup')
        older = self.backups(self.usb)
        older_digest = digest(os.path.join(self.usb, older[0]))
        before = digest(self.db)
        self.assertGreater(os.path.getsize(self.db), 256 * 1024)

        # The database is larger than what may be written.
        err = self.fails('backup', limit=128 * 1024)
        self.assertIn('is full', err)
        self.assertIn(self.usb, err)

        # No partial file; the older backup, and the database, as they were.
        self.assertEqual(os.listdir(self.usb), older)
        self.assertEqual(digest(os.path.join(self.usb, older[0])), older_digest)
        self.assertEqual(digest(self.db), before)
        self.assertEqual(self.dossier_codes(), sorted(self.codes))

    def test_usage(self):
        self.fails('backup', 'everything', status=2)
        self.fails('backup', 'list', '-o', 'x.sqlite', status=2)
        self.fails('backup', 'folder', 'a', 'b', status=2)
        self.fails('restore', status=2)
        self.fails('restore', 'a.sqlite', 'b.sqlite', status=2)

    def test_relative_folder(self):
        # Taken from where the command runs, stored whole.
        out = subprocess.run([CLI, '--database', self.db, 'backup', 'folder', 'usb'],
                             env=self.env, cwd=self.dir, capture_output=True, encoding='utf-8',
                             timeout=60)
        self.assertEqual(out.returncode, 0, out.stderr)
        self.assertEqual(self.ok('backup', 'folder').strip(), self.usb)


if __name__ == '__main__':
    unittest.main(verbosity=2)
