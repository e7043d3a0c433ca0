/**
 * Who is signed in, for pages, actions and services. Authorization is checked
 * here and in each page.tsx, never only in a layout or the proxy (STYLE.md).
 *
 * - currentUser(): the signed-in user or null (memoised per request).
 * - requireUser(): the user, or a redirect to /signin that comes back here.
 * - requireRole(role): the user if their role carries `role`; signed-in users
 *   without it get a 404, so admin pages don't advertise themselves.
 */
import { randomBytes } from "node:crypto";
import { cookies, headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Session } from "next-auth";
import { auth, SESSION_COOKIE, SESSION_MAX_AGE_S } from "@/auth";
import { hasRole, type Role } from "@/lib/core/auth/roles";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";
import { devSignInAllowed } from "@/lib/core/auth/dev-sign-in";
import type { Db } from "@/lib/server/db";
import { authEnv, providersConfigured } from "@/lib/server/env";

export type CurrentUser = Session["user"];

export const currentUser = cache(async (): Promise<CurrentUser | null> => {
  // Most requests are anonymous readers: without a session cookie there is
  // nothing to look up, so skip the database.
  if (!(await cookies()).has(SESSION_COOKIE.name)) return null;
  const session = await auth();
  return session?.user?.id ? session.user : null;
});

export function signInPath(returnTo?: string): string {
  const back = safeCallbackPath(returnTo, "");
  return back && back !== "/" ? `/signin?callbackUrl=${encodeURIComponent(back)}` : "/signin";
}

export async function requireUser(returnTo?: string): Promise<CurrentUser> {
  const user = await currentUser();
  if (!user) redirect(signInPath(returnTo));
  return user;
}

export async function requireRole(role: Role, returnTo?: string): Promise<CurrentUser> {
  const user = await requireUser(returnTo);
  if (!hasRole(user.role, role)) notFound();
  return user;
}

/**
 * A database session for the development sign-in, exactly like the ones
 * Auth.js creates (a random token in the cookie, the row in Session), so the
 * rest of the app can't tell them apart and sign-out deletes it the same way.
 */
export async function createSessionFor(db: Db, userId: string): Promise<void> {
  const sessionToken = randomBytes(32).toString("hex");
  const expires = new Date(Date.now() + SESSION_MAX_AGE_S * 1000);
  await db.session.create({ data: { sessionToken, userId, expires } });
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
