/**
 * Speakers known by one name: hacker conferences list many people by their
 * handle ("erdgeist", "it4n6", "TheOnlyJoey"), and community events by a
 * first name alone. A full-name match needs two words, so these people were
 * never found.
 *
 * One word is weak evidence, so how it counts depends on what the word looks
 * like in the programme:
 * - a handle that is plainly not a word (digits, capitals inside:
 *   "it4n6", "TheOnlyJoey") is that person wherever it is written;
 * - a name that could be an ordinary word or a first name ("polygon",
 *   "Robert") counts only right after "by" (von, de, par, van, door…),
 *   where a writer names who gave a talk, or as the possessive before a
 *   talk word ("erdgeist's talk").
 *
 * A one-word name that is also another speaker's first name, a stopword or a
 * programme word is never matched alone, nor when a capitalised word follows
 * (the name goes on: "by Don Marti"), and one word that several speakers
 * share stays unlinked.
 */
import type { DetectionContext } from "./detection-context";
import type { SpeakerHit } from "./match-speakers";
import type { MentionIndex } from "./mention-index";
import { tokenNorms, vocabularyKey } from "./tokenize";
import { GENERIC_EVENT_WORDS, STOPWORDS, TALK_CUE_WORDS } from "./word-lists";

interface Handle {
  speaker: number;
  /** Not an ordinary word: digits, or a capital after the first letter. */
  distinct: boolean;
}

/** Words that introduce who gave a talk, in the languages reports are written in. */
const BY_WORDS: ReadonlySet<string> = new Set(["by", "from", "von", "vom", "de", "du", "par", "van", "door", "por", "di", "da"]);

const tables = new WeakMap<MentionIndex, Map<number, Handle[]>>();

/** Vocabulary id → the speakers whose whole name is that one word. Built once per index. */
export function handleTable(index: MentionIndex): Map<number, Handle[]> {
  let table = tables.get(index);
  if (table) return table;
  table = new Map();
  for (let s = 0; s < index.speakers.length; s++) {
    const name = index.speakers[s]!.speaker.name.trim();
    const norms = tokenNorms(name);
    if (norms.length !== 1) continue;
    const norm = norms[0]!;
    if (norm.length < 3 || /^\d+$/.test(norm) || STOPWORDS.has(norm) || GENERIC_EVENT_WORDS.has(norm)) continue;
    if (index.speakersByFirstName.has(norm)) continue;
    const id = index.vocabulary.get(vocabularyKey(norm));
    if (id === undefined) continue;
    const distinct = /\d/.test(name) || /\p{L}\p{Lu}/u.test(name);
    const list = table.get(id);
    if (list) list.push({ speaker: s, distinct });
    else table.set(id, [{ speaker: s, distinct }]);
  }
  tables.set(index, table);
  return table;
}

/** One-word speaker names outside the tokens `covered` by full-name matches. */
export function matchHandles(ctx: DetectionContext, covered: Uint8Array): SpeakerHit[] {
  const { index, scan, ids, typo } = ctx;
  const table = handleTable(index);
  if (table.size === 0) return [];
  const tokens = scan.tokens;
  const out: SpeakerHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (covered[i] || typo[i]) continue;
    const handles = table.get(ids[i]!);
    if (!handles || handles.length !== 1) continue;
    const { speaker, distinct } = handles[0]!;
    const t = tokens[i]!;
    // "by Don Marti" names someone else: a capitalised word right after means the name goes on.
    const next = tokens[i + 1];
    if (next && next.sentence === t.sentence && !next.barrier && next.cap && !STOPWORDS.has(next.norm) && /^[ \t\u00a0]$/.test(scan.source.slice(t.end, next.start))) continue;
    let confidence = 0;
    let reason = "";
    if (distinct) {
      confidence = 0.8;
      reason = "speaker handle";
    } else {
      const prev = tokens[i - 1];
      const byBefore = prev !== undefined && prev.sentence === t.sentence && !t.barrier && BY_WORDS.has(prev.norm);
      if (byBefore) {
        confidence = 0.75;
        reason = "speaker's one name, after 'by'";
      } else if (possessiveBeforeTalkWord(ctx, i)) {
        confidence = 0.7;
        reason = "speaker's one name, before their talk";
      } else continue;
    }
    out.push({
      mention: { kind: "speaker", id: index.speakers[speaker]!.speaker.id, start: t.start, end: t.end, text: scan.source.slice(t.start, t.end), confidence, reason },
      speaker,
      firstToken: i,
      lastToken: i,
      full: true,
    });
  }
  return out;
}

/** "erdgeist's talk", "polygon’s keynote": the name, an apostrophe s, then a talk word. */
function possessiveBeforeTalkWord(ctx: DetectionContext, i: number): boolean {
  const tokens = ctx.scan.tokens;
  const t = tokens[i]!;
  // The token may or may not include the "'s".
  if (!/['’]s\b/.test(ctx.scan.source.slice(Math.max(t.start, t.end - 2), t.end + 3))) return false;
  const next = tokens[i + 1];
  return next !== undefined && next.sentence === t.sentence && TALK_CUE_WORDS.has(next.norm);
}
