-- What a line of an item's history says, as messages worded in each reader's language (JSON);
-- NULL on lines written before, which keep their English text.
ALTER TABLE item_timeline ADD COLUMN said TEXT;
