/**
 * What a feed is made of, independent of its format and of where the data
 * came from. lib/server/repositories/feeds.ts fills these from the database;
 * the builders in build-feeds.ts turn them into RSS, Atom or JSON Feed text.
 *
 * Paths are site-relative ("/writeups/x"); the builders make every URL
 * absolute against FeedChannel.origin, because a feed is read away from the site.
 */

export interface FeedPerson {
  name: string;
  /** The person's page on Hallway, or null when there is none (no username). */
  path: string | null;
}

export interface FeedTalk {
  title: string;
  path: string;
  conference: string;
}

export interface FeedSpeaker {
  name: string;
  path: string;
}

/** One published writeup. */
export interface FeedItem {
  /** The writeup's database id: never changes, so the guid is built from it. */
  id: string;
  path: string;
  title: string;
  /** The stored, already sanitized Writeup.bodyHtml (render on write); may hold relative URLs. */
  html: string;
  /** Plain text: the writeup's summary or its lead excerpt. */
  summary: string | null;
  author: FeedPerson;
  createdAt: Date;
  publishedAt: Date;
  updatedAt: Date;
  /** Talks the writeup covers, in the order it first mentions them. */
  talks: FeedTalk[];
  /** Speakers of those talks and speakers it names directly. */
  speakers: FeedSpeaker[];
}

/** The feed itself: one per page that has feeds, the same for all three formats. */
export interface FeedChannel {
  /** The public origin, e.g. "https://hallway.example" (no trailing slash). */
  origin: string;
  title: string;
  description: string;
  /** The page the feed follows ("" for the whole site); the feeds live under it. */
  pagePath: string;
  /** When the feed last changed; also its Last-Modified. */
  updated: Date;
  language?: string;
  /** Whose feed it is, when it is one person's (an author feed). */
  author?: FeedPerson;
}

export type FeedFormat = "rss" | "atom" | "json";
