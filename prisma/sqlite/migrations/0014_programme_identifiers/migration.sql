-- Programme identifiers (issue 15): the conference's short name and each
-- talk's other ids in its programme. Written by hand: SQLite adds these
-- columns in place, and the redefine-table script Prisma writes would drop
-- the search triggers on Conference and Talk (0005, 0008).
ALTER TABLE "Conference" ADD COLUMN "acronym" TEXT;
ALTER TABLE "Talk" ADD COLUMN "sourceKeys" TEXT NOT NULL DEFAULT '[]';
