/**
 * Keynotes named by their slot rather than their title.
 *
 * Programmes title keynotes generically ("Day 1: General Session",
 * "Keynote", "Opening Plenary") while writers say "the keynote", "the
 * second day keynote", "the opening keynote", "Tuesday's keynote", or "the
 * keynote was held by <speaker>". The word alone never links (a writeup
 * says "keynote" for many reasons); it links when something in the sentence
 * pins down one keynote of the catalog:
 *
 * - a day: an ordinal ("second day", "day 2", matched against "Day N" in
 *   keynote titles, else against the days that have keynotes), a weekday,
 *   "opening"/"first" or "closing"/"last", in the languages of
 *   day-words.ts ("la keynote d'ouverture", "die Keynote am zweiten Tag",
 *   "Eröffnungskeynote"); "keynotes" counts as "keynote";
 * - a speaker of that keynote named in the same sentence;
 * - failing both, "the keynote" shortly after a keynote was resolved (the
 *   same one, continued), or the narrative day when it has one keynote.
 *
 * Several keynotes left after all that means the slot is not resolved, and
 * nothing is reported.
 */
import type { DetectionContext } from "./detection-context";
import type { SpeakerHit } from "./match-speakers";
import { CLOSING_WORDS, DAY_WORDS, LAST_WORDS, OPENING_WORDS, ORDINAL_WORDS, WEEKDAY_WORDS, keynoteWord, relativeDay } from "./day-words";
import { mainDays, narrativeCue, type DayCue } from "./resolve-days";
import { vocabularyKey } from "./tokenize";
import { weekdayOf } from "./weekday";
import type { DetectedMention } from "./types";
import { NUMBER_WORDS } from "./word-lists";

export interface SlotResult {
  mentions: DetectedMention[];
  /** Speaker hits used to resolve a keynote: no need to infer their talk again. */
  usedSpeakerHits: Set<SpeakerHit>;
}

interface Modifier {
  ordinal?: number;
  weekday?: number;
  opening?: boolean;
  closing?: boolean;
  /** "yesterday", "today" (any language of day-words.ts) beside the cue. */
  relative?: boolean;
  firstToken: number;
  lastToken: number;
}

/** Blocks after a resolved keynote within which a bare "the keynote" continues it. */
const ANAPHORA_BLOCKS = 2;

