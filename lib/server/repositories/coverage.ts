/**
 * Coverage: which public writeups link to which talks and speakers.
 * A writeup covers a talk when it has a talk mention that was not rejected.
 * Every list here is bounded: pages of writeups, newest first, each with the
 * excerpt around its first mention of the talk or speaker.
 *
 * The queries start from the Mention indexes (talkId, writeupId, source) and
 * (speakerId, writeupId, source), which answer "which writeups, not rejected"
 * without reading a Mention row; see public-writeup.ts for why they are raw SQL
 * and why they CROSS JOIN Writeup.
 */
import type { Db } from "@/lib/server/db";
import { join, queryRaw, sql, type Sql } from "./sql";
import { countPublicWriteups, inIdOrder, PUBLIC_W, publicWriteupIds } from "./public-writeup";

const LIVE = { source: { not: "rejected" } } as const;

/** Number of distinct public writeups covering each of the given talks, or each talk of a conference (absent: none). */
export async function coverageCounts(db: Db, talks: string[] | { conferenceId: string }): Promise<Map<string, number>> {
  if (Array.isArray(talks) && talks.length === 0) return new Map();
  const talkIds = Array.isArray(talks) ? join(talks) : sql`SELECT "id" FROM "Talk" WHERE "conferenceId" = ${talks.conferenceId}`;
  // One row per talk, counted in the database: the programme of a busy
  // conference has thousands of (talk, writeup) pairs and needs 250 numbers.
  const rows = await queryRaw<{ talkId: string; n: bigint | number }>(db, sql`
    SELECT m."talkId" AS "talkId", count(DISTINCT m."writeupId") AS "n"
    FROM "Mention" m CROSS JOIN "Writeup" w
    WHERE m."talkId" IN (${talkIds}) AND m."source" <> 'rejected' AND w."id" = m."writeupId" AND ${PUBLIC_W}
    GROUP BY m."talkId"`);
  return new Map(rows.map((r) => [r.talkId, Number(r.n)]));
}

export interface CoverageItem {
  writeup: { slug: string; title: string; publishedAt: Date | null; author: { name: string | null; username: string | null } };
  /** The excerpt around the writeup's first mention. */
  excerpt: string;
}

export interface CoveragePage {
  items: CoverageItem[];
  total: number;
  page: number;
  pages: number;
}

type Target = { talkId: string } | { speakerId: string };

/** The ids of writeups with a live mention of the target, as a subquery. */
function mentioning(target: Target): Sql {
  return "talkId" in target
    ? sql`SELECT m."writeupId" AS "id" FROM "Mention" m WHERE m."talkId" = ${target.talkId} AND m."source" <> 'rejected'`
    : sql`SELECT m."writeupId" AS "id" FROM "Mention" m WHERE m."speakerId" = ${target.speakerId} AND m."source" <> 'rejected'`;
}

/** The coverage items of the given writeups, with the excerpt of each one's first live mention of the target(s). */
async function coverageItems(db: Db, writeupIds: string[], target: { talkId: { in: string[] } } | { speakerId: string }) {
  if (writeupIds.length === 0) return [];
  return db.writeup.findMany({
    where: { id: { in: writeupIds } },
    select: {
      id: true,
      slug: true,
      title: true,
      publishedAt: true,
      author: { select: { name: true, username: true } },
      mentions: { where: { ...LIVE, ...target }, orderBy: { start: "asc" }, select: { talkId: true, excerpt: true } },
    },
  });
}

/** One page of the public writeups that mention a talk or speaker. */
async function coverageWhere(db: Db, target: Target, page: number, perPage: number): Promise<CoveragePage> {
  const [ids, total] = await Promise.all([
    publicWriteupIds(db, mentioning(target), perPage, (page - 1) * perPage),
    countPublicWriteups(db, mentioning(target)),
  ]);
  const rows = await coverageItems(db, ids, "talkId" in target ? { talkId: { in: [target.talkId] } } : target);
  return {
    items: inIdOrder(ids, rows).map(({ mentions, id: _id, ...writeup }) => ({ writeup, excerpt: mentions[0]?.excerpt ?? "" })),
    total,
    page,
    pages: Math.max(1, Math.ceil(total / perPage)),
  };
}

/** Public writeups covering a talk, newest first. */
export function coverageOfTalk(db: Db, talkId: string, page = 1, perPage = 20): Promise<CoveragePage> {
  return coverageWhere(db, { talkId }, page, perPage);
}

/** Public writeups that name a speaker directly, newest first. */
export function coverageOfSpeaker(db: Db, speakerId: string, page = 1, perPage = 10): Promise<CoveragePage> {
  return coverageWhere(db, { speakerId }, page, perPage);
}

/**
 * For each of the given talks, how many public writeups cover it and the
 * newest `perTalk` of them: what coverageCounts and coverageOfTalk(…, 1,
 * perTalk) give for one talk, for a whole page of talks in three queries
 * instead of two per talk. The window function keeps the answer bounded
 * (perTalk rows per talk) however many writeups cover a talk.
 */
export async function coverageOfTalks(db: Db, talkIds: string[], perTalk: number): Promise<Map<string, { total: number; items: CoverageItem[] }>> {
  const result = new Map<string, { total: number; items: CoverageItem[] }>();
  if (talkIds.length === 0) return result;
  const rows = await queryRaw<{ talkId: string; writeupId: string; n: bigint | number }>(db, sql`
    SELECT r."talkId" AS "talkId", r."writeupId" AS "writeupId", r."n" AS "n" FROM (
      SELECT c."talkId", c."writeupId",
        row_number() OVER (PARTITION BY c."talkId" ORDER BY w."publishedAt" DESC, w."id" DESC) AS "rank",
        count(*) OVER (PARTITION BY c."talkId") AS "n"
      FROM (SELECT DISTINCT m."talkId", m."writeupId" FROM "Mention" m
            WHERE m."talkId" IN (${join(talkIds)}) AND m."source" <> 'rejected') c
      CROSS JOIN "Writeup" w
      WHERE w."id" = c."writeupId" AND ${PUBLIC_W}
    ) r WHERE r."rank" <= ${perTalk}
    ORDER BY r."talkId", r."rank"`);
  const writeups = await coverageItems(db, [...new Set(rows.map((r) => r.writeupId))], { talkId: { in: talkIds } });
  const byId = new Map(writeups.map((w) => [w.id, w]));
  for (const row of rows) {
    const entry = result.get(row.talkId) ?? { total: Number(row.n), items: [] };
    const w = byId.get(row.writeupId);
    if (w) {
      const { mentions, id: _id, ...writeup } = w;
      entry.items.push({ writeup, excerpt: mentions.find((m) => m.talkId === row.talkId)?.excerpt ?? "" });
    }
    result.set(row.talkId, entry);
  }
  return result;
}
