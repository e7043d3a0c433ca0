import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { hasRole } from "@/lib/core/auth/roles";
import { currentUser } from "@/lib/server/auth/current-user";

const NAV = [
  { href: "/", label: "Writeups" },
  { href: "/conferences", label: "Conferences" },
  { href: "/speakers", label: "Speakers" },
  { href: "/search", label: "Search" },
];

// Signed-in writers also get these; they wrap onto the nav's next line on a phone.
const STUDIO_NAV = [
  { href: "/write", label: "Write" },
  { href: "/dashboard", label: "Your writeups" },
];
const ADMIN_NAV = [{ href: "/admin", label: "Admin" }];

// A server component: it reads the session cookie on the server, and the
// sign-out button is a plain form, so the header needs no JavaScript.
export async function SiteHeader() {
  const user = await currentUser();
  return (
    <header className="site-header">
      <div className="inner">
        <Link href="/" className="wordmark" aria-label="Hallway, home">
          Hallway<span aria-hidden="true">.</span>
        </Link>
        <nav className="site-nav" aria-label="Main">
          <ul>
            {[...NAV, ...(user && hasRole(user.role, "author") ? STUDIO_NAV : []), ...(user && hasRole(user.role, "organizer") ? ADMIN_NAV : [])].map((item) => (
              <li key={item.href}>
                <Link href={item.href}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account-nav">
          {user ? (
            <>
              <Link href="/account" className="account-link" title="Your account">
                {user.name || user.username || user.email || "Your account"}
              </Link>
              <SignOutButton />
            </>
          ) : (
            <Link href="/signin" className="account-link">
              Sign in
            </Link>
          )}
        </div>
      </div>
    </header>
  );
}
