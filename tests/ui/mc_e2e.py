# mc_e2e.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""What the end-to-end tests (test-e2e-*.py, beside it) have in common.

Each of them starts the real app on a database of its own and drives it
through the accessibility tree (AT-SPI, pyatspi), as a screen-reader user
or a person with a mouse and keyboard would, printing TAP. This module
holds their plumbing, so that a script holds only its own steps: the TAP
output and the steps, reading and walking the tree, waiting with a
diagnosis when it times out, typing and pressing through AT-SPI, the
command-line tool, the app started, stopped and its output shown on
failure, the first administrator created on the first-start page, and
main().

A test is a subclass of E2ETest with its own run(), a list of steps; its
script ends with sys.exit(mc_e2e.main(TheTest)). The scripts find this
module beside them: Python puts a script's own directory first on
sys.path, and meson runs them from the source tree.

pyatspi is not imported here but in main(): a test skips (exit status 77)
when it cannot be imported, and GLib, loaded with it, must not see the
fatal G_DEBUG flags meant for the app.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import time

SKIP = 77
TOTAL_TIMEOUT = 100     # seconds; meson's timeout for the e2e tests is 120
START_TIMEOUT = 20      # the app on the bus and its first page, start included
STEP_TIMEOUT = 10
SIGN_IN_TIMEOUT = 20    # Argon2id, on a loaded machine

KEY_RETURN = 0xff0d     # XK_Return
KEY_ESCAPE = 0xff1b     # XK_Escape
MOD1_MASK = 1 << 3      # Alt, for KEY_LOCKMODIFIERS

# The first administrator, created on the first-start page.
ADMIN_FIELDS = (
    ("User Name", "quantri"),
    ("Full Name", "Phạm Thị Hoa"),
    ("Position (Optional)", "Công chức Văn phòng – Thống kê"),
    ("Password", "mat-khau-e2e"),
    ("Confirm Password", "mat-khau-e2e"),
)
ADMIN_NAME = "Phạm Thị Hoa"

# Set by meson's test_env.
REQUIRED_ENV = ("MOTCUA_APP", "MOTCUA_CLI", "MOTCUA_CATALOGUE")


class Failure(Exception):
    pass


