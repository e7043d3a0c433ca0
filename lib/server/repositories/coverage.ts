/**
 * Coverage: which published writeups link to which talks and speakers.
 * A writeup covers a talk when it has a talk mention that was not rejected.
 */
import type { Db } from "@/lib/server/db";
import { PUBLIC_WRITEUP } from "./public-writeup";

const LIVE = { source: { not: "rejected" }, writeup: PUBLIC_WRITEUP } as const;

/** Number of distinct published writeups covering each of the given talks. */
export async function coverageCounts(db: Db, talkIds: string[]): Promise<Map<string, number>> {
  if (talkIds.length === 0) return new Map();
  const rows = await db.mention.groupBy({
    by: ["talkId", "writeupId"],
    where: { ...LIVE, talkId: { in: talkIds } },
  });
  const counts = new Map<string, number>();
  for (const row of rows) if (row.talkId) counts.set(row.talkId, (counts.get(row.talkId) ?? 0) + 1);
  return counts;
}

const coverageSelect = {
  talkId: true,
  speakerId: true,
  excerpt: true,
  start: true,
  writeup: {
    select: {
      slug: true,
      title: true,
      publishedAt: true,
      author: { select: { name: true, username: true } },
    },
  },
} as const;

export interface CoverageItem {
  writeup: { slug: string; title: string; publishedAt: Date | null; author: { name: string | null; username: string | null } };
  /** The excerpt around the writeup's first mention. */
  excerpt: string;
}

function firstPerWriteup<T extends { start: number; excerpt: string; writeup: CoverageItem["writeup"] & { slug: string } }>(rows: T[]): CoverageItem[] {
  const byWriteup = new Map<string, T>();
  for (const row of rows) {
    const seen = byWriteup.get(row.writeup.slug);
    if (!seen || row.start < seen.start) byWriteup.set(row.writeup.slug, row);
  }
  return [...byWriteup.values()]
    .sort((a, b) => (b.writeup.publishedAt?.getTime() ?? 0) - (a.writeup.publishedAt?.getTime() ?? 0))
    .map((row) => ({ writeup: row.writeup, excerpt: row.excerpt }));
}

/** Published writeups covering a talk, newest first, each with the excerpt around its first mention. */
export async function coverageOfTalk(db: Db, talkId: string): Promise<CoverageItem[]> {
  const rows = await db.mention.findMany({ where: { ...LIVE, talkId }, select: coverageSelect });
  return firstPerWriteup(rows);
}

/** Coverage of several talks at once, keyed by talk id. */
export async function coverageOfTalks(db: Db, talkIds: string[]): Promise<Map<string, CoverageItem[]>> {
  const rows = await db.mention.findMany({ where: { ...LIVE, talkId: { in: talkIds } }, select: coverageSelect });
  const grouped = new Map<string, typeof rows>();
  for (const row of rows) if (row.talkId) grouped.set(row.talkId, [...(grouped.get(row.talkId) ?? []), row]);
  return new Map([...grouped].map(([id, list]) => [id, firstPerWriteup(list)]));
}

/** Published writeups that name a speaker directly. */
export async function coverageOfSpeaker(db: Db, speakerId: string): Promise<CoverageItem[]> {
  const rows = await db.mention.findMany({ where: { ...LIVE, speakerId }, select: coverageSelect });
  return firstPerWriteup(rows);
}
