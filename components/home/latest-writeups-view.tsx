import type { LatestWriteups } from "@/lib/server/queries/reader-lists";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { Pager } from "@/components/ui/pager";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";

/** The home page: what Hallway is, and the latest writeups a page at a time. */
export function LatestWriteupsView({ items, page, pages }: LatestWriteups) {
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
