-- LoyaltyDesk schema, version 1. Frozen: later versions change it through new steps.

CREATE TABLE "cadence" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(255) NOT NULL, "description" TEXT NOT NULL, "trigger" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL, "builtin_key" VARCHAR(255), "position" INTEGER NOT NULL);

CREATE TABLE "cadence_step" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "cadence_id" INTEGER NOT NULL, "position" INTEGER NOT NULL, "offset" INTEGER NOT NULL, "unit" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "script" TEXT NOT NULL, FOREIGN KEY ("cadence_id") REFERENCES "cadence" ("id") ON DELETE CASCADE);

CREATE TABLE "customer" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "name" VARCHAR(255) NOT NULL, "company" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "street" VARCHAR(255) NOT NULL, "postal_code" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "country" VARCHAR(255) NOT NULL, "website" VARCHAR(255) NOT NULL, "owner" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "referred_by_id" INTEGER, "stage" VARCHAR(255) NOT NULL, "stage_since" TEXT NOT NULL, "ideal_gap_days" INTEGER, "max_gap_days" INTEGER, "last_contact_at" TEXT, "next_followup_at" TEXT, "purchase_count" INTEGER NOT NULL, "first_purchase_on" TEXT, "last_purchase_on" TEXT, "ltv_cents" INTEGER NOT NULL, "ltv_as_of" TEXT, "last_score" INTEGER, FOREIGN KEY ("referred_by_id") REFERENCES "customer" ("id") ON DELETE SET NULL);

CREATE TABLE "tag" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "name" VARCHAR(255) NOT NULL, "ideal_gap_days" INTEGER, "max_gap_days" INTEGER);

CREATE TABLE "customer_tag" ("customer_id" INTEGER NOT NULL, "tag_id" INTEGER NOT NULL, PRIMARY KEY ("customer_id", "tag_id"), FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("tag_id") REFERENCES "tag" ("id") ON DELETE CASCADE);

CREATE TABLE "purchase" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "customer_id" INTEGER NOT NULL, "purchased_on" TEXT NOT NULL, "amount_cents" INTEGER NOT NULL, "currency" VARCHAR(3) NOT NULL, "description" TEXT NOT NULL, "is_renewal" INTEGER NOT NULL, "contract_end_on" TEXT, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);

CREATE TABLE "follow_up" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "customer_id" INTEGER NOT NULL, "due_at" TEXT NOT NULL, "kind" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "title" VARCHAR(255) NOT NULL, "script" TEXT NOT NULL, "status" VARCHAR(255) NOT NULL, "snoozed_until" TEXT, "remind_at" TEXT NOT NULL, "notified_at" TEXT, "completed_at" TEXT, "outcome" TEXT NOT NULL, "cadence_step_id" INTEGER, "purchase_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("cadence_step_id") REFERENCES "cadence_step" ("id") ON DELETE SET NULL, FOREIGN KEY ("purchase_id") REFERENCES "purchase" ("id") ON DELETE SET NULL);

CREATE TABLE "follow_up_event" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "followup_id" INTEGER NOT NULL, "action" VARCHAR(255) NOT NULL, "at" TEXT NOT NULL, "detail" TEXT NOT NULL, FOREIGN KEY ("followup_id") REFERENCES "follow_up" ("id") ON DELETE CASCADE);

CREATE TABLE "interaction" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "customer_id" INTEGER NOT NULL, "kind" VARCHAR(255) NOT NULL, "occurred_at" TEXT NOT NULL, "summary" VARCHAR(255) NOT NULL, "notes" TEXT NOT NULL, "effort_minutes" INTEGER NOT NULL, "followup_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("followup_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL);

CREATE TABLE "referral" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "referrer_id" INTEGER NOT NULL, "referred_id" INTEGER, "referred_name" VARCHAR(255) NOT NULL, "status" VARCHAR(255) NOT NULL, "reward" VARCHAR(255) NOT NULL, "referred_on" TEXT NOT NULL, FOREIGN KEY ("referrer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("referred_id") REFERENCES "customer" ("id") ON DELETE SET NULL);

CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL);

