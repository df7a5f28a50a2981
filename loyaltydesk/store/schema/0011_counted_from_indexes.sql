-- Today and the status bar count the live customers who are red, amber, or without a next
-- step after every change. Step 10's indexes found them, but each count still read every
-- match's row to check what the index's condition already holds; these carry the columns
-- their conditions name (always empty there, so a byte each), and a count reads the index
-- alone.
--
-- Without a next step: from the first purchase up, a live customer with no open follow-up.
-- The index holds those customers alone, most valuable first; the one it replaces held
-- suspects and prospects too, and a count walked them all. The rungs are the ladder's own
-- names (services.rhythm's NEXT_STEP_STAGES, checked by a test).
DROP INDEX IF EXISTS "customer_unplanned";
CREATE INDEX "customer_unplanned" ON "customer"
    ("ltv_cents" DESC, "stage", "deleted_at", "next_followup_at")
    WHERE "deleted_at" IS NULL AND "next_followup_at" IS NULL
    AND "stage" IN ('first_purchase', 'value_confirmed', 'loyal', 'client', 'partner');
DROP INDEX IF EXISTS "customer_live_red";
CREATE INDEX "customer_live_red" ON "customer" ("red_on", "deleted_at")
    WHERE "deleted_at" IS NULL;
DROP INDEX IF EXISTS "customer_live_amber";
CREATE INDEX "customer_live_amber" ON "customer" ("amber_on", "red_on", "deleted_at")
    WHERE "deleted_at" IS NULL;
