/**
 * Talk titles written in prose: whole, shortened, or slightly wrong.
 *
 * Candidates come from the title automaton (maximal partial matches of a
 * title, or of a title from one of its segments on). Each candidate is then
 * verified against the full title with a small bounded alignment that allows
 * a word or two changed, dropped or added ("Building a Secure *Software*
 * Supply Chain" for "Building a Secure Supply Chain"), and scored:
 *
 * - how much of the title is covered (function words weigh less),
 * - whether the writer quoted it (any quote style) and where the quote ends,
 * - whether it is capitalised like a title,
 * - how many meaningful words matched.
 *
 * Generic titles ("Keynote", "Lunch", "Day 1: General Session") never match
 * by wording, and a title with a single meaningful word needs quotes. A
 * short unquoted fragment ("Docker Enterprise Edition" vs "Docker Enterprise
 * Checklist") is not enough: two matching words and one changed is how
 * product names look too.
 */
import type { PartialMatch } from "./aho-corasick";
import type { DetectionContext } from "./detection-context";
import { TitleFlag, TitlePatternKind, tokenWeight, type TitleText } from "./mention-index";
import { quoteAround } from "./quotes";
import type { DetectedMention } from "./types";
import { STOPWORDS, TALK_CUE_WORDS } from "./word-lists";

/** Confidence of title words that need a second clue (the speaker nearby) to be reported at all. */
export const WEAK_TITLE = 0.3;

/** Above this many titles below a trie node, only titles ending exactly there are verified. */
const MAX_TITLES_PER_NODE = 24;

interface Alignment {
  /** Title token indices matched, in order. */
  matched: number[];
  lastText: number;
  edits: number;
}

export function matchTitles(ctx: DetectionContext): DetectedMention[] {
  const { index, ids, barrier } = ctx;
  const out: DetectedMention[] = [];
  index.titles.scan(ids, barrier, 2, (m) => {
    const best = bestForMatch(ctx, m);
    if (best) out.push(best);
  });
  return out;
}

function bestForMatch(ctx: DetectionContext, m: PartialMatch): DetectedMention | null {
  const { index } = ctx;
  const automaton = index.titles;
  const lo = automaton.lo[m.node]!;
  const hi = automaton.hi[m.node]!;
  const end = hi - lo > MAX_TITLES_PER_NODE ? lo + automaton.termCount[m.node]! : hi;
  const scored = new Map<number, DetectedMention>();
  for (let k = lo; k < end; k++) {
    const pattern = index.titlePatterns[automaton.order[k]!]!;
    const mention =
      pattern.kind === TitlePatternKind.Acronym
        ? scoreAcronym(ctx, m, pattern.talk)
        : pattern.kind === TitlePatternKind.Subtitle
          ? scoreSubtitle(ctx, m, pattern.talk, end - lo === 1)
          : scoreTitle(ctx, m, pattern.talk, pattern.offset, end - lo === 1, pattern.kind === TitlePatternKind.WithoutPrefix);
    if (!mention) continue;
    const prev = scored.get(pattern.talk);
    if (!prev || mention.confidence > prev.confidence) scored.set(pattern.talk, mention);
  }
  if (scored.size === 0) return null;
  const ranked = [...scored.values()].sort((a, b) => b.confidence - a.confidence || b.end - b.start - (a.end - a.start));
  const top = ranked[0]!;
  const tied = ranked.filter((r) => top.confidence - r.confidence < 0.02 && r.start === top.start && r.end === top.end);
  if (tied.length > 1) {
    return { ...top, confidence: Math.min(top.confidence, 0.5), reason: `${top.reason}, ambiguous`, candidates: tied.map((r) => r.id) };
  }
  return top;
}

/**
 * A subtitle is scored like a title, but it names its talk less surely: it is
 * often a phrase of the trade ("Lots to learn, and get excited about"). So a
 * subtitle match links a little less confidently than the same title match
 * would, and never more than a title prefix does.
 */
