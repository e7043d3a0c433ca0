-- AlterTable
ALTER TABLE "Writeup" ADD COLUMN "deletedAt" DATETIME;

-- CreateTable
CREATE TABLE "SpeakerSource" (
    "origin" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,

    PRIMARY KEY ("origin", "externalId"),
    CONSTRAINT "SpeakerSource_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "WriteupSlugRedirect" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "writeupId" TEXT NOT NULL,
    CONSTRAINT "WriteupSlugRedirect_writeupId_fkey" FOREIGN KEY ("writeupId") REFERENCES "Writeup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "count" INTEGER NOT NULL,
    "resetAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SpeakerSource_speakerId_idx" ON "SpeakerSource"("speakerId");

-- CreateIndex
CREATE INDEX "WriteupSlugRedirect_writeupId_idx" ON "WriteupSlugRedirect"("writeupId");

