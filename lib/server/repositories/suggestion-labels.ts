/**
 * Labels and links for mention suggestions: the talk's title and conference,
 * or the speaker's name, looked up in one batch per kind.
 */
import type { Db } from "@/lib/server/db";
import type { DetectedMention } from "@/lib/core/mentions/types";
import type { SuggestionView } from "@/lib/core/writeups/suggestion-view";
import { speakerPath, talkPath } from "@/lib/paths";

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
