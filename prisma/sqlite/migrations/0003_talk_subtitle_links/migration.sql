-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Talk" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conferenceId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "subtitle" TEXT,
    "abstract" TEXT,
    "kind" TEXT NOT NULL DEFAULT 'talk',
    "level" TEXT,
    "track" TEXT,
    "room" TEXT,
    "day" TEXT,
    "startsAt" DATETIME,
    "endsAt" DATETIME,
    "sourceId" TEXT,
    "url" TEXT,
    "links" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL DEFAULT 'scheduled',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Talk_conferenceId_fkey" FOREIGN KEY ("conferenceId") REFERENCES "Conference" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Talk" ("abstract", "conferenceId", "createdAt", "day", "endsAt", "id", "kind", "level", "room", "slug", "sourceId", "startsAt", "status", "title", "track", "updatedAt", "url") SELECT "abstract", "conferenceId", "createdAt", "day", "endsAt", "id", "kind", "level", "room", "slug", "sourceId", "startsAt", "status", "title", "track", "updatedAt", "url" FROM "Talk";
DROP TABLE "Talk";
ALTER TABLE "new_Talk" RENAME TO "Talk";
CREATE INDEX "Talk_conferenceId_day_startsAt_idx" ON "Talk"("conferenceId", "day", "startsAt");
CREATE UNIQUE INDEX "Talk_conferenceId_slug_key" ON "Talk"("conferenceId", "slug");
CREATE UNIQUE INDEX "Talk_conferenceId_sourceId_key" ON "Talk"("conferenceId", "sourceId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

