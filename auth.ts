/**
 * Hallway's one auth module (Auth.js v5). The route handler re-exports
 * `handlers`; pages and services go through lib/server/services/session.ts.
 *
 * - Sign-in methods come from the environment (lib/server/env.ts): GitHub,
 *   one OpenID Connect provider, email magic links over SMTP. With none of them
 *   on a loopback, non-production site, the development sign-in is offered
 *   instead (lib/server/actions/dev-sign-in.ts).
 * - Sessions are rows in the database (several app servers share them), read
 *   through the Prisma adapter; the cookie only carries the session's id.
 * - Sign-in requests are rate-limited here, for direct POSTs to the route, and
 *   in the server actions that call signIn() (they bypass the route).
 */
import NextAuth, { type NextAuthConfig } from "next-auth";
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import { PrismaAdapter } from "@auth/prisma-adapter";
import { NextResponse, type NextRequest } from "next/server";
import { createTransport } from "nodemailer";
import { magicLinkEmail } from "@/lib/core/auth/magic-link-email";
import { getDb, type Db } from "@/lib/server/db";
import { authEnv, type AuthEnv } from "@/lib/server/env";
import { clientIp, limitSignInAttempt } from "@/lib/server/services/rate-limit";
import { createUserAccount, promoteConfiguredAdmin, type UserRecord } from "@/lib/server/services/users";

const env = authEnv();

// Auth.js builds its URLs (OAuth redirect URIs, magic links) from AUTH_URL,
// read at request time. Without it, it would trust the request's Host header,
// which the client controls. So it always gets our one site URL.
if (!env.authUrlSet) process.env.AUTH_URL = env.siteUrl.origin;

const MAGIC_LINK_MAX_AGE_S = 60 * 60;

/**
 * The session cookie, spelled out: httpOnly (no script reads it), SameSite=Lax
 * (not sent on cross-site POSTs), Secure whenever the site is https or
 * HALLWAY_ENV=production. The development sign-in sets the same cookie.
 */
export const SESSION_COOKIE = {
  name: `${env.secureCookies ? "__Secure-" : ""}authjs.session-token`,
  options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure: env.secureCookies },
};
export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

function toAdapterUser(user: UserRecord): AdapterUser {
  return { ...user, email: user.email ?? "" };
}

/**
 * The Prisma adapter with three changes: createUser assigns the username and
 * role (users.ts); and because our Prisma client omits Session.sessionToken by
 * default (db.ts), the session methods ask for it back — Auth.js sets the
 * cookie from the token that createSession returns.
 */
function hallwayAdapter(db: Db, config: AuthEnv): Adapter {
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  const withToken = { sessionToken: false } as const;
  return {
    ...base,
    async createUser(user) {
      const login = "username" in user && typeof user.username === "string" ? user.username : null;
      return toAdapterUser(await createUserAccount(db, { ...user, login }, { adminEmail: config.adminEmail }));
    },
    async createSession(data) {
      return (await db.session.create({ data, omit: withToken })) satisfies AdapterSession;
    },
    async updateSession({ sessionToken, ...data }) {
      return db.session.update({ where: { sessionToken }, data, omit: withToken });
    },
    async getSessionAndUser(sessionToken) {
      const row = await db.session.findUnique({ where: { sessionToken }, include: { user: true }, omit: withToken });
      if (!row) return null;
      const { user, ...session } = row;
      return { session, user: { ...user, email: user.email ?? "" } };
    },
  };
}

function providers(config: AuthEnv): Provider[] {
  const list: Provider[] = [];
  if (config.github) {
    list.push(
      GitHub({
        clientId: config.github.clientId,
        clientSecret: config.github.clientSecret,
        // The GitHub login makes a better first username than the display name.
        profile: (p) => ({ id: String(p.id), name: p.name ?? p.login, email: p.email, image: p.avatar_url, username: p.login }),
      }),
    );
  }
  if (config.oidc) {
    list.push({
      id: "oidc",
      name: config.oidc.name,
      type: "oidc",
      issuer: config.oidc.issuer,
      clientId: config.oidc.clientId,
      clientSecret: config.oidc.clientSecret,
      profile: (p) => ({
        id: String(p.sub),
        name: (p.name ?? p.preferred_username ?? null) as string | null,
        email: (p.email ?? null) as string | null,
        image: (p.picture ?? null) as string | null,
        username: (p.preferred_username ?? null) as string | null,
      }),
    });
  }
  if (config.email) {
    const { server, from } = config.email;
    list.push(
      Nodemailer({
        id: "email",
        name: "Email",
        // A URL string: nodemailer parses smtp(s)://user:pass@host:port itself.
        server,
        from,
        maxAge: MAGIC_LINK_MAX_AGE_S,
        async sendVerificationRequest({ identifier, url }) {
          const message = magicLinkEmail({ url, host: new URL(url).host, expiresInHours: MAGIC_LINK_MAX_AGE_S / 3600 });
          const result = await createTransport(server).sendMail({ to: identifier, from, ...message });
          const failed = [...(result.rejected ?? []), ...(result.pending ?? [])].filter(Boolean);
          if (failed.length) throw new Error(`The sign-in email to ${identifier} was not accepted`);
        },
      }),
    );
  }
  return list;
}

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
export const signInProviders = config.providers.map((p) => {
  // A built-in provider keeps what we passed in `options` until Auth.js merges
  // it (as next-auth's own signIn() reads it): our id "email" is there.
  const provider = typeof p === "function" ? p() : p;
  const options = "options" in provider ? (provider.options as { id?: string; name?: string } | undefined) : undefined;
  return { id: options?.id ?? provider.id, name: options?.name ?? provider.name, type: provider.type };
});

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
