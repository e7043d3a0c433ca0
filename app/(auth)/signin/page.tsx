import type { Metadata } from "next";
import Link from "next/link";
import { signInProviders } from "@/auth";
import { signInErrorMessage } from "@/components/auth/sign-in-messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { safeCallbackPath } from "@/lib/core/auth/callback-url";
import { devSignInAvailable, currentUser } from "@/lib/server/services/session";
import { signInWithEmail, signInWithProvider } from "@/lib/server/actions/sign-in";
import { devSignIn } from "@/lib/server/actions/dev-sign-in";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };


export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(firstParam(params.callbackUrl));
  const error = firstParam(params.error);
  const user = await currentUser();
  const buttons = signInProviders.filter((p) => p.type !== "email");
  const email = signInProviders.some((p) => p.type === "email");
  const dev = await devSignInAvailable();

  return (
    <div className="auth-panel">
      <header className="page-head">
        <p className="eyebrow">Your account</p>
        <h1>Sign in to Hallway</h1>
        <p className="lede">Reading needs no account. Sign in to write up the conferences you went to.</p>
      </header>

      {error && (
        <p className="notice notice-error" role="alert">
          {signInErrorMessage(error, { retry: firstParam(params.retry), email: firstParam(params.email) })}
        </p>
      )}

      {user && (
        <div className="notice">
          <p>
            You’re signed in as <strong>{user.name ?? user.email}</strong>. <Link href="/account">Your account</Link>
          </p>
          <SignOutButton />
        </div>
      )}

      {buttons.length > 0 && (
        <ul className="provider-list" aria-label="Sign-in methods">
          {buttons.map((p) => (
            <li key={p.id}>
              <form action={signInWithProvider}>
                <input type="hidden" name="provider" value={p.id} />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <button type="submit" className="button button-block">
                  Continue with {p.name}
                </button>
              </form>
            </li>
          ))}
        </ul>
      )}

      {email && (
        <form action={signInWithEmail} className="form-card" aria-labelledby="email-signin">
          <h2 id="email-signin">{buttons.length > 0 ? "Or sign in by email" : "Sign in by email"}</h2>
          <p className="hint">We’ll email you a link that signs you in. No password to remember.</p>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <div className="field">
            <label htmlFor="signin-email">Email address</label>
            <input id="signin-email" name="email" type="email" required autoComplete="email" inputMode="email" defaultValue={firstParam(params.email) ?? ""} />
          </div>
          <button type="submit" className="button">
            Email me a sign-in link
          </button>
        </form>
      )}

      {dev && (
        <section className="form-card dev-signin" aria-labelledby="dev-signin">
          <p className="eyebrow">For local development only</p>
          <h2 id="dev-signin">Development sign-in</h2>
          <p className="hint">
            No sign-in method is configured and this site runs on this computer, so you can sign in as anyone, without a password.
            It is never offered on a public address or with <code>HALLWAY_ENV=production</code>. Configure GitHub, OpenID Connect or
            email sign-in to turn it off (see the README, “Sign-in”).
          </p>
          <form action={devSignIn}>
            <input type="hidden" name="callbackUrl" value={callbackUrl} />
            <div className="field">
              <label htmlFor="dev-name">Display name</label>
              <input id="dev-name" name="name" required maxLength={80} autoComplete="name" defaultValue="Local Developer" />
            </div>
            <div className="field">
              <label htmlFor="dev-email">Email</label>
              <input id="dev-email" name="email" type="email" required autoComplete="email" defaultValue="dev@localhost.test" />
              <p className="hint">Signing in with an email that already has an account signs in as that person.</p>
            </div>
            <button type="submit" className="button button-dev">
              Sign in for development
            </button>
          </form>
        </section>
      )}

      {buttons.length === 0 && !email && !dev && (
        <p className="empty">
          Sign-in isn’t set up on this site yet. Whoever runs it can configure GitHub, OpenID Connect or email sign-in (see the README, “Sign-in”).
        </p>
      )}
    </div>
  );
}
