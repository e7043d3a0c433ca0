/**
 * What a reader types into the search box, made safe for each database's
 * full-text engine, and the snippets shown with the results.
 *
 * Terms are words of letters and digits (diacritics folded, case ignored);
 * every term must match, and the last one also as a prefix, so results appear
 * while a word is still being typed. Nothing the reader types can reach the
 * engine's own query syntax: terms are rebuilt from letters and digits only.
 */
import { foldDiacritics } from "../text/normalize";

const MAX_TERMS = 8;

export function searchTerms(query: string): string[] {
  const words = foldDiacritics(query)
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu);
  return [...new Set(words ?? [])].slice(0, MAX_TERMS);
}

/** FTS5 MATCH expression: "a" AND "b" AND "c"* */
export function ftsMatch(terms: string[]): string {
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 ? "*" : ""}`).join(" AND ");
}

/** PostgreSQL to_tsquery('simple', …) expression: a & b & c:* */
export function pgTsQuery(terms: string[]): string {
  return terms.map((t, i) => `${t}${i === terms.length - 1 ? ":*" : ""}`).join(" & ");
}

export interface Highlighted {
  /** Plain text pieces; `mark` pieces matched a term. Render them with <mark>. */
  parts: { text: string; mark: boolean }[];
}

/**
 * Marks every word of `text` that a term matches (the last term as a prefix),
 * comparing with diacritics folded, and trims long text to a window around the
 * first match. Works on the original text, so "Mónica" stays "Mónica".
 */
export function highlight(text: string, terms: string[], max = 220): Highlighted {
  const clean = text.replace(/\s+/g, " ").trim();
  const last = terms[terms.length - 1];
  const words = [...clean.matchAll(/[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu)];
  const hits = words.filter((w) => {
    const folded = foldDiacritics(w[0]).toLowerCase();
    return terms.some((t) => folded === t || (t === last && folded.startsWith(t)));
  });
  let from = 0;
  let to = clean.length;
  if (clean.length > max) {
    const first = hits[0]?.index ?? 0;
    from = Math.max(0, first - Math.floor(max / 3));
    if (from > 0) from = clean.indexOf(" ", from) + 1 || from;
    to = Math.min(clean.length, from + max);
    if (to < clean.length) to = clean.lastIndexOf(" ", to) > from ? clean.lastIndexOf(" ", to) : to;
  }
  const parts: Highlighted["parts"] = [];
  if (from > 0) parts.push({ text: "…", mark: false });
  let cursor = from;
  for (const h of hits) {
    const s = h.index ?? 0;
    const e = s + h[0].length;
    if (s < from || e > to) continue;
    if (s > cursor) parts.push({ text: clean.slice(cursor, s), mark: false });
    parts.push({ text: clean.slice(s, e), mark: true });
    cursor = e;
  }
  if (cursor < to) parts.push({ text: clean.slice(cursor, to), mark: false });
  if (to < clean.length) parts.push({ text: "…", mark: false });
  return { parts };
}
