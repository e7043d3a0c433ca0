/**
 * Programme reconciliation: given a normalized Programme and what the
 * database already holds, decide what an import creates, updates, withdraws,
 * removes and leaves alone — as data, with no database in sight. The import
 * service loads a ProgrammeSnapshot, calls reconcileProgramme, and writes the
 * ProgrammePlan in one transaction.
 *
 * The rules (unchanged from the importer that did this inline):
 * - Idempotent: the same programme twice plans nothing; an updated programme
 *   updates talks in place and keeps their slugs, so links from writeups never
 *   break.
 * - Talks are matched by the source's id, then by URL (iCal UIDs are often
 *   random per export), then by normalized title on the same day, then by
 *   title — unless the talk has a source id and the conference's talks have
 *   ids, in which case a title alone is someone else's talk.
 * - Speakers are people across conferences: matched by the source's person id
 *   within the same conference (the snapshot's sources are of one origin),
 *   else by normalized name with affiliation breaking a tie between namesakes.
 *   A namesake who has a different id from the same origin is someone else.
 *   Two entries of one programme with the same name and no ids are one person.
 * - A programme only adds to what is known of a person: absent fields never
 *   blank a bio another conference gave. For talks and the conference the
 *   programme is the truth: absent means empty.
 * - A talk missing from the new programme is removed, unless a writeup links
 *   to it; then it is kept and marked withdrawn.
 * - What writeups show of a link (a talk's title and speakers, a speaker's
 *   name and affiliation, the conference's name) changing is reported in
 *   `rerender`, so the writeups that link it can be rendered again.
 */
import { DomainError } from "../errors";
import { normalizeName } from "../text/normalize";
import { slugify, uniqueSlug } from "../text/slugify";
import type { Programme, ProgrammeSpeaker, ProgrammeTalk } from "./types";

// ───────────────────────────── the snapshot ─────────────────────────────

export interface ConferenceFields {
  name: string;
  acronym: string | null;
  startsOn: string | null;
  endsOn: string | null;
  timezone: string | null;
  location: string | null;
  venue: string | null;
  url: string | null;
  description: string | null;
}

export interface ExistingConference extends ConferenceFields {
  id: string;
}

export interface TalkFields {
  title: string;
  subtitle: string | null;
  abstract: string | null;
  kind: string;
  level: string | null;
  track: string | null;
  room: string | null;
  day: string | null;
  startsAt: Date | null;
  endsAt: Date | null;
  sourceId: string | null;
  /** JSON array of the programme's other identifiers for the session (ProgrammeTalk.sourceKeys). */
  sourceKeys: string;
  url: string | null;
  links: string;
  status: string;
}

export interface ExistingTalk extends TalkFields {
  id: string;
  slug: string;
  /** In the programme's order (TalkSpeaker.position). */
  speakerIds: string[];
}

/** What a programme may set on a speaker: only the fields it gives. */
export interface SpeakerFields {
  name: string;
  normalizedName: string;
  affiliation?: string;
  role?: string;
  bio?: string;
  links?: string;
}

export interface ExistingSpeaker {
  id: string;
  name: string;
  normalizedName: string;
  affiliation: string | null;
  role: string | null;
  bio: string | null;
  links: string;
  /** The speaker's person ids from this programme's origin. */
  sourceIds: string[];
}

export interface ProgrammeSnapshot {
  /** The conference with the import's slug, if there is one. */
  conference: ExistingConference | null;
  /** That conference's talks. */
  talks: ExistingTalk[];
  /** Those of its talks that a writeup mentions. */
  linkedTalkIds: string[];
  /** Person ids of this origin already known: externalId → speaker id. */
  speakerSources: { externalId: string; speakerId: string }[];
  /** Speakers who may be the programme's people: namesakes, and those its known ids point at. */
  speakers: ExistingSpeaker[];
  /** Speaker slugs already taken that begin like a slug this import may create (see speakerSlugBases). */
  takenSpeakerSlugs: string[];
}

// ─────────────────────────────── the plan ───────────────────────────────

/** A speaker already in the database (`id`) or one the plan creates (`slug`, unique). */
export type SpeakerRef = { id: string } | { newSlug: string };

export interface Counts {
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
}

