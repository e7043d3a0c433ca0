/**
 * Hallway's one Auth.js (v5) instance: `{ handlers, auth, signIn, signOut }`,
 * as next.js's examples/auth shapes it. Everything server-side about sign-in
 * lives beside it in lib/server/auth/; the pure rules (roles, usernames, the
 * development sign-in rule, callback URLs, the magic-link email) are in
 * lib/core/auth/, where they are unit-tested without a server.
 *
 * - Sessions are rows in the database (several app servers share them), read
 *   through the adapter (adapter.ts); the cookie only carries the session's id.
 * - Sign-in requests are rate-limited here, for direct POSTs to the route, and
 *   in the server actions that call signIn() (they bypass the route).
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import { NextResponse, type NextRequest } from "next/server";
import { getDb } from "@/lib/server/db";
import { authEnv } from "@/lib/server/env";
import { clientIp } from "@/lib/server/services/rate-limit";
import { hallwayAdapter } from "./adapter";
import { providers, providerSummaries } from "./providers";
import { promoteConfiguredAdmin } from "./provision-user";
import { SESSION_COOKIE, SESSION_MAX_AGE_S } from "./session-cookie";
import { limitSignInAttempt } from "./sign-in-limits";

const env = authEnv();

// Auth.js builds its URLs (OAuth redirect URIs, magic links) from AUTH_URL,
// read at request time. Without it, it would trust the request's Host header,
// which the client controls. So it always gets our one site URL.
if (!env.authUrlSet) process.env.AUTH_URL = env.siteUrl.origin;

const db = getDb();

const config: NextAuthConfig = {
  adapter: hallwayAdapter(db, env),
  providers: providers(env),
  secret: env.secret,
  session: { strategy: "database", maxAge: SESSION_MAX_AGE_S, updateAge: 24 * 60 * 60 },
  useSecureCookies: env.secureCookies,
  cookies: { sessionToken: SESSION_COOKIE },
  pages: { signIn: "/signin", verifyRequest: "/signin/check-email", error: "/signin" },
  callbacks: {
    session({ session, user }) {
      session.user = { id: user.id, name: user.name, email: user.email, image: user.image, role: user.role, username: user.username } as typeof session.user;
      return session;
    },
  },
  events: {
    async signIn({ user }) {
      if (user.id) await promoteConfiguredAdmin(db, user.id, user.email, env.adminEmail);
    },
  },
};

const nextAuth = NextAuth(config);

export const { auth, signIn, signOut } = nextAuth;

/** The provider ids the sign-in page offers, in button order. */
export const signInProviders = providerSummaries(config.providers);

/**
 * The route handlers. POSTs that start a sign-in (/api/auth/signin/<provider>)
 * are rate-limited first; everything else, including next-auth's CSRF check
 * on every POST, is Auth.js's own.
 */
export const handlers = {
  GET: nextAuth.handlers.GET,
  async POST(req: NextRequest): Promise<Response> {
    const match = /\/signin\/([^/]+)\/?$/.exec(req.nextUrl.pathname);
    if (match) {
      const provider = decodeURIComponent(match[1]!);
      let email: string | undefined;
      if (provider === "email") {
        const value = (await req.clone().formData().catch(() => null))?.get("email");
        email = typeof value === "string" ? value : undefined;
      }
      const limited = await limitSignInAttempt(db, { ip: clientIp(req.headers), provider, email });
      if (limited) {
        const to = new URL("/signin", env.siteUrl);
        to.searchParams.set("error", "RateLimited");
        to.searchParams.set("retry", String(Math.ceil(limited.retryAfterMs / 60_000)));
        return NextResponse.redirect(to, 303);
      }
    }
    return nextAuth.handlers.POST(req);
  },
};
