/**
 * Overlap resolution: mentions of one kind must not overlap. The surest
 * wins (then the longer), the way a reader would settle two readings of the
 * same words.
 */
import type { DetectedMention } from "./types";

export function selectNonOverlapping<T>(items: readonly T[], mentionOf: (item: T) => DetectedMention): T[] {
  const ranked = [...items].sort((a, b) => {
    const ma = mentionOf(a);
    const mb = mentionOf(b);
    return mb.confidence - ma.confidence || mb.end - mb.start - (ma.end - ma.start) || ma.start - mb.start;
  });
  const taken: DetectedMention[] = [];
  const out: T[] = [];
  for (const item of ranked) {
    const m = mentionOf(item);
    if (taken.some((t) => t.start < m.end && m.start < t.end)) continue;
    taken.push(m);
    out.push(item);
  }
  return out.sort((a, b) => mentionOf(a).start - mentionOf(b).start);
}
