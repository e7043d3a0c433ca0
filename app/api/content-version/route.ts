/**
 * The site's content version: a number the database bumps whenever anything a
 * reader page shows changes (migration 0007). The production server reads it
 * to revalidate its micro-cache (scripts/response-cache.mjs); a monitor can
 * read it too. Never cached.
 */
import { getDb } from "@/lib/server/db";
import { getContentVersion } from "@/lib/server/queries/content-version";

export const dynamic = "force-dynamic";

export async function GET() {
  const version = await getContentVersion(getDb());
  return Response.json({ version }, { headers: { "Cache-Control": "no-store" } });
}