export interface ProgrammePlan {
  conference:
    | { action: "create"; slug: string; data: ConferenceFields }
    | { action: "update"; id: string; data: ConferenceFields }
    | { action: "unchanged"; id: string; name: string };
  speakers: {
    create: (SpeakerFields & { slug: string })[];
    /** One update per speaker, the programme's entries for them merged in order. */
    update: { id: string; data: SpeakerFields }[];
    /** Person ids to remember for next time. */
    sources: { externalId: string; speaker: SpeakerRef }[];
  };
  talks: {
    /** New talks; `slug` is unique within the conference. */
    create: (TalkFields & { slug: string; speakers: SpeakerRef[] })[];
    /** Changed talks; `speakers` only when the list changed (then it replaces the old one). */
    update: { id: string; data: TalkFields; speakers?: SpeakerRef[] }[];
    withdraw: string[];
    remove: string[];
  };
  /** What linked writeups show that changed. */
  rerender: {
    talkIds: string[];
    /** Speakers whose name or affiliation changed. */
    speakerIds: string[];
    /** Speakers whose name changed: every talk they give shows it, in any conference. */
    renamedSpeakerIds: string[];
  };
  summary: {
    conference: { slug: string; name: string; created: boolean; updated: boolean };
    talks: Counts & { withdrawn: number };
    speakers: Omit<Counts, "removed">;
  };
}

// ─────────────────────────────── helpers ────────────────────────────────

function same(a: unknown, b: unknown): boolean {
  if (a instanceof Date || b instanceof Date) {
    return (a instanceof Date ? a.getTime() : (a ?? null)) === (b instanceof Date ? b.getTime() : (b ?? null));
  }
  return (a ?? null) === (b ?? null);
}

/** True when `next` sets any field to something other than what `existing` has. */
export function differs(existing: object, next: object): boolean {
  const current = existing as Record<string, unknown>;
  return Object.entries(next).some(([k, v]) => !same(current[k], v));
}

const refKey = (ref: SpeakerRef) => ("id" in ref ? ref.id : `new:${ref.newSlug}`);

export function conferenceFields(programme: Programme): ConferenceFields {
  const c = programme.conference;
  return {
    name: c.name,
    acronym: c.acronym ?? null,
    startsOn: c.startsOn ?? null,
    endsOn: c.endsOn ?? null,
    timezone: c.timezone ?? null,
    location: c.location ?? null,
    venue: c.venue ?? null,
    url: c.url ?? null,
    description: c.description ?? null,
  };
}

/** A programme only adds to what we know of a person: it never blanks a bio another conference gave. */
export function speakerFields(s: ProgrammeSpeaker): SpeakerFields {
  return {
    name: s.name,
    normalizedName: normalizeName(s.name),
    ...(s.affiliation ? { affiliation: s.affiliation } : {}),
    ...(s.role ? { role: s.role } : {}),
    ...(s.bio ? { bio: s.bio } : {}),
    ...(s.links?.length ? { links: JSON.stringify(s.links) } : {}),
  };
}

function instant(value: string | undefined, field: string, talk: ProgrammeTalk, index: number): Date | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new DomainError("invalid", `talk '${talk.title}': field '${field}' is '${value}', not a date and time`, { field: `talks[${index}].${field}` });
  }
  return date;
}

export function talkFields(t: ProgrammeTalk, index = 0): TalkFields {
  return {
    title: t.title,
    subtitle: t.subtitle ?? null,
    abstract: t.abstract ?? null,
    kind: t.kind,
    level: t.level ?? null,
    track: t.track ?? null,
    room: t.room ?? null,
    day: t.day ?? (t.startsAt ? t.startsAt.slice(0, 10) : null),
    startsAt: instant(t.startsAt, "startsAt", t, index),
    endsAt: instant(t.endsAt, "endsAt", t, index),
    sourceId: t.sourceId ?? null,
    sourceKeys: JSON.stringify(t.sourceKeys ?? []),
    url: t.url ?? null,
    links: JSON.stringify(t.links ?? []),
    status: "scheduled",
  };
}

/**
 * The slug bases the import may create speakers under: those of people whose
 * person id is not already known (a known id always matches). The service
 * loads the taken slugs that begin with these before reconciling.
 */
export function speakerSlugBases(programme: Programme, knownSourceIds: ReadonlySet<string>): string[] {
  return [...new Set(programme.speakers.filter((s) => !(s.sourceId && knownSourceIds.has(s.sourceId))).map((s) => slugify(s.name)))];
}

