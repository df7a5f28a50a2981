-- What contact files say beyond the editable details, and each contact's id in its source.
ALTER TABLE "customer" ADD COLUMN "birthday" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "customer" ADD COLUMN "anniversary" VARCHAR(255) NOT NULL DEFAULT '';
ALTER TABLE "customer" ADD COLUMN "name_parts" VARCHAR(255) NOT NULL DEFAULT '';
CREATE TABLE "contact_source" ("id" INTEGER NOT NULL PRIMARY KEY, "customer_id" INTEGER NOT NULL, "source_key" VARCHAR(255) NOT NULL, FOREIGN KEY ("customer_id") REFERENCES "customer" ("id") ON DELETE CASCADE);
CREATE UNIQUE INDEX "contact_source_source_key" ON "contact_source" ("source_key");
CREATE INDEX "contact_source_customer_id" ON "contact_source" ("customer_id");
