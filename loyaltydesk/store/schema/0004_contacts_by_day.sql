-- Contacts by when they happened, so a calendar page lists each day's first few at once.
CREATE INDEX "interaction_occurred_at" ON "interaction" ("occurred_at", "id");
