"use client";
/**
 * The signed-in parts of the site header: the studio links and the account
 * menu. The server renders the anonymous version (a sign-in link) into every
 * cached page, so it works without JavaScript; after hydration the viewer
 * (components/viewer/use-viewer.ts) swaps in the signed-in version.
 */
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { useViewer, type Viewer } from "@/components/viewer/use-viewer";
import { hasRole } from "@/lib/core/auth/roles";

// Signed-in writers also get these; they wrap onto the nav's next line on a phone.
const STUDIO_NAV = [
  { href: "/write", label: "Write" },
  { href: "/dashboard", label: "Your writeups" },
];
const ADMIN_NAV = [{ href: "/admin", label: "Admin" }];

/** `known`: the viewer, when the server rendered this page for them (the studio). */
export function StudioNavClient({ known }: { known?: Viewer }) {
  const { user } = useViewer(known);
  if (!user) return null;
  const items = [
    ...(hasRole(user.role, "author") ? STUDIO_NAV : []),
    ...(hasRole(user.role, "organizer") ? ADMIN_NAV : []),
  ];
  return items.map((item) => (
    <li key={item.href}>
      <Link href={item.href}>{item.label}</Link>
    </li>
  ));
}

export function AccountNavClient({ known }: { known?: Viewer }) {
  const { user } = useViewer(known);
  if (!user) {
    return (
      <Link href="/signin" className="account-link">
        Sign in
      </Link>
    );
  }
  return (
    <>
      <Link href="/account" className="account-link" title="Your account">
        {user.name || user.username || user.email || "Your account"}
      </Link>
      <SignOutButton />
    </>
  );
}
