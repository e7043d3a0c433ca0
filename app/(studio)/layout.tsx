import type { ReactNode } from "react";

// The studio is per user. Each page checks the session itself (requireUser),
// never this layout: layouts don't re-run on every navigation (STYLE.md).
export const dynamic = "force-dynamic";

export default function StudioLayout({ children }: { children: ReactNode }) {
  return children;
}
