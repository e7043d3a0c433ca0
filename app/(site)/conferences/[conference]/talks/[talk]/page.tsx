import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TalkView, talkMetadata } from "@/components/talks/talk-view";
import { getDb } from "@/lib/server/db";
import { getTalkPage } from "@/lib/server/queries/talk-page";
import { parsePage } from "@/lib/validations/params";

// `n` is set on page/[n], where ?page=N is rewritten to (next.config.js).
type Props = { params: Promise<{ conference: string; talk: string; n?: string }> };

async function load({ params }: Props) {
  const { conference, talk, n } = await params;
  return getTalkPage(getDb(), conference, talk, parsePage(n));
}

// Rendered on a reader's first request, then cached (lib/server/cache/page-cache-handler.mjs):
// no page is built ahead, so a build needs no data.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const data = await load(props);
  return data ? talkMetadata(data) : {};
}

export default async function TalkPage(props: Props) {
  const data = await load(props);
  if (!data) notFound();
  return <TalkView {...data} />;
}
