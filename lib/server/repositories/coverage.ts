/**
 * Coverage: which public writeups link to which talks and speakers.
 * A writeup covers a talk when it has a talk mention that was not rejected.
 * Every list here is bounded: pages of writeups, newest first, each with the
 * excerpt around its first mention of the talk or speaker.
 */
import type { Db, Prisma } from "@/lib/server/db";
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

async function coverageWhere(db: Db, mention: Prisma.MentionWhereInput, page: number, perPage: number): Promise<CoveragePage> {
  const where = { ...PUBLIC_WRITEUP, mentions: { some: { ...LIVE, ...mention } } } satisfies Prisma.WriteupWhereInput;
  const [rows, total] = await Promise.all([
    db.writeup.findMany({
      where,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * perPage,
      take: perPage,
      select: {
        slug: true,
        title: true,
        publishedAt: true,
        author: { select: { name: true, username: true } },
        mentions: { where: { ...LIVE, ...mention }, orderBy: { start: "asc" }, take: 1, select: { excerpt: true } },
      },
    }),
    db.writeup.count({ where }),
  ]);
  return {
    items: rows.map(({ mentions, ...writeup }) => ({ writeup, excerpt: mentions[0]?.excerpt ?? "" })),
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
