import { getDb } from "@/lib/server/db";
import { getConferenceCalendar } from "@/lib/server/queries/conference-calendar";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ conference: string }> }) {
  const calendar = await getConferenceCalendar(getDb(), (await params).conference, siteUrl());
  if (!calendar) return new Response("No such conference", { status: 404 });
  return new Response(calendar.body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${calendar.filename}"`,
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    },
  });
}
