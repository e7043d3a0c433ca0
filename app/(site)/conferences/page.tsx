import type { Metadata } from "next";
import { ConferenceListView } from "@/components/conferences/conference-list-view";
import { getDb } from "@/lib/server/db";
import { pageMetadata } from "@/lib/page-metadata";
import { getConferenceList } from "@/lib/server/queries/reader-lists";
import { parsePage } from "@/lib/validations/params";

export const metadata: Metadata = pageMetadata({ title: "Conferences", description: "Every conference programme on Hallway, with the writeups that cover its talks.", path: "/conferences" });

export default async function ConferencesPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const data = await getConferenceList(getDb(), parsePage((await searchParams).page));
  return <ConferenceListView {...data} />;
}
