/**
 * Sign-in configuration from the environment, validated once with zod. A
 * mistake fails loudly with a message naming the variable ("AUTH_OIDC_SECRET is
 * required when AUTH_OIDC_ID is set"), rather than surfacing later as a broken
 * sign-in button. Every variable is documented in the README ("Sign-in").
 *
 * parseAuthEnv is pure over the object it is given (tests pass their own);
 * authEnv() reads process.env once per process.
 */
import { z } from "zod";

const optional = z
  .string()
  .transform((s) => s.trim())
  .optional()
  .transform((s) => (s ? s : undefined));

const httpUrl = (name: string) =>
  optional.refine((s) => {
    if (s === undefined) return true;
    try {
      return ["http:", "https:"].includes(new URL(s).protocol);
    } catch {
      return false;
    }
  }, `${name} must be an absolute http(s) URL`);

const schema = z
  .object({
    AUTH_SECRET: optional.refine((s) => s === undefined || s.length >= 32, "AUTH_SECRET must be at least 32 characters (try `openssl rand -base64 32`)"),
    AUTH_URL: httpUrl("AUTH_URL"),
    HALLWAY_URL: httpUrl("HALLWAY_URL"),
    PORT: optional.refine((s) => s === undefined || /^\d{1,5}$/.test(s), "PORT must be a port number"),
    AUTH_GITHUB_ID: optional,
    AUTH_GITHUB_SECRET: optional,
    AUTH_OIDC_ISSUER: httpUrl("AUTH_OIDC_ISSUER"),
    AUTH_OIDC_ID: optional,
    AUTH_OIDC_SECRET: optional,
    AUTH_OIDC_NAME: optional,
    AUTH_EMAIL_SERVER: optional.refine(
      (s) => s === undefined || /^smtps?:\/\/[^/\s]+/i.test(s),
      "AUTH_EMAIL_SERVER must be an SMTP URL such as smtp://user:pass@mail.example.com:587 or smtps://…:465",
    ),
    AUTH_EMAIL_FROM: optional,
    HALLWAY_ADMIN_EMAIL: optional.refine((s) => s === undefined || z.email().safeParse(s).success, "HALLWAY_ADMIN_EMAIL must be an email address"),
    // A typo such as "prod" must not quietly count as "not production" (which
    // would leave the development sign-in on), so only these values are accepted.
    HALLWAY_ENV: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim().toLowerCase() : v),
      z.enum(["development", "test", "production"], { error: 'HALLWAY_ENV must be "development", "test" or "production"' }).optional(),
    ),
  })
  .superRefine((env, ctx) => {
    const together = (names: (keyof typeof env)[], what: string) => {
      const set = names.filter((n) => env[n] !== undefined);
      if (set.length === 0 || set.length === names.length) return;
      for (const missing of names.filter((n) => env[n] === undefined)) {
        ctx.addIssue({ code: "custom", path: [missing], message: `${missing} is required when ${set.join(" and ")} ${set.length > 1 ? "are" : "is"} set (${what})` });
      }
    };
    together(["AUTH_GITHUB_ID", "AUTH_GITHUB_SECRET"], "GitHub sign-in");
    together(["AUTH_OIDC_ISSUER", "AUTH_OIDC_ID", "AUTH_OIDC_SECRET"], "OpenID Connect sign-in");
    if (env.AUTH_OIDC_NAME !== undefined && env.AUTH_OIDC_ID === undefined) {
      ctx.addIssue({ code: "custom", path: ["AUTH_OIDC_ID"], message: "AUTH_OIDC_ID is required when AUTH_OIDC_NAME is set (OpenID Connect sign-in)" });
    }
    together(["AUTH_EMAIL_SERVER", "AUTH_EMAIL_FROM"], "email sign-in");
  });

export interface AuthEnv {
  secret: string | undefined;
  /** The site's origin, for Auth.js and origin checks: AUTH_URL, else HALLWAY_URL, else http://localhost:PORT. */
  siteUrl: URL;
  /** Whether AUTH_URL was given (otherwise auth.ts passes siteUrl on to Auth.js). */
  authUrlSet: boolean;
  github: { clientId: string; clientSecret: string } | null;
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  email: { server: string; from: string } | null;
  adminEmail: string | null;
  hallwayEnv: "development" | "test" | "production" | undefined;
  /** Secure cookies when the site is served over https, and always when HALLWAY_ENV=production. */
  secureCookies: boolean;
}

export class AuthEnvError extends Error {
  constructor(readonly issues: string[]) {
    super(`Invalid sign-in configuration:\n${issues.map((i) => `  - ${i}`).join("\n")}\nSee README.md, "Sign-in".`);
    this.name = "AuthEnvError";
  }
}

export function parseAuthEnv(source: Record<string, string | undefined>): AuthEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    throw new AuthEnvError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? "");
        // Our messages name their variable already; zod's own (e.g. "expected string") get it prefixed.
        return issue.message.includes(name) ? issue.message : `${name}: ${issue.message}`;
      }),
    );
  }
  const env = parsed.data;
  const siteUrl = new URL(env.AUTH_URL ?? env.HALLWAY_URL ?? `http://localhost:${env.PORT ?? "3000"}`);
  return {
    secret: env.AUTH_SECRET,
    siteUrl,
    authUrlSet: env.AUTH_URL !== undefined,
    github: env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET ? { clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET } : null,
    oidc:
      env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET
        ? { issuer: env.AUTH_OIDC_ISSUER, clientId: env.AUTH_OIDC_ID, clientSecret: env.AUTH_OIDC_SECRET, name: env.AUTH_OIDC_NAME ?? "OpenID Connect" }
        : null,
    email: env.AUTH_EMAIL_SERVER && env.AUTH_EMAIL_FROM ? { server: env.AUTH_EMAIL_SERVER, from: env.AUTH_EMAIL_FROM } : null,
    adminEmail: env.HALLWAY_ADMIN_EMAIL?.toLowerCase() ?? null,
    hallwayEnv: env.HALLWAY_ENV,
    secureCookies: siteUrl.protocol === "https:" || env.HALLWAY_ENV === "production",
  };
}

/** Whether any real sign-in method is configured. */
export function providersConfigured(env: AuthEnv): boolean {
  return !!(env.github || env.oidc || env.email);
}

let cached: AuthEnv | undefined;

/** The process's sign-in configuration; throws AuthEnvError on the first call if it is invalid. */
export function authEnv(): AuthEnv {
  cached ??= parseAuthEnv(process.env);
  return cached;
}
