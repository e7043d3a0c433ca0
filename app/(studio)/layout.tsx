import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";
import { currentUser } from "@/lib/server/auth/current-user";
import { viewerOf } from "@/lib/server/queries/viewer";

// The studio is per user. Each page checks the session itself (requireUser),
// never this layout: layouts don't re-run on every navigation (STYLE.md). The
// header only shows who is signed in, rendered here so that it is right
// without JavaScript.
export const dynamic = "force-dynamic";

export default async function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader viewer={viewerOf(await currentUser())} />
      <main id="content">{children}</main>
    </>
  );
}
