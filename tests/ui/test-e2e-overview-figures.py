#!/usr/bin/python3
# test-e2e-overview-figures.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End-to-end test of the leader's overview and its figures, through the
accessibility tree.

Seeds a database through the command-line tool with the bundled catalogue,
the commune and dossiers in the states a quarter holds: received from the
paper register on a working day of the current quarter (--at) and left
overdue in processing, resolved on time, resolved late, given an apology
with a new appointment; received now, online and in processing, at the
counter and not handed over yet, refused at the counter. It starts the
real app on it and, as a leader at the screen would (help/C/overview.page):

- creates the first administrator on the first-start page: the CLI makes
  no staff, and the overview is shown to leaders and administrators
  (actor_update () in src/ui/mc-window.c);
- opens the tab “Overview”, checks that it shows the current calendar
  quarter (the page's default) and that each of its nine tiles, title,
  figure and caption, shows what motcua-cli stats --json prints for that
  quarter, as the tile's own wording (show_tiles () in
  src/ui/mc-dashboard-page.c);
- checks that “Overdue Now” lists exactly the dossiers motcua-cli dossier
  list --overdue lists, and that “Due Within a Working Day” counts as
  many rows as its tile;
- scrolls down with the mouse wheel and clicks the overdue dossier's row:
  the tab “Dossiers” shows that dossier's page (McDossierPage), its code
  at the top;
- presses “Mark Processed” there and confirms it in its dialog, a change
  made in the app: back on the overview, without any refresh, the tiles
  show the new figures of motcua-cli stats (one more resolved, one fewer
  open and overdue) and “No dossier is overdue.”;
- scrolls back up, opens Reports, “Report 06a”: the preview is titled
  with the report and the quarter's first and last day, “Page 1 of N”;
  Esc closes it.

Every control of the overview a person operates, and every chart, has an
accessible name: a screen reader announces none of them by its type.

Everything it reads comes from AT-SPI (pyatspi) and the CLI; everything it
does goes through AT-SPI: the tabs', buttons' and menu items' actions,
synthesized mouse clicks and wheel turns, and Esc. The plumbing it shares
with the other end-to-end tests is in mc_e2e.py, beside it.

Needs a display and a D-Bus session bus, as the test command provides
(xvfb-run -a dbus-run-session -- meson test ...). Without them it fails;
it skips (exit status 77) only when pyatspi cannot be imported.

Environment: MOTCUA_APP, MOTCUA_CLI, MOTCUA_CATALOGUE (set by meson's
test_env); MOTCUA_SCREENSHOTS, when set, saves screenshots of the screen at
key points to /tmp/motcua-e2e-figures-*.png (or to that directory, if it
is one).
"""

import datetime
import json
import re
import sys

# mc_e2e sits beside this script, in the source tree: no __pycache__ there.
sys.dont_write_bytecode = True

from mc_e2e import E2ETest, Failure, KEY_ESCAPE, main

REPORT_TIMEOUT = 20     # the report drawn on the worker, its pages on Poppler's thread

AGENCY_CODE = "000.17.22.H56"
AGENCY_NAME = "UBND xã Tân Lập"
PLACE = "Tân Lập"

# Every office keeps Vietnam's time (mc_working_calendar_get_time_zone ()).
VIETNAM = datetime.timezone(datetime.timedelta(hours=7))

SAME_DAY = "1.001193"   # Đăng ký khai sinh: the same working day
DEATH = "1.000656"      # Đăng ký khai tử: the same working day
FIVE_DAYS = "1.004884"  # Đăng ký lại khai sinh: five working days

OVERDUE_APPLICANT = "Lê Văn Quá Hạn"

REPORT_LABEL = "Report 06a"

# The tiles of show_tiles (), in their order.
TILE_TITLES = (
    "Received for Resolution",
    "Resolved in the Period",
    "Open at the End of the Period",
    "Due Within a Working Day",
    "Apology Letters Owed",
    "Average Processing Time",
    "Satisfaction (QĐ 766)",
    "Asked to Supplement More Than Once",
    "Synchronised With the Portal",
)


def c_percent(share):
    """A share as C's (int) (share * 100 + 0.5) prints it."""
    return int(share * 100 + 0.5)


