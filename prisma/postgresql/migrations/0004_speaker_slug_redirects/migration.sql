-- CreateTable
CREATE TABLE "SpeakerSlugRedirect" (
    "slug" TEXT NOT NULL,
    "speakerId" TEXT NOT NULL,

    CONSTRAINT "SpeakerSlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "SpeakerSlugRedirect_speakerId_idx" ON "SpeakerSlugRedirect"("speakerId");

-- AddForeignKey
ALTER TABLE "SpeakerSlugRedirect" ADD CONSTRAINT "SpeakerSlugRedirect_speakerId_fkey" FOREIGN KEY ("speakerId") REFERENCES "Speaker"("id") ON DELETE CASCADE ON UPDATE CASCADE;

