/**
 * Speaker names in prose.
 *
 * Full names (and the variants from nameVariants: no middle initial, no
 * nickname, first + last) come from the name automaton; a name must be
 * written with capitals to be sure of it, since "will smith" in lower case is
 * more often words than a person. Two speakers who share a surname never
 * mix up: only whole names match here.
 *
 * Writers then go on with the first name or surname alone ("Kristian
 * spoke…", "According to Bottomley…"). Such a word is linked only when one
 * speaker with that first name or surname was named in full shortly before,
 * in the same section; if two were, it stays unlinked.
 *
 * People the programme lists by one name (a handle) are match-handles.ts.
 */
import type { DetectionContext } from "./detection-context";
import { matchHandles } from "./match-handles";
import { selectNonOverlapping } from "./select-mentions";
import type { DetectedMention } from "./types";
import { NAME_PARTICLES, STOPWORDS } from "./word-lists";

export interface SpeakerHit {
  mention: DetectedMention;
  /** Index into MentionIndex.speakers (the best guess when ambiguous). */
  speaker: number;
  firstToken: number;
  lastToken: number;
  /** A full-name match (not a first name or surname alone). */
  full: boolean;
}

/** Tokens after a full name within which a first name or surname still refers back to it. */
const ANAPHORA_WINDOW = 600;

export function matchSpeakers(ctx: DetectionContext): SpeakerHit[] {
  const { index, scan, ids, barrier } = ctx;
  const tokens = scan.tokens;
  const hits: SpeakerHit[] = [];
  index.names.scan(ids, barrier, 2, (m) => {
    const automaton = index.names;
    const count = automaton.termCount[m.node]!;
    if (count === 0) return;
    const lo = automaton.lo[m.node]!;
    const speakerSet = new Map<number, { confidence: number; reason: string }>();
    for (let k = lo; k < lo + count; k++) {
      const p = index.namePatterns[automaton.order[k]!]!;
      const prev = speakerSet.get(p.speaker);
      if (!prev || prev.confidence < p.confidence) speakerSet.set(p.speaker, { confidence: p.confidence, reason: p.reason });
    }
    let capitalised = true;
    for (let i = m.first; i <= m.last; i++) {
      const t = tokens[i]!;
      if (!t.cap && !NAME_PARTICLES.has(t.norm)) capitalised = false;
      if (!t.cap && STOPWORDS.has(t.norm) && !NAME_PARTICLES.has(t.norm)) return;
    }
    const ranked = [...speakerSet.entries()].sort((a, b) => b[1].confidence - a[1].confidence);
    const [speaker, best] = ranked[0]!;
    let confidence = best.confidence * (capitalised ? 1 : 0.5);
    // A name spelled one letter off ("Tycho Anderson") is still the name, a little less surely.
    let typos = 0;
    for (let i = m.first; i <= m.last; i++) typos += ctx.typo[i]!;
    confidence -= 0.15 * typos;
    const start = tokens[m.first]!.start;
    const end = tokens[m.last]!.end;
    const mention: DetectedMention = {
      kind: "speaker",
      id: index.speakers[speaker]!.speaker.id,
      start,
      end,
      text: scan.source.slice(start, end),
      confidence: 0,
      reason: typos > 0 ? `${best.reason}, spelled differently` : best.reason,
    };
    if (ranked.length > 1) {
      confidence = Math.min(confidence, 0.5);
      mention.candidates = ranked.map(([s]) => index.speakers[s]!.speaker.id);
      mention.reason = `${best.reason}, ambiguous`;
    }
    mention.confidence = Math.round(confidence * 100) / 100;
    hits.push({ mention, speaker, firstToken: m.first, lastToken: m.last, full: true });
  });

  const full = selectNonOverlapping(hits, (h) => h.mention);
  const covered = new Uint8Array(tokens.length);
  for (const h of full) for (let i = h.firstToken; i <= h.lastToken; i++) covered[i] = 1;
  return [...full, ...matchShortNames(ctx, full, covered), ...matchHandles(ctx, covered)].sort((a, b) => a.firstToken - b.firstToken);
}

/** First names and surnames that refer back to a speaker named in full just before. */
function matchShortNames(ctx: DetectionContext, full: SpeakerHit[], covered: Uint8Array): SpeakerHit[] {
  const { index, scan } = ctx;
  const tokens = scan.tokens;
  const out: SpeakerHit[] = [];

  // Speakers named in full so far: speaker → token index of the latest mention.
  const recent = new Map<number, number>();
  let hit = 0;
  let lastHeadingToken = -1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const block = scan.blocks[t.block]!;
    if (block.kind === "heading" && block.firstToken === i) lastHeadingToken = i;
    while (hit < full.length && full[hit]!.firstToken <= i) {
      const h = full[hit]!;
      if (!h.mention.candidates && h.mention.confidence >= 0.6) recent.set(h.speaker, h.lastToken);
      hit++;
    }
    if (covered[i] || !t.cap || t.norm.length < 2) continue;
    const sentenceStart = i === 0 || tokens[i - 1]!.sentence !== t.sentence;
    if (STOPWORDS.has(t.norm) && sentenceStart) continue;
    const next = tokens[i + 1];
    if (next && next.cap && !next.barrier && next.sentence === t.sentence && !STOPWORDS.has(next.norm) && !covered[i + 1]) continue;

    for (const [map, reason] of [
      [index.speakersByFirstName, "speaker first name"],
      [index.speakersByLastName, "speaker surname"],
    ] as const) {
      const candidates = map.get(t.norm);
      if (!candidates) continue;
      const live = candidates.filter((s) => {
        const at = recent.get(s);
        // Still in the same section: no heading started after the full name.
        return at !== undefined && i - at <= ANAPHORA_WINDOW && at >= lastHeadingToken;
      });
      if (live.length !== 1) continue;
      const s = live[0]!;
      out.push({
        mention: {
          kind: "speaker",
          id: index.speakers[s]!.speaker.id,
          start: t.start,
          end: t.end,
          text: scan.source.slice(t.start, t.end),
          confidence: 0.7,
          reason,
        },
        speaker: s,
        firstToken: i,
        lastToken: i,
        full: false,
      });
      break;
    }
  }
  return out;
}
