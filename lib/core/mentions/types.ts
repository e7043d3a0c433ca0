/**
 * The contract of mention detection (see detect-mentions.ts).
 *
 * A Catalog is what a writeup may mention: talks, their speakers, and the
 * conferences they belong to. It is plain data, loaded by the server from the
 * database or by tests and the eval from fixtures. Offsets everywhere are
 * UTF-16 code-unit indices into the markdown source (JavaScript string
 * indices), so `markdown.slice(start, end) === text`.
 */
import type { TalkKind } from "../programme/types";

export interface CatalogConference {
  slug: string;
  name: string;
  /** The programme's short name ("31c3"): writeups and schedule URLs use it. */
  acronym?: string | null;
  startsOn?: string | null;
  endsOn?: string | null;
}

export interface CatalogTalk {
  id: string;
  slug: string;
  /** The conference's slug. */
  conference: string;
  title: string;
  /** A second title line, as frab and pretalx programmes have ("A gentle introduction to …"). */
  subtitle?: string | null;
  kind: TalkKind;
  /** Local calendar day (YYYY-MM-DD), when known. */
  day?: string | null;
  track?: string | null;
  /** The room, when the programme gives one: "the next session" is the next one here (resolve-neighbours.ts). */
  room?: string | null;
  /** Start time, ISO 8601 with an offset, when the programme gives one. */
  startsAt?: string | null;
  speakerIds: string[];
  /**
   * Known addresses of the talk outside Hallway (its schedule page, its
   * video), when the programme gives them. A markdown link to one of them,
   * or to the same schedule path with the talk's slug, is an explicit mention.
   */
  urls?: string[] | null;
  /**
   * The talk's own page on the schedule, when the programme gives one (also
   * in `urls`). Its site is the schedule's site, and its last path segment a
   * slug; the other URLs (slides, video) only match whole.
   */
  url?: string | null;
  /**
   * The programme's identifiers for the talk (its guid or id, frab's numeric
   * id, its slug). A link to a schedule or recording page whose path carries
   * one resolves the talk (match-links.ts).
   */
  sourceKeys?: string[] | null;
  /**
   * Phrases authors confirmed for this talk ("PWD"), or rejected (`negative`),
   * learned in the editor (match-aliases.ts). `trusted`: confirmed by two or
   * more authors, or set by an organizer; such a phrase links without asking.
   */
  aliases?: CatalogAlias[] | null;
}

export interface CatalogAlias {
  phrase: string;
  negative?: boolean;
  trusted?: boolean;
}

export interface CatalogSpeaker {
  id: string;
  slug: string;
  name: string;
}

export interface Catalog {
  conferences: CatalogConference[];
  talks: CatalogTalk[];
  speakers: CatalogSpeaker[];
}

export type MentionKind = "talk" | "speaker";

export interface DetectedMention {
  kind: MentionKind;
  /** CatalogTalk.id or CatalogSpeaker.id. */
  id: string;
  start: number;
  end: number;
  text: string;
  /** 0..1. At or above CONFIDENT_THRESHOLD the mention is linked without asking. */
  confidence: number;
  /** Short and human: "quoted title", "title prefix", "speaker names", "explicit link", … */
  reason: string;
  /** Set when the text could mean several catalog entries (ids, best first); `id` is the best guess. */
  candidates?: string[];
  /** What the product does with it (set by detectMentions, see actionOf). */
  action?: MentionAction;
}

/**
 * `link`: linked in the published writeup without asking. `suggest`: shown
 * to the author to confirm, never to readers until confirmed.
 */
export type MentionAction = "link" | "suggest";

/** Mentions at or above this confidence are stored as `detected` without the author's review. */
export const CONFIDENT_THRESHOLD = 0.75;
/** Below this the detector does not report a mention at all. */
export const SUGGESTION_THRESHOLD = 0.4;

/** A mention links on its own when it is confident and means one thing; an explicit link always does. */
export function actionOf(m: Pick<DetectedMention, "confidence" | "candidates" | "reason">): MentionAction {
  if (m.reason === "explicit link") return "link";
  return m.confidence >= CONFIDENT_THRESHOLD && !m.candidates?.length ? "link" : "suggest";
}
