/**
 * Fixed-window rate limits, stored in the RateLimit table so every app server
 * shares them. A hit is two statements, each atomic on SQLite and PostgreSQL:
 *   1. delete the key's row if its window has ended;
 *   2. upsert the row: create it with count 1 and a new window, or increment.
 * Prisma runs (2) as the database's own INSERT … ON CONFLICT DO UPDATE, so two
 * servers hitting the same key at once both count; a race between (1) and (2)
 * can only start a new window slightly early, never lose a hit.
 *
 * The sign-in limits live here too, so the server actions and the Auth.js route
 * handler apply the same ones.
 */
import type { Db } from "@/lib/server/db";

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

/** By shape: the SQLite and PostgreSQL clients each have their own error classes. */
function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && error.code === "P2002";
}

/** Counts one hit against `key` and says whether it is within the limit. */
export async function hitRateLimit(db: Db, key: string, { limit, windowMs }: Limit, now = new Date()): Promise<LimitResult> {
  await db.rateLimit.deleteMany({ where: { key, resetAt: { lte: now } } });
  const resetAt = new Date(now.getTime() + windowMs);
  let row: { count: number; resetAt: Date };
  try {
    row = await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: { increment: 1 } } });
  } catch (error) {
    // If the database could not upsert natively, a simultaneous first hit may
    // win the insert; the row exists now, so the retry increments it.
    if (!isUniqueViolation(error)) throw error;
    row = await db.rateLimit.upsert({ where: { key }, create: { key, count: 1, resetAt }, update: { count: { increment: 1 } } });
  }
  // Expired windows of other keys are swept now and then, not on every hit.
  if (Math.random() < 0.01) await db.rateLimit.deleteMany({ where: { resetAt: { lte: now } } });
  const allowed = row.count <= limit;
  return { allowed, count: row.count, resetAt: row.resetAt, retryAfterMs: allowed ? 0 : Math.max(0, row.resetAt.getTime() - now.getTime()) };
}

// ───────────────────────────── sign-in ─────────────────────────────
// Per-IP limits are generous: a whole conference can share one Wi-Fi address.

const MINUTE = 60_000;
export const SIGN_IN_LIMITS = {
  /** Any sign-in attempt (a provider button, an email, the development sign-in), per IP. */
  attemptsPerIp: { limit: 60, windowMs: 10 * MINUTE },
  /** Magic-link emails to one address. */
  emailsPerAddress: { limit: 5, windowMs: 15 * MINUTE },
  /** Magic-link emails requested from one IP, to any addresses. */
  emailsPerIp: { limit: 30, windowMs: 60 * MINUTE },
} satisfies Record<string, Limit>;

export interface SignInAttempt {
  ip: string;
  /** The provider id: "github", "oidc", "email" or "dev". */
  provider: string;
  /** The address a magic link would go to (provider "email" only). */
  email?: string;
}

/** Null when the attempt may go ahead; otherwise when to try again. */
export async function limitSignInAttempt(db: Db, attempt: SignInAttempt, now = new Date()): Promise<{ retryAfterMs: number } | null> {
  const checks: [string, Limit][] = [[`signin:ip:${attempt.ip}`, SIGN_IN_LIMITS.attemptsPerIp]];
  if (attempt.provider === "email") {
    checks.push([`magic-link:ip:${attempt.ip}`, SIGN_IN_LIMITS.emailsPerIp]);
    if (attempt.email) checks.push([`magic-link:email:${attempt.email.trim().toLowerCase()}`, SIGN_IN_LIMITS.emailsPerAddress]);
  }
  let retryAfterMs = 0;
  // Every check counts the hit, even after one has refused it, so that a
  // refused flood keeps each window closed.
  for (const [key, limit] of checks) {
    const result = await hitRateLimit(db, key, limit, now);
    if (!result.allowed) retryAfterMs = Math.max(retryAfterMs, result.retryAfterMs);
  }
  return retryAfterMs > 0 ? { retryAfterMs } : null;
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