export function resolveKeynoteSlots(ctx: DetectionContext, speakerHits: SpeakerHit[], cues: DayCue[]): SlotResult {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  const mentions: DetectedMention[] = [];
  const usedSpeakerHits = new Set<SpeakerHit>();
  if (index.keynotes.length === 0) return { mentions, usedSpeakerHits };
  const cueAt = narrativeCue(cues);
  let previous: { talk: number; block: number } | null = null;

  for (let k = 0; k < tokens.length; k++) {
    const raw = tokens[k]!.norm;
    // Most words are not slot words: skip them before folding.
    if (raw !== "general" && !raw.includes("keynote") && !raw.startsWith("plen")) continue;
    const w = vocabularyKey(raw);
    let cueEnd = k;
    const keynote = keynoteWord(w);
    if (w === "general" && vocabularyKey(tokens[k + 1]?.norm ?? "") === "session") cueEnd = k + 1;
    else if (!keynote) continue;
    if (tokens[cueEnd + 1]?.norm === "speakers" || tokens[cueEnd + 1]?.norm === "sessions") continue;

    const sentence = tokens[k]!.sentence;
    const mod = modifiersAround(ctx, k, cueEnd);
    if (keynote?.modifier === "opening") mod.opening = true;
    if (keynote?.modifier === "closing") mod.closing = true;
    const plural = tokens[k]!.norm !== w || tokens[cueEnd]!.norm !== vocabularyKey(tokens[cueEnd]!.norm);
    const every = plural ? everyDayAround(ctx, k, cueEnd) : null;
    if (every) {
      // "the opening keynotes on both days": each day's keynote, the first on the cue, the next on
      // "both days". Only as suggestions: one phrase for two talks is the author's to confirm.
      const perDay = keynotesByDay(ctx);
      if (perDay && perDay.length === 2) {
        const spans = [
          [Math.min(mod.firstToken, k), cueEnd],
          [every.first, every.last],
        ] as const;
        perDay.forEach((talk, i) => {
          const start = tokens[spans[i]![0]]!.start;
          const end = tokens[spans[i]![1]]!.end;
          mentions.push({ kind: "talk", id: index.talks[talk]!.talk.id, start, end, text: scan.source.slice(start, end), confidence: 0.6, reason: "keynotes of every day" });
        });
        previous = null;
        continue;
      }
    }
    let candidates = [...index.keynotes];
    let constrained = false;

    if (mod.ordinal !== undefined || mod.weekday !== undefined || mod.opening || mod.closing) {
      candidates = candidates.filter((t) => fitsDay(ctx, t, mod));
      constrained = true;
    } else if (mod.relative && cueAt(k)?.relative) {
      // "yesterday's keynote": findDayCues turned "yesterday" into a day cue of its own.
      const days = cueAt(k)!.days;
      candidates = candidates.filter((t) => days.includes(index.talks[t]!.talk.day ?? ""));
      constrained = true;
    }
    const sentenceSpeakers = speakerHits.filter(
      (h) => h.full && !h.mention.candidates && tokens[h.firstToken]!.sentence === sentence,
    );
    const supporting = sentenceSpeakers.filter((h) => candidates.some((t) => index.talks[t]!.speakers.includes(h.speaker)));
    if (supporting.length > 0) {
      candidates = candidates.filter((t) => supporting.some((h) => index.talks[t]!.speakers.includes(h.speaker)));
    }

    let confidence = 0;
    let reason = "";
    if (constrained && supporting.length > 0) {
      confidence = 0.9;
      reason = "keynote day and speaker";
    } else if (supporting.length > 0) {
      confidence = 0.85;
      reason = "keynote speaker";
    } else if (constrained) {
      confidence = 0.8;
      reason = mod.opening ? "opening keynote" : mod.closing ? "closing keynote" : mod.relative ? "keynote of the day it names" : "keynote day";
    } else if (previous && tokens[k]!.block - previous.block <= ANAPHORA_BLOCKS) {
      candidates = [previous.talk];
      confidence = 0.65;
      reason = "same keynote";
    } else {
      const cue = cueAt(k);
      const days = cue?.days ?? [];
      if (days.length === 0) continue;
      candidates = candidates.filter((t) => days.includes(index.talks[t]!.talk.day ?? ""));
      // Under a heading that names the day ("## Day 2", "## Wednesday"), the day is the writer's
      // own frame: its one keynote is the keynote. A day named in passing is only a hint.
      const underHeading = scan.blocks[tokens[cue!.token]!.block]!.kind === "heading" && days.length === 1;
      confidence = underHeading ? 0.8 : 0.6;
      reason = underHeading ? "keynote of the day in the heading" : "keynote that day";
    }
    if (candidates.length !== 1) continue;
    const talk = candidates[0]!;

    let first = Math.min(mod.firstToken, k);
    let last = Math.max(mod.lastToken, cueEnd);
    for (const h of supporting) {
      if (!index.talks[talk]!.speakers.includes(h.speaker)) continue;
      usedSpeakerHits.add(h);
      first = Math.min(first, h.firstToken);
      last = Math.max(last, h.lastToken);
    }
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    mentions.push({
      kind: "talk",
      id: index.talks[talk]!.talk.id,
      start,
      end,
      text: scan.source.slice(start, end),
      confidence,
      reason,
    });
    previous = { talk, block: tokens[k]!.block };
  }
  return { mentions, usedSpeakerHits };
}

const EVERY_WORDS: ReadonlySet<string> = new Set(["both", "all", "each", "every", "deux", "tous", "chaque", "beide", "beiden", "alle", "jeden", "elke", "ambos", "todos", "cada"]);

/** "on both days", "les deux jours", "an beiden Tagen", "each day": the span of the quantifier and its day word. */
function everyDayAround(ctx: DetectionContext, k: number, cueEnd: number): { first: number; last: number } | null {
  const tokens = ctx.scan.tokens;
  const sentence = tokens[k]!.sentence;
  for (let i = cueEnd + 1; i <= Math.min(tokens.length - 2, cueEnd + 4); i++) {
    if (tokens[i]!.sentence !== sentence) return null;
    if (!EVERY_WORDS.has(tokens[i]!.norm)) continue;
    const day = tokens[i + 1]!;
    if (day.sentence === sentence && (DAY_WORDS.has(vocabularyKey(day.norm)) || DAY_WORDS.has(day.norm.replace(/e?n$/, "")))) return { first: i, last: i + 1 };
  }
  return null;
}

