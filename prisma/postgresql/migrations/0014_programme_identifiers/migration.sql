-- AlterTable
ALTER TABLE "Conference" ADD COLUMN     "acronym" TEXT;

-- AlterTable
ALTER TABLE "Talk" ADD COLUMN     "sourceKeys" TEXT NOT NULL DEFAULT '[]';

