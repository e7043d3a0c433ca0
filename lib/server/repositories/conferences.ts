import type { Db, Prisma } from "@/lib/server/db";
import { PUBLIC_WRITEUP } from "./public-writeup";
import { coverageCounts } from "./coverage";

export const conferenceCardSelect = {
  id: true,
  slug: true,
  name: true,
  startsOn: true,
  endsOn: true,
  location: true,
  venue: true,
  _count: { select: { talks: true } },
} satisfies Prisma.ConferenceSelect;

export async function listConferences(db: Db) {
  const conferences = await db.conference.findMany({ select: conferenceCardSelect, orderBy: [{ startsOn: "desc" }, { name: "asc" }] });
  const writeups = await db.writeupConference.groupBy({
    by: ["conferenceId"],
    where: { writeup: PUBLIC_WRITEUP },
    _count: { _all: true },
  });
  const writeupCount = new Map(writeups.map((w) => [w.conferenceId, w._count._all]));
  return conferences.map((c) => ({ ...c, writeupCount: writeupCount.get(c.id) ?? 0 }));
}

const programmeTalkSelect = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  level: true,
  track: true,
  room: true,
  day: true,
  startsAt: true,
  endsAt: true,
  status: true,
  speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { slug: true, name: true } } } },
} satisfies Prisma.TalkSelect;

export type ProgrammeTalkRow = Prisma.TalkGetPayload<{ select: typeof programmeTalkSelect }> & { coverage: number };

export async function getConferenceProgramme(db: Db, slug: string) {
  const conference = await db.conference.findUnique({ where: { slug } });
  if (!conference) return null;
  const talks = await db.talk.findMany({
    where: { conferenceId: conference.id },
    select: programmeTalkSelect,
    orderBy: [{ day: "asc" }, { startsAt: "asc" }, { title: "asc" }],
  });
  const counts = await coverageCounts(db, talks.map((t) => t.id));
  const writeups = await db.writeup.findMany({
    where: { ...PUBLIC_WRITEUP, conferences: { some: { conferenceId: conference.id } } },
    orderBy: { publishedAt: "desc" },
    take: 20,
    select: { slug: true, title: true, excerpt: true, publishedAt: true, author: { select: { name: true, username: true } } },
  });
  return {
    conference,
    talks: talks.map((t): ProgrammeTalkRow => ({ ...t, coverage: counts.get(t.id) ?? 0 })),
    writeups,
  };
}
