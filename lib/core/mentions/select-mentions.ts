/**
 * Overlap resolution: mentions of one kind must not overlap. The surest
 * wins (then the longer), the way a reader would settle two readings of the
 * same words.
 *
 * Accepted spans are kept sorted by start and never overlap, so checking a
 * candidate is a binary search and a look at its two neighbours.
 */
import type { DetectedMention } from "./types";

export function selectNonOverlapping<T>(items: readonly T[], mentionOf: (item: T) => DetectedMention): T[] {
  const ranked = [...items].sort((a, b) => {
    const ma = mentionOf(a);
    const mb = mentionOf(b);
    return mb.confidence - ma.confidence || mb.end - mb.start - (ma.end - ma.start) || ma.start - mb.start;
  });
  const taken: { start: number; end: number; item: T }[] = [];
  for (const item of ranked) {
    const m = mentionOf(item);
    let lo = 0;
    let hi = taken.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (taken[mid]!.start < m.start) lo = mid + 1;
      else hi = mid;
    }
    const before = taken[lo - 1];
    const after = taken[lo];
    if (before && before.end > m.start) continue;
    if (after && after.start < m.end) continue;
    taken.splice(lo, 0, { start: m.start, end: m.end, item });
  }
  return taken.map((t) => t.item);
}