function scoreSubtitle(ctx: DetectionContext, m: PartialMatch, talkIndex: number, uniquePrefix: boolean): DetectedMention | null {
  const talk = ctx.index.talks[talkIndex]!;
  if (!talk.subtitle) return null;
  const scored = scoreTitle(ctx, m, talkIndex, 0, uniquePrefix, false, talk.subtitle);
  if (!scored) return null;
  return { ...scored, confidence: round(Math.min(scored.confidence - 0.05, 0.88)), reason: scored.reason.replace(/\btitle\b/, "subtitle") };
}

function scoreTitle(
  ctx: DetectionContext,
  m: PartialMatch,
  talkIndex: number,
  offset: number,
  uniquePrefix: boolean,
  withoutPrefix = false,
  subtitle?: TitleText,
): DetectedMention | null {
  const { index, scan } = ctx;
  const entry = index.talks[talkIndex]!;
  // The words being matched: the title's, or the subtitle's.
  const talk: TitleText = subtitle ?? entry;
  const frequency = subtitle ? index.subtitleFrequency : index.titleFrequency;
  if (talk.generic) return null;
  const title = talk.tokens;
  const depth = m.last - m.first + 1;
  const budget = title.length >= 8 ? 2 : 1;
  const tail = extend(ctx, m.last + 1, title, offset + depth, budget);
  const matched: number[] = [];
  for (let i = 0; i < depth; i++) matched.push(offset + i);
  matched.push(...tail.matched);
  const lastText = tail.matched.length > 0 ? tail.lastText : m.last;
  const edits = tail.matched.length > 0 ? tail.edits : 0;

  const tokens = scan.tokens;
  let matchedWeight = 0;
  let content = 0;
  let anchored = false;
  for (const i of matched) {
    matchedWeight += tokenWeight(talk.flags[i]!);
    if (!(talk.flags[i]! & TitleFlag.Content)) continue;
    content++;
    if (frequency[title[i]!]! <= index.rareLimit) anchored = true;
  }
  // A dropped vendor word is not part of what the writer had to say.
  const coverage = matchedWeight / (withoutPrefix ? talk.totalWeight - tokenWeight(talk.flags[0]!) : talk.totalWeight);
  const full = matched.length === title.length;
  const reachesEnd = matched[matched.length - 1] === title.length - 1;
  const quote = quoteAround(scan, m.first, lastText);
  // Cased like the catalog says is only a sign when the catalog has capitals to match: many
  // subtitles are written in lower case, like the prose around them.
  const titleCase = isTitleCase(ctx, m.first, lastText) || ((!subtitle || innerCapital(talk.flags)) && casedLikeTitle(ctx, m, talk.flags, offset));
  const spanEnd = quote ? tokens[quote.lastToken]!.end : tokens[lastText]!.end;
  const extra = quote ? quote.lastToken - lastText : 0;
  // A capitalised word right after an unquoted shortened title means the writer's name goes on
  // ("Docker Enterprise Edition" is not "Docker Enterprise Checklist").
  const after = tokens[lastText + 1];
  const nameGoesOn =
    !quote &&
    after !== undefined &&
    !after.barrier &&
    after.cap &&
    !STOPWORDS.has(after.norm) &&
    /^[ \t\u00a0]{1,2}$/.test(scan.source.slice(tokens[lastText]!.end, after.start));

  let confidence = 0;
  let reason = "";
  if (talk.contentCount <= 1) {
    // One meaningful word ("GNUnet", "Serverless panel"): only as an exact quoted title, or its
    // whole first part capitalised as in the title ("the Moby Summit" for "Moby Summit (Copenhagen)"),
    // which is worth asking about.
    const wholeFirstPart = offset === 0 && matched.length >= 2 && (talk.flags[matched[matched.length - 1]!]! & TitleFlag.SegmentEnd) !== 0;
    if (!full && wholeFirstPart && namesSomething(ctx, talk, matched) && edits === 0 && content === talk.contentCount && anchored && !quote && casedLikeTitle(ctx, m, talk.flags, offset)) {
      confidence = 0.5;
      reason = "title's first part";
    } else if (!full || edits > 0 || content < talk.contentCount) return null;
    else if (quote && extra === 0) {
      confidence = 0.55;
      reason = "quoted title";
    } else if (titleCase && title.length >= 2 && anchored) {
      confidence = 0.45;
      reason = "title";
    } else if (!subtitle && title.length === 2 && uniquePrefix && kindWordIn(ctx, title)) {
      // A subject and the session's kind ("Serverless Panel", "the rust workshop"): written whole,
      // even in lower case and with a common subject, it is worth asking about.
      confidence = 0.45;
      reason = "short title with its kind";
    } else return null;
  } else if (full && edits === 0) {
    if (quote) confidence = extra === 0 ? 0.98 : 0.94;
    else if (titleCase) confidence = 0.9;
    // Written in lower case inside a sentence, a short title may just be a phrase
    // ("the ethics of open source"): suggest it, do not link it.
    // A subtitle in lower case is a phrase unless it is long.
    else if (subtitle) {
      if (content < 4) return null;
      confidence = title.length >= 6 ? 0.8 : 0.6;
    } else confidence = title.length >= 6 ? 0.8 : content >= 3 ? 0.6 : 0.45;
    reason = quote ? "quoted title" : "title";
  } else {
    // A shortened or altered title must keep a word that is rare in the
    // catalog: "Open Source Design" is a phrase, "Hacked! Run Time Security" a title.
    // (Or a long run of the title's words around one rare word: "What have syscalls done for you".)
    // Its whole first part capitalised as in the title ("the Moby Summit" for "Moby Summit
    // (Copenhagen)") is worth asking about.
    const wholeFirstPart = offset === 0 && matched.length >= 2 && (talk.flags[matched[matched.length - 1]!]! & TitleFlag.SegmentEnd) !== 0;
    if (content === 1 && anchored && namesSomething(ctx, talk, matched) && wholeFirstPart && edits === 0 && !quote && casedLikeTitle(ctx, m, talk.flags, offset)) {
      return mentionOf(ctx, entry.talk.id, tokens[m.first]!.start, tokens[lastText]!.end, 0.5, "title's first part");
    }
    if (!anchored || (content < 2 && matched.length < 5)) return null;
    // Quoted: the writer says "this is the title". A fragment must still look like one (capitalised,
    // or long) and be a fair share of the title, or its whole first part ("Docker 500").
    const firstPart = offset === 0 && (talk.flags[matched[matched.length - 1]!]! & TitleFlag.SegmentEnd) !== 0;
    const fairShare = full || coverage >= 0.5 || (matched.length >= 3 && coverage >= 0.3) || firstPart;
    if (quote && (titleCase || matched.length >= 4) && fairShare && extra <= Math.max(1, matched.length / 2)) {
      confidence = 0.5 + 0.35 * coverage + (matched.length >= 4 ? 0.1 : 0) - 0.1 * edits;
      reason = edits > 0 ? "quoted title, variant" : full ? "quoted title" : "quoted title prefix";
    } else if (quote) {
      // The writer quoted something else that shares a few words with this title.
      return null;
    } else if (nameGoesOn) {
      return null;
    } else if (
      edits === 0 &&
      matched.length >= 3 &&
      titleCase &&
      (coverage >= 0.5 || matched.length >= 4) &&
      (offset === 0 || withoutPrefix || (reachesEnd && content >= 3)) &&
      (coverage >= 0.7 || inTalkContext(ctx, m.first))
    ) {
      confidence = 0.35 + 0.4 * coverage + 0.05 * Math.min(matched.length - 3, 3);
      reason = withoutPrefix && reachesEnd ? "title without its first word" : "title prefix";
    } else if (edits > 0 && matched.length >= 5 && coverage >= 0.7) {
      confidence = 0.3 + 0.4 * coverage - (titleCase ? 0 : 0.1);
      reason = "title variant";
    } else if (edits === 0 && matched.length === 2 && offset === 0 && uniquePrefix && titleCase && (talk.flags[1]! & TitleFlag.SegmentEnd) !== 0) {
      // Two words are enough only when they are the title's whole first part: "Docker 500".
      confidence = 0.45;
      reason = "title prefix";
    } else if (edits <= 1 && (coverage >= 0.5 || matched.length >= 4)) {
      // Title words, but written like prose: not enough alone. The talk's speaker named beside
      // them makes it ("What have syscalls done for you, from Liz Rice"): see corroborateWithSpeakers.
      confidence = WEAK_TITLE;
      reason = full ? "title in lower case" : "title words";
    } else return null;
    confidence = Math.min(confidence, 0.92);
  }
  // Words matched through a typo ("Lookging under the hood") count against the match, a little.
  let typos = 0;
  for (let i = m.first; i <= lastText; i++) typos += ctx.typo[i]!;
  if (typos > 0) {
    if (typos * 3 > matched.length) return null;
    confidence -= 0.04 * typos;
    reason = `${reason}, spelled differently`;
  }
  const start = tokens[m.first]!.start;
  return {
    kind: "talk",
    id: entry.talk.id,
    start,
    end: spanEnd,
    text: scan.source.slice(start, spanEnd),
    confidence: round(confidence),
    reason,
  };
}

