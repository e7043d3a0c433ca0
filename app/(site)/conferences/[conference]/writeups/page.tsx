import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConferenceWriteupsView, conferenceWriteupsMetadata } from "@/components/conferences/conference-writeups-view";
import { getDb } from "@/lib/server/db";
import { getConferenceWriteupsPage } from "@/lib/server/queries/conference-page";
import { parsePage } from "@/lib/validations/params";

type Props = { params: Promise<{ conference: string }>; searchParams: Promise<{ page?: string }> };

async function load({ params, searchParams }: Props) {
  return getConferenceWriteupsPage(getDb(), (await params).conference, parsePage((await searchParams).page));
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  return data ? conferenceWriteupsMetadata(data) : {};
}

export default async function ConferenceWriteupsPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  return <ConferenceWriteupsView {...data} />;
}
