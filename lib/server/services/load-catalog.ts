/**
 * Loads a mention-detection Catalog (lib/core/mentions/types.ts) from the
 * database: the talks of the given conferences (or of all of them), their
 * speakers, and every conference for narrowing by clues in the text.
 */
import type { Catalog } from "@/lib/core/mentions/types";
import type { TalkKind } from "@/lib/core/programme/types";
import type { Db, Tx } from "@/lib/server/db";

export async function loadCatalog(db: Db | Tx, conferenceSlugs?: string[]): Promise<Catalog> {
  const conferences = await db.conference.findMany({ select: { id: true, slug: true, name: true, startsOn: true, endsOn: true } });
  const wanted = conferenceSlugs?.length ? conferences.filter((c) => conferenceSlugs.includes(c.slug)) : conferences;
  const unknown = conferenceSlugs?.filter((slug) => !conferences.some((c) => c.slug === slug)) ?? [];
  if (unknown.length) throw new Error(`unknown conference ${unknown.map((s) => `"${s}"`).join(", ")}`);
  const slugById = new Map(conferences.map((c) => [c.id, c.slug]));
  const talks = await db.talk.findMany({
    where: { conferenceId: { in: wanted.map((c) => c.id) } },
    select: { id: true, slug: true, title: true, kind: true, day: true, track: true, url: true, conferenceId: true, speakers: { orderBy: { position: "asc" }, select: { speakerId: true } } },
  });
  const speakerIds = [...new Set(talks.flatMap((t) => t.speakers.map((s) => s.speakerId)))];
  const speakers = await db.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, slug: true, name: true } });
  return {
    conferences: conferences.map(({ slug, name, startsOn, endsOn }) => ({ slug, name, startsOn, endsOn })),
    talks: talks.map((t) => ({
      id: t.id,
      slug: t.slug,
      conference: slugById.get(t.conferenceId) ?? "",
      title: t.title,
      kind: t.kind as TalkKind,
      day: t.day,
      track: t.track,
      speakerIds: t.speakers.map((s) => s.speakerId),
      urls: t.url ? [t.url] : [],
    })),
    speakers,
  };
}
