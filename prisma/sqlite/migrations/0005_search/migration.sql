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


-- Full-text search (FTS5). Not modelled in Prisma: search_doc holds one row per
-- public writeup, talk and speaker, kept current by the triggers below on every
-- write, whatever code path makes it; search_fts indexes it with diacritics
-- folded ("monica" finds "Mónica"). NOTE: Prisma redefines a SQLite table
-- (copy, drop, rename) for some column changes, which drops its triggers; any
-- later migration that redefines Writeup, Talk or Speaker must recreate them
-- (tests/integration/search.test.ts checks they exist).
CREATE TABLE "search_doc" (
    "id" INTEGER PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "ref_id" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    UNIQUE ("kind", "ref_id")
);
CREATE VIRTUAL TABLE "search_fts" USING fts5(title, body, content='search_doc', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE TRIGGER "search_doc_ai" AFTER INSERT ON "search_doc" BEGIN
    INSERT INTO "search_fts" (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;
CREATE TRIGGER "search_doc_ad" AFTER DELETE ON "search_doc" BEGIN
    INSERT INTO "search_fts" ("search_fts", rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
END;
CREATE TRIGGER "search_doc_au" AFTER UPDATE ON "search_doc" BEGIN
    INSERT INTO "search_fts" ("search_fts", rowid, title, body) VALUES ('delete', OLD.id, OLD.title, OLD.body);
    INSERT INTO "search_fts" (rowid, title, body) VALUES (NEW.id, NEW.title, NEW.body);
END;

CREATE TRIGGER "writeup_search_ai" AFTER INSERT ON "Writeup" WHEN NEW."status" = 'published' AND NEW."deletedAt" IS NULL BEGIN
    INSERT INTO "search_doc" ("kind", "ref_id", "title", "body") VALUES ('writeup', NEW."id", NEW."title", NEW."searchText");
END;
CREATE TRIGGER "writeup_search_au" AFTER UPDATE OF "title", "searchText", "status", "deletedAt" ON "Writeup" BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'writeup' AND "ref_id" = OLD."id";
    INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
        SELECT 'writeup', NEW."id", NEW."title", NEW."searchText" WHERE NEW."status" = 'published' AND NEW."deletedAt" IS NULL;
END;
CREATE TRIGGER "writeup_search_ad" AFTER DELETE ON "Writeup" BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'writeup' AND "ref_id" = OLD."id";
END;

CREATE TRIGGER "talk_search_ai" AFTER INSERT ON "Talk" BEGIN
    INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
        VALUES ('talk', NEW."id", NEW."title", trim(coalesce(NEW."subtitle", '') || ' ' || coalesce(NEW."abstract", '') || ' ' || coalesce(NEW."track", '')));
END;
CREATE TRIGGER "talk_search_au" AFTER UPDATE OF "title", "subtitle", "abstract", "track" ON "Talk" BEGIN
    UPDATE "search_doc" SET "title" = NEW."title",
        "body" = trim(coalesce(NEW."subtitle", '') || ' ' || coalesce(NEW."abstract", '') || ' ' || coalesce(NEW."track", ''))
        WHERE "kind" = 'talk' AND "ref_id" = NEW."id";
END;
CREATE TRIGGER "talk_search_ad" AFTER DELETE ON "Talk" BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'talk' AND "ref_id" = OLD."id";
END;

CREATE TRIGGER "speaker_search_ai" AFTER INSERT ON "Speaker" BEGIN
    INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
        VALUES ('speaker', NEW."id", NEW."name", trim(coalesce(NEW."role", '') || ' ' || coalesce(NEW."affiliation", '') || ' ' || coalesce(NEW."bio", '')));
END;
CREATE TRIGGER "speaker_search_au" AFTER UPDATE OF "name", "role", "affiliation", "bio" ON "Speaker" BEGIN
    UPDATE "search_doc" SET "title" = NEW."name",
        "body" = trim(coalesce(NEW."role", '') || ' ' || coalesce(NEW."affiliation", '') || ' ' || coalesce(NEW."bio", ''))
        WHERE "kind" = 'speaker' AND "ref_id" = NEW."id";
END;
CREATE TRIGGER "speaker_search_ad" AFTER DELETE ON "Speaker" BEGIN
    DELETE FROM "search_doc" WHERE "kind" = 'speaker' AND "ref_id" = OLD."id";
END;

-- What exists already.
INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
    SELECT 'writeup', "id", "title", "searchText" FROM "Writeup" WHERE "status" = 'published' AND "deletedAt" IS NULL;
INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
    SELECT 'talk', "id", "title", trim(coalesce("subtitle", '') || ' ' || coalesce("abstract", '') || ' ' || coalesce("track", '')) FROM "Talk";
INSERT INTO "search_doc" ("kind", "ref_id", "title", "body")
    SELECT 'speaker', "id", "name", trim(coalesce("role", '') || ' ' || coalesce("affiliation", '') || ' ' || coalesce("bio", '')) FROM "Speaker";
