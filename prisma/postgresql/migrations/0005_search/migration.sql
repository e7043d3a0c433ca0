-- AlterTable
ALTER TABLE "Writeup" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';


-- Full-text search (tsvector + GIN). Not modelled in Prisma: search_doc holds
-- one row per public writeup, talk and speaker, kept current by the triggers
-- below on every write, whatever code path makes it. Text is unaccented before
-- it is indexed, so "monica" finds "Mónica"; the 'simple' configuration does
-- no stemming, as talks come in many languages.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE OR REPLACE FUNCTION hallway_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE "search_doc" (
    "kind" TEXT NOT NULL,
    "ref_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', hallway_unaccent("title")), 'A') ||
        setweight(to_tsvector('simple', hallway_unaccent("body")), 'B')
    ) STORED,
    PRIMARY KEY ("kind", "ref_id")
);
CREATE INDEX "search_doc_tsv_idx" ON "search_doc" USING GIN ("tsv");

CREATE FUNCTION hallway_search_writeup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "search_doc" WHERE "kind" = 'writeup' AND "ref_id" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" = 'published' AND NEW."deletedAt" IS NULL THEN
        INSERT INTO "search_doc" ("kind", "ref_id", "title", "body") VALUES ('writeup', NEW."id", NEW."title", NEW."searchText");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "writeup_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "searchText", "status", "deletedAt" ON "Writeup"
    FOR EACH ROW EXECUTE FUNCTION hallway_search_writeup();

CREATE FUNCTION hallway_search_talk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "search_doc" WHERE "kind" = 'talk' AND "ref_id" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
            VALUES ('talk', NEW."id", NEW."title", trim(coalesce(NEW."subtitle", '') || ' ' || coalesce(NEW."abstract", '') || ' ' || coalesce(NEW."track", '')));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "talk_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "subtitle", "abstract", "track" ON "Talk"
    FOR EACH ROW EXECUTE FUNCTION hallway_search_talk();

CREATE FUNCTION hallway_search_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "search_doc" WHERE "kind" = 'speaker' AND "ref_id" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
            VALUES ('speaker', NEW."id", NEW."name", trim(coalesce(NEW."role", '') || ' ' || coalesce(NEW."affiliation", '') || ' ' || coalesce(NEW."bio", '')));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "speaker_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "role", "affiliation", "bio" ON "Speaker"
    FOR EACH ROW EXECUTE FUNCTION hallway_search_speaker();

-- What exists already.
INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
    SELECT 'writeup', "id", "title", "searchText" FROM "Writeup" WHERE "status" = 'published' AND "deletedAt" IS NULL;
INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
    SELECT 'talk', "id", "title", trim(coalesce("subtitle", '') || ' ' || coalesce("abstract", '') || ' ' || coalesce("track", '')) FROM "Talk";
INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
    SELECT 'speaker', "id", "name", trim(coalesce("role", '') || ' ' || coalesce("affiliation", '') || ' ' || coalesce("bio", '')) FROM "Speaker";
