/**
 * What every parser shares once it has read its format: the speaker registry
 * (speakers listed once, keyed, deduplicated by source id or by name), the
 * session-type → TalkKind table, talk-id uniqueness, and finishing the
 * conference (slug suggestion, dates from the talks, option fallbacks).
 *
 * ParseOptions is what callers may pass to any parser. File values win;
 * `conference` only fills fields the file leaves empty (a zone for files
 * without one, a name for Sessionize, whose export has none); `conferenceSlug`
 * replaces the suggested slug.
 */
import type { Link, Programme, ProgrammeConference, ProgrammeSpeaker, ProgrammeTalk, TalkKind } from "./types";
import { normalizeName } from "../text/normalize";
import { slugify, uniqueSlug } from "../text/slugify";
import { ProgrammeError, type ProgrammeErrorLocation } from "./programme-error";

export interface ParseOptions {
  conferenceSlug?: string;
  conference?: Partial<ProgrammeConference>;
}

export interface SpeakerInput {
  sourceId?: string;
  name: string;
  affiliation?: string;
  role?: string;
  bio?: string;
  links?: Link[];
}

/**
 * Speakers by source id first; a person without an id is matched by
 * normalized name ("Mónica" = "monica"), and one that later turns up with an
 * id takes that id. Two different ids with one name stay two speakers (FOSDEM
 * 2024 has three such pairs): the importer decides whether they are one person.
 */
export class SpeakerRegistry {
  readonly speakers: ProgrammeSpeaker[] = [];
  private readonly bySourceId = new Map<string, ProgrammeSpeaker>();
  private readonly byName = new Map<string, ProgrammeSpeaker>();
  private readonly keys = new Set<string>();

  add(input: SpeakerInput): string {
    const name = input.name.trim().replace(/\s+/g, " ");
    const sourceId = input.sourceId?.trim() || undefined;
    const nameKey = normalizeName(name);
    let speaker = sourceId ? this.bySourceId.get(sourceId) : undefined;
    if (!speaker) {
      const sameName = nameKey ? this.byName.get(nameKey) : undefined;
      if (sameName && (!sourceId || !sameName.sourceId)) {
        speaker = sameName;
        if (sourceId) {
          sameName.sourceId = sourceId;
          this.bySourceId.set(sourceId, sameName);
        }
      }
    }
    if (speaker) {
      fillMissing(speaker, input);
      return speaker.key;
    }
    const key = uniqueSlug(slugify(name, 60), (k) => this.keys.has(k));
    this.keys.add(key);
    const created: ProgrammeSpeaker = { key, name };
    if (sourceId) created.sourceId = sourceId;
    fillMissing(created, input);
    this.speakers.push(created);
    if (sourceId) this.bySourceId.set(sourceId, created);
    if (nameKey && !this.byName.has(nameKey)) this.byName.set(nameKey, created);
    return key;
  }

  has(sourceId: string): boolean {
    return this.bySourceId.has(sourceId);
  }
}

function fillMissing(speaker: ProgrammeSpeaker, input: SpeakerInput): void {
  if (!speaker.affiliation && input.affiliation?.trim()) speaker.affiliation = input.affiliation.trim();
  if (!speaker.role && input.role?.trim()) speaker.role = input.role.trim();
  if (!speaker.bio && input.bio?.trim()) speaker.bio = input.bio.trim();
  if (input.links && input.links.length > 0) speaker.links = mergeLinks(speaker.links, input.links);
}

export function mergeLinks(a: Link[] | undefined, b: Link[]): Link[] {
  const out = [...(a ?? [])];
  for (const link of b) if (!out.some((l) => l.url === link.url)) out.push(link);
  return out;
}

/** Keeps each key once, in order. */
/**
 * A session's identifiers besides its sourceId, each once, empty ones
 * dropped: frab gives a guid (the sourceId), a numeric id and a slug, and
 * schedule and recording URLs carry the id or the slug.
 */
export function otherSourceKeys(sourceId: string | undefined, ...keys: (string | undefined)[]): string[] | undefined {
  const out: string[] = [];
  for (const key of keys) {
    const k = key?.trim();
    if (k && k !== sourceId && !out.includes(k)) out.push(k);
  }
  return out.length ? out : undefined;
}

export function uniqueKeys(keys: string[]): string[] {
  return [...new Set(keys)];
}

/**
 * Session types seen in frab, pretalx, Sessionize and hand-made files. An
 * unknown type is a talk: most sessions are, and "other" hides them from
 * the programme's talk list.
 */
