/**
 * Reads the YAML front matter of a markdown file: the part between a first
 * line "---" and the next "---" (or "...") line, parsed by the `yaml` package.
 *
 * The contract the writeup importer relies on:
 *   - the fields come back as entries, each with the 1-based line of its key
 *     and, for a list, the line of each item, so messages can point at them;
 *   - every value is text: YAML's failsafe schema is used, so `2017` and
 *     `true` are the strings "2017" and "true"; an empty plain value, `~` or
 *     `null` is null; lists and nested mappings keep their shape (the caller
 *     ignores the fields it doesn't know, and rejects them for the ones it does);
 *   - anything the reader would have to guess at is refused with a located
 *     WriteupFileError: a field given twice, anchors, aliases and tags, quoted
 *     values or [lists] that run over several lines (a front matter value is
 *     written on one line, or as block text), and YAML's own syntax errors,
 *     reworded for a person who has never read the YAML spec.
 */
import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node, type YAMLError } from "yaml";
import { WriteupFileError } from "./writeup-file-error";

export type FrontMatterScalar = string | null;
export type FrontMatterValue = FrontMatterScalar | FrontMatterValue[] | { [key: string]: FrontMatterValue };

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

const NO_FIELD = "expected 'field: value' (a name, a colon, a space, then the value)";
const TAB = "a tab indents this line; YAML indents with spaces";

function readEntries(lines: string[], firstLine: number): FrontMatterEntry[] {
  const source = lines.join("\n");
  const counter = new LineCounter();
  const doc = parseDocument(source, { schema: "failsafe", uniqueKeys: false, prettyErrors: false, lineCounter: counter });
  /** The file's line of an offset into the front matter. */
  const lineAt = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  const contents = doc.contents;
  const pairs = isMap(contents) ? contents.items : [];
  /** The field an offset belongs to: the last key that starts before it. */
  const fieldAt = (offset: number) => {
    let key: string | undefined;
    for (const pair of pairs) if (isScalar(pair.key) && (pair.key.range?.[0] ?? Infinity) <= offset) key = String(pair.key.value);
    return key;
  };

  const error = doc.errors[0];
  if (error) throw located(error, lineAt(error.pos[0]), fieldAt(error.pos[0]));

  if (contents === null || (isScalar(contents) && contents.value === "" && contents.type === "PLAIN")) return [];
  if (isSeq(contents)) throw fail("a list item needs a field name above it ('conference:', then '- slug' lines)", lineAt(contents.range?.[0] ?? 0));
  if (!isMap(contents)) throw fail(NO_FIELD, lineAt(contents.range?.[0] ?? 0));

  const entries: FrontMatterEntry[] = [];
  const seen = new Map<string, number>();
  for (const pair of pairs) {
    if (!isScalar(pair.key) || pair.key.type !== "PLAIN") throw fail(NO_FIELD, lineAt(nodeStart(pair.key) ?? 0));
    const key = String(pair.key.value);
    const start = pair.key.range?.[0] ?? 0;
    const line = lineAt(start);
    const written = lines[line - firstLine] ?? "";
    // YAML allows a whole mapping to be indented; front matter is written from column 1, and an indented field is a slip.
    if (/^\s/.test(written)) throw fail("this line is indented, but no field above it takes indented lines", line);
    // "? key" (YAML's explicit keys) is not how a field is written.
    if (!written.startsWith(key)) throw fail(NO_FIELD, line);
    const previous = seen.get(key);
    if (previous !== undefined) throw fail(`front matter field '${key}' appears twice (lines ${previous} and ${line})`, line, key);
    seen.set(key, line);

    const value = pair.value as Node | null;
    if (value) refuseGuesswork(value, key, lineAt);
    entries.push({
      key,
      line,
      value: value ? toValue(value) : null,
      itemLines: isSeq(value) ? value.items.map((item) => lineAt(nodeStart(item) ?? start)) : [],
    });
  }
  return entries;
}

