/**
 * Phrases authors confirmed for a talk, found again in later writeups.
 *
 * Contract:
 * - buildAliasTable runs once per catalog (from buildMentionIndex): positive
 *   aliases keyed by their first word, negatives keyed by talk id. Both in
 *   the detector's token form (aliasKey in talk-aliases.ts).
 * - matchAliases scans the prose tokens once: at each token it looks up the
 *   aliases starting with that word (usually none: one hash lookup) and
 *   compares the few that do word by word, never across a block start, a
 *   link or code (token barriers). Linear in the writeup's length, whatever
 *   the number of aliases.
 * - A match of an alias one author confirmed is a suggestion (confidence
 *   0.6, below CONFIDENT_THRESHOLD): one author's reading is evidence, not
 *   proof. An alias two or more different authors confirmed, or an
 *   organizer set, links (0.9). When the same words are an alias of several
 *   talks, the mention carries them all as `candidates` (trusted first), so
 *   it is only ever suggested.
 * - isNegativeAlias: a talk mention whose words an author rejected for that
 *   talk. detectMentions drops those, whatever matcher found them; explicit
 *   links (the author's own link) are kept.
 */
import type { DetectionContext } from "./detection-context";
import type { MentionIndex } from "./mention-index";
import { aliasKey } from "./talk-aliases";
import { tokenNorms } from "./tokenize";
import type { CatalogTalk, DetectedMention } from "./types";

export const ALIAS_REASON = "a phrase an author confirmed for this talk";
export const TRUSTED_ALIAS_REASON = "a phrase authors or organizers confirmed for this talk";
export const ALIAS_CONFIDENCE = 0.6;
export const TRUSTED_ALIAS_CONFIDENCE = 0.9;

export interface AliasEntry {
  /** Index into catalog.talks. */
  talk: number;
  norms: string[];
  trusted: boolean;
}

export interface AliasTable {
  /** Positive aliases by their first word. */
  byFirstWord: Map<string, AliasEntry[]>;
  /** Talk id → the phrases (aliasKey) that must not mean it. */
  negatives: Map<string, Set<string>>;
}

export function buildAliasTable(talks: readonly CatalogTalk[]): AliasTable {
  const byFirstWord = new Map<string, AliasEntry[]>();
  const negatives = new Map<string, Set<string>>();
  talks.forEach((talk, t) => {
    for (const alias of talk.aliases ?? []) {
      const norms = tokenNorms(alias.phrase);
      if (norms.length === 0) continue;
      if (alias.negative) {
        let set = negatives.get(talk.id);
        if (!set) negatives.set(talk.id, (set = new Set()));
        set.add(norms.join(" "));
        continue;
      }
      const list = byFirstWord.get(norms[0]!);
      const entry = { talk: t, norms, trusted: !!alias.trusted };
      if (list) list.push(entry);
      else byFirstWord.set(norms[0]!, [entry]);
    }
  });
  return { byFirstWord, negatives };
}

export function matchAliases(ctx: DetectionContext): DetectedMention[] {
  const { byFirstWord } = ctx.index.aliases;
  const out: DetectedMention[] = [];
  if (byFirstWord.size === 0) return out;
  const tokens = ctx.scan.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const entries = byFirstWord.get(tokens[i]!.norm);
    if (!entries) continue;
    // The longest alias written here wins; several talks with it become candidates.
    let best: AliasEntry[] = [];
    let bestLength = 0;
    for (const e of entries) {
      const k = e.norms.length;
      if (k < bestLength || i + k > tokens.length) continue;
      let j = 1;
      while (j < k && !tokens[i + j]!.barrier && tokens[i + j]!.norm === e.norms[j]) j++;
      if (j < k) continue;
      if (k > bestLength) {
        best = [];
        bestLength = k;
      }
      if (!best.some((b) => b.talk === e.talk)) best.push(e);
    }
    if (best.length === 0) continue;
    best.sort((a, b) => Number(b.trusted) - Number(a.trusted));
    const start = tokens[i]!.start;
    const end = tokens[i + bestLength - 1]!.end;
    const ids = best.map((e) => ctx.index.talks[e.talk]!.talk.id);
    const trusted = best[0]!.trusted;
    out.push({
      kind: "talk",
      id: ids[0]!,
      start,
      end,
      text: ctx.scan.source.slice(start, end),
      confidence: trusted ? TRUSTED_ALIAS_CONFIDENCE : ALIAS_CONFIDENCE,
      reason: trusted ? TRUSTED_ALIAS_REASON : ALIAS_REASON,
      ...(ids.length > 1 ? { candidates: ids } : {}),
    });
  }
  return out;
}

/** Are these words ones an author rejected for this talk? */
export function isNegativeAlias(index: Pick<MentionIndex, "aliases">, m: Pick<DetectedMention, "kind" | "id" | "text" | "reason">): boolean {
  if (m.kind !== "talk" || m.reason === "explicit link") return false;
  const set = index.aliases.negatives.get(m.id);
  return !!set && set.has(aliasKey(m.text));
}
