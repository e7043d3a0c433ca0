import type { Metadata } from "next";
import { AdminTalksView } from "@/components/admin/admin-talks-view";
import { requireRole } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getAdminTalkList } from "@/lib/server/queries/admin-talks";
import { adminListQuery } from "@/lib/validations/admin";

export const metadata: Metadata = { title: "Talks", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminTalksPage({ searchParams }: Props) {
  await requireRole("organizer", "/admin/talks");
  const { q } = adminListQuery(await searchParams);
  return <AdminTalksView q={q} list={await getAdminTalkList(getDb(), q)} />;
}
