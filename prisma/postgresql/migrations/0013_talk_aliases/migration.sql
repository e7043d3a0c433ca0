-- CreateTable
CREATE TABLE "TalkAlias" (
    "id" TEXT NOT NULL,
    "talkId" TEXT NOT NULL,
    "phrase" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "negative" BOOLEAN NOT NULL DEFAULT false,
    "source" TEXT NOT NULL,
    "authorIds" TEXT NOT NULL DEFAULT '[]',
    "userId" TEXT,
    "writeupId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TalkAlias_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TalkAlias_talkId_normalized_key" ON "TalkAlias"("talkId", "normalized");

-- AddForeignKey
ALTER TABLE "TalkAlias" ADD CONSTRAINT "TalkAlias_talkId_fkey" FOREIGN KEY ("talkId") REFERENCES "Talk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkAlias" ADD CONSTRAINT "TalkAlias_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TalkAlias" ADD CONSTRAINT "TalkAlias_writeupId_fkey" FOREIGN KEY ("writeupId") REFERENCES "Writeup"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: aliases are part of what mention detection reads, so a change
-- to one moves CatalogVersion (0008) like a talk change does, and every app
-- server rebuilds its mention index at its next save.
CREATE TRIGGER "catalog_talkalias" AFTER INSERT OR UPDATE OR DELETE ON "TalkAlias" FOR EACH STATEMENT EXECUTE FUNCTION "hallway_bump_catalog_version"();