const KIND_BY_TYPE: Record<string, TalkKind> = {
  talk: "talk", lecture: "talk", presentation: "talk", session: "talk", maintrack: "talk", devroom: "talk",
  contribution: "talk", demo: "talk", "short talk": "talk", "long talk": "talk", "talk long": "talk", "talk short": "talk",
  keynote: "keynote", plenary: "keynote",
  workshop: "workshop", tutorial: "workshop", training: "workshop", "hands on": "workshop", lab: "workshop",
  junior: "workshop", // FOSDEM Junior: workshops for children
  panel: "panel", podium: "panel", "panel discussion": "panel", discussion: "panel", roundtable: "panel", fishbowl: "panel",
  lightning: "lightning", lightningtalk: "lightning", "lightning talk": "lightning", "lightning talks": "lightning",
  lightningtalks: "lightning",
  other: "other", bof: "other", meeting: "other", meetup: "other", keysigning: "other", certification: "other",
  performance: "other", concert: "other", party: "other", social: "other", break: "other", "service session": "other",
  film: "other", movie: "other", game: "other", "self organized session": "other",
};

export function kindFromType(type: string | undefined | null): TalkKind {
  if (!type) return "talk";
  const key = type.trim().toLowerCase().replace(/[_-]+/g, " ").replace(/\s+/g, " ");
  const direct = KIND_BY_TYPE[key] ?? KIND_BY_TYPE[key.replace(/ /g, "")];
  if (direct) return direct;
  if (/keynote/.test(key)) return "keynote";
  if (/lightning/.test(key)) return "lightning";
  if (/workshop|tutorial|hands on/.test(key)) return "workshop";
  if (/panel|podium/.test(key)) return "panel";
  return "talk";
}

interface TalkIdSeen {
  subject: string;
  /** Lazy, because finding a line costs a scan and is needed only for errors. */
  locate: () => ProgrammeErrorLocation;
}

/** Throws on a second talk with the same source id, naming both. */
export class TalkIds {
  private readonly seen = new Map<string, TalkIdSeen>();

  check(id: string | undefined, field: string, subject: string, locate: () => ProgrammeErrorLocation): void {
    if (!id) return;
    const first = this.seen.get(id);
    if (first) {
      const there = first.locate();
      const where = there.line !== undefined ? `line ${there.line}` : there.path;
      throw new ProgrammeError(
        `field '${field}' is '${id}', a duplicate of ${first.subject}${where ? ` (${where})` : ""}`,
        { ...locate(), field, subject },
      );
    }
    this.seen.set(id, { subject, locate });
  }
}

/**
 * Fills dates from the talks when the file has none, applies the option
 * fallbacks and the slug, and drops empty strings.
 */
export function finishProgramme(
  conference: ProgrammeConference,
  speakers: ProgrammeSpeaker[],
  talks: ProgrammeTalk[],
  options: ParseOptions = {},
): Programme {
  const fallback = options.conference ?? {};
  const merged: ProgrammeConference = { ...conference };
  for (const [k, v] of Object.entries(fallback) as [keyof ProgrammeConference, string | undefined][]) {
    if (v !== undefined && v !== "" && (merged[k] === undefined || merged[k] === "")) merged[k] = v;
  }
  if (!merged.startsOn || !merged.endsOn) {
    let min: string | undefined;
    let max: string | undefined;
    for (const t of talks) {
      if (!t.day) continue;
      if (!min || t.day < min) min = t.day;
      if (!max || t.day > max) max = t.day;
      const endDay = t.endsAt?.slice(0, 10);
      if (endDay && endDay > max && t.endsAt && /[+-]\d\d:\d\d$|Z$/.test(t.endsAt)) max = endDay;
    }
    merged.startsOn ??= min;
    merged.endsOn ??= max;
  }
  merged.name = merged.name?.trim() || "Untitled conference";
  merged.slug = options.conferenceSlug?.trim() || merged.slug || slugify(merged.name);
  return { conference: dropEmpty(merged), speakers, talks: talks.map(dropEmpty) };
}

/** Removes keys whose value is undefined, "" or an empty list, so outputs compare cleanly. */
export function dropEmpty<T extends object>(value: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === undefined || v === "" || (Array.isArray(v) && v.length === 0 && k !== "speakerKeys")) continue;
    out[k] = v;
  }
  return out as T;
}

/** Trimmed text or undefined. */
export function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return undefined;
  const t = value.trim();
  return t || undefined;
}

/** An absolute http(s) URL, resolving a relative one against `base` when given. */
export function absoluteUrl(url: string | undefined, base?: string): string | undefined {
  if (!url) return undefined;
  try {
    const u = base ? new URL(url, base) : new URL(url);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** Links that are noise for a reader of a talk page (feedback forms, chat rooms). */
export function isNoiseLink(label: string, url: string): boolean {
  return /feedback|chat room|matrix\.to|chat\.fosdem/i.test(`${label} ${url}`);
}
