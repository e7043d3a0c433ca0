/**
 * What the sitemaps list: every public page, split by kind and paged. Only
 * public writeups (and authors who have one) are ever listed.
 */
import { SITEMAP_PAGE_SIZE, type SitemapEntry } from "@/lib/core/seo/sitemap";
import type { Db } from "@/lib/server/db";
import { authorPath, conferencePath, speakerPath, talkPath, writeupPath } from "@/lib/paths";
import { PUBLIC_WRITEUP } from "./public-writeup";

export const SITEMAP_KINDS = ["pages", "writeups", "conferences", "talks", "speakers", "authors"] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

export async function sitemapCounts(db: Db): Promise<Record<SitemapKind, number>> {
  const [writeups, conferences, talks, speakers, authors] = await Promise.all([
    db.writeup.count({ where: PUBLIC_WRITEUP }),
    db.conference.count(),
    db.talk.count(),
    db.speaker.count(),
    db.user.count({ where: { username: { not: null }, writeups: { some: PUBLIC_WRITEUP } } }),
  ]);
  return { pages: 1, writeups, conferences, talks, speakers, authors };
}

export async function sitemapEntries(db: Db, kind: SitemapKind, page: number, origin: string): Promise<SitemapEntry[]> {
  const skip = (page - 1) * SITEMAP_PAGE_SIZE;
  const take = SITEMAP_PAGE_SIZE;
  const abs = (path: string) => `${origin}${path}`;
  switch (kind) {
    case "pages":
      return ["/", "/conferences", "/speakers"].map((p) => ({ loc: abs(p) }));
    case "writeups":
      return (await db.writeup.findMany({ where: PUBLIC_WRITEUP, select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, skip, take })).map((w) => ({
        loc: abs(writeupPath(w.slug)),
        lastmod: w.updatedAt,
      }));
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
