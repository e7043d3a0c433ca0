-- AlterTable
ALTER TABLE "Writeup" ADD COLUMN     "searchText" TEXT NOT NULL DEFAULT '';



-- Full-text search (tsvector + GIN), one table per kind so that counting and
-- ranking one kind never touches the others. Not modelled in Prisma:
-- search_<kind> holds one row per public writeup, talk or speaker, kept current
-- by the triggers below on every write, whatever code path makes it. Text is
-- unaccented before it is indexed, so "monica" finds "Mónica"; the 'simple'
-- configuration does no stemming, as talks come in many languages. "seq" grows
-- with each (re)index: "most recently written first" for queries too broad to rank.
CREATE EXTENSION IF NOT EXISTS unaccent SCHEMA public;
CREATE OR REPLACE FUNCTION hallway_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;

CREATE TABLE "search_writeup" (
    "ref_id" TEXT PRIMARY KEY,
    "seq" BIGSERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', hallway_unaccent("title")), 'A') ||
        setweight(to_tsvector('simple', hallway_unaccent("body")), 'B')
    ) STORED
);
CREATE INDEX "search_writeup_tsv_idx" ON "search_writeup" USING GIN ("tsv");
CREATE INDEX "search_writeup_seq_idx" ON "search_writeup" ("seq");
CREATE FUNCTION hallway_index_writeup() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "search_writeup" WHERE "ref_id" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."status" = 'published' AND NEW."deletedAt" IS NULL THEN
        INSERT INTO "search_writeup" ("ref_id", "title", "body") VALUES (NEW."id", NEW."title", NEW."searchText");
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "writeup_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "searchText", "status", "deletedAt" ON "Writeup"
    FOR EACH ROW EXECUTE FUNCTION hallway_index_writeup();

CREATE TABLE "search_talk" (
    "ref_id" TEXT PRIMARY KEY,
    "seq" BIGSERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', hallway_unaccent("title")), 'A') ||
        setweight(to_tsvector('simple', hallway_unaccent("body")), 'B')
    ) STORED
);
CREATE INDEX "search_talk_tsv_idx" ON "search_talk" USING GIN ("tsv");
CREATE INDEX "search_talk_seq_idx" ON "search_talk" ("seq");
CREATE FUNCTION hallway_index_talk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "search_talk" WHERE "ref_id" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "search_talk" ("ref_id", "title", "body") VALUES (NEW."id", NEW."title", trim(coalesce(NEW."subtitle", '') || ' ' || coalesce(NEW."abstract", '') || ' ' || coalesce(NEW."track", '')));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "talk_search" AFTER INSERT OR DELETE OR UPDATE OF "title", "subtitle", "abstract", "track" ON "Talk"
    FOR EACH ROW EXECUTE FUNCTION hallway_index_talk();

CREATE TABLE "search_speaker" (
    "ref_id" TEXT PRIMARY KEY,
    "seq" BIGSERIAL NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "tsv" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('simple', hallway_unaccent("title")), 'A') ||
        setweight(to_tsvector('simple', hallway_unaccent("body")), 'B')
    ) STORED
);
CREATE INDEX "search_speaker_tsv_idx" ON "search_speaker" USING GIN ("tsv");
CREATE INDEX "search_speaker_seq_idx" ON "search_speaker" ("seq");
CREATE FUNCTION hallway_index_speaker() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM "search_speaker" WHERE "ref_id" = OLD."id";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO "search_speaker" ("ref_id", "title", "body") VALUES (NEW."id", NEW."name", trim(coalesce(NEW."role", '') || ' ' || coalesce(NEW."affiliation", '') || ' ' || coalesce(NEW."bio", '')));
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER "speaker_search" AFTER INSERT OR DELETE OR UPDATE OF "name", "role", "affiliation", "bio" ON "Speaker"
    FOR EACH ROW EXECUTE FUNCTION hallway_index_speaker();

-- What exists already.
INSERT INTO "search_writeup" ("ref_id", "title", "body") SELECT "id", "title", "searchText" FROM "Writeup" WHERE "status" = 'published' AND "deletedAt" IS NULL;
INSERT INTO "search_talk" ("ref_id", "title", "body") SELECT "id", "title", trim(coalesce("subtitle", '') || ' ' || coalesce("abstract", '') || ' ' || coalesce("track", '')) FROM "Talk";
INSERT INTO "search_speaker" ("ref_id", "title", "body") SELECT "id", "name", trim(coalesce("role", '') || ' ' || coalesce("affiliation", '') || ' ' || coalesce("bio", '')) FROM "Speaker";
