/**
 * Which conference day the writeup is talking about.
 *
 * Trip reports are told in order and name their days: "On Tuesday…",
 * "## Saturday", "the second day", "October 17th", "yesterday", in any of
 * the languages of day-words.ts ("le deuxième jour", "am Mittwoch", "2.
 * Tag"). "Yesterday" and "today" count from the cue before them. Each such cue is turned
 * into the catalog days it can mean; the latest cue before a sentence is its
 * narrative day. Keynotes named by their slot and speakers with two talks
 * are resolved with it.
 *
 * Ordinals count *main* days, the days that have a keynote when the
 * programme has keynotes (DockerCon's Monday of workshops is not "the first
 * day"), else all days with talks.
 */
import type { DetectionContext } from "./detection-context";
import type { ConferenceEntry } from "./mention-index";
import { DAY_WORDS, LAST_WORDS, MONTH_WORDS, ORDINAL_WORDS, WEEKDAY_WORDS, relativeDay } from "./day-words";
import { MONTH_ABBREVIATIONS, NUMBER_WORDS } from "./word-lists";

export interface DayCue {
  /** Token index of the cue (its first token). */
  token: number;
  lastToken: number;
  days: string[];
  /** Set when the cue is an ordinal ("second day", "day 2"). */
  ordinal?: number;
  weekday?: number;
  last?: boolean;
  /** "yesterday", "today": counted from the day of the heading above. */
  relative?: boolean;
}

export function mainDays(conf: ConferenceEntry): string[] {
  return conf.keynoteDays.length > 0 ? conf.keynoteDays : conf.days;
}

/** The day cues in the text, in order. */
export function findDayCues(ctx: DetectionContext): DayCue[] {
  const { scan, index } = ctx;
  const tokens = scan.tokens;
  const allDays = index.days.all;
  if (allDays.length === 0) return [];
  const cues: DayCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const w = tokens[i]!.norm;
    const next = tokens[i + 1]?.norm;
    const prev = tokens[i - 1]?.norm;

    const weekday = WEEKDAY_WORDS.get(w);
    if (weekday !== undefined && tokens[i]!.cap) {
      cues.push({ token: i, lastToken: i, weekday, days: index.days.byWeekday[weekday] ?? [] });
      continue;
    }
    if (DAY_WORDS.has(w)) {
      // "day 2", "second day", "2. Tag", "tweede dag", "last day", "dernier jour", "jour 2".
      const after = next === undefined ? undefined : dayNumber(next);
      const before = prev === undefined ? undefined : (ORDINAL_WORDS.get(prev) ?? digitBefore(scan, i));
      const isLast = prev !== undefined && LAST_WORDS.has(prev);
      const n = after ?? before;
      if (n !== undefined || isLast) {
        const days = isLast ? index.days.last : (index.days.byOrdinal[n! - 1] ?? []);
        cues.push({ token: before !== undefined || isLast ? i - 1 : i, lastToken: after !== undefined ? i + 1 : i, days, ...(isLast ? { last: true } : { ordinal: n! }) });
      }
      continue;
    }
    const shift = relativeDay(w, ctx.language);
    if (shift !== undefined) {
      // "yesterday", "today", "hier", "gestern": relative to the day the writer is at, which is the
      // day of the heading above (a day named in passing is not where the writer stands).
      let frame: DayCue | undefined;
      for (let c = cues.length - 1; c >= 0 && !frame; c--) {
        if (!cues[c]!.relative && scan.blocks[tokens[cues[c]!.token]!.block]!.kind === "heading") frame = cues[c];
      }
      if (frame && frame.days.length === 1) {
        cues.push({ token: i, lastToken: i, relative: true, days: [addDays(frame.days[0]!, shift)].filter((d) => allDays.includes(d)) });
      }
      continue;
    }
    const month = monthOf(w);
    if (month !== undefined) {
      const dayAfter = next === undefined ? undefined : dateNumber(next);
      const dayBefore = prev === undefined ? undefined : dateNumber(prev);
      const dom = dayAfter ?? dayBefore;
      if (dom !== undefined) {
        const mmdd = `${String(month).padStart(2, "0")}-${String(dom).padStart(2, "0")}`;
        const days = allDays.filter((d) => d.slice(5) === mmdd);
        if (days.length > 0) cues.push({ token: dayBefore !== undefined ? i - 1 : i, lastToken: dayAfter !== undefined ? i + 1 : i, days });
      }
    }
  }
  return cues;
}

/** "2. Tag": a digit and a full stop right before the day word. */
function digitBefore(scan: DetectionContext["scan"], i: number): number | undefined {
  const prev = scan.tokens[i - 1];
  if (!prev || !/^\d$/.test(prev.norm)) return undefined;
  return scan.source.slice(prev.end, scan.tokens[i]!.start) === ". " ? Number(prev.norm) : undefined;
}

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** The latest cue at or before a token (the narrative day's cue), or null. */
export function narrativeCue(cues: DayCue[]): (token: number) => DayCue | null {
  return (token: number) => {
    let lo = 0;
    let hi = cues.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.token <= token) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? cues[found]! : null;
  };
}

/** The narrative day(s) at each token: the days of the latest cue before it. */
export function narrativeDays(cues: DayCue[]): (token: number) => string[] {
  return (token: number) => {
    let lo = 0;
    let hi = cues.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (cues[mid]!.token <= token) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 ? cues[found]!.days : [];
  };
}

function dayNumber(word: string): number | undefined {
  if (/^\d$/.test(word)) return Number(word);
  return NUMBER_WORDS.get(word) ?? ORDINAL_WORDS.get(word);
}

function dateNumber(word: string): number | undefined {
  const m = /^(\d{1,2})(st|nd|rd|th)?$/.exec(word);
  if (!m) return undefined;
  const n = Number(m[1]);
  return n >= 1 && n <= 31 ? n : undefined;
}

function monthOf(word: string): number | undefined {
  return MONTH_WORDS.get(word) ?? MONTH_ABBREVIATIONS.get(word);
}
