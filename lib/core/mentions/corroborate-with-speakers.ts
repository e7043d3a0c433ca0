/**
 * A title and its speaker, named together, confirm each other.
 *
 * "What have syscalls done for you from Liz Rice", "the containerd talk by
 * Scott Coulton", "* Container-relevant kernel developments (Tycho
 * Andersen)": title words that alone would be a phrase, or a suggestion,
 * are the talk when one of its speakers is named in the same sentence, or
 * in the same short block (a list item, a heading, a table row). The boost
 * also settles a match that could mean several talks when only one of them
 * has the speaker named there.
 */
import type { DetectionContext } from "./detection-context";
import type { SpeakerHit } from "./match-speakers";
import { TITLE_WORDS_REASON } from "./match-title-words";
import { CONFIDENT_THRESHOLD, type DetectedMention } from "./types";

/** A block this short (in tokens) is one entry: a list item, a heading, a cell. */
const SHORT_BLOCK = 40;
/** Within a sentence, the speaker must be this close (tokens) to the title words. */
const NEAR = 25;

export function corroborateWithSpeakers(ctx: DetectionContext, titles: readonly DetectedMention[], hits: readonly SpeakerHit[]): DetectedMention[] {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (tokens[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  // Cells of one table row are one entry: "| title words | Speaker |".
  const sameTableRow = (x: number, y: number): boolean => {
    const [bx, by] = [scan.blocks[x]!, scan.blocks[y]!];
    if (bx.kind !== "cell" || by.kind !== "cell") return false;
    const [from, to] = bx.start < by.start ? [bx.start, by.end] : [by.start, bx.end];
    return !scan.source.slice(from, to).includes("\n");
  };
  const sure = hits.filter((h) => h.mention.confidence >= 0.6 && !h.mention.candidates);
  if (sure.length === 0) return [...titles];
  // A piece of a title that is already found whole ("Robots and Gentle Automation" inside
  // "Gardens, Robots and Gentle Automation") must not be boosted past the whole.
  const confident = titles.filter((m) => m.confidence >= CONFIDENT_THRESHOLD && !m.candidates);
  const insideConfident = (m: DetectedMention): boolean =>
    confident.some((c) => c !== m && c.start <= m.start && c.end >= m.end && c.end - c.start > m.end - m.start);
  return titles.map((m) => {
    if (m.confidence >= CONFIDENT_THRESHOLD && !m.candidates) return m;
    if (insideConfident(m)) return m;
    const first = tokenAt(m.start);
    const t = tokens[first]!;
    const block = scan.blocks[t.block]!;
    const shortBlock = block.endToken - block.firstToken <= SHORT_BLOCK;
    const beside = (h: SpeakerHit): boolean => {
      const ht = tokens[h.firstToken]!;
      if (ht.block !== t.block) return sameTableRow(t.block, ht.block);
      if (shortBlock) return true;
      return ht.sentence === t.sentence && Math.abs(h.firstToken - first) <= NEAR;
    };
    const named = new Set(sure.filter(beside).map((h) => h.speaker));
    if (named.size === 0) return m;
    const hasSpeaker = (id: string): boolean => {
      const ti = index.talkIndexById.get(id);
      return ti !== undefined && index.talks[ti]!.speakers.some((s) => named.has(s));
    };
    const ids = m.candidates ?? [m.id];
    const backed = ids.filter(hasSpeaker);
    if (backed.length !== 1) return m;
    // Title words from the middle of a title (match-title-words) stay a suggestion: the speaker
    // may be named for another of their sessions that shares the words.
    const ceiling = m.reason.startsWith(TITLE_WORDS_REASON) ? 0.7 : 0.95;
    const boosted = Math.min(ceiling, Math.max(m.confidence + 0.35, 0.8));
    const { candidates: _, ...rest } = m;
    const reason = `${m.reason.replace(/, ambiguous$/, "")}, with its speaker named beside it`;
    return { ...rest, id: backed[0]!, confidence: Math.round(boosted * 100) / 100, reason };
  });
}
