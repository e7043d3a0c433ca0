/**
 * Keeps the author's decisions when a writeup is detected again after an edit.
 *
 * Stored mentions come in four kinds of `source`:
 * - "explicit": a markdown link to a talk or speaker page; the detector finds
 *   these again from the markdown itself, so old ones are simply replaced.
 * - "detected": linked by the detector without asking; replaced by the new run.
 * - "confirmed": a suggestion the author accepted; kept, re-anchored to where
 *   its text now is.
 * - "rejected": a suggestion the author turned down; kept, and the same target
 *   named by the same words is never suggested or linked again in this writeup.
 *
 * A decision whose words were edited away is dropped with them. The new run's
 * confident matches become "detected"; the rest are returned as suggestions
 * for the editor, never stored until the author accepts them.
 */
import { normalizeName } from "../text/normalize";
import { actionOf, type DetectedMention, type MentionKind } from "./types";

export type MentionSource = "explicit" | "detected" | "confirmed" | "rejected";

export interface StoredMention {
  kind: MentionKind;
  /** The talk's or speaker's id. */
  id: string;
  start: number;
  end: number;
  text: string;
  source: MentionSource;
  confidence: number;
  reason: string | null;
}

export interface Reconciled {
  mentions: StoredMention[];
  suggestions: DetectedMention[];
}

/** Where `text` now stands in `body`: at its old place if unchanged, else the nearest occurrence. */
export function reanchor(body: string, text: string, oldStart: number): { start: number; end: number } | null {
  if (body.startsWith(text, oldStart)) return { start: oldStart, end: oldStart + text.length };
  let best = -1;
  for (let at = body.indexOf(text); at !== -1; at = body.indexOf(text, at + 1)) {
    if (best === -1 || Math.abs(at - oldStart) < Math.abs(best - oldStart)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + text.length };
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const targetKey = (kind: MentionKind, id: string, text: string) => `${kind}:${id}:${normalizeName(text)}`;

export function reconcileMentions(body: string, previous: readonly StoredMention[], detected: readonly DetectedMention[]): Reconciled {
  const decisions: StoredMention[] = [];
  for (const m of previous) {
    if (m.source !== "confirmed" && m.source !== "rejected") continue;
    const at = reanchor(body, m.text, m.start);
    if (at && !decisions.some((d) => d.kind === m.kind && overlaps(d, at))) decisions.push({ ...m, ...at });
  }
  const rejected = new Set(decisions.filter((d) => d.source === "rejected").map((d) => targetKey(d.kind, d.id, d.text)));
  const rejectedIds = new Set(decisions.filter((d) => d.source === "rejected").map((d) => `${d.kind}:${d.id}`));

  const mentions = [...decisions];
  const suggestions: DetectedMention[] = [];
  for (const m of detected) {
    // Decisions win where they stand.
    if (decisions.some((d) => d.kind === m.kind && overlaps(d, m))) continue;
    // Turned down once, in these words: never again in this writeup.
    if (rejected.has(targetKey(m.kind, m.id, m.text))) continue;
    const explicit = m.reason === "explicit link";
    const confident = explicit || (actionOf(m) === "link" && !rejectedIds.has(`${m.kind}:${m.id}`));
    if (confident) {
      mentions.push({ kind: m.kind, id: m.id, start: m.start, end: m.end, text: m.text, source: explicit ? "explicit" : "detected", confidence: m.confidence, reason: m.reason });
    } else {
      suggestions.push(m);
    }
  }
  mentions.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === "talk" ? -1 : 1));
  return { mentions, suggestions };
}
