/**
 * Existing markdown links that point at a talk or a speaker.
 *
 * - Hallway's own pages, on any host or relative:
 *   `/conferences/<conference>/talks/<talk>` and `/speakers/<speaker>` →
 *   "explicit link", confidence 1.
 * - One of a talk's own URLs (its schedule page, slides or recording;
 *   talk-addresses.ts) → "schedule link".
 * - A schedule or recording URL that names a talk by an identifier in its
 *   path (talksInUrl): schedules move between hosts and years, so the slug
 *   or the programme's id is the stable part.
 */
import type { ScanLink } from "./markdown-scan";
import type { MentionIndex } from "./mention-index";
import type { DetectedMention } from "./types";
import { normalizeUrl, SCHEDULE_PATH, urlLastSegment, type NormalizedUrl } from "./link-index";

const HALLWAY_TALK = /^\/conferences\/([^/]+)\/talks\/([^/]+)$/;
const HALLWAY_SPEAKER = /^\/speakers\/([^/]+)$/;

export function matchLinks(links: readonly ScanLink[], index: MentionIndex): DetectedMention[] {
  const out: DetectedMention[] = [];
  for (const link of links) {
    const url = normalizeUrl(link.url);
    if (!url) continue;
    const base = { start: link.start, end: link.end, text: link.text };

    const hallwayTalk = HALLWAY_TALK.exec(url.path);
    if (hallwayTalk) {
      const conf = index.conferenceBySlug.get(hallwayTalk[1]!);
      const talk = (index.talkBySlug.get(hallwayTalk[2]!) ?? []).find((t) => index.talks[t]!.conference === conf);
      if (talk !== undefined) {
        out.push({ ...base, kind: "talk", id: index.talks[talk]!.talk.id, confidence: 1, reason: "explicit link" });
      }
      continue;
    }
    const hallwaySpeaker = HALLWAY_SPEAKER.exec(url.path);
    if (hallwaySpeaker) {
      const s = index.speakerBySlug.get(hallwaySpeaker[1]!);
      if (s !== undefined) {
        out.push({ ...base, kind: "speaker", id: index.speakers[s]!.speaker.id, confidence: 1, reason: "explicit link" });
      }
      continue;
    }

    const known = index.links.byUrl.get(url.fullKey) ?? index.links.byUrl.get(url.key);
    if (known !== undefined) {
      out.push({ ...base, kind: "talk", id: index.talks[known]!.talk.id, confidence: 0.95, reason: "schedule link" });
      continue;
    }
    const found = talksInUrl(url, index);
    if (!found) continue;
    const ranked = rankByYear(found.talks, url.path, index);
    const best = ranked[0]!;
    out.push({
      ...base,
      kind: "talk",
      id: index.talks[best]!.talk.id,
      confidence: ranked.length === 1 ? found.confidence : 0.6,
      reason: "schedule link",
      ...(ranked.length > 1 ? { candidates: ranked.map((t) => index.talks[t]!.talk.id) } : {}),
    });
  }
  return out;
}

/**
 * The talks a schedule or recording URL names by an identifier in its path:
 * - its last segment is a talk's slug or one of the programme's ids for it
 *   (`…/schedule/event/<slug>/`, `…/Fahrplan/events/6264.html`,
 *   `media.ccc.de/v/<frab slug>`). The path must look like a schedule, or the
 *   site be one the talks' URLs use, so a blog post that shares a slug does
 *   not count. A bare number is anyone's id: it needs a schedule-like path,
 *   and the conference in the URL (its year or its short name) or the
 *   schedule's own site.
 * - a recording's file name that carries the conference's short name and the
 *   talk's numeric id (`31c3-6264-de-Title_hd.mp4`), as conference video
 *   archives name their files.
 */
function talksInUrl(url: NormalizedUrl, index: MentionIndex): { talks: number[]; confidence: number } | null {
  const last = urlLastSegment(url.path);
  if (last.length < 3) return null;
  const knownSite = index.links.domains.has(url.domain);
  const bySlug = index.talkBySlug.get(last) ?? [];
  const byKey = index.links.byKey.get(last) ?? [];
  const direct = [...new Set([...bySlug, ...byKey])];
  const schedulePath = SCHEDULE_PATH.test(`${url.path}/`);
  if (direct.length && (knownSite || schedulePath)) {
    // "fosdem.org/2024/" is the year's front page, not event 2024.
    const numeric = /^\d+$/.test(last);
    const candidates = !numeric ? direct : schedulePath ? direct.filter((t) => knownSite || urlNamesConference(url, t, index)) : [];
    if (candidates.length) return { talks: candidates, confidence: 0.9 };
  }
  // A file name with the conference's short name and a numeric id.
  const parts = last.split(/[-_.]+/);
  if (parts.length < 3) return null;
  const embedded = new Set<number>();
  for (const part of parts) {
    if (!/^\d{3,}$/.test(part)) continue;
    for (const t of index.links.byKey.get(part) ?? []) {
      if (conferenceShortNames(index, index.talks[t]!.conference).some((name) => parts.includes(name))) embedded.add(t);
    }
  }
  return embedded.size ? { talks: [...embedded], confidence: 0.85 } : null;
}

/** Whether the URL carries the talk's conference: its year, or its short name as a path or host part. */
function urlNamesConference(url: NormalizedUrl, t: number, index: MentionIndex): boolean {
  const entry = index.conferences[index.talks[t]!.conference]!;
  const year = (entry.conference.startsOn ?? index.talks[t]!.talk.day ?? "").slice(0, 4);
  const parts = url.key.split(/[^a-z0-9]+/);
  return (year !== "" && parts.includes(year)) || conferenceShortNames(index, index.talks[t]!.conference).some((name) => parts.includes(name));
}

/**
 * A conference's short names: its acronym ("31c3"), and the words of its slug
 * and name that mix letters and digits ("fosdem2020"), which are names, not
 * common words.
 */
function conferenceShortNames(index: MentionIndex, c: number): string[] {
  const conf = index.conferences[c]!.conference;
  const words = `${conf.slug} ${conf.name}`.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3 && /[a-z]/.test(w) && /\d/.test(w));
  const acronym = conf.acronym?.toLowerCase().replace(/[^a-z0-9]+/g, "");
  if (acronym && acronym.length >= 3) words.push(acronym);
  return [...new Set(words)];
}

/** Several conferences reuse slugs ("keynotes_welcome"); the year in the URL picks one. */
function rankByYear(candidates: number[], path: string, index: MentionIndex): number[] {
  if (candidates.length < 2) return candidates;
  const score = (t: number): number => {
    const conf = index.conferences[index.talks[t]!.conference]!.conference;
    const year = (conf.startsOn ?? index.talks[t]!.talk.day ?? "").slice(0, 4);
    return year && path.includes(year) ? 1 : 0;
  };
  const ranked = [...candidates].sort((a, b) => score(b) - score(a));
  const top = score(ranked[0]!);
  return top > 0 && ranked.filter((t) => score(t) === top).length === 1 ? [ranked[0]!] : ranked;
}
