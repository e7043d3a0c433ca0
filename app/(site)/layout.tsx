import type { ReactNode } from "react";
import { SiteHeader } from "@/components/site-header";

// Reader pages are the same for everyone (the signed-in parts are client
// islands), so Next caches each rendered page (lib/server/cache/page-cache-handler.mjs)
// until a change marks one of its tags (lib/core/cache/page-tags.ts), on every
// instance within about a second. This lifetime only bounds a change that
// marks no tag. A page that reads searchParams (search) is rendered per request.
// A literal, because Next reads segment config statically: PAGE_REVALIDATE_S
// in lib/server/http/cache-policy.mjs, and a test checks that they agree.
export const revalidate = 600;

export default function SiteLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <SiteHeader />
      <main id="content">{children}</main>
    </>
  );
}
