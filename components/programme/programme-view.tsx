import Link from "next/link";
import type { ProgrammeTalkRow } from "@/lib/server/repositories/conferences";
import { groupProgramme, KIND_LABELS } from "@/lib/core/programme/group-programme";
import { formatTime } from "@/lib/core/format/dates";
import { Day } from "@/components/ui/time";
import { CoverageBadge, KindBadge } from "@/components/ui/badges";
import { speakerPath, talkPath } from "@/lib/paths";

/** The programme as a readable list: day → track → session, or by kind when no days are known. */
export function ProgrammeView({ conference, talks }: { conference: { slug: string; timezone: string | null }; talks: ProgrammeTalkRow[] }) {
  const groups = groupProgramme(talks);
  return (
    <>
      {groups.map((group) => {
        const id = `day-${group.key ?? "tba"}`;
        return (
          <section key={id} className="day" aria-labelledby={id}>
            <h2 id={id}>
              {group.by === "day" ? group.key ? <Day day={group.key} /> : "Date to be announced" : (KIND_LABELS[group.key ?? "other"]?.[1] ?? group.key)}
            </h2>
            {group.tracks.map(({ track, talks: list }) => (
              <div key={track ?? "-"} className="track">
                {track && <h3>{track}</h3>}
                <ul className="sessions">
                  {list.map((talk) => (
                    <li key={talk.id} className="session">
                      <div className="time">
                        {talk.startsAt && <time dateTime={talk.startsAt.toISOString()}>{formatTime(talk.startsAt, conference.timezone)}</time>}
                      </div>
                      <div>
                        <div className="title">
                          <Link href={talkPath(conference.slug, talk.slug)}>{talk.title}</Link>
                        </div>
                        {talk.speakers.length > 0 && (
                          <div className="who">
                            {talk.speakers.map(({ speaker }, i) => (
                              <span key={speaker.slug}>
                                {i > 0 && ", "}
                                <Link href={speakerPath(speaker.slug)}>{speaker.name}</Link>
                              </span>
                            ))}
                          </div>
                        )}
                        <div className="tags">
                          {group.by === "day" && <KindBadge kind={talk.kind} />}
                          {talk.level && <span className="badge">{talk.level}</span>}
                          {talk.room && <span className="badge">{talk.room}</span>}
                          {talk.status === "withdrawn" && <span className="badge badge-withdrawn">Withdrawn</span>}
                          <CoverageBadge count={talk.coverage} />
                        </div>
                      </div>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}
