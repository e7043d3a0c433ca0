/**
 * The sign-in rate limits, in one place so the server actions and the Auth.js
 * route handler apply the same ones. Per-IP limits are generous: a whole
 * conference can share one Wi-Fi address.
 */
import type { Db } from "@/lib/server/db";
import { hitRateLimit, type Limit } from "@/lib/server/services/rate-limit";

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
