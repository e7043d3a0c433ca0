/**
 * buildRss, buildAtom and buildJsonFeed(items, channel) → the feed's text.
 *
 * Pure, like Ghost's generate-feed.js: data in, a string out, no I/O, and the
 * same input always gives the same bytes (no "now"), so a hash of the output
 * is a correct ETag. The `feed` package writes the formats; this module decides
 * what goes into them and papers over the package's gaps:
 *
 *   - Every URL is absolute: links, self links, category URLs and, through
 *     absolutizeHtml, every href/src inside the content.
 *   - guid = a tag: URI from the writeup id (writeup-guid.ts explains why).
 *   - Dates: published = publishedAt; updated = the later of updatedAt and
 *     publishedAt (RSS has no "updated" of its own; we add atom:updated).
 *   - The author: Atom <author>, JSON Feed authors, and RSS dc:creator (RSS's own
 *     <author> must be an email address, which we never publish).
 *   - Categories: one per covered talk and speaker; the term is the title or
 *     name (what readers show), the talk/speaker URL is the Atom scheme and the
 *     RSS domain; JSON Feed tags can only carry the term.
 *   - XML safety: characters XML 1.0 forbids are dropped, and "<" in Atom
 *     attributes is escaped (the package escapes only "&" and '"' there).
 *   - JSON Feed 1.1: the package writes 1.0, so we upgrade its output.
 */
import { Feed } from "feed";
import { absolutizeHtml } from "./absolutize-html";
import { FEED_FORMATS, feedPath } from "./feed-links";
import type { FeedChannel, FeedItem, FeedFormat, FeedPerson } from "./types";
import { writeupGuid } from "./writeup-guid";

const GENERATOR = "Hallway";

// Stands in for "<" inside Atom attribute values until the XML is written (see atomAttr).
const LT_PLACEHOLDER = "\uE000";

