import type { Metadata } from "next";
import type { ConferenceWriteupsPage } from "@/lib/server/queries/conference-page";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { Pager } from "@/components/ui/pager";
import { plural } from "@/components/ui/badges";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";
import { conferencePath } from "@/lib/paths";
import { pageMetadata } from "@/lib/page-metadata";
import { feedTitle } from "@/lib/core/feeds/feed-links";

export function conferenceWriteupsMetadata(data: ConferenceWriteupsPage): Metadata {
  const path = `${conferencePath(data.conference.slug)}/writeups`;
  return pageMetadata({
    title: `Writeups of ${data.conference.name}${data.page > 1 ? ` (page ${data.page})` : ""}`,
    description: `${plural(data.total, "writeup")} of ${data.conference.name} on Hallway, newest first.`,
    path: data.page > 1 ? `${path}?page=${data.page}` : path,
    feed: { path: conferencePath(data.conference.slug), title: feedTitle({ kind: "conference", name: data.conference.name }) },
  });
}

/** Every writeup of one conference, newest first, a page at a time. */
export function ConferenceWriteupsView({ conference, items, total, page, pages }: ConferenceWriteupsPage) {
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
