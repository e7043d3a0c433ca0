import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConferenceWriteupsView, conferenceWriteupsMetadata } from "@/components/conferences/conference-writeups-view";
import { getDb } from "@/lib/server/db";
import { getConferenceWriteupsPage } from "@/lib/server/queries/conference-page";
import { parsePage } from "@/lib/validations/params";

// `n` is set on page/[n], where ?page=N is rewritten to (next.config.js).
type Props = { params: Promise<{ conference: string; n?: string }> };

async function load({ params }: Props) {
  const { conference, n } = await params;
  return getConferenceWriteupsPage(getDb(), conference, parsePage(n));
}

// Rendered on a reader's first request, then cached (lib/server/cache/page-cache-handler.mjs):
// no page is built ahead, so a build needs no data.
export function generateStaticParams() {
  return [];
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
