/**
 * A linear, hand-written markdown scanner that produces the same ScannedText
 * as the remark-based scanMarkdown (markdown-scan.ts, the reference) for the
 * markdown writeups use, without building a syntax tree.
 *
 * Parsing with unified + remark-parse + remark-gfm costs 30–60 ms on a
 * 10,000-word writeup, several times everything else detection does. What
 * detection needs from the parse is small: where prose is (text outside
 * code, inline code, HTML, images and links), which block each piece belongs
 * to, and the links. This scanner finds exactly that in two passes, the way
 * micromark does:
 *
 * 1. Blocks, line by line: block quotes, list items and footnote definitions
 *    as containers (with lazy paragraph continuation); paragraphs, ATX and
 *    setext headings, GFM tables, fenced and indented code, HTML blocks,
 *    thematic breaks, link reference and footnote definitions as leaves.
 * 2. Inline content of each paragraph, heading and table cell, left to
 *    right: backslash escapes, code spans, autolinks, inline HTML, links and
 *    images (inline, full, collapsed and shortcut references, with
 *    CommonMark's bracket rules), footnote calls, hard breaks and GFM
 *    literal autolinks. Emphasis and strikethrough are not resolved: their
 *    markers are never word characters, so they cannot change a token.
 *
 * Tokens are cut from the source exactly as scanMarkdown cuts them (same
 * tokenizer, same sentence and barrier rules), so every offset indexes the
 * source. tests/unit/mentions/fast-markdown-scan.test.ts compares the two
 * scanners on real writeups and tricky snippets and lists where they differ.
 *
 * Exotic constructs degrade gracefully: the worst outcome is a prose token
 * missed or a block boundary in a slightly different place, never a token
 * inside code, HTML, an image or a link.
 */
import { decodeString } from "micromark-util-decode-string";
import { normalizeIdentifier } from "micromark-util-normalize-identifier";
import { anchorKey, endsSentence, type ScanBlock, type ScanLink, type ScannedText, type ScanToken } from "./markdown-scan";
import { scanTokens } from "./tokenize";

// ---------------------------------------------------------------------------
// Character classes

const SPACE = 32;
const TAB = 9;
const LF = 10;
const CR = 13;

