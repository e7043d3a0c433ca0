/**
 * Plain-text excerpts for lists, cards and coverage: the opening of a writeup,
 * and the sentence or two around a mention. Markdown syntax never shows in
 * them; they are computed when a writeup is saved and stored.
 */
import type { Root, RootContent, Paragraph, Heading, ListItem, Blockquote, TableCell } from "mdast";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkGfm from "remark-gfm";
import { toString } from "mdast-util-to-string";
import { visit, SKIP } from "unist-util-visit";

const parser = unified().use(remarkParse).use(remarkGfm);

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
export function leadExcerpt(markdown: string, max = 280, title?: string): string {
  const tree = parser.parse(markdown) as Root;
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

/**
 * The text around source range [start, end): the innermost paragraph-like block
 * that contains it, trimmed to about `max` characters centred on the mention.
 */
export function excerptAround(markdown: string, start: number, end: number, max = 240): string {
  const tree = parser.parse(markdown) as Root;
  let block: Block | null = null;
  visit(tree, (node) => {
    if (node.type === "code" || node.type === "html") return SKIP;
    const s = node.position?.start.offset;
    const e = node.position?.end.offset;
    if (s === undefined || e === undefined || s > start || e < end) return node.type === "root" ? undefined : SKIP;
    if (node.type === "paragraph" || node.type === "heading" || node.type === "tableCell") block = node as Block;
    return undefined;
  });
  const text = collapse(block ? toString(block) : markdown.slice(Math.max(0, start - max), end + max));
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
export function plainText(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const parts: string[] = [];
  for (const node of tree.children) {
    if (node.type === "code" || node.type === "html") continue;
    const text = collapse(blockText(node));
    if (text) parts.push(text);
  }
  return parts.join("\n");
}
