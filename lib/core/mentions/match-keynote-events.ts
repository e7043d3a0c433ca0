/**
 * A keynote named only by what was announced in it: "On day two they
 * announced a new registry", "Yesterday Docker announced…", or, under a
 * "## Tuesday" heading, "The morning started with announcements".
 *
 * Keynotes are where a conference announces things, and trip reports tell
 * them by their news rather than by the slot. The words alone say nothing of
 * which session, so this only suggests, and only when everything points one
 * way:
 * - an announcement word in the sentence ("announced", "announcement",
 *   "unveiled", "annoncé", "angekündigt", "aangekondigd");
 * - one day for the sentence: a day cue in the sentence itself
 *   (resolve-days.ts: "day two", "Tuesday", "yesterday" under a day heading),
 *   or a heading naming one day at most two blocks above (a day's keynote
 *   opens it, so only the first paragraphs under the heading count);
 * - exactly one keynote on that day in the catalog;
 * - no other session in the way: no other talk named in the sentence, none
 *   named between the day's heading (or the block before) and the sentence,
 *   and no speaker named in the sentence who is not one of the keynote's.
 * One suggestion per sentence, on the announcement word.
 */
import type { DetectionContext } from "./detection-context";
import { type DayCue } from "./resolve-days";
import type { DetectedMention } from "./types";

/** Stems of the announcement words, in token form (folded, lower case). */
const STEMS = ["announc", "unveil", "annonc", "angekundigt", "ankundig", "aangekondigd", "aankondig"] as const;
const isAnnouncement = (norm: string): boolean => STEMS.some((s) => norm.startsWith(s));

/** Blocks under a day heading in which an announcement still belongs to the day's opening keynote. */
const OPENING_BLOCKS = 2;

export function matchKeynoteEvents(ctx: DetectionContext, cues: DayCue[], talks: readonly DetectedMention[], speakers: readonly DetectedMention[]): DetectedMention[] {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  if (index.keynotes.length === 0 || cues.length === 0) return [];
  const out: DetectedMention[] = [];
  let lastSentence = -1;
  for (let k = 0; k < tokens.length; k++) {
    const tok = tokens[k]!;
    if (tok.sentence === lastSentence || !isAnnouncement(tok.norm)) continue;
    lastSentence = tok.sentence;
    const sentence = tok.sentence;
    let first = k;
    while (first > 0 && tokens[first - 1]!.sentence === sentence) first--;
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1]!.sentence === sentence) last++;
    const sentenceStart = tokens[first]!.start;
    const sentenceEnd = tokens[last]!.end;

    // The day: said in the sentence, else the heading just above.
    const inSentence = cues.filter((c) => tokens[c.token]!.sentence === sentence);
    let days: string[];
    let since: number;
    if (inSentence.length > 0) {
      days = [...new Set(inSentence.flatMap((c) => c.days))];
      // The block before counts too: "After <title>… On day two they announced" is about that title.
      since = scan.blocks[Math.max(0, tok.block - 1)]!.start;
    } else {
      let heading: DayCue | undefined;
      for (const c of cues) if (c.token < k) heading = c;
      if (!heading) continue;
      const block = tokens[heading.token]!.block;
      if (scan.blocks[block]!.kind !== "heading" || tok.block - block > OPENING_BLOCKS) continue;
      days = heading.days;
      since = scan.blocks[block]!.end;
    }
    if (days.length !== 1) continue;
    const keynotes = index.keynotes.filter((t) => index.talks[t]!.talk.day === days[0]);
    if (keynotes.length !== 1) continue;
    const keynote = index.talks[keynotes[0]!]!;

    const otherTalk = talks.some((m) => m.id !== keynote.talk.id && m.end > since && m.start < sentenceEnd);
    if (otherTalk) continue;
    const otherSpeaker = speakers.some((m) => m.start >= sentenceStart && m.end <= sentenceEnd && !keynote.talk.speakerIds.includes(m.id));
    if (otherSpeaker) continue;
    out.push({ kind: "talk", id: keynote.talk.id, start: tok.start, end: tok.end, text: scan.source.slice(tok.start, tok.end), confidence: 0.45, reason: "announced on the day of its keynote" });
  }
  return out;
}
