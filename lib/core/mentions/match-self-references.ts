/**
 * A speaker writing about their own session: "my talk", "our session", "my
 * short presentation", "I gave a talk", "I presented", "mein Vortrag", "ma
 * présentation", "mijn sessie".
 *
 * Contract:
 * - Only when the caller knows the writeup's author (DetectOptions.authorName)
 *   and that name is a speaker of the catalog, compared as normalizeName
 *   keys. A name that matches no speaker gives nothing.
 * - Output: suggestions, never links. A name is not an identity (two people
 *   share one), and the author confirms in one click.
 * - The author with one session: that session. With several: the one on the
 *   narrative day (resolve-days.ts) when exactly one is, else all of them as
 *   candidates, first in programme order.
 * - "my" with an attendee's word between ("my favourite talk", "my next
 *   session", "my first talk of the day") is the writer's choice of other
 *   people's talks, not their own: only words a speaker uses of their own
 *   session may stand between ("my own talk", "my short talk", "my lightning
 *   talk"). Plurals ("my talks") are left alone.
 */
import { normalizeName } from "../text/normalize";
import type { DetectionContext } from "./detection-context";
import type { MentionIndex } from "./mention-index";
import { narrativeDays, type DayCue } from "./resolve-days";
import type { DetectedMention } from "./types";

const POSSESSIVES: ReadonlySet<string> = new Set([
  "my", "our",
  "mein", "meine", "meinen", "meinem", "meines", "unser", "unsere", "unseren", "unserem", "unseres",
  "ma", "mon", "notre",
  "mijn", "onze",
]);

/** Singular nouns for one's own session, in token form. */
const OWN_NOUNS: ReadonlySet<string> = new Set([
  "talk", "session", "presentation", "keynote", "workshop", "lecture", "panel",
  "vortrag", "vortrags", "sitzung", "prasentation", "beitrag",
  "intervention", "expose",
  "sessie", "presentatie", "lezing", "voordracht",
]);

/** What may stand between "my" and the noun: how speakers describe their own session. */
const OWN_ADJECTIVES: ReadonlySet<string> = new Set([
  "own", "short", "little", "small", "brief", "lightning", "quick",
  "eigener", "eigenen", "eigene", "eigenes", "kurzer", "kurzen", "kurze", "kleiner", "kleinen", "kleine",
  "petite", "petit", "propre", "courte", "court",
  "korte", "kleine", "eigen",
]);

const INTENSIFIERS: ReadonlySet<string> = new Set(["very", "really", "rather", "quite", "sehr", "ziemlich", "tres", "assez", "heel", "erg", "vrij"]);

/** Nouns after the phrase that make it a list of someone else's: "my talk picks", "my session schedule". */
const AFTER_NOUNS: ReadonlySet<string> = new Set(["picks", "choices", "list", "schedule", "notes", "selection", "highlights", "plan", "recommendations"]);

/** "I gave a talk", "I presented", "I spoke", "j'ai présenté", "ich hielt", "ik gaf": the subject and its verbs. */
const SUBJECTS: ReadonlySet<string> = new Set(["i", "we", "jai", "nous", "ich", "wir", "ik", "wij"]);
const GAVE_VERBS: ReadonlySet<string> = new Set(["gave", "delivered", "held", "donne", "hielt", "hielten", "gaf", "gaven", "hield"]);
const PRESENTED_VERBS: ReadonlySet<string> = new Set(["presented", "presente", "presenteerde", "presenteerden"]);
/** French "conférence" is a talk; English "conference" is the event ("our conference" is an organizer's). */
const isOwnNoun = (norm: string, language: string): boolean => OWN_NOUNS.has(norm) || (language === "fr" && norm === "conference");
const ARTICLES: ReadonlySet<string> = new Set(["a", "an", "my", "our", "the", "un", "une", "ma", "mon", "einen", "meinen", "een", "mijn"]);

const speakerCache = new WeakMap<MentionIndex, Map<string, number[]>>();

