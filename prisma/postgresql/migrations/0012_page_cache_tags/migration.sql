-- The read path (issue 14).
--
-- 1. The content version (0007) fed the production server's micro-cache
--    (scripts/response-cache.mjs), which is gone: Next caches reader pages
--    itself (lib/server/cache/page-cache-handler.mjs). Drop the counter, its
--    triggers and their function.
-- 2. PageCacheTag: when each cache tag (writeup:<id>, talk:<id>, "writeups", …)
--    last changed, in milliseconds. A use case writes its tags in the same
--    transaction as its change; every app server reads the recent rows every
--    half second and drops the pages that carry them (lib/server/cache/page-cache.ts).
--    Catalog changes need no row: the CatalogVersion triggers (0008) already say so.
DROP TRIGGER IF EXISTS "content_conference" ON "Conference";
DROP TRIGGER IF EXISTS "content_talk" ON "Talk";
DROP TRIGGER IF EXISTS "content_speaker" ON "Speaker";
DROP TRIGGER IF EXISTS "content_talkspeaker" ON "TalkSpeaker";
DROP TRIGGER IF EXISTS "content_speakerslugredirect" ON "SpeakerSlugRedirect";
DROP TRIGGER IF EXISTS "content_writeupslugredirect" ON "WriteupSlugRedirect";
DROP TRIGGER IF EXISTS "content_writeup_insert" ON "Writeup";
DROP TRIGGER IF EXISTS "content_writeup_update" ON "Writeup";
DROP TRIGGER IF EXISTS "content_writeup_delete" ON "Writeup";
DROP TRIGGER IF EXISTS "content_user_update" ON "User";
DROP FUNCTION IF EXISTS "hallway_bump_content_version"();
DROP TABLE IF EXISTS "ContentVersion";

CREATE TABLE "PageCacheTag" ("tag" TEXT NOT NULL PRIMARY KEY, "revisedAt" BIGINT NOT NULL);
CREATE INDEX "PageCacheTag_revisedAt_idx" ON "PageCacheTag" ("revisedAt");
