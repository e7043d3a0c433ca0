import type { Metadata } from "next";
import { AdminHomeView } from "@/components/admin/admin-home-view";
import { requireRole } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getAdminHome } from "@/lib/server/queries/admin-home";

export const metadata: Metadata = { title: "Admin", robots: { index: false } };

export default async function AdminPage() {
  const user = await requireRole("organizer", "/admin");
  const { counts } = await getAdminHome(getDb());
  return <AdminHomeView counts={counts} isAdmin={user.role === "admin"} />;
}
