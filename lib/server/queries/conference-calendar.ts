/** A conference's programme as an iCalendar file, or null when there is no such conference. */
import { programmeIcs } from "@/lib/core/programme/programme-ics";
import type { Db } from "@/lib/server/db";
import { getConferenceCalendarTalks } from "@/lib/server/repositories/conferences";
import { conferencePath, talkPath } from "@/lib/paths";

export async function getConferenceCalendar(db: Db, slug: string, origin: string) {
  const data = await getConferenceCalendarTalks(db, slug);
  if (!data) return null;
  const { conference, talks } = data;
  const body = programmeIcs(
    { name: conference.name, url: `${origin}${conferencePath(conference.slug)}`, location: conference.location, venue: conference.venue },
    talks.map((t) => ({
      id: t.id,
      title: t.title,
      abstract: null,
      kind: t.kind,
      day: t.day,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      room: t.room,
      track: t.track,
      url: `${origin}${talkPath(conference.slug, t.slug)}`,
      speakers: t.speakers.map((s) => s.speaker.name),
      status: t.status,
    })),
    new URL(origin).host,
  );
  return { filename: `${conference.slug}.ics`, body };
}
