import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminTalkView } from "@/components/admin/admin-talk-view";
import { addTalkAliasAction, changeTalkAliasAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getAdminTalk } from "@/lib/server/queries/admin-talks";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Talk", robots: { index: false } };

type Props = { params: Promise<{ talk: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AdminTalkPage({ params, searchParams }: Props) {
  const { talk: talkId } = await params;
  await requireRole("organizer", `/admin/talks/${encodeURIComponent(talkId)}`);
  const data = await getAdminTalk(getDb(), talkId.slice(0, 64));
  if (!data) notFound();
  const query = await searchParams;
  return <AdminTalkView data={data} done={query.done} error={query.error} phrase={firstParam(query.phrase)?.slice(0, 120)} add={addTalkAliasAction} change={changeTalkAliasAction} />;
}
