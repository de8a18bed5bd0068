#!/usr/bin/python3
# test-e2e-counter.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End-to-end test of the counter, through the accessibility tree.

Seeds a database with the bundled catalogue and the commune's identity
through the command-line tool, starts the real app on it and, as a
screen-reader user or a person with a mouse and keyboard would:

- creates the first administrator on the first-start page (an
  administrator may receive dossiers: help/C/dossier-receive.page, and
  role_actors () in src/core/mc-dossier-workflow.c);
- finds “Đăng ký kết hôn” in the catalogue, opens it, presses
  Receive Dossier…, fills in the intake form with a Vietnamese name and
  presses Receive Dossier;
- checks the slip's preview: its title, in its header and as the window's
  name, Print holding the keyboard focus, “Page 1 of N”, the page's
  image;
- saves the slip as PDF through the file chooser (GtkFileChooserNative,
  which is a GtkFileChooserDialog in the app when no portal answers),
  typing the whole path in its Name field, then reads the file back with
  pdfinfo and pdftotext;
- closes the preview with Esc and reads “Saved as PDF: …” in the
  dossier's history, then asks motcua-cli for the print event.

Everything it reads comes from AT-SPI (pyatspi), the PDF file and the CLI;
everything it does goes through AT-SPI too: EditableText to type, the
buttons' actions to press them, synthesized mouse and key events for the
catalogue's row and for Esc. The plumbing it shares with
test-e2e-catalogue.py is in mc_e2e.py, beside it.

Needs a display and a D-Bus session bus, as the test command provides
(xvfb-run -a dbus-run-session -- meson test ...). Without them it fails;
it skips (exit status 77) only when pyatspi cannot be imported.

