/**
 * The talks' addresses outside Hallway, indexed for resolving a writeup's
 * links (match-links.ts):
 * - `byUrl`: each talk's own URLs (its schedule page, slides, recording;
 *   talk-addresses.ts), normalized. A URL that several talks share (one
 *   playlist for the whole conference, one slide archive) names none of them
 *   and is left out.
 * - `byKey`: the identifiers a schedule or recording URL carries in its path:
 *   the programme's ids for the talk (guid, numeric id, frab slug) and the
 *   last path segment of its schedule page (CatalogTalk.url). Lower case.
 * - `domains`: the registrable domains of the talks' schedule pages, so a
 *   link to video.fosdem.org counts as the schedule's site when fosdem.org is.
 */
import type { CatalogTalk } from "./types";

export interface NormalizedUrl {
  host: string;
  /** Decoded, lower-case path without a trailing slash. */
  path: string;
  /** host + path: the address without its query. */
  key: string;
  /** host + path + the query parameters that identify something (tracking and playback ones dropped), sorted. */
  fullKey: string;
  /** The registrable domain ("video.fosdem.org" → "fosdem.org"). */
  domain: string;
}

export interface LinkIndex {
  byUrl: Map<string, number>;
  byKey: Map<string, number[]>;
  domains: Set<string>;
}

/** A path that looks like a schedule's or recording site's page for one session. */
export const SCHEDULE_PATH = /\/(events?|talks?|sessions?|schedule|program|programme|agenda|speakers?|lectures?|contributions?|presentations?|keynotes?|workshops?|fahrplan|v|videos?|recordings?)\//;
const RELATIVE_BASE = "http://relative.invalid";
/** Query parameters that track or position playback rather than name a page. */
const NOISE_PARAM = /^(utm_.*|fbclid|gclid|dclid|msclkid|mc_[a-z]+|ref|ref_src|ref_url|source|src|feature|si|t|start|time_continue|list|index|pp|ab_channel|lang|locale|hl)$/i;
/** Video sites' other spellings of one video's address, as /watch?v=<id>. */
const VIDEO_PATH = /^\/(?:embed|live|shorts|v)\/([^/]+)$/;
const SHORT_VIDEO_HOSTS = new Map([["youtu.be", "youtube.com"]]);

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
  let host = parsed.hostname.toLowerCase().replace(/^(?:www|m)\./, "");
  const params = new URLSearchParams(parsed.search);
  const short = SHORT_VIDEO_HOSTS.get(host);
  if (short) {
    params.set("v", path.replace(/^\/+|\/+$/g, ""));
    host = short;
    path = "/watch";
  } else if (SHORT_VIDEO_HOSTS_TARGETS.has(host)) {
    const video = VIDEO_PATH.exec(path);
    if (video) {
      params.set("v", video[1]!);
      path = "/watch";
    }
  }
  path = path.toLowerCase().replace(/\/+$/, "");
  const kept = [...params].filter(([name, value]) => value && !NOISE_PARAM.test(name)).map(([name, value]) => `${name.toLowerCase()}=${value.toLowerCase()}`);
  kept.sort();
  const key = `${host}${path}`;
  return { host, path, key, fullKey: kept.length ? `${key}?${kept.join("&")}` : key, domain: registrableDomain(host) };
}

const SHORT_VIDEO_HOSTS_TARGETS = new Set(SHORT_VIDEO_HOSTS.values());

/** The last two labels, or three under a two-letter country code with a short second level ("example.co.uk"). */
export function registrableDomain(host: string): string {
  const labels = host.split(".");
  if (labels.length <= 2) return host;
  const tld = labels[labels.length - 1]!;
  const second = labels[labels.length - 2]!;
  const take = tld.length === 2 && second.length <= 3 ? 3 : 2;
  return labels.slice(-take).join(".");
}

/** The last path segment without a file extension ("6264.html" → "6264", "talk.mp4" → "talk"). */
export function urlLastSegment(path: string): string {
  const parts = path.split("/").filter(Boolean);
  return (parts[parts.length - 1] ?? "").replace(/\.[a-z0-9]{2,5}$/, "");
}

const GENERIC_SEGMENT = new Set(
  "watch view video videos slides slide deck index download file files embed player presentation presentations talk talks recording media stream play event events schedule program programme".split(" "),
);

export class LinkIndexBuilder {
  private readonly byUrl = new Map<string, number>();
  private readonly shared = new Set<string>();
  private readonly byKey = new Map<string, number[]>();
  private readonly domains = new Set<string>();

  add(t: number, talk: CatalogTalk): void {
    for (const url of talk.urls ?? []) {
      const normalized = normalizeUrl(url);
      if (normalized) this.addUrl(normalized.fullKey, t);
    }
    const page = talk.url ? normalizeUrl(talk.url) : null;
    if (page) {
      this.addUrl(page.fullKey, t);
      // The schedule's own site vouches for the identifiers in its URLs (a talk's slides on a
      // code-hosting site do not make that site a schedule), and the page's last segment names
      // the talk ("…/event/rootless_containers/"), unless the query does or it is a file name.
      this.domains.add(page.domain);
      const last = urlLastSegment(page.path);
      if (page.fullKey === page.key && last.length >= 3 && !GENERIC_SEGMENT.has(last)) this.addKey(last, t);
    }
    for (const key of talk.sourceKeys ?? []) this.addKey(key, t);
  }

  finish(): LinkIndex {
    return { byUrl: this.byUrl, byKey: this.byKey, domains: this.domains };
  }

  private addUrl(key: string, t: number): void {
    if (this.shared.has(key)) return;
    const other = this.byUrl.get(key);
    if (other === undefined) this.byUrl.set(key, t);
    else if (other !== t) {
      this.byUrl.delete(key);
      this.shared.add(key);
    }
  }

  private addKey(key: string, t: number): void {
    const k = key.toLowerCase();
    const list = this.byKey.get(k);
    if (!list) this.byKey.set(k, [t]);
    else if (!list.includes(t)) list.push(t);
  }
}
