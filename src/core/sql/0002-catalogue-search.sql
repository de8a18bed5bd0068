-- 0002: accent-insensitive search over the catalogue.
--
-- The index holds each version's code, name and field folded by mc_fold()
-- (lower case, no diacritics, đ as d), a function every connection of the
-- application registers. FTS5's own remove_diacritics leaves đ alone, so
-- the folding is done before the text reaches the index. Prefix indexes
-- keep search-as-you-type fast on short prefixes.

CREATE VIRTUAL TABLE procedure_search USING fts5 (
  folded,
  tokenize = 'unicode61',
  prefix = '1 2 3'
);

INSERT INTO procedure_search (rowid, folded)
  SELECT id, mc_fold (code, name, field_name) FROM procedure;

CREATE TRIGGER procedure_search_insert AFTER INSERT ON procedure
BEGIN
  INSERT INTO procedure_search (rowid, folded)
    VALUES (new.id, mc_fold (new.code, new.name, new.field_name));
END;

CREATE TRIGGER procedure_search_update AFTER UPDATE OF code, name, field_name ON procedure
BEGIN
  DELETE FROM procedure_search WHERE rowid = old.id;
  INSERT INTO procedure_search (rowid, folded)
    VALUES (new.id, mc_fold (new.code, new.name, new.field_name));
END;

CREATE TRIGGER procedure_search_delete AFTER DELETE ON procedure
BEGIN
  DELETE FROM procedure_search WHERE rowid = old.id;
END;

PRAGMA user_version = 2;
