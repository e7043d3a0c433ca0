/**
 * The per-catalog index: everything detectMentions needs that depends only
 * on the catalog, built once and reused for every writeup.
 *
 * - A vocabulary maps each normalized word of any title or name to an id;
 *   writeup words outside it can never be part of a match and cost nothing.
 * - Two Aho-Corasick automata over those ids: one for titles (whole titles,
 *   titles from each of their segments on, and parenthesised acronyms), one
 *   for speaker names (full name and a few safe variants).
 * - Lookup tables for explicit links (talk and speaker slugs, known URLs),
 *   for speakers' talks, and for keynote slots (which keynote is on which
 *   conference day).
 *
 * Building is linear in the size of the catalog; nothing here loops over
 * titles at detection time.
 */
import { TokenAutomaton } from "./aho-corasick";
import { buildAliasTable, type AliasTable } from "./match-aliases";
import { LinkIndexBuilder, type LinkIndex } from "./link-index";
import { keynoteWord } from "./day-words";
import { weekdayOf } from "./weekday";
import { MIN_TYPO_LENGTH, deletions, scanTokens, tokenNorms, vocabularyKey } from "./tokenize";
import type { Catalog, CatalogConference, CatalogSpeaker, CatalogTalk } from "./types";
import { GENERIC_EVENT_WORDS, NAME_PARTICLES, NUMBER_WORDS, ORDINALS, STOPWORDS } from "./word-lists";

export const enum TitlePatternKind {
  Full = 0,
  /** The title from one of its segments on ("…: Going Fast while …"), or without leading stopwords. */
  Segment = 1,
  /** A parenthesised acronym of the title, "(PWD)". */
  Acronym = 2,
  /** The talk's subtitle, whole (TalkEntry.subtitle): "A gentle introduction to elliptic-curve cryptography". */
  Subtitle = 4,
  /**
   * The title without its first word when that word opens many titles of its conference: the
   * vendor or the conference's own name ("Docker Community Leaders Summit" → "Community Leaders
   * Summit"). Scored like a title from its start.
   */
  WithoutPrefix = 3,
}

export interface TitlePattern {
  talk: number;
  /** Index in the talk's title tokens where the pattern starts. */
  offset: number;
  kind: TitlePatternKind;
}

export interface NamePattern {
  speaker: number;
  /** How sure a match of this variant is, before context. */
  confidence: number;
  reason: string;
}

export const enum TitleFlag {
  Content = 1,
  Capital = 2,
  SegmentEnd = 4,
}

/** Function words count less towards how much of a title was written. */
export function tokenWeight(flags: number): number {
  return flags & TitleFlag.Content ? 1 : 0.3;
}

/** The words of a title or a subtitle, as matching needs them. */
export interface TitleText {
  tokens: number[];
  flags: Uint8Array;
  totalWeight: number;
  contentCount: number;
  generic: boolean;
}

export interface TalkEntry extends TitleText {
  talk: CatalogTalk;
  /** Title token ids. */
  tokens: number[];
  /**
   * Per title token, TitleFlag bits: a meaningful word (not a stopword,
   * programme word or the conference's own name), written with a capital,
   * last word of a segment ("Docker 500" in "Docker 500: Going Fast…").
   * One byte array instead of three arrays keeps 100,000-talk builds light.
   */
  flags: Uint8Array;
  /** Sum of tokenWeight over the title. */
  totalWeight: number;
  /** Title words that are neither stopwords nor programme words. */
  contentCount: number;
  /** Made only of programme words ("Keynote", "Lunch", "Day 1: General Session"): never matched by wording. */
  generic: boolean;
  keynote: boolean;
  speakers: number[];
  conference: number;
  /** "Day 2" written in the title. */
  titleDay: number | null;
  /** The subtitle's words, when it has two meaningful words or more. */
  subtitle?: TitleText;
}

export interface SpeakerEntry {
  speaker: CatalogSpeaker;
  first: string;
  last: string;
  talks: number[];
}

export interface ConferenceEntry {
  conference: CatalogConference;
  /** Distinct talk days, sorted (YYYY-MM-DD). */
  days: string[];
  /** Distinct days that have a keynote, sorted: "the second day keynote" counts these. */
  keynoteDays: string[];
  keynotes: number[];
}

