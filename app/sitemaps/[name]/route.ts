import { buildUrlset } from "@/lib/core/seo/sitemap";
import { getDb } from "@/lib/server/db";
import { getSitemapPage } from "@/lib/server/queries/sitemaps";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ name: string }> }) {
  const entries = await getSitemapPage(getDb(), (await params).name, siteUrl());
  if (!entries) return new Response("Not found", { status: 404 });
  return new Response(buildUrlset(entries), {
    headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=300, stale-while-revalidate=3600" },
  });
}
