-- What a laptop needs to share its book: where the team's book is and what was seen of it
-- (sync_meta), which rows changed since the last sync (sync_change, filled by triggers only
-- while the book is shared), each row as last agreed with the team (sync_shadow, with the
-- change clock of every field), and the edits that lost a race, kept for review (shared
-- with the team, so any laptop may settle them).
CREATE TABLE "sync_meta" ("key" TEXT NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);
CREATE TABLE "sync_change" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "tbl" TEXT NOT NULL,
    "uuid" TEXT NOT NULL,
    "at_ms" INTEGER NOT NULL
);
CREATE TABLE "sync_shadow" (
    "tbl" TEXT NOT NULL,
    "uuid" TEXT NOT NULL,
    "data" TEXT NOT NULL,
    "clocks" TEXT NOT NULL,
    PRIMARY KEY ("tbl", "uuid")
) WITHOUT ROWID;
CREATE TABLE "sync_conflict" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "uuid" TEXT NOT NULL UNIQUE,
    "tbl" TEXT NOT NULL,
    "row_uuid" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "kept" TEXT,
    "other" TEXT,
    "other_device" TEXT NOT NULL,
    "found_at" TEXT NOT NULL,
    "resolved_at" TEXT,
    "resolution_sent" INTEGER NOT NULL DEFAULT 1
);
-- A customer only its owner sees in a team's book (the owner's server role); NULL: shared.
ALTER TABLE "customer" ADD COLUMN "private_to" TEXT;
