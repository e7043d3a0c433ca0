/**
 * Everything a writeup's text gives, computed from one parse: the mentions to
 * store (the author's decisions kept), the suggestions to offer, the HTML with
 * its mention links, the lead excerpt, the excerpt around each mention and the
 * search text. Pure: the caller parses, detects on the same tree and supplies
 * the link targets from the shared catalog; the write path then stores the
 * result in one transaction (lib/server/services/writeup-pipeline.ts).
 */
import type { Root } from "mdast";
import { excerptAround, leadExcerpt, plainText, textBlocks } from "../markdown/excerpts";
import { renderTree } from "../markdown/render-markdown";
import type { MentionLink } from "../markdown/remark-mention-links";
import { reconcileMentions, type StoredMention } from "../mentions/reconcile-mentions";
import type { DetectedMention, MentionKind } from "../mentions/types";

export interface LinkTarget {
  href: string;
  /** Tooltip: the talk with its speakers and conference, or the speaker with their affiliation. */
  label: string;
}

/** Where a mention links; null when the talk or speaker no longer exists (it is then not linked). */
export type LinkTargets = (kind: MentionKind, id: string) => LinkTarget | null;

export interface DerivedMention extends StoredMention {
  /** Plain text around the mention, for coverage lists. */
  excerpt: string;
}

export interface DerivedWriteup {
  bodyHtml: string;
  excerpt: string;
  searchText: string;
  mentions: DerivedMention[];
  suggestions: DetectedMention[];
}

export const LEAD_EXCERPT_MAX = 280;
export const MENTION_EXCERPT_MAX = 240;

export interface DeriveInput {
  title: string;
  body: string;
  /** parseMarkdownTree(body). It is consumed: rendering splices links into it. */
  tree: Root;
  /** What the detector found on that tree. */
  detected: readonly DetectedMention[];
  /** What is stored now: only the author's decisions (confirmed, rejected) carry over. */
  previous: readonly StoredMention[];
  targets: LinkTargets;
  /** Renders the tree with these links; by default the whole tree at once (renderTree). */
  render?: (links: MentionLink[]) => string;
  /**
   * The mentions to store, decided already (a link decision, a fixture):
   * detection and reconciliation are skipped and nothing is suggested.
   */
  mentions?: readonly StoredMention[];
}

/** Links for the mentions a reader sees (a rejected one never is). */
export function mentionLinks(mentions: readonly StoredMention[], targets: LinkTargets): MentionLink[] {
  return mentions.flatMap((m): MentionLink[] => {
    if (m.source === "rejected") return [];
    const target = targets(m.kind, m.id);
    return target ? [{ kind: m.kind, start: m.start, end: m.end, text: m.text, ...target }] : [];
  });
}

export function deriveWriteup(input: DeriveInput): DerivedWriteup {
  const { mentions, suggestions } = input.mentions ? { mentions: [...input.mentions], suggestions: [] } : reconcileMentions(input.body, input.previous, input.detected);
  // Excerpts and search text read the tree before rendering changes it.
  const blocks = textBlocks(input.tree);
  const excerpt = leadExcerpt(input.tree, LEAD_EXCERPT_MAX, input.title);
  const searchText = plainText(input.tree);
  const derived = mentions.map((m) => ({ ...m, excerpt: excerptAround(input.body, m.start, m.end, MENTION_EXCERPT_MAX, blocks) }));
  const links = mentionLinks(mentions, input.targets);
  const bodyHtml = input.render ? input.render(links) : renderTree(input.tree, input.body, links);
  return { bodyHtml, excerpt, searchText, mentions: derived, suggestions };
}

/**
 * The HTML again for stored mentions on an unchanged text (a linked talk was
 * renamed): decisions and detected links stay exactly as stored.
 */
export function rerenderBody(body: string, tree: Root, mentions: readonly StoredMention[], targets: LinkTargets, render?: (links: MentionLink[]) => string): string {
  const links = mentionLinks(mentions, targets);
  return render ? render(links) : renderTree(tree, body, links);
}
