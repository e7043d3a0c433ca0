import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { SpeakerView, speakerMetadata } from "@/components/speakers/speaker-view";
import { getDb } from "@/lib/server/db";
import { getSpeakerPage } from "@/lib/server/queries/speaker-page";
import { speakerPath } from "@/lib/paths";
import { parsePage } from "@/lib/validations/params";

// `n` is set on page/[n], where ?page=N is rewritten to (next.config.js).
type Props = { params: Promise<{ speaker: string; n?: string }> };

/** A merged speaker's old URL moves permanently to the record it was merged into. */
async function load({ params }: Props) {
  const { speaker, n } = await params;
  const found = await getSpeakerPage(getDb(), speaker, parsePage(n));
  if (found.kind === "moved") permanentRedirect(speakerPath(found.slug));
  if (found.kind === "missing") notFound();
  return found;
}

// Rendered on a reader's first request, then cached (lib/server/cache/page-cache-handler.mjs):
// no page is built ahead, so a build needs no data.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  return speakerMetadata(await load(props));
}

export default async function SpeakerPage(props: Props) {
  const data = await load(props);
  return <SpeakerView {...data} />;
}
