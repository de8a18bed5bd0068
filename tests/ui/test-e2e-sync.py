#!/usr/bin/python3
# test-e2e-sync.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End-to-end test of the sync with the provincial portal, through the
accessibility tree.

Two counters of one commune share the test portal (tests/portal,
motcua-test-portal, started here on a free port): counter B, workstation
QUAY-2, works with the command-line tool only; counter A, workstation
QUAY-1, is the app. Through motcua-cli:

- B imports the catalogue, sets the commune and its workstation, sets up
  the sync, receives a dossier D1 and sends it (sync --once): D1 is on
  the portal;
- A's database gets the catalogue, the commune, its workstation and the
  same portal, and a dossier D2 received with the CLI; the portal is told
  (POST /_test, queue_fault) to refuse the next dossier pushed to it,
  item_422 on DongBoHoSoMC, with its message.

It then starts the real app on A's database and, as a person at counter A
would (help/C/sync.page):

- creates the first administrator on the first-start page (the CLI makes
  no staff);
- waits for the sync the app runs at start: the tab “Sync” appears with
  the badge “1”, the header bar's indicator counts one problem; on the
  tab, D2's row says “Refused by the portal” with the portal's message
  and offers “Send Again”, described by the row's title for a screen
  reader;
- opens D2 from its row (the arrow “Open dossier D2”): the tab “Dossiers”
  shows D2's page, with the line “Refused by the portal: <message>”;
  goes back;
- presses “Send Again” on D2's row: a sync runs at once, the page says
  “Everything Is on the Portal”, the badge goes, the indicator is up to
  date, and the portal (its /_test state) holds
  D2 once, at the version A's database has, from QUAY-1, and D1 still
  once, from QUAY-2;
- finds D1, pulled from the portal at the first sync, in the tab
  “Dossiers” by searching for its code;
- opens the indicator's popover: “Up to date with the portal”; its
  “Details” brings the tab “Sync” back.

The password comes from $MOTCUA_PORTAL_PASSWORD, which the app and the CLI
read where no keyring holds one (mc_portal_secret_find ()).

Everything it reads comes from AT-SPI (pyatspi), the CLI and the test
portal's control endpoint; everything it does in the app goes through
AT-SPI: the tabs' and buttons' actions and EditableText. The plumbing it
shares with the other end-to-end tests is in mc_e2e.py, beside it.

Needs a display and a D-Bus session bus, as the test command provides
(xvfb-run -a dbus-run-session -- meson test ...). Without them it fails;
it skips (exit status 77) only when pyatspi cannot be imported.

