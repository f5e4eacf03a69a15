-- The language a person chose for the platform (a BCP 47 tag such as 'fr'); NULL follows the browser.
ALTER TABLE accounts ADD COLUMN language TEXT;