// ─────────────────────────────── speakers ───────────────────────────────

function reconcileSpeakers(programme: Programme, snapshot: ProgrammeSnapshot) {
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const refs = new Map<string, SpeakerRef>();
  const updates = new Map<string, SpeakerFields>();
  const sources: ProgrammePlan["speakers"]["sources"] = [];
  const labelChanged = new Set<string>();
  const renamed = new Set<string>();

  // Working copies: a speaker updated by one entry is compared as updated by the next.
  const candidates = snapshot.speakers.map((s) => ({ ...s, sourceIds: [...s.sourceIds] }));
  const byId = new Map(candidates.map((s) => [s.id, s]));
  const bySource = new Map(snapshot.speakerSources.map((k) => [k.externalId, k.speakerId]));
  const byName = new Map<string, typeof candidates>();
  for (const s of candidates) byName.set(s.normalizedName, [...(byName.get(s.normalizedName) ?? []), s]);
  const claimed = new Set<string>();
  const toCreate: { speaker: ProgrammeSpeaker; data: SpeakerFields }[] = [];

  for (const s of programme.speakers) {
    const data = speakerFields(s);
    const fromSource = s.sourceId ? bySource.get(s.sourceId) : undefined;
    let match = fromSource ? byId.get(fromSource) : undefined;
    if (!match) {
      const affiliation = s.affiliation ? normalizeName(s.affiliation) : null;
      // A namesake with another id from the same origin is someone else.
      const namesakes = (byName.get(data.normalizedName) ?? []).filter(
        (n) => !(s.sourceId && n.sourceIds.length && !n.sourceIds.includes(s.sourceId)),
      );
      match =
        namesakes.length <= 1
          ? namesakes[0]
          : (namesakes.find((n) => affiliation && n.affiliation && normalizeName(n.affiliation) === affiliation) ?? namesakes[0]);
      if (match && s.sourceId && !claimed.has(s.sourceId)) {
        sources.push({ externalId: s.sourceId, speaker: { id: match.id } });
        claimed.add(s.sourceId);
        match.sourceIds.push(s.sourceId);
      }
    }
    if (!match) {
      toCreate.push({ speaker: s, data });
      continue;
    }
    refs.set(s.key, { id: match.id });
    if (differs(match, data)) {
      if (match.name !== data.name) renamed.add(match.id);
      if (match.name !== data.name || (data.affiliation !== undefined && match.affiliation !== data.affiliation)) labelChanged.add(match.id);
      updates.set(match.id, { ...updates.get(match.id), ...data });
      Object.assign(match, data);
      counts.updated++;
    } else counts.unchanged++;
  }

  const create: ProgrammePlan["speakers"]["create"] = [];
  if (toCreate.length) {
    const groups = new Map<string, typeof toCreate>();
    for (const p of toCreate) {
      const key = p.speaker.sourceId ? `id:${p.speaker.sourceId}` : `name:${p.data.normalizedName}`;
      groups.set(key, [...(groups.get(key) ?? []), p]);
    }
    const taken = new Set(snapshot.takenSpeakerSlugs);
    for (const group of groups.values()) {
      const first = group[0]!;
      const slug = uniqueSlug(slugify(first.speaker.name), (x) => taken.has(x));
      taken.add(slug);
      create.push({ slug, ...first.data });
      for (const p of group) {
        refs.set(p.speaker.key, { newSlug: slug });
        if (p.speaker.sourceId && !claimed.has(p.speaker.sourceId)) {
          sources.push({ externalId: p.speaker.sourceId, speaker: { newSlug: slug } });
          claimed.add(p.speaker.sourceId);
        }
      }
    }
    counts.created += create.length;
  }

  return {
    refs,
    plan: { create, update: [...updates].map(([id, data]) => ({ id, data })), sources },
    counts,
    labelChanged: [...labelChanged],
    renamed: [...renamed],
  };
}

// ──────────────────────────────── talks ─────────────────────────────────

