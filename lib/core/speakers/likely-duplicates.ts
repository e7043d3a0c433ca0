/**
 * Speakers that are probably one person twice, found while the caller pages
 * through all speakers once: the same name once accents, case and punctuation
 * are set aside ("Diogo Mónica" / "Diogo Monica"), or the same surname with a
 * first name that starts the other ("Jon Smith" / "Jonathan Smith").
 *
 * Memory stays bounded by the number of distinct surnames: at most 20
 * speakers are remembered per surname.
 */
import { normalizeName } from "@/lib/core/text/normalize";

export interface NamedSpeaker {
  name: string;
}

const REMEMBERED_PER_SURNAME = 20;

export interface DuplicateFinder<T extends NamedSpeaker> {
  /** Feeds the next speakers; returns false once `limit` pairs are found. */
  add(rows: readonly T[]): boolean;
  readonly pairs: [T, T][];
}

export function duplicateFinder<T extends NamedSpeaker>(limit: number): DuplicateFinder<T> {
  const pairs: [T, T][] = [];
  const bySurname = new Map<string, { given: string; full: string; row: T }[]>();
  return {
    pairs,
    add(rows) {
      for (const row of rows) {
        const full = normalizeName(row.name);
        const words = full.split(" ").filter(Boolean);
        if (words.length < 2) continue;
        const surname = words[words.length - 1]!;
        const given = words[0]!;
        const seen = bySurname.get(surname) ?? [];
        for (const other of seen) {
          const prefix = given.length >= 2 && other.given.length >= 2 && other.given !== given && (other.given.startsWith(given) || given.startsWith(other.given));
          if ((other.full === full || prefix) && pairs.length < limit) pairs.push([other.row, row]);
        }
        if (seen.length < REMEMBERED_PER_SURNAME) seen.push({ given, full, row });
        bySurname.set(surname, seen);
      }
      return pairs.length < limit;
    },
  };
}
