-- Today, the status bar and the calendar ask about live customers only: who is red, who is
-- amber, who has no next step, the most valuable first. Indexes over the live customers
-- alone answer from the index, however big the book and its trash.
CREATE INDEX "customer_live_red" ON "customer" ("red_on") WHERE "deleted_at" IS NULL;
CREATE INDEX "customer_live_amber" ON "customer" ("amber_on", "red_on") WHERE "deleted_at" IS NULL;
CREATE INDEX "customer_live_value" ON "customer" ("ltv_cents" DESC, "red_on", "amber_on")
    WHERE "deleted_at" IS NULL;
CREATE INDEX "customer_unplanned" ON "customer" ("ltv_cents" DESC, "stage")
    WHERE "deleted_at" IS NULL AND "next_followup_at" IS NULL;
-- Customers whose figures were never computed (rows from an older schema), found at each
-- start: an index that holds only them is empty once they are filled.
CREATE INDEX "customer_unfigured" ON "customer" ("amber_on") WHERE "amber_on" IS NULL;
-- The calendar reads the live indexes now; these counted the trash too.
DROP INDEX IF EXISTS "customer_amber_on";
DROP INDEX IF EXISTS "customer_red_on";
