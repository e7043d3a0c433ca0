import Link from "next/link";
import type { ConferenceList } from "@/lib/server/queries/reader-lists";
import { formatDayRange } from "@/lib/core/format/dates";
import { plural } from "@/components/ui/badges";
import { conferencePath } from "@/lib/paths";
import { Pager } from "@/components/ui/pager";

/** Every conference on Hallway, newest first, with its session and writeup counts. */
export function ConferenceListView({ items: conferences, page, pages }: ConferenceList) {
  return (
    <>
      <header className="page-head">
        <h1>Conferences</h1>
        <p className="lede">Every programme on Hallway, with the writeups that cover its talks.</p>
      </header>
      {conferences.length === 0 ? (
        <p className="empty">No conferences yet. Organizers can import a programme.</p>
      ) : (
        <ul className="grid-cards" aria-label="Conferences">
          {conferences.map((c) => (
            <li key={c.slug} className="card">
              <h2>
                <Link href={conferencePath(c.slug)}>{c.name}</Link>
              </h2>
              <p className="meta">
                {c.startsOn && (
                  <span>
                    <time dateTime={c.startsOn}>{formatDayRange(c.startsOn, c.endsOn)}</time>
                  </span>
                )}
                {c.location && <span>{c.location}</span>}
              </p>
              <p className="meta">
                <span>{plural(c._count.talks, "session")}</span>
                <span>{plural(c.writeupCount, "writeup")}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pager base="/conferences" page={page} pages={pages} />
    </>
  );
}
