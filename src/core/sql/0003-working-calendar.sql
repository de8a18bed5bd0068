-- 0003: the working calendar and the office's settings.
--
-- calendar_day holds only what differs from the weekly rule (Monday to
-- Friday): weekdays off and Saturdays worked. A year is either official
-- (the government's notice: bundled, pulled from the portal or entered by
-- an administrator) or generated from the statutory rules and not yet
-- confirmed. source: 0 bundled, 1 generated, 2 administrator, 3 portal.
-- Reasons are English phrases the application translates.

CREATE TABLE setting (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

INSERT INTO setting (key, value) VALUES
  ('office-hours', '07:30-11:30,13:00-17:00'),
  ('same-day-cutoff', '15:00');

CREATE TABLE calendar_year (
  year      INTEGER PRIMARY KEY CHECK (year BETWEEN 1900 AND 2199),
  confirmed INTEGER NOT NULL CHECK (confirmed IN (0, 1)),
  source    INTEGER NOT NULL CHECK (source IN (0, 1, 2, 3))
) STRICT;

CREATE TABLE calendar_day (
  day    TEXT    PRIMARY KEY
         CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
  kind   INTEGER NOT NULL CHECK (kind IN (0, 1)),
  reason TEXT    NOT NULL DEFAULT '',
  source INTEGER NOT NULL CHECK (source IN (0, 1, 2, 3))
) STRICT;

-- Official calendars 2024-2026 (work-calendar notes; Thông báo
-- 9441/TB-BNV for 2026).
INSERT INTO calendar_year (year, confirmed, source) VALUES
  (2024, 1, 0),
  (2025, 1, 0),
  (2026, 1, 0);

INSERT INTO calendar_day (day, kind, reason, source) VALUES
  ('2024-01-01', 0, 'New Year''s Day', 0),
  ('2024-02-08', 0, 'Lunar New Year', 0),
  ('2024-02-09', 0, 'Lunar New Year', 0),
  ('2024-02-12', 0, 'Lunar New Year', 0),
  ('2024-02-13', 0, 'Lunar New Year', 0),
  ('2024-02-14', 0, 'Lunar New Year', 0),
  ('2024-04-18', 0, 'Hùng Kings'' Commemoration Day', 0),
  ('2024-04-29', 0, 'Swapped day off', 0),
  ('2024-04-30', 0, 'Reunification Day', 0),
  ('2024-05-01', 0, 'International Labour Day', 0),
  ('2024-05-04', 1, 'Make-up working day', 0),
  ('2024-09-02', 0, 'National Day', 0),
  ('2024-09-03', 0, 'National Day', 0),
  ('2025-01-01', 0, 'New Year''s Day', 0),
  ('2025-01-27', 0, 'Lunar New Year', 0),
  ('2025-01-28', 0, 'Lunar New Year', 0),
  ('2025-01-29', 0, 'Lunar New Year', 0),
  ('2025-01-30', 0, 'Lunar New Year', 0),
  ('2025-01-31', 0, 'Lunar New Year', 0),
  ('2025-04-07', 0, 'Hùng Kings'' Commemoration Day', 0),
  ('2025-04-26', 1, 'Make-up working day', 0),
  ('2025-04-30', 0, 'Reunification Day', 0),
  ('2025-05-01', 0, 'International Labour Day', 0),
  ('2025-05-02', 0, 'Swapped day off', 0),
  ('2025-09-01', 0, 'National Day', 0),
  ('2025-09-02', 0, 'National Day', 0),
  ('2026-01-01', 0, 'New Year''s Day', 0),
  ('2026-02-16', 0, 'Lunar New Year', 0),
  ('2026-02-17', 0, 'Lunar New Year', 0),
  ('2026-02-18', 0, 'Lunar New Year', 0),
  ('2026-02-19', 0, 'Lunar New Year', 0),
  ('2026-02-20', 0, 'Lunar New Year', 0),
  ('2026-04-27', 0, 'Compensatory day off', 0),
  ('2026-04-30', 0, 'Reunification Day', 0),
  ('2026-05-01', 0, 'International Labour Day', 0),
  ('2026-08-22', 1, 'Make-up working day', 0),
  ('2026-08-31', 0, 'Swapped day off', 0),
  ('2026-09-01', 0, 'National Day', 0),
  ('2026-09-02', 0, 'National Day', 0),
  ('2026-11-24', 0, 'Vietnamese Culture Day', 0);

PRAGMA user_version = 3;
