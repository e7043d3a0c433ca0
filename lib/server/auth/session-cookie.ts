/**
 * The session cookie, spelled out: httpOnly (no script reads it), SameSite=Lax
 * (not sent on cross-site POSTs), Secure whenever the site is https or
 * HALLWAY_ENV=production. Auth.js and the development sign-in set the same one.
 */
import { authEnv } from "@/lib/server/env";
import { sessionCookieName } from "@/lib/server/http/cache-policy";

const secure = authEnv().secureCookies;

export const SESSION_COOKIE = {
  name: sessionCookieName(secure),
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
};

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;