export interface MentionIndex {
  catalog: Catalog;
  /** vocabularyKey(word) → id. */
  vocabulary: Map<string, number>;
  /** One deletion of a vocabulary word → its id (-1 when it comes from several words): typo lookups, see nearWord. */
  typos: Map<string, number>;
  /** Vocabulary id → word (as first seen). */
  words: string[];
  /** Number of titles each vocabulary word occurs in. */
  titleFrequency: Int32Array;
  /** Per vocabulary id, how many titles or subtitles use the word: what makes a subtitle's word rare. */
  subtitleFrequency: Int32Array;
  /** A word in at most this many titles is rare enough to anchor a shortened title. */
  rareLimit: number;
  /** Rare meaningful title words → the talks whose titles have them (see match-title-words.ts). */
  talksByRareWord: Map<number, number[]>;
  talks: TalkEntry[];
  speakers: SpeakerEntry[];
  conferences: ConferenceEntry[];
  titles: TokenAutomaton;
  titlePatterns: TitlePattern[];
  names: TokenAutomaton;
  namePatterns: NamePattern[];
  speakersByFirstName: Map<string, number[]>;
  speakersByLastName: Map<string, number[]>;
  talkBySlug: Map<string, number[]>;
  /** CatalogTalk.id → index in `talks`. */
  talkIndexById: Map<string, number>;
  /** The talks' own URLs and the programme's identifiers for them (link-index.ts). */
  links: LinkIndex;
  speakerBySlug: Map<string, number>;
  conferenceBySlug: Map<string, number>;
  /** Keynote talks, all conferences. */
  keynotes: number[];
  days: DayTable;
  /** Phrases authors confirmed or rejected for talks (match-aliases.ts). */
  aliases: AliasTable;
}

/** Catalog days, precomputed for day cues in the text. */
export interface DayTable {
  /** Every talk day of every conference, sorted. */
  all: string[];
  /** byOrdinal[n - 1]: the n-th main day of each conference ("the second day"). */
  byOrdinal: string[][];
  /** The last main day of each conference. */
  last: string[];
  /** byWeekday[0] = every Sunday in the catalog, … */
  byWeekday: string[][];
}

/** A first word in at least this share of a conference's titles (and 3 of them) is a prefix writers drop. */
const PREFIX_SHARE = 0.1;

/**
 * Titles that start with a word many titles of the same conference contain
 * (the vendor, the conference's own name) get a pattern without it.
 */
function addPatternsWithoutPrefix(talks: readonly TalkEntry[], tokens: number[][], patterns: TitlePattern[]): void {
  const perConference = new Map<number, { titles: number; count: Map<number, number> }>();
  for (const entry of talks) {
    let c = perConference.get(entry.conference);
    if (!c) perConference.set(entry.conference, (c = { titles: 0, count: new Map() }));
    c.titles++;
    for (const id of new Set(entry.tokens)) c.count.set(id, (c.count.get(id) ?? 0) + 1);
  }
  talks.forEach((entry, t) => {
    if (entry.tokens.length < 3 || entry.generic) return;
    const c = perConference.get(entry.conference)!;
    const n = c.count.get(entry.tokens[0]!) ?? 0;
    if (n < 3 || n < c.titles * PREFIX_SHARE) return;
    // The rest must still say something: two meaningful words, the first a real word.
    let content = 0;
    for (let k = 1; k < entry.tokens.length; k++) if (entry.flags[k]! & TitleFlag.Content) content++;
    if (content < 2 || !(entry.flags[1]! & TitleFlag.Content)) return;
    tokens.push(entry.tokens.slice(1));
    patterns.push({ talk: t, offset: 1, kind: TitlePatternKind.WithoutPrefix });
  });
}

/**
 * Subtitles are named too: a report may quote "A gentle introduction to
 * elliptic-curve cryptography" for the talk titled "ECCHacks". Only a
 * subtitle with two meaningful words or more gets a pattern (the whole
 * subtitle); the conference's own name words do not count as meaningful.
 */