Environment: MOTCUA_APP, MOTCUA_CLI, MOTCUA_CATALOGUE, MOTCUA_TEST_PORTAL
(set by meson's test_env); MOTCUA_SCREENSHOTS, when set, saves screenshots
of the screen at key points to /tmp/motcua-e2e-sync-*.png (or to that
directory, if it is one).
"""

import json
import os
import signal
import subprocess
import sys
import urllib.request

# mc_e2e sits beside this script, in the source tree: no __pycache__ there.
sys.dont_write_bytecode = True

from mc_e2e import E2ETest, Failure, main

SYNC_TIMEOUT = 20       # the keyring asked on the sync's thread, then a pass

# motcua-test-portal's defaults (tests/portal/mc-test-portal.h).
PORTAL_USERNAME = "motcua"
PORTAL_PASSWORD = "motcua-test"
PORTAL_DSTCODE = "MOTCUA-TEST"
PORTAL_MADONVI = "000.00.00.H00"

# One commune, two counters: their ranges of dossier numbers must not
# overlap, or D1 and D2 would get the same code.
AGENCY_NAME = "UBND xã Tân Lập"
PLACE = "Tân Lập"
WORKSTATION_A = "QUAY-1"
WORKSTATION_B = "QUAY-2"
RANGE_A = "1-4999"
RANGE_B = "5000-9999"

PROCEDURE_CODE = "1.001193"     # Đăng ký khai sinh
APPLICANT_D1 = "Trần Văn Bình"
APPLICANT_D2 = "Nguyễn Thị Hạnh"

# What the test portal answers for item_422 on DongBoHoSoMC
# (tests/portal/mc-test-portal-services.c).
PORTAL_MESSAGE = "Trường TrichYeuHoSo không hợp lệ (lỗi giả lập)"

REFUSED = "Refused by the portal"
EVERYTHING_ON_PORTAL = "Everything Is on the Portal"
ONE_PROBLEM = "1 problem with the portal"
UP_TO_DATE = "Up to date with the portal"


class SyncTest(E2ETest):
    PREFIX = "motcua-e2e-sync-"

    def __init__(self, pyatspi, app_g_debug):
        super().__init__(pyatspi, app_g_debug)
        self.portal_proc = None
        self.portal_url = None
        self.db_b = None
        self.d1 = None
        self.d2 = None
        self.sync_page = None

    # The test portal and the two databases

    def set_up(self):
        super().set_up()
        self.db_b = os.path.join(self.tmpdir, "quay-2.sqlite")
        # No proxy looked up for 127.0.0.1 (GIO's resolver would ask the
        # settings); the password where no keyring holds one.
        self.child_env.update({
            "GIO_USE_PROXY_RESOLVER": "dummy",
            "MOTCUA_PORTAL_PASSWORD": PORTAL_PASSWORD,
        })

    def start_portal(self):
        portal = os.environ.get("MOTCUA_TEST_PORTAL")
        if not portal:
            raise Failure("MOTCUA_TEST_PORTAL is not set: run through meson test")
        self.portal_proc = subprocess.Popen([portal, "--port", "0"], env=self.child_env,
                                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                            encoding="utf-8")
        self.portal_url = self.portal_proc.stdout.readline().strip()
        if not self.portal_url.startswith("http://127.0.0.1:"):
            raise Failure(f"motcua-test-portal printed {self.portal_url!r}, not its address")
        print(f"# the test portal listens at {self.portal_url}", flush=True)

    def control(self, **body):
        """POST /_test to the test portal: its answer, as JSON."""
        request = urllib.request.Request(self.portal_url + "/_test",
                                         data=json.dumps(body).encode("utf-8"),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            reply = json.load(answer)
        if reply.get("error_code") != 0:
            raise Failure(f"the test portal refused {body}: {reply}")
        return reply

    def cli_on(self, db_path, *args):
        """motcua-cli on another database than the app's."""
        saved = self.db_path
        self.db_path = db_path
        try:
            return self.cli(*args)
        finally:
            self.db_path = saved

    def cli_json_on(self, db_path, *args):
        output = self.cli_on(db_path, *args, "--json")
        try:
            return json.loads(output)
        except ValueError as error:
            raise Failure(f"motcua-cli {' '.join(args)} --json printed no JSON ({error}):\n"
                          + output)

    def prepare_counter(self, db_path, workstation, number_range):
        self.cli_on(db_path, "catalogue", "import", os.environ["MOTCUA_CATALOGUE"])
        self.cli_on(db_path, "office", "set", "--agency-code", PORTAL_MADONVI,
                    "--agency-name", AGENCY_NAME, "--place", PLACE,
                    "--workstation", workstation, "--range", number_range)
        self.cli_on(db_path, "sync", "setup", "--url", self.portal_url,
                    "--dstcode", PORTAL_DSTCODE, "--madonvi", PORTAL_MADONVI,
                    "--username", PORTAL_USERNAME)

    def receive(self, db_path, applicant):
        return self.cli_json_on(db_path, "dossier", "receive", "--procedure", PROCEDURE_CODE,
                                "--applicant", applicant)["code"]

    def portal_dossiers(self):
        return self.control(action="state")["dossiers"]

    # The steps

    def counter_b_sends_d1(self):
        self.start_portal()
        self.prepare_counter(self.db_b, WORKSTATION_B, RANGE_B)
        self.d1 = self.receive(self.db_b, APPLICANT_D1)
        report = self.cli_json_on(self.db_b, "sync", "--once")
        if not report.get("ok") or report.get("dossiers_sent") != 1:
            raise Failure(f"motcua-cli sync --once on B reported {report}")
        held = self.portal_dossiers()
        if set(held) != {self.d1} or held[self.d1]["MaMay"] != WORKSTATION_B:
            raise Failure(f"the portal holds {held}, not {self.d1} from {WORKSTATION_B}")
        print(f"# D1 is {self.d1}, on the portal from {WORKSTATION_B}", flush=True)

    def seed_database(self):
        # Counter A: the app's database.
        self.prepare_counter(self.db_path, WORKSTATION_A, RANGE_A)
        self.d2 = self.receive(self.db_path, APPLICANT_D2)
        if self.d2 == self.d1:
            raise Failure(f"D1 and D2 have the same code {self.d2}: the ranges overlap")
        status = self.cli_json_on(self.db_path, "sync", "status")
        if status.get("dossiers_pending") != 1:
            raise Failure(f"motcua-cli sync status on A: {status}")
        # The next dossier pushed is refused, with the portal's message.
        self.control(action="queue_fault", service="DongBoHoSoMC", fault="item_422")
        print(f"# D2 is {self.d2}, waiting on A; the portal will refuse it", flush=True)

    def sync_tab(self):
        return self.view_tab("Sync")

    def indicator(self, summary):
        """The header bar's sync indicator, named after the sync's summary
        (update () in src/ui/mc-sync-indicator.c), if it says summary: the
        object of its menu button that can be pressed."""
        for obj in self.walk(self.frame):
            if self.role(obj) in (self.atspi.ROLE_PUSH_BUTTON, self.atspi.ROLE_TOGGLE_BUTTON) \
                    and self.name(obj) == summary and self.n_actions(obj) > 0 \
                    and self.on_screen(obj):
                return obj
        return None

    def indicator_names(self):
        return [(self.atspi.Accessible.getRoleName(obj), self.name(obj), self.n_actions(obj))
                for obj in self.walk(self.frame)
                if self.role(obj) in (self.atspi.ROLE_TOGGLE_BUTTON, self.atspi.ROLE_PUSH_BUTTON)
                and self.on_screen(obj)]

    def sync_row(self, code):
        """The Sync page's row of the dossier code: the list item holding
        the label “CODE — applicant”."""
        for obj in self.walk(self.sync_page):
            if self.role(obj) == self.atspi.ROLE_LIST_ITEM and \
                    any(text.startswith(code + " — ") for text in self.labels(obj)):
                return obj
        return None

    def relation_texts(self, obj, relation_type):
        """The texts (or names) of the objects obj is in that relation
        with."""
        texts = []
        for relation in obj.getRelationSet():
            if relation.getRelationType() != relation_type:
                continue
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                texts.append(self.text_of(target) or self.name(target))
        return texts

    def describe_sync_page(self):
        return self.describe(self.sync_page, limit=120)

    def wait_for_refusal(self):
        tab = self.poll("the tab “Sync” to appear once the sync ran", self.sync_tab,
                        SYNC_TIMEOUT,
                        diagnose=lambda: "tabs: " + repr(
                            [self.name(obj) for obj in self.walk(self.frame)
                             if self.role(obj) == self.atspi.ROLE_PAGE_TAB]))
        self.poll(f"the header bar's indicator to say “{ONE_PROBLEM}”",
                  lambda: self.indicator(ONE_PROBLEM),
                  SYNC_TIMEOUT,
                  diagnose=lambda: "buttons on screen: " + repr(self.indicator_names()))
        tab = self.show_view("Sync")
        self.sync_page = self.poll("the Sync page (McSyncPage)",
                                   lambda: self.find(self.frame, self.atspi.ROLE_FILLER,
                                                     "McSyncPage"))
        self.poll("the Sync page on screen", lambda: self.on_screen(self.sync_page),
                  diagnose=lambda: f"extents: {self.extents(self.sync_page)}")

        def refused_row():
            row = self.sync_row(self.d2)
            if row is None:
                return None
            labels = self.labels(row)
            return row if REFUSED in labels and PORTAL_MESSAGE in labels else None

        row = self.poll(f"D2's row with “{REFUSED}” and the portal's message", refused_row,
                        diagnose=self.describe_sync_page)
        title = f"{self.d2} — {APPLICANT_D2}"
        if title not in self.labels(row):
            raise Failure(f"the row's title is not “{title}”: {self.labels(row)}")
        summary = "1 dossier is not yet on the portal"
        if summary not in self.labels(self.sync_page):
            raise Failure(f"no “{summary}” on the page: {self.labels(self.sync_page)[:10]}")
        if self.sync_row(self.d1) is not None:
            raise Failure(f"D1 ({self.d1}), pulled from the portal, is listed as not on it")
        # The button says which dossier it sends (described by the row's
        # title), among rows that all have one.
        button = self.find_button(row, "Send Again")
        described_by = self.relation_texts(button, self.atspi.RELATION_DESCRIBED_BY)
        if described_by != [title]:
            raise Failure(f"“Send Again” is described by {described_by}, not “{title}”")
        # The tab's badge counts the problems: one.
        badge = [text for text in self.labels(tab) if text != "Sync"]
        if not badge or set(badge) != {"1"}:
            raise Failure(f"the tab “Sync” shows {self.labels(tab)}, not the badge “1”")
        self.screenshot("sync-refused")

    def open_d2_from_row(self):
        row = self.sync_row(self.d2)
        if row is None:
            raise Failure(f"no row of {self.d2}\n{self.describe_sync_page()}")
        name = f"Open dossier {self.d2}"
        arrow = self.find(row, self.atspi.ROLE_PUSH_BUTTON, name)
        if arrow is None:
            raise Failure(f"no button named “{name}” in D2's row\n{self.describe(row)}")
        self.press(arrow, name)

        dossiers = self.view_tab("Dossiers")
        self.poll("the tab “Dossiers” to be selected",
                  lambda: dossiers is not None
                  and self.has_state(dossiers, self.atspi.STATE_SELECTED),
                  diagnose=lambda: f"tab states: {self.state_names(dossiers)}")
        page = self.poll("the dossier's page (McDossierPage)",
                         lambda: self.find(self.frame, self.atspi.ROLE_FILLER, "McDossierPage"))
        self.poll("the dossier's page on screen", lambda: self.on_screen(page),
                  diagnose=lambda: f"extents: {self.extents(page)}")
        line = f"{REFUSED}: {PORTAL_MESSAGE}"
        self.poll(f"{self.d2} and “{line}” on the dossier's page",
                  lambda: self.d2 in self.labels(page) and line in self.labels(page),
                  diagnose=lambda: "labels on the dossier's page: " + repr(self.labels(page)[:40]))
        self.screenshot("dossier-refused")

    def go_back(self):
        back = self.find(self.frame, self.atspi.ROLE_PUSH_BUTTON, "Back")
        if back is None:
            raise Failure("no button “Back” on the dossier's page\n"
                          + self.describe(self.frame))
        self.press(back, "Back")
        # Back goes back within the tab “Dossiers”, to its list, not to
        # the tab the dossier was opened from: “Sync” is pressed again.
        self.poll("the dossier list (the field “Search dossiers”) back on screen",
                  lambda: self.search_entry() is not None,
                  diagnose=lambda: self.describe(self.frame))
        self.show_view("Sync")
        self.poll("the Sync page on screen, D2's row on it",
                  lambda: self.on_screen(self.sync_page) and self.sync_row(self.d2) is not None,
                  diagnose=self.describe_sync_page)

    def send_again(self):
        row = self.sync_row(self.d2)
        if row is None:
            raise Failure(f"no row of {self.d2}\n{self.describe_sync_page()}")
        button = self.find_button(row, "Send Again")
        self.wait_enabled(button, "Send Again")
        self.press(button, "Send Again")

        def everything_on_portal():
            label = self.find_label(self.sync_page, EVERYTHING_ON_PORTAL)
            return label is not None and self.on_screen(label)

        self.poll(f"“{EVERYTHING_ON_PORTAL}” on the Sync page", everything_on_portal,
                  SYNC_TIMEOUT, diagnose=self.describe_sync_page)
        # No problem left: no badge on the tab, the indicator up to date.
        tab = self.sync_tab()
        self.poll("the tab “Sync” without its badge",
                  lambda: [text for text in self.labels(tab) if text != "Sync"] == [],
                  diagnose=lambda: f"the tab shows {self.labels(tab)}")
        self.poll(f"the indicator to say “{UP_TO_DATE}”", lambda: self.indicator(UP_TO_DATE),
                  diagnose=lambda: "buttons on screen: " + repr(self.indicator_names()))
        self.screenshot("sync-empty")

    def check_portal(self):
        version = self.cli_json_on(self.db_path, "dossier", "show", self.d2)["version"]
        state = self.control(action="state")
        held = state["dossiers"]
        expected = {
            self.d1: (1, WORKSTATION_B),
            self.d2: (version, WORKSTATION_A),
        }
        shown = {code: (dossier["PhienBan"], dossier["MaMay"]) for code, dossier in held.items()}
        if shown != expected or state["n_dossiers"] != 2:
            raise Failure(f"the portal holds {shown} ({state['n_dossiers']} dossiers), "
                          f"not {expected}")
        if state["n_stored_twice"] != 0:
            raise Failure(f"the portal stored {state['n_stored_twice']} item(s) twice")
        # Each dossier's receipt step reached the portal once too.
        steps = {code: dossier["n_steps"] for code, dossier in held.items()}
        if steps != {self.d1: 1, self.d2: 1}:
            raise Failure(f"the portal holds the steps {steps}")
        status = self.cli_json_on(self.db_path, "sync", "status")
        waiting = {key: status[key] for key in ("dossiers_pending", "dossiers_rejected",
                                                  "dossiers_conflict", "steps_pending",
                                                  "steps_rejected")}
        if any(waiting.values()):
            raise Failure(f"motcua-cli sync status on A: {waiting}")
        print(f"# the portal holds D2 at version {version} from {WORKSTATION_A}, "
              f"D1 at version 1 from {WORKSTATION_B}", flush=True)

    def search_entry(self):
        entry = self.find(self.frame, self.atspi.ROLE_ENTRY, "Search dossiers")
        return entry if entry is not None and self.on_screen(entry) else None

    def find_d1(self):
        self.show_view("Dossiers")
        entry = self.poll("the field “Search dossiers” on screen", self.search_entry,
                          diagnose=lambda: self.describe(self.frame))
        self.clear(entry)
        self.type_into(entry, self.d1)
        self.poll(f"the search field to hold {self.d1}",
                  lambda: self.text_of(entry) == self.d1,
                  diagnose=lambda: f"entry text: {self.text_of(entry)!r}")

        # The list's page: the leaflet's child that holds the search field
        # (the leaflet keeps D2's page beside it, its code on it).
        page = entry
        while page is not None and self.name(page.parent) != "AdwLeaflet":
            page = page.parent
        if page is None:
            raise Failure("the field “Search dossiers” is not on a page of the leaflet of "
                          "the tab “Dossiers”")

        def list_labels():
            return self.labels(page)

        self.poll(f"{self.d1} and “{APPLICANT_D1}” in the list, D2 filtered out",
                  lambda: self.d1 in list_labels() and APPLICANT_D1 in list_labels()
                  and self.d2 not in list_labels(),
                  diagnose=lambda: "labels on the list's page: " + repr(list_labels()[:40]))
        self.screenshot("dossiers-d1")

        # What the app lists is in A's database, as B's. (Not dossier show:
        # a pulled dossier has no step in A's database, and dossier show,
        # which reads the history, says no dossier has its code.)
        listed = {dossier["code"]: dossier
                  for dossier in self.cli_json_on(self.db_path, "dossier", "list")}
        if set(listed) != {self.d1, self.d2} or \
                listed[self.d1]["workstation"] != WORKSTATION_B or \
                listed[self.d1]["applicant"] != APPLICANT_D1:
            raise Failure(f"motcua-cli dossier list on A: {list(listed.values())}")

    def indicator_details(self):
        button = self.poll(f"the indicator to say “{UP_TO_DATE}”",
                           lambda: self.indicator(UP_TO_DATE),
                           diagnose=lambda: "buttons on screen: " + repr(self.indicator_names()))
        self.press(button, UP_TO_DATE)

        # The popover is under the menu button in the tree; GTK 4.8 gives
        # what it holds no “showing” state, but “visible” once it pops up.
        def popover():
            for obj in self.walk(self.frame):
                if self.name(obj) == "GtkPopover" and \
                        self.has_state(obj, self.atspi.STATE_VISIBLE) and \
                        self.find_label(obj, UP_TO_DATE) is not None:
                    return obj
            return None

        window = self.poll(f"the indicator's popover, “{UP_TO_DATE}” in it", popover,
                           diagnose=lambda: self.describe(self.frame, limit=200))
        details = self.find_button(window, "Details")
        sync_now = self.find_button(window, "Sync Now")
        if not self.has_state(sync_now, self.atspi.STATE_SENSITIVE):
            raise Failure("“Sync Now” is disabled while the sync is up to date")
        self.screenshot("indicator")
        self.press(details, "Details")
        self.poll("the tab “Sync” to be selected",
                  lambda: self.has_state(self.sync_tab(), self.atspi.STATE_SELECTED),
                  diagnose=lambda: f"tab states: {self.state_names(self.sync_tab())}")
        self.poll(f"“{EVERYTHING_ON_PORTAL}” on screen",
                  lambda: self.on_screen(self.sync_page) and
                  self.find_label(self.sync_page, EVERYTHING_ON_PORTAL) is not None,
                  diagnose=self.describe_sync_page)

    # Running

    def run(self):
        self.step(f"counter B ({WORKSTATION_B}, motcua-cli): the test portal started, a "
                  "dossier D1 received and sent with sync --once", self.counter_b_sends_d1)
        self.step(f"counter A ({WORKSTATION_A}): the catalogue, the commune, the same portal, "
                  "a dossier D2 (motcua-cli); the portal will refuse it", self.seed_database)
        self.step("start the app and find its window on the accessibility bus", self.start_app)
        self.step("create the first administrator on the first-start page",
                  self.create_first_administrator)
        self.step(f"the sync at start: the tab “Sync” appears, the indicator says "
                  f"“{ONE_PROBLEM}”, D2's row “{REFUSED}” with the portal's message",
                  self.wait_for_refusal)
        self.step(f"the arrow “Open dossier D2” opens D2's page: “{REFUSED}: …”",
                  self.open_d2_from_row)
        self.step("Back, and the tab “Sync” again", self.go_back)
        self.step(f"“Send Again” on D2's row: “{EVERYTHING_ON_PORTAL}”", self.send_again)
        self.step("the portal holds D2 once at A's version from QUAY-1, D1 once from QUAY-2",
                  self.check_portal)
        self.step("D1, pulled from the portal, is found in the tab “Dossiers” by its code",
                  self.find_d1)
        self.step(f"the indicator's popover says “{UP_TO_DATE}”; “Details” shows the tab "
                  "“Sync”", self.indicator_details)

    def clean_up(self):
        if self.portal_proc is not None and self.portal_proc.poll() is None:
            self.portal_proc.send_signal(signal.SIGTERM)
            try:
                self.portal_proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.portal_proc.kill()
                self.portal_proc.wait(timeout=5)
        if self.portal_proc is not None:
            self.portal_proc.stdout.close()
        super().clean_up()


if __name__ == "__main__":
    sys.exit(main(SyncTest))
