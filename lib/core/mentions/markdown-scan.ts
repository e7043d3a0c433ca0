/**
 * What of a writeup may be scanned, and where it sits in the source.
 *
 * The markdown is parsed once (unified + remark-parse + remark-gfm, the same
 * parser the rendering pipeline uses) and only prose is tokenized: text
 * nodes outside code, inline code, HTML and images. The text of a link is
 * prose too (list-style reports name each talk as the text of a link to its
 * video or slides), tokenized between barriers so no match reaches across
 * the link's edges, and each of its tokens knows its link: a title that is a
 * link's whole text is marked off like a quoted one. A mention there is
 * stored (the talk page lists the writeup) but never rendered as a link
 * inside the author's link. A link whose text is its URL is not prose.
 * Links are also collected, because a link to a talk or speaker page is
 * itself an explicit mention.
 *
 * Tokens are cut from the *source* slice of each text node, not from the
 * node's value: escapes, entities and blockquote prefixes make the value
 * drift from the source, and every offset we return must index the source.
 *
 * The result is one document-wide token array, split into blocks
 * (paragraphs, headings, table cells) and sentences; `barrier` marks a token
 * that no match may reach back across (a block start, or a link/code span in
 * between).
 */
import type { Root, RootContent, PhrasingContent } from "mdast";
import { parseMarkdownTree } from "../markdown/render-markdown";
import { scanTokens, tokenNorms, type Token } from "./tokenize";

export interface ScanToken extends Token {
  block: number;
  sentence: number;
  barrier: boolean;
  /** The index in `links` of the link whose text this token is, or -1 in plain prose. */
  link: number;
}

export interface ScanBlock {
  kind: "heading" | "paragraph" | "cell";
  /** Heading depth (1–6), 0 for other blocks. */
  depth: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  start: number;
  end: number;
  /** Headings only: the heading's words run together, to compare with in-page anchors ("#15-30-my-talk"). */
  anchorKey?: string;
}

export interface ScanLink {
  start: number;
  end: number;
  url: string;
  /** The link's source text, `markdown.slice(start, end)`. */
  text: string;
  block: number;
  /** Number of prose tokens before the link: it sits between tokens[tokenIndex - 1] and tokens[tokenIndex]. */
  tokenIndex: number;
}

export interface ScannedText {
  source: string;
  tokens: ScanToken[];
  blocks: ScanBlock[];
  links: ScanLink[];
}

type AnyNode = Root | RootContent;

/** Parses markdown into mdast the way the rest of Hallway does (one parser: render-markdown.ts). */
export const parseMarkdown = (markdown: string): Root => parseMarkdownTree(markdown);

/**
 * Does the source between two tokens end a sentence? A sentence ends at
 * . ! ? … followed (after closing quotes, brackets or emphasis marks) by
 * white space. Scanned by char code: this runs once per word.
 */
export function endsSentence(source: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = source.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 0x2026) continue;
    let j = i + 1;
    while (j < to && CLOSING.includes(source.charAt(j))) j++;
    if (j >= to) return false;
    const d = source.charCodeAt(j);
    if (d === 32 || d === 10 || d === 9 || d === 13 || d === 0xa0) return true;
  }
  return false;
}

const CLOSING = `"'”’»)]*_`;

