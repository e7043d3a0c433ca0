/**
 * Where a page's feeds live and what they are called, shared by the route
 * handlers, the builders (self links), the pages' <link rel="alternate"> and
 * the visible subscribe links, so all four always agree.
 */
import type { FeedFormat } from "./types";

export const SITE_NAME = "Hallway";

export const FEED_FILES: Record<FeedFormat, string> = { rss: "feed.xml", atom: "atom.xml", json: "feed.json" };

export const FEED_CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml",
  atom: "application/atom+xml",
  json: "application/feed+json",
};

export const FEED_LABELS: Record<FeedFormat, string> = { rss: "RSS", atom: "Atom", json: "JSON Feed" };

export const FEED_FORMATS: readonly FeedFormat[] = ["rss", "atom", "json"];

/** The path of a page's feed: "/speakers/x" → "/speakers/x/feed.xml"; "" or "/" → "/feed.xml". */
export function feedPath(pagePath: string, format: FeedFormat): string {
  return `${pagePath.replace(/\/+$/, "")}/${FEED_FILES[format]}`;
}

/** What a feed follows; its title and description are made from this. */
export type FeedScope =
  | { kind: "site" }
  | { kind: "conference"; name: string }
  | { kind: "talk"; title: string; conference: string }
  | { kind: "speaker"; name: string }
  | { kind: "author"; name: string };

/** "Hallway — Writeups of “Docker 500: Going Fast while Protecting Data”". */
export function feedTitle(scope: FeedScope): string {
  switch (scope.kind) {
    case "site":
      return `${SITE_NAME} — Latest writeups`;
    case "conference":
      return `${SITE_NAME} — Writeups of “${scope.name}”`;
    case "talk":
      return `${SITE_NAME} — Writeups of “${scope.title}”`;
    case "speaker":
      return `${SITE_NAME} — Writeups about ${scope.name}`;
    case "author":
      return `${SITE_NAME} — Writeups by ${scope.name}`;
  }
}

export function feedDescription(scope: FeedScope): string {
  switch (scope.kind) {
    case "site":
      return "Conference trip reports on Hallway, linked to every talk and speaker they mention.";
    case "conference":
      return `Writeups on Hallway covering ${scope.name} and its talks.`;
    case "talk":
      return `Writeups on Hallway covering “${scope.title}” at ${scope.conference}.`;
    case "speaker":
      return `Writeups on Hallway covering the talks of ${scope.name}, or naming them.`;
    case "author":
      return `Conference writeups by ${scope.name} on Hallway.`;
  }
}
