/**
 * Mention detection in the product: what a writeup links, and what the editor
 * suggests.
 *
 * - detectWriteupMentions: for a new text, the confident matches to store as
 *   `detected` and the suggestions to offer.
 * - refreshWriteupMentions: after an edit, detects again and keeps the author's
 *   decisions (see lib/core/mentions/reconcile-mentions.ts), then re-renders.
 * - decideMention: the author accepts or rejects one suggestion or link.
 */
import { detectMentions } from "@/lib/core/mentions/detect-mentions";
import { reconcileMentions, reanchor, type StoredMention } from "@/lib/core/mentions/reconcile-mentions";
import type { DetectedMention, MentionKind } from "@/lib/core/mentions/types";
import { excerptAround, parseTree, textBlocks } from "@/lib/core/markdown/excerpts";
import type { Db, Tx } from "@/lib/server/db";
import { mentionCatalog, warmMentionCatalog } from "./mention-catalog";
import { rerenderWriteups, type MentionInput } from "./save-writeup";

export interface DetectionResult {
  mentions: MentionInput[];
  suggestions: DetectedMention[];
}

export function toInput(m: StoredMention): MentionInput {
  return {
    kind: m.kind,
    ...(m.kind === "talk" ? { talkId: m.id } : { speakerId: m.id }),
    start: m.start,
    end: m.end,
    text: m.text,
    source: m.source,
    confidence: m.confidence,
    reason: m.reason ?? undefined,
  };
}

/** Detection against the index this process shares for these conferences (rebuilt only when the catalog changed). */
async function detect(db: Db | Tx, body: string, conferenceSlugs: string[]) {
  const { index } = await mentionCatalog(db, conferenceSlugs);
  return detectMentions(body, index);
}

/** Detection for a text that has no decisions yet. */
export async function detectWriteupMentions(db: Db, body: string, conferenceSlugs: string[]): Promise<DetectionResult> {
  const { mentions, suggestions } = reconcileMentions(body, [], await detect(db, body, conferenceSlugs));
  return { mentions: mentions.map(toInput), suggestions };
}

async function storedMentions(tx: Db | Tx, writeupId: string): Promise<StoredMention[]> {
  const rows = await tx.mention.findMany({ where: { writeupId } });
  return rows.map((r) => ({
    kind: r.kind as MentionKind,
    id: (r.kind === "talk" ? r.talkId : r.speakerId) ?? "",
    start: r.start,
    end: r.end,
    text: r.text,
    source: r.source as StoredMention["source"],
    confidence: r.confidence,
    reason: r.reason,
  }));
}

async function replaceMentions(tx: Tx, writeupId: string, body: string, mentions: StoredMention[]) {
  // One parse for every mention's excerpt, not one per mention.
  const blocks = textBlocks(parseTree(body));
  await tx.mention.deleteMany({ where: { writeupId } });
  if (mentions.length) {
    await tx.mention.createMany({
      data: mentions.map((m) => ({
        writeupId,
        kind: m.kind,
        talkId: m.kind === "talk" ? m.id : null,
        speakerId: m.kind === "speaker" ? m.id : null,
        text: m.text,
        start: m.start,
        end: m.end,
        source: m.source,
        confidence: m.confidence,
        reason: m.reason,
        excerpt: excerptAround(body, m.start, m.end, 240, blocks),
      })),
    });
  }
  await rerenderWriteups(tx, [writeupId]);
}

/** Detects a saved writeup again, keeping the author's decisions; returns the open suggestions. */
export async function refreshWriteupMentions(db: Db, writeupId: string): Promise<DetectedMention[]> {
  await warmMentionCatalog(db);
  return db.$transaction(async (tx) => {
    const writeup = await tx.writeup.findUniqueOrThrow({
      where: { id: writeupId },
      select: { body: true, conferences: { select: { conference: { select: { slug: true } } } } },
    });
    const found = await detect(tx, writeup.body, writeup.conferences.map((c) => c.conference.slug));
    const { mentions, suggestions } = reconcileMentions(writeup.body, await storedMentions(tx, writeupId), found);
    await replaceMentions(tx, writeupId, writeup.body, mentions);
    return suggestions;
  });
}

/** The suggestions the editor should offer for a saved writeup, without writing anything. */
export async function openSuggestions(db: Db, writeupId: string): Promise<DetectedMention[]> {
  const writeup = await db.writeup.findUniqueOrThrow({
    where: { id: writeupId },
    select: { body: true, conferences: { select: { conference: { select: { slug: true } } } } },
  });
  const found = await detect(db, writeup.body, writeup.conferences.map((c) => c.conference.slug));
  return reconcileMentions(writeup.body, await storedMentions(db, writeupId), found).suggestions;
}

export interface MentionDecision {
  kind: MentionKind;
  id: string;
  start: number;
  end: number;
  text: string;
  decision: "accept" | "reject";
}

export class MentionDecisionError extends Error {}

/** Records the author's answer to one suggestion or link, and re-renders the writeup. */
export async function decideMention(db: Db, writeupId: string, d: MentionDecision): Promise<void> {
  await db.$transaction(async (tx) => {
    const writeup = await tx.writeup.findUniqueOrThrow({ where: { id: writeupId }, select: { body: true } });
    const at = reanchor(writeup.body, d.text, d.start);
    if (!at) throw new MentionDecisionError(`"${d.text}" is no longer in the writeup`);
    const target = d.kind === "talk" ? await tx.talk.findUnique({ where: { id: d.id }, select: { id: true } }) : await tx.speaker.findUnique({ where: { id: d.id }, select: { id: true } });
    if (!target) throw new MentionDecisionError(`no ${d.kind} with id ${d.id}`);
    const previous = await storedMentions(tx, writeupId);
    // The decision replaces whatever of the same kind covered these words.
    const kept = previous.filter((m) => !(m.kind === d.kind && m.start < at.end && at.start < m.end));
    kept.push({ kind: d.kind, id: d.id, ...at, text: d.text, source: d.decision === "accept" ? "confirmed" : "rejected", confidence: 1, reason: "author's decision" });
    await replaceMentions(tx, writeupId, writeup.body, kept.sort((a, b) => a.start - b.start));
  });
}
