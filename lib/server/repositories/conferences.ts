import type { Db, Prisma } from "@/lib/server/db";
import { join, queryRaw, sql } from "./sql";
import { countPublicWriteups, inIdOrder, PUBLIC_W, publicWriteupIds } from "./public-writeup";
import { coverageCounts } from "./coverage";

export const conferenceCardSelect = {
  id: true,
  slug: true,
  name: true,
  startsOn: true,
  endsOn: true,
  location: true,
  venue: true,
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
  const ids = conferences.map((c) => c.id);
  const [writeups, talks] = ids.length
    ? await Promise.all([
        // Raw for the join order (see public-writeup.ts): Prisma's groupBy joined
        // Writeup, and SQLite started from the status index, visiting every
        // published writeup (150 ms) instead of the page's 30 conferences' filings.
        queryRaw<{ conferenceId: string; n: bigint | number }>(db, sql`
          SELECT wc."conferenceId" AS "conferenceId", count(*) AS "n"
          FROM "WriteupConference" wc CROSS JOIN "Writeup" w
          WHERE wc."conferenceId" IN (${join(ids)}) AND w."id" = wc."writeupId" AND ${PUBLIC_W}
          GROUP BY wc."conferenceId"`),
        // The page's conferences only: Prisma's `_count: { talks }` grouped every talk on the site.
        db.talk.groupBy({ by: ["conferenceId"], where: { conferenceId: { in: ids } }, _count: { _all: true } }),
      ])
    : [[], []];
  const writeupCount = new Map(writeups.map((w) => [w.conferenceId, Number(w.n)]));
  const talkCount = new Map(talks.map((t) => [t.conferenceId, t._count._all]));
  return {
    items: conferences.map((c) => ({ ...c, _count: { talks: talkCount.get(c.id) ?? 0 }, writeupCount: writeupCount.get(c.id) ?? 0 })),
    page,
    pages: Math.max(1, Math.ceil(total / CONFERENCES_PER_PAGE)),
  };
}

export const CONFERENCE_WRITEUPS_SHOWN = 6;
export const CONFERENCE_WRITEUPS_PER_PAGE = 20;

const conferenceWriteupSelect = {
  id: true,
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  author: { select: { name: true, username: true } },
} satisfies Prisma.WriteupSelect;

/**
 * One page of the public writeups filed under a conference, newest first, and
 * how many there are. Starts from WriteupConference's conferenceId index (see
 * public-writeup.ts): Prisma's `conferences: { some }` walked every writeup.
 */
async function conferenceWriteupPage(db: Db, conferenceId: string, take: number, skip: number) {
  const filed = sql`SELECT "writeupId" AS "id" FROM "WriteupConference" WHERE "conferenceId" = ${conferenceId}`;
  const [ids, total] = await Promise.all([publicWriteupIds(db, filed, take, skip), countPublicWriteups(db, filed)]);
  const rows = ids.length ? await db.writeup.findMany({ where: { id: { in: ids } }, select: conferenceWriteupSelect }) : [];
  return { items: inIdOrder(ids, rows).map(({ id: _id, ...w }) => w), total };
}

/** A conference's writeups, newest first, paginated. */
export async function listConferenceWriteups(db: Db, slug: string, page = 1) {
  const conference = await db.conference.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
  if (!conference) return null;
  const { items, total } = await conferenceWriteupPage(db, conference.id, CONFERENCE_WRITEUPS_PER_PAGE, (page - 1) * CONFERENCE_WRITEUPS_PER_PAGE);
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
} satisfies Prisma.TalkSelect;

export type ProgrammeTalkRow = Prisma.TalkGetPayload<{ select: typeof programmeTalkSelect }> & {
  speakers: { speaker: { slug: string; name: string } }[];
  coverage: number;
};

/**
 * Every talk of a conference in programme order, each with its speakers in
 * the programme's order. The speakers come from one join over the conference's
 * talks rather than Prisma's nested select, which sent two queries with 250
 * and 350 ids and took three times as long on a busy programme.
 */
async function programmeTalks(db: Db, conferenceId: string) {
  const [talks, speakers] = await Promise.all([
    db.talk.findMany({ where: { conferenceId }, select: programmeTalkSelect, orderBy: [{ day: "asc" }, { startsAt: "asc" }, { title: "asc" }] }),
    queryRaw<{ talkId: string; slug: string; name: string }>(db, sql`
      SELECT ts."talkId" AS "talkId", s."slug" AS "slug", s."name" AS "name"
      FROM "Talk" t CROSS JOIN "TalkSpeaker" ts CROSS JOIN "Speaker" s
      WHERE t."conferenceId" = ${conferenceId} AND ts."talkId" = t."id" AND s."id" = ts."speakerId"
      ORDER BY ts."position"`),
  ]);
  const byTalk = new Map<string, { speaker: { slug: string; name: string } }[]>();
  for (const { talkId, slug, name } of speakers) byTalk.set(talkId, [...(byTalk.get(talkId) ?? []), { speaker: { slug, name } }]);
  return talks.map((t) => ({ ...t, speakers: byTalk.get(t.id) ?? [] }));
}

/** A conference and its talks, for the programme as a calendar (no coverage, no writeups). */
export async function getConferenceCalendarTalks(db: Db, slug: string) {
  const conference = await db.conference.findUnique({ where: { slug } });
  if (!conference) return null;
  return { conference, talks: await programmeTalks(db, conference.id) };
}

export async function getConferenceProgramme(db: Db, slug: string) {
  const conference = await db.conference.findUnique({ where: { slug } });
  if (!conference) return null;
  const [talks, counts, { items: writeups, total: writeupTotal }] = await Promise.all([
    programmeTalks(db, conference.id),
    coverageCounts(db, { conferenceId: conference.id }),
    conferenceWriteupPage(db, conference.id, CONFERENCE_WRITEUPS_SHOWN, 0),
  ]);
  return {
    conference,
    talks: talks.map((t): ProgrammeTalkRow => ({ ...t, coverage: counts.get(t.id) ?? 0 })),
    writeups,
    writeupTotal,
  };
}