def expected_tiles(stats):
    """The tiles, {title: (figure, caption)}, that show_tiles () makes of
    the figures motcua-cli stats --json prints."""
    resolved = stats["resolved"]
    early_or_on_time = stats["resolved_early"] + stats["resolved_on_time"]
    satisfaction = stats["satisfaction"]
    return {
        "Received for Resolution": (
            str(stats["received"]),
            f"Online {c_percent(stats['online_share'])}%, carried over {stats['carried_over']}"),
        "Resolved in the Period": (
            str(resolved),
            f"Early or on time {int(100.0 * early_or_on_time / resolved + 0.5) if resolved else 0}%"
            f", late {stats['resolved_late']}"),
        "Open at the End of the Period": (
            str(stats["pending"]), f"Overdue {stats['pending_overdue']}"),
        "Due Within a Working Day": (
            str(stats["due_soon"]), "Open, not waiting for the citizen"),
        "Apology Letters Owed": (
            str(stats["apologies_owed"]), f"Given in the period: {stats['apologies_given']}"),
        "Average Processing Time": (
            f"{stats['average_days']:.1f} days", "From receipt to result"),
        "Satisfaction (QĐ 766)": (
            "—" if satisfaction is None else f"{c_percent(satisfaction)}%",
            f"{stats['evaluations']} evaluations, {stats['evaluation_total']:.1f} of 18 points"),
        "Asked to Supplement More Than Once": (
            str(stats["repeated_supplements"]), "Before or after acceptance"),
        "Synchronised With the Portal": (
            f"{c_percent(stats['sync_coverage'])}%", "Acknowledged by the provincial portal"),
    }


def minute(moment):
    """A moment as the CLI takes and prints it."""
    return moment.strftime("%Y-%m-%d %H:%M")


def parse_minute(text):
    return datetime.datetime.strptime(text, "%Y-%m-%d %H:%M").replace(tzinfo=VIETNAM)


def quarter_of(day):
    """The calendar quarter of day: its number, first and last day."""
    number = (day.month - 1) // 3 + 1
    first = datetime.date(day.year, 3 * number - 2, 1)
    after = datetime.date(day.year + 1, 1, 1) if number == 4 else \
        datetime.date(day.year, 3 * number + 1, 1)
    return number, first, after - datetime.timedelta(days=1)


