import type { Metadata } from "next";
import { DashboardView } from "@/components/studio/dashboard-view";
import { requireUser } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getDashboard } from "@/lib/server/queries/studio-dashboard";
import { TRASH_DAYS } from "@/lib/server/services/writeup-lifecycle";
import { publishWriteupAction, restoreWriteupAction, trashWriteupAction, unpublishWriteupAction } from "@/lib/server/actions/writeups";

export const metadata: Metadata = { title: "Your writeups", robots: { index: false } };

type Props = { searchParams: Promise<{ done?: string | string[]; error?: string | string[]; id?: string | string[] }> };

const actions = { publish: publishWriteupAction, unpublish: unpublishWriteupAction, trash: trashWriteupAction, restore: restoreWriteupAction };

export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser("/dashboard");
  const query = await searchParams;
  const writeups = await getDashboard(getDb(), user.id);
  return <DashboardView {...writeups} done={query.done} error={query.error} id={query.id} trashDays={TRASH_DAYS} actions={actions} />;
}
