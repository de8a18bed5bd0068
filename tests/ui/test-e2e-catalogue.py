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
to open a row, the actions of the Create Account and Back buttons. The
plumbing it shares with test-e2e-counter.py is in mc_e2e.py, beside it.

Needs a display and a D-Bus session bus, as the test command provides
(xvfb-run -a dbus-run-session -- meson test ...). Without them it fails;
it skips (exit status 77) only when pyatspi cannot be imported.

Environment: MOTCUA_APP, MOTCUA_CLI, MOTCUA_CATALOGUE (set by meson's
test_env); MOTCUA_SCREENSHOTS, when set, saves screenshots of the screen at
key points to /tmp/motcua-e2e-*.png (or to that directory, if it is one).
"""

import sys

# mc_e2e sits beside this script, in the source tree: no __pycache__ there.
sys.dont_write_bytecode = True

from mc_e2e import E2ETest, Failure, KEY_RETURN, main

LIST_TIMEOUT = 20       # first load of the list, app start included

BIRTH_NAME = "Đăng ký khai sinh"
BIRTH_CODE = "1.001193"
BIRTH_FORM = "Tờ khai đăng ký khai sinh"
MARRIAGE_STATUS = "Cấp Giấy xác nhận tình trạng hôn nhân"
N_BUNDLED = 60


class CatalogueTest(E2ETest):
    PREFIX = "motcua-e2e-"

    def __init__(self, pyatspi, app_g_debug):
        super().__init__(pyatspi, app_g_debug)
        self.list = None
        self.entry = None

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

    def detail_page(self):
        # GTK 4.8 names an unlabelled widget after its type.
        return self.find(self.frame, self.atspi.ROLE_FILLER, "McProcedureDetail")

    def list_item_of(self, obj):
        while obj is not None and self.role(obj) != self.atspi.ROLE_LIST_ITEM:
            obj = obj.parent
        return obj

    # The steps

    def create_first_administrator(self):
        page = self.wait_first_admin_page()
        self.screenshot("first-admin")
        # The work shows only once someone has signed in.
        work = self.procedures_list()
        if work is not None and self.on_screen(work):
            raise Failure(f"the catalogue shows before anyone signed in: {self.extents(work)}")
        self.create_first_account(page)
        self.poll("the catalogue in place of the first-start page",
                  lambda: self.procedures_list() is not None
                  and self.on_screen(self.procedures_list()))
        self.screenshot("signed-in")

    def wait_for_list(self):
        self.list = self.poll("the list “Procedures”", self.procedures_list, LIST_TIMEOUT)
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
        self.type_into(self.entry, "dang ky khai sinh")
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
            return self.has_state(row, self.atspi.STATE_SELECTED) and \
                self.has_state(row, self.atspi.STATE_FOCUSED)

        self.poll("the clicked row to be selected and focused", row_chosen,
                  diagnose=lambda: f"row extents: {self.extents(row)}, "
                  f"states: {self.state_names(row)}")
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
        self.clear(self.entry)
        self.poll("an empty search entry", lambda: self.text_of(self.entry) == "",
                  diagnose=lambda: f"entry text: {self.text_of(self.entry)!r}")
        self.poll(f"“{MARRIAGE_STATUS}” in the list again",
                  lambda: MARRIAGE_STATUS in self.list_labels(), diagnose=self.describe_list)
        self.poll(f"“Showing {N_BUNDLED} of {N_BUNDLED} procedures”",
                  lambda: self.count_label() == f"Showing {N_BUNDLED} of {N_BUNDLED} procedures",
                  diagnose=lambda: f"count label: {self.count_label()!r}")

    def search_upper_case(self):
        self.type_into(self.entry, "ĐĂNG KÝ")
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


if __name__ == "__main__":
    sys.exit(main(CatalogueTest))