CREATE TABLE "stage_change" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "customer_id" INTEGER NOT NULL, "from_stage" VARCHAR(255), "to_stage" VARCHAR(255) NOT NULL, "changed_at" TEXT NOT NULL, "reason" TEXT NOT NULL, "automatic" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);

CREATE TABLE "stage_rhythm" ("stage" VARCHAR(255) NOT NULL PRIMARY KEY, "ideal_gap_days" INTEGER NOT NULL, "max_gap_days" INTEGER NOT NULL);

CREATE TABLE "survey" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "customer_id" INTEGER NOT NULL, "surveyed_at" TEXT NOT NULL, "score" INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10), "eleven" TEXT NOT NULL, "comment" TEXT NOT NULL, "followup_id" INTEGER, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE, FOREIGN KEY ("followup_id") REFERENCES "follow_up" ("id") ON DELETE SET NULL);

CREATE TABLE "testimonial" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(32) NOT NULL, "created_at" TEXT NOT NULL, "updated_at" TEXT NOT NULL, "deleted_at" TEXT, "customer_id" INTEGER NOT NULL, "given_on" TEXT NOT NULL, "kind" VARCHAR(255) NOT NULL, "text" TEXT NOT NULL, "may_publish" INTEGER NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);

CREATE UNIQUE INDEX "cadence_uuid" ON "cadence" ("uuid");

CREATE INDEX "cadence_trigger" ON "cadence" ("trigger");

CREATE UNIQUE INDEX "cadence_builtin_key" ON "cadence" ("builtin_key");

CREATE UNIQUE INDEX "cadence_step_uuid" ON "cadence_step" ("uuid");

CREATE INDEX "cadence_step_cadence_id" ON "cadence_step" ("cadence_id");

CREATE UNIQUE INDEX "customer_uuid" ON "customer" ("uuid");

CREATE INDEX "customer_deleted_at" ON "customer" ("deleted_at");

CREATE INDEX "customer_email" ON "customer" ("email");

CREATE INDEX "customer_city" ON "customer" ("city");

CREATE INDEX "customer_owner" ON "customer" ("owner");

CREATE INDEX "customer_referred_by_id" ON "customer" ("referred_by_id");

CREATE INDEX "customer_stage" ON "customer" ("stage");

CREATE INDEX "customer_last_contact_at" ON "customer" ("last_contact_at");

CREATE INDEX "customer_next_followup_at" ON "customer" ("next_followup_at");

CREATE INDEX "customer_purchase_count" ON "customer" ("purchase_count");

CREATE INDEX "customer_ltv_cents" ON "customer" ("ltv_cents");

CREATE INDEX "customer_last_score" ON "customer" ("last_score");

CREATE UNIQUE INDEX "tag_uuid" ON "tag" ("uuid");

CREATE UNIQUE INDEX "tag_name" ON "tag" ("name");

CREATE INDEX "customer_tag_tag_id_customer_id" ON "customer_tag" ("tag_id", "customer_id");

CREATE UNIQUE INDEX "purchase_uuid" ON "purchase" ("uuid");

CREATE INDEX "purchase_deleted_at" ON "purchase" ("deleted_at");

CREATE INDEX "purchase_contract_end_on" ON "purchase" ("contract_end_on");

CREATE INDEX "purchase_customer_id_purchased_on" ON "purchase" ("customer_id", "purchased_on");

CREATE UNIQUE INDEX "follow_up_uuid" ON "follow_up" ("uuid");

CREATE INDEX "follow_up_deleted_at" ON "follow_up" ("deleted_at");

CREATE INDEX "follow_up_cadence_step_id" ON "follow_up" ("cadence_step_id");

CREATE INDEX "follow_up_purchase_id" ON "follow_up" ("purchase_id");

CREATE INDEX "follow_up_customer_id_status_remind_at" ON "follow_up" ("customer_id", "status", "remind_at");

CREATE INDEX "follow_up_status_remind_at" ON "follow_up" ("status", "remind_at");

CREATE UNIQUE INDEX "follow_up_event_uuid" ON "follow_up_event" ("uuid");

CREATE INDEX "follow_up_event_followup_id_at" ON "follow_up_event" ("followup_id", "at");

CREATE UNIQUE INDEX "interaction_uuid" ON "interaction" ("uuid");

