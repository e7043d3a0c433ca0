import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ConferenceView, conferenceMetadata } from "@/components/conferences/conference-view";
import { getDb } from "@/lib/server/db";
import { getConferencePage } from "@/lib/server/queries/conference-page";

type Props = { params: Promise<{ conference: string }> };

// Rendered on a reader's first request, then cached (lib/server/cache/page-cache-handler.mjs):
// no page is built ahead, so a build needs no data.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await getConferencePage(getDb(), (await params).conference);
  return data ? conferenceMetadata(data) : {};
}

/** The programme; ./uncovered (where ?filter=uncovered is rewritten to) shows only the talks nobody wrote up. */
export async function renderConference({ params }: Props, uncoveredOnly: boolean) {
  const data = await getConferencePage(getDb(), (await params).conference);
  if (!data) notFound();
  return <ConferenceView {...data} uncoveredOnly={uncoveredOnly} />;
}

export default function ConferencePage(props: Props) {
  return renderConference(props, false);
}
