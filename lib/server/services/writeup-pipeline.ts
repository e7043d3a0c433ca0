/**
 * The one pipeline every change to a writeup's text runs: parse the markdown
 * once, detect mentions on that tree against the shared mention index, and
 * derive from the same tree the HTML with its links, the excerpts and the
 * search text (lib/core/writeups/derive-writeup.ts). Nothing here writes: the
 * use cases in writeup-lifecycle.ts store the result in one transaction.
 */
import { parseMarkdownTree } from "@/lib/core/markdown/render-markdown";
import { detectMentions } from "@/lib/core/mentions/detect-mentions";
import type { StoredMention } from "@/lib/core/mentions/reconcile-mentions";
import { deriveWriteup, type DerivedWriteup } from "@/lib/core/writeups/derive-writeup";
import type { Db, Tx } from "@/lib/server/db";
import { linkCatalog, mentionCatalog } from "./mention-catalog";

export interface PipelineInput {
  title: string;
  body: string;
  conferenceSlugs: readonly string[];
  /** The stored decisions to keep (confirmed and rejected mentions). */
  previous?: readonly StoredMention[];
  /** Mentions already decided: skip detection (link decisions, fixtures). */
  mentions?: readonly StoredMention[];
  /** The catalog version the caller read with its state, to skip asking again. */
  catalogVersion?: string;
}

export interface PipelineResult extends DerivedWriteup {
  /** The ids of conferenceSlugs (an unknown slug is refused before this) */
  conferenceIds: string[];
}

export async function runPipeline(db: Db | Tx, input: PipelineInput): Promise<PipelineResult> {
  const tree = parseMarkdownTree(input.body);
  if (input.mentions) {
    // Decided already: no index to build or search, only the link targets.
    const { targets, conferenceIds } = await linkCatalog(db, input.conferenceSlugs, input.catalogVersion);
    const derived = deriveWriteup({ title: input.title, body: input.body, tree, detected: [], previous: [], targets, mentions: input.mentions });
    return { ...derived, conferenceIds };
  }
  const catalog = await mentionCatalog(db, input.conferenceSlugs, input.catalogVersion);
  const detected = detectMentions(input.body, catalog.index, { tree });
  const derived = deriveWriteup({ title: input.title, body: input.body, tree, detected, previous: input.previous ?? [], targets: catalog.targets });
  return { ...derived, conferenceIds: catalog.conferenceIds };
}