/** The catalog speakers whose name is `name` (normalizeName keys). */
export function speakersNamed(index: MentionIndex, name: string): number[] {
  const key = normalizeName(name);
  if (!key) return [];
  const last = key.split(" ").pop()!;
  // Speakers are indexed by their last name already; only those are compared in full.
  let byName = speakerCache.get(index);
  if (!byName) speakerCache.set(index, (byName = new Map()));
  let found = byName.get(key);
  if (!found) {
    found = (index.speakersByLastName.get(last) ?? []).filter((s) => normalizeName(index.speakers[s]!.speaker.name) === key);
    byName.set(key, found);
  }
  return found;
}

interface SelfPhrase {
  first: number;
  last: number;
}

/** The phrases in the prose that speak of the writer's own session. */
export function findSelfPhrases(ctx: DetectionContext): SelfPhrase[] {
  const tokens = ctx.scan.tokens;
  const out: SelfPhrase[] = [];
  const same = (a: number, b: number) => tokens[b] !== undefined && tokens[a]!.sentence === tokens[b]!.sentence;
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    if (POSSESSIVES.has(w)) {
      let j = i + 1;
      // "my very short talk": an intensifier counts only before one of those words.
      if (same(i, j + 1) && INTENSIFIERS.has(tokens[j]!.norm) && OWN_ADJECTIVES.has(tokens[j + 1]!.norm)) j++;
      if (same(i, j) && OWN_ADJECTIVES.has(tokens[j]!.norm)) j++;
      if (same(i, j) && isOwnNoun(tokens[j]!.norm, ctx.language) && !(same(i, j + 1) && AFTER_NOUNS.has(tokens[j + 1]!.norm))) {
        out.push({ first: i, last: j });
        i = j;
      }
      continue;
    }
    if (!SUBJECTS.has(w) || !same(i, i + 1)) continue;
    const verb = tokens[i + 1]!.norm;
    if (PRESENTED_VERBS.has(verb)) {
      out.push({ first: i, last: i + 1 });
      i += 1;
    } else if (GAVE_VERBS.has(verb)) {
      // "I gave a talk", "I gave a short talk", "ik gaf een presentatie": the verb needs its object.
      let j = i + 2;
      if (same(i, j) && ARTICLES.has(tokens[j]!.norm)) j++;
      if (same(i, j) && OWN_ADJECTIVES.has(tokens[j]!.norm)) j++;
      if (same(i, j) && isOwnNoun(tokens[j]!.norm, ctx.language)) {
        out.push({ first: i, last: j });
        i = j;
      }
    }
  }
  return out;
}

export function matchSelfReferences(ctx: DetectionContext, authorName: string | undefined, cues: DayCue[]): DetectedMention[] {
  if (!authorName) return [];
  const { index, scan } = ctx;
  const speakers = speakersNamed(index, authorName);
  if (speakers.length === 0) return [];
  const own = [...new Set(speakers.flatMap((s) => index.speakers[s]!.talks))].sort((a, b) => a - b);
  if (own.length === 0) return [];
  const phrases = findSelfPhrases(ctx);
  const daysAt = narrativeDays(cues);
  const out: DetectedMention[] = [];
  for (const p of phrases) {
    let talk = own[0]!;
    let candidates: number[] | undefined;
    let confidence = 0.7;
    let reason = "the author's own session";
    if (own.length > 1) {
      const days = daysAt(p.first);
      const thatDay = own.filter((t) => days.includes(index.talks[t]!.talk.day ?? ""));
      if (thatDay.length === 1) {
        talk = thatDay[0]!;
        confidence = 0.6;
        reason = "the author's own session that day";
      } else {
        candidates = own;
        confidence = 0.5;
        reason = "one of the author's own sessions";
      }
    }
    const start = scan.tokens[p.first]!.start;
    const end = scan.tokens[p.last]!.end;
    out.push({
      kind: "talk",
      id: index.talks[talk]!.talk.id,
      start,
      end,
      text: scan.source.slice(start, end),
      confidence,
      reason,
      ...(candidates ? { candidates: candidates.map((t) => index.talks[t]!.talk.id) } : {}),
    });
  }
  return out;
}
