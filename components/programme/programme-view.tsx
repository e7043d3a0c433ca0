import Link from "next/link";
import type { ProgrammeTalkRow } from "@/lib/server/queries/conference-page";
import { groupProgramme, KIND_LABELS, type ProgrammeGroup } from "@/lib/core/programme/group-programme";
import { programmeGrid } from "@/lib/core/programme/programme-grid";
import { formatDay, formatTime } from "@/lib/core/format/dates";
import { Day } from "@/components/ui/time";
import { CoverageBadge, KindBadge } from "@/components/ui/badges";
import { speakerPath, talkPath } from "@/lib/paths";

type Conference = { slug: string; timezone: string | null };

/**
 * The programme, server-rendered and usable without JavaScript:
 * - days are sections with a day navigation; on a phone only the chosen day
 *   (the URL's #fragment, else the first) is shown, by CSS :target;
 * - a day with times and several rooms is a room × time grid on wide screens
 *   and a time-ordered list on narrow ones; other days are lists by track;
 * - with no days at all, sessions are grouped by kind.
 */
export function ProgrammeView({ conference, talks }: { conference: Conference; talks: ProgrammeTalkRow[] }) {
  const groups = groupProgramme(talks);
  const byDay = groups.length > 0 && groups[0]!.by === "day";
  return (
    <div className={byDay && groups.length > 1 ? "days" : undefined}>
      {byDay && groups.length > 1 && (
        <nav className="day-nav" aria-label="Days">
          <ul>
            {groups.map((g) => (
              <li key={g.key ?? "tba"}>
                <a href={`#day-${g.key ?? "tba"}`}>{g.key ? formatDay(g.key, "short") : "To be announced"}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {groups.map((group) => (
        <DaySection key={group.key ?? "tba"} group={group} conference={conference} />
      ))}
    </div>
  );
}

function DaySection({ group, conference }: { group: ProgrammeGroup<ProgrammeTalkRow>; conference: Conference }) {
  const id = `day-${group.key ?? "tba"}`;
  const all = group.tracks.flatMap((t) => t.talks);
  const grid = group.by === "day" ? programmeGrid(all, conference.timezone) : null;
  return (
    <section id={id} className="day" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        {group.by === "day" ? group.key ? <Day day={group.key} /> : "Date to be announced" : (KIND_LABELS[group.key ?? "other"]?.[1] ?? group.key)}
      </h2>
      {grid && (
        <div className="grid-scroll" role="region" aria-label="Sessions by room and time" tabIndex={0}>
          <div
            className="programme-grid"
            style={{ gridTemplateColumns: `4rem repeat(${grid.columns.length}, minmax(11rem, 1fr))`, gridTemplateRows: `auto repeat(${grid.rows}, minmax(0.55rem, auto))` }}
          >
            {grid.columns.map((c, i) => (
              <div key={c} className="grid-room" style={{ gridColumn: i + 2, gridRow: 1 }}>
                {c}
              </div>
            ))}
            {grid.hours.map((h) => (
              <div key={h.label} className="grid-hour" style={{ gridColumn: 1, gridRow: `${h.row} / span 12` }}>
                {h.label}
              </div>
            ))}
            {grid.cells.map((cell) => (
              <div key={cell.talk.id} className="grid-cell" style={{ gridColumn: cell.column, gridRow: `${cell.row} / span ${cell.span}` }}>
                <SessionCard talk={cell.talk} conference={conference} compact />
              </div>
            ))}
          </div>
        </div>
      )}
      <div className={grid ? "list-when-narrow" : undefined}>
        {group.tracks.map(({ track, talks }) => (
          <div key={track ?? "-"} className="track">
            {track && <h3>{track}</h3>}
            <ul className="sessions">
              {talks.map((talk) => (
                <li key={talk.id} className="session">
                  <div className="time">
                    {talk.startsAt && <time dateTime={talk.startsAt.toISOString()}>{formatTime(talk.startsAt, conference.timezone)}</time>}
                  </div>
                  <SessionCard talk={talk} conference={conference} showKind={group.by === "day"} />
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function SessionCard({ talk, conference, compact = false, showKind = true }: { talk: ProgrammeTalkRow; conference: Conference; compact?: boolean; showKind?: boolean }) {
  return (
    <div>
      <div className="title">
        <Link href={talkPath(conference.slug, talk.slug)}>{talk.title}</Link>
      </div>
      {talk.speakers.length > 0 && (
        <div className="who">
          {talk.speakers.map(({ speaker }, i) => (
            <span key={speaker.slug}>
              {i > 0 && ", "}
              {compact ? speaker.name : <Link href={speakerPath(speaker.slug)}>{speaker.name}</Link>}
            </span>
          ))}
        </div>
      )}
      <div className="tags">
        {showKind && !compact && <KindBadge kind={talk.kind} />}
        {!compact && talk.level && <span className="badge">{talk.level}</span>}
        {!compact && talk.room && <span className="badge">{talk.room}</span>}
        {talk.status === "withdrawn" && <span className="badge badge-withdrawn">Withdrawn</span>}
        <CoverageBadge count={talk.coverage} />
      </div>
    </div>
  );
}
