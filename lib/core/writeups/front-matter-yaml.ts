/**
 * Reads the YAML front matter of a markdown file: the part between a first
 * line "---" and the next "---" (or "...") line.
 *
 * Front matter is a flat list of fields, so this reads the part of YAML that
 * flat front matter uses, and keeps the line of every field and list item for
 * error messages:
 *   - `field: value` with plain, 'single-quoted' or "double-quoted" values;
 *   - lists, as `[a, b]` or as `- a` lines under the field;
 *   - block text (`|` keeps line breaks, `>` folds them), and plain values
 *     continued on indented lines;
 *   - comments (`# …`) and blank lines.
 * Every value is text: `2017` and `true` are the strings "2017" and "true",
 * and an empty value, `~` or `null` is null. A nested mapping under a field is
 * returned as an empty object (the caller ignores the fields it doesn't know,
 * and rejects it for the ones it does). Anchors, aliases, tags and multi-line
 * quoted values are refused with a located message; nothing is guessed.
 *
 * (A YAML library would do the reading; this module exists because none is
 * installed yet. Its contract, entries with lines, stays the same either way.)
 */
import { WriteupFileError } from "./writeup-file-error";

export type FrontMatterScalar = string | null;
export type FrontMatterValue = FrontMatterScalar | FrontMatterScalar[] | Record<string, never>;

export interface FrontMatterEntry {
  key: string;
  value: FrontMatterValue;
  /** 1-based line of `key:`. */
  line: number;
  /** For a list, the line of each item. */
  itemLines: number[];
}

export interface FrontMatter {
  entries: FrontMatterEntry[];
  /** The markdown after the closing line, as written. */
  body: string;
  /** 1-based line where the body starts. */
  bodyLine: number;
}

const DELIMITER = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?:[ \t]+(.*))?$/;

const fail = (reason: string, line: number, field?: string) => new WriteupFileError(reason, { line, field });

/** Splits a file into its front matter lines and its body. */
export function splitFrontMatter(text: string): { lines: string[]; firstLine: number; body: string; bodyLine: number } {
  const all = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  if (!DELIMITER.test(all[0] ?? "")) {
    throw fail("no front matter: a writeup file starts with a '---' line, then 'title: …' and the other fields, then another '---' line", 1);
  }
  const close = all.findIndex((l, i) => i > 0 && CLOSING.test(l));
  if (close === -1) throw fail("the front matter that starts here is never closed: add a '---' line after its last field", 1);
  return { lines: all.slice(1, close), firstLine: 2, body: all.slice(close + 1).join("\n"), bodyLine: close + 2 };
}

export function readFrontMatter(text: string): FrontMatter {
  const { lines, firstLine, body, bodyLine } = splitFrontMatter(text);
  return { entries: readEntries(lines, firstLine), body, bodyLine };
}

