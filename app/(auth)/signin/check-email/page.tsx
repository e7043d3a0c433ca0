import type { Metadata } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: "Check your email", robots: { index: false } };

export default function CheckEmailPage() {
  return (
    <div className="auth-panel">
      <header className="page-head">
        <p className="eyebrow">Almost there</p>
        <h1>Check your email</h1>
        <p className="lede">We sent you a link that signs you in to Hallway. Open it on this device.</p>
      </header>
      <div className="form-card">
        <p>The link works once and expires in an hour. If nothing arrives in a few minutes, look in your spam folder.</p>
        <p>
          <Link href="/signin">Use a different address</Link> or <Link href="/">go back to reading</Link>.
        </p>
      </div>
    </div>
  );
}
