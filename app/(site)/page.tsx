import { getDb } from "@/lib/server/db";
import { listPublishedWriteups } from "@/lib/server/repositories/writeups";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { Pager } from "@/components/ui/pager";
import { parsePage } from "@/lib/validations/params";
import { pageMetadata } from "@/lib/page-metadata";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";

export const metadata = pageMetadata({
  title: "Hallway — conference trip reports, linked to every talk",
  description: "Attendees write up the conferences they went to, talk by talk. Every talk and speaker they mention links to its page, where you find every other writeup of it.",
  path: "/",
});

export default async function HomePage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const page = parsePage((await searchParams).page);
  const { items, pages } = await listPublishedWriteups(getDb(), page);
  return (
    <>
      <header className="page-head">
        <p className="eyebrow">Conference trip reports</p>
        <h1>The latest writeups</h1>
        <p className="lede">
          Attendees write up the conferences they went to, talk by talk. Every talk and speaker they mention links to its page,
          where you find every other writeup of it.
        </p>
        <SubscribeLinks path="" label="the latest writeups" />
      </header>
      {items.length === 0 ? (
        <p className="empty">No writeups yet. Be the first to write up a conference you went to.</p>
      ) : (
        <ul className="stack" aria-label="Writeups">
          {items.map((w) => (
            <li key={w.slug}>
              <WriteupCard writeup={w} />
            </li>
          ))}
        </ul>
      )}
      <Pager base="/" page={page} pages={pages} />
    </>
  );
}
