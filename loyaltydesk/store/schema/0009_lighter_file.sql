-- A lighter file. An index keeps the row's id after its columns already, so an index that
-- names "id" last holds it twice; columns that are NULL on almost every row (outside the
-- trash, no follow-up behind a contact) are indexed only where they hold a value, which is
-- all the queries that read them ask for ("deleted_at IS NOT NULL", "followup_id = ?").
-- customer_deleted_at stays whole: counting the customers outside the trash reads it alone;
-- so does follow_up_deleted_at, which keeps a list of chosen follow-ups read by their ids
-- rather than by walking every customer.

-- The list in name order reads customer_live_name; the trash is small and sorted as it is read.
DROP INDEX "customer_name_nocase";
DROP INDEX "customer_live_name";
CREATE INDEX "customer_live_name" ON "customer" ("name" COLLATE NOCASE)
    WHERE "deleted_at" IS NULL;

DROP INDEX "interaction_occurred_at";
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at");

DROP INDEX "purchase_deleted_at";
CREATE INDEX "purchase_deleted_at" ON "purchase" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
DROP INDEX "interaction_deleted_at";
CREATE INDEX "interaction_deleted_at" ON "interaction" ("deleted_at")
    WHERE "deleted_at" IS NOT NULL;
DROP INDEX "survey_deleted_at";
CREATE INDEX "survey_deleted_at" ON "survey" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
DROP INDEX "referral_deleted_at";
CREATE INDEX "referral_deleted_at" ON "referral" ("deleted_at") WHERE "deleted_at" IS NOT NULL;
DROP INDEX "testimonial_deleted_at";
CREATE INDEX "testimonial_deleted_at" ON "testimonial" ("deleted_at")
    WHERE "deleted_at" IS NOT NULL;

-- Links that are usually empty; a parent's delete still finds its children through these.
DROP INDEX "customer_referred_by_id";
CREATE INDEX "customer_referred_by_id" ON "customer" ("referred_by_id")
    WHERE "referred_by_id" IS NOT NULL;
DROP INDEX "referral_referred_id";
CREATE INDEX "referral_referred_id" ON "referral" ("referred_id") WHERE "referred_id" IS NOT NULL;
DROP INDEX "interaction_followup_id";
CREATE INDEX "interaction_followup_id" ON "interaction" ("followup_id")
    WHERE "followup_id" IS NOT NULL;
DROP INDEX "survey_followup_id";
CREATE INDEX "survey_followup_id" ON "survey" ("followup_id") WHERE "followup_id" IS NOT NULL;
DROP INDEX "follow_up_purchase_id";
CREATE INDEX "follow_up_purchase_id" ON "follow_up" ("purchase_id") WHERE "purchase_id" IS NOT NULL;
DROP INDEX "follow_up_cadence_step_id";
CREATE INDEX "follow_up_cadence_step_id" ON "follow_up" ("cadence_step_id")
    WHERE "cadence_step_id" IS NOT NULL;
