/**
 * What the matchers share while scanning one writeup: the catalog index, the
 * scanned prose, and the prose tokens as vocabulary ids (-1 = a word no title
 * or name contains) with their barriers.
 *
 * A word the vocabulary lacks takes the id of the one vocabulary word it is
 * a typo of ("Lookging" → "looking"), and is flagged in `typo`, so matchers
 * can count it as an edit.
 */
import type { ScannedText } from "./markdown-scan";
import { nearWord, type MentionIndex } from "./mention-index";
import { guessLanguage } from "./day-words";
import { vocabularyKey } from "./tokenize";

export interface DetectionContext {
  index: MentionIndex;
  scan: ScannedText;
  ids: Int32Array;
  /** 1 where ids[i] is a typo's correction, not the word as written. */
  typo: Uint8Array;
  barrier: boolean[];
  words: string[];
  /** The writeup's language ("en", "fr", "de", "nl", "es"), for words that mean different things in each. */
  language: string;
}

export function createDetectionContext(index: MentionIndex, scan: ScannedText): DetectionContext {
  const ids = new Int32Array(scan.tokens.length);
  const typo = new Uint8Array(scan.tokens.length);
  const barrier = new Array<boolean>(scan.tokens.length);
  // A writeup repeats its words: each distinct word is looked up (and typo-corrected) once.
  const known = new Map<string, number>();
  scan.tokens.forEach((t, i) => {
    let code = known.get(t.norm);
    if (code === undefined) {
      const key = vocabularyKey(t.norm);
      const id = index.vocabulary.get(key) ?? -1;
      const near = id < 0 ? nearWord(index, key) : -1;
      code = id >= 0 ? id * 2 : near >= 0 ? near * 2 + 1 : -1;
      known.set(t.norm, code);
    }
    ids[i] = code < 0 ? -1 : code >> 1;
    typo[i] = code < 0 ? 0 : code & 1;
    barrier[i] = t.barrier;
  });
  return { index, scan, ids, typo, barrier, words: index.words, language: guessLanguage(known.keys()) };
}
