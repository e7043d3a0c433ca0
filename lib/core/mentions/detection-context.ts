/**
 * What the matchers share while scanning one writeup: the catalog index, the
 * scanned prose, and the prose tokens as vocabulary ids (-1 = a word no title
 * or name contains) with their barriers.
 */
import type { ScannedText } from "./markdown-scan";
import type { MentionIndex } from "./mention-index";

export interface DetectionContext {
  index: MentionIndex;
  scan: ScannedText;
  ids: Int32Array;
  barrier: boolean[];
  words: string[];
}

export function createDetectionContext(index: MentionIndex, scan: ScannedText): DetectionContext {
  const ids = new Int32Array(scan.tokens.length);
  const barrier = new Array<boolean>(scan.tokens.length);
  scan.tokens.forEach((t, i) => {
    ids[i] = index.vocabulary.get(t.norm) ?? -1;
    barrier[i] = t.barrier;
  });
  return { index, scan, ids, barrier, words: index.words };
}
