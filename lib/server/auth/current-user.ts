/**
 * Who is signed in, for pages, actions and services. Authorization is checked
 * here and in each page.tsx, never only in a layout or the proxy (STYLE.md).
 *
 * - currentUser(): the signed-in user or null (memoised per request).
 * - requireUser(): the user, or a redirect to /signin that comes back here.
 * - requireRole(role): the user if their role carries `role`; signed-in users
 *   without it get a 404, so admin pages don't advertise themselves.
 */
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import type { Session } from "next-auth";
import { hasRole, type Role } from "@/lib/core/auth/roles";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";
import { auth } from "./auth";
import { SESSION_COOKIE } from "./session-cookie";

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
