"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const SECTIONS = [
  { href: "/admin", label: "Overview" },
  { href: "/admin/writeups", label: "Writeups" },
  { href: "/admin/import", label: "Import a programme" },
  { href: "/admin/talks", label: "Talks" },
  { href: "/admin/speakers", label: "Merge speakers" },
  { href: "/admin/people", label: "People" },
];

/** The admin area's tabs; the current one is marked for screen readers too. */
export function AdminNav() {
  const path = usePathname();
  return (
    <nav className="admin-nav" aria-label="Admin">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.href}>
            <Link href={s.href} aria-current={path === s.href ? "page" : undefined}>
              {s.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
