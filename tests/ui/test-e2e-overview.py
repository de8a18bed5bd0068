#!/usr/bin/python3
# test-e2e-overview.py
#
# Copyright 2026 Một Cửa developers
#
# SPDX-License-Identifier: GPL-3.0-or-later

"""End-to-end test of the leader's overview, through the accessibility tree.

Seeds a database through the command-line tool with the bundled catalogue,
the commune with the unit its reports go to, three dossiers received now
and one received twenty days ago, long overdue (1.004873 takes three
working days), starts the real app on it and, as a screen-reader user or a
person with a mouse and keyboard would (help/C/overview.page):

- creates the first administrator on the first-start page (the overview
  is shown to the leader and the administrator);
- opens the tab “Overview”, on the current quarter, and reads the tiles:
  four received for resolution (the old dossier is received in the
  quarter or carried over into it, when the quarter began since), four
  open, one overdue; the intake chart's description; “Overdue Now (1)”;
- scrolls down to the overdue dossier with the mouse wheel and clicks its
  row: the tab “Dossiers” shows that dossier's page;
- goes back to the overview, scrolls up, and receives one more dossier
  with motcua-cli while the app runs. The app follows the changes made
  in it (McDossiers::changed), not those of another process: Previous
  Period and Next Period read the figures again, five now;
- opens Reports with Alt+R and Report 06a with Enter: the preview of the
  quarter's report; saves it as PDF through the file chooser and reads
  the file back with pdfinfo (A4 landscape) and pdftotext;
- closes the preview with Esc.

Every control of the overview a person operates, and every chart, has an
accessible name: a screen reader announces none of them by its type.

Everything it reads comes from AT-SPI (pyatspi), the PDF file and the CLI;
everything it does goes through AT-SPI: the tabs', buttons' and menu
items' actions, synthesized mouse clicks and wheel turns, and keys. The
plumbing is in mc_e2e.py, beside it.

Needs a display and a D-Bus session bus, as the test command provides
(xvfb-run -a dbus-run-session -- meson test ...). Without them it fails;
it skips (exit status 77) only when pyatspi cannot be imported.

Environment: MOTCUA_APP, MOTCUA_CLI, MOTCUA_CATALOGUE (set by meson's
test_env); MOTCUA_SCREENSHOTS, when set, saves screenshots of the screen at
key points to /tmp/motcua-e2e-overview-*.png (or to that directory, if it
is one).
"""

import datetime
import os
import re
import sys
import time

# mc_e2e sits beside this script, in the source tree: no __pycache__ there.
sys.dont_write_bytecode = True

from mc_e2e import E2ETest, Failure, KEY_RETURN, START_TIMEOUT, main

REPORT_TIMEOUT = 20     # the report drawn on the worker, its pages on Poppler's thread

AGENCY_CODE = "000.17.22.H56"
AGENCY_NAME = "UBND xã Tân Lập"
PLACE = "Tân Lập"
REPORT_RECEIVER = "UBND huyện Tân Yên"

# Cấp Giấy xác nhận tình trạng hôn nhân: three working days.
PROCEDURE_CODE = "1.004873"
RECENT_APPLICANTS = ("Trần Văn An", "Lê Thị Bích", "Phạm Quốc Cường")
OVERDUE_APPLICANT = "Đỗ Thị Hằng"
OVERDUE_DAYS_AGO = 20
LATE_APPLICANT = "Vũ Minh Khôi"     # received while the app runs

# Every office keeps Vietnam's time (mc_working_calendar_get_time_zone).
VIETNAM = datetime.timezone(datetime.timedelta(hours=7))

REPORT_LABEL = "Report 06a"
A4_LANDSCAPE = (841.89, 595.28)

# Where the periods' figures are, and the charts' headings.
TILE_RECEIVED = "Received for Resolution"
TILE_OPEN = "Open at the End of the Period"
CHART_HEADINGS = ("Intake by Week", "Results by Field", "Workload by Officer")

# GTK 4.8 names an object with no accessible name after its type.
TYPE_NAME = re.compile(r"(Gtk|Adw|Mc)[A-Za-z]+")


