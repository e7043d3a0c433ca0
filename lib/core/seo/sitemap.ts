/**
 * sitemaps.org XML: an index of sitemaps, and a urlset. Each sitemap holds at
 * most SITEMAP_PAGE_SIZE URLs (the protocol allows 50,000; smaller pages are
 * cheaper to serve and cache).
 */
import { escapeHtml } from "../text/escape-html";

export const SITEMAP_PAGE_SIZE = 10_000;

export interface SitemapEntry {
  loc: string;
  lastmod?: Date | null;
}

const HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n';

export function buildSitemapIndex(sitemaps: SitemapEntry[]): string {
  const items = sitemaps.map((s) => `<sitemap><loc>${escapeHtml(s.loc)}</loc>${s.lastmod ? `<lastmod>${s.lastmod.toISOString()}</lastmod>` : ""}</sitemap>`);
  return `${HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</sitemapindex>\n`;
}

export function buildUrlset(urls: SitemapEntry[]): string {
  const items = urls.map((u) => `<url><loc>${escapeHtml(u.loc)}</loc>${u.lastmod ? `<lastmod>${u.lastmod.toISOString()}</lastmod>` : ""}</url>`);
  return `${HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items.join("\n")}\n</urlset>\n`;
}