function addSubtitlePatterns(
  talks: TalkEntry[],
  idOf: (w: string) => number,
  conferenceWords: Map<number, Set<string>>,
  tokens: number[][],
  patterns: TitlePattern[],
): void {
  const norms: string[] = [];
  const caps: boolean[] = [];
  talks.forEach((entry, t) => {
    const subtitle = entry.talk.subtitle?.trim();
    if (!subtitle) return;
    norms.length = caps.length = 0;
    scanTokens(subtitle, 0, (norm, _start, _end, cap) => {
      norms.push(norm);
      caps.push(cap);
    });
    const nameWords = conferenceWords.get(entry.conference) ?? new Set<string>();
    const n = norms.length;
    const ids = new Array<number>(n);
    const flags = new Uint8Array(n);
    let contentCount = 0;
    let totalWeight = 0;
    for (let i = 0; i < n; i++) {
      const w = norms[i]!;
      ids[i] = idOf(w);
      const meaningful = !STOPWORDS.has(w) && !GENERIC_EVENT_WORDS.has(w) && !nameWords.has(w);
      flags[i] = (meaningful ? TitleFlag.Content : 0) | (caps[i] ? TitleFlag.Capital : 0);
      totalWeight += tokenWeight(flags[i]!);
      if (meaningful) contentCount++;
    }
    if (contentCount < 2) return;
    flags[n - 1] = flags[n - 1]! | TitleFlag.SegmentEnd;
    entry.subtitle = { tokens: ids, flags, totalWeight, contentCount, generic: false };
    tokens.push(ids);
    patterns.push({ talk: t, offset: 0, kind: TitlePatternKind.Subtitle });
  });
}

/** The deletion neighbourhood of every vocabulary word long enough to have typos. */
function typoTable(vocabulary: Map<string, number>): Map<string, number> {
  const table = new Map<string, number>();
  for (const [word, id] of vocabulary) {
    if (word.length < MIN_TYPO_LENGTH || /\d/.test(word)) continue;
    for (const d of deletions(word)) {
      const prev = table.get(d);
      table.set(d, prev === undefined || prev === id ? id : -1);
    }
  }
  return table;
}

/**
 * The one vocabulary word that `key` (a word the vocabulary lacks) is a
 * typo of, within one edit: a letter missing, one added, one changed or two
 * swapped. -1 when there is none or more than one.
 */
export function nearWord(index: Pick<MentionIndex, "vocabulary" | "typos">, key: string): number {
  if (key.length < MIN_TYPO_LENGTH || /\d/.test(key)) return -1;
  let found = index.typos.get(key) ?? -2; // the writer dropped a letter
  if (found === -1) return -1;
  for (const d of deletions(key)) {
    // A word shorter than MIN_TYPO_LENGTH has no typos: "trust" is not "rust" with a letter added.
    for (const id of [d.length >= MIN_TYPO_LENGTH ? index.vocabulary.get(d) : undefined, index.typos.get(d)]) {
      // d in the vocabulary: the writer added a letter; d a deletion of a word: changed or swapped.
      if (id === undefined) continue;
      if (id === -1 || (found >= 0 && found !== id)) return -1;
      found = id;
    }
  }
  return found >= 0 ? found : -1;
}

// Between two title tokens, these characters start a new segment.
const SEGMENT_BREAK = /[:;!?|()[\]–—,]|\s-\s|\s\/\s/;
const ACRONYM_IN_PARENS = /\(([A-Z][A-Z0-9]{1,9})\)/g;

