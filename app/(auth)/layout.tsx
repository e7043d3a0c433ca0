import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/server/auth/current-user";
import { viewerOf } from "@/lib/server/queries/viewer";

// Sign-in depends on the request (cookies, errors in the query, which methods
// are configured at runtime): never prerender it.
export const dynamic = "force-dynamic";

export default async function AuthLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader viewer={viewerOf(await currentUser())} />
      <main id="content">
        <div className="auth-shell">{children}</div>
      </main>
    </>
  );
}
