-- The write path (issue 14). Hand-written: Prisma has no triggers.
--
-- CatalogVersion: one number that changes whenever what mention detection
--    reads changes (conferences, talks, speakers, who speaks where). Each app
--    server keeps its mention index until the number moves. Statement-level
--    triggers: a programme import of 10,000 rows bumps it once per statement.
-- "database" is a random name for this database (and schema), so a process
-- that talks to several (the tests do) never mistakes one's catalog for another's.
CREATE TABLE "CatalogVersion" ("id" INTEGER NOT NULL PRIMARY KEY CHECK ("id" = 1), "version" BIGINT NOT NULL, "database" TEXT NOT NULL);
INSERT INTO "CatalogVersion" ("id", "version", "database") VALUES (1, 1, md5(random()::text || clock_timestamp()::text));
-- The table is named with the trigger's schema, as in 0007, so databases in
-- different schemas (the tests use one each) never bump each other.
CREATE FUNCTION "hallway_bump_catalog_version"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  EXECUTE format('UPDATE %I."CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1', TG_TABLE_SCHEMA);
  RETURN NULL;
END $$;
CREATE TRIGGER "catalog_conference" AFTER INSERT OR UPDATE OR DELETE ON "Conference" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_catalog_version"();
CREATE TRIGGER "catalog_talk" AFTER INSERT OR UPDATE OR DELETE ON "Talk" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_catalog_version"();
CREATE TRIGGER "catalog_speaker" AFTER INSERT OR UPDATE OR DELETE ON "Speaker" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_catalog_version"();
CREATE TRIGGER "catalog_talkspeaker" AFTER INSERT OR UPDATE OR DELETE ON "TalkSpeaker" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_catalog_version"();