export function buildMentionIndex(catalog: Catalog): MentionIndex {
  const vocabulary = new Map<string, number>();
  const surface: string[] = [];
  const idOf = (w: string): number => {
    const k = vocabularyKey(w);
    let id = vocabulary.get(k);
    if (id === undefined) {
      id = vocabulary.size;
      vocabulary.set(k, id);
      surface.push(w);
    }
    return id;
  };

  const conferenceBySlug = new Map<string, number>();
  const conferences: ConferenceEntry[] = catalog.conferences.map((conference, i) => {
    conferenceBySlug.set(conference.slug, i);
    return { conference, days: [], keynoteDays: [], keynotes: [] };
  });
  // "FOSDEM" in "Welcome to FOSDEM 2024" says nothing about which talk is meant.
  const nameWordsOf = (c: number): Set<string> => {
    const conf = conferences[c]!.conference;
    return new Set([...tokenNorms(conf.name), ...tokenNorms(conf.slug), conf.startsOn?.slice(0, 4) ?? ""]);
  };
  const conferenceWords = new Map<number, Set<string>>();
  const conferenceOf = (slug: string): number => {
    let c = conferenceBySlug.get(slug);
    if (c === undefined) {
      // A talk of a conference the catalog does not list: give it a stub so day logic still works.
      c = conferences.length;
      conferenceBySlug.set(slug, c);
      conferences.push({ conference: { slug, name: slug }, days: [], keynoteDays: [], keynotes: [] });
    }
    return c;
  };

  const speakerIndexById = new Map<string, number>();
  const speakerBySlug = new Map<string, number>();
  const speakers: SpeakerEntry[] = catalog.speakers.map((speaker, i) => {
    speakerIndexById.set(speaker.id, i);
    speakerBySlug.set(speaker.slug.toLowerCase(), i);
    const norms = tokenNorms(speaker.name);
    return { speaker, first: norms[0] ?? "", last: norms[norms.length - 1] ?? "", talks: [] };
  });

  // Titles.
  const titlePatternTokens: number[][] = [];
  const titlePatterns: TitlePattern[] = [];
  const talkBySlug = new Map<string, number[]>();
  const links = new LinkIndexBuilder();
  const addSlug = (slug: string, t: number): void => {
    const key = slug.toLowerCase();
    const list = talkBySlug.get(key);
    if (!list) talkBySlug.set(key, [t]);
    else if (!list.includes(t)) list.push(t);
  };
  const keynotes: number[] = [];

  const talks: TalkEntry[] = new Array<TalkEntry>(catalog.talks.length);
  const norms: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const capsOf: boolean[] = [];
  for (let t = 0; t < catalog.talks.length; t++) {
    const talk = catalog.talks[t]!;
    const title = talk.title ?? "";
    norms.length = starts.length = ends.length = capsOf.length = 0;
    scanTokens(title, 0, (norm, start, end, cap) => {
      norms.push(norm);
      starts.push(start);
      ends.push(end);
      capsOf.push(cap);
    });
    const n = norms.length;
    const conference = conferenceOf(talk.conference);
    let nameWords = conferenceWords.get(conference);
    if (!nameWords) conferenceWords.set(conference, (nameWords = nameWordsOf(conference)));
    const tokens = new Array<number>(n);
    const flags = new Uint8Array(n);
    let contentCount = 0;
    let totalWeight = 0;
    let keynote = talk.kind === "keynote";
    for (let i = 0; i < n; i++) {
      const w = norms[i]!;
      tokens[i] = idOf(w);
      const meaningful = !STOPWORDS.has(w) && !GENERIC_EVENT_WORDS.has(w) && !nameWords.has(w);
      flags[i] = (meaningful ? TitleFlag.Content : 0) | (capsOf[i] ? TitleFlag.Capital : 0);
      totalWeight += tokenWeight(flags[i]!);
      if (meaningful) contentCount++;
      if (keynoteWord(vocabularyKey(w)) || (w === "general" && norms[i + 1] === "session")) keynote = true;
    }
    const entry: TalkEntry = {
      talk,
      tokens,
      flags,
      totalWeight,
      contentCount,
      generic: n > 0 && contentCount === 0,
      keynote,
      speakers: [],
      conference,
      titleDay: keynote ? dayNumberInTitle(norms) : null,
    };
    talks[t] = entry;
    for (const id of talk.speakerIds) {
      const s = speakerIndexById.get(id);
      if (s !== undefined) {
        entry.speakers.push(s);
        speakers[s]!.talks.push(t);
      }
    }
    if (keynote) {
      keynotes.push(t);
      conferences[conference]!.keynotes.push(t);
    }
    addSlug(talk.slug, t);
    links.add(t, talk);
    if (n === 0 || entry.generic) continue;

    // Patterns: the title, and the title from each later segment on ("Cilium – Kernel Native …" →
    // "Kernel Native …"), each also without leading function words ("Ethics of Open Source").
    // Patterns are suffixes of the title and segment starts only grow, so a start index below
    // `nextStart` has already been added.
    let lastMeaningful = n - 1;
    while (lastMeaningful >= 0 && STOPWORDS.has(norms[lastMeaningful]!)) lastMeaningful--;
    let nextStart = 0;
    flags[n - 1] = flags[n - 1]! | TitleFlag.SegmentEnd;
    for (let seg = 0; seg < n; seg++) {
      if (seg > 0) {
        // Most gaps are one space: no segment break, no need to look closer.
        const from = ends[seg - 1]!;
        const to = starts[seg]!;
        if (to === from + 1 && title.charCodeAt(from) === 32) continue;
        if (!SEGMENT_BREAK.test(title.slice(from, to))) continue;
        flags[seg - 1] = flags[seg - 1]! | TitleFlag.SegmentEnd;
      }
      for (let s = Math.max(seg, nextStart); s <= lastMeaningful; s++) {
        titlePatternTokens.push(s === 0 ? tokens : tokens.slice(s));
        titlePatterns.push({ talk: t, offset: s, kind: s === 0 ? TitlePatternKind.Full : TitlePatternKind.Segment });
        nextStart = s + 1;
        if (!STOPWORDS.has(norms[s]!)) break;
      }
    }
    if (title.includes("(")) {
      for (const m of title.matchAll(ACRONYM_IN_PARENS)) {
        const id = vocabulary.get(vocabularyKey(m[1]!.toLowerCase()));
        if (id === undefined) continue;
        const offset = starts.indexOf((m.index ?? 0) + 1);
        titlePatternTokens.push([id]);
        titlePatterns.push({ talk: t, offset: Math.max(0, offset), kind: TitlePatternKind.Acronym });
      }
    }
  }

  // Conference days and keynote days.
  for (const entry of talks) {
    const day = entry.talk.day;
    if (!day) continue;
    const conf = conferences[entry.conference]!;
    if (!conf.days.includes(day)) conf.days.push(day);
    if (entry.keynote && !conf.keynoteDays.includes(day)) conf.keynoteDays.push(day);
  }
  for (const conf of conferences) {
    conf.days.sort();
    conf.keynoteDays.sort();
  }
  const allDays = [...new Set(conferences.flatMap((c) => c.days))].sort();
  const days: DayTable = { all: allDays, byOrdinal: [], last: [], byWeekday: [[], [], [], [], [], [], []] };
  for (const d of allDays) days.byWeekday[weekdayOf(d)]!.push(d);
  for (const conf of conferences) {
    // Main days: the days with a keynote when there are keynotes (a workshop day is not "the first day").
    const main = conf.keynoteDays.length > 0 ? conf.keynoteDays : conf.days;
    main.forEach((d, i) => (days.byOrdinal[i] ??= []).push(d));
    if (main.length > 0) days.last.push(main[main.length - 1]!);
  }

  // Names.
  const namePatternTokens: number[][] = [];
  const namePatterns: NamePattern[] = [];
  const speakersByFirstName = new Map<string, number[]>();
  const speakersByLastName = new Map<string, number[]>();
  const push = (map: Map<string, number[]>, key: string, s: number): void => {
    if (!key) return;
    const list = map.get(key);
    if (list) list.push(s);
    else map.set(key, [s]);
  };
  speakers.forEach((entry, s) => {
    for (const variant of nameVariants(entry.speaker.name)) {
      namePatternTokens.push(variant.norms.map(idOf));
      namePatterns.push({ speaker: s, confidence: variant.confidence, reason: variant.reason });
    }
    const norms = tokenNorms(entry.speaker.name);
    // A one-word name (a handle) has no pattern, but its word must be known (match-handles.ts).
    if (norms.length === 1) idOf(norms[0]!);
    if (norms.length >= 2) {
      push(speakersByFirstName, entry.first, s);
      push(speakersByLastName, entry.last, s);
    }
  });

  addPatternsWithoutPrefix(talks, titlePatternTokens, titlePatterns);
  addSubtitlePatterns(talks, idOf, conferenceWords, titlePatternTokens, titlePatterns);

  const titleFrequency = new Int32Array(vocabulary.size);
  const subtitleFrequency = new Int32Array(vocabulary.size);
  for (const entry of talks) {
    for (const id of new Set(entry.tokens)) titleFrequency[id]!++;
    for (const id of new Set([...entry.tokens, ...(entry.subtitle?.tokens ?? [])])) subtitleFrequency[id]!++;
  }

  const words: string[] = surface;
  const typos = typoTable(vocabulary);
  const rareLimit = Math.max(2, Math.ceil(talks.length / 5000));
  const talksByRareWord = new Map<number, number[]>();
  talks.forEach((entry, t) => {
    entry.tokens.forEach((id, k) => {
      if (!(entry.flags[k]! & TitleFlag.Content) || titleFrequency[id]! > rareLimit) return;
      const list = talksByRareWord.get(id);
      if (!list) talksByRareWord.set(id, [t]);
      else if (list[list.length - 1] !== t) list.push(t);
    });
  });

  return {
    catalog,
    vocabulary,
    typos,
    words,
    titleFrequency,
    subtitleFrequency,
    rareLimit,
    talksByRareWord,
    talkIndexById: new Map(talks.map((entry, t) => [entry.talk.id, t])),
    talks,
    speakers,
    conferences,
    titles: new TokenAutomaton(titlePatternTokens),
    titlePatterns,
    names: new TokenAutomaton(namePatternTokens),
    namePatterns,
    speakersByFirstName,
    speakersByLastName,
    talkBySlug,
    links: links.finish(),
    speakerBySlug,
    conferenceBySlug,
    keynotes,
    days,
    aliases: buildAliasTable(catalog.talks),
  };
}

