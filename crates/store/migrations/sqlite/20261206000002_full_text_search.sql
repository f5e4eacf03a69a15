-- Full-text search of incidents and false claims. `search_terms` holds what is indexed of an
-- item (its words folded, with their stems in the language it was written in: see
-- liaison_domain::search); the FTS5 tables index it by the item's number, kept by triggers.
-- Items written before this migration are indexed when the store opens.
ALTER TABLE incidents ADD COLUMN search_terms TEXT;
ALTER TABLE disinformation ADD COLUMN search_terms TEXT;

CREATE VIRTUAL TABLE incidents_search USING fts5(
    search_terms, content = 'incidents', content_rowid = 'number',
    tokenize = 'unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE disinformation_search USING fts5(
    search_terms, content = 'disinformation', content_rowid = 'number',
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TRIGGER incidents_search_insert AFTER INSERT ON incidents
WHEN NEW.search_terms IS NOT NULL
BEGIN
    INSERT INTO incidents_search (rowid, search_terms) VALUES (NEW.number, NEW.search_terms);
END;
CREATE TRIGGER incidents_search_update AFTER UPDATE OF search_terms ON incidents
BEGIN
    INSERT INTO incidents_search (incidents_search, rowid, search_terms)
    SELECT 'delete', OLD.number, OLD.search_terms WHERE OLD.search_terms IS NOT NULL;
    INSERT INTO incidents_search (rowid, search_terms)
    SELECT NEW.number, NEW.search_terms WHERE NEW.search_terms IS NOT NULL;
END;
CREATE TRIGGER incidents_search_delete AFTER DELETE ON incidents
WHEN OLD.search_terms IS NOT NULL
BEGIN
    INSERT INTO incidents_search (incidents_search, rowid, search_terms)
    VALUES ('delete', OLD.number, OLD.search_terms);
END;

CREATE TRIGGER disinformation_search_insert AFTER INSERT ON disinformation
WHEN NEW.search_terms IS NOT NULL
BEGIN
    INSERT INTO disinformation_search (rowid, search_terms) VALUES (NEW.number, NEW.search_terms);
END;
CREATE TRIGGER disinformation_search_update AFTER UPDATE OF search_terms ON disinformation
BEGIN
    INSERT INTO disinformation_search (disinformation_search, rowid, search_terms)
    SELECT 'delete', OLD.number, OLD.search_terms WHERE OLD.search_terms IS NOT NULL;
    INSERT INTO disinformation_search (rowid, search_terms)
    SELECT NEW.number, NEW.search_terms WHERE NEW.search_terms IS NOT NULL;
END;
CREATE TRIGGER disinformation_search_delete AFTER DELETE ON disinformation
WHEN OLD.search_terms IS NOT NULL
BEGIN
    INSERT INTO disinformation_search (disinformation_search, rowid, search_terms)
    VALUES ('delete', OLD.number, OLD.search_terms);
END;
