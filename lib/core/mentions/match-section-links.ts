/**
 * Links to a section of the writeup itself ("[try pair documenting](#17-00-document-all-the-things)").
 *
 * Writers summarise first and link each point to the section about the
 * talk. Such a link refers to the talk its target heading names, when the
 * heading names exactly one talk (found by title or link).
 */
import type { ScannedText } from "./markdown-scan";
import { anchorKey } from "./markdown-scan";
import type { DetectedMention } from "./types";

export function matchSectionLinks(scan: ScannedText, talkMentions: readonly DetectedMention[]): DetectedMention[] {
  const out: DetectedMention[] = [];
  const headings = scan.blocks.filter((b) => b.kind === "heading" && b.anchorKey);
  if (headings.length === 0) return out;
  for (const link of scan.links) {
    if (!link.url.startsWith("#") || link.url.length < 2) continue;
    let target: string;
    try {
      target = anchorKey(decodeURIComponent(link.url.slice(1)).replace(/[-_]+/g, " "));
    } catch {
      continue;
    }
    const heading = headings.find((h) => h.anchorKey === target);
    if (!heading) continue;
    const ids = new Set(talkMentions.filter((m) => m.start >= heading.start && m.end <= heading.end && m.confidence >= 0.6).map((m) => m.id));
    if (ids.size !== 1) continue;
    out.push({ kind: "talk", id: [...ids][0]!, start: link.start, end: link.end, text: link.text, confidence: 0.75, reason: "link to section" });
  }
  return out;
}