class OverviewFiguresTest(E2ETest):
    PREFIX = "motcua-e2e-figures-"

    def __init__(self, pyatspi, app_g_debug):
        super().__init__(pyatspi, app_g_debug)
        self.day = None
        self.overdue_code = None
        self.page = None
        self.scroller = None
        self.first_day = None
        self.last_day = None
        self.range_text = None
        self.stats_before = None
        self.dossier_page = None
        self.preview = None

    # The command-line tool

    def cli_json(self, *args):
        output = self.cli(*args, "--json")
        try:
            return json.loads(output)
        except ValueError as error:
            raise Failure(f"motcua-cli {' '.join(args)} --json printed no JSON ({error}):\n"
                          + output)

    def receive(self, procedure, applicant, at=None, channel=None, refuse=None):
        args = ["dossier", "receive", "--procedure", procedure, "--applicant", applicant]
        if at is not None:
            args += ["--at", minute(at)]
        if channel is not None:
            args += ["--channel", channel]
        if refuse is not None:
            args += ["--refuse", refuse]
        return self.cli_json(*args)["code"]

    def transition(self, code, action, at=None, *extra):
        args = ["dossier", "transition", code, action, *extra]
        if at is not None:
            args += ["--at", minute(at)]
        self.cli(*args)

    def stats(self):
        """motcua-cli stats --json for the days the overview shows."""
        return self.cli_json("stats", "--from", self.first_day.isoformat(),
                             "--to", self.last_day.isoformat())

    def overdue_codes(self):
        return [dossier["code"] for dossier in self.cli_json("dossier", "list", "--overdue")]

    def due_at(self, procedure, received):
        due = self.cli_json("deadline", "--procedure", procedure, "--received", minute(received))
        return parse_minute(due["due"])

    def register_day(self, now):
        """A working day before now, in the current quarter if one has gone
        by since it began, on which a same-day dossier received at 08:00
        was due at 17:00 and is overdue now. A quarter just begun has none:
        the day is then the last working day of the quarter before, and its
        dossiers are carried over into this one."""
        _, first, _ = quarter_of(now.date())

        def overdue_same_day(day):
            received = datetime.datetime.combine(day, datetime.time(8, 0), VIETNAM)
            due = self.due_at(SAME_DAY, received)
            return due.date() == day and due < now - datetime.timedelta(minutes=1)

        day = first
        while day <= now.date():
            if overdue_same_day(day):
                return day
            day += datetime.timedelta(days=1)
        day = first - datetime.timedelta(days=1)
        for _ in range(30):
            if overdue_same_day(day):
                print(f"# the quarter began on {first}: no working day of it is over yet; the "
                      f"back-dated dossiers are received on {day} and carried over", flush=True)
                return day
            day -= datetime.timedelta(days=1)
        raise Failure(f"no working day in the 30 days before {first} (motcua-cli deadline)")

    # The steps

    def seed_database(self):
        super().seed_database()
        # Dossier codes need the commune's agency code.
        self.cli("office", "set", "--agency-code", AGENCY_CODE, "--agency-name", AGENCY_NAME,
                 "--place", PLACE)

        now = datetime.datetime.now(VIETNAM)
        self.day = day = self.register_day(now)

        def at(hour, minutes=0):
            return datetime.datetime.combine(day, datetime.time(hour, minutes), VIETNAM)

        # From the paper register (--at, “entered late”): each handed
        # over and acknowledged, processing under way by 09:15.
        def received_on_day(procedure, applicant, minutes):
            code = self.receive(procedure, applicant, at=at(8, minutes))
            self.transition(code, "hand-over", at(8, 30 + minutes))
            self.transition(code, "acknowledge", at(9, minutes))
            return code

        # Overdue: due at 17:00 that day, still in processing.
        self.overdue_code = received_on_day(SAME_DAY, OVERDUE_APPLICANT, 0)
        # Resolved on time, the result returned that morning.
        code = received_on_day(SAME_DAY, "Trần Thị Đúng Hẹn", 5)
        self.transition(code, "processed", at(10))
        self.transition(code, "return", at(11))
        # Resolved late: processed now.
        code = received_on_day(DEATH, "Hoàng Văn Trễ", 10)
        self.transition(code, "processed")
        self.transition(code, "return")
        # An apology that afternoon with a new appointment, two weeks on:
        # open, no longer in the overdue list, its letter never printed.
        code = received_on_day(SAME_DAY, "Phan Thị Xin Lỗi", 15)
        new_due = datetime.datetime.combine(now.date() + datetime.timedelta(days=14),
                                            datetime.time(16, 0), VIETNAM)
        self.transition(code, "apologize", at(16), "--due", minute(new_due),
                        "--reason", "Chờ kết quả xác minh của Công an xã")

        # Received now: online and in processing; at the counter, not handed
        # over; refused at the counter (not received for resolution).
        code = self.receive(FIVE_DAYS, "Ngô Thị Mới", channel="online")
        self.transition(code, "hand-over")
        self.transition(code, "acknowledge")
        self.receive(SAME_DAY, "Đỗ Văn Hôm Nay")
        self.receive(SAME_DAY, "Vũ Thị Từ Chối", refuse="Thiếu Giấy chứng sinh")

        codes = self.overdue_codes()
        if codes != [self.overdue_code]:
            raise Failure(f"motcua-cli dossier list --overdue lists {codes}, "
                          f"not only {self.overdue_code}")
        print(f"# the overdue dossier is {self.overdue_code}, received {minute(at(8))}",
              flush=True)

    def tiles(self):
        """{title: (figure, caption)} of the tiles the overview shows."""
        tiles = {}
        for obj in self.walk(self.page):
            if self.role(obj) == self.atspi.ROLE_TABLE_CELL:
                texts = self.labels(obj)
                if len(texts) == 3:
                    tiles[texts[0]] = (texts[1], texts[2])
        return tiles

    def describe_tiles(self, expected):
        shown = self.tiles()
        lines = []
        for title in TILE_TITLES:
            mark = "  " if shown.get(title) == expected[title] else "≠ "
            lines.append(f"{mark}{title}: shows {shown.get(title)}, "
                         f"motcua-cli says {expected[title]}")
        return "tiles, and what motcua-cli stats prints:\n" + "\n".join(lines)

    def wait_for_tiles(self, stats, what):
        """Waits until the tiles show stats, as their own words put it."""
        expected = expected_tiles(stats)
        self.poll(what, lambda: self.tiles() == expected,
                  diagnose=lambda: self.describe_tiles(expected))

    def section(self, prefix):
        """The heading starting with prefix over one of the overview's two
        lists, and that list: the first list after it in the tree."""
        heading = None
        for obj in self.walk(self.page):
            role = self.role(obj)
            if heading is None:
                if role == self.atspi.ROLE_LABEL and (self.text_of(obj) or "").startswith(prefix):
                    heading = self.text_of(obj)
            elif role == self.atspi.ROLE_LIST:
                return heading, obj
        return None, None

    def list_rows(self, listbox):
        """The names of the rows of a list (“CODE — applicant”), or, for
        the row saying the list is empty, its text."""
        rows = []
        for row in self.children(listbox):
            if self.role(row) == self.atspi.ROLE_LIST_ITEM:
                rows.append(self.name(row) or " ".join(self.labels(row)))
        return rows

    def open_overview(self):
        self.show_view("Overview")
        self.page = self.poll("the overview (McDashboardPage)",
                              lambda: self.find(self.frame, self.atspi.ROLE_FILLER,
                                                "McDashboardPage"))
        self.poll("the overview on screen", lambda: self.on_screen(self.page),
                  diagnose=lambda: f"extents: {self.extents(self.page)}")
        self.scroller = self.find(self.page, self.atspi.ROLE_SCROLL_PANE, "")
        if self.scroller is None:
            raise Failure("no scrolled window on the overview\n" + self.describe(self.page))

        # The current calendar quarter: the page's default, at its first
        # start (settings in memory: “Calendar Periods”).
        number, first, last = quarter_of(datetime.datetime.now(VIETNAM).date())
        title = f"Quarter {number}, {first.year}"
        self.range_text = f"{first:%d/%m/%Y} – {last:%d/%m/%Y}"
        self.poll(f"“{title}” and “{self.range_text}” at the top of the overview",
                  lambda: title in self.labels(self.page)
                  and self.range_text in self.labels(self.page),
                  diagnose=lambda: "labels: " + repr(self.labels(self.page)[:20]))
        self.first_day, self.last_day = first, last

    def check_tiles(self):
        stats = self.stats()
        # Figures worth comparing: dossiers in the states the tiles count
        # (in a quarter just begun, the one resolved on time is not).
        if stats["received"] < 5 or stats["resolved"] < 1 or stats["pending_overdue"] < 1 or \
                stats["due_soon"] + stats["pending_in_time"] < 1 or stats["apologies_owed"] < 1:
            raise Failure("motcua-cli stats does not count what was seeded:\n"
                          + json.dumps(stats, indent=1))
        self.wait_for_tiles(stats, f"the nine tiles to show motcua-cli stats --from "
                            f"{self.first_day} --to {self.last_day}")
        self.stats_before = stats
        print(f"# received {stats['received']}, resolved {stats['resolved']}, open "
              f"{stats['pending']} of which {stats['pending_overdue']} overdue, due soon "
              f"{stats['due_soon']}, apologies owed {stats['apologies_owed']}", flush=True)
        self.screenshot("overview")

    def check_lists(self):
        codes = self.overdue_codes()

        def overdue_rows():
            heading, listbox = self.section("Overdue Now (")
            if listbox is None:
                return None
            rows = [row.split(" — ")[0] for row in self.list_rows(listbox)]
            return heading == f"Overdue Now ({len(codes)})" and rows == codes

        self.poll(f"“Overdue Now ({len(codes)})” listing {', '.join(codes)}", overdue_rows,
                  diagnose=lambda: f"the overview shows {self.section('Overdue Now (')[0]!r}: "
                  f"{self.list_rows(self.section('Overdue Now (')[1])}")

        # The list of what falls due soon counts what its tile counts.
        due_soon = self.tiles()["Due Within a Working Day"][0]
        heading, listbox = self.section("Due Within a Working Day (")
        if heading != f"Due Within a Working Day ({due_soon})":
            raise Failure(f"the list is headed {heading!r}, the tile shows {due_soon}: "
                          f"{self.list_rows(listbox)}")

    def open_overdue_dossier(self):
        _, listbox = self.section("Overdue Now (")
        row = None
        for obj in self.children(listbox):
            if (self.name(obj) or "").startswith(self.overdue_code + " — "):
                row = obj
        if row is None:
            raise Failure(f"no row of {self.overdue_code}: {self.list_rows(listbox)}")
        if self.name(row) != f"{self.overdue_code} — {OVERDUE_APPLICANT}":
            raise Failure(f"the row is named {self.name(row)!r}")

        # Below the tiles and the charts: the wheel brings it up, then a
        # click opens it (an AdwActionRow has no AT-SPI action in GTK 4.8).
        self.scroll_into_view(row, self.scroller)
        self.screenshot("overdue-list")
        self.click(row)

        self.poll("the tab “Dossiers” to be selected",
                  lambda: self.has_state(self.view_tab("Dossiers"), self.atspi.STATE_SELECTED),
                  diagnose=lambda: f"windows: {self.windows()}")
        page = self.poll("the dossier's page (McDossierPage)",
                         lambda: self.find(self.frame, self.atspi.ROLE_FILLER, "McDossierPage"))
        self.poll("the dossier's page on screen", lambda: self.on_screen(page),
                  diagnose=lambda: f"extents: {self.extents(page)}")
        self.poll(f"the code {self.overdue_code} and “Processing” on the dossier's page",
                  lambda: self.overdue_code in self.labels(page)
                  and "Processing" in self.labels(page),
                  diagnose=lambda: "labels on the dossier's page: " + repr(self.labels(page)[:30]))
        self.dossier_page = page
        self.screenshot("dossier")

    def mark_processed(self):
        page = self.dossier_page
        self.press_button(page, "Mark Processed")

        def dialog():
            for window in self.children(self.app):
                if self.name(window) == "Mark Processed" and \
                        self.has_state(window, self.atspi.STATE_SHOWING):
                    return window
            return None

        window = self.poll("the dialog “Mark Processed”", dialog,
                           diagnose=lambda: f"windows: {self.windows()}")
        subtitle = f"{self.overdue_code} — {OVERDUE_APPLICANT}"
        self.poll(f"“{subtitle}” in the dialog's header", lambda: subtitle in self.labels(window),
                  diagnose=lambda: "labels in the dialog: " + repr(self.labels(window)))
        self.screenshot("mark-processed")
        button = self.find_button(window, "Mark Processed")
        self.wait_enabled(button, "Mark Processed")
        self.press(button, "Mark Processed")
        self.poll("the dialog to close", lambda: dialog() is None,
                  diagnose=lambda: "labels in the dialog: " + repr(self.labels(window)))
        self.poll("“Processed” on the dossier's page", lambda: "Processed" in self.labels(page),
                  diagnose=lambda: "labels on the dossier's page: " + repr(self.labels(page)[:30]))

        shown = self.cli_json("dossier", "show", self.overdue_code)
        if shown.get("status") != 9 or shown["events"][-1].get("actor") != "Phạm Thị Hoa":
            raise Failure("motcua-cli dossier show does not show the step taken in the app:\n"
                          + json.dumps(shown, indent=1, ensure_ascii=False)[:3000])

    def check_live_refresh(self):
        # The overview has no Refresh button: it follows McDossiers::changed,
        # emitted for the change made in the app.
        self.show_view("Overview")
        self.poll("the overview on screen", lambda: self.on_screen(self.page),
                  diagnose=lambda: f"extents: {self.extents(self.page)}")
        stats = self.stats()
        before = self.stats_before
        changes = {key: stats[key] - before[key] for key in
                   ("received", "resolved", "resolved_late", "pending", "pending_overdue")}
        if changes != {"received": 0, "resolved": 1, "resolved_late": 1, "pending": -1,
                       "pending_overdue": -1}:
            raise Failure(f"motcua-cli stats changed by {changes} after “Mark Processed”")
        self.wait_for_tiles(stats, "the tiles to follow the change: one more resolved, "
                            "one fewer open and overdue")

        def overdue_empty():
            heading, listbox = self.section("Overdue Now (")
            return heading == "Overdue Now (0)" and \
                self.list_rows(listbox) == ["No dossier is overdue."]

        self.poll("“Overdue Now (0)” and “No dossier is overdue.”", overdue_empty,
                  diagnose=lambda: f"{self.section('Overdue Now (')[0]!r}: "
                  f"{self.list_rows(self.section('Overdue Now (')[1])}")
        self.screenshot("overview-after")

    def check_accessible_names(self):
        # GTK 4.8 names a widget without an accessible label after its
        # type, and describes it by its tooltip: the period arrows and the
        # drop-downs have only tooltips. (A drop-down's own toggle button
        # and a menu button's frame are not what a person operates.)
        unnamed = []
        for obj in self.walk(self.page):
            name = self.name(obj) or ""
            role = self.role(obj)
            if not name.startswith("Gtk"):
                continue
            if role == self.atspi.ROLE_COMBO_BOX or \
                    (role == self.atspi.ROLE_PUSH_BUTTON and name != "GtkMenuButton" and
                     self.role(obj.parent) != self.atspi.ROLE_COMBO_BOX):
                try:
                    description = obj.description
                except Exception:
                    description = ""
                unnamed.append(f"“{description}” (named {name!r})")
        if unnamed:
            raise Failure("without an accessible name: " + ", ".join(unnamed) +
                          " (src/ui/ui/mc-dashboard-page.ui)")

    def open_report(self):
        reports = self.find(self.page, self.atspi.ROLE_PUSH_BUTTON, "Reports")
        if reports is None:
            raise Failure("no button “Reports”\n" + self.describe(self.page))
        # Above the scrolled figures: in view with the lists scrolled down.
        if not self.on_screen(reports):
            raise Failure(f"the button “Reports” is not in view: {self.extents(reports)}")
        self.press(reports, "Reports")

        def menu_item():
            for obj in self.walk(self.page):
                if self.role(obj) == self.atspi.ROLE_MENU_ITEM and \
                        self.name(obj) == REPORT_LABEL and \
                        self.has_state(obj, self.atspi.STATE_VISIBLE):
                    return obj
            return None

        item = self.poll(f"the menu item “{REPORT_LABEL}”", menu_item,
                         diagnose=lambda: "menu items: " + repr(
                             [self.name(obj) for obj in self.walk(self.page)
                              if self.role(obj) == self.atspi.ROLE_MENU_ITEM]))
        self.screenshot("reports-menu")
        self.press(item, REPORT_LABEL)

        title = f"{REPORT_LABEL}, {self.range_text}"

        def preview():
            for window in self.children(self.app):
                if window != self.frame and self.has_state(window, self.atspi.STATE_SHOWING) \
                        and (self.name(window) or "").startswith(REPORT_LABEL):
                    return window
            return None

        window = self.poll("the report's preview", preview, REPORT_TIMEOUT,
                           diagnose=lambda: f"windows: {self.windows()}")
        self.preview = window
        self.poll(f"the preview window to be named “{title}”",
                  lambda: self.name(window) == title and title in self.labels(window),
                  REPORT_TIMEOUT,
                  diagnose=lambda: f"the window is named {self.name(window)!r}, labels "
                  + repr(self.labels(window)))
        page_pattern = re.compile(r"^Page 1 of (\d+)$")
        match = self.poll("the subtitle “Page 1 of N”",
                          lambda: next((m for m in map(page_pattern.match, self.labels(window))
                                        if m), None),
                          REPORT_TIMEOUT,
                          diagnose=lambda: "labels in the preview: " + repr(self.labels(window)))
        print(f"# the report has {match.group(1)} page(s)", flush=True)
        self.screenshot("report-preview")

    def close_report(self):
        window = self.preview
        title = self.find_label(window, f"{REPORT_LABEL}, {self.range_text}")
        if title is None:
            raise Failure("the preview's title is gone: " + repr(self.labels(window)))
        # Without a window manager keys go to the window under the pointer.
        self.point_at(title)
        self.press_key(KEY_ESCAPE)
        self.poll("Esc to close the preview",
                  lambda: not self.has_state(window, self.atspi.STATE_SHOWING),
                  diagnose=lambda: f"windows: {self.windows()}")

    # Running

    def run(self):
        self.step("seed the database: the catalogue, the commune, seven dossiers in different "
                  "states, one overdue (motcua-cli)", self.seed_database)
        self.step("start the app and find its window on the accessibility bus", self.start_app)
        self.step("create the first administrator on the first-start page",
                  self.create_first_administrator)
        self.step("the tab “Overview” shows the current calendar quarter", self.open_overview)
        self.step("the nine tiles show the figures of motcua-cli stats --json for that quarter",
                  self.check_tiles)
        self.step("“Overdue Now” lists what motcua-cli dossier list --overdue lists; the list "
                  "due soon counts what its tile counts", self.check_lists)
        self.step("the period arrows and drop-downs have accessible names",
                  self.check_accessible_names)
        self.step("the wheel brings the overdue dossier's row into view; clicking it opens its "
                  "page on the tab “Dossiers”", self.open_overdue_dossier)
        self.step("“Mark Processed” on the dossier's page, confirmed in its dialog: recorded "
                  "as the administrator's step", self.mark_processed)
        self.step("back on the overview, the tiles follow without a refresh; nothing is "
                  "overdue", self.check_live_refresh)
        self.step(f"Reports, “{REPORT_LABEL}”: the preview names the report and the quarter, "
                  "“Page 1 of N”", self.open_report)
        self.step("Esc closes the preview", self.close_report)


if __name__ == "__main__":
    sys.exit(main(OverviewFiguresTest))