CREATE INDEX "interaction_deleted_at" ON "interaction" ("deleted_at");

CREATE INDEX "interaction_followup_id" ON "interaction" ("followup_id");

CREATE INDEX "interaction_customer_id_occurred_at" ON "interaction" ("customer_id", "occurred_at");

CREATE UNIQUE INDEX "referral_uuid" ON "referral" ("uuid");

CREATE INDEX "referral_deleted_at" ON "referral" ("deleted_at");

CREATE INDEX "referral_referrer_id" ON "referral" ("referrer_id");

CREATE INDEX "referral_referred_id" ON "referral" ("referred_id");

CREATE UNIQUE INDEX "stage_change_uuid" ON "stage_change" ("uuid");

CREATE INDEX "stage_change_customer_id_changed_at" ON "stage_change" ("customer_id", "changed_at");

CREATE INDEX "stage_change_to_stage_changed_at" ON "stage_change" ("to_stage", "changed_at");

CREATE UNIQUE INDEX "survey_uuid" ON "survey" ("uuid");

CREATE INDEX "survey_deleted_at" ON "survey" ("deleted_at");

CREATE INDEX "survey_followup_id" ON "survey" ("followup_id");

CREATE INDEX "survey_customer_id_surveyed_at" ON "survey" ("customer_id", "surveyed_at");

CREATE INDEX "survey_surveyed_at" ON "survey" ("surveyed_at");

CREATE UNIQUE INDEX "testimonial_uuid" ON "testimonial" ("uuid");

CREATE INDEX "testimonial_deleted_at" ON "testimonial" ("deleted_at");

CREATE INDEX "testimonial_customer_id" ON "testimonial" ("customer_id");

CREATE INDEX "customer_name_nocase" ON "customer" ("name" COLLATE NOCASE);

CREATE INDEX "customer_company_nocase" ON "customer" ("company" COLLATE NOCASE);

-- The reminder tick reads only open follow-ups whose reminder has not been raised yet.
CREATE INDEX "follow_up_pending_notice" ON "follow_up" ("remind_at")
    WHERE "status" = 'open' AND "notified_at" IS NULL AND "deleted_at" IS NULL;

-- Full-text search over customers; rowid is customer.id. Kept in step by the triggers below.
CREATE VIRTUAL TABLE "customer_fts" USING fts5(
    name, company, email, phone, city, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3'
);

CREATE TRIGGER "customer_fts_insert" AFTER INSERT ON "customer" BEGIN
    INSERT INTO customer_fts(rowid, name, company, email, phone, city, tags, notes)
    VALUES (new.id, new.name, new.company, new.email, new.phone, new.city, '', new.notes);
END;

CREATE TRIGGER "customer_fts_update" AFTER UPDATE OF name, company, email, phone, city, notes
ON "customer" BEGIN
    UPDATE customer_fts SET name = new.name, company = new.company, email = new.email,
        phone = new.phone, city = new.city, notes = new.notes
    WHERE rowid = new.id;
END;

CREATE TRIGGER "customer_fts_delete" AFTER DELETE ON "customer" BEGIN
    DELETE FROM customer_fts WHERE rowid = old.id;
END;

CREATE TRIGGER "customer_fts_tag_added" AFTER INSERT ON "customer_tag" BEGIN
    UPDATE customer_fts SET tags = (
        SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct
        JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = new.customer_id)
    WHERE rowid = new.customer_id;
END;

CREATE TRIGGER "customer_fts_tag_removed" AFTER DELETE ON "customer_tag" BEGIN
    UPDATE customer_fts SET tags = (
        SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct
        JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = old.customer_id)
    WHERE rowid = old.customer_id;
END;

CREATE TRIGGER "customer_fts_tag_renamed" AFTER UPDATE OF name ON "tag" BEGIN
    UPDATE customer_fts SET tags = (
        SELECT coalesce(group_concat(t.name, ' '), '') FROM customer_tag ct
        JOIN tag t ON t.id = ct.tag_id WHERE ct.customer_id = customer_fts.rowid)
    WHERE rowid IN (SELECT customer_id FROM customer_tag WHERE tag_id = new.id);
END;
