-- A site-wide content version, bumped by triggers whenever something a reader
-- page shows changes: a conference, talk or speaker, who speaks where, a
-- redirect, a published writeup (never a draft's autosave), or a person's
-- public profile. Each app instance's micro-cache (scripts/response-cache.mjs)
-- reads it (GET /api/content-version) to tell whether a cached page is still
-- current, so unchanged pages are not re-rendered and changed ones are, on
-- every instance, within about a second. Hand-written: Prisma has no triggers.
-- NB: a later SQLite migration that redefines one of these tables drops its
-- triggers; tests/integration/content-version.test.ts checks they all exist.

CREATE TABLE "ContentVersion" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "version" BIGINT NOT NULL);
INSERT INTO "ContentVersion" ("id", "version") VALUES (1, 1);

CREATE FUNCTION "hallway_bump_content_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  -- The table beside the one that changed, whatever the session's search_path.
  EXECUTE format('UPDATE %I."ContentVersion" SET "version" = "version" + 1 WHERE "id" = 1', TG_TABLE_SCHEMA);
  RETURN NULL;
END;
$$;

-- Once per statement: a programme import of thousands of rows bumps a few times, not thousands.
CREATE TRIGGER "content_conference" AFTER INSERT OR UPDATE OR DELETE ON "Conference" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_talk" AFTER INSERT OR UPDATE OR DELETE ON "Talk" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_speaker" AFTER INSERT OR UPDATE OR DELETE ON "Speaker" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_talkspeaker" AFTER INSERT OR UPDATE OR DELETE ON "TalkSpeaker" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_speakerslugredirect" AFTER INSERT OR UPDATE OR DELETE ON "SpeakerSlugRedirect" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_writeupslugredirect" AFTER INSERT OR UPDATE OR DELETE ON "WriteupSlugRedirect" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
-- Writeups: only what readers can see (a draft's autosave changes nothing public).
CREATE TRIGGER "content_writeup_insert" AFTER INSERT ON "Writeup" FOR EACH ROW WHEN (NEW."status" = 'published') EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_writeup_update" AFTER UPDATE ON "Writeup" FOR EACH ROW WHEN (NEW."status" = 'published' OR OLD."status" = 'published') EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_writeup_delete" AFTER DELETE ON "Writeup" FOR EACH ROW WHEN (OLD."status" = 'published') EXECUTE FUNCTION "hallway_bump_content_version"();
CREATE TRIGGER "content_user_update" AFTER UPDATE OF "name", "username", "image", "bio", "links" ON "User" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_content_version"();
