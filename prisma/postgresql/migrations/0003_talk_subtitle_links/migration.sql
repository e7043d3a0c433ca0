-- AlterTable
ALTER TABLE "Talk" ADD COLUMN     "links" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "subtitle" TEXT;

