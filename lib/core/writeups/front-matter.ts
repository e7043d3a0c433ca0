/**
 * Writeup files: markdown with YAML front matter, the format an author's
 * writing moves in and out of Hallway in (lib/validations/writeup-file.ts
 * lists the fields).
 *
 * - parseFrontMatter(text): the raw fields, the body, and the line of every
 *   field and list item, for messages.
 * - parseWriteupFile(text, file): validated; throws WriteupImportError with
 *   every problem of the file, each naming the file, the line and the field.
 *   Fields Hallway doesn't use (a blog's `layout`, `tags`) are ignored with a
 *   warning; one that looks like a misspelt field ('conferences') is an error.
 * - serializeWriteupFile(writeup): the file written back. It writes only what
 *   parseWriteupFile reads the same way again, so export → import → export
 *   gives the identical file.
 *
 * The body is the markdown after the closing '---', without the blank lines
 * around it (markdown ignores them); a file ends with one line break.
 */
import { z } from "zod";
import { WRITEUP_FILE_FIELDS, writeupFileSchema, type WriteupFileData, type WriteupFileField } from "../../validations/writeup-file";
import { readFrontMatter, type FrontMatterValue } from "./read-front-matter";
import { quoteValue, WriteupFileError, WriteupImportError } from "./writeup-file-error";

export interface RawFrontMatter {
  data: Record<string, FrontMatterValue>;
  body: string;
  /** Line of each field. */
  lines: Record<string, number>;
  /** Line of each item, for fields given as lists. */
  itemLines: Record<string, number[]>;
}

export function parseFrontMatter(text: string): RawFrontMatter {
  const fm = readFrontMatter(text);
  const raw: RawFrontMatter = { data: {}, body: normalizeBody(fm.body), lines: {}, itemLines: {} };
  for (const e of fm.entries) {
    raw.data[e.key] = e.value;
    raw.lines[e.key] = e.line;
    raw.itemLines[e.key] = e.itemLines;
  }
  return raw;
}

/** Blank lines around the markdown are not part of it. */
export function normalizeBody(body: string): string {
  return body.replace(/^(?:[ \t]*\n)+/, "").replace(/\s+$/, "");
}

export interface ParsedWriteupFile extends WriteupFileData {
  /** The file's name as the caller gave it, for messages. */
  file: string;
  body: string;
  /** Where each field is (1 when it is missing: the opening '---'). */
  lines: Partial<Record<WriteupFileField, number>>;
  /** The line of each entry of `conferences`. */
  conferenceLines: number[];
  /** Located notes about fields that were ignored. */
  warnings: string[];
}

const KNOWN = new Set<string>(WRITEUP_FILE_FIELDS);

/** The known field an unknown one is probably a misspelling of. */
export function misspeltField(key: string): WriteupFileField | undefined {
  const k = key.toLowerCase().replace(/[-_ ]/g, "");
  let best: { field: WriteupFileField; d: number } | undefined;
  for (const field of WRITEUP_FILE_FIELDS) {
    const f = field.replace(/_/g, "");
    // "canonical" for canonical_url, "publish" for published: a cut-short name.
    const d = Math.min(editDistance(k, f), k.length >= 5 && f.startsWith(k) ? 1 : Infinity);
    if (d <= (field.length > 5 ? 2 : 1) && (!best || d < best.d)) best = { field, d };
  }
  return best?.field;
}

