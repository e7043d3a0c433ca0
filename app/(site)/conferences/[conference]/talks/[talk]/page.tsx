import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TalkView, talkMetadata } from "@/components/talks/talk-view";
import { getDb } from "@/lib/server/db";
import { getTalkPage } from "@/lib/server/queries/talk-page";
import { parsePage } from "@/lib/validations/params";

type Props = { params: Promise<{ conference: string; talk: string }>; searchParams: Promise<{ page?: string }> };

async function load({ params, searchParams }: Props) {
  const { conference, talk } = await params;
  return getTalkPage(getDb(), conference, talk, parsePage((await searchParams).page));
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
