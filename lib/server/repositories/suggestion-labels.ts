/**
 * Labels and links for grouped mention suggestions: each candidate talk's
 * title, conference, day and speakers, or the speaker's name, looked up in
 * one batch per kind.
 */
import type { Db, Prisma } from "@/lib/server/db";
import type { SuggestionGroup } from "@/lib/core/mentions/group-suggestions";
import type { SuggestedTarget, SuggestionView } from "@/lib/core/writeups/suggestion-view";
import { formatDay } from "@/lib/core/format/dates";
import { speakerPath, talkPath } from "@/lib/paths";

const talkLabelSelect = {
  id: true,
  slug: true,
  title: true,
  day: true,
  conference: { select: { slug: true, name: true } },
  speakers: { select: { speaker: { select: { name: true } } }, orderBy: { position: "asc" } },
} satisfies Prisma.TalkSelect;

/** Suggestions as the editor shows them: one per group, with what each candidate would link to. */
export async function describeSuggestions(db: Db, groups: readonly SuggestionGroup[]): Promise<SuggestionView[]> {
  const idsOf = (g: SuggestionGroup) => g.candidates ?? [g.id];
  const talkIds = [...new Set(groups.filter((g) => g.kind === "talk").flatMap(idsOf))];
  const speakerIds = [...new Set(groups.filter((g) => g.kind === "speaker").flatMap(idsOf))];
  const [talks, speakers] = await Promise.all([
    talkIds.length ? db.talk.findMany({ where: { id: { in: talkIds } }, select: talkLabelSelect }) : [],
    speakerIds.length ? db.speaker.findMany({ where: { id: { in: speakerIds } }, select: { id: true, slug: true, name: true } }) : [],
  ]);
  const targets = new Map<string, SuggestedTarget>();
  for (const t of talks) {
    targets.set(`talk:${t.id}`, {
      id: t.id,
      title: t.title,
      label: `${t.title} (${t.conference.name})`,
      href: talkPath(t.conference.slug, t.slug),
      conference: t.conference.name,
      day: t.day ? formatDay(t.day) : null,
      speakers: t.speakers.map((s) => s.speaker.name),
    });
  }
  for (const s of speakers) targets.set(`speaker:${s.id}`, { id: s.id, title: s.name, label: s.name, href: speakerPath(s.slug) });
  return groups.flatMap((g): SuggestionView[] => {
    const target = targets.get(`${g.kind}:${g.id}`);
    if (!target) return [];
    const others = idsOf(g).filter((id) => id !== g.id).flatMap((id) => targets.get(`${g.kind}:${id}`) ?? []);
    return [{ kind: g.kind, id: g.id, start: g.start, end: g.end, text: g.text, count: g.occurrences.length, reason: g.reason, label: target.label, href: target.href, target, others }];
  });
}
