import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { getDb } from "@/lib/server/db";
import { listConferenceWriteups } from "@/lib/server/repositories/conferences";
import { parsePage } from "@/lib/validations/params";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pager } from "@/components/ui/pager";
import { plural } from "@/components/ui/badges";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { conferencePath } from "@/lib/paths";
import { pageMetadata } from "@/lib/page-metadata";
import { feedTitle } from "@/lib/core/feeds/feed-links";

type Props = { params: Promise<{ conference: string }>; searchParams: Promise<{ page?: string }> };

const load = cache((slug: string, page: number) => listConferenceWriteups(getDb(), slug, page));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const data = await load((await params).conference, parsePage((await searchParams).page));
  if (!data) return {};
  const path = `${conferencePath(data.conference.slug)}/writeups`;
  return pageMetadata({
    title: `Writeups of ${data.conference.name}${data.page > 1 ? ` (page ${data.page})` : ""}`,
    description: `${plural(data.total, "writeup")} of ${data.conference.name} on Hallway, newest first.`,
    path: data.page > 1 ? `${path}?page=${data.page}` : path,
    feed: { path: conferencePath(data.conference.slug), title: feedTitle({ kind: "conference", name: data.conference.name }) },
  });
}

export default async function ConferenceWriteupsPage({ params, searchParams }: Props) {
  const data = await load((await params).conference, parsePage((await searchParams).page));
  if (!data) notFound();
  const { conference, items, total, page, pages } = data;
  const base = conferencePath(conference.slug);
  return (
    <>
      <Breadcrumbs items={[{ href: "/conferences", label: "Conferences" }, { href: base, label: conference.name }, { label: "Writeups" }]} />
      <header className="page-head">
        <h1>Writeups of {conference.name}</h1>
        <p className="meta">{plural(total, "writeup")}, newest first</p>
        <SubscribeLinks path={base} label={`writeups of ${conference.name}`} />
      </header>
      {items.length === 0 ? (
        <p className="empty">No writeups of {conference.name} yet.</p>
      ) : (
        <ul className="stack">
          {items.map((w) => (
            <li key={w.slug}>
              <WriteupCard writeup={w} />
            </li>
          ))}
        </ul>
      )}
      <Pager base={`${base}/writeups`} page={page} pages={pages} />
    </>
  );
}
