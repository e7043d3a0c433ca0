-- AlterTable
ALTER TABLE "Writeup" ADD COLUMN     "deletedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "SpeakerSource" (
    "origin" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,

    CONSTRAINT "SpeakerSource_pkey" PRIMARY KEY ("origin","externalId")
);

-- CreateTable
CREATE TABLE "WriteupSlugRedirect" (
    "slug" TEXT NOT NULL,
    "writeupId" TEXT NOT NULL,

    CONSTRAINT "WriteupSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "resetAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "RateLimit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "SpeakerSource_speakerId_idx" ON "SpeakerSource"("speakerId");

-- CreateIndex
CREATE INDEX "WriteupSlugRedirect_writeupId_idx" ON "WriteupSlugRedirect"("writeupId");

-- AddForeignKey
ALTER TABLE "SpeakerSource" ADD CONSTRAINT "SpeakerSource_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "WriteupSlugRedirect" ADD CONSTRAINT "WriteupSlugRedirect_writeupId_fkey" FOREIGN KEY ("writeupId") REFERENCES "Writeup"("id") ON DELETE CASCADE ON UPDATE CASCADE;

