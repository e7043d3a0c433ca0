-- Moves on every change to what is stored for a writeup (a save, a link decision, a re-render),
-- so a change derived from an older state is never written over a newer one.
ALTER TABLE "Writeup" ADD COLUMN "revision" INTEGER NOT NULL DEFAULT 0;