const isBlank = (l: string) => /^\s*(?:#.*)?$/.test(l);
const indentOf = (l: string) => /^ */.exec(l)?.[0].length ?? 0;

function readEntries(lines: string[], firstLine: number): FrontMatterEntry[] {
  const entries: FrontMatterEntry[] = [];
  const seen = new Map<string, number>();
  let i = 0;
  while (i < lines.length) {
    const raw = lines[i] ?? "";
    const line = firstLine + i;
    if (isBlank(raw)) {
      i++;
      continue;
    }
    if (/^\t/.test(raw)) throw fail("a tab indents this line; YAML indents with spaces", line);
    if (/^ /.test(raw)) throw fail("this line is indented, but no field above it takes indented lines", line);
    if (/^-(?:\s|$)/.test(raw)) throw fail("a list item needs a field name above it ('conference:', then '- slug' lines)", line);
    const m = KEY_LINE.exec(raw);
    if (!m?.[1]) throw fail("expected 'field: value' (a name, a colon, a space, then the value)", line);
    const key = m[1];
    const previous = seen.get(key);
    if (previous !== undefined) throw fail(`front matter field '${key}' appears twice (lines ${previous} and ${line})`, line, key);
    seen.set(key, line);
    const rest = (m[2] ?? "").trim();
    i++;

    // The lines that belong to this field: indented ones, and "- " items at column 0 (YAML allows both).
    const childStart = i;
    while (i < lines.length) {
      const l = lines[i] ?? "";
      if (isBlank(l) || /^[ \t]/.test(l) || (rest === "" && /^-(?:\s|$)/.test(l))) i++;
      else break;
    }
    while (i > childStart && isBlank(lines[i - 1] ?? "") && !/^[ \t]/.test(lines[i - 1] ?? "")) i--;
    const children = lines.slice(childStart, i).map((text, k) => ({ text, line: firstLine + childStart + k }));
    entries.push({ key, line, ...readValue(key, rest, line, children) });
  }
  return entries;
}

interface Child {
  text: string;
  line: number;
}

function readValue(key: string, rest: string, line: number, children: Child[]): { value: FrontMatterValue; itemLines: number[] } {
  const content = children.filter((c) => !isBlank(c.text));
  const tab = content.find((c) => /^ *\t/.test(c.text));
  if (tab && !/^[|>]/.test(rest)) throw fail("a tab indents this line; YAML indents with spaces", tab.line, key);

  if (rest === "" || rest.startsWith("#")) {
    const first = content[0];
    if (!first) return { value: null, itemLines: [] };
    if (!/^\s*-(?:\s|$)/.test(first.text)) return { value: {}, itemLines: [] };
    const indent = indentOf(first.text);
    const items: FrontMatterScalar[] = [];
    for (const c of content) {
      const item = /^( *)-(?:[ \t]+(.*))?$/.exec(c.text);
      if (!item || (item[1] ?? "").length !== indent) {
        throw fail(`front matter field '${key}': expected a list item ('- value') lined up with the one on line ${first.line}`, c.line, key);
      }
      items.push(readScalar(key, (item[2] ?? "").trim(), c.line, false));
    }
    return { value: items, itemLines: content.map((c) => c.line) };
  }

  if (/^[|>]/.test(rest)) return { value: readBlockText(key, rest, line, children), itemLines: [] };

  if (rest.startsWith("[")) {
    if (content[0]) throw fail(`front matter field '${key}': a [list] must end on the line it starts`, line, key);
    const items = readFlowList(key, rest, line);
    return { value: items, itemLines: items.map(() => line) };
  }
  if (rest.startsWith("{")) {
    if (content[0] || !/\}\s*(?:#.*)?$/.test(rest)) throw fail(`front matter field '${key}': a {mapping} must end on the line it starts`, line, key);
    return { value: {}, itemLines: [] };
  }

  const value = readScalar(key, rest, line, false);
  if (!content[0]) return { value, itemLines: [] };
  if (/^["']/.test(rest)) throw fail(`front matter field '${key}': a quoted value must end on the line it starts`, content[0].line, key);
  // A plain value continued on indented lines: YAML folds the lines with spaces (a blank line is a line break).
  const folded = [value ?? "", ...children.map((c) => (isBlank(c.text) ? "" : (readScalar(key, c.text.trim(), c.line, false) ?? "")))];
  return { value: fold(folded), itemLines: [] };
}

/** `|` and `>` block text: indented lines, kept as lines or folded. */
function readBlockText(key: string, header: string, line: number, children: Child[]): string {
  const h = /^([|>])([1-9]?)([+-]?)([1-9]?)\s*(?:#.*)?$/.exec(header);
  if (!h) throw fail(`front matter field '${key}': expected '|' or '>' alone to start block text`, line, key);
  const first = children.find((c) => c.text.trim() !== "");
  if (!first) return "";
  const explicit = Number(h[2] || h[4] || 0);
  const indent = explicit || indentOf(first.text);
  if (indent === 0) throw fail(`front matter field '${key}': block text is indented with spaces`, first.line, key);
  const rows = children.map((c) => {
    if (c.text.trim() === "") return "";
    if (indentOf(c.text) < indent) throw fail(`front matter field '${key}': this line is indented less than the block text's first line (line ${first.line})`, c.line, key);
    return c.text.slice(indent);
  });
  while (rows.length && rows[rows.length - 1] === "") rows.pop();
  const text = h[1] === "|" ? rows.join("\n") : fold(rows);
  const chomp = h[3];
  return chomp === "-" ? text : `${text}\n`;
}

/** YAML line folding: lines joined by a space, each blank line a line break. */
function fold(rows: string[]): string {
  let out = "";
  let blanks = 0;
  for (const row of rows) {
    if (row === "") {
      blanks++;
      continue;
    }
    if (out) out += blanks ? "\n".repeat(blanks) : " ";
    out += row;
    blanks = 0;
  }
  return out;
}

function readFlowList(key: string, text: string, line: number): FrontMatterScalar[] {
  const items: FrontMatterScalar[] = [];
  let i = 1;
  let current = "";
  const push = () => {
    const trimmed = current.trim();
    current = "";
    return trimmed;
  };
  while (i < text.length) {
    const c = text[i] ?? "";
    if (c === '"' || c === "'") {
      const end = quotedEnd(text, i);
      if (end === -1) throw fail(`front matter field '${key}': a quoted value is not closed`, line, key);
      current += text.slice(i, end + 1);
      i = end + 1;
      continue;
    }
    if (c === "," || c === "]") {
      const item = push();
      if (item !== "" || c === ",") items.push(readScalar(key, item, line, true));
      if (c === "]") {
        const after = text.slice(i + 1).trim();
        if (after && !after.startsWith("#")) throw fail(`front matter field '${key}': unexpected text after the list's ']'`, line, key);
        return items;
      }
      i++;
      continue;
    }
    if (c === "[" || c === "{") throw fail(`front matter field '${key}': a list inside a list is not a front matter value`, line, key);
    current += c;
    i++;
  }
  throw fail(`front matter field '${key}': a [list] must end with ']' on the line it starts`, line, key);
}

/** Index of the closing quote of the quoted value starting at `start`, or -1. */
function quotedEnd(text: string, start: number): number {
  const q = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (q === '"' && c === "\\") i++;
    else if (c === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

const ESCAPES: Record<string, string> = {
  "0": "\0", a: "\x07", b: "\b", t: "\t", "\t": "\t", n: "\n", v: "\v", f: "\f", r: "\r", e: "\x1b", " ": " ",
  '"': '"', "/": "/", "\\": "\\", N: "\u0085", _: "\u00a0", L: "\u2028", P: "\u2029",
};

function readScalar(key: string, text: string, line: number, inList: boolean): FrontMatterScalar {
  const q = text[0];
  if (q === '"' || q === "'") {
    const end = quotedEnd(text, 0);
    if (end === -1) throw fail(`front matter field '${key}': the quoted value is not closed (it must end on the line it starts)`, line, key);
    const after = text.slice(end + 1).trim();
    if (after && !after.startsWith("#")) throw fail(`front matter field '${key}': unexpected text after the closing quote`, line, key);
    const inner = text.slice(1, end);
    if (q === "'") return inner.replace(/''/g, "'");
    return inner.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      const out = ESCAPES[e];
      if (out === undefined) throw fail(`front matter field '${key}': '\\${e}' is not an escape YAML knows`, line, key);
      return out;
    });
  }
  // A plain value ends where a comment starts (" #").
  const plain = text.replace(/(?:^|\s+)#.*$/, "").trim();
  if (plain === "" || plain === "~" || /^null$/i.test(plain)) return null;
  const lead = plain[0] ?? "";
  if ("&*!".includes(lead)) throw fail(`front matter field '${key}': YAML anchors, aliases and tags ('${lead}') are not supported; quote the value if '${lead}' is part of it`, line, key);
  if ("|>%@`".includes(lead) || (!inList && "[]{},".includes(lead)) || /^[-?:](?:\s|$)/.test(plain)) {
    throw fail(`front matter field '${key}': a value starting with '${lead}' must be quoted`, line, key);
  }
  if (/:(?:\s|$)/.test(plain)) throw fail(`front matter field '${key}': a value containing ': ' must be quoted ("…")`, line, key);
  return plain;
}
