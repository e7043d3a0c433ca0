/**
 * Few suggestions: one decision per talk (or speaker) and phrase, not one per
 * occurrence. A long writeup that says "the keynote" 183 times asks its
 * author once.
 *
 * Contract:
 * - groupSuggestions groups the detector's suggestions by (kind, id,
 *   normalizeName of the words), in order of first occurrence. Each group
 *   keeps every occurrence, the first one's words as written, the surest
 *   occurrence's reason and confidence, and the candidates the occurrences
 *   offered (best first, without duplicates).
 * - applyGroupDecision applies one decision to every occurrence: each
 *   replaces the mentions of the same kind that covered its words with the
 *   author's decision ("confirmed" to `id`, or "rejected" of the suggested
 *   talk), exactly as one decision on one occurrence did before.
 */
import { normalizeName } from "../text/normalize";
import type { StoredMention } from "./reconcile-mentions";
import type { DetectedMention, MentionKind } from "./types";

export interface Occurrence {
  start: number;
  end: number;
  text: string;
}

export interface SuggestionGroup {
  kind: MentionKind;
  /** The best guess. */
  id: string;
  /** normalizeName of the words. */
  phrase: string;
  /** The first occurrence's words, as written. */
  text: string;
  start: number;
  end: number;
  reason: string;
  confidence: number;
  /** Ids the words could mean, best first (the best guess included), when there are several. */
  candidates?: string[];
  occurrences: Occurrence[];
}

export const groupKey = (kind: MentionKind, id: string, text: string) => `${kind}:${id}:${normalizeName(text)}`;

export function groupSuggestions(suggestions: readonly DetectedMention[]): SuggestionGroup[] {
  const groups = new Map<string, SuggestionGroup>();
  for (const s of [...suggestions].sort((a, b) => a.start - b.start)) {
    const key = groupKey(s.kind, s.id, s.text);
    let g = groups.get(key);
    if (!g) {
      g = { kind: s.kind, id: s.id, phrase: normalizeName(s.text), text: s.text, start: s.start, end: s.end, reason: s.reason, confidence: s.confidence, occurrences: [] };
      groups.set(key, g);
    } else if (s.confidence > g.confidence) {
      g.reason = s.reason;
      g.confidence = s.confidence;
    }
    g.occurrences.push({ start: s.start, end: s.end, text: s.text });
    if (s.candidates?.length) {
      const merged = new Set([g.id, ...(g.candidates ?? []), ...s.candidates]);
      g.candidates = [...merged];
    }
  }
  return [...groups.values()];
}

export interface GroupDecision {
  kind: MentionKind;
  /** What the occurrences now mean: the suggested id, or the candidate the author picked. */
  id: string;
  decision: "accept" | "reject";
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

export function applyGroupDecision(mentions: readonly StoredMention[], occurrences: readonly Occurrence[], d: GroupDecision): StoredMention[] {
  const kept = mentions.filter((m) => !(m.kind === d.kind && occurrences.some((o) => overlaps(m, o))));
  const source = d.decision === "accept" ? "confirmed" : "rejected";
  for (const o of occurrences) {
    // Two occurrences never overlap (the detector's are disjoint); guard anyway.
    if (kept.some((m) => m.kind === d.kind && m.source === source && overlaps(m, o))) continue;
    kept.push({ kind: d.kind, id: d.id, start: o.start, end: o.end, text: o.text, source, confidence: 1, reason: "author's decision" });
  }
  return kept.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === "talk" ? -1 : 1));
}
