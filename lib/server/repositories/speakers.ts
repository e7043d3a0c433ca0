import type { Db, Prisma } from "@/lib/server/db";
import { coverageCounts, coverageOfSpeaker, coverageOfTalks } from "./coverage";

export async function listSpeakers(db: Db) {
  return db.speaker.findMany({
    orderBy: { normalizedName: "asc" },
    select: { slug: true, name: true, affiliation: true, _count: { select: { talks: true } } },
  });
}

const speakerTalkSelect = {
  talk: {
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      day: true,
      startsAt: true,
      status: true,
      conference: { select: { slug: true, name: true, startsOn: true, timezone: true } },
    },
  },
} satisfies Prisma.TalkSpeakerSelect;

export async function getSpeakerPage(db: Db, slug: string) {
  const speaker = await db.speaker.findUnique({
    where: { slug },
    include: { talks: { select: speakerTalkSelect } },
  });
  if (!speaker) return null;
  const talks = speaker.talks
    .map((t) => t.talk)
    .sort((a, b) => (b.conference.startsOn ?? "").localeCompare(a.conference.startsOn ?? "") || (a.day ?? "").localeCompare(b.day ?? ""));
  const ids = talks.map((t) => t.id);
  const [counts, coverage, direct] = await Promise.all([coverageCounts(db, ids), coverageOfTalks(db, ids), coverageOfSpeaker(db, speaker.id)]);
  return {
    speaker,
    talks: talks.map((t) => ({ ...t, coverageCount: counts.get(t.id) ?? 0, coverage: coverage.get(t.id) ?? [] })),
    /** Writeups that name the speaker without linking one of their talks. */
    mentionedIn: direct.filter((d) => !talks.some((t) => (coverage.get(t.id) ?? []).some((c) => c.writeup.slug === d.writeup.slug))),
  };
}

/** Where a merged speaker's old slug now lives, if anywhere. */
export async function findSpeakerRedirect(db: Db, slug: string): Promise<string | null> {
  const redirect = await db.speakerSlugRedirect.findUnique({ where: { slug }, select: { speaker: { select: { slug: true } } } });
  return redirect?.speaker.slug ?? null;
}