export function scanMarkdown(markdown: string, tree: Root = parseMarkdown(markdown)): ScannedText {
  const definitions = new Map<string, string>();
  collectDefinitions(tree, definitions);

  const tokens: ScanToken[] = [];
  const blocks: ScanBlock[] = [];
  const links: ScanLink[] = [];
  let sentence = 0;
  let block = -1;
  // Where the text since the last token began (its end), for sentence breaks.
  let gapFrom = -1;
  let barrierPending = true;
  let currentLink = -1;

  const openBlock = (kind: ScanBlock["kind"], depth: number, node: AnyNode): void => {
    block = blocks.length;
    blocks.push({
      kind,
      depth,
      firstToken: tokens.length,
      endToken: tokens.length,
      start: node.position?.start.offset ?? 0,
      end: node.position?.end.offset ?? 0,
    });
    sentence++;
    gapFrom = -1;
    barrierPending = true;
  };
  const closeBlock = (): void => {
    const b = blocks[block];
    if (b) b.endToken = tokens.length;
    barrierPending = true;
  };

  const addText = (start: number, end: number): void => {
    if (block < 0) return;
    scanTokens(markdown.slice(start, end), start, (norm, s, e, cap, upper) => {
      if (gapFrom >= 0 && endsSentence(markdown, gapFrom, s)) sentence++;
      tokens.push({ norm, start: s, end: e, cap, upper, block, sentence, barrier: barrierPending, link: currentLink });
      barrierPending = false;
      gapFrom = e;
    });
  };

  const visit = (node: AnyNode): void => {
    switch (node.type) {
      case "text": {
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        if (s !== undefined && e !== undefined) addText(s, e);
        return;
      }
      case "paragraph":
      case "heading":
      case "tableCell": {
        openBlock(node.type === "heading" ? "heading" : node.type === "tableCell" ? "cell" : "paragraph", node.type === "heading" ? node.depth : 0, node);
        if (node.type === "heading") blocks[block]!.anchorKey = anchorKey(plainText(node));
        for (const c of node.children) visit(c);
        closeBlock();
        return;
      }
      case "link":
      case "linkReference": {
        const url = node.type === "link" ? node.url : definitions.get(node.identifier.toLowerCase());
        const s = node.position?.start.offset;
        const e = node.position?.end.offset;
        if (url !== undefined && s !== undefined && e !== undefined) {
          links.push({ start: s, end: e, url, text: markdown.slice(s, e), block, tokenIndex: tokens.length });
        }
        barrierPending = true;
        const words = plainText(node).trim();
        if (currentLink < 0 && words && !looksLikeUrl(words, url)) {
          currentLink = url !== undefined && s !== undefined && e !== undefined ? links.length - 1 : -1;
          for (const c of node.children) visit(c);
          currentLink = -1;
          barrierPending = true;
        }
        return;
      }
      case "inlineCode":
      case "html":
      case "image":
      case "imageReference":
      case "footnoteReference":
      case "break":
        barrierPending = true;
        return;
      case "code":
      case "definition":
      case "thematicBreak":
      case "yaml":
        return;
      default: {
        const children = (node as { children?: AnyNode[] }).children;
        if (children) for (const c of children) visit(c);
      }
    }
  };
  visit(tree);
  return { source: markdown, tokens, blocks, links };
}

/** Autolinks and bare URLs ("https://…", "www.…", an address) are not words to match. */
function looksLikeUrl(words: string, url: string | undefined): boolean {
  return words === url || /^(?:[a-z][a-z0-9+.-]*:|www\.)\S*$/i.test(words) || /^\S+@\S+\.\S+$/.test(words);
}

function collectDefinitions(node: AnyNode | PhrasingContent, into: Map<string, string>): void {
  if (node.type === "definition") {
    if (!into.has(node.identifier.toLowerCase())) into.set(node.identifier.toLowerCase(), node.url);
    return;
  }
  const children = (node as { children?: AnyNode[] }).children;
  if (children) for (const c of children) collectDefinitions(c, into);
}

/** All the text of a node, link texts included (what a heading's anchor is made from). */
function plainText(node: AnyNode | PhrasingContent): string {
  if ("value" in node && typeof node.value === "string" && (node.type === "text" || node.type === "inlineCode")) return node.value;
  const children = (node as { children?: AnyNode[] }).children;
  return children ? children.map(plainText).join("") : "";
}

/** "15:30: My Talk – Ann" and "#15-30-my-talk-ann" (or "1530-my-talk--ann") give the same key. */
export function anchorKey(text: string): string {
  return tokenNorms(text).join("");
}
