/**
 * Existing markdown links that point at a talk or a speaker.
 *
 * - Hallway's own pages, on any host or relative:
 *   `/conferences/<conference>/talks/<talk>` and `/speakers/<speaker>` →
 *   "explicit link", confidence 1.
 * - A talk's known schedule URL (CatalogTalk.urls) → "schedule link".
 * - A schedule-looking URL whose last path segment is a talk's slug
 *   (`fosdem.org/2020/schedule/event/<slug>/`, `…/talks/<slug>/`): schedules
 *   move between hosts and years, so the slug is the stable part. The path
 *   must look like a schedule (or the host be one a talk URL uses), so a
 *   blog post that happens to share a slug does not count.
 */
import type { ScanLink } from "./markdown-scan";
import type { MentionIndex } from "./mention-index";
import type { DetectedMention } from "./types";

export interface NormalizedUrl {
  host: string;
  path: string;
  key: string;
}

const RELATIVE_BASE = "http://relative.invalid";
const SCHEDULE_PATH = /\/(events?|talks?|sessions?|schedule|program|programme|agenda|speakers?|lectures?|contributions?|presentations?|keynotes?|workshops?)\//;
const HALLWAY_TALK = /^\/conferences\/([^/]+)\/talks\/([^/]+)$/;
const HALLWAY_SPEAKER = /^\/speakers\/([^/]+)$/;

export function normalizeUrl(url: string): NormalizedUrl | null {
  let parsed: URL;
  try {
    parsed = new URL(url.trim(), RELATIVE_BASE);
  } catch {
    return null;
  }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    path = parsed.pathname;
  }
  path = path.toLowerCase().replace(/\/+$/, "");
  const host = parsed.hostname.toLowerCase().replace(/^www\./, "");
  return { host, path, key: `${host}${path}` };
}

export function urlLastSegment(path: string): string {
  const parts = path.split("/").filter(Boolean);
  return (parts[parts.length - 1] ?? "").replace(/\.(html?|php)$/, "");
}

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

    const known = index.talkByUrl.get(url.key);
    if (known !== undefined) {
      out.push({ ...base, kind: "talk", id: index.talks[known]!.talk.id, confidence: 0.95, reason: "schedule link" });
      continue;
    }
    const slug = urlLastSegment(url.path);
    if (slug.length < 3) continue;
    const candidates = index.talkBySlug.get(slug);
    if (!candidates || candidates.length === 0) continue;
    if (!SCHEDULE_PATH.test(`${url.path}/`) && !index.talkUrlHosts.has(url.host)) continue;
    const ranked = rankByYear(candidates, url.path, index);
    const best = ranked[0]!;
    out.push({
      ...base,
      kind: "talk",
      id: index.talks[best]!.talk.id,
      confidence: ranked.length === 1 ? 0.9 : 0.6,
      reason: "schedule link",
      ...(ranked.length > 1 ? { candidates: ranked.map((t) => index.talks[t]!.talk.id) } : {}),
    });
  }
  return out;
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
