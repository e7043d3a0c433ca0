-- DropIndex
DROP INDEX "Writeup_status_publishedAt_idx";

-- DropIndex
DROP INDEX "WriteupConference_conferenceId_idx";

-- DropIndex
DROP INDEX "Mention_talkId_idx";

-- DropIndex
DROP INDEX "Mention_speakerId_idx";

-- CreateIndex
CREATE INDEX "Writeup_status_deletedAt_publishedAt_id_idx" ON "Writeup"("status", "deletedAt", "publishedAt", "id");

-- CreateIndex
CREATE INDEX "Writeup_id_status_deletedAt_publishedAt_updatedAt_slug_idx" ON "Writeup"("id", "status", "deletedAt", "publishedAt", "updatedAt", "slug");

-- CreateIndex
CREATE INDEX "Writeup_updatedAt_idx" ON "Writeup"("updatedAt");

-- CreateIndex
CREATE INDEX "WriteupConference_conferenceId_writeupId_idx" ON "WriteupConference"("conferenceId", "writeupId");

-- CreateIndex
CREATE INDEX "Mention_talkId_writeupId_source_idx" ON "Mention"("talkId", "writeupId", "source");

-- CreateIndex
CREATE INDEX "Mention_speakerId_writeupId_source_idx" ON "Mention"("speakerId", "writeupId", "source");

