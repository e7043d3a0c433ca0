import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";

// Navigation only: every admin page checks the role itself (requireRole), since
// layouts don't re-run on each navigation (STYLE.md).
export default function AdminLayout({ children }: { children: ReactNode }) {
  return (
    <div className="studio admin">
      <AdminNav />
      {children}
    </div>
  );
}
