/**
 * Coverage: which public writeups link to which talks and speakers.
 * A writeup covers a talk when it has a talk mention that was not rejected.
 * Every list here is bounded: pages of writeups, newest first, each with the
 * excerpt around its first mention of the talk or speaker.
 */
import { providerOfDb, type Db } from "@/lib/server/db";
import { PUBLIC_WRITEUP } from "./public-writeup";

const LIVE = { source: { not: "rejected" } } as const;

/** Number of distinct public writeups covering each of the given talks. */
export async function coverageCounts(db: Db, talkIds: string[]): Promise<Map<string, number>> {
  if (talkIds.length === 0) return new Map();
  const rows = await db.mention.groupBy({
    by: ["talkId", "writeupId"],
    where: { ...LIVE, writeup: PUBLIC_WRITEUP, talkId: { in: talkIds } },
  });
  const counts = new Map<string, number>();
  for (const row of rows) if (row.talkId) counts.set(row.talkId, (counts.get(row.talkId) ?? 0) + 1);
  return counts;
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

/**
 * One page of the public writeups that mention a talk or speaker. The ids come
 * from a raw query on purpose: Prisma writes `mentions: { some }` as a
 * correlated EXISTS, which SQLite answers by walking every published writeup
 * (1 s on 100,000 of them); `id IN (SELECT writeupId FROM Mention WHERE …)`
 * starts from the Mention index instead (1 ms). EXPLAIN QUERY PLAN output for
 * both is in the commit that introduced this.
 */
async function coverageWhere(db: Db, target: { talkId: string } | { speakerId: string }, page: number, perPage: number): Promise<CoveragePage> {
  const [column, id] = "talkId" in target ? (["talkId", target.talkId] as const) : (["speakerId", target.speakerId] as const);
  // Raw SQL with placeholders in each database's own style; the column name
  // comes from the fixed pair above, never from input.
  const pgStyle = providerOfDb(db) === "postgresql";
  const arg = (n: number) => (pgStyle ? `$${n}` : "?");
  const match = `w."status" = 'published' AND w."deletedAt" IS NULL AND w."id" IN (
    SELECT m."writeupId" FROM "Mention" m WHERE m."${column}" = ${arg(1)} AND m."source" <> 'rejected')`;
  const [idRows, countRows] = await Promise.all([
    db.$queryRawUnsafe<{ id: string }[]>(
      `SELECT w."id" FROM "Writeup" w WHERE ${match} ORDER BY w."publishedAt" DESC, w."id" DESC LIMIT ${arg(2)} OFFSET ${arg(3)}`,
      id,
      perPage,
      (page - 1) * perPage,
    ),
    db.$queryRawUnsafe<{ n: bigint | number }[]>(`SELECT count(*) AS "n" FROM "Writeup" w WHERE ${match}`, id),
  ]);
  const ids = idRows.map((r) => r.id);
  const rows = ids.length
    ? await db.writeup.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          slug: true,
          title: true,
          publishedAt: true,
          author: { select: { name: true, username: true } },
          mentions: { where: { ...LIVE, [column]: id }, orderBy: { start: "asc" }, take: 1, select: { excerpt: true } },
        },
      })
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const total = Number(countRows[0]?.n ?? 0);
  return {
    items: ids.flatMap((wid) => {
      const row = byId.get(wid);
      if (!row) return [];
      const { mentions, id: _id, ...writeup } = row;
      return [{ writeup, excerpt: mentions[0]?.excerpt ?? "" }];
    }),
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