/** "(PWD)" in the title, "PWD" in capitals in the text, and no other title uses the word. */
function scoreAcronym(ctx: DetectionContext, m: PartialMatch, talkIndex: number): DetectedMention | null {
  const { index, scan, ids } = ctx;
  if (m.first !== m.last) return null;
  const token = scan.tokens[m.first]!;
  if (!token.upper || token.norm.length < 3) return null;
  const id = ids[m.first]!;
  if (index.titleFrequency[id] !== 1) return null;
  const talk = index.talks[talkIndex]!;
  // Acronyms are also ordinary words of the trade ("CPU"): only in parentheses or quotes, or in a
  // sentence about a talk.
  const before = scan.source.charAt(token.start - 1);
  const marked = before === "(" || quoteAround(scan, m.first, m.first, 0) !== null;
  const cue = sentenceHasCue(ctx, m.first);
  if (!marked && !cue) return null;
  const confidence = 0.5 + (marked ? 0.1 : 0) + (cue ? 0.15 : 0);
  return {
    kind: "talk",
    id: talk.talk.id,
    start: token.start,
    end: token.end,
    text: token.end > token.start ? scan.source.slice(token.start, token.end) : "",
    confidence: round(confidence),
    reason: "title acronym",
  };
}

/**
 * Aligns text tokens from `textFrom` with title tokens from `titleFrom`,
 * allowing up to `budget` edits (a word changed, dropped or added). The end
 * is free on both sides: a writer may stop early or go on with other words.
 */
