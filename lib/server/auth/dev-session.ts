/**
 * The development sign-in's two server-side halves: whether this request may
 * use it, and the database session it creates.
 */
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { devSignInAllowed } from "@/lib/core/auth/dev-sign-in";
import type { Db } from "@/lib/server/db";
import { authEnv, providersConfigured } from "@/lib/server/env";
import { insertSession } from "@/lib/server/repositories/sessions";
import { SESSION_COOKIE, SESSION_MAX_AGE_S } from "./session-cookie";

/**
 * A database session exactly like the ones Auth.js creates (a random token in
 * the cookie, the row in Session), so the rest of the app can't tell them
 * apart and sign-out deletes it the same way.
 */
export async function createSessionFor(db: Db, userId: string): Promise<void> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  await insertSession(db, { sessionToken, userId, expires });
  (await cookies()).set(SESSION_COOKIE.name, sessionToken, { ...SESSION_COOKIE.options, expires });
}

/**
 * Whether this request may use the development sign-in: the rule in
 * lib/core/auth/dev-sign-in.ts, over this process's configuration and the
 * request's own host. Checked by the sign-in page and again by the action.
 */
export async function devSignInAvailable(): Promise<boolean> {
  const env = authEnv();
  const h = await headers();
  return devSignInAllowed({
    providersConfigured: providersConfigured(env),
    siteUrl: env.siteUrl.href,
    hallwayEnv: env.hallwayEnv,
    requestHosts: [h.get("host"), h.get("x-forwarded-host")],
  });
}