def quarter(moment):
    """The calendar quarter holding moment: its number, its first instant
    and the instant after its last, in Vietnam."""
    index = (moment.month - 1) // 3
    start = datetime.datetime(moment.year, 3 * index + 1, 1, tzinfo=VIETNAM)
    if index == 3:
        end = datetime.datetime(moment.year + 1, 1, 1, tzinfo=VIETNAM)
    else:
        end = datetime.datetime(moment.year, 3 * index + 4, 1, tzinfo=VIETNAM)
    return index + 1, start, end


def cli_moment(moment):
    return moment.strftime("%Y-%m-%d %H:%M")


class OverviewTest(E2ETest):
    PREFIX = "motcua-e2e-overview-"
    TOOLS = (("pdfinfo", "poppler-utils"), ("pdftotext", "poppler-utils"))

    def __init__(self, pyatspi, app_g_debug):
        super().__init__(pyatspi, app_g_debug)
        # The quarter is the app's: it opens on the one holding today.
        now = datetime.datetime.now(VIETNAM).replace(second=0, microsecond=0)
        self.now = now
        number, self.quarter_start, self.quarter_end = quarter(now)
        last_day = self.quarter_end - datetime.timedelta(days=1)
        self.period_name = f"Quarter {number}, {now.year}"
        self.period_range = f"{self.quarter_start:%d/%m/%Y} – {last_day:%d/%m/%Y}"
        previous, _, _ = quarter(self.quarter_start - datetime.timedelta(days=1))
        self.previous_name = f"Quarter {previous}, " \
            f"{(self.quarter_start - datetime.timedelta(days=1)).year}"
        self.report_title = f"{REPORT_LABEL}, {self.period_range}"
        self.report_file = f"report-06a-{self.quarter_start:%Y-%m-%d}-{last_day:%Y-%m-%d}.pdf"
        # Twenty days ago may be in the quarter before: the dossier is then
        # carried over into this one, and counted as received all the same.
        self.overdue_at = now - datetime.timedelta(days=OVERDUE_DAYS_AGO)
        self.carried_over = 1 if self.overdue_at < self.quarter_start else 0
        self.overdue_code = None
        self.page = None
        self.scroller = None
        self.preview = None
        self.pdf_path = None

    def receive(self, applicant, moment):
        """Receives a dossier with motcua-cli and returns its code."""
        output = self.cli("dossier", "receive", "--procedure", PROCEDURE_CODE,
                          "--applicant", applicant, "--at", cli_moment(moment))
        code = output.split()[0] if output.split() else ""
        if not code.startswith(AGENCY_CODE + "-"):
            raise Failure(f"motcua-cli dossier receive printed no code:\n{output}")
        return code

    # Reading the overview

    def read_page(self):
        """What the overview shows, read in one walk of its tree (each
        object read is a round trip to the app): its labels' texts, the
        tiles' by title as (value, caption), the charts' descriptions."""
        labels, tiles, charts = [], {}, []
        for obj in self.walk(self.page):
            role = self.role(obj)
            if role == self.atspi.ROLE_LABEL:
                text = self.text_of(obj)
                if text:
                    labels.append(text)
            elif role == self.atspi.ROLE_TABLE_CELL:
                # The cell holds a box, which holds the labels: the walk
                # reads them again below.
                texts = self.labels(obj)
                if len(texts) == 3:
                    tiles[texts[0]] = (texts[1], texts[2])
            elif role == self.atspi.ROLE_IMAGE and \
                    self.name(obj) in (("McChartView",) + CHART_HEADINGS):
                charts.append((self.name(obj), self.description(obj) or ""))
        return labels, tiles, charts

    def shows_period(self, name):
        labels, _, _ = self.read_page()
        return name in labels

    def figures_show(self, received, carried_over, period=None):
        """Whether the overview shows period, if given, and in the tiles,
        the list's heading and the intake chart received dossiers, none
        resolved, all open, one overdue."""
        labels, tiles, charts = self.read_page()
        if period is not None and period not in labels:
            return False
        if tiles.get(TILE_RECEIVED) != (str(received),
                                        f"Online 0%, carried over {carried_over}"):
            return False
        if tiles.get(TILE_OPEN) != (str(received), "Overdue 1"):
            return False
        if "Overdue Now (1)" not in labels:
            return False
        # The intake chart tells a screen reader its bars: the dossiers
        # received now are in one week, at the counter.
        recent = received - 1
        return any(re.search(rf"At the counter {recent}\b", description)
                   for _, description in charts)

    def describe_figures(self):
        labels, tiles, charts = self.read_page()
        return (f"period: {[t for t in labels if t.startswith('Quarter')]}\n"
                f"tiles: {tiles}\n"
                f"lists: {[t for t in labels if t.startswith(('Overdue', 'Due'))]}\n"
                f"charts: {charts}")

    # The steps

    def seed_database(self):
        super().seed_database()
        # Dossier codes need the commune's agency code; report 06a names
        # the unit it is sent to.
        self.cli("office", "set", "--agency-code", AGENCY_CODE, "--agency-name", AGENCY_NAME,
                 "--place", PLACE, "--report-receiver", REPORT_RECEIVER)
        # Now, to the minute: not in the future for the CLI, which reads
        # the clock after, and in the quarter the app opens on.
        for applicant in RECENT_APPLICANTS:
            self.receive(applicant, self.now)
        self.overdue_code = self.receive(OVERDUE_APPLICANT, self.overdue_at)
        print(f"# the overdue dossier is {self.overdue_code}, received "
              f"{cli_moment(self.overdue_at)}"
              + (", in the quarter before" if self.carried_over else ""), flush=True)

    def open_overview(self):
        self.show_view("Overview")
        # The view stack keeps its pages in the tree: the overview is
        # found once, behind the catalogue's long list, then awaited.
        self.page = self.poll("the overview (McDashboardPage)",
                              lambda: self.find(self.frame, self.atspi.ROLE_FILLER,
                                                "McDashboardPage"),
                              diagnose=lambda: self.describe(self.frame))
        self.poll("the overview on screen", lambda: self.on_screen(self.page),
                  diagnose=lambda: f"extents: {self.extents(self.page)}")
        # Under the period's controls, which stay in view.
        self.scroller = next((obj for obj in self.walk(self.page)
                              if self.role(obj) == self.atspi.ROLE_SCROLL_PANE), None)
        if self.scroller is None:
            raise Failure("the overview has no scrolled window\n" + self.describe(self.page))
        labels, _, _ = self.read_page()
        if self.period_name not in labels or self.period_range not in labels:
            raise Failure(f"the overview is not on “{self.period_name}”, {self.period_range}: "
                          f"{labels[:12]}")
        self.poll(f"“{TILE_RECEIVED}” 4 (carried over {self.carried_over}), “{TILE_OPEN}” 4 "
                  "(overdue 1), “Overdue Now (1)”, the intake chart",
                  lambda: self.figures_show(4, self.carried_over), START_TIMEOUT,
                  diagnose=self.describe_figures)
        self.screenshot("overview")

    def check_names(self):
        """The overview's controls have accessible names: a screen reader
        would otherwise announce them by their type. They are found by
        their descriptions, their tooltips, in one walk."""
        wanted = [(self.atspi.ROLE_PUSH_BUTTON, "Previous Period"),
                  (self.atspi.ROLE_PUSH_BUTTON, "Next Period"),
                  (self.atspi.ROLE_COMBO_BOX, "Length of the Period"),
                  (self.atspi.ROLE_COMBO_BOX, "Where Periods Begin"),
                  (self.atspi.ROLE_COMBO_BOX, "Field"),
                  (self.atspi.ROLE_COMBO_BOX, "Channel"),
                  (self.atspi.ROLE_COMBO_BOX, "Officer in Charge")]
        found = {}
        charts = []
        for obj in self.walk(self.page):
            role = self.role(obj)
            if role == self.atspi.ROLE_IMAGE:
                charts.append(self.name(obj))
            elif role in (self.atspi.ROLE_PUSH_BUTTON, self.atspi.ROLE_COMBO_BOX):
                key = (role, self.description(obj))
                if key in wanted:
                    found[key[1]] = self.name(obj)
        unnamed = []
        for _, description in wanted:
            name = found.get(description)
            if not name or TYPE_NAME.fullmatch(name):
                unnamed.append(f"“{description}” (named {name!r})")
        unnamed += [f"the chart “{heading}”" for heading in CHART_HEADINGS
                    if heading not in charts]
        if unnamed:
            raise Failure(f"without an accessible name: {', '.join(unnamed)} "
                          "(src/ui/ui/mc-dashboard-page.ui)")

    def open_overdue_dossier(self):
        row_name = f"{self.overdue_code} — {OVERDUE_APPLICANT}"

        def the_row():
            for obj in self.walk(self.page):
                if self.role(obj) == self.atspi.ROLE_LIST_ITEM and self.name(obj) == row_name:
                    return obj
            return None

        row = self.poll(f"the row “{row_name}” under “Overdue Now (1)”", the_row,
                        diagnose=lambda: self.describe(self.page, limit=200))
        # The lists are under the tiles and the charts, below the window's
        # edge: the wheel brings the row into view, its heading with it.
        self.scroll_into_view(row, self.scroller)
        heading = self.find_label(self.page, "Overdue Now (1)")
        if heading is None or not self.on_screen(heading):
            raise Failure("“Overdue Now (1)” is not on screen above its row")
        self.screenshot("overdue-row")
        self.click(row)

        dossiers = self.view_tab("Dossiers")
        self.poll("the tab “Dossiers” to be selected",
                  lambda: dossiers is not None
                  and self.has_state(dossiers, self.atspi.STATE_SELECTED),
                  diagnose=lambda: f"row states: {self.state_names(row)}, "
                  f"row extents: {self.extents(row)}")

        page = self.poll("the dossier's page (McDossierPage)",
                         lambda: self.find(self.frame, self.atspi.ROLE_FILLER, "McDossierPage"),
                         diagnose=lambda: self.describe(self.frame))
        self.poll("the dossier's page on screen", lambda: self.on_screen(page),
                  diagnose=lambda: f"extents: {self.extents(page)}")
        self.poll(f"{self.overdue_code} and “{OVERDUE_APPLICANT}” on the dossier's page",
                  lambda: self.overdue_code in self.labels(page)
                  and OVERDUE_APPLICANT in self.labels(page),
                  diagnose=lambda: "labels on the dossier's page: "
                  + repr(self.labels(page)[:40]))
        self.screenshot("dossier")

    def reload_after_cli(self):
        self.show_view("Overview")
        self.poll("the overview on screen again", lambda: self.on_screen(self.page))
        # The period's arrows and Reports stay in view above the scrolled
        # figures, however far down the lists are.
        arrow = self.find_described(self.page, self.atspi.ROLE_PUSH_BUTTON, "Previous Period")
        if arrow is None:
            raise Failure("no button described “Previous Period”\n" + self.describe(self.page))
        if not self.on_screen(arrow) or \
                sum(self.extents(arrow)[1::2]) > self.extents(self.scroller)[1]:
            raise Failure(f"“Previous Period” is not above the scrolled figures: at "
                          f"{self.extents(arrow)}, the scrolled window at "
                          f"{self.extents(self.scroller)}")

        # A dossier received by another process, on the same database.
        # McDossiers::changed, which the overview follows, is only emitted
        # for the app's own changes: going to the quarter before and back
        # reads the figures again.
        moment = datetime.datetime.now(VIETNAM).replace(second=0, microsecond=0)
        code = self.receive(LATE_APPLICANT, moment)
        print(f"# {code} received with motcua-cli while the app runs", flush=True)

        self.press(arrow, "Previous Period")
        self.poll(f"the period “{self.previous_name}”",
                  lambda: self.shows_period(self.previous_name),
                  diagnose=lambda: "labels: " + repr(self.read_page()[0][:12]))
        following = self.find_described(self.page, self.atspi.ROLE_PUSH_BUTTON, "Next Period")
        if following is None:
            raise Failure("no button described “Next Period”\n" + self.describe(self.page))
        self.press(following, "Next Period")
        self.poll(f"“{self.period_name}” again, with “{TILE_RECEIVED}” 5 and “{TILE_OPEN}” 5",
                  lambda: self.figures_show(5, self.carried_over, self.period_name),
                  START_TIMEOUT,
                  diagnose=self.describe_figures)

    def report_preview(self):
        """The report's preview: a showing toplevel of the app other than
        the main window, named after the report."""
        for window in self.children(self.app):
            if window == self.frame or not self.has_state(window, self.atspi.STATE_SHOWING):
                continue
            if (self.name(window) or "").startswith(REPORT_LABEL):
                return window
        return None

    def open_report(self):
        reports = self.find_pressable(self.page, "Reports")
        self.poll("the button “Reports” on screen", lambda: self.on_screen(reports),
                  diagnose=lambda: f"extents: {self.extents(reports)}")
        # As a keyboard user: Alt+R, the button's mnemonic, opens the
        # menu with its first item focused, and Enter chooses it. The
        # pointer is put on the main window: without a window manager
        # keys go to the window under it.
        self.point_at(reports)
        self.press_with_alt(ord("r"))

        def focused_item():
            for obj in self.walk(self.page):
                if self.role(obj) == self.atspi.ROLE_MENU_ITEM and \
                        self.has_state(obj, self.atspi.STATE_FOCUSED):
                    return obj
            return None

        item = self.poll("Alt+R to open the menu “Reports”, an item focused", focused_item,
                         diagnose=lambda: f"states of “Reports”: {self.state_names(reports)}\n"
                         + self.describe(reports))
        items = [self.name(obj) for obj in self.walk(self.page)
                 if self.role(obj) == self.atspi.ROLE_MENU_ITEM]
        expected = ["Report 06a", "Evaluation Summary", "Overview Report", "Export Report 06a…"]
        if items != expected:
            raise Failure(f"the menu “Reports” lists {items}, not {expected}")
        if self.name(item) != REPORT_LABEL:
            raise Failure(f"the menu opened on “{self.name(item)}”, not “{REPORT_LABEL}”")
        self.screenshot("reports-menu")
        self.press_key(KEY_RETURN)

        self.preview = self.poll(f"the preview “{REPORT_LABEL}”", self.report_preview,
                                 REPORT_TIMEOUT, diagnose=lambda: f"windows: {self.windows()}")
        # Named after the report, then after the report of the period
        # once it is drawn, in the header too.
        self.poll(f"the preview to be named “{self.report_title}”",
                  lambda: self.name(self.preview) == self.report_title
                  and self.report_title in self.labels(self.preview), REPORT_TIMEOUT,
                  diagnose=lambda: f"the window is named {self.name(self.preview)!r}, "
                  f"labels: {self.labels(self.preview)}")
        self.poll("the subtitle “Page 1 of N”",
                  lambda: any(re.match(r"Page 1 of \d+$", text)
                              for text in self.labels(self.preview)), REPORT_TIMEOUT,
                  diagnose=lambda: "labels in the preview: " + repr(self.labels(self.preview)))
        self.screenshot("report-preview")

    def save_report(self):
        self.pdf_path = os.path.join(self.tmpdir, "bao-cao-06a.pdf")
        save = self.find_button(self.preview, "Save as PDF…")
        self.wait_enabled(save, "Save as PDF…")
        self.press(save, "Save as PDF…")
        self.save_in_chooser("Save as PDF", self.report_file, self.pdf_path)
        toast = f"Saved as “{os.path.basename(self.pdf_path)}”"
        self.poll(f"the toast “{toast}”", lambda: toast in self.labels(self.preview),
                  diagnose=lambda: "labels in the preview: " + repr(self.labels(self.preview)))
        self.poll(f"the file {self.pdf_path}", lambda: os.path.isfile(self.pdf_path)
                  and os.path.getsize(self.pdf_path) > 0,
                  diagnose=lambda: f"files in {self.tmpdir}: {os.listdir(self.tmpdir)}")
        self.screenshot("saved")

    def check_pdf(self):
        info = self.pdf_info(self.pdf_path)
        size = re.match(r"([\d.]+) x ([\d.]+) pts", info.get("Page size", ""))
        if size is None or abs(float(size.group(1)) - A4_LANDSCAPE[0]) > 0.5 or \
                abs(float(size.group(2)) - A4_LANDSCAPE[1]) > 0.5:
            raise Failure(f"the page is not A4 landscape ({A4_LANDSCAPE[0]} x "
                          f"{A4_LANDSCAPE[1]} pts): {info}")
        text = self.pdf_text(self.pdf_path)
        last_day = self.quarter_end - datetime.timedelta(days=1)
        missing = [needle for needle in ("Biểu số 06a/VPCP/KSTT",
                                         f"Đơn vị báo cáo: {AGENCY_NAME}",
                                         f"Đơn vị nhận báo cáo: {REPORT_RECEIVER}",
                                         f"Kỳ báo cáo: Từ ngày {self.quarter_start:%d/%m/%Y} "
                                         f"đến ngày {last_day:%d/%m/%Y}",
                                         "Tổng cộng")
                   if needle not in text]
        if missing:
            raise Failure(f"the PDF's text lacks {missing}:\n{text[:3000]}")

        # The totals, columns (3) to (13): five received, at the counter
        # or carried over; none resolved; five open, one of them overdue.
        layout = self.pdf_text(self.pdf_path, layout=True)
        match = re.search(r"Tổng cộng((?:[ \t]+\d+){11})", layout)
        totals = [int(number) for number in match.group(1).split()] if match else None
        expected = [5, 0, 5 - self.carried_over, self.carried_over, 0, 0, 0, 0, 5, 4, 1]
        if totals != expected:
            raise Failure(f"the row “Tổng cộng” reads {totals}, not {expected} "
                          "(columns (3) to (13))\n" + layout[:3000])

    def close_preview(self):
        title = self.find_label(self.preview, self.report_title)
        if title is None:
            raise Failure("the preview's title is gone\n" + repr(self.labels(self.preview)))
        self.close_with_escape(self.preview, title,
                               f"Saved as “{os.path.basename(self.pdf_path)}”")
        if self.report_preview() is not None:
            raise Failure(f"a report's preview still shows: {self.windows()}")
        self.poll("the overview on screen", lambda: self.on_screen(self.page))

    # Running

    def step(self, description, function):
        """A step, and the time it took, as a TAP comment after it."""
        started = time.monotonic()
        try:
            super().step(description, function)
        finally:
            print(f"#   {time.monotonic() - started:.1f} s", flush=True)

    def run(self):
        self.step("seed the database: the catalogue, the commune, three dossiers received "
                  f"now and one {OVERDUE_DAYS_AGO} days ago (motcua-cli)", self.seed_database)
        self.step("start the app and find its window on the accessibility bus", self.start_app)
        self.step("create the first administrator on the first-start page",
                  self.create_first_administrator)
        self.step("the tab “Overview”: the quarter, 4 received and open, 1 overdue, "
                  "“Overdue Now (1)”, the intake chart described", self.open_overview)
        self.step("the period arrows, drop-downs and charts have accessible names",
                  self.check_names)
        self.step("the wheel brings the overdue dossier's row into view; clicking it opens its "
                  "page on the tab “Dossiers”", self.open_overdue_dossier)
        self.step("back on the overview, a dossier received with motcua-cli: Previous Period, "
                  "Next Period, 5 received", self.reload_after_cli)
        self.step(f"Alt+R opens the menu “Reports”, Enter on “{REPORT_LABEL}” opens its preview",
                  self.open_report)
        self.step("“Save as PDF…”, a whole path in the file chooser, Save: the file is written",
                  self.save_report)
        self.step("the file is report 06a: A4 landscape, its form number, the unit it is "
                  "sent to, the totals", self.check_pdf)
        self.step("Esc closes the preview", self.close_preview)


if __name__ == "__main__":
    sys.exit(main(OverviewTest))
