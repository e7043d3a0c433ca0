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

export const CONFERENCES_PER_PAGE = 30;

export async function listConferences(db: Db, page = 1) {
  const [conferences, total] = await Promise.all([
    db.conference.findMany({
      select: conferenceCardSelect,
      orderBy: [{ startsOn: "desc" }, { name: "asc" }, { id: "asc" }],
      skip: (page - 1) * CONFERENCES_PER_PAGE,
      take: CONFERENCES_PER_PAGE,
    }),
    db.conference.count(),
  ]);
  const writeups = await db.writeupConference.groupBy({
    by: ["conferenceId"],
    where: { conferenceId: { in: conferences.map((c) => c.id) }, writeup: PUBLIC_WRITEUP },
    _count: { _all: true },
  });
  const writeupCount = new Map(writeups.map((w) => [w.conferenceId, w._count._all]));
  return {
    items: conferences.map((c) => ({ ...c, writeupCount: writeupCount.get(c.id) ?? 0 })),
    page,
    pages: Math.max(1, Math.ceil(total / CONFERENCES_PER_PAGE)),
  };
}

export const CONFERENCE_WRITEUPS_SHOWN = 6;
export const CONFERENCE_WRITEUPS_PER_PAGE = 20;

const conferenceWriteupSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  author: { select: { name: true, username: true } },
} satisfies Prisma.WriteupSelect;

/** A conference's writeups, newest first, paginated. */
export async function listConferenceWriteups(db: Db, slug: string, page = 1) {
  const conference = await db.conference.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!conference) return null;
  const where = { ...PUBLIC_WRITEUP, conferences: { some: { conferenceId: conference.id } } };
  const [items, total] = await Promise.all([
    db.writeup.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      select: conferenceWriteupSelect,
      skip: (page - 1) * CONFERENCE_WRITEUPS_PER_PAGE,
      take: CONFERENCE_WRITEUPS_PER_PAGE,
    }),
    db.writeup.count({ where }),
  ]);
  return { conference, items, total, page, pages: Math.max(1, Math.ceil(total / CONFERENCE_WRITEUPS_PER_PAGE)) };
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
  const writeupWhere = { ...PUBLIC_WRITEUP, conferences: { some: { conferenceId: conference.id } } };
  const [writeups, writeupTotal] = await Promise.all([
    db.writeup.findMany({
      where: writeupWhere,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: CONFERENCE_WRITEUPS_SHOWN,
      select: conferenceWriteupSelect,
    }),
    db.writeup.count({ where: writeupWhere }),
  ]);
  return {
    conference,
    talks: talks.map((t): ProgrammeTalkRow => ({ ...t, coverage: counts.get(t.id) ?? 0 })),
    writeups,
    writeupTotal,
  };
}
