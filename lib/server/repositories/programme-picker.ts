/**
 * What the studio's "write up a conference" picker reads: recent conferences,
 * one conference's programme to tick, and the ticked talks for the outline.
 * Conference and talk data are public; nothing here is per user.
 */
import type { Db, Prisma } from "@/lib/server/db";

/** Enough to pick from without a search box; older conferences are rarely written up. */
export const PICKER_CONFERENCES = 60;

export async function listPickerConferences(db: Db) {
  return db.conference.findMany({
    select: { slug: true, name: true, startsOn: true, endsOn: true, location: true, _count: { select: { talks: true } } },
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
    take: PICKER_CONFERENCES,
  });
}

/** The conferences a writeup may be filed under: the picker's list plus any already chosen. */
export async function listConferenceOptions(db: Db, chosen: string[]) {
  const [recent, extra] = await Promise.all([
    db.conference.findMany({ select: { slug: true, name: true, startsOn: true }, orderBy: [{ startsOn: "desc" }, { name: "asc" }], take: PICKER_CONFERENCES }),
    db.conference.findMany({ where: { slug: { in: chosen } }, select: { slug: true, name: true, startsOn: true } }),
  ]);
  const bySlug = new Map([...recent, ...extra].map((c) => [c.slug, c]));
  return [...bySlug.values()].sort((a, b) => (b.startsOn ?? "").localeCompare(a.startsOn ?? "") || a.name.localeCompare(b.name));
}

const pickTalkSelect = {
  id: true,
  slug: true,
  title: true,
  day: true,
  startsAt: true,
  room: true,
  speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { name: true } } } },
} satisfies Prisma.TalkSelect;

export type PickTalk = Prisma.TalkGetPayload<{ select: typeof pickTalkSelect }>;

export async function getPickerProgramme(db: Db, conferenceSlug: string) {
  const conference = await db.conference.findUnique({
    where: { slug: conferenceSlug },
    select: { id: true, slug: true, name: true, timezone: true, startsOn: true, endsOn: true },
  });
  if (!conference) return null;
  const talks = await db.talk.findMany({
    where: { conferenceId: conference.id, status: "scheduled" },
    select: pickTalkSelect,
    orderBy: [{ day: "asc" }, { startsAt: "asc" }, { title: "asc" }],
  });
  return { conference, talks };
}

/** The ticked talks, only those of that conference (ids come from a form). */
export async function getTalksForOutline(db: Db, conferenceSlug: string, talkIds: string[]) {
  if (!talkIds.length) return [];
  return db.talk.findMany({
    where: { id: { in: talkIds }, conference: { slug: conferenceSlug } },
    select: { ...pickTalkSelect, conference: { select: { slug: true } } },
  });
}
