/**
 * The sitemaps: an index naming one sitemap per kind and page, and each of
 * those pages' entries. A name that is not "<kind>-<page>.xml", or a page past
 * the last (page 1 always exists, if empty), is not there (null).
 */
import { SITEMAP_PAGE_SIZE } from "@/lib/core/seo/sitemap";
import type { Db } from "@/lib/server/db";
import { SITEMAP_KINDS, sitemapCounts, sitemapEntries } from "@/lib/server/repositories/sitemap";

export async function getSitemapIndex(db: Db, origin: string) {
  const counts = await sitemapCounts(db);
  return SITEMAP_KINDS.flatMap((kind) =>
    Array.from({ length: Math.max(1, Math.ceil(counts[kind] / SITEMAP_PAGE_SIZE)) }, (_, i) => ({ loc: `${origin}/sitemaps/${kind}-${i + 1}.xml` })),
  );
}

export async function getSitemapPage(db: Db, name: string, origin: string) {
  const match = name.match(/^([a-z]+)-(\d{1,6})\.xml$/);
  const kind = SITEMAP_KINDS.find((k) => k === match?.[1]);
  const page = Number(match?.[2]);
  if (!kind || !(page >= 1)) return null;
  const entries = await sitemapEntries(db, kind, page, origin);
  return entries.length === 0 && page > 1 ? null : entries;
}
