-- CreateTable
CREATE TABLE "SpeakerSlugRedirect" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "speakerId" TEXT NOT NULL,
    CONSTRAINT "SpeakerSlugRedirect_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "SpeakerSlugRedirect_speakerId_idx" ON "SpeakerSlugRedirect"("speakerId");

