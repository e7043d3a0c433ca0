import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { SpeakerView, speakerMetadata } from "@/components/speakers/speaker-view";
import { getDb } from "@/lib/server/db";
import { getSpeakerPage } from "@/lib/server/queries/speaker-page";
import { speakerPath } from "@/lib/paths";
import { parsePage } from "@/lib/validations/params";

type Props = { params: Promise<{ speaker: string }>; searchParams: Promise<{ page?: string }> };

/** A merged speaker's old URL moves permanently to the record it was merged into. */
async function load({ params, searchParams }: Props) {
  const found = await getSpeakerPage(getDb(), (await params).speaker, parsePage((await searchParams).page));
  if (found.kind === "moved") permanentRedirect(speakerPath(found.slug));
  if (found.kind === "missing") notFound();
  return found;
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return speakerMetadata(await load(props));
}

export default async function SpeakerPage(props: Props) {
  const data = await load(props);
  return <SpeakerView {...data} />;
}
