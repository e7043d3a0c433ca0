import { buildSitemapIndex } from "@/lib/core/seo/sitemap";
import { getDb } from "@/lib/server/db";
import { getSitemapIndex } from "@/lib/server/queries/sitemaps";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET() {
  const sitemaps = await getSitemapIndex(getDb(), siteUrl());
  return new Response(buildSitemapIndex(sitemaps), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}
