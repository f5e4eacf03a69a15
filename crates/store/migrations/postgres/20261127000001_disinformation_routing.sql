-- A disinformation item keeps the phase it was seen in and the organisations the matrix named
-- for it, as an incident keeps its assignments: they decide who may handle it.
ALTER TABLE disinformation ADD COLUMN phase TEXT;
ALTER TABLE disinformation ADD COLUMN routed TEXT NOT NULL DEFAULT '[]';
