-- Writeups whose stored HTML must be rendered again because something they link
-- changed (issue 14: derived content stays true). The flag is set in the same
-- transaction as the change; the re-render job clears it (lib/server/jobs).
-- AlterTable
ALTER TABLE "Writeup" ADD COLUMN     "renderStaleSince" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Writeup_renderStaleSince_id_idx" ON "Writeup"("renderStaleSince", "id");