function extend(ctx: DetectionContext, textFrom: number, title: number[], titleFrom: number, budget: number): Alignment {
  const { ids, barrier } = ctx;
  const limit = Math.min(ids.length, textFrom + (title.length - titleFrom) + budget + 1);
  const best: Alignment = { matched: [], lastText: textFrom - 1, edits: 0 };
  const path: number[] = [];
  const go = (i: number, j: number, edits: number, lastText: number, editsAtLast: number): void => {
    if (path.length > best.matched.length || (path.length === best.matched.length && path.length > 0 && editsAtLast < best.edits)) {
      best.matched = [...path];
      best.lastText = lastText;
      best.edits = editsAtLast;
    }
    if (i >= title.length || j >= limit || barrier[j]) return;
    if (ids[j] === title[i]) {
      path.push(i);
      go(i + 1, j + 1, edits, j, edits);
      path.pop();
      return;
    }
    if (edits >= budget) return;
    go(i + 1, j + 1, edits + 1, lastText, editsAtLast); // changed word
    go(i + 1, j, edits + 1, lastText, editsAtLast); // dropped word
    go(i, j + 1, edits + 1, lastText, editsAtLast); // added word
  };
  go(titleFrom, textFrom, 0, textFrom - 1, 0);
  return best;
}

/** The matched words carry the catalog's own capitals ("Document all the things"), not at a sentence start. */
function casedLikeTitle(ctx: DetectionContext, m: PartialMatch, flags: Uint8Array, offset: number): boolean {
  const cap = (i: number): boolean => ((flags[i] ?? 0) & TitleFlag.Capital) !== 0;
  const tokens = ctx.scan.tokens;
  const first = tokens[m.first]!;
  if (m.first === 0 || tokens[m.first - 1]!.sentence !== first.sentence) {
    // A capital at a sentence start proves nothing.
    let laterCapital = false;
    for (let i = offset + 1; i <= offset + m.last - m.first; i++) if (cap(i)) laterCapital = true;
    if (!laterCapital) return false;
  }
  for (let i = m.first; i <= m.last; i++) if (tokens[i]!.cap !== cap(offset + i - m.first)) return false;
  return true;
}

