/**
 * RateLimit rows: one fixed window per key, shared by every app server.
 */
import type { Db } from "@/lib/server/db";
import { isPrismaCode } from "./prisma-errors";

/** Deletes the key's window if it has ended (every key's when `key` is null). */
export async function deleteEndedWindows(db: Db, key: string | null, now: Date): Promise<void> {
  await db.rateLimit.deleteMany({ where: { ...(key === null ? {} : { key }), resetAt: { lte: now } } });
}

/**
 * Counts one hit: creates the key's window with count 1, or increments it.
 * Prisma runs this as the database's own INSERT … ON CONFLICT DO UPDATE, so two
 * servers hitting the same key at once both count.
 */
export async function countHit(db: Db, key: string, resetAt: Date): Promise<{ count: number; resetAt: Date }> {
  const upsert = () => db.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: { increment: 1 } } });
  try {
    return await upsert();
  } catch (error) {
    // If the database could not upsert natively, a simultaneous first hit may
    // win the insert; the row exists now, so the retry increments it.
    if (!isPrismaCode(error, "P2002")) throw error;
    return upsert();
  }
}
