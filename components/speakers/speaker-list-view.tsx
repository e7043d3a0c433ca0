import Link from "next/link";
import type { SpeakerList } from "@/lib/server/queries/reader-lists";
import { speakerPath } from "@/lib/paths";
import { Pager } from "@/components/ui/pager";
import { plural } from "@/components/ui/badges";

/** Everyone who has spoken at a conference on Hallway, by name. */
export function SpeakerListView({ items: speakers, total, page, pages }: SpeakerList) {
  return (
    <>
      <header className="page-head">
        <h1>Speakers</h1>
        <p className="lede">Everyone who has spoken at a conference on Hallway. One page per person, across conferences.</p>
        <p className="meta">{plural(total, "speaker")}</p>
      </header>
      {speakers.length === 0 ? (
        <p className="empty">No speakers yet.</p>
      ) : (
        <ul className="speaker-list" aria-label="Speakers">
          {speakers.map((s) => (
            <li key={s.slug}>
              <Link href={speakerPath(s.slug)}>{s.name}</Link>
              {s.affiliation && <span className="aff"> · {s.affiliation}</span>}
            </li>
          ))}
        </ul>
      )}
      <Pager base="/speakers" page={page} pages={pages} />
    </>
  );
}
