/**
 * Sessions named by where they sit next to another: "the previous session",
 * "the next talk", "the talk after that", "in the same room afterwards",
 * "la session précédente", "der nächste Vortrag", "de volgende sessie".
 *
 * Contract:
 * - Input: the detection context and the talk mentions already chosen
 *   (linked or suggested), sorted by start. Output: suggestions only, never
 *   links: the phrase is resolved against the talk mentioned last before it
 *   (the anchor), and the anchor itself is only the detector's guess.
 * - The neighbour is the session just before or after the anchor in the same
 *   room on the same day, by start time; without a room, in the same track.
 *   Sessions that start with the anchor are parallel, not neighbours.
 * - A programme with days but no times still lists a day's sessions of a
 *   track in its order: then every other session of that day and track is a
 *   candidate, the one next to the anchor in the programme's order first, at
 *   a confidence just above the floor. The author picks.
 * - Nothing is reported when the phrase looks like it names another mention
 *   in its own sentence ("the next talk, <title>, …", "<title> was the next
 *   talk"), or speaks of the writer's own choices ("the next talk I went
 *   to"): then the neighbour in the room is not what is meant.
 */
import type { DetectionContext } from "./detection-context";
import type { MentionIndex } from "./mention-index";
import type { DetectedMention } from "./types";

/** Singular nouns for one session, in the languages of day-words.ts (token form: folded, lower case). */
const SESSION_NOUNS: ReadonlySet<string> = new Set([
  "session", "talk", "presentation", "slot", "lecture",
  "intervention", "expose",
  "vortrag", "vortrags", "sitzung", "prasentation", "beitrag",
  "sessie", "presentatie", "lezing", "voordracht",
]);

/** Direction words written before the noun: "the next talk", "der nächste Vortrag", "la prochaine session", "de vorige sessie". */
const BEFORE_NOUN = new Map<string, -1 | 1>([
  ...(["previous", "preceding", "vorherige", "vorherigen", "vorheriger", "vorige", "vorigen", "voriger", "voorgaande"] as const).map((w) => [w, -1] as [string, -1]),
  ...(["next", "following", "subsequent", "nachste", "nachsten", "nachster", "folgende", "folgenden", "folgender", "prochaine", "prochain", "volgende"] as const).map((w) => [w, 1] as [string, 1]),
]);

/** Direction words written after the noun: "la session précédente", "le talk suivant", "de talk daarna". */
const AFTER_NOUN = new Map<string, -1 | 1>([
  ...(["precedente", "precedent", "davant", "daarvoor", "davor"] as const).map((w) => [w, -1] as [string, -1]),
  ...(["suivante", "suivant", "dapres", "daarna", "danach"] as const).map((w) => [w, 1] as [string, 1]),
]);

/** "the talk after that", "the session before this one". */
const AFTER_THAT = new Map<string, -1 | 1>([["before", -1], ["after", 1]]);
const THAT_WORDS: ReadonlySet<string> = new Set(["that", "this", "it"]);

/** Words that say "later" after "the same room": "in the same room afterwards". */
const LATER_WORDS: ReadonlySet<string> = new Set(["afterwards", "afterward", "after", "later", "next", "then", "anschliessend", "danach", "ensuite", "apres", "daarna", "daarop"]);
const SAME_WORDS: ReadonlySet<string> = new Set(["same", "gleichen", "selben", "meme", "zelfde", "dezelfde"]);
const ROOM_WORDS: ReadonlySet<string> = new Set(["room", "hall", "raum", "saal", "salle", "zaal"]);

/** The writer's own path through the programme: "the next talk I went to", "la session suivante que j'ai vue". */
const WRITER_WORDS: ReadonlySet<string> = new Set(["i", "we", "ich", "wir", "je", "jai", "nous", "ik", "wij", "que", "die", "dat"]);
/**
 * Words before the phrase that make it someone's sequence, not the room's: "my next talk" is the
 * writer's next choice, "his previous talk" and "a previous talk" are the speaker's earlier ones.
 */
const NOT_THE_ROOMS: ReadonlySet<string> = new Set([
  "my", "our", "his", "her", "their", "a", "an", "another", "one",
  "mein", "meine", "meinen", "meinem", "unser", "unsere", "unseren", "sein", "seine", "seinem", "seinen", "ihr", "ihre", "ihrem", "ihren", "ein", "eine", "einem", "einen",
  "ma", "mon", "notre", "son", "sa", "leur", "un", "une",
  "mijn", "onze", "zijn", "haar", "hun", "een",
]);

