-- CreateTable
CREATE TABLE "TalkAlias" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "talkId" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "negative" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "authorIds" TEXT NOT NULL DEFAULT '[]',
    "userId" TEXT,
    "writeupId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "TalkAlias_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "TalkAlias_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "TalkAlias_writeupId_fkey" FOREIGN KEY ("writeupId") REFERENCES "Writeup" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "TalkAlias_talkId_normalized_key" ON "TalkAlias"("talkId", "normalized");


-- Hand-written: aliases are part of what mention detection reads, so a change
-- to one moves CatalogVersion (0008) like a talk change does, and every app
-- server rebuilds its mention index at its next save.
CREATE TRIGGER "catalog_talkalias_insert" AFTER INSERT ON "TalkAlias" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talkalias_update" AFTER UPDATE ON "TalkAlias" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
CREATE TRIGGER "catalog_talkalias_delete" AFTER DELETE ON "TalkAlias" BEGIN UPDATE "CatalogVersion" SET "version" = "version" + 1 WHERE "id" = 1; END;
