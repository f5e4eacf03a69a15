-- Full-text search of incidents and false claims. `search_terms` holds what is indexed of an
-- item (its words folded, with their stems in the language it was written in: see
-- liaison_domain::search); PostgreSQL keeps its words as a tsvector with a GIN index.
-- Items written before this migration are indexed when the store opens.
ALTER TABLE incidents ADD COLUMN search_terms TEXT;
ALTER TABLE disinformation ADD COLUMN search_terms TEXT;
ALTER TABLE incidents ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
ALTER TABLE disinformation ADD COLUMN search_vector tsvector
    GENERATED ALWAYS AS (to_tsvector('simple', coalesce(search_terms, ''))) STORED;
CREATE INDEX incidents_search ON incidents USING gin (search_vector);
CREATE INDEX disinformation_search ON disinformation USING gin (search_vector);
