import { buildSitemapIndex, SITEMAP_PAGE_SIZE } from "@/lib/core/seo/sitemap";
import { getDb } from "@/lib/server/db";
import { SITEMAP_KINDS, sitemapCounts } from "@/lib/server/repositories/sitemap";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET() {
  const counts = await sitemapCounts(getDb());
  const origin = siteUrl();
  const sitemaps = SITEMAP_KINDS.flatMap((kind) =>
    Array.from({ length: Math.max(1, Math.ceil(counts[kind] / SITEMAP_PAGE_SIZE)) }, (_, i) => ({ loc: `${origin}/sitemaps/${kind}-${i + 1}.xml` })),
  );
  return new Response(buildSitemapIndex(sitemaps), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}