class E2ETest:
    """One run of the app, driven through AT-SPI.

    A subclass sets PREFIX and, if it runs other programs, TOOLS; it
    defines run(), which calls step() for each of its steps, and may
    extend seed_database() and create_first_administrator().
    """

    # Names the temporary directory and the screenshots: /tmp/PREFIX*.
    PREFIX = "motcua-e2e-"
    # Programs the test needs besides the app and the CLI, as
    # (program, Debian package): main() bails out without them.
    TOOLS = ()

    def __init__(self, pyatspi, app_g_debug):
        self.atspi = pyatspi
        self.app_g_debug = app_g_debug
        self.number = 0
        self.tmpdir = None
        self.db_path = None
        self.child_env = None
        self.app_proc = None
        self.app_log = None
        self.app = None
        self.frame = None
        shots = os.environ.get("MOTCUA_SCREENSHOTS")
        if shots:
            self.shots_prefix = os.path.join(shots if os.path.isdir(shots) else "/tmp",
                                             self.PREFIX)
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

    def todo(self, description, passed, reason):
        """A known gap, as a TAP TODO point: reported, not failed."""
        self.number += 1
        print(f"{'ok' if passed else 'not ok'} {self.number} - {description} # TODO {reason}",
              flush=True)

    def screenshot(self, name):
        if self.shots_prefix is None:
            return
        self.n_shots += 1
        path = f"{self.shots_prefix}{self.n_shots:02d}-{name}.png"
        try:
            result = subprocess.run(["import", "-window", "root", path],
                                    capture_output=True, text=True, timeout=20)
        except (OSError, subprocess.TimeoutExpired) as error:
            print(f"# screenshot {path} failed: {error}", flush=True)
            return
        if result.returncode == 0:
            print(f"# screenshot {path}", flush=True)
        else:
            print(f"# screenshot {path} failed: {result.stderr.strip()}", flush=True)

    # Accessibility tree

    def children(self, obj):
        """The children of obj; those that vanish while the tree changes
        are skipped."""
        try:
            count = obj.childCount
        except Exception:
            return []
        children = []
        for i in range(count):
            try:
                child = obj.getChildAtIndex(i)
            except Exception:
                continue
            if child is not None:
                children.append(child)
        return children

    def walk(self, root):
        """Every object under root, depth first; objects that vanish while
        the tree changes are skipped."""
        stack = [root]
        while stack:
            obj = stack.pop()
            yield obj
            stack.extend(reversed(self.children(obj)))

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

    def states(self, obj):
        try:
            return obj.getState()
        except Exception:
            return None

    def has_state(self, obj, state):
        states = self.states(obj)
        return states is not None and states.contains(state)

    def state_names(self, obj):
        states = self.states(obj)
        if states is None:
            return []
        return [self.atspi.stateToString(state) for state in states.getStates()]

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

    def describe(self, root, limit=80):
        """Role, name, text and a few states of the objects under root,
        for failure messages."""
        lines = []
        for obj in self.walk(root):
            role = self.role(obj)
            role_name = self.atspi.Accessible.getRoleName(obj) if role is not None else "?"
            name = self.name(obj)
            text = self.text_of(obj) if role in (self.atspi.ROLE_LABEL, self.atspi.ROLE_TEXT,
                                                  self.atspi.ROLE_ENTRY) else None
            if not name and not text and role in (self.atspi.ROLE_FILLER, self.atspi.ROLE_PANEL):
                continue
            states = [s for s in self.state_names(obj) if s in ("focused", "showing", "sensitive")]
            line = f"{role_name} {name!r}"
            if text:
                line += f" text={text!r}"
            if states:
                line += f" [{', '.join(states)}]"
            lines.append(line)
            if len(lines) >= limit:
                lines.append("…")
                break
        return "\n".join(lines)

    def windows(self):
        """The app's toplevels: (role name, name, showing) of each."""
        result = []
        for window in self.children(self.app):
            result.append((self.atspi.Accessible.getRoleName(window), self.name(window),
                           self.has_state(window, self.atspi.STATE_SHOWING)))
        return result

    def extents(self, obj):
        # Window coordinates: GTK 4 does not know where its window is on
        # the screen (and warns when asked for screen coordinates).
        ext = obj.queryComponent().getExtents(self.atspi.WINDOW_COORDS)
        return ext.x, ext.y, ext.width, ext.height

    def on_screen(self, obj, window=None):
        """Whether most of obj is inside its window, the main window
        unless told. A page the leaflet has slid away keeps its size and
        moves out of the window, all but an edge of a pixel or two."""
        window = window or self.frame
        try:
            x, y, w, h = self.extents(obj)
            _, _, fw, fh = self.extents(window)
        except Exception:
            return False
        inside_w = min(x + w, fw) - max(x, 0)
        inside_h = min(y + h, fh) - max(y, 0)
        return w > 0 and h > 0 and inside_w >= min(w, fw) / 2 and inside_h >= min(h, fh) / 2

    def procedures_list(self):
        return self.find(self.frame, self.atspi.ROLE_LIST, "Procedures")

    # Waiting

    def check_app_alive(self):
        if self.app_proc is not None and self.app_proc.poll() is not None:
            raise Failure(f"the app exited with status {self.app_proc.returncode}; "
                          + describe_display())

    def poll(self, what, predicate, timeout=STEP_TIMEOUT, diagnose=None):
        """Waits for predicate() to return something true, and returns it;
        on timeout, fails with what was awaited and what diagnose()
        says."""
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

    # Acting

    def type_into(self, obj, text):
        editable = obj.queryEditableText()
        position = obj.queryText().characterCount
        if not editable.insertText(position, text, len(text.encode("utf-8"))):
            raise Failure(f"EditableText.insertText refused {text!r}")

    def clear(self, obj):
        count = obj.queryText().characterCount
        if count > 0 and not obj.queryEditableText().deleteText(0, count):
            raise Failure(f"EditableText.deleteText refused to clear “{self.name(obj)}”")

    def fill(self, root, name, text, secret=False):
        """Types text into the field named name under root and waits for
        the field to hold it. A secret field shows bullets: it is not
        read back."""
        field = self.find(root, self.atspi.ROLE_TEXT, name)
        if field is None:
            raise Failure(f"no field “{name}”\n{self.describe(root)}")
        self.type_into(field, text)
        if secret:
            return field
        self.poll(f"the field “{name}” to hold {text!r}", lambda: self.text_of(field) == text,
                  diagnose=lambda: f"field text: {self.text_of(field)!r}")
        return field

    def click(self, obj):
        # Without a window manager (Xvfb) the window sits at the origin of
        # the screen; the centre of a 50-pixel row tolerates the few pixels
        # of the window's frame.
        x, y, w, h = self.extents(obj)
        self.atspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "b1c")

    def point_at(self, obj):
        """Moves the pointer to the centre of obj; its window sits at the
        origin of the screen, as in click()."""
        x, y, w, h = self.extents(obj)
        self.atspi.Registry.generateMouseEvent(x + w // 2, y + h // 2, "abs")

    def press_key(self, keysym):
        self.atspi.Registry.generateKeyboardEvent(keysym, None, self.atspi.KEY_SYM)

    def press(self, button, name):
        action = button.queryAction()
        if action.nActions < 1 or not action.doAction(0):
            raise Failure(f"the button “{name}” could not be pressed")

    def button_shows(self, button, text):
        """Whether the button is named text or shows it. GTK 4.8 names a
        button with a mnemonic after its label twice, the raw label first:
        “_Receive Dossier… Receive Dossier…”; what the button shows is
        its label's text."""
        if self.name(button) == text:
            return True
        return any(self.role(child) == self.atspi.ROLE_LABEL and self.text_of(child) == text
                   for child in self.walk(button))

    def find_button(self, root, name):
        button = None
        for obj in self.walk(root):
            if self.role(obj) == self.atspi.ROLE_PUSH_BUTTON and self.button_shows(obj, name):
                button = obj
                break
        if button is None:
            raise Failure(f"no button “{name}”; the window has:\n{self.describe(root)}")
        return button

    def press_button(self, root, name):
        self.press(self.find_button(root, name), name)

    def wait_enabled(self, button, name):
        self.poll(f"the button “{name}” to be enabled",
                  lambda: self.has_state(button, self.atspi.STATE_SENSITIVE),
                  diagnose=lambda: f"states: {self.state_names(button)}")

    # Views, icon buttons, menu buttons, scrolling, mnemonics

    def description(self, obj):
        try:
            return obj.description
        except Exception:
            return None

    def n_actions(self, obj):
        try:
            return obj.queryAction().nActions
        except Exception:
            return 0

    def find_described(self, root, role, description):
        """The object of that role described so. GTK 4.8 describes a widget
        by its tooltip: an icon button that has no accessible label, and
        is named after its type, is found by its tooltip."""
        for obj in self.walk(root):
            if self.role(obj) == role and self.description(obj) == description:
                return obj
        return None

    def find_pressable(self, root, name):
        """The button, tab or menu item that shows name and can be pressed.
        A GtkMenuButton is two objects: the menu button, which holds the
        label and has no action, and the toggle button inside it, named
        after the label, which has one (find_button() returns the first)."""
        roles = (self.atspi.ROLE_PUSH_BUTTON, self.atspi.ROLE_TOGGLE_BUTTON,
                 self.atspi.ROLE_PAGE_TAB, self.atspi.ROLE_MENU_ITEM)
        for obj in self.walk(root):
            if self.role(obj) in roles and self.button_shows(obj, name) and \
                    self.n_actions(obj) > 0:
                return obj
        raise Failure(f"nothing named “{name}” to press; under it:\n{self.describe(root)}")

    def view_tab(self, name):
        """The main window's tab named name, the one on screen: the header
        has a wide and a narrow view switcher (AdwViewSwitcherTitle's
        squeezer) and the bottom bar a third; the others have no size."""
        for obj in self.walk(self.frame):
            if self.role(obj) == self.atspi.ROLE_PAGE_TAB and self.name(obj) == name and \
                    self.on_screen(obj):
                return obj
        return None

    def show_view(self, name):
        """Presses the main window's tab named name and waits until it is
        the selected one."""
        tab = self.poll(f"the tab “{name}” on screen", lambda: self.view_tab(name),
                        diagnose=lambda: "tabs: " + repr(
                            [(self.name(obj), self.extents(obj)) for obj in self.walk(self.frame)
                             if self.role(obj) == self.atspi.ROLE_PAGE_TAB]))
        self.press(tab, name)
        self.poll(f"the tab “{name}” to be selected",
                  lambda: self.has_state(tab, self.atspi.STATE_SELECTED),
                  diagnose=lambda: f"states: {self.state_names(tab)}")
        return tab

    def scroll_into_view(self, obj, scroller, timeout=STEP_TIMEOUT):
        """Turns the mouse wheel over scroller, as a person would, until obj
        is wholly inside it. GTK 4.8 implements neither Component.scrollTo
        nor Component.grabFocus. Pressing a button scrolled out of sight
        through its action is no substitute: a popover anchored there has
        no monitor (Gdk-CRITICAL in gdk_monitor_get_geometry)."""
        def placement():
            x, y, w, h = self.extents(obj)
            sx, sy, sw, sh = self.extents(scroller)
            if y < sy:
                return -1
            if y + h > sy + sh:
                return 1
            return 0

        deadline = time.monotonic() + timeout
        while True:
            self.check_app_alive()
            where = placement()
            if where == 0:
                return
            if time.monotonic() > deadline:
                raise Failure(f"could not scroll “{self.name(obj)}” into view in {timeout} s: "
                              f"it is at {self.extents(obj)}, the scrolled window at "
                              f"{self.extents(scroller)}")
            before = self.extents(obj)
            sx, sy, sw, sh = self.extents(scroller)
            # Buttons 4 and 5 are the wheel, up and down.
            self.atspi.Registry.generateMouseEvent(sx + sw // 2, sy + sh // 2,
                                                   "b5c" if where > 0 else "b4c")
            # It moves at once, unless an end of the page is reached.
            moved_by = min(deadline, time.monotonic() + 1)
            while self.extents(obj) == before and time.monotonic() < moved_by:
                time.sleep(0.05)

    def press_with_alt(self, keysym):
        """Alt and a key, such as a mnemonic: Alt (Mod1) is latched
        around the key."""
        registry = self.atspi.Registry
        registry.generateKeyboardEvent(MOD1_MASK, None, self.atspi.KEY_LOCKMODIFIERS)
        try:
            registry.generateKeyboardEvent(keysym, None, self.atspi.KEY_SYM)
        finally:
            registry.generateKeyboardEvent(MOD1_MASK, None, self.atspi.KEY_UNLOCKMODIFIERS)

    # Files: the file chooser, PDF files

    def chooser_window(self, title):
        """The app's file chooser titled title, if it shows. GtkFileChooser-
        Native is a GtkFileChooserDialog in the app when no file chooser
        portal answers on the session bus (the test's bus is a new one);
        GTK 4.8 gives it the role “filler” and no “showing” state, but it
        is “visible”."""
        for window in self.children(self.app):
            if self.name(window) == title and self.has_state(window, self.atspi.STATE_VISIBLE):
                return window
        return None

    def save_in_chooser(self, title, suggested, path):
        """In the file chooser titled title: waits for its Name field to
        suggest suggested, types path, a whole path, which saves in that
        folder wherever the chooser browses, presses Save and waits for
        the chooser to close."""
        chooser = self.poll(f"the file chooser “{title}”", lambda: self.chooser_window(title),
                            diagnose=lambda: f"windows: {self.windows()} (with a file chooser "
                            "portal installed, the chooser is another process's)")

        def name_field():
            field = self.find(chooser, self.atspi.ROLE_TEXT, "Name:")
            return field if field is not None and self.text_of(field) == suggested else None

        field = self.poll(f"the chooser's Name field holding “{suggested}”", name_field,
                          diagnose=lambda: self.describe(chooser))
        self.screenshot("file-chooser")
        self.clear(field)
        self.type_into(field, path)
        self.poll("the Name field to hold the path", lambda: self.text_of(field) == path,
                  diagnose=lambda: f"field text: {self.text_of(field)!r}")
        save = self.find_button(chooser, "Save")
        self.wait_enabled(save, "Save")
        self.press(save, "Save")
        self.poll("the file chooser to close", lambda: self.chooser_window(title) is None,
                  diagnose=lambda: self.describe(chooser))

    def pdf_info(self, path):
        """pdfinfo's fields (poppler-utils: add it to TOOLS)."""
        with open(path, "rb") as pdf:
            magic = pdf.read(5)
        if magic != b"%PDF-":
            raise Failure(f"{path} starts with {magic!r}, not %PDF-")
        info = subprocess.run(["pdfinfo", path], capture_output=True, text=True, timeout=20)
        if info.returncode != 0:
            raise Failure(f"pdfinfo failed: {info.stderr}")
        return {key.strip(): value.strip() for key, value in
                (line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)}

    def pdf_text(self, path, layout=False):
        """pdftotext's text of the file, in UTF-8 (poppler-utils); with
        layout, a table's rows are kept on their lines."""
        command = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), path, "-"]
        text = subprocess.run(command, capture_output=True, text=True, timeout=20)
        if text.returncode != 0:
            raise Failure(f"pdftotext failed: {text.stderr}")
        return text.stdout

    def close_with_escape(self, window, anchor, toast=None):
        """Closes window, a preview, with Esc. Without a window manager
        nobody gives the keyboard back to it when a dialog it opened goes:
        X's focus reverts to the root window and keys go to the window
        under the pointer, so the pointer is put on anchor, an object of
        window. A toast up in it takes the first Esc (AdwToastOverlay
        binds Esc to dismiss it); a second Esc closes the window then."""
        def closed():
            return not self.has_state(window, self.atspi.STATE_SHOWING)

        def describe():
            return f"windows: {self.windows()}\nlabels in the window: " \
                + repr(self.labels(window))

        self.point_at(anchor)
        self.press_key(KEY_ESCAPE)
        self.poll("the first Esc to dismiss the toast, or to close the window",
                  lambda: closed() or (toast is not None and toast not in self.labels(window)),
                  diagnose=describe)
        if not closed():
            print("# the first Esc dismissed the toast", flush=True)
            self.press_key(KEY_ESCAPE)
            self.poll("the second Esc to close the window", closed, diagnose=describe)

    # The steps

    def step(self, description, function):
        """Runs function() as one TAP point; a failure ends the test."""
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

    def run(self):
        raise NotImplementedError("a test defines its steps in run()")

    def cli(self, *args, timeout=60):
        """Runs motcua-cli on the test's database and returns its output."""
        command = [os.environ["MOTCUA_CLI"], "--database", self.db_path, *args]
        result = subprocess.run(command, env=self.child_env, capture_output=True, text=True,
                                timeout=timeout)
        if result.returncode != 0:
            raise Failure(f"{' '.join(command)}\nexited with status {result.returncode}:\n"
                          f"{result.stdout}{result.stderr}")
        return result.stdout

    def seed_database(self):
        self.cli("catalogue", "import", os.environ["MOTCUA_CATALOGUE"])

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
            for app in self.children(desktop):
                try:
                    if app.get_process_id() == self.app_proc.pid:
                        return app
                except Exception:
                    continue
            return None

        self.app = self.poll("the app on the accessibility bus", app_on_bus, START_TIMEOUT)
        if self.app.name != "motcua":
            raise Failure(f"the application is named {self.app.name!r}, not 'motcua'")

        def main_window():
            return self.find(self.app, self.atspi.ROLE_FRAME, "Một Cửa")

        self.frame = self.poll("the window “Một Cửa”", main_window,
                               diagnose=lambda: f"windows: {self.windows()}")

    def wait_first_admin_page(self):
        """The first-start page, once on screen.

        The database has no staff: the page shows in place of the work.
        GTK 4.8 keeps the stack's hidden pages in the tree, with no state
        telling them apart: the fields are looked for on this page, not on
        the sign-in page, and a page never shown has no size."""
        page = self.poll("the first-start page",
                         lambda: self.find(self.frame, self.atspi.ROLE_FILLER, "McFirstAdminPage"),
                         START_TIMEOUT)
        self.poll("the first-start page on screen", lambda: self.on_screen(page),
                  diagnose=lambda: f"page extents: {self.extents(page)}")
        return page

    def create_first_account(self, page):
        """Fills in the first-start page with ADMIN_FIELDS, presses Create
        Account and waits for the work, the administrator signed in."""
        for name, text in ADMIN_FIELDS:
            self.fill(page, name, text, secret=name.endswith("Password"))
        self.press_button(page, "Create Account")

        def header_shows_admin():
            label = self.find_label(self.frame, ADMIN_NAME)
            return label is not None and self.on_screen(label)

        self.poll("the work, with the administrator’s name in the header", header_shows_admin,
                  SIGN_IN_TIMEOUT,
                  diagnose=lambda: "labels on the first-start page: " + repr(self.labels(page)))

    def create_first_administrator(self):
        self.create_first_account(self.wait_first_admin_page())
        self.screenshot("signed-in")

    # Setting up and cleaning up

    def set_up(self):
        """The test's temporary directory, its database's path and the
        app's environment."""
        self.tmpdir = tempfile.mkdtemp(prefix=self.PREFIX)
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


def on_alarm(signum, frame):
    raise Failure(f"the whole test took longer than {TOTAL_TIMEOUT} s")


def main(test_class):
    """Runs a test, a subclass of E2ETest, and returns the exit status."""
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

    missing = [name for name in REQUIRED_ENV if not os.environ.get(name)]
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
    for tool, package in test_class.TOOLS:
        if shutil.which(tool) is None:
            print(f"Bail out! {tool} not found: install {package}", flush=True)
            return 1

    # This process only reads the tree; the variables are for the app.
    for name in ("NO_AT_BRIDGE", "GTK_A11Y"):
        os.environ.pop(name, None)

    test = test_class(pyatspi, app_g_debug)
    status = 0
    started = time.monotonic()
    signal.signal(signal.SIGALRM, on_alarm)
    signal.alarm(TOTAL_TIMEOUT)
    try:
        test.set_up()
        test.run()
    except Failure as failure:
        status = 1
        # Every line a TAP comment: the message may span several.
        print("# FAILED: " + str(failure).replace("\n", "\n# "), flush=True)
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

    print(f"# {time.monotonic() - started:.1f} s", flush=True)
    print(f"1..{test.number}", flush=True)
    return status
