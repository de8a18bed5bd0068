-- 0006: the internal process steps of each procedure (quy trình nội bộ),
-- with their time budgets, for the control sheet (Mẫu 05 Phiếu kiểm soát
-- quá trình giải quyết hồ sơ).
--
-- Steps belong to a procedure code, whatever the version in force: the
-- province publishes them per procedure. A procedure without rows here
-- has the default single step covering its whole processing time.
-- Budgets are working minutes (working hours × 60), counted inside office
-- hours on working days like deadlines.
CREATE TABLE process_step (
  procedure_code TEXT    NOT NULL CHECK (procedure_code <> ''),
  position       INTEGER NOT NULL CHECK (position >= 0),
  name           TEXT    NOT NULL CHECK (name <> ''),
  budget_minutes INTEGER NOT NULL CHECK (budget_minutes > 0),
  PRIMARY KEY (procedure_code, position)
) STRICT, WITHOUT ROWID;

PRAGMA user_version = 6;
