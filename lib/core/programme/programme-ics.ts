/**
 * A conference's programme as an iCalendar file that calendar apps import:
 * one VEVENT per session, with a UID that stays the same across downloads (so
 * re-importing updates events instead of duplicating them), times in UTC
 * (unambiguous in every app), all-day events for sessions known only by day,
 * and the session's page as URL. Sessions with no day are left out.
 */
import ical, { ICalCalendarMethod } from "ical-generator";

export interface IcsTalk {
  id: string;
  title: string;
  abstract: string | null;
  kind: string;
  day: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  room: string | null;
  track: string | null;
  url: string;
  speakers: string[];
  status: string;
}

export function programmeIcs(conference: { name: string; url: string; location: string | null; venue: string | null }, talks: IcsTalk[], host: string): string {
  const calendar = ical({
    name: conference.name,
    description: `The programme of ${conference.name}, from Hallway`,
    prodId: { company: "Hallway", product: "programme", language: "EN" },
    url: conference.url,
    method: ICalCalendarMethod.PUBLISH,
    ttl: 60 * 60 * 6,
  });
  for (const t of talks) {
    if (!t.day && !t.startsAt) continue;
    const start = t.startsAt ?? new Date(`${t.day}T00:00:00Z`);
    const allDay = !t.startsAt;
    const end = t.endsAt ?? (allDay ? null : new Date(start.getTime() + 30 * 60_000));
    const details = [t.speakers.length ? `With ${t.speakers.join(", ")}` : null, t.track ? `Track: ${t.track}` : null, t.abstract, t.url].filter(Boolean).join("\n\n");
    calendar.createEvent({
      id: `${t.id}@${host}`,
      start,
      ...(end ? { end } : {}),
      allDay,
      summary: `${t.status === "withdrawn" ? "[Withdrawn] " : ""}${t.title}`,
      description: details,
      location: [t.room, conference.venue, conference.location].filter(Boolean).join(", ") || null,
      url: t.url,
      categories: [{ name: t.kind }],
    });
  }
  return calendar.toString();
}
