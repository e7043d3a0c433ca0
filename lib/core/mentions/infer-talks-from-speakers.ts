/**
 * Talks identified by who gave them.
 *
 * "Marcos Lilljedahl and Jonathan Leibiusky talked about …" names a talk
 * without its title: speakers listed together (joined by "and", "&", ",",
 * "with") who share exactly one talk refer to that talk.
 *
 * A single speaker refers to their talk only when the sentence is about a
 * talk ("presented", "spoke", "session", …) and the writeup has not already
 * named one of their talks. A speaker with several talks is resolved by the
 * sentence (a kind word such as "workshop" or "keynote", words of one of the
 * titles) or by the narrative day; otherwise the mention is reported as
 * ambiguous, with every candidate.
 */
import type { DetectionContext } from "./detection-context";
import type { SpeakerHit } from "./match-speakers";
import { sentenceHasCue } from "./match-titles";
import { narrativeDays, type DayCue } from "./resolve-days";
import type { DetectedMention } from "./types";
import { GENERIC_EVENT_WORDS, STOPWORDS } from "./word-lists";

const JOINER = /^[\s,*_]*(?:(?:and|&|&amp;|und|et|y|with)[\s*_]*)?$/i;

export function inferTalksFromSpeakers(
  ctx: DetectionContext,
  hits: SpeakerHit[],
  cues: DayCue[],
  alreadyMentioned: Set<string>,
  usedHits: Set<SpeakerHit>,
): DetectedMention[] {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  const out: DetectedMention[] = [];
  const dayAt = narrativeDays(cues);
  const usable = hits.filter((h) => h.full && !h.mention.candidates && h.mention.confidence >= 0.6);

  // Group speakers written together.
  const groups: SpeakerHit[][] = [];
  for (const h of usable) {
    const group = groups[groups.length - 1];
    const prev = group?.[group.length - 1];
    if (
      group &&
      prev &&
      tokens[prev.lastToken]!.sentence === tokens[h.firstToken]!.sentence &&
      !tokens[h.firstToken]!.barrier &&
      JOINER.test(scan.source.slice(prev.mention.end, h.mention.start)) &&
      !group.some((g) => g.speaker === h.speaker)
    ) {
      group.push(h);
    } else groups.push([h]);
  }

  for (const group of groups) {
    const first = group[0]!;
    const last = group[group.length - 1]!;
    let talks = index.speakers[first.speaker]!.talks;
    for (const h of group.slice(1)) talks = talks.filter((t) => index.speakers[h.speaker]!.talks.includes(t));
    if (talks.length === 0) continue;
    const start = first.mention.start;
    const end = last.mention.end;
    const base = { kind: "talk" as const, start, end, text: scan.source.slice(start, end) };

    if (group.length >= 2) {
      if (talks.length === 1) {
        out.push({ ...base, id: index.talks[talks[0]!]!.talk.id, confidence: 0.85, reason: "speaker names" });
        continue;
      }
      const resolved = resolveByContext(ctx, talks, first.firstToken, dayAt(first.firstToken));
      out.push(asMention(ctx, base, resolved, talks, "speaker names"));
      continue;
    }

    if (usedHits.has(first)) continue;
    if (talks.some((t) => alreadyMentioned.has(index.talks[t]!.talk.id))) continue;
    if (!sentenceHasCue(ctx, first.firstToken)) continue;
    if (talks.length === 1) {
      out.push({ ...base, id: index.talks[talks[0]!]!.talk.id, confidence: 0.6, reason: "speaker's talk" });
      continue;
    }
    const resolved = resolveByContext(ctx, talks, first.firstToken, dayAt(first.firstToken));
    out.push(asMention(ctx, base, resolved, talks, "speaker's talk"));
  }
  return out;
}

function asMention(
  ctx: DetectionContext,
  base: { kind: "talk"; start: number; end: number; text: string },
  resolved: number | null,
  talks: number[],
  reason: string,
): DetectedMention {
  const { index } = ctx;
  if (resolved !== null) {
    return { ...base, id: index.talks[resolved]!.talk.id, confidence: 0.6, reason: `${reason} and context` };
  }
  return {
    ...base,
    id: index.talks[talks[0]!]!.talk.id,
    confidence: 0.45,
    reason: `${reason}, ambiguous`,
    candidates: talks.map((t) => index.talks[t]!.talk.id),
  };
}

/**
 * Picks one of a speaker's talks from the sentence: a kind word naming one
 * talk's kind, then title words, then the narrative day. Null when still tied.
 */
function resolveByContext(ctx: DetectionContext, talks: number[], at: number, days: string[]): number | null {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  const sentence = tokens[at]!.sentence;
  const words = new Set<string>();
  for (let i = at; i >= 0 && tokens[i]!.sentence === sentence; i--) words.add(tokens[i]!.norm);
  for (let i = at + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) words.add(tokens[i]!.norm);

  const kindWords: Record<string, string[]> = {
    keynote: ["keynote", "plenary"],
    workshop: ["workshop", "tutorial", "training"],
    panel: ["panel"],
    lightning: ["lightning"],
  };
  const byKind = talks.filter((t) => {
    const entry = index.talks[t]!;
    const kind = entry.keynote ? "keynote" : entry.talk.kind;
    return (kindWords[kind] ?? []).some((w) => words.has(w));
  });
  if (byKind.length === 1) return byKind[0]!;

  const scores = talks.map((t) => {
    let score = 0;
    for (const id of new Set(index.talks[t]!.tokens)) {
      const w = index.words[id]!;
      if (STOPWORDS.has(w) || GENERIC_EVENT_WORDS.has(w) || !words.has(w)) continue;
      const elsewhere = talks.some((o) => o !== t && index.talks[o]!.tokens.includes(id));
      if (!elsewhere) score++;
    }
    return score;
  });
  const top = Math.max(...scores);
  if (top > 0 && scores.filter((s) => s === top).length === 1) return talks[scores.indexOf(top)]!;

  if (days.length > 0) {
    const onDay = talks.filter((t) => days.includes(index.talks[t]!.talk.day ?? ""));
    if (onDay.length === 1) return onDay[0]!;
  }
  return null;
}
