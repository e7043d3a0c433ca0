/**
 * A talk named by its distinctive words, from anywhere in its title.
 *
 * Writers shorten a title to what sets it apart: "the Finnish Railways
 * talk", "a session on Alpine Linux", "the containerd talk", "Liz Rice's
 * syscalls talk". The title automaton only starts at a title's (or a
 * segment's) first word; this matcher starts at a rare title word (one that
 * few titles of the catalog contain), grows the run over the neighbouring
 * words that continue the same title, and reports it:
 *
 * - next to a talk word ("talk", "session", "keynote", "workshop", …) as a
 *   suggestion, since a phrase of a title is not the title;
 * - otherwise as weak title words, which corroborateWithSpeakers turns into
 *   a link when one of the talk's speakers is named beside them, and which
 *   are dropped otherwise.
 *
 * Words several talks share make a suggestion with every candidate.
 */
import type { DetectionContext } from "./detection-context";
import { TitleFlag } from "./mention-index";
import { WEAK_TITLE } from "./match-titles";
import type { DetectedMention } from "./types";
import { STOPWORDS, TALK_CUE_WORDS } from "./word-lists";

/** The reason of every mention this matcher makes; corroborateWithSpeakers keeps them suggestions. */
export const TITLE_WORDS_REASON = "words of its title";

/** A rare word in more titles than this is not followed into each of them. */
const MAX_TALKS_PER_WORD = 8;
/** A talk word this many tokens before or after the run makes it "about a talk". */
const CUE_DISTANCE = 3;

export function matchTitleWords(ctx: DetectionContext): DetectedMention[] {
  const { index, scan, ids, barrier } = ctx;
  const tokens = scan.tokens;
  const spans = new Map<string, { a: number; b: number; talks: Set<number>; content: number }>();
  for (let i = 0; i < tokens.length; i++) {
    const id = ids[i]!;
    if (id < 0) continue;
    const talks = index.talksByRareWord.get(id);
    if (!talks || talks.length > MAX_TALKS_PER_WORD) continue;
    const t = tokens[i]!;
    if (t.norm.length < 4 && !t.upper) continue;
    for (const ti of talks) {
      const entry = index.talks[ti]!;
      if (entry.generic || entry.contentCount < 2) continue;
      for (let p = entry.tokens.indexOf(id); p >= 0; p = entry.tokens.indexOf(id, p + 1)) {
        let a = i;
        let q = p;
        while (a > 0 && q > 0 && !barrier[a] && ids[a - 1] === entry.tokens[q - 1]) {
          a--;
          q--;
        }
        let b = i;
        let r = p;
        while (b + 1 < tokens.length && r + 1 < entry.tokens.length && !barrier[b + 1] && ids[b + 1] === entry.tokens[r + 1]) {
          b++;
          r++;
        }
        // A run does not start or end on a function word ("the Finnish Railways", not "the").
        while (a < b && STOPWORDS.has(tokens[a]!.norm)) {
          a++;
          q++;
        }
        while (b > a && STOPWORDS.has(tokens[b]!.norm)) {
          b--;
          r--;
        }
        let content = 0;
        let typos = 0;
        for (let k = q; k <= r; k++) if (entry.flags[k]! & TitleFlag.Content) content++;
        for (let k = a; k <= b; k++) typos += ctx.typo[k]!;
        // One word alone must look like a name (a product, a project: "containerd", "LinuxKit",
        // "PayPal"), be in this title only, and be spelled as the title spells it; two or more
        // meaningful words may be plain words ("overlay networks"), with at most one typo.
        if (content < 2 ? typos > 0 || index.titleFrequency[id]! > 1 || !nameLike(ctx, i) : typos * 3 > b - a + 1) continue;
        const key = `${a}:${b}`;
        const span = spans.get(key) ?? { a, b, talks: new Set<number>(), content };
        span.talks.add(ti);
        span.content = Math.max(span.content, content);
        spans.set(key, span);
      }
    }
  }
  const out: DetectedMention[] = [];
  for (const { a, b, talks, content } of spans.values()) {
    // One word must sit right beside the talk word ("the containerd talk"); a run may be a little further.
    const cue = talkWordNear(ctx, a, b, content >= 2 ? CUE_DISTANCE : 2);
    let confidence = cue ? (content >= 2 ? 0.6 : 0.5) : WEAK_TITLE;
    const ranked = [...talks];
    const start = tokens[a]!.start;
    const end = tokens[b]!.end;
    const mention: DetectedMention = {
      kind: "talk",
      id: index.talks[ranked[0]!]!.talk.id,
      start,
      end,
      text: scan.source.slice(start, end),
      confidence,
      reason: cue ? `${TITLE_WORDS_REASON}, in a sentence about a talk` : TITLE_WORDS_REASON,
    };
    if (ranked.length > 1) {
      confidence = Math.min(confidence, 0.5);
      mention.confidence = confidence;
      mention.candidates = ranked.map((t) => index.talks[t]!.talk.id);
    }
    out.push(mention);
  }
  return out;
}

/**
 * Written like a name: capitalised inside a sentence, in capitals, or with a
 * capital or digit inside ("LinuxKit", "k8s", "http3").
 */
function nameLike(ctx: DetectionContext, i: number): boolean {
  const t = ctx.scan.tokens[i]!;
  const raw = ctx.scan.source.slice(t.start, t.end);
  if (t.upper && raw.length >= 3) return true;
  if (/\p{Ll}\p{Lu}|\d/u.test(raw)) return true;
  const sentenceStart = i === 0 || ctx.scan.tokens[i - 1]!.sentence !== t.sentence;
  return t.cap && !sentenceStart;
}

function talkWordNear(ctx: DetectionContext, a: number, b: number, distance: number): boolean {
  const tokens = ctx.scan.tokens;
  const sentence = tokens[a]!.sentence;
  for (let k = Math.max(0, a - distance); k <= Math.min(tokens.length - 1, b + distance); k++) {
    if (k >= a && k <= b) continue;
    const t = tokens[k]!;
    if (t.sentence === sentence && TALK_CUE_WORDS.has(t.norm)) return true;
  }
  return false;
}