/** A session noun of the writeup's language: French "conférence" is a talk, English "conference" is the event. */
const isSessionNoun = (norm: string, language: string): boolean => SESSION_NOUNS.has(norm) || (language === "fr" && norm === "conference");

/** Words between the direction and the noun that make it another kind of "next": "next year's talk", "the next day's session". */
const TIME_WORDS: ReadonlySet<string> = new Set(["day", "days", "year", "years", "week", "morning", "afternoon", "evening", "edition", "conference", "time"]);

interface Phrase {
  first: number;
  last: number;
  direction: -1 | 1;
  /** "in the same room": the room is said, not assumed. */
  sameRoom: boolean;
}

/** The relative phrases in the prose, in order. */
export function findRelativePhrases(ctx: DetectionContext): Phrase[] {
  const tokens = ctx.scan.tokens;
  const out: Phrase[] = [];
  const same = (a: number, b: number) => tokens[a] !== undefined && tokens[b] !== undefined && tokens[a]!.sentence === tokens[b]!.sentence;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const before = BEFORE_NOUN.get(w);
    if (before !== undefined) {
      // The noun right after, or after one word that is not a time ("the next Black Belt session" is too far).
      for (let j = i + 1; j <= i + 2 && same(i, j); j++) {
        const n = tokens[j]!.norm;
        if (isSessionNoun(n, ctx.language)) {
          out.push({ first: i, last: j, direction: before, sameRoom: false });
          i = j;
          break;
        }
        if (TIME_WORDS.has(n)) break;
      }
      continue;
    }
    if (!isSessionNoun(w, ctx.language)) {
      if (SAME_WORDS.has(w) && ROOM_WORDS.has(tokens[i + 1]?.norm ?? "") && same(i, i + 1)) {
        for (let j = i + 2; j <= i + 4 && same(i, j); j++) {
          if (LATER_WORDS.has(tokens[j]!.norm)) {
            out.push({ first: i, last: j, direction: 1, sameRoom: true });
            i = j;
            break;
          }
        }
      }
      continue;
    }
    const next = tokens[i + 1]?.norm ?? "";
    const after = same(i, i + 1) ? AFTER_NOUN.get(next) : undefined;
    if (after !== undefined) {
      out.push({ first: i, last: i + 1, direction: after, sameRoom: false });
      i += 1;
      continue;
    }
    const rel = same(i, i + 1) ? AFTER_THAT.get(next) : undefined;
    if (rel !== undefined && same(i, i + 2) && THAT_WORDS.has(tokens[i + 2]!.norm)) {
      out.push({ first: i, last: i + 2, direction: rel, sameRoom: false });
      i += 2;
    }
  }
  return out;
}

interface Neighbour {
  talk: number;
  /** Other sessions it could be, best first, when the programme has no times. */
  candidates?: number[];
  basis: "room" | "track";
  timed: boolean;
}

type Groups = Map<string, number[]>;
const groupCache = new WeakMap<MentionIndex, { room: Groups; track: Groups }>();

/** The index's talks by conference, day and room (or track), each list in the programme's order. */
function groupsOf(index: MentionIndex): { room: Groups; track: Groups } {
  let g = groupCache.get(index);
  if (g) return g;
  g = { room: new Map(), track: new Map() };
  index.talks.forEach((entry, t) => {
    const { day, room, track } = entry.talk;
    if (!day) return;
    for (const [basis, value] of [["room", room], ["track", track]] as const) {
      if (!value) continue;
      const key = `${entry.conference}|${day}|${value}`;
      const list = g![basis].get(key);
      if (list) list.push(t);
      else g![basis].set(key, [t]);
    }
  });
  groupCache.set(index, g);
  return g;
}

const timeOf = (index: MentionIndex, t: number): number => {
  const at = index.talks[t]!.talk.startsAt;
  return at ? Date.parse(at) : Number.NaN;
};