Environment: MOTCUA_APP, MOTCUA_CLI, MOTCUA_CATALOGUE (set by meson's
test_env); MOTCUA_SCREENSHOTS, when set, saves screenshots of the screen at
key points to /tmp/motcua-e2e-counter-*.png (or to that directory, if it
is one).
"""

import json
import os
import re
import subprocess
import sys

# mc_e2e sits beside this script, in the source tree: no __pycache__ there.
sys.dont_write_bytecode = True

from mc_e2e import ADMIN_NAME, E2ETest, Failure, KEY_ESCAPE, KEY_RETURN, START_TIMEOUT, main

SLIP_TIMEOUT = 20       # the form drawn on the worker, its pages on Poppler's thread

AGENCY_CODE = "000.17.22.H56"
AGENCY_NAME = "UBND xã Tân Lập"
PLACE = "Tân Lập"

PROCEDURE_NAME = "Đăng ký kết hôn"
PROCEDURE_CODE = "1.000894"

# The applicant, typed into the intake form. “ạ”, “ễ” and “ị” are among
# the characters xdotool drops: EditableText types them whole.
APPLICANT_NAME = "Nguyễn Thị Hạnh"
INTAKE_FIELDS = (
    ("Full Name", APPLICANT_NAME),
    ("Identity Number (CCCD or CMND)", "001303012345"),
    ("Phone", "0987654321"),
    ("Address", "Thôn Đồng Tâm, xã Tân Lập, huyện Đan Phượng, Hà Nội"),
)

SLIP_LABEL = "Receipt and Appointment Slip (Form 01)"
SLIP_HEADING = "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
A5_POINTS = (419.53, 595.28)
CODE_PATTERN = re.compile(re.escape(AGENCY_CODE) + r"-\d{6}-\d{4}")


class CounterTest(E2ETest):
    PREFIX = "motcua-e2e-counter-"
    TOOLS = (("pdfinfo", "poppler-utils"), ("pdftotext", "poppler-utils"))

    def __init__(self, pyatspi, app_g_debug):
        super().__init__(pyatspi, app_g_debug)
        self.detail = None
        self.intake = None
        self.preview = None
        self.code = None
        self.n_pages = None
        self.pdf_path = None

    # The steps

    def seed_database(self):
        super().seed_database()
        # Dossier codes need the commune's agency code; the slip prints
        # its name and place.
        self.cli("office", "set", "--agency-code", AGENCY_CODE, "--agency-name", AGENCY_NAME,
                 "--place", PLACE)

    def open_procedure(self):
        def procedures_on_screen():
            procedures = self.procedures_list()
            return procedures if procedures is not None and self.on_screen(procedures) else None

        procedures = self.poll("the list “Procedures” on screen", procedures_on_screen,
                               START_TIMEOUT)
        entry = self.find(self.frame, self.atspi.ROLE_ENTRY, "Search procedures")
        if entry is None:
            raise Failure("no entry named “Search procedures”")
        self.type_into(entry, PROCEDURE_NAME)
        self.poll(f"the search entry to hold “{PROCEDURE_NAME}”",
                  lambda: self.text_of(entry) == PROCEDURE_NAME,
                  diagnose=lambda: f"entry text: {self.text_of(entry)!r}")

        # The row is clicked once the list is narrowed, not while it
        # still shows every procedure and moves under the pointer.
        def narrowed():
            for text in self.labels(self.frame):
                match = re.match(r"Showing (\d+) of (\d+) procedures$", text)
                if match and 0 < int(match.group(1)) < int(match.group(2)):
                    return True
            return False

        self.poll("the count line to show fewer procedures", narrowed,
                  diagnose=lambda: "labels in the window: "
                  + repr([t for t in self.labels(self.frame) if t.startswith("Showing")]))

        # The search also lists “Đăng ký kết hôn có yếu tố nước ngoài”:
        # the row is the one whose labels hold this name and this code.
        def the_row():
            for obj in self.walk(procedures):
                if self.role(obj) != self.atspi.ROLE_LIST_ITEM:
                    continue
                labels = self.labels(obj)
                if PROCEDURE_NAME in labels and PROCEDURE_CODE in labels:
                    return obj
            return None

        row = self.poll(f"the row of {PROCEDURE_CODE} “{PROCEDURE_NAME}”", the_row,
                        diagnose=lambda: "labels in the list: "
                        + repr(self.labels(procedures)[:40]))

        # As a person would: click the row, which selects it and gives it
        # the keyboard focus, then press Enter.
        self.click(row)

        def row_chosen():
            return self.has_state(row, self.atspi.STATE_SELECTED) and \
                self.has_state(row, self.atspi.STATE_FOCUSED)

        self.poll("the clicked row to be selected and focused", row_chosen,
                  diagnose=lambda: f"row extents: {self.extents(row)}, "
                  f"states: {self.state_names(row)}")
        self.press_key(KEY_RETURN)

        detail = self.poll("the detail page (McProcedureDetail)",
                           lambda: self.find(self.frame, self.atspi.ROLE_FILLER,
                                             "McProcedureDetail"))
        self.poll("the detail page to slide in", lambda: self.on_screen(detail),
                  diagnose=lambda: f"detail extents: {self.extents(detail)}")
        self.poll(f"“{PROCEDURE_NAME}” and {PROCEDURE_CODE} on the detail page",
                  lambda: PROCEDURE_NAME in self.labels(detail)
                  and PROCEDURE_CODE in self.labels(detail),
                  diagnose=lambda: "labels on the detail page: " + repr(self.labels(detail)[:40]))
        self.detail = detail
        self.screenshot("detail")

    def open_intake_form(self):
        button = self.find_button(self.detail, "Receive Dossier…")
        self.wait_enabled(button, "Receive Dossier…")
        self.press(button, "Receive Dossier…")

        form = self.poll("the intake form (McIntakeForm)",
                         lambda: self.find(self.frame, self.atspi.ROLE_FILLER, "McIntakeForm"))
        self.poll("the intake form on screen", lambda: self.on_screen(form),
                  diagnose=lambda: f"form extents: {self.extents(form)}")
        self.poll(f"“{PROCEDURE_NAME}” on the intake form",
                  lambda: any(PROCEDURE_NAME in text for text in self.labels(form)),
                  diagnose=lambda: "labels on the form: " + repr(self.labels(form)[:40]))
        self.intake = form

    def receive_dossier(self):
        form = self.intake
        for name, text in INTAKE_FIELDS:
            self.fill(form, name, text)
        self.screenshot("intake-filled")

        button = self.find_button(form, "Receive Dossier")
        self.poll("the button “Receive Dossier” to be enabled once every field is in order",
                  lambda: self.has_state(button, self.atspi.STATE_SENSITIVE),
                  diagnose=lambda: f"states: {self.state_names(button)}\n"
                  "labels on the form: " + repr(self.labels(form)[:60]))
        self.press(button, "Receive Dossier")

    def slip_preview(self):
        """The slip's window: a toplevel of the app other than the main
        window, showing, with the slip's title in it."""
        for window in self.children(self.app):
            if window == self.frame or not self.has_state(window, self.atspi.STATE_SHOWING):
                continue
            name = self.name(window) or ""
            if name.startswith(SLIP_LABEL):
                return window
            if any(text.startswith(SLIP_LABEL) for text in self.labels(window)):
                return window
        return None

    def check_slip_preview(self):
        preview = self.poll("the slip's preview window", self.slip_preview, SLIP_TIMEOUT,
                            diagnose=lambda: f"windows: {self.windows()}\n"
                            "labels on the intake form: " + repr(self.labels(self.intake)[:40]))
        self.preview = preview

        # Its header's title names the form and the new dossier's code, as
        # “Receipt and Appointment Slip (Form 01) — CODE”.
        title_pattern = re.compile(re.escape(SLIP_LABEL) + " — (" + CODE_PATTERN.pattern + ")$")

        def title():
            for text in self.labels(preview):
                match = title_pattern.match(text)
                if match:
                    return match
            return None

        match = self.poll(f"the title “{SLIP_LABEL} — CODE” in the header", title,
                          diagnose=lambda: f"window name {self.name(preview)!r}, labels "
                          + repr(self.labels(preview)))
        self.code = match.group(1)
        print(f"# the new dossier is {self.code}", flush=True)

        # The window's own name is what a screen reader announces when it
        # opens and what a window list shows: the same title. GTK 4.8
        # names a window without a title after its type.
        window_title = match.group(0)
        self.poll(f"the preview window to be named “{window_title}”, as its header shows",
                  lambda: self.name(preview) == window_title,
                  diagnose=lambda: f"the window is named {self.name(preview)!r} "
                  "(gtk_window_set_title in src/ui/mc-document-preview.c)\n"
                  f"windows: {self.windows()}")

        page_pattern = re.compile(r"^Page 1 of (\d+)$")

        def subtitle():
            for text in self.labels(preview):
                match = page_pattern.match(text)
                if match:
                    return match
            return None

        match = self.poll("the subtitle “Page 1 of N”", subtitle, SLIP_TIMEOUT,
                          diagnose=lambda: "labels in the preview: " + repr(self.labels(preview)))
        self.n_pages = int(match.group(1))
        if self.n_pages < 2:
            raise Failure(f"the slip has {self.n_pages} page: both liên make two pages at least")

        def page_image():
            for obj in self.walk(preview):
                if self.name(obj) == "Page 1" and self.role(obj) == self.atspi.ROLE_IMAGE:
                    return obj
            return None

        image = self.poll("the page's image, named “Page 1”", page_image,
                          diagnose=lambda: self.describe(preview))
        self.poll("the image of page 1 on screen", lambda: self.on_screen(image, preview),
                  diagnose=lambda: f"image extents {self.extents(image)}, "
                  f"window extents {self.extents(preview)}")

        # Print has the keyboard focus, so that Enter prints the slip.
        print_button = self.find_button(preview, "Print…")

        def focused():
            return [self.atspi.Accessible.getRoleName(obj) + " " + repr(self.name(obj))
                    for obj in self.walk(self.app)
                    if self.has_state(obj, self.atspi.STATE_FOCUSED)]

        self.poll("the button “Print…” to hold the keyboard focus",
                  lambda: self.has_state(print_button, self.atspi.STATE_FOCUSED),
                  diagnose=lambda: f"states of “Print…”: {self.state_names(print_button)}\n"
                  f"focused objects in the app: {focused()}")
        self.screenshot("slip-preview")

    def file_chooser(self):
        # GTK 4.8 gives the dialog the role “filler” and no “showing”
        # state, but it is “visible” (and “modal”).
        for window in self.children(self.app):
            if self.name(window) == "Save as PDF" and \
                    self.has_state(window, self.atspi.STATE_VISIBLE):
                return window
        return None

    def save_as_pdf(self):
        self.pdf_path = os.path.join(self.tmpdir, "giay-tiep-nhan.pdf")
        save_button = self.find_button(self.preview, "Save as PDF…")
        self.wait_enabled(save_button, "Save as PDF…")
        self.press(save_button, "Save as PDF…")

        # GtkFileChooserNative shows a GtkFileChooserDialog in the app
        # when no file chooser portal answers on the session bus (the
        # test's bus is a new one, dbus-run-session's).
        chooser = self.poll("the file chooser “Save as PDF”", self.file_chooser,
                            diagnose=lambda: f"windows: {self.windows()} (with a file chooser "
                            "portal installed, the chooser is another process's)")

        # The Name field holds the name the app suggests.
        suggested = f"slip-{self.code}.pdf"

        def name_field():
            field = self.find(chooser, self.atspi.ROLE_TEXT, "Name:")
            return field if field is not None and self.text_of(field) == suggested else None

        field = self.poll(f"the chooser's Name field holding “{suggested}”", name_field,
                          diagnose=lambda: self.describe(chooser))
        self.screenshot("file-chooser")

        # A whole path in the Name field saves in that folder, wherever
        # the chooser is browsing.
        self.clear(field)
        self.type_into(field, self.pdf_path)
        self.poll("the Name field to hold the path",
                  lambda: self.text_of(field) == self.pdf_path,
                  diagnose=lambda: f"field text: {self.text_of(field)!r}")
        save = self.find_button(chooser, "Save")
        self.wait_enabled(save, "Save")
        self.press(save, "Save")

        self.poll("the file chooser to close", lambda: self.file_chooser() is None,
                  diagnose=lambda: self.describe(chooser))
        self.poll(f"the toast “Saved as “{os.path.basename(self.pdf_path)}””",
                  lambda: f"Saved as “{os.path.basename(self.pdf_path)}”"
                  in self.labels(self.preview),
                  diagnose=lambda: "labels in the preview: " + repr(self.labels(self.preview)))
        self.poll(f"the file {self.pdf_path}", lambda: os.path.isfile(self.pdf_path)
                  and os.path.getsize(self.pdf_path) > 0,
                  diagnose=lambda: f"files in {self.tmpdir}: {os.listdir(self.tmpdir)}")
        self.screenshot("saved")

    def check_pdf(self):
        with open(self.pdf_path, "rb") as pdf:
            magic = pdf.read(5)
        if magic != b"%PDF-":
            raise Failure(f"{self.pdf_path} starts with {magic!r}, not %PDF-")

        info = subprocess.run(["pdfinfo", self.pdf_path], capture_output=True, text=True,
                              timeout=20)
        if info.returncode != 0:
            raise Failure(f"pdfinfo failed: {info.stderr}")
        fields = dict(line.split(":", 1) for line in info.stdout.splitlines() if ":" in line)
        pages = int(fields.get("Pages", "0").strip())
        if pages < 2 or pages != self.n_pages:
            raise Failure(f"the PDF has {pages} pages; the preview said {self.n_pages}, "
                          "and the slip has two liên\n" + info.stdout)
        size = re.match(r"\s*([\d.]+) x ([\d.]+) pts", fields.get("Page size", ""))
        if size is None or abs(float(size.group(1)) - A5_POINTS[0]) > 0.5 or \
                abs(float(size.group(2)) - A5_POINTS[1]) > 0.5:
            raise Failure(f"the page is not A5 portrait ({A5_POINTS[0]} x {A5_POINTS[1]} pts)\n"
                          + info.stdout)

        text = subprocess.run(["pdftotext", "-enc", "UTF-8", self.pdf_path, "-"],
                              capture_output=True, text=True, timeout=20)
        if text.returncode != 0:
            raise Failure(f"pdftotext failed: {text.stderr}")
        missing = [needle for needle in (SLIP_HEADING, APPLICANT_NAME, f"Mã hồ sơ: {self.code}")
                   if needle not in text.stdout]
        if missing:
            raise Failure(f"the PDF's text lacks {missing}:\n{text.stdout[:3000]}")

    def close_preview(self):
        # Esc closes the preview (help/C/printing.page), but the toast
        # “Saved as …” is up for 4 s after saving, and AdwToastOverlay
        # binds Esc to dismiss its toast first: the first Esc dismisses
        # the toast, the second closes the window. On a slow machine the
        # toast may have gone by itself, and the first Esc closes it.
        toast = f"Saved as “{os.path.basename(self.pdf_path)}”"

        def closed():
            return not self.has_state(self.preview, self.atspi.STATE_SHOWING)

        def describe():
            return f"windows: {self.windows()}\nlabels in the preview: " \
                + repr(self.labels(self.preview))

        # Without a window manager, nobody gives the keyboard back to the
        # preview when the file chooser goes: X's focus reverts to the
        # root window, and keys go to the window under the pointer (GTK
        # then reports the main window's focus widget as focused). The
        # pointer is put on the preview's title, as a person's would be on
        # the window they work in.
        title = self.find_label(self.preview, f"{SLIP_LABEL} — {self.code}")
        if title is None:
            raise Failure("the preview's title is gone\n" + describe())
        self.point_at(title)
        self.press_key(KEY_ESCAPE)
        self.poll("the first Esc to dismiss the toast, or to close the preview",
                  lambda: closed() or toast not in self.labels(self.preview), diagnose=describe)
        if not closed():
            print("# the first Esc dismissed the toast", flush=True)
            self.press_key(KEY_ESCAPE)
            self.poll("the second Esc to close the preview", closed, diagnose=describe)
        # Hidden, not destroyed: it is kept for the next receipt
        # (mc-dossiers-view.c).
        if self.slip_preview() is not None:
            raise Failure(f"a slip's preview still shows: {self.windows()}")

    def check_history(self):
        # The dossier's page is in the main window, where the intake form
        # sent it after the receipt.
        def dossier_page():
            page = self.find(self.frame, self.atspi.ROLE_FILLER, "McDossierPage")
            return page if page is not None and self.on_screen(page) else None

        page = self.poll("the dossier's page (McDossierPage) on screen", dossier_page,
                         diagnose=lambda: self.describe(self.frame))
        self.poll(f"the code {self.code} on the dossier's page",
                  lambda: any(self.code in text for text in self.labels(page)),
                  diagnose=lambda: "labels on the dossier's page: " + repr(self.labels(page)))
        entry = f"Saved as PDF: {SLIP_LABEL}"
        self.poll(f"“{entry}” in the dossier's history", lambda: entry in self.labels(page),
                  diagnose=lambda: "labels on the dossier's page: " + repr(self.labels(page)))
        self.screenshot("history")

    def check_cli_events(self):
        output = self.cli("dossier", "show", self.code, "--json")
        try:
            shown = json.loads(output)
        except ValueError as error:
            raise Failure(f"motcua-cli dossier show --json printed no JSON ({error}):\n{output}")
        events = shown.get("events", [])
        actions = [event.get("action") for event in events]
        if actions[:1] != ["receive"]:
            raise Failure(f"the first event is not the receipt: {actions}")
        prints = [event for event in events if event.get("action") == "print"]
        if len(prints) != 1:
            raise Failure(f"expected one print event, found {len(prints)}: {actions}\n{output}")
        if prints[0].get("actor") != ADMIN_NAME:
            raise Failure(f"the print event names {prints[0].get('actor')!r}, "
                          f"not {ADMIN_NAME!r}\n{output}")
        # Printing changes nothing of the dossier: no new version.
        if prints[0].get("version") != shown.get("version") or \
                prints[0].get("status_after") != shown.get("status"):
            raise Failure("the print event changed the dossier's version or status\n" + output)
        # The JSON names no form and no output (the event's details are not
        # printed): that it was the slip, saved as a file, is read in the
        # app's history above.
        if shown.get("applicant") != APPLICANT_NAME:
            raise Failure(f"the dossier's applicant is {shown.get('applicant')!r}\n{output}")

    # Running

    def run(self):
        self.step("seed the database: the bundled catalogue and the commune (motcua-cli)",
                  self.seed_database)
        self.step("start the app and find its window on the accessibility bus", self.start_app)
        self.step("create the first administrator on the first-start page",
                  self.create_first_administrator)
        self.step(f"find and open {PROCEDURE_CODE} “{PROCEDURE_NAME}”", self.open_procedure)
        self.step("“Receive Dossier…” opens the intake form of the procedure",
                  self.open_intake_form)
        self.step("fill in the intake form and press “Receive Dossier”", self.receive_dossier)
        self.step("the slip's preview opens: its title, the window's too, “Page 1 of N”, "
                  "the page, Print focused",
                  self.check_slip_preview)
        self.step("“Save as PDF…”, a whole path in the file chooser, Save: the file is written",
                  self.save_as_pdf)
        self.step("the file is the slip: A5, every page, the heading, the name and the code",
                  self.check_pdf)
        self.step("Esc closes the preview", self.close_preview)
        self.step(f"the dossier's history shows “Saved as PDF: {SLIP_LABEL}”",
                  self.check_history)
        self.step("motcua-cli dossier show --json lists the receipt and the print event",
                  self.check_cli_events)


if __name__ == "__main__":
    sys.exit(main(CounterTest))
