/**
 * Cross-site request forgery, for server actions. Next.js already refuses an
 * action whose Origin names another host; we also refuse one with no Origin at
 * all (every browser sends it on POST), so the rule doesn't depend on framework
 * defaults. Auth.js's route handlers have their own CSRF token instead.
 */
import { headers } from "next/headers";
import { authEnv } from "@/lib/server/env";

export class CrossSiteRequestError extends Error {
  constructor(origin: string | null) {
    super(`Refused a cross-site request (Origin: ${origin ?? "none"})`);
    this.name = "CrossSiteRequestError";
  }
}

export function isSameOrigin(h: Headers, siteOrigin: string): boolean {
  const origin = h.get("origin");
  if (!origin) return false;
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return false;
  }
  if (origin === siteOrigin) return true;
  const host = (h.get("x-forwarded-host") ?? h.get("host"))?.split(",")[0]?.trim();
  return !!host && originHost === host;
}

export async function assertSameOrigin(): Promise<void> {
  const h = await headers();
  if (!isSameOrigin(h, authEnv().siteUrl.origin)) throw new CrossSiteRequestError(h.get("origin"));
}