const nodeStart = (node: unknown): number | undefined => (node && typeof node === "object" && "range" in node ? (node as Node).range?.[0] : undefined);

/** Anchors, aliases, tags and multi-line quoted or [flow] values: refused rather than guessed at. */
function refuseGuesswork(value: Node, key: string, lineAt: (offset: number) => number) {
  visit(value, (_key, node) => {
    if (!isAlias(node) && !isScalar(node) && !isCollection(node)) return;
    const at = lineAt(node.range?.[0] ?? 0);
    const lead = isAlias(node) ? "*" : node.anchor ? "&" : node.tag ? "!" : undefined;
    if (lead) throw fail(`front matter field '${key}': YAML anchors, aliases and tags ('${lead}') are not supported; quote the value if '${lead}' is part of it`, at, key);
    const [from = 0, to = from] = node.range ?? [];
    const spansLines = lineAt(Math.max(from, to - 1)) !== at;
    if (isScalar(node) && (node.type === "QUOTE_DOUBLE" || node.type === "QUOTE_SINGLE") && spansLines) {
      throw fail(`front matter field '${key}': a quoted value must end on the line it starts`, at, key);
    }
    if (isCollection(node) && node.flow && spansLines) {
      throw fail(`front matter field '${key}': a ${isMap(node) ? "{mapping}" : "[list]"} must end on the line it starts`, at, key);
    }
  });
}

function toValue(node: Node): FrontMatterValue {
  if (isSeq(node)) return node.items.map((item) => toValue(item as Node));
  if (isMap(node)) {
    const out: { [key: string]: FrontMatterValue } = {};
    for (const pair of node.items) out[String(isScalar(pair.key) ? pair.key.value : pair.key)] = pair.value ? toValue(pair.value as Node) : null;
    return out;
  }
  if (isScalar(node)) {
    const text = String(node.value ?? "");
    // The failsafe schema reads every scalar as text; an empty plain value, ~ and null are "no value", as in every other schema.
    if (node.type === "PLAIN" && (text === "" || text === "~" || /^null$/i.test(text))) return null;
    return text;
  }
  return null;
}

/** YAML's syntax errors, said the way a person fixes them. */
function located(error: YAMLError, line: number, key: string | undefined): WriteupFileError {
  const field = (reason: string) => (key ? `front matter field '${key}': ${reason}` : reason);
  const { code, message } = error;
  let reason: string;
  if (code === "TAB_AS_INDENT") reason = TAB;
  else if (code === "MISSING_CHAR" && /implicit map keys/i.test(message)) reason = NO_FIELD;
  else if (code === "BLOCK_AS_IMPLICIT_KEY") reason = field(`a value containing ': ' must be quoted ("…")`);
  else if (code === "MISSING_CHAR" && /quote/i.test(message)) reason = field("the quoted value is not closed (it must end on the line it starts)");
  else if (/flow sequence/i.test(message) || (code === "MISSING_CHAR" && message.includes("]"))) reason = field("a [list] must end with ']' on the line it starts");
  else if (/flow mapping/i.test(message) || (code === "MISSING_CHAR" && message.includes("}"))) reason = field("a {mapping} must end with '}' on the line it starts");
  else if (code === "BAD_SCALAR_START") reason = field(`a value starting with '${/character (\S+)\s*$/.exec(message)?.[1] ?? "this character"}' must be quoted`);
  else if (code === "BAD_DQ_ESCAPE") reason = field(`'${/sequence (\S+)/.exec(message)?.[1] ?? "this"}' is not an escape YAML knows`);
  else if (code === "UNEXPECTED_TOKEN" && /node end/.test(message)) reason = field("unexpected text after the value (quote the whole value)");
  else if (code === "BAD_INDENT") reason = field("this line is indented differently from the lines above it");
  else reason = field(message.replace(/\s+at line \d+, column \d+.*$/s, ""));
  return new WriteupFileError(reason, { line, field: key });
}
