import type { Db, Prisma } from "@/lib/server/db";
import { coverageOfSpeaker, coverageOfTalks } from "./coverage";

export const SPEAKERS_PER_PAGE = 120;

export async function listSpeakers(db: Db, page = 1) {
  const [items, total] = await Promise.all([
    db.speaker.findMany({
      orderBy: [{ normalizedName: "asc" }, { id: "asc" }],
      select: { slug: true, name: true, affiliation: true },
      skip: (page - 1) * SPEAKERS_PER_PAGE,
      take: SPEAKERS_PER_PAGE,
    }),
    db.speaker.count(),
  ]);
  return { items, total, page, pages: Math.max(1, Math.ceil(total / SPEAKERS_PER_PAGE)) };
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

export const SPEAKER_TALKS_PER_PAGE = 50;
const COVERAGE_PER_TALK = 3;

export async function getSpeakerPage(db: Db, slug: string, page = 1) {
  const speaker = await db.speaker.findUnique({ where: { slug } });
  if (!speaker) return null;
  const [links, totalTalks] = await Promise.all([
    db.talkSpeaker.findMany({
      where: { speakerId: speaker.id },
      select: speakerTalkSelect,
      orderBy: [{ talk: { conference: { startsOn: "desc" } } }, { talk: { day: "asc" } }, { talk: { title: "asc" } }],
      skip: (page - 1) * SPEAKER_TALKS_PER_PAGE,
      take: SPEAKER_TALKS_PER_PAGE,
    }),
    db.talkSpeaker.count({ where: { speakerId: speaker.id } }),
  ]);
  const talks = links.map((l) => l.talk);
  const ids = talks.map((t) => t.id);
  // Counts and the newest few writeups of every talk on the page at once, not
  // two queries per talk (50 talks made 100 queries, queued on one connection).
  const [coverage, direct] = await Promise.all([coverageOfTalks(db, ids, COVERAGE_PER_TALK), coverageOfSpeaker(db, speaker.id)]);
  const covered = new Set([...coverage.values()].flatMap((c) => c.items.map((i) => i.writeup.slug)));
  return {
    speaker,
    talks: talks.map((t) => ({ ...t, coverageCount: coverage.get(t.id)?.total ?? 0, coverage: coverage.get(t.id)?.items ?? [] })),
    totalTalks,
    page,
    pages: Math.max(1, Math.ceil(totalTalks / SPEAKER_TALKS_PER_PAGE)),
    /** Writeups that name the speaker without linking one of the talks shown. */
    mentionedIn: direct.items.filter((d) => !covered.has(d.writeup.slug)),
  };
}

/** Where a merged speaker's old slug now lives, if anywhere. */
export async function findSpeakerRedirect(db: Db, slug: string): Promise<string | null> {
  const redirect = await db.speakerSlugRedirect.findUnique({ where: { slug }, select: { speaker: { select: { slug: true } } } });
  return redirect?.speaker.slug ?? null;
}
