/**
 * What the sitemaps list: every public page, split by kind and paged. Only
 * public writeups (and authors who have one) are ever listed.
 */
import { SITEMAP_PAGE_SIZE, type SitemapEntry } from "@/lib/core/seo/sitemap";
import type { Db } from "@/lib/server/db";
import { queryRaw, sql } from "./sql";
import { authorPath, conferencePath, speakerPath, talkPath, writeupPath } from "@/lib/paths";
import { countPublicWriteups, PUBLIC_WRITEUP, rawDate } from "./public-writeup";

export const SITEMAP_KINDS = ["pages", "writeups", "conferences", "talks", "speakers", "authors"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export async function sitemapCounts(db: Db): Promise<Record<SitemapKind, number>> {
  // One plain query: Prisma's count() wraps each table in a LIMIT/OFFSET
  // subquery that SQLite runs as a co-routine, several times slower than a
  // count(*) it can answer from the smallest index.
  const [row] = await queryRaw<Record<"conferences" | "talks" | "speakers", bigint | number>>(db, sql`
    SELECT (SELECT count(*) FROM "Conference") AS "conferences", (SELECT count(*) FROM "Talk") AS "talks",
      (SELECT count(*) FROM "Speaker") AS "speakers"`);
  const [writeups, authors] = await Promise.all([
    countPublicWriteups(db, null),
    db.user.count({ where: { username: { not: null }, writeups: { some: PUBLIC_WRITEUP } } }),
  ]);
  return { pages: 1, writeups, conferences: Number(row?.conferences ?? 0), talks: Number(row?.talks ?? 0), speakers: Number(row?.speakers ?? 0), authors };
}

export async function sitemapEntries(db: Db, kind: SitemapKind, page: number, origin: string): Promise<SitemapEntry[]> {
  const skip = (page - 1) * SITEMAP_PAGE_SIZE;
  const take = SITEMAP_PAGE_SIZE;
  const abs = (path: string) => `${origin}${path}`;
  switch (kind) {
    case "pages":
      return ["/", "/conferences", "/speakers"].map((p) => ({ loc: abs(p) }));
    case "writeups": {
      // Read in id order from the Writeup (id, status, deletedAt, publishedAt,
      // updatedAt, slug) index alone: 10,000 rows in about 10 ms. Left to itself,
      // SQLite may take the (status, …) index instead when its statistics
      // underestimate how many writeups are published, then sort them all and
      // read every row (0.3–0.45 s); `status || ''` is not indexable, which
      // leaves it only the id order. PostgreSQL plans this well either way.
      const rows = await queryRaw<{ slug: string; updatedAt: unknown }>(db, sql`
        SELECT w."slug" AS "slug", w."updatedAt" AS "updatedAt" FROM "Writeup" w
        WHERE (w."status" || '') = 'published' AND w."deletedAt" IS NULL
        ORDER BY w."id" LIMIT ${take} OFFSET ${skip}`);
      return rows.map((w) => ({ loc: abs(writeupPath(w.slug)), lastmod: rawDate(w.updatedAt) }));
    }
    case "conferences":
      return (await db.conference.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, skip, take })).map((c) => ({
        loc: abs(conferencePath(c.slug)),
        lastmod: c.updatedAt,
      }));
    case "talks":
      return (
        await db.talk.findMany({ select: { slug: true, updatedAt: true, conference: { select: { slug: true } } }, orderBy: { id: "asc" }, skip, take })
      ).map((t) => ({ loc: abs(talkPath(t.conference.slug, t.slug)), lastmod: t.updatedAt }));
    case "speakers":
      return (await db.speaker.findMany({ select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, skip, take })).map((s) => ({
        loc: abs(speakerPath(s.slug)),
        lastmod: s.updatedAt,
      }));
    case "authors":
      return (
        await db.user.findMany({
          where: { username: { not: null }, writeups: { some: PUBLIC_WRITEUP } },
          select: { username: true },
          orderBy: { id: "asc" },
          skip,
          take,
        })
      ).map((u) => ({ loc: abs(authorPath(u.username!)) }));
  }
}
