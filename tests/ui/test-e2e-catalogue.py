#!/usr/bin/python3
# test-e2e-catalogue.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End-to-end test of the procedure catalogue, through the accessibility tree.

Seeds a database with the bundled catalogue through the command-line tool,
starts the real app on it and, as a screen-reader user or a person with a
mouse and keyboard would, creates the first administrator's account on the
first-start page (the database has no staff), then searches without
diacritics, opens a procedure, goes back, and searches in capitals.
Everything it reads comes from AT-SPI (pyatspi); everything it does goes
through AT-SPI too: EditableText to type, synthesized mouse and key events
to open a row, the actions of the Create Account and Back buttons.

Needs a display and a D-Bus session bus, as the test command provides
(xvfb-run -a dbus-run-session -- meson test ...). Without them it fails;
it skips (exit status 77) only when pyatspi cannot be imported.

Environment: MOTCUA_APP, MOTCUA_CLI, MOTCUA_CATALOGUE (set by meson's
test_env); MOTCUA_SCREENSHOTS, when set, saves screenshots of the screen at
key points to /tmp/motcua-e2e-*.png (or to that directory, if it is one).
"""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SKIP = 77
TOTAL_TIMEOUT = 100     # seconds; meson's timeout for this test is 120
LIST_TIMEOUT = 20       # first load of the list, app start included
STEP_TIMEOUT = 10

BIRTH_NAME = "Đăng ký khai sinh"
BIRTH_CODE = "1.001193"
BIRTH_FORM = "Tờ khai đăng ký khai sinh"
MARRIAGE_STATUS = "Cấp Giấy xác nhận tình trạng hôn nhân"
N_BUNDLED = 60

KEY_RETURN = 0xff0d     # XK_Return

# The first administrator, created on the first-start page.
ADMIN_FIELDS = (
    ("User Name", "quantri"),
    ("Full Name", "Phạm Thị Hoa"),
    ("Position (Optional)", "Công chức Văn phòng – Thống kê"),
    ("Password", "mat-khau-e2e"),
    ("Confirm Password", "mat-khau-e2e"),
)
ADMIN_NAME = "Phạm Thị Hoa"
SIGN_IN_TIMEOUT = 20    # Argon2id, on a loaded machine


class Failure(Exception):
    pass


class Test:
    def __init__(self, pyatspi, app_g_debug):
        self.atspi = pyatspi
        self.app_g_debug = app_g_debug
        self.number = 0
        self.tmpdir = None
        self.app_proc = None
        self.app_log = None
        self.app = None
        self.frame = None
        self.list = None
        self.entry = None
        shots = os.environ.get("MOTCUA_SCREENSHOTS")
        if shots:
            self.shots_prefix = os.path.join(shots if os.path.isdir(shots) else "/tmp",
                                             "motcua-e2e-")
        else:
            self.shots_prefix = None
        self.n_shots = 0

    # TAP-ish output

    def ok(self, description):
        self.number += 1
        print(f"ok {self.number} - {description}", flush=True)

    def not_ok(self, description, message):
        self.number += 1
        print(f"not ok {self.number} - {description}", flush=True)
        for line in str(message).splitlines():
            print(f"# {line}", flush=True)

    def screenshot(self, name):
        if self.shots_prefix is None:
            return
        self.n_shots += 1
        path = f"{self.shots_prefix}{self.n_shots:02d}-{name}.png"
        result = subprocess.run(["import", "-window", "root", path],
                                capture_output=True, text=True, timeout=20)
        if result.returncode == 0:
            print(f"# screenshot {path}", flush=True)
        else:
            print(f"# screenshot {path} failed: {result.stderr.strip()}", flush=True)

    # Accessibility tree

    def walk(self, root):
        """Every object under root, depth first; objects that vanish while
        the tree changes are skipped."""
        stack = [root]
        while stack:
            obj = stack.pop()
            yield obj
            try:
                count = obj.childCount
            except Exception:
                continue
            children = []
            for i in range(count):
                try:
                    child = obj.getChildAtIndex(i)
                except Exception:
                    continue
                if child is not None:
                    children.append(child)
            stack.extend(reversed(children))

    @staticmethod
    def text_of(obj):
        """The text of a label or entry. getText (0, -1) returns nothing
        with GTK 4.8: ask for the character count."""
        try:
            text = obj.queryText()
            return text.getText(0, text.characterCount)
        except Exception:
            return None

    def role(self, obj):
        try:
            return obj.getRole()
        except Exception:
            return None

    def name(self, obj):
        try:
            return obj.name
        except Exception:
            return None

    def find(self, root, role, name):
        for obj in self.walk(root):
            if self.role(obj) == role and self.name(obj) == name:
                return obj
        return None

    def labels(self, root):
        """The texts of the labels under root."""
        texts = []
        for obj in self.walk(root):
            if self.role(obj) == self.atspi.ROLE_LABEL:
                text = self.text_of(obj)
                if text:
                    texts.append(text)
        return texts

    def find_label(self, root, text):
        for obj in self.walk(root):
            if self.role(obj) == self.atspi.ROLE_LABEL and self.text_of(obj) == text:
                return obj
        return None

    def extents(self, obj):
        # Window coordinates: GTK 4 does not know where its window is on
        # the screen (and warns when asked for screen coordinates).
        ext = obj.queryComponent().getExtents(self.atspi.WINDOW_COORDS)
        return ext.x, ext.y, ext.width, ext.height

    def on_screen(self, obj):
        """Whether most of obj is inside the window. A page the leaflet
        has slid away keeps its size and moves out of the window, all but
        an edge of a pixel or two."""
        try:
            x, y, w, h = self.extents(obj)
            _, _, fw, fh = self.extents(self.frame)
        except Exception:
            return False
        inside_w = min(x + w, fw) - max(x, 0)
        inside_h = min(y + h, fh) - max(y, 0)
        return w > 0 and h > 0 and inside_w >= min(w, fw) / 2 and inside_h >= min(h, fh) / 2

    # Waiting

    def check_app_alive(self):
        if self.app_proc is not None and self.app_proc.poll() is not None:
            raise Failure(f"the app exited with status {self.app_proc.returncode}; "
                          + self.describe_display())

    @staticmethod
    def describe_display():
        """Whether the X server still answers, to tell a dead display from
        an app that failed on its own."""
        display = os.environ.get("DISPLAY", "")
        try:
            result = subprocess.run(["xdpyinfo", "-display", display], capture_output=True,
                                    timeout=10)
        except (OSError, subprocess.TimeoutExpired) as error:
            return f"display {display}: not checked ({error})"
        state = "answers" if result.returncode == 0 else "does not answer"
        return f"the X server of display {display} {state}"

    def poll(self, what, predicate, timeout=STEP_TIMEOUT, diagnose=None):
        deadline = time.monotonic() + timeout
        while True:
            self.check_app_alive()
            value = predicate()
            if value:
                return value
            if time.monotonic() > deadline:
                message = f"timed out after {timeout} s waiting for {what}"
                if diagnose is not None:
                    try:
                        message += "\n" + diagnose()
                    except Exception as error:
                        message += f"\n(diagnostics failed: {error})"
                raise Failure(message)
            time.sleep(0.1)

    def list_labels(self):
        return self.labels(self.list)

    def describe_list(self):
        return "labels in the list: " + repr(self.list_labels()[:40])

    def count_label(self):
        """The "Showing N of M procedures" line under the list."""
        for text in self.labels(self.frame):
            if text.startswith("Showing "):
                return text
        return None

    def back_button(self):
        # A hidden button is not in the tree at all (GTK 4.8).
        return self.find(self.frame, self.atspi.ROLE_PUSH_BUTTON, "Back")

    def first_admin_page(self):
        return self.find(self.frame, self.atspi.ROLE_FILLER, "McFirstAdminPage")

    def detail_page(self):
        # GTK 4.8 names an unlabelled widget after its type.
        return self.find(self.frame, self.atspi.ROLE_FILLER, "McProcedureDetail")

    # Acting

    def type_text(self, text):
        editable = self.entry.queryEditableText()
        position = self.entry.queryText().characterCount
        if not editable.insertText(position, text, len(text.encode("utf-8"))):
            raise Failure(f"EditableText.insertText refused {text!r}")

    def clear_text(self):
        count = self.entry.queryText().characterCount
        if count > 0 and not self.entry.queryEditableText().deleteText(0, count):
            raise Failure("EditableText.deleteText refused to clear the search entry")

    def list_item_of(self, obj):
        while obj is not None and self.role(obj) != self.atspi.ROLE_LIST_ITEM:
            obj = obj.parent
        return obj

    def click(self, obj):
        # Without a window manager (Xvfb) the window sits at the origin of
        # the screen; the centre of a 50-pixel row tolerates the few pixels
        # of the window's frame.
        x, y, w, h = self.extents(obj)
        self.atspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1c")

    def press_key(self, keysym):
        self.atspi.Registry.generateKeyboardEvent(keysym, None, self.atspi.KEY_SYM)

    def type_into(self, obj, text):
        editable = obj.queryEditableText()
        position = obj.queryText().characterCount
        if not editable.insertText(position, text, len(text.encode("utf-8"))):
            raise Failure(f"EditableText.insertText refused {text!r}")

    def press_button(self, root, name):
        button = self.find(root, self.atspi.ROLE_PUSH_BUTTON, name)
        if button is None:
            raise Failure(f"no button “{name}”")
        action = button.queryAction()
        if action.nActions < 1 or not action.doAction(0):
            raise Failure(f"the button “{name}” could not be pressed")

    # The steps

    def step(self, description, function):
        try:
            function()
        except Failure as failure:
            self.not_ok(description, failure)
            self.screenshot("failure")
            raise
        except Exception as error:
            self.not_ok(description, f"{type(error).__name__}: {error}")
            self.screenshot("failure")
            raise Failure(str(error)) from error
        self.ok(description)

    def seed_database(self):
        cli = os.environ["MOTCUA_CLI"]
        catalogue = os.environ["MOTCUA_CATALOGUE"]
        result = subprocess.run([cli, "--database", self.db_path, "catalogue", "import", catalogue],
                                env=self.child_env, capture_output=True, text=True, timeout=60)
        if result.returncode != 0:
            raise Failure(f"motcua-cli exited with status {result.returncode}:\n"
                          f"{result.stdout}{result.stderr}")

    def launch_app(self):
        self.app_log = open(os.path.join(self.tmpdir, "app.log"), "w+", encoding="utf-8")
        self.app_proc = subprocess.Popen([os.environ["MOTCUA_APP"], "--database", self.db_path],
                                         env=self.child_env, stdin=subprocess.DEVNULL,
                                         stdout=self.app_log, stderr=subprocess.STDOUT)

    def app_could_not_open_display(self):
        """Whether the app has already ended because the first connection to
        the X server was refused: now and then under xvfb-run the very first
        client of a fresh Xvfb is refused although the server answers a
        moment later. Only this failure, at start, is tried again."""
        try:
            self.app_proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            return False
        self.app_log.flush()
        self.app_log.seek(0)
        return "cannot open display" in self.app_log.read()

    def start_app(self):
        self.launch_app()
        if self.app_could_not_open_display():
            print("# the app could not open the display at its first start; starting it again",
                  flush=True)
            self.app_log.close()
            self.launch_app()

        def app_on_bus():
            desktop = self.atspi.Registry.getDesktop(0)
            for i in range(desktop.childCount):
                try:
                    app = desktop.getChildAtIndex(i)
                    if app is not None and app.get_process_id() == self.app_proc.pid:
                        return app
                except Exception:
                    continue
            return None

        self.app = self.poll("the app on the accessibility bus", app_on_bus, LIST_TIMEOUT)
        if self.app.name != "motcua":
            raise Failure(f"the application is named {self.app.name!r}, not 'motcua'")

        def main_window():
            return self.find(self.app, self.atspi.ROLE_FRAME, "Một Cửa")

        self.frame = self.poll("the window “Một Cửa”", main_window)

    def create_first_administrator(self):
        # The database has no staff: the first-start page shows in place of
        # the work. GTK 4.8 keeps the stack's hidden pages in the tree, with
        # no state telling them apart: the fields are looked for on this
        # page, not on the sign-in page, and a page never shown has no size.
        page = self.poll("the first-start page", self.first_admin_page, LIST_TIMEOUT)
        self.poll("the first-start page on screen", lambda: self.on_screen(page),
                  diagnose=lambda: f"page extents: {self.extents(page)}")
        self.screenshot("first-admin")

        def procedures_list():
            return self.find(self.frame, self.atspi.ROLE_LIST, "Procedures")

        work = procedures_list()
        if work is not None and self.on_screen(work):
            raise Failure(f"the catalogue shows before anyone signed in: {self.extents(work)}")

        for name, text in ADMIN_FIELDS:
            field = self.find(page, self.atspi.ROLE_TEXT, name)
            if field is None:
                raise Failure(f"no field “{name}” on the first-start page")
            self.type_into(field, text)
            if name.endswith("Password"):
                continue
            self.poll(f"the field “{name}” to hold {text!r}",
                      lambda: self.text_of(field) == text,
                      diagnose=lambda: f"field text: {self.text_of(field)!r}")

        self.press_button(page, "Create Account")

        def header_shows_admin():
            label = self.find_label(self.frame, ADMIN_NAME)
            return label is not None and self.on_screen(label)

        self.poll("the work, with the administrator’s name in the header", header_shows_admin,
                  SIGN_IN_TIMEOUT,
                  diagnose=lambda: "labels on the first-start page: " + repr(self.labels(page)))
        self.poll("the catalogue in place of the first-start page",
                  lambda: procedures_list() is not None and self.on_screen(procedures_list()))
        self.screenshot("signed-in")

    def wait_for_list(self):
        def procedures_list():
            return self.find(self.frame, self.atspi.ROLE_LIST, "Procedures")

        self.list = self.poll("the list “Procedures”", procedures_list, LIST_TIMEOUT)
        self.poll("the list “Procedures” on screen", lambda: self.on_screen(self.list),
                  diagnose=lambda: f"list extents: {self.extents(self.list)}")
        self.poll(f"“{MARRIAGE_STATUS}” in the list",
                  lambda: MARRIAGE_STATUS in self.list_labels(), LIST_TIMEOUT, self.describe_list)
        self.poll(f"“Showing {N_BUNDLED} of {N_BUNDLED} procedures”",
                  lambda: self.count_label() == f"Showing {N_BUNDLED} of {N_BUNDLED} procedures",
                  LIST_TIMEOUT, lambda: f"count label: {self.count_label()!r}")

        self.entry = self.find(self.frame, self.atspi.ROLE_ENTRY, "Search procedures")
        if self.entry is None:
            raise Failure("no entry named “Search procedures”")
        if self.back_button() is not None:
            raise Failure("a Back button is shown on the list")
        self.screenshot("list")

    def search_without_diacritics(self):
        self.type_text("dang ky khai sinh")
        self.poll("the search entry to hold the text",
                  lambda: self.text_of(self.entry) == "dang ky khai sinh",
                  diagnose=lambda: f"entry text: {self.text_of(self.entry)!r}")

        def narrowed():
            labels = self.list_labels()
            return BIRTH_NAME in labels and BIRTH_CODE in labels and MARRIAGE_STATUS not in labels

        self.poll(f"“{BIRTH_NAME}” listed and “{MARRIAGE_STATUS}” gone", narrowed,
                  diagnose=self.describe_list)

        def narrowed_count():
            text = self.count_label() or ""
            return text.startswith("Showing ") and text.endswith(f" of {N_BUNDLED} procedures") \
                and text != f"Showing {N_BUNDLED} of {N_BUNDLED} procedures"

        self.poll("the count line to show fewer procedures", narrowed_count,
                  diagnose=lambda: f"count label: {self.count_label()!r}")
        self.screenshot("search")

    def open_procedure(self):
        label = self.find_label(self.list, BIRTH_NAME)
        if label is None:
            raise Failure(f"no label “{BIRTH_NAME}” in the list\n{self.describe_list()}")
        row = self.list_item_of(label)
        if row is None:
            raise Failure(f"the label “{BIRTH_NAME}” is not in a list item")

        # As a person would: click the row, which selects it and gives it
        # the keyboard focus, then press Enter. (Enter in the search entry
        # would open the first match too: the focus must be on the row.)
        self.click(row)

        def row_chosen():
            states = row.getState()
            return states.contains(self.atspi.STATE_SELECTED) and \
                states.contains(self.atspi.STATE_FOCUSED)

        self.poll("the clicked row to be selected and focused", row_chosen,
                  diagnose=lambda: f"row extents: {self.extents(row)}, states: "
                  + repr([self.atspi.stateToString(state)
                          for state in row.getState().getStates()]))
        self.press_key(KEY_RETURN)

        self.poll("the Back button", lambda: self.back_button() is not None,
                  diagnose=lambda: f"row extents: {self.extents(row)}")
        detail = self.detail_page()
        if detail is None:
            raise Failure("no detail page (McProcedureDetail) in the tree")
        self.poll("the detail page to slide in", lambda: self.on_screen(detail),
                  diagnose=lambda: f"detail extents: {self.extents(detail)}")

        def complete():
            labels = self.labels(detail)
            return all(text in labels for text in
                       (BIRTH_NAME, BIRTH_CODE, "Required Documents", "Processing Time and Fees",
                        BIRTH_FORM))

        self.poll("the name, “Required Documents”, “Processing Time and Fees” and "
                  f"“{BIRTH_FORM}” on the detail page", complete,
                  diagnose=lambda: "labels on the detail page: " + repr(self.labels(detail)[:60]))
        self.screenshot("detail")

    def go_back(self):
        back = self.back_button()
        if back is None:
            raise Failure("no Back button")
        action = back.queryAction()
        if action.nActions < 1:
            raise Failure("the Back button has no action")
        if not action.doAction(0):
            raise Failure(f"the Back button's action “{action.getName(0)}” failed")

        detail = self.detail_page()
        self.poll("the Back button to go", lambda: self.back_button() is None)
        self.poll("the detail page to slide away", lambda: not self.on_screen(detail),
                  diagnose=lambda: f"detail extents: {self.extents(detail)}")
        if not self.on_screen(self.list):
            raise Failure(f"the list is not in the window: {self.extents(self.list)}")
        # The list keeps the search.
        if self.text_of(self.entry) != "dang ky khai sinh":
            raise Failure(f"the search entry holds {self.text_of(self.entry)!r}")
        self.poll(f"“{BIRTH_NAME}” in the list again", lambda: BIRTH_NAME in self.list_labels(),
                  diagnose=self.describe_list)
        self.screenshot("back")

    def clear_search(self):
        self.clear_text()
        self.poll("an empty search entry", lambda: self.text_of(self.entry) == "",
                  diagnose=lambda: f"entry text: {self.text_of(self.entry)!r}")
        self.poll(f"“{MARRIAGE_STATUS}” in the list again",
                  lambda: MARRIAGE_STATUS in self.list_labels(), diagnose=self.describe_list)
        self.poll(f"“Showing {N_BUNDLED} of {N_BUNDLED} procedures”",
                  lambda: self.count_label() == f"Showing {N_BUNDLED} of {N_BUNDLED} procedures",
                  diagnose=lambda: f"count label: {self.count_label()!r}")

    def search_upper_case(self):
        self.type_text("ĐĂNG KÝ")
        self.poll("the search entry to hold “ĐĂNG KÝ”",
                  lambda: self.text_of(self.entry) == "ĐĂNG KÝ",
                  diagnose=lambda: f"entry text: {self.text_of(self.entry)!r}")

        def found():
            labels = self.list_labels()
            return BIRTH_NAME in labels and MARRIAGE_STATUS not in labels

        self.poll(f"“{BIRTH_NAME}” listed for “ĐĂNG KÝ”", found, diagnose=self.describe_list)
        self.screenshot("upper-case")

    # Running

    def run(self):
        self.tmpdir = tempfile.mkdtemp(prefix="motcua-e2e-")
        self.db_path = os.path.join(self.tmpdir, "db.sqlite")

        # The app runs with its accessibility bridge, on settings that
        # vanish with it, and never sees the user's own files.
        env = dict(os.environ)
        for name in ("NO_AT_BRIDGE", "GTK_A11Y"):
            env.pop(name, None)
        env.update({
            "GSETTINGS_BACKEND": "memory",
            "GSK_RENDERER": "cairo",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "LANGUAGE": "C",
            "HOME": os.path.join(self.tmpdir, "home"),
            "XDG_CONFIG_HOME": os.path.join(self.tmpdir, "config"),
            "XDG_DATA_HOME": os.path.join(self.tmpdir, "data"),
            "XDG_CACHE_HOME": os.path.join(self.tmpdir, "cache"),
            "XDG_STATE_HOME": os.path.join(self.tmpdir, "state"),
        })
        if self.app_g_debug is not None:
            env["G_DEBUG"] = self.app_g_debug
        self.child_env = env

        self.step("seed the database with the bundled catalogue (motcua-cli catalogue import)",
                  self.seed_database)
        self.step("start the app and find its window on the accessibility bus", self.start_app)
        self.step("create the first administrator on the first-start page: the work shows",
                  self.create_first_administrator)
        self.step(f"the list shows the {N_BUNDLED} procedures", self.wait_for_list)
        self.step(f"typing “dang ky khai sinh” lists “{BIRTH_NAME}”, not “{MARRIAGE_STATUS}”",
                  self.search_without_diacritics)
        self.step("click the row and press Enter: the detail page shows its documents",
                  self.open_procedure)
        self.step("the Back button returns to the list, search kept", self.go_back)
        self.step("clearing the search lists every procedure again", self.clear_search)
        self.step(f"typing “ĐĂNG KÝ” lists “{BIRTH_NAME}”", self.search_upper_case)

    def stop_app(self):
        if self.app_proc is None:
            return None
        if self.app_proc.poll() is None:
            self.app_proc.terminate()
            try:
                self.app_proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.app_proc.kill()
                self.app_proc.wait(timeout=5)
        return self.app_proc.returncode

    def print_app_log(self):
        if self.app_log is None:
            return
        self.app_log.flush()
        self.app_log.seek(0)
        lines = self.app_log.read().splitlines()
        if lines:
            print("# app output (last 40 lines):", flush=True)
            for line in lines[-40:]:
                print(f"#   {line}", flush=True)

    def clean_up(self):
        if self.app_log is not None:
            self.app_log.close()
        if self.tmpdir is not None:
            shutil.rmtree(self.tmpdir, ignore_errors=True)


def on_alarm(signum, frame):
    raise Failure(f"the whole test took longer than {TOTAL_TIMEOUT} s")


def main():
    # G_DEBUG=fatal-warnings (test_env) stays for the app, but not for this
    # process: libatspi warns that GTK 4 has no AT-SPI cache object, and
    # GLib reads G_DEBUG once, when it is loaded with pyatspi.
    app_g_debug = os.environ.get("G_DEBUG")
    if app_g_debug is not None:
        flags = [flag for flag in app_g_debug.split(",")
                 if flag not in ("fatal-warnings", "fatal-criticals")]
        os.environ["G_DEBUG"] = ",".join(flags)

    try:
        import pyatspi
    except ImportError as error:
        print(f"1..0 # SKIP pyatspi cannot be imported ({error}): "
              "install python3-pyatspi and run with /usr/bin/python3", flush=True)
        return SKIP

    missing = [name for name in ("MOTCUA_APP", "MOTCUA_CLI", "MOTCUA_CATALOGUE")
               if not os.environ.get(name)]
    if missing:
        print(f"Bail out! {', '.join(missing)} not set: run through meson test", flush=True)
        return 1
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        print("Bail out! no display: run the tests under "
              "xvfb-run -a dbus-run-session -- meson test ...", flush=True)
        return 1
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        print("Bail out! no D-Bus session bus (AT-SPI needs one): run the tests under "
              "xvfb-run -a dbus-run-session -- meson test ...", flush=True)
        return 1

    # This process only reads the tree; the variables are for the app.
    for name in ("NO_AT_BRIDGE", "GTK_A11Y"):
        os.environ.pop(name, None)

    test = Test(pyatspi, app_g_debug)
    status = 0
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TOTAL_TIMEOUT)
    try:
        test.run()
    except Failure as failure:
        status = 1
        print(f"# FAILED: {failure}", flush=True)
    finally:
        signal.alarm(0)
        try:
            returncode = test.stop_app()
            # SIGTERM is how the test ends the app; anything else is a crash.
            if returncode is not None and returncode not in (0, -signal.SIGTERM):
                print(f"# the app ended with status {returncode}", flush=True)
                status = 1
            if status != 0:
                test.print_app_log()
        finally:
            test.clean_up()

    print(f"1..{test.number}", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
