/**
 * Parsing and rendering a long writeup section by section, so that a save
 * re-parses and re-renders only the sections that changed.
 *
 * An author saves the same long text over and over with a change in one
 * place (the editor autosaves). Markdown is parsed top to bottom, but some
 * lines always start a new block whatever came before: an ATX heading
 * ("## Day two") at the start of a line, after a blank line, outside fenced
 * code. Cut there, the text parses to exactly the blocks of the whole text
 * (tests/unit/markdown/sections.test.ts compares trees and HTML), so each
 * section's tree and HTML can be kept, keyed by its text, and reused.
 *
 * Where a cut could change the meaning the text is not cut at all: link
 * reference definitions and footnotes (they reach across the document) and
 * raw HTML blocks that may span blank lines (comments, <pre>, <script>,
 * <style>, <textarea>, processing instructions, CDATA).
 */
import type { Root, RootContent } from "mdast";
import type { Point, Position } from "unist";

/** Where each section starts (character offsets, the first is 0); one section when the text must not be cut. */
export function sectionStarts(markdown: string): number[] {
  if (/^ {0,3}\[[^\]\n]+\]:/m.test(markdown) || /<!|<\?|<(pre|script|style|textarea)\b/i.test(markdown)) return [0];
  const starts = [0];
  let fence: { char: string; length: number } | null = null;
  let previousBlank = true;
  let at = 0;
  while (at < markdown.length) {
    const newline = markdown.indexOf("\n", at);
    const end = newline === -1 ? markdown.length : newline;
    const line = markdown.slice(at, end);
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (marker && marker[1]![0] === fence.char && marker[1]!.length >= fence.length && line.slice(marker[0].length).trim() === "") fence = null;
    } else if (marker && !(marker[1]![0] === "`" && line.slice(marker[0].length).includes("`"))) {
      fence = { char: marker[1]![0]!, length: marker[1]!.length };
    } else if (previousBlank && at > 0 && /^#{1,6}(?:[ \t]|$)/.test(line)) {
      starts.push(at);
    }
    previousBlank = line.trim() === "";
    at = end + 1;
  }
  return starts;
}

export interface Section {
  text: string;
  /** Offset and 0-based line of its first character in the whole text. */
  offset: number;
  line: number;
}

export function splitSections(markdown: string): Section[] {
  const starts = sectionStarts(markdown);
  let line = 0;
  return starts.map((offset, i) => {
    const text = markdown.slice(offset, starts[i + 1] ?? markdown.length);
    const section = { text, offset, line };
    for (let j = text.indexOf("\n"); j !== -1; j = text.indexOf("\n", j + 1)) line++;
    return section;
  });
}

/**
 * A copy of a string that shares no memory with the text it was cut from.
 * A section is a slice of the whole writeup, and a slice keeps the whole
 * string alive: cached as is, every cached section would hold a full copy of
 * the writeup it came from.
 */
function detached(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

/** A store for parsed sections and rendered HTML (an LRU on the server; a Map in tests). */
export interface SectionCache<V> {
  get(key: string): V | undefined;
  set(key: string, value: V): unknown;
}

const shiftPoint = (p: Point, s: Section): Point => ({ line: p.line + s.line, column: p.column, offset: (p.offset ?? 0) + s.offset });
const shiftPosition = (p: Position | undefined, s: Section): Position | undefined => (p ? { start: shiftPoint(p.start, s), end: shiftPoint(p.end, s) } : undefined);

/** A deep copy with positions moved to where the section stands (callers may then change the tree freely). */
function placed<T extends RootContent>(node: T, s: Section): T {
  const copy = { ...node, position: shiftPosition(node.position, s) } as T & { children?: RootContent[] };
  if ("children" in node && Array.isArray(node.children)) copy.children = (node.children as RootContent[]).map((c) => placed(c, s));
  return copy;
}

export interface SectionedTree {
  tree: Root;
  /** For each section, the range of `tree.children` it made. */
  sections: { section: Section; from: number; to: number }[];
}

/**
 * The tree of the whole text, assembled from the trees of its sections;
 * only sections not in `cache` are parsed. The result is the caller's to change.
 */
export function parseSections(markdown: string, parse: (text: string) => Root, cache: SectionCache<Root>): SectionedTree {
  const children: RootContent[] = [];
  const sections: SectionedTree["sections"] = [];
  for (const section of splitSections(markdown)) {
    let tree = cache.get(section.text);
    if (!tree) {
      const text = detached(section.text);
      tree = parse(text);
      cache.set(text, tree);
    }
    const from = children.length;
    for (const child of tree.children) children.push(placed(child, section));
    sections.push({ section, from, to: children.length });
  }
  return { tree: { type: "root", children, position: { start: { line: 1, column: 1, offset: 0 }, end: pointAt(markdown) } }, sections };
}

function pointAt(markdown: string): Point {
  const lines = markdown.split("\n");
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1, offset: markdown.length };
}

export interface SectionLink {
  start: number;
  end: number;
}

/**
 * The HTML of a sectioned tree: each section rendered on its own with the
 * links that fall inside it (`render` gets a root of that section's blocks),
 * reused from `cache` when its text and links are unchanged, and joined as
 * the whole text's blocks are.
 */
export function renderSections<L extends SectionLink>(parsed: SectionedTree, links: readonly L[], render: (root: Root, links: L[]) => string, cache: SectionCache<string>): string {
  const out: string[] = [];
  for (const { section, from, to } of parsed.sections) {
    if (from === to) continue;
    const end = section.offset + section.text.length;
    const inside = links.filter((l) => l.start >= section.offset && l.end <= end);
    const key = `${section.text}\u0000${JSON.stringify(inside.map((l) => ({ ...l, start: l.start - section.offset, end: l.end - section.offset })))}`;
    let html = cache.get(key);
    if (html === undefined) {
      html = render({ type: "root", children: parsed.tree.children.slice(from, to) }, inside);
      cache.set(detached(key), detached(html));
    }
    out.push(html);
  }
  return out.join("\n");
}
