/**
 * Plain-text excerpts for lists, cards and coverage: the opening of a writeup,
 * and the sentence or two around a mention. Markdown syntax never shows in
 * them; they are computed when a writeup is saved and stored.
 *
 * Each function takes the markdown or, on the write path, the tree that was
 * already parsed for detection and rendering (parse once: a writeup with 50
 * mentions used to be parsed 53 times here).
 */
import type { Root, RootContent, Paragraph, Heading, ListItem, Blockquote, TableCell } from "mdast";
import { toString } from "mdast-util-to-string";
import { visit, SKIP } from "unist-util-visit";

import { parseMarkdownTree } from "./render-markdown";

/** The same tree the rendering pipeline and the detector use. */
export const parseTree = (markdown: string): Root => parseMarkdownTree(markdown);

const treeOf = (source: string | Root): Root => (typeof source === "string" ? parseTree(source) : source);

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Containers of other blocks: their text is their blocks' text, with a space between (toString would run "a" and "b" of a list into "ab"). */
const CONTAINERS = new Set(["list", "listItem", "blockquote", "table", "tableRow", "footnoteDefinition"]);

function blockText(node: RootContent): string {
  if (CONTAINERS.has(node.type) && "children" in node) return (node.children as RootContent[]).map(blockText).join(" ");
  return toString(node);
}

/** Cuts at a word boundary and adds an ellipsis when it had to cut. */
export function truncate(text: string, max: number): string {
  const clean = collapse(text);
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.5 ? cut.slice(0, space) : cut).replace(/[\s,;:.!?–—-]+$/, "")}…`;
}

/** The opening paragraphs of a writeup as plain text, skipping a leading heading that repeats the title. */
export function leadExcerpt(markdown: string | Root, max = 280, title?: string): string {
  const tree = treeOf(markdown);
  const parts: string[] = [];
  let length = 0;
  for (const node of tree.children) {
    if (length >= max) break;
    if (node.type === "heading" && title && collapse(toString(node)).toLowerCase() === collapse(title).toLowerCase()) continue;
    if (node.type === "code" || node.type === "html" || node.type === "thematicBreak") continue;
    const text = collapse(blockText(node));
    if (!text) continue;
    if (title && parts.length === 0 && text.toLowerCase() === collapse(title).toLowerCase()) continue;
    parts.push(text);
    length += text.length + 1;
  }
  return truncate(parts.join(" "), max);
}

type Block = Paragraph | Heading | ListItem | Blockquote | TableCell;

interface TextBlock {
  start: number;
  end: number;
  text: string;
}

/**
 * The paragraph-like blocks of a tree (paragraphs, headings, table cells; not
 * inside code or HTML), in source order with their plain text. They never
 * nest, so the block around a range is found by binary search.
 */
export function textBlocks(tree: Root): TextBlock[] {
  const blocks: TextBlock[] = [];
  visit(tree, (node) => {
    if (node.type === "code" || node.type === "html") return SKIP;
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") {
      const s = node.position?.start.offset;
      const e = node.position?.end.offset;
      if (s !== undefined && e !== undefined) blocks.push({ start: s, end: e, text: collapse(toString(node as Block)) });
      return SKIP;
    }
    return undefined;
  });
  return blocks;
}

function blockAround(blocks: readonly TextBlock[], start: number, end: number): TextBlock | null {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid]!;
    if (b.end < start) lo = mid + 1;
    else if (b.start > start) hi = mid - 1;
    else return b.end >= end ? b : null;
  }
  return null;
}

/**
 * The text around source range [start, end): the innermost paragraph-like block
 * that contains it, trimmed to about `max` characters centred on the mention.
 * Pass `blocks` (textBlocks of the parsed tree) to excerpt many mentions of one
 * writeup without parsing it again.
 */
export function excerptAround(markdown: string, start: number, end: number, max = 240, blocks: readonly TextBlock[] = textBlocks(parseTree(markdown))): string {
  const block = blockAround(blocks, start, end);
  const text = block ? block.text : collapse(markdown.slice(Math.max(0, start - max), end + max));
  if (text.length <= max) return text;
  const needle = collapse(markdown.slice(start, end));
  const at = Math.max(0, text.indexOf(needle));
  const room = Math.max(0, max - needle.length);
  let from = Math.max(0, at - Math.floor(room / 2));
  let to = Math.min(text.length, from + max);
  from = Math.max(0, to - max);
  // Snap to word boundaries.
  if (from > 0) from = text.indexOf(" ", from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(" ", to) > at + needle.length ? text.lastIndexOf(" ", to) : to;
  return `${from > 0 ? "…" : ""}${text.slice(from, to).trim()}${to < text.length ? "…" : ""}`;
}

/** The whole writeup as plain text (no markdown syntax, no code), for search. */
export function plainText(markdown: string | Root): string {
  const tree = treeOf(markdown);
  const parts: string[] = [];
  for (const node of tree.children) {
    if (node.type === "code" || node.type === "html") continue;
    const text = collapse(blockText(node));
    if (text) parts.push(text);
  }
  return parts.join("\n");
}
