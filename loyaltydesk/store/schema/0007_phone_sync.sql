-- Phone sync (CalDAV / CardDAV): where each follow-up and customer lives on the server, the
-- ETag it had there, what both sides last agreed on, the collections' sync tokens, and what
-- the phone changed that the user should see. Never a password.
CREATE TABLE IF NOT EXISTS "dav_item" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "local_uuid" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "etag" TEXT,
    "digest" TEXT NOT NULL,
    "agreed" TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX IF NOT EXISTS "dav_item_kind_local_uuid" ON "dav_item" ("kind", "local_uuid");
CREATE UNIQUE INDEX IF NOT EXISTS "dav_item_href" ON "dav_item" ("href");
CREATE TABLE IF NOT EXISTS "dav_collection" (
    "kind" TEXT NOT NULL PRIMARY KEY,
    "url" TEXT NOT NULL,
    "sync_token" TEXT
);
CREATE TABLE IF NOT EXISTS "dav_notice" (
    "id" INTEGER NOT NULL PRIMARY KEY,
    "at" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "customer_uuid" TEXT NOT NULL DEFAULT '',
    "followup_uuid" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL DEFAULT '',
    "app_value" TEXT NOT NULL DEFAULT '',
    "phone_value" TEXT NOT NULL DEFAULT '',
    "message" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'open'
);
CREATE INDEX IF NOT EXISTS "dav_notice_state" ON "dav_notice" ("state", "at");