/** The session before (−1) or after (+1) `anchor` in its room, else its track, on its day. */
export function neighbourOf(index: MentionIndex, anchor: number, direction: -1 | 1, roomOnly = false): Neighbour | null {
  const entry = index.talks[anchor]!;
  const groups = groupsOf(index);
  const bases = roomOnly ? (["room"] as const) : (["room", "track"] as const);
  for (const basis of bases) {
    const value = entry.talk[basis];
    if (!value) continue;
    const group = groups[basis].get(`${entry.conference}|${entry.talk.day}|${value}`) ?? [];
    // A room known but alone that day says nothing of its neighbours; the track may.
    if (group.length < 2) continue;
    const at = timeOf(index, anchor);
    const timed = group.filter((t) => !Number.isNaN(timeOf(index, t)));
    if (!Number.isNaN(at) && timed.length === group.length) {
      let best = Number.NaN;
      for (const t of group) {
        const d = (timeOf(index, t) - at) * direction;
        if (d > 0 && (Number.isNaN(best) || d < best)) best = d;
      }
      if (Number.isNaN(best)) return null;
      const nearest = group.filter((t) => (timeOf(index, t) - at) * direction === best);
      return nearest.length === 1 ? { talk: nearest[0]!, basis, timed: true } : { talk: nearest[0]!, candidates: nearest, basis, timed: true };
    }
    if (timed.length > 0) return null;
    // No times at all: the programme's order, every other session of the day a candidate.
    const pos = group.indexOf(anchor);
    const guess = group[pos + direction];
    if (guess === undefined) return null;
    const others = group.filter((t) => t !== anchor && t !== guess).sort((a, b) => Math.abs(group.indexOf(a) - pos) - Math.abs(group.indexOf(b) - pos));
    return { talk: guess, candidates: [guess, ...others], basis, timed: false };
  }
  return null;
}

/** Temporal words right before an anchor in the phrase's own sentence: "After <title>, the next talk…". */
const ANCHOR_PREPOSITIONS: ReadonlySet<string> = new Set(["after", "before", "following", "nach", "vor", "apres", "avant", "na", "voor"]);

const REASONS = {
  room: { [-1]: "the session before the one named, same room", [1]: "the session after the one named, same room" },
  track: { [-1]: "the session before the one named, same track", [1]: "the session after the one named, same track" },
} as const;

export function resolveNeighbours(ctx: DetectionContext, talkMentions: readonly DetectedMention[]): DetectedMention[] {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  if (talkMentions.length === 0) return [];
  const phrases = findRelativePhrases(ctx);
  if (phrases.length === 0) return [];
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
  const anchored = talkMentions
    .filter((m) => m.kind === "talk")
    .map((m) => ({ m, talk: index.talkIndexById.get(m.id), first: tokenAt(m.start), last: tokenAt(Math.max(m.start, m.end - 1)) }))
    .filter((a): a is typeof a & { talk: number } => a.talk !== undefined)
    .sort((a, b) => a.m.start - b.m.start);

  const out: DetectedMention[] = [];
  for (const p of phrases) {
    const start = tokens[p.first]!.start;
    const end = tokens[p.last]!.end;
    const sentence = tokens[p.first]!.sentence;
    if (WRITER_WORDS.has(tokens[p.last + 1]?.norm ?? "") && tokens[p.last + 1]!.sentence === sentence) continue;
    if (NOT_THE_ROOMS.has(tokens[p.first - 1]?.norm ?? "")) continue;
    // "the following talk:" introduces what comes next, a title or a list.
    if (/^\s*:/.test(scan.source.slice(end, end + 3))) continue;
    if (anchored.some((a) => a.m.start >= end && tokens[a.first]!.sentence === sentence)) continue;
    if (anchored.some((a) => a.m.start < end && a.m.end > start)) continue;
    let anchor: (typeof anchored)[number] | undefined;
    for (const a of anchored) if (a.m.end <= start) anchor = a;
    if (!anchor) continue;
    if (tokens[anchor.last]!.sentence === sentence) {
      // "<title> was the next talk" means the title; "after <title>, the next talk" means its neighbour.
      if (!ANCHOR_PREPOSITIONS.has(tokens[anchor.first - 1]?.norm ?? "")) continue;
    }
    const n = neighbourOf(index, anchor.talk, p.direction, p.sameRoom);
    if (!n) continue;
    const confidence = !n.timed ? 0.45 : n.basis === "room" ? 0.65 : 0.55;
    const reason = `${REASONS[n.basis][p.direction]}${n.timed ? "" : " (programme order; no times)"}`;
    out.push({
      kind: "talk",
      id: index.talks[n.talk]!.talk.id,
      start,
      end,
      text: scan.source.slice(start, end),
      confidence,
      reason,
      ...(n.candidates ? { candidates: n.candidates.map((t) => index.talks[t]!.talk.id) } : {}),
    });
  }
  return out;
}