const isAsciiPunct = (c: number): boolean => (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
const isAsciiAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlnum = (c: number): boolean => isAsciiAlpha(c) || isAsciiDigit(c);
const UNICODE_PUNCT = /[\p{P}\p{S}]/u;
const UNICODE_SPACE = /[\p{Zs}]/u;
function isUnicodePunct(c: number): boolean {
  if (c < 128) return isAsciiPunct(c);
  return UNICODE_PUNCT.test(String.fromCharCode(c));
}
function isUnicodeWhitespace(c: number): boolean {
  if (c === SPACE || c === TAB || c === LF || c === CR || c === 12) return true;
  if (c < 128 || Number.isNaN(c)) return false;
  return UNICODE_SPACE.test(String.fromCharCode(c));
}
const isSpaceOrTab = (c: number): boolean => c === SPACE || c === TAB;
/** Line ending, space or end of input (NaN). */
const isEndOrSpace = (c: number): boolean => Number.isNaN(c) || c === SPACE || c === TAB || c === LF || c === CR;

/** The key scanMarkdown looks definitions up by. */
const defKey = (label: string): string => normalizeIdentifier(label).toLowerCase();

// ---------------------------------------------------------------------------
// Pass 1: blocks

interface Seg {
  /** Source range of one line of a leaf's content. */
  start: number;
  end: number;
}

type Leaf =
  | { type: "paragraph"; lines: Seg[] }
  | { type: "heading"; depth: number; start: number; end: number; lines: Seg[] }
  | { type: "table"; rows: Cell[][] };

interface Cell {
  start: number;
  end: number;
  content: Seg;
}

interface Container {
  type: "quote" | "item" | "footnote";
  /** Items and footnotes: columns a continuation line must be indented by. */
  indent: number;
  /** An item that started with a blank line ends at the next blank line. */
  emptyStart?: boolean;
}

type OpenLeaf =
  | { type: "paragraph"; lines: Seg[] }
  | { type: "fence"; char: number; size: number }
  | { type: "indented" }
  | { type: "html"; kind: number }
  | { type: "table"; rows: Cell[][]; columns: number };

const HTML_RAW = ["pre", "script", "style", "textarea"];
const HTML_BLOCK = new Set(
  `address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset
figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem
nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul`.split(/\s+/),
);

interface Line {
  start: number;
  /** End of the line's content, before its line ending. */
  end: number;
}

class BlockParser {
  readonly leaves: Leaf[] = [];
  readonly definitions = new Map<string, string>();
  readonly footnotes = new Set<string>();
  private containers: Container[] = [];
  private leaf: OpenLeaf | null = null;

  constructor(private readonly src: string) {}

  run(): void {
    const src = this.src;
    const n = src.length;
    let start = 0;
    while (start <= n) {
      let end = src.indexOf("\n", start);
      if (end < 0) end = n;
      const next = end + 1;
      const contentEnd = end > start && src.charCodeAt(end - 1) === CR ? end - 1 : end;
      this.line({ start, end: contentEnd });
      start = next;
      if (end === n) break;
    }
    this.closeLeaf();
  }

  /** Columns of indentation at `pos` (tabs to multiples of 4 from `col`) and where it ends. */
  private indentation(pos: number, col: number, end: number): { cols: number; pos: number; col: number } {
    const src = this.src;
    const startCol = col;
    while (pos < end) {
      const c = src.charCodeAt(pos);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
      pos++;
    }
    return { cols: col - startCol, pos, col };
  }

  /** Consumes up to `want` columns of indentation. */
  private consumeIndent(pos: number, col: number, end: number, want: number): { pos: number; col: number } {
    const src = this.src;
    const target = col + want;
    while (pos < end && col < target) {
      const c = src.charCodeAt(pos);
      if (c === SPACE) col++;
      else if (c === TAB) col += 4 - (col % 4);
      else break;
      pos++;
    }
    return { pos, col };
  }

  private isBlank(pos: number, end: number): boolean {
    for (let i = pos; i < end; i++) if (!isSpaceOrTab(this.src.charCodeAt(i))) return false;
    return true;
  }

  private line(line: Line): void {
    const src = this.src;
    const end = line.end;
    let pos = line.start;
    let col = 0;

    // 1. Continue the open containers.
    let matched = 0;
    for (const c of this.containers) {
      if (c.type === "quote") {
        const ind = this.indentation(pos, col, end);
        if (ind.cols <= 3 && src.charCodeAt(ind.pos) === 62 /* > */) {
          pos = ind.pos + 1;
          col = ind.col + 1;
          const s = src.charCodeAt(pos);
          if (s === SPACE) {
            pos++;
            col++;
          } else if (s === TAB) {
            // A tab after ">" counts as one column of separator; the rest is indentation.
            const w = 4 - (col % 4);
            if (w === 1) {
              pos++;
              col++;
            } else col++;
          }
          matched++;
          continue;
        }
        break;
      }
      if (this.isBlank(pos, end)) {
        if (c.emptyStart && this.leaf === null && this.containers[this.containers.length - 1] === c) break;
        matched++;
        const ind = this.consumeIndent(pos, col, end, c.indent);
        pos = ind.pos;
        col = ind.col;
        continue;
      }
      const ind = this.indentation(pos, col, end);
      if (ind.cols >= c.indent) {
        const used = this.consumeIndent(pos, col, end, c.indent);
        pos = used.pos;
        col = used.col;
        c.emptyStart = false;
        matched++;
        continue;
      }
      break;
    }
    const allMatched = matched === this.containers.length;
    const leaf = this.leaf;

    // 2. Leaves that own their lines.
    if (allMatched && leaf) {
      if (leaf.type === "fence") {
        const ind = this.indentation(pos, col, end);
        if (ind.cols <= 3) {
          let p = ind.pos;
          while (p < end && src.charCodeAt(p) === leaf.char) p++;
          if (p - ind.pos >= leaf.size && this.isBlank(p, end)) this.leaf = null;
        }
        return;
      }
      if (leaf.type === "html") {
        if (leaf.kind >= 6) {
          if (this.isBlank(pos, end)) this.leaf = null;
        } else if (htmlBlockEnds(leaf.kind, src.slice(pos, end))) this.leaf = null;
        return;
      }
      if (leaf.type === "indented") {
        if (this.isBlank(pos, end) || this.indentation(pos, col, end).cols >= 4) return;
        this.leaf = null;
      }
    }

    // 3. New containers.
    // A list item interrupts a paragraph only when the paragraph is in the innermost matched container.
    const paraOpen = allMatched && this.leaf?.type === "paragraph";
    const opened: { container: Container; pos: number; col: number; task: boolean }[] = [];
    let p = pos;
    let c = col;
    for (;;) {
      const ind = this.indentation(p, c, end);
      if (ind.cols > 3) break;
      const ch = src.charCodeAt(ind.pos);
      if (ch === 62 /* > */) {
        p = ind.pos + 1;
        c = ind.col + 1;
        const s = src.charCodeAt(p);
        if (s === SPACE) {
          p++;
          c++;
        } else if (s === TAB) {
          if (4 - (c % 4) === 1) p++;
          c++;
        }
        opened.push({ container: { type: "quote", indent: 0 }, pos: p, col: c, task: false });
        continue;
      }
      const interrupting = paraOpen && opened.length === 0;
      const item = this.listItem(ind.pos, ind.col, end, interrupting);
      if (item) {
        // Continuation lines are measured from where this container's line part starts.
        item.container.indent = item.col - c;
        opened.push({ container: item.container, pos: item.pos, col: item.col, task: item.task });
        p = item.pos;
        c = item.col;
        continue;
      }
      if (ch === 91 /* [ */ && src.charCodeAt(ind.pos + 1) === 94 /* ^ */) {
        const fn = this.footnoteStart(ind.pos, end);
        if (fn) {
          this.footnotes.add(fn.id);
          const after = this.indentation(fn.pos, ind.col + (fn.pos - ind.pos), end);
          opened.push({ container: { type: "footnote", indent: 4 }, pos: after.pos, col: after.col, task: false });
          p = after.pos;
          c = after.col;
          continue;
        }
      }
      break;
    }

    // 4. Lazy continuation of a paragraph.
    if (!allMatched && opened.length === 0 && leaf?.type === "paragraph" && !this.isBlank(pos, end) && !this.startsBlock(pos, col, end, true)) {
      leaf.lines.push({ start: this.indentation(pos, col, end).pos, end });
      return;
    }

    if (!allMatched) {
      this.closeLeaf();
      this.containers.length = matched;
    }
    if (opened.length > 0) {
      this.closeLeaf();
      for (const o of opened) this.containers.push(o.container);
      const last = opened[opened.length - 1]!;
      pos = last.pos;
      col = last.col;
      if (last.task) {
        // "[x] " at the start of a list item is a task marker, not prose.
        pos += 4;
        col += 4;
      }
    }

    // 5. The leaf.
    this.leafLine(pos, col, end);
  }

  /** A list item marker at `pos`: the new container and where its content starts. */
  private listItem(
    pos: number,
    col: number,
    end: number,
    interrupting: boolean,
  ): { container: Container; pos: number; col: number; task: boolean } | null {
    const src = this.src;
    const ch = src.charCodeAt(pos);
    let p = pos;
    if (ch === 45 || ch === 43 || ch === 42) {
      if (this.isThematicBreak(pos, end)) return null;
      p = pos + 1;
    } else if (isAsciiDigit(ch)) {
      while (p < end && isAsciiDigit(src.charCodeAt(p)) && p - pos < 10) p++;
      if (p - pos > 9) return null;
      const d = src.charCodeAt(p);
      if (d !== 46 && d !== 41) return null;
      if (interrupting && src.slice(pos, p) !== "1") return null;
      p++;
    } else return null;
    const after = src.charCodeAt(p);
    const markerCol = col + (p - pos);
    if (p < end && !isSpaceOrTab(after)) return null;
    const blank = this.isBlank(p, end);
    if (interrupting && blank) return null;
    if (blank) return { container: { type: "item", indent: 0, emptyStart: true }, pos: end, col: markerCol + 1, task: false };
    const ind = this.indentation(p, markerCol, end);
    let contentPos: number;
    let contentCol: number;
    if (ind.cols >= 5) {
      // Indented code inside the item: the content starts one column after the marker.
      const one = this.consumeIndent(p, markerCol, end, 1);
      contentPos = one.pos;
      contentCol = markerCol + 1;
    } else {
      contentPos = ind.pos;
      contentCol = ind.col;
    }
    const task = ind.cols < 5 && /^\[[ xX]\][ \t]/.test(src.slice(contentPos, contentPos + 4)) && !this.isBlank(contentPos + 4, end);
    return { container: { type: "item", indent: 0 }, pos: contentPos, col: contentCol, task };
  }

  private footnoteStart(pos: number, end: number): { id: string; pos: number } | null {
    const src = this.src;
    let p = pos + 2;
    while (p < end && p - pos < 1002) {
      const c = src.charCodeAt(p);
      if (c === 92 /* \ */ && p + 1 < end) {
        p += 2;
        continue;
      }
      if (c === 93 /* ] */) break;
      if (c === 91 || isSpaceOrTab(c)) return null;
      p++;
    }
    if (src.charCodeAt(p) !== 93 || p === pos + 2 || src.charCodeAt(p + 1) !== 58 /* : */) return null;
    return { id: normalizeIdentifier(src.slice(pos + 2, p)), pos: p + 2 };
  }

  private isThematicBreak(pos: number, end: number): boolean {
    const src = this.src;
    const ch = src.charCodeAt(pos);
    if (ch !== 42 && ch !== 45 && ch !== 95) return false;
    let count = 0;
    for (let i = pos; i < end; i++) {
      const c = src.charCodeAt(i);
      if (c === ch) count++;
      else if (!isSpaceOrTab(c)) return false;
    }
    return count >= 3;
  }

  private atxHeading(pos: number, end: number): number {
    const src = this.src;
    let p = pos;
    while (p < end && src.charCodeAt(p) === 35 && p - pos < 7) p++;
    const depth = p - pos;
    if (depth < 1 || depth > 6) return 0;
    if (p < end && !isSpaceOrTab(src.charCodeAt(p))) return 0;
    return depth;
  }

  private fenceStart(pos: number, end: number): { char: number; size: number } | null {
    const src = this.src;
    const ch = src.charCodeAt(pos);
    if (ch !== 96 && ch !== 126) return null;
    let p = pos;
    while (p < end && src.charCodeAt(p) === ch) p++;
    const size = p - pos;
    if (size < 3) return null;
    if (ch === 96 && src.slice(p, end).includes("`")) return null;
    return { char: ch, size };
  }

  /** HTML block kind (1–7) starting at `pos`, or 0. */
  private htmlStart(pos: number, end: number, interrupting: boolean): number {
    const src = this.src;
    if (src.charCodeAt(pos) !== 60) return 0;
    const rest = src.slice(pos, end);
    const raw = /^<([a-zA-Z]+)(?=[\s>]|$)/.exec(rest);
    if (raw && HTML_RAW.includes(raw[1]!.toLowerCase())) return 1;
    if (rest.startsWith("<!--")) return 2;
    if (rest.startsWith("<?")) return 3;
    if (/^<![a-zA-Z]/.test(rest)) return 4;
    if (rest.startsWith("<![CDATA[")) return 5;
    const block = /^<\/?([a-zA-Z][a-zA-Z0-9]*)(?=[\s>]|\/>|$)/.exec(rest);
    if (block && HTML_BLOCK.has(block[1]!.toLowerCase())) return 6;
    if (!interrupting && HTML_COMPLETE_TAG.test(rest)) {
      const name = /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(rest);
      if (name && !HTML_RAW.includes(name[1]!.toLowerCase())) return 7;
    }
    return 0;
  }

  /** Would this line start a block other than a paragraph (a table row or a lazy line must not)? */
  private startsBlock(pos: number, col: number, end: number, lazy: boolean): boolean {
    const ind = this.indentation(pos, col, end);
    if (ind.cols > 3) return false;
    const p = ind.pos;
    const ch = this.src.charCodeAt(p);
    if (ch === 62) return true;
    if (this.isThematicBreak(p, end)) return true;
    if (this.atxHeading(p, end) > 0) return true;
    if (this.fenceStart(p, end)) return true;
    if (this.htmlStart(p, end, true) > 0) return true;
    if (lazy) return this.listItem(p, ind.col, end, true) !== null;
    return false;
  }

  private leafLine(pos: number, col: number, end: number): void {
    const src = this.src;
    const leaf = this.leaf;
    if (this.isBlank(pos, end)) {
      this.closeLeaf();
      return;
    }
    const ind = this.indentation(pos, col, end);
    const p = ind.pos;

    if (leaf?.type === "paragraph") {
      if (ind.cols >= 4) {
        leaf.lines.push({ start: p, end });
        return;
      }
      // Setext underline.
      const ch = src.charCodeAt(p);
      if (ch === 61 || ch === 45) {
        let q = p;
        while (q < end && src.charCodeAt(q) === ch) q++;
        if (this.isBlank(q, end)) {
          // micromark starts the heading where the paragraph started, definitions included.
          const headingStart = leaf.lines[0]!.start;
          const lines = this.takeDefinitions(leaf.lines);
          this.leaf = null;
          if (lines.length > 0) {
            this.leaves.push({ type: "heading", depth: ch === 61 ? 1 : 2, start: headingStart, end, lines });
            return;
          }
          if (ch === 61) {
            this.leaf = { type: "paragraph", lines: [{ start: p, end }] };
            return;
          }
          return; // "---" after definitions only: a thematic break.
        }
      }
      // Table: the paragraph's last line is the header row, this line the delimiter row.
      const header = leaf.lines[leaf.lines.length - 1]!;
      const columns = this.delimiterRow(p, end);
      if (columns > 0) {
        const headCells = this.row(header.start, header.end);
        if (headCells.length === columns) {
          leaf.lines.pop();
          this.closeLeaf();
          this.leaf = { type: "table", rows: [headCells], columns };
          return;
        }
      }
      if (this.startsBlock(pos, col, end, false)) {
        this.closeLeaf();
      } else {
        leaf.lines.push({ start: p, end });
        return;
      }
    } else if (leaf?.type === "table") {
      if (ind.cols < 4 && !this.startsBlock(pos, col, end, false)) {
        leaf.rows.push(this.row(p, end));
        return;
      }
      this.closeLeaf();
    }

    if (ind.cols >= 4) {
      this.leaf = { type: "indented" };
      return;
    }
    const fence = this.fenceStart(p, end);
    if (fence) {
      this.leaf = { type: "fence", ...fence };
      return;
    }
    const depth = this.atxHeading(p, end);
    if (depth > 0) {
      this.leaves.push({ type: "heading", depth, start: p, end, lines: [this.atxContent(p + depth, end)] });
      this.leaf = null;
      return;
    }
    if (this.isThematicBreak(p, end)) {
      this.leaf = null;
      return;
    }
    const html = this.htmlStart(p, end, false);
    if (html > 0) {
      this.leaf = html <= 5 && htmlBlockEnds(html, src.slice(p, end)) ? null : { type: "html", kind: html };
      return;
    }
    this.leaf = { type: "paragraph", lines: [{ start: p, end }] };
  }

  private atxContent(from: number, end: number): Seg {
    const src = this.src;
    let s = from;
    while (s < end && isSpaceOrTab(src.charCodeAt(s))) s++;
    let e = end;
    while (e > s && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
    // A closing sequence of #s, preceded by a space (or the whole content).
    let h = e;
    while (h > s && src.charCodeAt(h - 1) === 35) h--;
    if (h < e && (h === s || isSpaceOrTab(src.charCodeAt(h - 1)))) {
      e = h;
      while (e > s && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
    }
    return { start: s, end: Math.max(s, e) };
  }

  /** Number of columns of a GFM delimiter row at `pos`, or 0. */
  private delimiterRow(pos: number, end: number): number {
    const src = this.src;
    let p = pos;
    let columns = 0;
    let pipes = 0;
    if (src.charCodeAt(p) === 124) {
      pipes++;
      p++;
    }
    for (;;) {
      while (p < end && isSpaceOrTab(src.charCodeAt(p))) p++;
      if (p >= end) break;
      if (src.charCodeAt(p) === 58) p++;
      const dashes = p;
      while (p < end && src.charCodeAt(p) === 45) p++;
      if (p === dashes) return 0;
      if (src.charCodeAt(p) === 58) p++;
      columns++;
      while (p < end && isSpaceOrTab(src.charCodeAt(p))) p++;
      if (p >= end) break;
      if (src.charCodeAt(p) !== 124) return 0;
      pipes++;
      p++;
    }
    return pipes > 0 ? columns : 0;
  }

  /** The cells of a table row (header or body). */
  private row(pos: number, end: number): Cell[] {
    const src = this.src;
    const pipes: number[] = [];
    // GFM splits cells at every unescaped pipe, inside code spans too.
    for (let i = pos; i < end; i++) {
      const c = src.charCodeAt(i);
      if (c === 92 && i + 1 < end) {
        i++;
        continue;
      }
      if (c === 124) pipes.push(i);
    }
    let e = end;
    while (e > pos && isSpaceOrTab(src.charCodeAt(e - 1))) e--;
    const leading = pipes[0] === pos;
    const trailing = pipes.length > 0 && pipes[pipes.length - 1] === e - 1 && !(leading && pipes.length === 1);
    const cells: Cell[] = [];
    const bounds = leading ? pipes : [pos - 1, ...pipes];
    const count = trailing ? bounds.length - 1 : bounds.length;
    for (let k = 0; k < count; k++) {
      const b = bounds[k]!;
      const start = leading || k > 0 ? b : pos;
      const contentStart = b + 1;
      const last = k === count - 1;
      const contentEnd = last ? (trailing ? pipes[pipes.length - 1]! : end) : bounds[k + 1]!;
      cells.push({ start, end: last ? end : contentEnd, content: { start: contentStart, end: contentEnd } });
    }
    return cells;
  }

  private closeLeaf(): void {
    const leaf = this.leaf;
    this.leaf = null;
    if (!leaf) return;
    if (leaf.type === "paragraph") {
      const lines = this.takeDefinitions(leaf.lines);
      if (lines.length > 0) this.leaves.push({ type: "paragraph", lines });
    } else if (leaf.type === "table") {
      this.leaves.push({ type: "table", rows: leaf.rows });
    }
  }

  /** Removes link reference definitions from the start of a paragraph, recording them. */
  private takeDefinitions(lines: Seg[]): Seg[] {
    const src = this.src;
    let first = 0;
    while (first < lines.length && src.charCodeAt(lines[first]!.start) === 91) {
      const used = parseDefinition(src, lines, first, this.definitions);
      if (used === 0) break;
      first += used;
    }
    return first === 0 ? lines : lines.slice(first);
  }
}

const HTML_ATTRS = String.raw`(?:\s+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?)*`;
const HTML_COMPLETE_TAG = new RegExp(String.raw`^(?:<[a-zA-Z][a-zA-Z0-9-]*${HTML_ATTRS}\s*\/?>|<\/[a-zA-Z][a-zA-Z0-9-]*\s*>)\s*$`);
const HTML_OPEN_TAG = new RegExp(String.raw`^<[a-zA-Z][a-zA-Z0-9-]*${HTML_ATTRS}\s*\/?>`);
const HTML_CLOSE_TAG = /^<\/[a-zA-Z][a-zA-Z0-9-]*\s*>/;

function htmlBlockEnds(kind: number, text: string): boolean {
  switch (kind) {
    case 1:
      return /<\/(?:pre|script|style|textarea)>/i.test(text);
    case 2:
      return text.includes("-->");
    case 3:
      return text.includes("?>");
    case 4:
      return text.includes(">");
    case 5:
      return text.includes("]]>");
    default:
      return false;
  }
}

/**
 * Parses one link reference definition starting at lines[first]. Returns how
 * many lines it used (0 if there is none).
 */
function parseDefinition(src: string, lines: Seg[], first: number, into: Map<string, string>): number {
  // Work on up to a few joined lines; definitions rarely span more.
  const take = Math.min(lines.length - first, 4);
  const parts: string[] = [];
  const lineEnds: number[] = [];
  let length = 0;
  for (let k = 0; k < take; k++) {
    const l = lines[first + k]!;
    parts.push(src.slice(l.start, l.end));
    length += l.end - l.start + (k > 0 ? 1 : 0);
    lineEnds.push(length);
  }
  const text = parts.join("\n");
  const m = DEFINITION.exec(text);
  if (!m) return 0;
  const label = m[1]!;
  if (!/\S/.test(label) || label.length > 999) return 0;
  let end = m[0].length;
  // A title must end its line; otherwise the definition ends before the title.
  let dest = m[2]!;
  if (m[3] === undefined && !/^[ \t]*(?:\n|$)/.test(text.slice(end))) return 0;
  if (m[3] !== undefined && !/^[ \t]*(?:\n|$)/.test(text.slice(end))) {
    const short = DEFINITION_NO_TITLE.exec(text);
    if (!short || !/^[ \t]*(?:\n|$)/.test(text.slice(short[0].length))) return 0;
    end = short[0].length;
    dest = short[2]!;
  }
  if (dest.startsWith("<")) dest = dest.slice(1, -1);
  const key = defKey(label);
  if (!into.has(key)) into.set(key, decodeString(dest));
  let used = 0;
  while (used < lineEnds.length && lineEnds[used]! < end) used++;
  return used + 1;
}

const DEF_LABEL = String.raw`\[((?:[^\\\[\]]|\\[\s\S]){0,999})\]:`;
const DEF_DEST = String.raw`[ \t]*\n?[ \t]*(<(?:[^<>\n\\]|\\.)*>|(?:[^\s\x00-\x1f\\()]|\\[\s\S]|\((?:[^\s\x00-\x1f\\()]|\\[\s\S])*\))+)`;
const DEF_TITLE = String.raw`(?:(?:[ \t]+\n?|[ \t]*\n)[ \t]*("(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|\((?:[^()\\]|\\[\s\S])*\)))?`;
const DEFINITION = new RegExp(`^${DEF_LABEL}${DEF_DEST}${DEF_TITLE}`);
const DEFINITION_NO_TITLE = new RegExp(`^${DEF_LABEL}${DEF_DEST}`);

// ---------------------------------------------------------------------------
// Pass 2: inline content

/** Something in inline content that is not prose. Content offsets. */
interface Item {
  kind: "code" | "html" | "link" | "image" | "footnote" | "break";
  start: number;
  end: number;
  url?: string;
  /** Links: their text, for heading anchors. */
  textStart?: number;
  textEnd?: number;
  /** Items inside a link's text, for heading anchors. */
  inner?: Item[];
}

interface Opener {
  pos: number;
  image: boolean;
  active: boolean;
  /** Index in items when the opener was seen: items after it are inside. */
  item: number;
}

/**
 * The inline content of one block: a content string (its lines joined by
 * "\n", container prefixes removed) and the source offset of every
 * content offset.
 */
class Inline {
  readonly items: Item[] = [];
  private openers: Opener[] = [];

  constructor(
    readonly text: string,
    private readonly definitions: Map<string, string>,
    private readonly footnotes: Set<string>,
    private readonly hasUrlHints: boolean,
  ) {}

  run(): void {
    const t = this.text;
    const n = t.length;
    let i = 0;
    while (i < n) {
      const c = t.charCodeAt(i);
      switch (c) {
        case 92 /* \ */: {
          const d = t.charCodeAt(i + 1);
          if (d === LF) {
            this.items.push({ kind: "break", start: i, end: i + 2 });
            i += 2;
          } else i += isAsciiPunct(d) ? 2 : 1;
          continue;
        }
        case 96 /* ` */:
          i = this.codeSpan(i);
          continue;
        case 60 /* < */:
          i = this.angle(i);
          continue;
        case 33 /* ! */:
          if (t.charCodeAt(i + 1) === 91) {
            this.openers.push({ pos: i, image: true, active: true, item: this.items.length });
            i += 2;
          } else i++;
          continue;
        case 91 /* [ */: {
          if (t.charCodeAt(i + 1) === 94) {
            const end = this.footnoteCall(i);
            if (end > 0) {
              this.items.push({ kind: "footnote", start: i, end });
              i = end;
              continue;
            }
          }
          this.openers.push({ pos: i, image: false, active: true, item: this.items.length });
          i++;
          continue;
        }
        case 93 /* ] */:
          i = this.labelEnd(i);
          continue;
        case LF: {
          let s = i;
          while (s > 0 && t.charCodeAt(s - 1) === SPACE) s--;
          if (i - s >= 2) this.items.push({ kind: "break", start: s, end: i + 1 });
          i++;
          continue;
        }
        default:
          if (this.hasUrlHints && this.openers.length === 0) {
            const e = this.literalAutolink(i, c);
            if (e > i) {
              i = e;
              continue;
            }
          }
          i++;
      }
    }
  }

  private codeSpan(i: number): number {
    const t = this.text;
    let j = i;
    while (j < t.length && t.charCodeAt(j) === 96) j++;
    const size = j - i;
    let k = j;
    for (;;) {
      k = t.indexOf("`", k);
      if (k < 0) return j;
      let e = k;
      while (e < t.length && t.charCodeAt(e) === 96) e++;
      if (e - k === size) {
        this.items.push({ kind: "code", start: i, end: e, textStart: j, textEnd: k });
        return e;
      }
      k = e;
    }
  }

  /** Autolink or inline HTML at "<". */
  private angle(i: number): number {
    const t = this.text;
    const auto = AUTOLINK.exec(t.slice(i, i + 2100));
    if (auto) {
      const end = i + auto[0].length;
      const inner = t.slice(i + 1, end - 1);
      const url = auto[1] ? inner : `mailto:${inner}`;
      this.items.push({ kind: "link", start: i, end, url, textStart: i + 1, textEnd: end - 1 });
      return end;
    }
    const end = htmlInline(t, i);
    if (end > i) {
      this.items.push({ kind: "html", start: i, end });
      return end;
    }
    return i + 1;
  }

  private footnoteCall(i: number): number {
    const t = this.text;
    let p = i + 2;
    while (p < t.length && p - i < 1002) {
      const c = t.charCodeAt(p);
      if (c === 92 && p + 1 < t.length) {
        p += 2;
        continue;
      }
      if (c === 93) break;
      if (c === 91 || isSpaceOrTab(c) || c === LF || c === CR) return 0;
      p++;
    }
    if (t.charCodeAt(p) !== 93 || p === i + 2) return 0;
    return this.footnotes.has(normalizeIdentifier(t.slice(i + 2, p))) ? p + 1 : 0;
  }

  private labelEnd(i: number): number {
    const t = this.text;
    const opener = this.openers.pop();
    if (!opener) return i + 1;
    if (!opener.active) return i + 1;
    const labelText = t.slice(opener.image ? opener.pos + 2 : opener.pos + 1, i);
    const defined = labelText.length <= 999 && this.definitions.has(defKey(labelText));
    let end = -1;
    let url: string | undefined;
    const next = t.charCodeAt(i + 1);
    // micromark's label end: a resource, else a full reference, else (when the
    // text is a defined label) a collapsed or shortcut reference.
    if (next === 40 /* ( */) {
      const r = resource(t, i + 1);
      if (r) {
        end = r.end;
        url = r.url;
      } else if (defined) {
        end = i + 1;
        url = this.definitions.get(defKey(labelText));
      }
    } else if (next === 91 /* [ */) {
      const close = referenceLabel(t, i + 1);
      const full = close > i + 2 ? this.definitions.get(defKey(t.slice(i + 2, close))) : undefined;
      if (full !== undefined) {
        end = close + 1;
        url = full;
      } else if (defined && t.charCodeAt(i + 2) === 93) {
        end = i + 3;
        url = this.definitions.get(defKey(labelText));
      }
    } else if (defined) {
      end = i + 1;
      url = this.definitions.get(defKey(labelText));
    }
    if (end < 0 || url === undefined) return i + 1;

    const inner = this.items.splice(opener.item);
    if (opener.image) {
      this.items.push({ kind: "image", start: opener.pos, end });
    } else {
      this.items.push({ kind: "link", start: opener.pos, end, url, textStart: opener.pos + 1, textEnd: i, inner });
      // No links inside links: earlier "[" openers can no longer make one.
      for (const o of this.openers) if (!o.image) o.active = false;
    }
    return end;
  }

  /**
   * GFM literal autolinks (www., http(s)://, emails) the way micromark finds
   * them. Returns the end of the link, or `i` when there is none.
   */
  private literalAutolink(i: number, c: number): number {
    const t = this.text;
    const prev = i > 0 ? t.charCodeAt(i - 1) : NaN;
    // micromark tries an email first, then www. and http(s)://.
    if (isAtext(c) && prev !== 47 && !isAtext(prev)) {
      let p = i;
      while (p < t.length && isAtext(t.charCodeAt(p))) p++;
      if (t.charCodeAt(p) === 64 /* @ */) {
        p++;
        let data = false;
        let dot = false;
        let last = NaN;
        for (;;) {
          const d = t.charCodeAt(p);
          if (d === 46 && isAsciiAlnum(t.charCodeAt(p + 1))) {
            dot = true;
            last = d;
            p++;
            continue;
          }
          if (d === 45 || d === 95 || isAsciiAlnum(d)) {
            data = true;
            last = d;
            p++;
            continue;
          }
          break;
        }
        if (data && dot && isAsciiAlpha(last)) {
          this.items.push({ kind: "link", start: i, end: p, url: `mailto:${t.slice(i, p)}`, textStart: i, textEnd: p });
          return p;
        }
      }
    }
    if (c === 119 || c === 87) {
      if (Number.isNaN(prev) || prev === 40 || prev === 42 || prev === 95 || prev === 91 || prev === 93 || prev === 126 || isEndOrSpace(prev)) {
        const www = t.slice(i, i + 4).toLowerCase() === "www." && i + 4 < t.length;
        if (www) {
          const d = literalDomain(t, i);
          if (d > i) {
            const e = literalPath(t, d);
            this.items.push({ kind: "link", start: i, end: e, url: `http://${t.slice(i, e)}`, textStart: i, textEnd: e });
            return e;
          }
        }
      }
    }
    if ((c === 104 || c === 72) && !isAsciiAlpha(prev)) {
      const m = /^https?:\/\//i.exec(t.slice(i, i + 8));
      if (m) {
        const s = i + m[0].length;
        const a = t.charCodeAt(s);
        if (!(Number.isNaN(a) || a < 32 || a === 127 || isUnicodeWhitespace(a) || isUnicodePunct(a))) {
          const d = literalDomain(t, s);
          if (d > s) {
            const e = literalPath(t, d);
            this.items.push({ kind: "link", start: i, end: e, url: t.slice(i, e), textStart: i, textEnd: e });
            return e;
          }
        }
      }
    }
    return i;
  }
}

const isAtext = (c: number): boolean => c === 43 || c === 45 || c === 46 || c === 95 || isAsciiAlnum(c);

/** End of a literal autolink's domain starting at `i`, or `i` when it is not a valid one. */
function literalDomain(t: string, i: number): number {
  let p = i;
  let underscoreLast = false;
  let underscoreLastLast = false;
  let seen = false;
  for (;;) {
    const c = t.charCodeAt(p);
    if (c === 46 || c === 95) {
      if (trailEnds(t, p)) break;
      if (c === 95) underscoreLast = true;
      else {
        underscoreLastLast = underscoreLast;
        underscoreLast = false;
      }
      p++;
      continue;
    }
    if (Number.isNaN(c) || isUnicodeWhitespace(c) || (c !== 45 && isUnicodePunct(c))) break;
    seen = true;
    p++;
  }
  if (underscoreLast || underscoreLastLast || !seen) return i;
  return p;
}

/** End of a literal autolink's path starting at `i`. */
function literalPath(t: string, i: number): number {
  let p = i;
  let open = 0;
  let close = 0;
  for (;;) {
    const c = t.charCodeAt(p);
    if (c === 40) {
      open++;
      p++;
      continue;
    }
    if (c === 41 && close < open) {
      close++;
      p++;
      continue;
    }
    if (c === 33 || c === 34 || c === 38 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 60 || c === 63 || c === 93 || c === 95 || c === 126) {
      if (trailEnds(t, p)) return p;
      if (c === 41) close++;
      p++;
      continue;
    }
    if (Number.isNaN(c) || isUnicodeWhitespace(c)) return p;
    p++;
  }
}

/** Is the text from `p` trailing punctuation that ends a literal autolink? */
function trailEnds(t: string, p: number): boolean {
  for (;;) {
    const c = t.charCodeAt(p);
    if (c === 33 || c === 34 || c === 39 || c === 41 || c === 42 || c === 44 || c === 46 || c === 58 || c === 59 || c === 63 || c === 95 || c === 126) {
      p++;
      continue;
    }
    if (c === 38) {
      p++;
      if (!isAsciiAlpha(t.charCodeAt(p))) return false;
      while (isAsciiAlpha(t.charCodeAt(p))) p++;
      if (t.charCodeAt(p) !== 59) return false;
      p++;
      continue;
    }
    if (c === 93) {
      p++;
      const d = t.charCodeAt(p);
      if (Number.isNaN(d) || d === 40 || d === 91 || isUnicodeWhitespace(d)) return true;
      continue;
    }
    return c === 60 || Number.isNaN(c) || isUnicodeWhitespace(c);
  }
}

const AUTOLINK = /^<(?:([a-zA-Z][a-zA-Z0-9+.-]{1,31}:[^\s<>\x00-\x1f\x7f]*)|([a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*))>/;

/** End of inline HTML at `i` (a "<"), or `i` when there is none. */
function htmlInline(t: string, i: number): number {
  const c = t.charCodeAt(i + 1);
  if (c === 33 /* ! */) {
    if (t.startsWith("<!--", i)) {
      if (t.startsWith("<!-->", i)) return i + 5;
      if (t.startsWith("<!--->", i)) return i + 6;
      const e = t.indexOf("-->", i + 4);
      return e < 0 ? i : e + 3;
    }
    if (t.startsWith("<![CDATA[", i)) {
      const e = t.indexOf("]]>", i + 9);
      return e < 0 ? i : e + 3;
    }
    if (isAsciiAlpha(t.charCodeAt(i + 2))) {
      const e = t.indexOf(">", i + 2);
      return e < 0 ? i : e + 1;
    }
    return i;
  }
  if (c === 63 /* ? */) {
    const e = t.indexOf("?>", i + 2);
    return e < 0 ? i : e + 2;
  }
  if (c === 47 /* / */) {
    const m = HTML_CLOSE_TAG.exec(t.slice(i, i + 200));
    return m ? i + m[0].length : i;
  }
  if (isAsciiAlpha(c)) {
    const close = t.indexOf(">", i);
    if (close < 0) return i;
    const m = HTML_OPEN_TAG.exec(t.slice(i, Math.max(close + 1, Math.min(t.length, i + 2000))));
    return m ? i + m[0].length : i;
  }
  return i;
}

/** An inline link's "(destination title)" at `i` (the "("). */
function resource(t: string, i: number): { end: number; url: string } | null {
  let p = i + 1;
  p = skipWhitespace(t, p);
  let url = "";
  if (t.charCodeAt(p) === 60 /* < */) {
    let q = p + 1;
    for (;;) {
      const c = t.charCodeAt(q);
      if (Number.isNaN(c) || c === LF || c === 60) return null;
      if (c === 92 && q + 1 < t.length) {
        q += 2;
        continue;
      }
      if (c === 62) break;
      q++;
    }
    url = decodeString(t.slice(p + 1, q));
    p = q + 1;
  } else {
    let depth = 0;
    const s = p;
    for (;;) {
      const c = t.charCodeAt(p);
      if (Number.isNaN(c) || c <= 32 || c === 127) break;
      if (c === 92 && isAsciiPunct(t.charCodeAt(p + 1))) {
        p += 2;
        continue;
      }
      if (c === 40) {
        depth++;
        if (depth > 32) return null;
      } else if (c === 41) {
        if (depth === 0) break;
        depth--;
      }
      p++;
    }
    if (depth !== 0) return null;
    url = decodeString(t.slice(s, p));
  }
  const beforeTitle = p;
  p = skipWhitespace(t, p);
  if (t.charCodeAt(p) === 41) return { end: p + 1, url };
  if (p === beforeTitle) return null;
  const q = t.charCodeAt(p);
  const closer = q === 34 ? 34 : q === 39 ? 39 : q === 40 ? 41 : -1;
  if (closer < 0) return null;
  p++;
  for (;;) {
    const c = t.charCodeAt(p);
    if (Number.isNaN(c)) return null;
    if (c === 92 && p + 1 < t.length) {
      p += 2;
      continue;
    }
    if (c === closer) break;
    if (closer === 41 && c === 40) return null;
    p++;
  }
  p = skipWhitespace(t, p + 1);
  return t.charCodeAt(p) === 41 ? { end: p + 1, url } : null;
}

function skipWhitespace(t: string, p: number): number {
  for (;;) {
    const c = t.charCodeAt(p);
    if (c === SPACE || c === TAB || c === LF || c === CR) p++;
    else return p;
  }
}

/** A reference label "[…]" at `i`; returns the index of its "]", or -1. */
function referenceLabel(t: string, i: number): number {
  let p = i + 1;
  while (p < t.length && p - i <= 1000) {
    const c = t.charCodeAt(p);
    if (c === 92 && p + 1 < t.length) {
      p += 2;
      continue;
    }
    if (c === 91) return -1;
    if (c === 93) return p === i + 1 || /\S/.test(t.slice(i + 1, p)) ? p : -1;
    p++;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Assembly

export function fastScanMarkdown(markdown: string): ScannedText {
  const parser = new BlockParser(markdown);
  parser.run();
  const hasUrlHints = markdown.includes("@") || /www\.|https?:\/\//i.test(markdown);

  const tokens: ScanToken[] = [];
  const blocks: ScanBlock[] = [];
  const links: ScanLink[] = [];
  let sentence = 0;
  let block = -1;
  let gapFrom = -1;
  let barrierPending = true;

  const addText = (start: number, end: number): void => {
    if (end <= start) return;
    scanTokens(markdown.slice(start, end), start, (norm, s, e, cap, upper) => {
      if (gapFrom >= 0 && endsSentence(markdown, gapFrom, s)) sentence++;
      tokens.push({ norm, start: s, end: e, cap, upper, block, sentence, barrier: barrierPending });
      barrierPending = false;
      gapFrom = e;
    });
  };

  const openBlock = (kind: ScanBlock["kind"], depth: number, start: number, end: number): void => {
    block = blocks.length;
    blocks.push({ kind, depth, firstToken: tokens.length, endToken: tokens.length, start, end });
    sentence++;
    gapFrom = -1;
    barrierPending = true;
  };

  /** Scans the inline content made of `segs`; returns the heading anchor text when asked. */
  const scanInline = (segs: Seg[], wantAnchor: boolean): string => {
    // Content string and source offsets.
    let text: string;
    let map: Int32Array | null = null;
    const first = segs[0]!;
    if (segs.length === 1) text = markdown.slice(first.start, first.end);
    else {
      text = segs.map((s) => markdown.slice(s.start, s.end)).join("\n");
      map = new Int32Array(text.length + 1);
      let k = 0;
      for (let si = 0; si < segs.length; si++) {
        const s = segs[si]!;
        for (let o = s.start; o < s.end; o++) map[k++] = o;
        if (si < segs.length - 1) map[k++] = s.end;
      }
      map[k] = segs[segs.length - 1]!.end;
    }
    const toSrc = map ? (i: number): number => map[i]! : (i: number): number => first.start + i;

    const inline = new Inline(text, parser.definitions, parser.footnotes, hasUrlHints);
    inline.run();

    /** Prose of content [a, b): tokenized segment by segment from the source. */
    const prose = (a: number, b: number): void => {
      if (b <= a) return;
      if (!map) {
        addText(first.start + a, first.start + b);
        return;
      }
      let s = a;
      while (s < b) {
        let e = text.indexOf("\n", s);
        if (e < 0 || e > b) e = b;
        addText(toSrc(s), toSrc(e));
        s = e + 1;
      }
    };

    let at = 0;
    for (const item of inline.items) {
      if (item.start < at) continue;
      proseChecked(text, at, item.start, prose);
      if (item.kind === "link" && item.url !== undefined) {
        const s = toSrc(item.start);
        const e = toSrc(item.end);
        links.push({ start: s, end: e, url: item.url, text: markdown.slice(s, e), block, tokenIndex: tokens.length });
      }
      barrierPending = true;
      at = item.end;
    }
    proseChecked(text, at, text.length, prose);

    return wantAnchor ? anchorText(text, inline.items, 0, text.length) : "";
  };

  for (const leaf of parser.leaves) {
    if (leaf.type === "paragraph") {
      const first = leaf.lines[0]!;
      const last = leaf.lines[leaf.lines.length - 1]!;
      openBlock("paragraph", 0, first.start, last.end);
      scanInline(leaf.lines, false);
    } else if (leaf.type === "heading") {
      openBlock("heading", leaf.depth, leaf.start, leaf.end);
      const b = blocks[block]!;
      b.anchorKey = anchorKey(scanInline(leaf.lines, true));
    } else {
      for (const row of leaf.rows) {
        for (const cell of row) {
          openBlock("cell", 0, cell.start, cell.end);
          scanInline([cell.content], false);
          blocks[block]!.endToken = tokens.length;
          barrierPending = true;
        }
      }
      continue;
    }
    blocks[block]!.endToken = tokens.length;
    barrierPending = true;
  }
  return { source: markdown, tokens, blocks, links };
}

/**
 * Prose between two items. Bare URLs that micromark leaves to remark-gfm's
 * post-parse transform (after `"`, inside an unclosed "[", …) become links
 * there; their text is not prose, so it is skipped here too.
 */
function proseChecked(text: string, a: number, b: number, prose: (a: number, b: number) => void): void {
  if (b <= a) return;
  const slice = text.slice(a, b);
  if (!slice.includes(".") || !(slice.includes("://") || slice.includes("@") || /www\./i.test(slice))) {
    prose(a, b);
    return;
  }
  const found: [number, number][] = [];
  for (const m of slice.matchAll(TRANSFORM_URL)) {
    const idx = m.index;
    if (idx > 0 && !isUnicodeWhitespace(slice.charCodeAt(idx - 1)) && !isUnicodePunct(slice.charCodeAt(idx - 1))) continue;
    // The transform sees decoded text: after "&eacute;" the previous character is a letter.
    if (idx > 0 && slice.charCodeAt(idx - 1) === 59 && /&#?[a-zA-Z0-9]+;$/.test(slice.slice(Math.max(0, idx - 33), idx))) continue;
    let domain = m[2]!;
    if (/^w/i.test(m[1]!)) domain = m[1]! + domain;
    if (isUnicodePunct(domain.charCodeAt(0)) || !isCorrectDomain(domain)) continue;
    const whole = m[0];
    const url = whole.length - trailLength(whole);
    found.push([idx, idx + url]);
  }
  for (const m of slice.matchAll(TRANSFORM_EMAIL)) {
    if (/[\d\-_]$/.test(m[2]!)) continue;
    found.push([m.index, m.index + m[0].length]);
  }
  found.sort((x, y) => x[0] - y[0]);
  let at = 0;
  for (const [s, e] of found) {
    if (s < at) continue;
    prose(a + at, a + s);
    at = e;
  }
  prose(a + at, b);
}

const TRANSFORM_URL = /(?<![\da-z])(https?:\/\/|www(?=\.))([\w-]*\.[\w\-.]*)([^\t\n\r ]*)/gi;
const TRANSFORM_EMAIL = /(?<![\w+\-.]|(?:^|[^\d@A-Za-z])(?:mailto|xmpp):)([\w+\-.]+)@([\w-]+(?:\.[\w-]+)+)/g;

function isCorrectDomain(domain: string): boolean {
  const parts = domain.split(".");
  const last = parts[parts.length - 1];
  const before = parts[parts.length - 2];
  if (parts.length < 2) return false;
  if (last && (last.includes("_") || !/[\dA-Za-z]/.test(last))) return false;
  if (before && (before.includes("_") || !/[\dA-Za-z]/.test(before))) return false;
  return true;
}

/** Length of the trailing punctuation remark-gfm splits off a bare URL (parentheses kept balanced). */
function trailLength(url: string): number {
  let index = url.length;
  while (index > 0 && `!"&'),.:;<>?]}`.includes(url.charAt(index - 1))) index--;
  if (index === url.length) return 0;
  let kept = url.slice(0, index);
  let trail = url.slice(index);
  let open = 0;
  let close = 0;
  for (const ch of kept) {
    if (ch === "(") open++;
    else if (ch === ")") close++;
  }
  let paren = trail.indexOf(")");
  while (paren !== -1 && open > close) {
    kept += trail.slice(0, paren + 1);
    trail = trail.slice(paren + 1);
    paren = trail.indexOf(")");
    close++;
  }
  return trail.length;
}

/** The decoded text of content [a, b) as mdast-util-to-string-like plain text (text and inline code, link texts included). */
function anchorText(text: string, items: Item[], a: number, b: number): string {
  let out = "";
  let at = a;
  for (const item of items) {
    if (item.start < at || item.start >= b) continue;
    out += decodeString(text.slice(at, item.start));
    if (item.kind === "code") out += text.slice(item.textStart, item.textEnd);
    else if (item.kind === "link" && item.textStart !== undefined && item.textEnd !== undefined) {
      out += item.inner ? anchorText(text, item.inner, item.textStart, item.textEnd) : decodeString(text.slice(item.textStart, item.textEnd));
    }
    at = item.end;
  }
  out += decodeString(text.slice(at, b));
  return out;
}
