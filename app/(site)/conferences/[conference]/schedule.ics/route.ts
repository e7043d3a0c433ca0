import { programmeIcs } from "@/lib/core/programme/programme-ics";
import { getDb } from "@/lib/server/db";
import { getConferenceSchedule } from "@/lib/server/repositories/conferences";
import { conferencePath, talkPath } from "@/lib/paths";
import { siteUrl } from "@/lib/site";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ conference: string }> }) {
  const data = await getConferenceSchedule(getDb(), (await params).conference);
  if (!data) return new Response("No such conference", { status: 404 });
  const origin = siteUrl();
  const { conference, talks } = data;
  const body = programmeIcs(
    { name: conference.name, url: `${origin}${conferencePath(conference.slug)}`, location: conference.location, venue: conference.venue },
    talks.map((t) => ({
      id: t.id,
      title: t.title,
      abstract: null,
      kind: t.kind,
      day: t.day,
      startsAt: t.startsAt,
      endsAt: t.endsAt,
      room: t.room,
      track: t.track,
      url: `${origin}${talkPath(conference.slug, t.slug)}`,
      speakers: t.speakers.map((s) => s.speaker.name),
      status: t.status,
    })),
    new URL(origin).host,
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${conference.slug}.ics"`,
      "Cache-Control": "public, max-age=300, stale-while-revalidate=3600",
    },
  });
}
