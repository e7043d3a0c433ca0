/**
 * Where a talk lives outside Hallway, for resolving a writeup's links to it
 * (match-links.ts):
 * - its schedule page (Talk.url);
 * - the programme's links that are the talk itself: its slides and its
 *   recording, by their label ("Slides", "Video recording", "Folien") or a
 *   media file. A programme's other links (the project's site, a paper, a
 *   related article) are about the talk's subject, not the talk, so a writeup
 *   that links one has not named the talk;
 * - the programme's identifiers for it (its guid or id, frab's numeric id and
 *   slug), which schedule and recording sites put in their URLs.
 *
 * `talkAddresses` reads the stored row, where `links` and `sourceKeys` are JSON.
 */
import type { Link } from "../programme/types";

export interface TalkAddressInput {
  url?: string | null;
  links?: readonly Link[] | null;
  sourceId?: string | null;
  sourceKeys?: readonly string[] | null;
}

export interface StoredTalkAddresses {
  url: string | null;
  /** JSON array of { label, url }. */
  links: string;
  sourceId: string | null;
  /** JSON array of strings. */
  sourceKeys: string;
}

export interface TalkAddresses {
  /** The schedule page, when there is one. */
  url: string | null;
  /** The schedule page first, then the slides and recordings. */
  urls: string[];
  sourceKeys: string[];
}

/** Labels of the links that are the talk itself, in the languages programmes use. */
const TALK_ITSELF_LABEL =
  /\b(slides?|slide ?deck|deck|video|videos|recording|recordings|stream|livestream|vod|talk|presentation|transcript|folien|aufzeichnung|vortrag|vidéo|diapos?|présentation|enregistrement|opname|dia's)\b/i;
const MEDIA_FILE = /\.(mp4|m4v|webm|mkv|ogv|mov|mp3|m4a|ogg|opus)(?:[?#]|$)/i;

export function isTalkItselfLink(link: Link): boolean {
  return TALK_ITSELF_LABEL.test(link.label) || MEDIA_FILE.test(link.url);
}

export function talkAddressesOf(talk: TalkAddressInput): TalkAddresses {
  const urls: string[] = talk.url ? [talk.url] : [];
  for (const link of talk.links ?? []) {
    if (link.url && isTalkItselfLink(link) && !urls.includes(link.url)) urls.push(link.url);
  }
  const sourceKeys: string[] = talk.sourceId ? [talk.sourceId] : [];
  for (const key of talk.sourceKeys ?? []) if (key && !sourceKeys.includes(key)) sourceKeys.push(key);
  return { url: talk.url || null, urls, sourceKeys };
}

export function talkAddresses(row: StoredTalkAddresses): TalkAddresses {
  const links = jsonArray(row.links).flatMap((l): Link[] => {
    if (!l || typeof l !== "object") return [];
    const { label, url } = l as { label?: unknown; url?: unknown };
    return typeof url === "string" ? [{ label: typeof label === "string" ? label : "", url }] : [];
  });
  const sourceKeys = jsonArray(row.sourceKeys).filter((k): k is string => typeof k === "string");
  return talkAddressesOf({ url: row.url, links, sourceId: row.sourceId, sourceKeys });
}

function jsonArray(text: string): unknown[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value : [];
  } catch {
    return [];
  }
}
