import { buildUrlset } from "@/lib/core/seo/sitemap";
import { getDb } from "@/lib/server/db";
import { SITEMAP_KINDS, sitemapEntries, type SitemapKind } from "@/lib/server/repositories/sitemap";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const match = (await params).name.match(/^([a-z]+)-(\d{1,6})\.xml$/);
  const kind = SITEMAP_KINDS.find((k) => k === match?.[1]) as SitemapKind | undefined;
  const page = Number(match?.[2]);
  if (!kind || !(page >= 1)) return new Response("Not found", { status: 404 });
  const entries = await sitemapEntries(getDb(), kind, page, siteUrl());
  if (entries.length === 0 && page > 1) return new Response("Not found", { status: 404 });
  return new Response(buildUrlset(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}
