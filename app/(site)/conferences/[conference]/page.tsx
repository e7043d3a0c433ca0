import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConferenceView, conferenceMetadata } from "@/components/conferences/conference-view";
import { getDb } from "@/lib/server/db";
import { getConferencePage } from "@/lib/server/queries/conference-page";

type Props = { params: Promise<{ conference: string }>; searchParams: Promise<{ filter?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getConferencePage(getDb(), (await params).conference);
  return data ? conferenceMetadata(data) : {};
}

export default async function ConferencePage({ params, searchParams }: Props) {
  const data = await getConferencePage(getDb(), (await params).conference);
  if (!data) notFound();
  return <ConferenceView {...data} uncoveredOnly={(await searchParams).filter === "uncovered"} />;
}
