/**
 * The studio's read queries: the conference picker, a programme to tick, an
 * author's own writeups, and labels for mention suggestions.
 *
 * Authorization is not done here: callers pass the signed-in author's id, and every mutation
 * goes through writeup-lifecycle.ts, which checks ownership itself.
 */
import type { Db, Prisma } from "@/lib/server/db";
import type { DetectedMention } from "@/lib/core/mentions/types";
import { speakerPath, talkPath } from "@/lib/paths";

/** Enough to pick from without a search box; older conferences are rarely written up. */
export const PICKER_CONFERENCES = 60;

export async function listPickerConferences(db: Db) {
  return db.conference.findMany({
    select: { slug: true, name: true, startsOn: true, endsOn: true, location: true, _count: { select: { talks: true } } },
    orderBy: [{ startsOn: "desc" }, { name: "asc" }],
    take: PICKER_CONFERENCES,
  });
}

/** The conferences a writeup may be filed under: the picker's list plus any already chosen. */
export async function listConferenceOptions(db: Db, chosen: string[]) {
  const [recent, extra] = await Promise.all([
    db.conference.findMany({ select: { slug: true, name: true, startsOn: true }, orderBy: [{ startsOn: "desc" }, { name: "asc" }], take: PICKER_CONFERENCES }),
    db.conference.findMany({ where: { slug: { in: chosen } }, select: { slug: true, name: true, startsOn: true } }),
  ]);
  const bySlug = new Map([...recent, ...extra].map((c) => [c.slug, c]));
  return [...bySlug.values()].sort((a, b) => (b.startsOn ?? "").localeCompare(a.startsOn ?? "") || a.name.localeCompare(b.name));
}

const pickTalkSelect = {
  id: true,
  slug: true,
  title: true,
  day: true,
  startsAt: true,
  room: true,
  speakers: { orderBy: { position: "asc" }, select: { speaker: { select: { name: true } } } },
} satisfies Prisma.TalkSelect;

export type PickTalk = Prisma.TalkGetPayload<{ select: typeof pickTalkSelect }>;

export async function getPickerProgramme(db: Db, conferenceSlug: string) {
  const conference = await db.conference.findUnique({
    where: { slug: conferenceSlug },
    select: { id: true, slug: true, name: true, timezone: true, startsOn: true, endsOn: true },
  });
  if (!conference) return null;
  const talks = await db.talk.findMany({
    where: { conferenceId: conference.id, status: "scheduled" },
    select: pickTalkSelect,
    orderBy: [{ day: "asc" }, { startsAt: "asc" }, { title: "asc" }],
  });
  return { conference, talks };
}

/** The ticked talks, only those of that conference (ids come from a form). */
export async function getTalksForOutline(db: Db, conferenceSlug: string, talkIds: string[]) {
  if (!talkIds.length) return [];
  return db.talk.findMany({
    where: { id: { in: talkIds }, conference: { slug: conferenceSlug } },
    select: { ...pickTalkSelect, conference: { select: { slug: true } } },
  });
}

export async function findWriteupBySlug(db: Db, slug: string) {
  return db.writeup.findUnique({ where: { slug }, select: { id: true, authorId: true } });
}

/** Where an old slug of a published writeup points now, if anywhere. */
export async function findSlugRedirect(db: Db, slug: string) {
  const row = await db.writeupSlugRedirect.findUnique({ where: { slug }, select: { writeup: { select: { slug: true, authorId: true } } } });
  return row?.writeup ?? null;
}

export async function listAuthorWriteups(db: Db, authorId: string) {
  return db.writeup.findMany({
    where: { authorId },
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, updatedAt: true, deletedAt: true, excerpt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
  });
}

export interface SuggestionView {
  kind: "talk" | "speaker";
  id: string;
  start: number;
  end: number;
  text: string;
  reason: string;
  /** What accepting links to: "Docker 500: Going Fast… (DockerCon Europe 2017)" */
  label: string;
  href: string;
}

/** Suggestions as the editor shows them: the words, and what they would link to. */
export async function describeSuggestions(db: Db, suggestions: readonly DetectedMention[]): Promise<SuggestionView[]> {
  const talkIds = suggestions.filter((s) => s.kind === "talk").map((s) => s.id);
  const speakerIds = suggestions.filter((s) => s.kind === "speaker").map((s) => s.id);
  const [talks, speakers] = await Promise.all([
    talkIds.length ? db.talk.findMany({ where: { id: { in: talkIds } }, select: { id: true, slug: true, title: true, conference: { select: { slug: true, name: true } } } }) : [],
    speakerIds.length ? db.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, slug: true, name: true } }) : [],
  ]);
  const talkById = new Map(talks.map((t) => [t.id, t]));
  const speakerById = new Map(speakers.map((s) => [s.id, s]));
  return suggestions.flatMap((s): SuggestionView[] => {
    const base = { kind: s.kind, id: s.id, start: s.start, end: s.end, text: s.text, reason: s.reason };
    if (s.kind === "talk") {
      const t = talkById.get(s.id);
      return t ? [{ ...base, label: `${t.title} (${t.conference.name})`, href: talkPath(t.conference.slug, t.slug) }] : [];
    }
    const p = speakerById.get(s.id);
    return p ? [{ ...base, label: p.name, href: speakerPath(p.slug) }] : [];
  });
}