/** The one keynote of each keynote day, when the catalog has one conference with keynotes and one keynote a day. */
function keynotesByDay(ctx: DetectionContext): number[] | null {
  const withKeynotes = ctx.index.conferences.filter((c) => c.keynotes.length > 0);
  if (withKeynotes.length !== 1) return null;
  const conf = withKeynotes[0]!;
  const out: number[] = [];
  for (const day of conf.keynoteDays) {
    const that = conf.keynotes.filter((t) => ctx.index.talks[t]!.talk.day === day);
    if (that.length !== 1) return null;
    out.push(that[0]!);
  }
  return out;
}

/** Day words right before the cue ("second day keynote") or right after it ("keynote on day 2"). */
function modifiersAround(ctx: DetectionContext, k: number, cueEnd: number): Modifier {
  const tokens = ctx.scan.tokens;
  const sentence = tokens[k]!.sentence;
  const mod: Modifier = { firstToken: k, lastToken: cueEnd };
  const look = (i: number): void => {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) return;
    const w = t.norm;
    const next = tokens[i + 1]?.norm ?? "";
    const weekday = WEEKDAY_WORDS.get(w);
    const firstWord = ORDINAL_WORDS.get(w) === 1;
    if (weekday !== undefined) mod.weekday = weekday;
    else if (relativeDay(w, ctx.language) !== undefined) mod.relative = true;
    else if (OPENING_WORDS.has(w) || (firstWord && !DAY_WORDS.has(next))) mod.opening = true;
    else if (CLOSING_WORDS.has(w) || (LAST_WORDS.has(w) && !DAY_WORDS.has(next))) mod.closing = true;
    else if (DAY_WORDS.has(w)) {
      const after = /^\d$/.test(next) ? Number(next) : NUMBER_WORDS.get(next) ?? ORDINAL_WORDS.get(next);
      const prev = tokens[i - 1]?.norm ?? "";
      const before = ORDINAL_WORDS.get(prev);
      if (LAST_WORDS.has(prev)) mod.closing = true;
      else if (after !== undefined || before !== undefined) mod.ordinal = after ?? before;
      else return;
    } else return;
    const dayWith = (j: number): boolean => {
      const x = tokens[j]?.norm;
      return x !== undefined && (/^\d$/.test(x) || NUMBER_WORDS.has(x) || ORDINAL_WORDS.has(x));
    };
    if (i < k) mod.firstToken = Math.min(mod.firstToken, DAY_WORDS.has(w) && dayWith(i - 1) ? i - 1 : i);
    else mod.lastToken = Math.max(mod.lastToken, DAY_WORDS.has(w) && dayWith(i + 1) ? i + 1 : i);
  };
  for (let i = k - 1; i >= Math.max(0, k - 4); i--) look(i);
  for (let i = cueEnd + 1; i <= Math.min(tokens.length - 1, cueEnd + 5); i++) look(i);
  return mod;
}

function fitsDay(ctx: DetectionContext, t: number, mod: Modifier): boolean {
  const { index } = ctx;
  const entry = index.talks[t]!;
  const conf = index.conferences[entry.conference]!;
  const day = entry.talk.day ?? "";
  if (mod.weekday !== undefined && (!day || weekdayOf(day) !== mod.weekday)) return false;
  if (mod.ordinal !== undefined) {
    const titled = conf.keynotes.some((k) => index.talks[k]!.titleDay !== null);
    if (titled ? entry.titleDay !== mod.ordinal : mainDays(conf).indexOf(day) !== mod.ordinal - 1) return false;
  }
  if (mod.opening || mod.closing) {
    const keynoteDays = conf.keynoteDays;
    const edge = mod.opening ? keynoteDays[0] : keynoteDays[keynoteDays.length - 1];
    if (!edge || day !== edge) return false;
    // Several keynotes that day: the one whose title says so, if any.
    const sameDay = conf.keynotes.filter((k) => index.talks[k]!.talk.day === edge);
    if (sameDay.length > 1) {
      const word = mod.opening ? /\b(opening|welcome)\b/i : /\b(closing|farewell)\b/i;
      const named = sameDay.filter((k) => word.test(index.talks[k]!.talk.title));
      if (named.length > 0 && !named.includes(t)) return false;
    }
  }
  return true;
}
