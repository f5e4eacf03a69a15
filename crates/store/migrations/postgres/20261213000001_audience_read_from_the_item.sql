-- A shared item's audience is read from the item's own row (its `audience`, a set of
-- principals stored once in `audiences`), no longer from a copy of its principals per item:
-- a report writes no row per principal, and no copy can disagree with the row.
-- `shared_items` is every kind of shared item by id, for what refers to an item of any kind
-- (live events, attachments, audit entries, deliveries). A new kind of shared item joins it.

-- Items written before audiences were named take theirs from the copy before it goes; an item
-- without principals keeps none and is given the empty audience when the store opens.
CREATE TEMPORARY TABLE audience_of_item AS
    SELECT item_id, string_agg(principal, E'\n' ORDER BY principal COLLATE "C") AS principals
    FROM item_audience GROUP BY item_id;

INSERT INTO audiences (principals)
    SELECT DISTINCT k.principals FROM audience_of_item k
    WHERE NOT EXISTS (SELECT 1 FROM audiences a WHERE a.principals = k.principals);

INSERT INTO audience_principals (principal, audience)
    SELECT DISTINCT c.principal, a.id FROM item_audience c
    JOIN audience_of_item k ON k.item_id = c.item_id
    JOIN audiences a ON a.principals = k.principals
    WHERE NOT EXISTS (SELECT 1 FROM audience_principals p WHERE p.audience = a.id);

UPDATE incidents SET audience = (
    SELECT a.id FROM audience_of_item k JOIN audiences a ON a.principals = k.principals
    WHERE k.item_id = incidents.id)
WHERE audience IS NULL;
UPDATE disinformation SET audience = (
    SELECT a.id FROM audience_of_item k JOIN audiences a ON a.principals = k.principals
    WHERE k.item_id = disinformation.id)
WHERE audience IS NULL;
UPDATE sitreps SET audience = (
    SELECT a.id FROM audience_of_item k JOIN audiences a ON a.principals = k.principals
    WHERE k.item_id = sitreps.id)
WHERE audience IS NULL;

DROP TABLE audience_of_item;
DROP TABLE item_audience;

-- The principals of one audience, for the checks of one item.
CREATE INDEX audience_principals_by_audience ON audience_principals (audience, principal);

CREATE VIEW shared_items AS
    SELECT id, audience FROM incidents
    UNION ALL SELECT id, audience FROM disinformation
    UNION ALL SELECT id, audience FROM sitreps;
