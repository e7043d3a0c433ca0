/**
 * Word tokens with their place in the source.
 *
 * Titles, names and writeups are all compared as sequences of normalized
 * tokens, so that quotes, dashes, spacing, case, diacritics and "&" versus
 * "and" never matter: "Cilium – Kernel Native Security & DDOS" and
 * "cilium kernel native security and ddos" give the same tokens.
 *
 * A token is a run of letters and digits, with inner apostrophes kept
 * ("What's", "Mario’s"). Its normal form is folded (foldDiacritics), lower
 * case, drops a possessive "'s" and any other apostrophe, so "What’s" and
 * "whats", "Owen's" and "Owen" meet. `start`/`end` are UTF-16 offsets into
 * the string passed in, plus `base`.
 *
 * The scanner is a hand-written loop over char codes (ASCII fast path, a
 * Unicode property test only for non-ASCII characters): it runs over every
 * word of every writeup, and a regex with Unicode classes was the single
 * largest cost of detection.
 */
import { foldDiacritics } from "../text/normalize";

export interface Token {
  norm: string;
  start: number;
  end: number;
  /** First character is an upper-case letter (or a digit, which has no case). */
  cap: boolean;
  /** Two or more letters, all upper case: an acronym such as "PWD". */
  upper: boolean;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const LETTER = /\p{L}/u;
const POSSESSIVE = /['’ʼ]s$/i;
const APOSTROPHES = /['’ʼ]/g;
const NOT_WORD = /[^\p{L}\p{N}]+/gu;

function isWordCode(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2));
  if (c >= 0xdc00 && c <= 0xdfff) return false;
  return WORD_CHAR.test(text.charAt(i));
}

const isApostrophe = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x2bc;

/** The normal form of one word as written: "Mónica" → "monica", "What’s" → "what". */
export function normalizeToken(raw: string): string {
  if (raw === "&" || raw.toLowerCase() === "&amp;") return "and";
  let ascii = true;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57))) {
      ascii = false;
      break;
    }
  }
  if (ascii) return raw.toLowerCase();
  return foldDiacritics(raw.replace(POSSESSIVE, "").replace(APOSTROPHES, ""))
    .toLowerCase()
    .replace(NOT_WORD, "");
}

/** Calls `emit` for each token of `text`; offsets are shifted by `base`. */
export function scanTokens(
  text: string,
  base: number,
  emit: (norm: string, start: number, end: number, cap: boolean, upper: boolean) => void,
): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 38 /* & */) {
      // "&" and its markdown spelling "&amp;" are the word "and"; other entities are not words.
      if (text.startsWith("&amp;", i)) {
        emit("and", base + i, base + i + 5, false, false);
        i += 5;
        continue;
      }
      const entity = /^&#?[a-z0-9]+;/i.exec(text.slice(i, i + 12));
      if (entity) {
        i += entity[0].length;
        continue;
      }
      emit("and", base + i, base + i + 1, false, false);
      i++;
      continue;
    }
    if (!isWordCode(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    let simple = true;
    let letters = 0;
    let lower = false;
    let upper = false;
    for (;;) {
      const d = text.charCodeAt(i);
      if (i < n && isWordCode(d, text, i)) {
        if (d >= 97 && d <= 122) {
          letters++;
          lower = true;
        } else if (d >= 65 && d <= 90) {
          letters++;
          upper = true;
        }
        else if (d >= 128) {
          simple = false;
          const ch = text.charAt(i);
          if (LETTER.test(ch)) {
            letters++;
            if (ch !== ch.toUpperCase()) lower = true;
            else if (ch !== ch.toLowerCase()) upper = true;
          }
        }
        i++;
        continue;
      }
      // An apostrophe between two word characters stays inside the word.
      if (i + 1 < n && isApostrophe(d) && isWordCode(text.charCodeAt(i + 1), text, i + 1)) {
        simple = false;
        i++;
        continue;
      }
      break;
    }
    const raw = text.slice(start, i);
    const norm = simple ? raw.toLowerCase() : normalizeToken(raw);
    if (!norm) continue;
    const f = raw.charCodeAt(0);
    const cap = (f >= 65 && f <= 90) || (f >= 48 && f <= 57) || (f >= 128 && raw.charAt(0) !== raw.charAt(0).toLowerCase());
    emit(norm, base + start, base + i, cap, letters >= 2 && upper && !lower);
  }
}

/** Tokens of `text`, appended to `out`; offsets are shifted by `base`. */
export function tokenize(text: string, base = 0, out: Token[] = []): Token[] {
  scanTokens(text, base, (norm, start, end, cap, upper) => out.push({ norm, start, end, cap, upper }));
  return out;
}

/** Just the normal forms: how catalog titles and names are split. */
export function tokenNorms(text: string): string[] {
  const out: string[] = [];
  scanTokens(text, 0, (norm) => out.push(norm));
  return out;
}

/**
 * The vocabulary's key for a normalized word: plurals fold onto the
 * singular ("Containers" and "container", "libraries" and "library"), so a
 * writer's number never breaks a title match. Applied the same way to
 * catalog words and prose words, so a rare wrong fold ("news") still
 * matches itself.
 */
export function vocabularyKey(norm: string): string {
  const n = norm.length;
  if (n < 4) return norm;
  const last = norm.charCodeAt(n - 1);
  // Only words ending in "s" or "e" can change: the rest return at once (most words of a text).
  if (last !== 115 /* s */ && last !== 101 /* e */) return norm;
  if (/\d/.test(norm)) return norm;
  let w = norm;
  if (last === 115 && !/(?:ss|us|is|os)$/.test(w)) w = w.slice(0, -1);
  // "libraries"/"library" and "cookies"/"cookie" meet at "-y"; "boxes"/"box", "patches"/"patch"
  // and "caches"/"cache" meet without the "e". Singulars go through the same steps.
  if (w.length >= 4 && w.endsWith("ie")) w = `${w.slice(0, -2)}y`;
  else if (w.length >= 4 && /(?:x|ch|sh|ss|zz)e$/.test(w)) w = w.slice(0, -1);
  return w;
}

/** Every string one character shorter than `word` (its deletion neighbourhood). */
export function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/** Words this long or longer may be matched with one typo (a letter missing, added, changed or two swapped). */
export const MIN_TYPO_LENGTH = 5;
