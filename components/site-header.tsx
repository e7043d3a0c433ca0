import Link from "next/link";

const NAV = [
  { href: "/", label: "Writeups" },
  { href: "/conferences", label: "Conferences" },
  { href: "/speakers", label: "Speakers" },
];

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
          </ul>
        </nav>
      </div>
    </header>
  );
}
