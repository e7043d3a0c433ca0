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

export async function feedResponse(request: Request, format: FeedFormat, scope: FeedRequest): Promise<Response> {
  const db = getDb();
  const feed = await load(db, scope);
  if (!feed) {
    // A merged speaker's page moved for good; so did its feeds, and readers follow a 308.
    const moved = scope.kind === "speaker" ? await findSpeakerRedirect(db, scope.speaker) : null;
    return moved ? new Response(null, { status: 308, headers: { Location: feedPath(speakerPath(moved), format) } }) : notFound();
  }
  const channel: FeedChannel = {
    origin: siteUrl(),
    title: feedTitle(feed.scope),
    description: feedDescription(feed.scope),
    pagePath: feed.pagePath,
    updated: feed.lastModified,
    author: feed.owner,
  };
  const body = FEED_BUILDERS[format](feed.items, channel);
  return conditionalResponse(request, { body, contentType: FEED_CONTENT_TYPES[format], lastModified: feed.lastModified });
}
