/**
 * The sign-in methods the environment configures (lib/server/env.ts): GitHub,
 * one OpenID Connect provider, email magic links over SMTP. With none of them
 * on a loopback, non-production site, the development sign-in is offered
 * instead (dev-sign-in-action.ts).
 */
import type { Provider } from "next-auth/providers";
import GitHub from "next-auth/providers/github";
import Nodemailer from "next-auth/providers/nodemailer";
import { createTransport } from "nodemailer";
import { magicLinkEmail } from "@/lib/core/auth/magic-link-email";
import type { AuthEnv } from "@/lib/server/env";

const MAGIC_LINK_MAX_AGE_S = 60 * 60;

export function providers(config: AuthEnv): Provider[] {
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

/** The provider ids the sign-in page offers, in button order. */
export function providerSummaries(list: Provider[]): { id: string; name: string; type: string }[] {
  return list.map((p) => {
    // A built-in provider keeps what we passed in `options` until Auth.js merges
    // it (as next-auth's own signIn() reads it): our id "email" is there.
    const provider = typeof p === "function" ? p() : p;
    const options = "options" in provider ? (provider.options as { id?: string; name?: string } | undefined) : undefined;
    return { id: options?.id ?? provider.id, name: options?.name ?? provider.name, type: provider.type };
  });
}