/** Drops what XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/F) and our placeholder. */
export function xmlText(text: string): string {
  return text.replace(/[^\t\n\r\u0020-\uD7FF\uE001-\uFFFD\u{10000}-\u{10FFFF}]/gu, "");
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

const absolute = (origin: string, path: string) => new URL(path || "/", `${origin}/`).href;

interface Category {
  term: string;
  url: string;
}

interface PreparedItem {
  guid: string;
  url: string;
  title: string;
  contentHtml: string;
  summary: string | null;
  author: { name: string; url: string | undefined };
  published: Date;
  updated: Date;
  categories: Category[];
}

function person(origin: string, p: FeedPerson) {
  return { name: xmlText(p.name), url: p.path === null ? undefined : absolute(origin, p.path) };
}

function prepare(item: FeedItem, origin: string): PreparedItem {
  const url = absolute(origin, item.path);
  const title = xmlText(item.title);
  const summary = item.summary?.trim() ? xmlText(item.summary.trim()) : null;
  const html = item.html.trim() ? xmlText(absolutizeHtml(item.html, url)) : `<p>${escapeHtml(summary ?? title)}</p>`;
  const categories = new Map<string, Category>();
  for (const talk of item.talks) {
    const talkUrl = absolute(origin, talk.path);
    if (!categories.has(talkUrl)) categories.set(talkUrl, { term: xmlText(talk.title), url: talkUrl });
  }
  for (const speaker of item.speakers) {
    const speakerUrl = absolute(origin, speaker.path);
    if (!categories.has(speakerUrl)) categories.set(speakerUrl, { term: xmlText(speaker.name), url: speakerUrl });
  }
  return {
    guid: writeupGuid(origin, item.id, item.createdAt),
    url,
    title,
    contentHtml: html,
    summary,
    author: person(origin, item.author),
    published: item.publishedAt,
    updated: item.updatedAt > item.publishedAt ? item.updatedAt : item.publishedAt,
    categories: [...categories.values()],
  };
}

function newFeed(channel: FeedChannel): Feed {
  const { origin } = channel;
  const owner = person(origin, channel.author ?? { name: GENERATOR, path: "/" });
  const links = Object.fromEntries(FEED_FORMATS.map((f) => [f, absolute(origin, feedPath(channel.pagePath, f))])) as Record<FeedFormat, string>;
  return new Feed({
    // The Atom feed's id is its own URL; RSS and JSON Feed have no feed id.
    id: links.atom,
    title: xmlText(channel.title),
    description: xmlText(channel.description),
    link: absolute(origin, channel.pagePath),
    feedLinks: links,
    language: channel.language ?? "en",
    updated: channel.updated,
    generator: GENERATOR,
    author: { name: owner.name, link: owner.url },
  });
}

export function buildRss(items: readonly FeedItem[], channel: FeedChannel): string {
  const feed = newFeed(channel);
  for (const it of items.map((item) => prepare(item, channel.origin))) {
    feed.addItem({
      title: it.title,
      id: it.guid,
      link: it.url,
      date: it.updated,
      published: it.published,
      description: it.summary === null ? undefined : escapeHtml(it.summary),
      content: it.contentHtml,
      // The package writes domain="…" without escaping "&".
      category: it.categories.map((c) => ({ name: c.term, domain: c.url.replace(/&/g, "&amp;") })),
      extensions: [
        { name: "dc:creator", objects: { _text: it.author.name } },
        { name: "atom:updated", objects: { _text: it.updated.toISOString() } },
      ],
    });
  }
  return feed.rss2();
}

/** An Atom attribute value: the package escapes "&" and '"' but not "<", which XML forbids there. */
const atomAttr = (text: string) => text.replace(/</g, LT_PLACEHOLDER);

export function buildAtom(items: readonly FeedItem[], channel: FeedChannel): string {
  const feed = newFeed(channel);
  for (const it of items.map((item) => prepare(item, channel.origin))) {
    feed.addItem({
      // Atom titles are written as type="html".
      title: escapeHtml(it.title),
      id: it.guid,
      link: it.url,
      date: it.updated,
      published: it.published,
      description: it.summary === null ? undefined : escapeHtml(it.summary),
      content: it.contentHtml,
      author: [{ name: it.author.name, link: it.author.url }],
      category: it.categories.map((c) => ({ term: atomAttr(c.term), name: atomAttr(c.term), scheme: c.url })),
    });
  }
  return feed.atom1().replaceAll(LT_PLACEHOLDER, "&lt;");
}

interface JsonAuthor {
  name?: string;
  url?: string;
}

/** The package's JSON Feed 1.0 output, as far as we touch it. */
interface JsonFeed10 {
  version: string;
  author?: JsonAuthor;
  items: Array<{ author?: JsonAuthor } & Record<string, unknown>>;
  [key: string]: unknown;
}

export function buildJsonFeed(items: readonly FeedItem[], channel: FeedChannel): string {
  const feed = newFeed(channel);
  for (const it of items.map((item) => prepare(item, channel.origin))) {
    feed.addItem({
      title: it.title,
      id: it.guid,
      link: it.url,
      date: it.updated,
      published: it.published,
      // Plain text: JSON Feed's summary is not HTML.
      description: it.summary ?? undefined,
      content: it.contentHtml,
      author: [{ name: it.author.name, link: it.author.url }],
      category: it.categories.map((c) => ({ name: c.term })),
    });
  }
  // JSON Feed 1.1: a new version URL, `authors` arrays (we keep the 1.0 `author`
  // too, as the spec allows, for older readers) and the feed's language.
  const { version: _v10, author, items: feedItems, ...rest } = JSON.parse(feed.json1()) as JsonFeed10;
  const upgraded = {
    version: "https://jsonfeed.org/version/1.1",
    ...rest,
    language: channel.language ?? "en",
    // Feed-level authors only for one person's feed; each item names its own author.
    ...(author && channel.author ? { authors: [author], author } : {}),
    items: feedItems.map((item) => (item.author ? { ...item, authors: [item.author] } : item)),
  };
  return JSON.stringify(upgraded, null, 2);
}

export const FEED_BUILDERS: Record<FeedFormat, (items: readonly FeedItem[], channel: FeedChannel) => string> = {
  rss: buildRss,
  atom: buildAtom,
  json: buildJsonFeed,
};
