-- The write path (issue 14). Hand-written: Prisma has no triggers.
--
-- CatalogVersion: one number that changes whenever what mention detection
--    reads changes (conferences, talks, speakers, who speaks where). Each app
--    server keeps its mention index until the number moves, so the index is
--    built once per catalog change, not per save, and a change made by any
--    instance (or the command line) is seen by all of them at their next save.
--    Triggers, not application code, so no writer can forget it.
-- "database" is a random name for this database, so a process that talks to
-- several (the tests do) never mistakes one's catalog for another's.
CREATE TABLE "CatalogVersion" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "version" INTEGER NOT NULL, "database" TEXT NOT NULL);
INSERT INTO "CatalogVersion" ("id", "version", "database") VALUES (1, 1, lower(hex(randomblob(16))));
CREATE TRIGGER "catalog_conference_insert" AFTER INSERT ON "Conference" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_conference_update" AFTER UPDATE ON "Conference" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_conference_delete" AFTER DELETE ON "Conference" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talk_insert" AFTER INSERT ON "Talk" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talk_update" AFTER UPDATE ON "Talk" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talk_delete" AFTER DELETE ON "Talk" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_speaker_insert" AFTER INSERT ON "Speaker" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_speaker_update" AFTER UPDATE ON "Speaker" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_speaker_delete" AFTER DELETE ON "Speaker" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talkspeaker_insert" AFTER INSERT ON "TalkSpeaker" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talkspeaker_update" AFTER UPDATE ON "TalkSpeaker" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talkspeaker_delete" AFTER DELETE ON "TalkSpeaker" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
