import type { Metadata } from "next";
import { ModerationView } from "@/components/admin/moderation-view";
import { moderateWriteupAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getModerationList } from "@/lib/server/queries/admin-lists";
import { TRASH_DAYS } from "@/lib/server/services/writeup-lifecycle";
import { adminListQuery } from "@/lib/validations/admin";

export const metadata: Metadata = { title: "Moderate writeups", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ModerateWriteupsPage({ searchParams }: Props) {
  await requireRole("organizer", "/admin/writeups");
  const params = await searchParams;
  const query = adminListQuery(params);
  const list = await getModerationList(getDb(), query);
  return <ModerationView list={list} {...query} done={params.done} error={params.error} id={params.id} trashDays={TRASH_DAYS} moderate={moderateWriteupAction} />;
}
