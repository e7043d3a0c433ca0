import type { Metadata } from "next";
import Link from "next/link";
import type { ConferencePage } from "@/lib/server/queries/conference-page";
import { formatDayRange } from "@/lib/core/format/dates";
import { ProgrammeView } from "@/components/programme/programme-view";
import { WriteupCard } from "@/components/writeups/writeup-card";
import { Breadcrumbs } from "@/components/ui/breadcrumbs";
import { plural } from "@/components/ui/badges";
import { conferencePath } from "@/lib/paths";
import { pageMetadata } from "@/lib/page-metadata";
import { feedTitle } from "@/lib/core/feeds/feed-links";
import { SubscribeLinks } from "@/components/feeds/subscribe-links";

export function conferenceMetadata({ conference }: ConferencePage): Metadata {
  return pageMetadata({
    title: conference.name,
    description: `The programme of ${conference.name}${conference.location ? `, ${conference.location}` : ""}${conference.startsOn ? `, ${formatDayRange(conference.startsOn, conference.endsOn)}` : ""}, and the writeups that cover its talks.`,
    path: conferencePath(conference.slug),
    feed: { path: conferencePath(conference.slug), title: feedTitle({ kind: "conference", name: conference.name }) },
  });
}

/** A conference: its facts, its newest writeups, and the programme, optionally only the sessions nobody has covered yet. */
export function ConferenceView({ conference, talks, writeups, writeupTotal, uncoveredOnly }: ConferencePage & { uncoveredOnly: boolean }) {
  const uncovered = talks.filter((t) => t.coverage === 0);
  const shown = uncoveredOnly ? uncovered : talks;
  const base = conferencePath(conference.slug);
  return (
    <>
      <Breadcrumbs items={[{ href: "/conferences", label: "Conferences" }, { label: conference.name }]} />
      <header className="page-head">
        <h1>{conference.name}</h1>
        <p className="meta">
          {conference.startsOn && (
            <span>
              <time dateTime={conference.startsOn}>{formatDayRange(conference.startsOn, conference.endsOn)}</time>
            </span>
          )}
          {(conference.venue || conference.location) && <span>{[conference.venue, conference.location].filter(Boolean).join(", ")}</span>}
          {conference.url && (
            <span>
              <a href={conference.url} rel="nofollow noopener">
                Website
              </a>
            </span>
          )}
          <span>
            <a href={`${conferencePath(conference.slug)}/schedule.ics`} download>
              Add the programme to your calendar
            </a>
          </span>
        </p>
        {conference.description && <p className="lede">{conference.description}</p>}
        <SubscribeLinks path={conferencePath(conference.slug)} label={`writeups of ${conference.name}`} />
      </header>

      <section aria-labelledby="conference-writeups">
        <h2 id="conference-writeups">Writeups</h2>
        {writeups.length === 0 ? (
          <p className="empty">No writeups of {conference.name} yet. Were you there? Pick a session below that nobody has covered.</p>
        ) : (
          <ul className="grid-cards">
            {writeups.map((w) => (
              <li key={w.slug}>
                <WriteupCard writeup={w} headingLevel={3} />
              </li>
            ))}
          </ul>
        )}
        {writeupTotal > writeups.length && (
          <p>
            <Link href={`${base}/writeups`}>All {plural(writeupTotal, "writeup")} of {conference.name} →</Link>
          </p>
        )}
      </section>

      <section aria-labelledby="programme">
        <h2 id="programme">Programme</h2>
        <p className="meta">
          <span>{plural(talks.length, "session")}</span>
          <span>{talks.length - uncovered.length} covered</span>
        </p>
        <nav className="filters" aria-label="Filter the programme">
          <Link href={base} aria-current={!uncoveredOnly ? "true" : undefined}>
            All sessions
          </Link>
          <Link href={`${base}?filter=uncovered`} aria-current={uncoveredOnly ? "true" : undefined}>
            Not yet covered ({uncovered.length})
          </Link>
        </nav>
        {shown.length === 0 ? (
          <p className="empty">Every session has at least one writeup. Thank you, attendees!</p>
        ) : (
          <ProgrammeView conference={conference} talks={shown} />
        )}
      </section>
    </>
  );
}
