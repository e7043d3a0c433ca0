/**
 * Fixed-window rate limits, stored in the RateLimit table so every app server
 * shares them. A hit is two statements, each atomic on SQLite and PostgreSQL:
 *   1. delete the key's row if its window has ended;
 *   2. upsert the row: create it with count 1 and a new window, or increment.
 * A race between (1) and (2) can only start a new window slightly early,
 * never lose a hit. The sign-in limits are in lib/server/auth/sign-in-limits.ts.
 */
import type { Db } from "@/lib/server/db";
import { countHit, deleteEndedWindows } from "@/lib/server/repositories/rate-limits";

export interface Limit {
  /** Hits allowed per window. */
  limit: number;
  windowMs: number;
}

export interface LimitResult {
  allowed: boolean;
  count: number;
  resetAt: Date;
  /** Milliseconds until the window ends (0 when allowed). */
  retryAfterMs: number;
}

/** Counts one hit against `key` and says whether it is within the limit. */
export async function hitRateLimit(db: Db, key: string, { limit, windowMs }: Limit, now = new Date()): Promise<LimitResult> {
  await deleteEndedWindows(db, key, now);
  const row = await countHit(db, key, new Date(now.getTime() + windowMs));
  // Expired windows of other keys are swept now and then, not on every hit.
  if (Math.random() < 0.01) await deleteEndedWindows(db, null, now);
  const allowed = row.count <= limit;
  return { allowed, count: row.count, resetAt: row.resetAt, retryAfterMs: allowed ? 0 : Math.max(0, row.resetAt.getTime() - now.getTime()) };
}

/**
 * The client's address as our own proxy saw it. We take the last
 * X-Forwarded-For entry: a client can put anything at the front of the list,
 * but the entry the nearest proxy appended is the address it saw. Without a
 * proxy, Next.js sets the header from the socket.
 */
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((s) => s.trim()).filter(Boolean).pop();
  return last ?? headers.get("x-real-ip")?.trim() ?? "unknown";
}
