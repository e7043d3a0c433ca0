/**
 * What Hallway learns from authors' decisions about suggestions: a phrase
 * they confirmed for a talk ("PWD" for "Play with Docker") becomes an alias
 * of it, and a phrase they rejected becomes a negative alias, so the next
 * writeup is linked (or left alone) without asking again.
 *
 * Contract:
 * - aliasKey is the detector's normal form of a phrase (tokenize.ts: case,
 *   punctuation, diacritics and possessives never matter). It is the stored
 *   `normalized` column and the key matching compares (match-aliases.ts).
 * - aliasWorthRecording says whether a phrase may be learned at all: not the
 *   talk's own title (the title matcher already finds it), not shorter than
 *   3 characters, and not made only of function words, programme words or
 *   link words ("the keynote", "this talk", "slides", "here"): which talk
 *   those mean depends on the writeup around them (the day, the speaker),
 *   never on the words alone, so learning them would link the wrong talk.
 * - nextAliasState decides how one decision changes the stored alias (null:
 *   nothing to write, so a save that re-finds the same link writes nothing
 *   and the catalog version does not move). The policy:
 *     - an organizer's alias (added or flipped on the admin page) stands:
 *       authors' decisions never override it;
 *     - a confirmation adds the author to those who confirmed it; over a
 *       negative it makes the phrase positive again (that author says it
 *       does mean the talk), with only that author behind it;
 *     - a rejection withdraws the author's own confirmation; the alias turns
 *       negative only when nobody else still confirms it, so one author
 *       cannot undo what two others agreed on.
 * - aliasTrusted: confirmed by two or more different authors, or set by an
 *   organizer. A trusted alias links without asking; any other positive
 *   alias is only suggested (match-aliases.ts).
 */
import { tokenNorms } from "./tokenize";
import { GENERIC_EVENT_WORDS, STOPWORDS, TALK_CUE_WORDS } from "./word-lists";

/** How an alias was learned. */
export type AliasSource = "confirmed" | "candidate" | "link" | "rejected" | "organizer";

export interface AliasState {
  negative: boolean;
  source: AliasSource;
  /** The authors who confirmed it, each once. */
  authorIds: string[];
}

export interface AliasEvent {
  negative: boolean;
  source: Exclude<AliasSource, "organizer">;
  authorId: string;
}

/** Words a link is often made of that never name a talk: "[slides](…)", "[the recording](…)". */
const LINK_WORDS: ReadonlySet<string> = new Set([
  "link", "links", "slide", "slides", "video", "videos", "recording", "recordings", "schedule", "page",
  "details", "abstract", "watch", "read", "more", "info", "website", "site", "youtube", "pdf", "blog", "post",
]);

export const ALIAS_MIN_LENGTH = 3;

/** "Play-with-Docker!" → "play with docker". */
export function aliasKey(phrase: string): string {
  return tokenNorms(phrase).join(" ");
}

const isFiller = (w: string) => STOPWORDS.has(w) || GENERIC_EVENT_WORDS.has(w) || TALK_CUE_WORDS.has(w) || LINK_WORDS.has(w) || /^\d+$/.test(w);

/** May `phrase` be learned as an alias of the talk titled `title` (of the conference named `conferenceName`)? */
export function aliasWorthRecording(phrase: string, title: string, conferenceName?: string): boolean {
  const key = aliasKey(phrase);
  if (key.replace(/ /g, "").length < ALIAS_MIN_LENGTH) return false;
  if (key === aliasKey(title)) return false;
  if (conferenceName && key === aliasKey(conferenceName)) return false;
  return key.split(" ").some((w) => !isFiller(w));
}

export function aliasTrusted(state: Pick<AliasState, "negative" | "source" | "authorIds">): boolean {
  return !state.negative && (state.source === "organizer" || new Set(state.authorIds).size >= 2);
}

/** The alias after one author's decision, or null when nothing changes. */
export function nextAliasState(existing: AliasState | null, event: AliasEvent): AliasState | null {
  if (existing?.source === "organizer") return null;
  if (!event.negative) {
    if (!existing || existing.negative) return { negative: false, source: event.source, authorIds: [event.authorId] };
    if (existing.authorIds.includes(event.authorId)) return null;
    return { ...existing, authorIds: [...existing.authorIds, event.authorId] };
  }
  if (!existing) return { negative: true, source: "rejected", authorIds: [] };
  if (existing.negative) return null;
  const others = existing.authorIds.filter((a) => a !== event.authorId);
  if (others.length > 0) return others.length === existing.authorIds.length ? null : { ...existing, authorIds: others };
  return { negative: true, source: "rejected", authorIds: [] };
}

/** TalkAlias.authorIds (a JSON array of user ids), read leniently: anything else is nobody. */
export function parseAuthorIds(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? [...new Set(v.filter((x): x is string => typeof x === "string"))] : [];
  } catch {
    return [];
  }
}

/** The text a markdown link shows: "[**Play with Docker**](/conferences/…)" → "Play with Docker". */
export function linkText(source: string): string {
  const m = /^\[([\s\S]*)\]\([^)]*\)$/.exec(source.trim()) ?? /^\[([\s\S]*?)\]/.exec(source.trim());
  return (m ? m[1]! : source).replace(/[*_`~]+/g, "").replace(/\s+/g, " ").trim();
}
