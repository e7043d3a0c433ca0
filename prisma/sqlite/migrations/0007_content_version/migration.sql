-- A site-wide content version, bumped by triggers whenever something a reader
-- page shows changes: a conference, talk or speaker, who speaks where, a
-- redirect, a published writeup (never a draft's autosave), or a person's
-- public profile. Each app instance's micro-cache (scripts/response-cache.mjs)
-- reads it (GET /api/content-version) to tell whether a cached page is still
-- current, so unchanged pages are not re-rendered and changed ones are, on
-- every instance, within about a second. Hand-written: Prisma has no triggers.
-- NB: a later SQLite migration that redefines one of these tables drops its
-- triggers; tests/integration/content-version.test.ts checks they all exist.

CREATE TABLE "ContentVersion" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "version" INTEGER NOT NULL);
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 1);

CREATE TRIGGER "content_conference_insert" AFTER INSERT ON "Conference" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_conference_update" AFTER UPDATE ON "Conference" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_conference_delete" AFTER DELETE ON "Conference" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_talk_insert" AFTER INSERT ON "Talk" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_talk_update" AFTER UPDATE ON "Talk" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_talk_delete" AFTER DELETE ON "Talk" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_speaker_insert" AFTER INSERT ON "Speaker" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_speaker_update" AFTER UPDATE ON "Speaker" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_speaker_delete" AFTER DELETE ON "Speaker" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_talkspeaker_insert" AFTER INSERT ON "TalkSpeaker" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_talkspeaker_update" AFTER UPDATE ON "TalkSpeaker" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_talkspeaker_delete" AFTER DELETE ON "TalkSpeaker" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_speakerslugredirect_insert" AFTER INSERT ON "SpeakerSlugRedirect" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_speakerslugredirect_update" AFTER UPDATE ON "SpeakerSlugRedirect" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_speakerslugredirect_delete" AFTER DELETE ON "SpeakerSlugRedirect" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_writeupslugredirect_insert" AFTER INSERT ON "WriteupSlugRedirect" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_writeupslugredirect_update" AFTER UPDATE ON "WriteupSlugRedirect" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_writeupslugredirect_delete" AFTER DELETE ON "WriteupSlugRedirect" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_writeup_insert" AFTER INSERT ON "Writeup" WHEN NEW."status" = 'published' BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_writeup_update" AFTER UPDATE ON "Writeup" WHEN NEW."status" = 'published' OR OLD."status" = 'published' BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_writeup_delete" AFTER DELETE ON "Writeup" WHEN OLD."status" = 'published' BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "content_user_update" AFTER UPDATE OF "name", "username", "image", "bio", "links" ON "User" BEGIN UPDATE "ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
