import type { Metadata } from "next";
import { SpeakerListView } from "@/components/speakers/speaker-list-view";
import { getDb } from "@/lib/server/db";
import { pageMetadata } from "@/lib/page-metadata";
import { getSpeakerList } from "@/lib/server/queries/reader-lists";
import { parsePage } from "@/lib/validations/params";

export const metadata: Metadata = pageMetadata({ title: "Speakers", description: "Everyone who has spoken at a conference on Hallway: one page per person, across conferences.", path: "/speakers" });

export default async function SpeakersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const data = await getSpeakerList(getDb(), parsePage((await searchParams).page));
  return <SpeakerListView {...data} />;
}
