import Link from "next/link";
import { AccountNavClient, StudioNavClient } from "@/components/site-header-client";
import type { Viewer } from "@/components/viewer/use-viewer";

const NAV = [
  { href: "/", label: "Writeups" },
  { href: "/conferences", label: "Conferences" },
  { href: "/speakers", label: "Speakers" },
  { href: "/search", label: "Search" },
];

/**
 * On reader pages (`viewer` not given) the HTML is the same for everyone, so
 * that Next can cache it: the parts that depend on who is signed in are client
 * islands that ask /api/viewer after hydration; without JavaScript they show
 * the sign-in link. Studio and sign-in pages are rendered per request and pass
 * the viewer, so their header is right without JavaScript too.
 */
export function SiteHeader({ viewer }: { viewer?: Viewer }) {
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
            <StudioNavClient known={viewer} />
          </ul>
        </nav>
        <div className="account-nav">
          <AccountNavClient known={viewer} />
        </div>
      </div>
    </header>
  );
}
