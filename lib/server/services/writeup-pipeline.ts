/**
 * The one pipeline every change to a writeup's text runs: parse the markdown
 * once, detect mentions on that tree against the shared mention index, and
 * derive from the same tree the HTML with its links, the excerpts and the
 * search text (lib/core/writeups/derive-writeup.ts). Nothing here writes: the
 * use cases in writeup-lifecycle.ts store the result in one transaction.
 */
import type { Root } from "mdast";
import { LRUCache } from "lru-cache";
import { parseMarkdownTree, renderTree } from "@/lib/core/markdown/render-markdown";
import type { MentionLink } from "@/lib/core/markdown/remark-mention-links";
import { parseSections, renderSections } from "@/lib/core/markdown/sections";
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
  /** The author's display name, so "my talk" can be suggested as their session. */
  authorName?: string | null;
}

export interface PipelineResult extends DerivedWriteup {
  /** The ids of conferenceSlugs (an unknown slug is refused before this) */
  conferenceIds: string[];
}

/**
 * Sections of recent texts, parsed and rendered (lib/core/markdown/sections.ts):
 * an author's next save of a long writeup re-parses only what changed. Bounded
 * by text size, so memory stays flat however many saves run.
 */
const caches = ((globalThis as { hallwaySectionCaches?: { trees: LRUCache<string, Root>; html: LRUCache<string, string> } }).hallwaySectionCaches ??= {
  // A parsed tree takes some 40 bytes per character of its text: about 24 MB
  // of trees at most, the sections of a dozen long writeups being edited.
  trees: new LRUCache<string, Root>({ maxSize: 600_000, sizeCalculation: (_tree, text) => Math.max(1, text.length) }),
  html: new LRUCache<string, string>({ maxSize: 2_000_000, sizeCalculation: (html, key) => Math.max(1, html.length + key.length) }),
});

/** The text's tree (the caller's to read; rendering changes it) and its renderer, by sections. */
export function parseBody(body: string): { tree: Root; render: (links: MentionLink[]) => string } {
  const parsed = parseSections(body, parseMarkdownTree, caches.trees);
  return { tree: parsed.tree, render: (links) => renderSections(parsed, links, (root, inside) => renderTree(root, body, inside), caches.html) };
}

export async function runPipeline(db: Db | Tx, input: PipelineInput): Promise<PipelineResult> {
  const { tree, render } = parseBody(input.body);
  if (input.mentions) {
    // Decided already: no index to build or search, only the link targets.
    const { targets, conferenceIds } = await linkCatalog(db, input.conferenceSlugs, input.catalogVersion);
    const derived = deriveWriteup({ title: input.title, body: input.body, tree, render, detected: [], previous: [], targets, mentions: input.mentions });
    return { ...derived, conferenceIds };
  }
  const catalog = await mentionCatalog(db, input.conferenceSlugs, input.catalogVersion);
  const detected = detectMentions(input.body, catalog.index, { tree, authorName: input.authorName });
  const derived = deriveWriteup({ title: input.title, body: input.body, tree, render, detected, previous: input.previous ?? [], targets: catalog.targets });
  return { ...derived, conferenceIds: catalog.conferenceIds };
}
