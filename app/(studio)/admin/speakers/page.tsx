import type { Metadata } from "next";
import { MergeSpeakersView } from "@/components/admin/merge-speakers-view";
import { mergeSpeakersAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getSpeakerMergeList } from "@/lib/server/queries/admin-lists";
import { adminListQuery } from "@/lib/validations/admin";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Merge speakers", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MergeSpeakersPage({ searchParams }: Props) {
  await requireRole("organizer", "/admin/speakers");
  const params = await searchParams;
  const { q } = adminListQuery(params);
  const { found, pairs } = await getSpeakerMergeList(getDb(), { q });
  return <MergeSpeakersView found={found} pairs={pairs} q={q} keep={firstParam(params.keep)} duplicate={firstParam(params.duplicate)} merge={mergeSpeakersAction} />;
}
