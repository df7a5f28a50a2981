-- Indexes that keep the customer list and the reminder tick quick at 100,000 customers,
-- and a search index that holds only customers outside the trash.

-- The list in name order is read straight from this index, trashed customers left out.
CREATE INDEX "customer_live_name" ON "customer" ("name" COLLATE NOCASE, "id")
    WHERE "deleted_at" IS NULL;

-- Counting due follow-ups reads this index alone.
CREATE INDEX "follow_up_open_remind" ON "follow_up" ("remind_at", "customer_id")
    WHERE "status" = 'open' AND "deleted_at" IS NULL;

-- Customers in the trash leave the search index and come back when restored.
DELETE FROM customer_fts WHERE rowid IN (SELECT id FROM customer WHERE deleted_at IS NOT NULL);

CREATE TRIGGER "customer_fts_trashed" AFTER UPDATE OF deleted_at ON "customer"
WHEN old.deleted_at IS NULL AND new.deleted_at IS NOT NULL BEGIN
    DELETE FROM customer_fts WHERE rowid = new.id;
END;

CREATE TRIGGER "customer_fts_restored" AFTER UPDATE OF deleted_at ON "customer"
WHEN old.deleted_at IS NOT NULL AND new.deleted_at IS NULL BEGIN
    INSERT INTO customer_fts(rowid, name, company, email, phone, city, tags, notes)
    VALUES (new.id, new.name, new.company, new.email, new.phone, new.city,
        (SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct
         JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = new.id),
        new.notes);
END;