/** Edits (insert, delete, replace, swap two neighbours) that turn a into b. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  let before = prev;
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
      // Two letters swapped ("titel") count as one slip.
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (before[j - 2] ?? 0) + 1);
      row.push(d);
    }
    before = prev;
    prev = row;
  }
  return prev[b.length] ?? 0;
}

export function parseWriteupFile(text: string, file: string): ParsedWriteupFile {
  let raw: RawFrontMatter;
  try {
    raw = parseFrontMatter(text);
  } catch (error) {
    if (error instanceof WriteupFileError) throw new WriteupImportError([error.withFile(file)]);
    throw error;
  }
  const problems: WriteupFileError[] = [];
  const warnings: string[] = [];
  const known: Record<string, FrontMatterValue | undefined> = {};
  for (const [key, value] of Object.entries(raw.data)) {
    const line = raw.lines[key];
    if (KNOWN.has(key)) {
      // An empty field is the same as one not given.
      known[key] = value === null ? undefined : value;
      continue;
    }
    const meant = misspeltField(key);
    if (meant && !(meant in raw.data)) {
      problems.push(new WriteupFileError(`unknown front matter field '${key}' (did you mean '${meant}'?)`, { file, line, field: key }));
    } else {
      warnings.push(new WriteupFileError(`front matter field '${key}' is not used by Hallway; ignored`, { file, line, field: key }).message);
    }
  }

  const result = writeupFileSchema.safeParse(known);
  if (!result.success) problems.push(...result.error.issues.map((issue) => locate(issue, known, raw, file)));
  if (problems.length || !result.success) throw new WriteupImportError(problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)));

  const lines: ParsedWriteupFile["lines"] = {};
  for (const field of WRITEUP_FILE_FIELDS) if (raw.lines[field] !== undefined) lines[field] = raw.lines[field];
  // Items of a list keep their own lines; duplicates were dropped, so keep the first line of each.
  const slugs = (typeof raw.data.conference === "string" ? [raw.data.conference] : Array.isArray(raw.data.conference) ? raw.data.conference : []).map((s) => (typeof s === "string" ? s.trim() : undefined));
  const itemLines = raw.itemLines.conference?.length ? raw.itemLines.conference : slugs.map(() => raw.lines.conference ?? 1);
  const conferenceLines = result.data.conferences.map((slug) => itemLines[slugs.indexOf(slug)] ?? raw.lines.conference ?? 1);
  return { ...result.data, file, body: raw.body, lines, conferenceLines, warnings };
}

function locate(issue: z.core.$ZodIssue, data: Record<string, FrontMatterValue | undefined>, raw: RawFrontMatter, file: string): WriteupFileError {
  const field = String(issue.path[0] ?? "");
  const index = typeof issue.path[1] === "number" ? issue.path[1] : undefined;
  const whole = data[field];
  const value = index !== undefined && Array.isArray(whole) ? whole[index] : whole;
  const line = (index !== undefined ? raw.itemLines[field]?.[index] : undefined) ?? raw.lines[field] ?? 1;
  const reason =
    value === undefined
      ? `front matter field '${field}' is missing`
      : issue.message === "empty"
        ? `front matter field '${field}' is empty`
        : `front matter field '${field}' is ${quoteValue(value)}, ${issue.message}`;
  return new WriteupFileError(reason, { file, line, field });
}

/** Parses every file, then throws one WriteupImportError with every problem of every file. */
export function parseWriteupFiles(files: readonly { file: string; text: string }[]): ParsedWriteupFile[] {
  const parsed: ParsedWriteupFile[] = [];
  const problems: WriteupFileError[] = [];
  for (const f of files) {
    try {
      parsed.push(parseWriteupFile(f.text, f.file));
    } catch (error) {
      if (!(error instanceof WriteupImportError)) throw error;
      problems.push(...error.problems);
    }
  }
  if (problems.length) throw new WriteupImportError(problems);
  return parsed;
}

// ───────────────────────────── writing ─────────────────────────────

export interface WriteupFileContent {
  title: string;
  slug: string;
  status: "published" | "draft";
  publishedAt?: Date | null;
  conferences: readonly string[];
  summary?: string | null;
  canonicalUrl?: string | null;
  body: string;
}

export const writeupFileName = (slug: string) => `${slug}.md`;

/** The date as front matter writes it: the day alone at midnight UTC, else to the second in UTC. */
export function formatWriteupDate(date: Date): string {
  const iso = date.toISOString();
  if (iso.endsWith("T00:00:00.000Z")) return iso.slice(0, 10);
  return `${iso.slice(0, 19)}Z`;
}

const RESERVED_PLAIN = /^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?\.(?:inf|nan))$/i;
const NUMBER_LIKE = /^[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$|^0[xo][0-9a-f]+$/i;

/** A text value as YAML: plain when that reads back as the same text in any YAML reader, double-quoted otherwise. */
export function yamlText(value: string): string {
  const plain =
    value !== "" &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/\s$/.test(value) &&
    !/: |:$| #/.test(value) &&
    !/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/.test(value) &&
    !RESERVED_PLAIN.test(value) &&
    !NUMBER_LIKE.test(value);
  if (plain) return value;
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

export function serializeWriteupFile(w: WriteupFileContent): string {
  const lines = ["---", `title: ${yamlText(w.title)}`, `slug: ${yamlText(w.slug)}`, `status: ${w.status}`];
  if (w.status === "published" && w.publishedAt) lines.push(`date: ${formatWriteupDate(w.publishedAt)}`);
  if (w.conferences.length === 1) lines.push(`conference: ${yamlText(w.conferences[0] ?? "")}`);
  else if (w.conferences.length > 1) lines.push(`conference: [${w.conferences.map(yamlText).join(", ")}]`);
  if (w.summary) lines.push(`summary: ${yamlText(w.summary)}`);
  if (w.canonicalUrl) lines.push(`canonical_url: ${yamlText(w.canonicalUrl)}`);
  lines.push("---", "");
  const body = normalizeBody(w.body.replace(/\r\n?/g, "\n"));
  return `${lines.join("\n")}\n${body ? `${body}\n` : ""}`;
}
