import Link from "next/link";
import { AccountNavClient, StudioNavClient } from "@/components/site-header-client";

const NAV = [
  { href: "/", label: "Writeups" },
  { href: "/conferences", label: "Conferences" },
  { href: "/speakers", label: "Speakers" },
  { href: "/search", label: "Search" },
];

// The same HTML for everyone, so that reader pages can be cached: the parts
// that depend on who is signed in are client islands that ask
// /api/auth/session after hydration. Without JavaScript everyone sees the
// sign-in link, which is what an anonymous reader needs.
export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="wordmark" aria-label="Hallway, home">
          Hallway<span aria-hidden="true">.</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
            <StudioNavClient />
          </ul>
        </nav>
        <div className="account-nav">
          <AccountNavClient />
        </div>
      </div>
    </header>
  );
}