interface NameVariant {
  norms: string[];
  confidence: number;
  reason: string;
}

/**
 * The ways a writer spells a speaker's name: in full; without middle
 * initials ("David R. MacIver" → "David MacIver"); without a quoted
 * nickname ("Jon 'maddog' Hall" → "Jon Hall"); first and last name only;
 * with only the first part of a hyphenated surname; a two-word name with
 * the surname first. Single-word names are
 * not matched at all: alone they are too often ordinary words.
 */
export function nameVariants(name: string): NameVariant[] {
  const out: NameVariant[] = [];
  const seen = new Set<string>();
  const add = (norms: string[], confidence: number, reason: string): void => {
    if (norms.length < 2) return;
    const key = norms.join(" ");
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ norms, confidence, reason });
  };
  const full = tokenNorms(name);
  add(full, 0.95, "speaker name");
  // Surname first, as in lists, in French and Hungarian writing and on badges: "Hykes Solomon".
  if (full.length === 2) add([full[1]!, full[0]!], 0.8, "speaker name, surname first");
  // Most names are just "First Last": nothing else to vary.
  if (full.length === 2 && !/["“”„'‘’(-]/.test(name)) return out;
  const withoutNickname = tokenNorms(name.replace(/["“”„'‘’(][^"“”„'‘’()]+["“”'‘’)]/g, " "));
  add(withoutNickname, 0.9, "speaker name");
  const withoutInitials = withoutNickname.filter((w, i) => i === 0 || w.length > 1);
  add(withoutInitials, 0.9, "speaker name");
  if (withoutInitials.length >= 3) {
    const first = withoutInitials[0]!;
    const last = withoutInitials[withoutInitials.length - 1]!;
    const lastWithParticle = withoutInitials.slice(1).findIndex((w) => NAME_PARTICLES.has(w));
    if (lastWithParticle === -1) add([first, last], 0.8, "speaker first and last name");
  }
  const words = name.trim().split(/\s+/);
  const lastWord = words[words.length - 1] ?? "";
  if (words.length >= 2 && /\p{L}-\p{L}/u.test(lastWord)) {
    const firstPart = tokenNorms(lastWord.split("-")[0] ?? "");
    add([...tokenNorms(words.slice(0, -1).join(" ")), ...firstPart], 0.7, "speaker name, short surname");
  }
  return out;
}

/** "Day 2: General Session" → 2; "Second Day Keynote" → 2. */
function dayNumberInTitle(norms: string[]): number | null {
  for (let i = 0; i < norms.length; i++) {
    if (norms[i] !== "day") continue;
    const next = norms[i + 1];
    const prev = norms[i - 1];
    const after = next === undefined ? undefined : toNumber(next) ?? ORDINALS.get(next);
    const before = prev === undefined ? undefined : ORDINALS.get(prev);
    const n = after ?? before;
    if (n !== undefined) return n;
  }
  return null;
}

function toNumber(word: string): number | undefined {
  if (/^\d{1,2}$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word);
}
