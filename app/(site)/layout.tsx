import type { ReactNode } from "react";

// Reader pages show what was published a moment ago: render them per request
// from stored HTML (nothing is re-rendered from markdown here).
export const dynamic = "force-dynamic";

export default function SiteLayout({ children }: { children: ReactNode }) {
  return children;
}