/** Words that say what kind of session a title is, in the languages reports are written in. */
const KIND_WORDS: ReadonlySet<string> = new Set([
  "panel", "workshop", "tutorial", "keynote", "discussion", "bof", "demo", "roundtable", "fireside", "ama", "hackathon", "sprint",
  "podiumsdiskussion", "diskussion", "atelier", "table", "ronde",
]);

function kindWordIn(ctx: DetectionContext, title: readonly number[]): boolean {
  return title.some((id) => KIND_WORDS.has(ctx.words[id] ?? ""));
}

function innerCapital(flags: Uint8Array): boolean {
  for (let i = 1; i < flags.length; i++) if (flags[i]! & TitleFlag.Capital) return true;
  return false;
}

function isTitleCase(ctx: DetectionContext, first: number, last: number): boolean {
  let content = 0;
  let capitalised = 0;
  for (let i = first; i <= last; i++) {
    const t = ctx.scan.tokens[i]!;
    if (STOPWORDS.has(t.norm)) continue;
    content++;
    if (t.cap) capitalised++;
  }
  return content > 0 && capitalised / content >= 0.6;
}

/** A shortened title is believable at the start of a block (a heading, a list item) or in a sentence about a talk. */
function inTalkContext(ctx: DetectionContext, first: number): boolean {
  const tokens = ctx.scan.tokens;
  const block = ctx.scan.blocks[tokens[first]!.block]!;
  return block.firstToken === first || sentenceHasCue(ctx, first);
}

export function sentenceHasCue(ctx: DetectionContext, at: number): boolean {
  const tokens = ctx.scan.tokens;
  const sentence = tokens[at]!.sentence;
  for (let i = at; i >= 0 && tokens[i]!.sentence === sentence; i--) if (TALK_CUE_WORDS.has(tokens[i]!.norm)) return true;
  for (let i = at + 1; i < tokens.length && tokens[i]!.sentence === sentence; i++) if (TALK_CUE_WORDS.has(tokens[i]!.norm)) return true;
  return false;
}

/** The matched title words include a meaningful word of letters: "Moby Summit", not "Day 1". */
function namesSomething(ctx: DetectionContext, talk: { tokens: number[]; flags: Uint8Array }, matched: readonly number[]): boolean {
  return matched.some((i) => (talk.flags[i]! & TitleFlag.Content) !== 0 && /\p{L}{3}/u.test(ctx.words[talk.tokens[i]!] ?? ""));
}

function mentionOf(ctx: DetectionContext, id: string, start: number, end: number, confidence: number, reason: string): DetectedMention {
  return { kind: "talk", id, start, end, text: ctx.scan.source.slice(start, end), confidence, reason };
}

function round(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}
