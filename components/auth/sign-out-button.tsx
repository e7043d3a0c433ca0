import { signOutAction } from "@/lib/server/auth/sign-in-actions";

/** Sign-out is a POST (a link could be triggered cross-site); a plain form, so it works without JavaScript. */
export function SignOutButton({ className = "link-button" }: { className?: string }) {
  return (
    <form action={signOutAction} className="inline-form">
      <button type="submit" className={className}>
        Sign out
      </button>
    </form>
  );
}
