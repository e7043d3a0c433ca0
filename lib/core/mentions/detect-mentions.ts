/**
 * detectMentions: which talks and speakers of a catalog a writeup mentions.
 *
 * Contract (types.ts has the data shapes):
 * - Input: the writeup's markdown and a MentionIndex built once per catalog
 *   with buildMentionIndex. Optionally the mdast tree when the caller has
 *   already parsed the markdown (the save pipeline has, once for detection,
 *   excerpts and rendering); without it the markdown is parsed here.
 * - Output: mentions sorted by start, with UTF-16 offsets into the markdown
 *   (`markdown.slice(start, end) === text`), each with a confidence and a
 *   short reason. Only mentions at or above `minConfidence` (default
 *   SUGGESTION_THRESHOLD) are returned.
 * - Mentions of one kind never overlap; a talk mention may contain speaker
 *   mentions ("Marcos Lilljedahl and Jonathan Leibiusky" is a talk and two
 *   speakers).
 * - Only prose is scanned: nothing inside code, HTML or existing links.
 *   Links to a talk or speaker page (or a talk's schedule page) are
 *   themselves explicit mentions.
 *
 * The work is linear in the length of the writeup and nearly independent of
 * the catalog size: every lookup goes through the index's automata and
 * hash maps, never a loop over titles.
 */
import type { Root } from "mdast";
import { corroborateWithSpeakers } from "./corroborate-with-speakers";
import { createDetectionContext } from "./detection-context";
import { inferTalksFromSpeakers } from "./infer-talks-from-speakers";
import { scanMarkdown } from "./markdown-scan";
import { isNegativeAlias, matchAliases } from "./match-aliases";
import { matchKeynoteEvents } from "./match-keynote-events";
import { matchLinks } from "./match-links";
import { matchSectionLinks } from "./match-section-links";
import { matchSelfReferences } from "./match-self-references";
import { matchSpeakers } from "./match-speakers";
import { matchTitleWords } from "./match-title-words";
import { matchTitles } from "./match-titles";
import type { MentionIndex } from "./mention-index";
import { findDayCues } from "./resolve-days";
import { resolveNeighbours } from "./resolve-neighbours";
import { resolveKeynoteSlots } from "./resolve-slots";
import { selectNonOverlapping } from "./select-mentions";
import { SUGGESTION_THRESHOLD, actionOf, type DetectedMention } from "./types";

export interface DetectOptions {
  /** Drop mentions below this confidence. Default SUGGESTION_THRESHOLD. */
  minConfidence?: number;
  /** The markdown already parsed with unified().use(remarkParse).use(remarkGfm), to skip parsing again. */
  tree?: Root;
  /**
   * The writeup author's display name, when the caller knows it: "my talk" is then that
   * speaker's session, as a suggestion (match-self-references.ts). Unknown or no speaker: nothing.
   */
  authorName?: string | null;
}

export function detectMentions(markdown: string, index: MentionIndex, options: DetectOptions = {}): DetectedMention[] {
  const minConfidence = options.minConfidence ?? SUGGESTION_THRESHOLD;
  // The save path passes the tree it parsed once for everything; other callers get a parse here.
  const scan = scanMarkdown(markdown, options.tree);
  const ctx = createDetectionContext(index, scan);
  // Words an author rejected for a talk never mean it again (match-aliases.ts).
  const keep = (m: DetectedMention): boolean => m.confidence >= minConfidence && !isNegativeAlias(index, m);

  const links = matchLinks(scan.links, index);
  // A name written as the text of a link to a talk or speaker page means what the link says:
  // the words neither name another speaker nor lead to that speaker's talk.
  const speakerHits = matchSpeakers(ctx).filter((h) => !links.some((l) => l.start <= h.mention.start && h.mention.end <= l.end));
  const titles = corroborateWithSpeakers(ctx, [...matchTitles(ctx), ...matchTitleWords(ctx)], speakerHits);
  const cues = findDayCues(ctx);
  const slots = resolveKeynoteSlots(ctx, speakerHits, cues);
  const sections = matchSectionLinks(scan, [...links, ...titles, ...slots.mentions]);

  const mentioned = new Set<string>();
  for (const m of [...links, ...titles, ...slots.mentions, ...sections]) {
    if (m.kind === "talk" && m.confidence >= SUGGESTION_THRESHOLD) mentioned.add(m.id);
  }
  const inferred = inferTalksFromSpeakers(ctx, speakerHits, cues, mentioned, slots.usedSpeakerHits);

  const named = selectNonOverlapping(
    [...links.filter((m) => m.kind === "talk"), ...titles, ...slots.mentions, ...sections, ...inferred, ...matchAliases(ctx), ...matchSelfReferences(ctx, options.authorName ?? undefined, cues)].filter(keep),
    (m) => m,
  );
  const speakers = selectNonOverlapping(
    [...links.filter((m) => m.kind === "speaker"), ...speakerHits.map((h) => h.mention)].filter(keep),
    (m) => m,
  );
  // "The next talk" and "on day two they announced" are read against the talks named around them,
  // so they come after every other talk is chosen.
  const talks = selectNonOverlapping([...named, ...[...resolveNeighbours(ctx, named), ...matchKeynoteEvents(ctx, cues, named, speakers)].filter(keep)], (m) => m);
  return [...talks, ...speakers].map((m) => ({ ...m, action: actionOf(m) })).sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === "talk" ? -1 : 1));
}

// The command line picks the conference with narrowCatalog before building an index; it is
// re-exported here so callers of detection find both in one place (it lives in its own file).
export { narrowCatalog } from "./narrow-catalog";
