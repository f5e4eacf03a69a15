-- A line of history written as messages is worded when it is read, in the reader's language
-- (English for the API): its English text is no longer stored beside the messages. Lines
-- already written keep the text they have.
ALTER TABLE item_timeline ALTER COLUMN text DROP NOT NULL;
ALTER TABLE item_timeline ADD CONSTRAINT item_timeline_worded CHECK (text IS NOT NULL OR said IS NOT NULL);
