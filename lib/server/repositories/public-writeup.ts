import type { Db, Prisma } from "@/lib/server/db";
import { queryRaw, sql, type Sql } from "./sql";

/**
 * What makes a writeup public: published and not in the trash. Every reader
 * query, count and join filters with this, so a draft or trashed writeup can
 * never leak through a list, a count, a coverage badge or a feed.
 */
export const PUBLIC_WRITEUP = { status: "published", deletedAt: null } as const satisfies Prisma.WriteupWhereInput;

/** The same test in SQL, for the raw queries below and in the other repositories (alias `w`). */
export const PUBLIC_W = sql`w."status" = 'published' AND w."deletedAt" IS NULL`;

/*
 * Raw queries for the lists that start from a join table. Prisma writes a
 * relation filter (`conferences: { some }`, `mentions: { some }`) as a
 * correlated EXISTS, and SQLite answers that by walking every published writeup
 * newest first and probing the join table for each (0.4–1.2 s on 100,000
 * writeups). Here the candidates come first, from the join table's index, and
 * the Writeup (id, status, deletedAt, publishedAt, updatedAt, slug) index
 * answers the public test, the order and the dates of each one without reading
 * the row (whose body and HTML fill overflow pages). docs/performance.md has
 * the EXPLAIN QUERY PLAN output of both shapes.
 *
 * `candidates` is a subquery selecting writeup ids in a column named "id"
 * (duplicates allowed), built with `sql` (./sql.ts) from fixed SQL and bound values.
 * The CROSS JOIN fixes the join order on SQLite (its documented meaning there):
 * with a plain join, statistics that underestimate how many writeups are
 * published (PRAGMA optimize samples them) made SQLite start from the status
 * index instead and visit every published writeup. PostgreSQL reads CROSS JOIN
 * … WHERE as an ordinary inner join and plans it freely. No dialect features,
 * so the same SQL runs on both.
 */

/** `FROM … WHERE …` over the public writeups, among `candidates` when given (alias w). */
export function publicWriteupsFrom(candidates: Sql | null): Sql {
  return candidates
    ? sql`FROM (SELECT DISTINCT s."id" FROM (${candidates}) s) c CROSS JOIN "Writeup" w WHERE w."id" = c."id" AND ${PUBLIC_W}`
    : sql`FROM "Writeup" w WHERE ${PUBLIC_W}`;
}

/** Ids of one page of public writeups, newest first; among `candidates` when given. */
export async function publicWriteupIds(db: Db, candidates: Sql | null, take: number, skip = 0): Promise<string[]> {
  const rows = await queryRaw<{ id: string }>(db, sql`
    SELECT w."id" AS "id" ${publicWriteupsFrom(candidates)}
    ORDER BY w."publishedAt" DESC, w."id" DESC LIMIT ${take} OFFSET ${skip}`);
  return rows.map((r) => r.id);
}

/** How many public writeups there are; among `candidates` when given. */
export async function countPublicWriteups(db: Db, candidates: Sql | null): Promise<number> {
  const rows = await queryRaw<{ n: bigint | number }>(db, sql`SELECT count(*) AS "n" ${publicWriteupsFrom(candidates)}`);
  return Number(rows[0]?.n ?? 0);
}

/** Rows fetched by id, put back in the order of `ids` (rows that vanished meanwhile are left out). */
export function inIdOrder<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * A date read by a raw query: PostgreSQL's driver gives a Date; SQLite stores
 * Prisma's DateTime as ISO text (or, in older files, epoch milliseconds).
 */
export function rawDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const date = new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
  return Number.isNaN(date.getTime()) ? null : date;
}
