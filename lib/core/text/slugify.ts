/**
 * URL slugs: ASCII, lower case, words joined by "-", at most `max` characters
 * (cut at a word boundary). uniqueSlug appends -2, -3, … until `taken` says no.
 */
import { normalizeName } from "./normalize";

export function slugify(text: string, max = 80): string {
  const words = normalizeName(text)
    .replace(/[^a-z0-9 ]+/g, " ")
    .split(/\s+/)
    .filter(Boolean);
  let slug = "";
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > max) break;
    slug = next;
  }
  return slug || (words[0]?.slice(0, max) ?? "") || "untitled";
}

export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
}
