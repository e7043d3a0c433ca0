-- The read path (issue 14).
--
-- 1. The content version (0007) fed the production server's micro-cache
--    (scripts/response-cache.mjs), which is gone: Next caches reader pages
--    itself (lib/server/cache/page-cache-handler.mjs). Drop the counter, its
--    triggers.
-- 2. PageCacheTag: when each cache tag (writeup:<id>, talk:<id>, "writeups", …)
--    last changed, in milliseconds. A use case writes its tags in the same
--    transaction as its change; every app server reads the recent rows every
--    half second and drops the pages that carry them (lib/server/cache/page-cache.ts).
--    Catalog changes need no row: the CatalogVersion triggers (0008) already say so.
DROP TRIGGER IF EXISTS "content_conference_insert";
DROP TRIGGER IF EXISTS "content_conference_update";
DROP TRIGGER IF EXISTS "content_conference_delete";
DROP TRIGGER IF EXISTS "content_talk_insert";
DROP TRIGGER IF EXISTS "content_talk_update";
DROP TRIGGER IF EXISTS "content_talk_delete";
DROP TRIGGER IF EXISTS "content_speaker_insert";
DROP TRIGGER IF EXISTS "content_speaker_update";
DROP TRIGGER IF EXISTS "content_speaker_delete";
DROP TRIGGER IF EXISTS "content_talkspeaker_insert";
DROP TRIGGER IF EXISTS "content_talkspeaker_update";
DROP TRIGGER IF EXISTS "content_talkspeaker_delete";
DROP TRIGGER IF EXISTS "content_speakerslugredirect_insert";
DROP TRIGGER IF EXISTS "content_speakerslugredirect_update";
DROP TRIGGER IF EXISTS "content_speakerslugredirect_delete";
DROP TRIGGER IF EXISTS "content_writeupslugredirect_insert";
DROP TRIGGER IF EXISTS "content_writeupslugredirect_update";
DROP TRIGGER IF EXISTS "content_writeupslugredirect_delete";
DROP TRIGGER IF EXISTS "content_writeup_insert";
DROP TRIGGER IF EXISTS "content_writeup_update";
DROP TRIGGER IF EXISTS "content_writeup_delete";
DROP TRIGGER IF EXISTS "content_user_update";
DROP TABLE IF EXISTS "ContentVersion";

CREATE TABLE "PageCacheTag" ("tag" TEXT NOT NULL PRIMARY KEY, "revisedAt" INTEGER NOT NULL);
CREATE INDEX "PageCacheTag_revisedAt_idx" ON "PageCacheTag" ("revisedAt");
