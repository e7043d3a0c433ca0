import type { ReactNode } from "react";

// Sign-in depends on the request (cookies, errors in the query, which methods
// are configured at runtime): never prerender it.
export const dynamic = "force-dynamic";

export default function AuthLayout({ children }: { children: ReactNode }) {
  return <div className="auth-shell">{children}</div>;
}
