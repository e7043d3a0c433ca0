/**
 * The one handler behind every feed route: load the scope's items, build the
 * requested format, answer with conditional-GET headers. Route files only say
 * which scope and which format.
 */
import { FEED_BUILDERS } from "@/lib/core/feeds/build-feeds";
import { FEED_CONTENT_TYPES, feedDescription, feedPath, feedTitle } from "@/lib/core/feeds/feed-links";
import type { FeedChannel, FeedFormat } from "@/lib/core/feeds/types";
import { getDb, type Db } from "@/lib/server/db";
import { authorFeed, conferenceFeed, siteFeed, speakerFeed, talkFeed, type FeedData } from "@/lib/server/repositories/feeds";
import { findSpeakerRedirect } from "@/lib/server/repositories/speakers";
import { speakerPath } from "@/lib/paths";
import { siteUrl } from "@/lib/site";
import { PageTag } from "@/lib/core/cache/page-tags";
import { cachedUnderTags } from "@/lib/server/cache/page-tags";
import { conditionalResponse } from "./cache-policy";

/** Which feed a request is for, from the route's params. */
export type FeedRequest =
  | { kind: "site" }
  | { kind: "conference"; conference: string }
  | { kind: "talk"; conference: string; talk: string }
  | { kind: "speaker"; speaker: string }
  | { kind: "author"; username: string };

function load(db: Db, scope: FeedRequest): Promise<FeedData | null> {
  switch (scope.kind) {
    case "site":
      return siteFeed(db);
    case "conference":
      return conferenceFeed(db, scope.conference);
    case "talk":
      return talkFeed(db, scope.conference, scope.talk);
    case "speaker":
      return speakerFeed(db, scope.speaker);
    case "author":
      return authorFeed(db, scope.username);
  }
}

const notFound = () => new Response("No such feed.\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });

type FeedDocument = { kind: "feed"; body: string; lastModified: string } | { kind: "moved"; location: string } | { kind: "missing" };

/** The feed's document, built from the database. */
async function buildFeed(format: FeedFormat, scope: FeedRequest): Promise<FeedDocument> {
  const db = getDb();
  const feed = await load(db, scope);
  if (!feed) {
    // A merged speaker's page moved for good; so did its feeds, and readers follow a 308.
    const moved = scope.kind === "speaker" ? await findSpeakerRedirect(db, scope.speaker) : null;
    return moved ? { kind: "moved", location: feedPath(speakerPath(moved), format) } : { kind: "missing" };
  }
  const channel: FeedChannel = {
    origin: siteUrl(),
    title: feedTitle(feed.scope),
    description: feedDescription(feed.scope),
    pagePath: feed.pagePath,
    updated: feed.lastModified,
    author: feed.owner,
  };
  return { kind: "feed", body: FEED_BUILDERS[format](feed.items, channel), lastModified: feed.lastModified.toISOString() };
}

/**
 * A feed, from the page cache while no writeup or programme change has
 * happened since it was built (feeds list writeups of a scope and name its
 * talks: the broad tags cover every scope), answered with conditional-GET headers.
 */
export async function feedResponse(request: Request, format: FeedFormat, scope: FeedRequest): Promise<Response> {
  const doc = await cachedUnderTags(["feed", format, JSON.stringify(scope)], [PageTag.writeups, PageTag.catalog], () => buildFeed(format, scope));
  if (doc.kind === "missing") return notFound();
  if (doc.kind === "moved") return new Response(null, { status: 308, headers: { Location: doc.location } });
  return conditionalResponse(request, { body: doc.body, contentType: FEED_CONTENT_TYPES[format], lastModified: new Date(doc.lastModified) });
}
