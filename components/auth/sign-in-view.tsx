import Link from "next/link";
import { signInErrorMessage } from "@/components/auth/sign-in-messages";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { devSignIn } from "@/lib/server/auth/dev-sign-in-action";
import { signInWithEmail, signInWithProvider } from "@/lib/server/auth/sign-in-actions";
import { DEV_NAME_MAX } from "@/lib/validations/sign-in";

export interface SignInViewProps {
  /** Provider buttons (GitHub, OpenID Connect), in order. */
  buttons: { id: string; name: string }[];
  /** Whether email magic links are configured. */
  emailSignIn: boolean;
  /** Whether the development sign-in is offered to this request. */
  dev: boolean;
  user: { name?: string | null; email?: string | null } | null;
  callbackUrl: string;
  /** From the query: an error code, minutes to wait, and the email to fill in again. */
  error?: string;
  retry?: string;
  email?: string;
}

/** /signin: every configured way in, each a plain form that works without JavaScript. */
export function SignInView({ buttons, emailSignIn, dev, user, callbackUrl, error, retry, email }: SignInViewProps) {
  return (
    <div className="auth-panel">
      <header className="page-head">
        <p className="eyebrow">Your account</p>
        <h1>Sign in to Hallway</h1>
        <p className="lede">Reading needs no account. Sign in to write up the conferences you went to.</p>
      </header>

      {error && (
        <p className="notice notice-error" role="alert">
          {signInErrorMessage(error, { retry, email })}
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

      {emailSignIn && (
        <form action={signInWithEmail} className="form-card" aria-labelledby="email-signin">
          <h2 id="email-signin">{buttons.length > 0 ? "Or sign in by email" : "Sign in by email"}</h2>
          <p className="hint">We’ll email you a link that signs you in. No password to remember.</p>
          <input type="hidden" name="callbackUrl" value={callbackUrl} />
          <div className="field">
            <label htmlFor="signin-email">Email address</label>
            <input id="signin-email" name="email" type="email" required autoComplete="email" inputMode="email" defaultValue={email ?? ""} />
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
              <input id="dev-name" name="name" required maxLength={DEV_NAME_MAX} autoComplete="name" defaultValue="Local Developer" />
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

      {buttons.length === 0 && !emailSignIn && !dev && (
        <p className="empty">
          Sign-in isn’t set up on this site yet. Whoever runs it can configure GitHub, OpenID Connect or email sign-in (see the README, “Sign-in”).
        </p>
      )}
    </div>
  );
}
