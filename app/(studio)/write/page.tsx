import type { Metadata } from "next";
import { CannotWrite, WriteStartView } from "@/components/studio/write-start-view";
import { hasRole } from "@/lib/core/auth/roles";
import { requireUser } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getWriteStart } from "@/lib/server/queries/studio-write";
import { startDraftAction } from "@/lib/server/actions/writeups";
import { firstParam } from "@/lib/validations/params";

export const metadata: Metadata = { title: "Write", robots: { index: false } };

type Props = { searchParams: Promise<{ conference?: string | string[]; error?: string | string[] }> };

export default async function WritePage({ searchParams }: Props) {
  const user = await requireUser("/write");
  if (!hasRole(user.role, "author")) return <CannotWrite />;
  const query = await searchParams;
  const start = await getWriteStart(getDb(), firstParam(query.conference));
  return <WriteStartView {...start} error={query.error} startDraft={startDraftAction} />;
}