function reconcileTalks(programme: Programme, snapshot: ProgrammeSnapshot, refs: Map<string, SpeakerRef>, renamedSpeakers: ReadonlySet<string>) {
  const counts = { created: 0, updated: 0, unchanged: 0, removed: 0, withdrawn: 0 };
  const existing = snapshot.talks;
  const index = <K>(key: (t: ExistingTalk) => K | null | undefined) => {
    const map = new Map<K, ExistingTalk>();
    for (const t of existing) {
      const k = key(t);
      if (k !== null && k !== undefined && !map.has(k)) map.set(k, t);
    }
    return map;
  };
  const bySource = index((t) => t.sourceId);
  const byUrl = index((t) => t.url);
  const byTitleDay = index((t) => `${normalizeName(t.title)}|${t.day ?? ""}`);
  const byTitle = index((t) => normalizeName(t.title));
  const slugs = new Set(existing.map((t) => t.slug));
  const seen = new Set<string>();
  const plan: Omit<ProgrammePlan["talks"], "withdraw" | "remove"> = { create: [], update: [] };
  const rerender = new Set<string>();

  for (const [i, t] of programme.talks.entries()) {
    const data = talkFields(t, i);
    const free = (x: ExistingTalk | undefined) => (x && !seen.has(x.id) ? x : undefined);
    const match =
      free(t.sourceId ? bySource.get(t.sourceId) : undefined) ??
      free(t.url ? byUrl.get(t.url) : undefined) ??
      free(byTitleDay.get(`${normalizeName(t.title)}|${data.day ?? ""}`)) ??
      // A talk whose source id we know is a different talk from another with the same title.
      (t.sourceId && bySource.size ? undefined : free(byTitle.get(normalizeName(t.title))));
    const wanted: SpeakerRef[] = [];
    const wantedKeys = new Set<string>();
    for (const key of t.speakerKeys) {
      const ref = refs.get(key);
      if (ref && !wantedKeys.has(refKey(ref))) {
        wantedKeys.add(refKey(ref));
        wanted.push(ref);
      }
    }
    if (!match) {
      const slug = uniqueSlug(slugify(t.title), (s) => slugs.has(s));
      slugs.add(slug);
      plan.create.push({ ...data, slug, speakers: wanted });
      continue;
    }
    seen.add(match.id);
    const speakersChanged = match.speakerIds.join() !== wanted.map(refKey).join();
    if (differs(match, data) || speakersChanged) {
      plan.update.push({ id: match.id, data, ...(speakersChanged ? { speakers: wanted } : {}) });
      if (speakersChanged || match.title !== data.title) rerender.add(match.id);
      counts.updated++;
    } else counts.unchanged++;
    if (match.speakerIds.some((id) => renamedSpeakers.has(id))) rerender.add(match.id);
  }
  counts.created += plan.create.length;

  const linked = new Set(snapshot.linkedTalkIds);
  const missing = existing.filter((t) => !seen.has(t.id));
  const withdraw = missing.filter((t) => linked.has(t.id) && t.status !== "withdrawn").map((t) => t.id);
  const remove = missing.filter((t) => !linked.has(t.id)).map((t) => t.id);
  counts.withdrawn += withdraw.length;
  counts.removed += remove.length;
  return { plan: { ...plan, withdraw, remove }, counts, rerender };
}

// ──────────────────────────────── the whole ─────────────────────────────

export function reconcileProgramme(programme: Programme, slug: string, snapshot: ProgrammeSnapshot): ProgrammePlan {
  const data = conferenceFields(programme);
  const existing = snapshot.conference;
  const conferenceChanged = !!existing && differs(existing, data);
  const conference: ProgrammePlan["conference"] = !existing
    ? { action: "create", slug, data }
    : conferenceChanged
      ? { action: "update", id: existing.id, data }
      : { action: "unchanged", id: existing.id, name: existing.name };

  const speakers = reconcileSpeakers(programme, snapshot);
  const talks = reconcileTalks(programme, snapshot, speakers.refs, new Set(speakers.renamed));
  // Every linked talk shows its conference's name.
  if (existing && existing.name !== data.name) for (const t of snapshot.talks) talks.rerender.add(t.id);

  return {
    conference,
    speakers: speakers.plan,
    talks: talks.plan,
    rerender: { talkIds: [...talks.rerender], speakerIds: speakers.labelChanged, renamedSpeakerIds: speakers.renamed },
    summary: {
      conference: { slug, name: data.name, created: !existing, updated: conferenceChanged },
      talks: talks.counts,
      speakers: speakers.counts,
    },
  };
}
