/**
 * Runs mention detection for a writeup against the talks of the conferences it
 * covers, and turns confident matches into mentions to store as `detected`.
 * Suggestions below the confidence threshold are returned separately for the
 * editor to offer; they are never linked without the author's say.
 */
import { buildMentionIndex } from "@/lib/core/mentions/mention-index";
import { detectMentions } from "@/lib/core/mentions/detect-mentions";
import { CONFIDENT_THRESHOLD, type DetectedMention } from "@/lib/core/mentions/types";
import type { Db } from "@/lib/server/db";
import { loadCatalog } from "./load-catalog";
import type { MentionInput } from "./save-writeup";

export interface DetectionResult {
  mentions: MentionInput[];
  suggestions: DetectedMention[];
}

export async function detectWriteupMentions(db: Db, body: string, conferenceSlugs: string[]): Promise<DetectionResult> {
  const catalog = await loadCatalog(db, conferenceSlugs);
  const found = detectMentions(body, buildMentionIndex(catalog));
  const confident = found.filter((m) => m.confidence >= CONFIDENT_THRESHOLD && !m.candidates?.length);
  return {
    mentions: confident.map((m) => ({
      kind: m.kind,
      ...(m.kind === "talk" ? { talkId: m.id } : { speakerId: m.id }),
      start: m.start,
      end: m.end,
      text: m.text,
      source: m.reason === "explicit link" ? "explicit" : "detected",
      confidence: m.confidence,
      reason: m.reason,
    })),
    suggestions: found.filter((m) => !confident.includes(m)),
  };
}
