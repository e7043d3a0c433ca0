-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Writeup" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "authorId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "bodyHtml" TEXT NOT NULL,
    "summary" TEXT,
    "excerpt" TEXT NOT NULL DEFAULT '',
    "searchText" TEXT NOT NULL DEFAULT '',
    "status" TEXT NOT NULL DEFAULT 'draft',
    "canonicalUrl" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "publishedAt" DATETIME,
    "deletedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Writeup_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Writeup" ("authorId", "body", "bodyHtml", "canonicalUrl", "createdAt", "deletedAt", "excerpt", "id", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version") SELECT "authorId", "body", "bodyHtml", "canonicalUrl", "createdAt", "deletedAt", "excerpt", "id", "publishedAt", "slug", "status", "summary", "title", "updatedAt", "version" FROM "Writeup";
DROP TABLE "Writeup";
ALTER TABLE "new_Writeup" RENAME TO "Writeup";
CREATE UNIQUE INDEX "Writeup_slug_key" ON "Writeup"("slug");
CREATE INDEX "Writeup_status_publishedAt_idx" ON "Writeup"("status", "publishedAt");
CREATE INDEX "Writeup_authorId_idx" ON "Writeup"("authorId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;



-- Full-text search (FTS5), one index per kind so that counting and ranking one
-- kind never touches the others. Not modelled in Prisma: search_<kind> holds one
-- row per public writeup, talk or speaker, kept current by the triggers below on
-- every write, whatever code path makes it; search_<kind>_fts indexes it with
-- diacritics folded ("monica" finds "Mónica"). Rowids grow with each (re)index,
-- so rowid order is "most recently written first" for queries too broad to rank.
-- NOTE: Prisma redefines a SQLite table (copy, drop, rename) for some column
-- changes, which drops its triggers; a later migration that redefines Writeup,
-- Talk or Speaker must recreate them (tests/integration/search.test.ts checks).

CREATE TABLE "search_writeup" ("id" INTEGER PRIMARY KEY, "ref_id" TEXT NOT NULL UNIQUE, "title" TEXT NOT NULL, "body" TEXT NOT NULL);
CREATE VIRTUAL TABLE "search_writeup_fts" USING fts5(title, body, content='search_writeup', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER "search_writeup_ai" AFTER INSERT ON "search_writeup" BEGIN
    INSERT INTO "search_writeup_fts" (rowid, title, body) VALUES (NEW."id", NEW."title", NEW."body");
END;
CREATE TRIGGER "search_writeup_ad" AFTER DELETE ON "search_writeup" BEGIN
    INSERT INTO "search_writeup_fts" ("search_writeup_fts", rowid, title, body) VALUES ('delete', OLD."id", OLD."title", OLD."body");
END;
CREATE TRIGGER "writeup_search_ai" AFTER INSERT ON "Writeup" BEGIN
    INSERT INTO "search_writeup" ("ref_id", "title", "body") SELECT NEW."id", NEW."title", NEW."searchText" WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;
CREATE TRIGGER "writeup_search_au" AFTER UPDATE OF "title", "searchText", "status", "deletedAt" ON "Writeup" BEGIN
    DELETE FROM "search_writeup" WHERE "ref_id" = OLD."id";
    INSERT INTO "search_writeup" ("ref_id", "title", "body") SELECT NEW."id", NEW."title", NEW."searchText" WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;
CREATE TRIGGER "writeup_search_ad" AFTER DELETE ON "Writeup" BEGIN
    DELETE FROM "search_writeup" WHERE "ref_id" = OLD."id";
END;

CREATE TABLE "search_talk" ("id" INTEGER PRIMARY KEY, "ref_id" TEXT NOT NULL UNIQUE, "title" TEXT NOT NULL, "body" TEXT NOT NULL);
CREATE VIRTUAL TABLE "search_talk_fts" USING fts5(title, body, content='search_talk', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER "search_talk_ai" AFTER INSERT ON "search_talk" BEGIN
    INSERT INTO "search_talk_fts" (rowid, title, body) VALUES (NEW."id", NEW."title", NEW."body");
END;
CREATE TRIGGER "search_talk_ad" AFTER DELETE ON "search_talk" BEGIN
    INSERT INTO "search_talk_fts" ("search_talk_fts", rowid, title, body) VALUES ('delete', OLD."id", OLD."title", OLD."body");
END;
CREATE TRIGGER "talk_search_ai" AFTER INSERT ON "Talk" BEGIN
    INSERT INTO "search_talk" ("ref_id", "title", "body") SELECT NEW."id", NEW."title", trim(coalesce(NEW."subtitle", '') || ' ' || coalesce(NEW."abstract", '') || ' ' || coalesce(NEW."track", ''));
END;
CREATE TRIGGER "talk_search_au" AFTER UPDATE OF "title", "subtitle", "abstract", "track" ON "Talk" BEGIN
    DELETE FROM "search_talk" WHERE "ref_id" = OLD."id";
    INSERT INTO "search_talk" ("ref_id", "title", "body") SELECT NEW."id", NEW."title", trim(coalesce(NEW."subtitle", '') || ' ' || coalesce(NEW."abstract", '') || ' ' || coalesce(NEW."track", ''));
END;
CREATE TRIGGER "talk_search_ad" AFTER DELETE ON "Talk" BEGIN
    DELETE FROM "search_talk" WHERE "ref_id" = OLD."id";
END;

CREATE TABLE "search_speaker" ("id" INTEGER PRIMARY KEY, "ref_id" TEXT NOT NULL UNIQUE, "title" TEXT NOT NULL, "body" TEXT NOT NULL);
CREATE VIRTUAL TABLE "search_speaker_fts" USING fts5(title, body, content='search_speaker', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER "search_speaker_ai" AFTER INSERT ON "search_speaker" BEGIN
    INSERT INTO "search_speaker_fts" (rowid, title, body) VALUES (NEW."id", NEW."title", NEW."body");
END;
CREATE TRIGGER "search_speaker_ad" AFTER DELETE ON "search_speaker" BEGIN
    INSERT INTO "search_speaker_fts" ("search_speaker_fts", rowid, title, body) VALUES ('delete', OLD."id", OLD."title", OLD."body");
END;
CREATE TRIGGER "speaker_search_ai" AFTER INSERT ON "Speaker" BEGIN
    INSERT INTO "search_speaker" ("ref_id", "title", "body") SELECT NEW."id", NEW."name", trim(coalesce(NEW."role", '') || ' ' || coalesce(NEW."affiliation", '') || ' ' || coalesce(NEW."bio", ''));
END;
CREATE TRIGGER "speaker_search_au" AFTER UPDATE OF "name", "role", "affiliation", "bio" ON "Speaker" BEGIN
    DELETE FROM "search_speaker" WHERE "ref_id" = OLD."id";
    INSERT INTO "search_speaker" ("ref_id", "title", "body") SELECT NEW."id", NEW."name", trim(coalesce(NEW."role", '') || ' ' || coalesce(NEW."affiliation", '') || ' ' || coalesce(NEW."bio", ''));
END;
CREATE TRIGGER "speaker_search_ad" AFTER DELETE ON "Speaker" BEGIN
    DELETE FROM "search_speaker" WHERE "ref_id" = OLD."id";
END;

-- What exists already.
INSERT INTO "search_writeup" ("ref_id", "title", "body") SELECT "id", "title", "searchText" FROM "Writeup" WHERE "status" = 'published' AND "deletedAt" IS NULL;
INSERT INTO "search_talk" ("ref_id", "title", "body") SELECT "id", "title", trim(coalesce("subtitle", '') || ' ' || coalesce("abstract", '') || ' ' || coalesce("track", '')) FROM "Talk";
INSERT INTO "search_speaker" ("ref_id", "title", "body") SELECT "id", "name", trim(coalesce("role", '') || ' ' || coalesce("affiliation", '') || ' ' || coalesce("bio", '')) FROM "Speaker";
