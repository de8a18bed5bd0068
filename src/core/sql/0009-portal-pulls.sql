-- 0009: what the pulls of the catalogue and of the official calendar
-- from the portal remember (portal-contract.md: LayDanhSachTTHC,
-- LayThuTuc, LayLichNghi). Instants are Unix microseconds.

-- The portal's version (PhienBan) of each procedure last imported from
-- it, so that a procedure the portal did not change is not fetched again.
-- A version that could not be imported is remembered with the reason:
-- refused 0, its data was invalid, and it waits for the portal's next
-- version; refused 1, the portal refused to send it, and it is asked for
-- again on the next round of the catalogue's listing.
CREATE TABLE catalogue_portal (
  code            TEXT    PRIMARY KEY,
  version         INTEGER NOT NULL DEFAULT 0 CHECK (version >= 0),
  skipped_version INTEGER NOT NULL DEFAULT 0 CHECK (skipped_version >= 0),
  refused         INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1)),
  message         TEXT    NOT NULL DEFAULT '',
  updated_at      INTEGER NOT NULL
) STRICT;

-- Days an administrator removed from the working calendar: a local edit
-- as much as a day set (source 2 in calendar_day), which a calendar
-- pulled from the portal must not silently undo. Setting the day again
-- clears the row.
CREATE TABLE calendar_day_removed (
  day TEXT PRIMARY KEY
      CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]')
) STRICT;

-- The portal's value of a day an administrator edited, where the two
-- differ: kind 0 day off, 1 make-up working day, NULL no entry (the day
-- follows the weekly rule on the portal). The local value stays until
-- someone accepts the portal's; dismissed 1 when they chose to keep the
-- local one, until the portal's value changes.
CREATE TABLE calendar_proposal (
  day       TEXT    PRIMARY KEY
            CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind      INTEGER CHECK (kind IS NULL OR kind IN (0, 1)),
  reason    TEXT    NOT NULL DEFAULT '',
  dismissed INTEGER NOT NULL DEFAULT 0 CHECK (dismissed IN (0, 1)),
  pulled_at INTEGER NOT NULL
) STRICT;

-- When the portal last answered for each year's calendar.
CREATE TABLE calendar_pull (
  year      INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
  pulled_at INTEGER NOT NULL
) STRICT;

PRAGMA user_version = 9;
