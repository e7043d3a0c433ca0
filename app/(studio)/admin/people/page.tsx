import type { Metadata } from "next";
import { PeopleView } from "@/components/admin/people-view";
import { setRoleAction } from "@/lib/server/actions/admin";
import { requireRole } from "@/lib/server/auth/current-user";
import { getDb } from "@/lib/server/db";
import { getPeopleList } from "@/lib/server/queries/admin-lists";
import { adminListQuery } from "@/lib/validations/admin";

export const metadata: Metadata = { title: "People", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function PeoplePage({ searchParams }: Props) {
  const me = await requireRole("organizer", "/admin/people");
  const params = await searchParams;
  const query = adminListQuery(params);
  const list = await getPeopleList(getDb(), me, query);
  return <PeopleView me={me} list={list} {...query} done={params.done} error={params.error} setRole={setRoleAction} />;
}
