/** Feed items and channels for the feed unit tests. */
import type { FeedChannel, FeedItem } from "@/lib/core/feeds/types";

export const ORIGIN = "https://hallway.example";

export function feedItem(overrides: Partial<FeedItem> = {}): FeedItem {
  return {
    id: "clwriteup0001",
    path: "/writeups/my-journey-to-dockercon",
    title: "My Journey to DockerCon",
    html:
      '<p>I saw <a href="/conferences/dockercon-eu-2017/talks/docker-500" title="Docker 500" class="mention mention-talk">Docker 500</a> ' +
      'by <a href="/speakers/diogo-monica" class="mention mention-speaker">Diogo Mónica</a>.<sup><a href="#user-content-fn-1">1</a></sup></p>' +
      '<p><img src="/images/stage.png" alt="The stage" width="640" height="360"> <a href="https://docker.com/" rel="nofollow ugc noopener">Docker</a></p>',
    summary: "Two days of containers in Copenhagen.",
    author: { name: "Demo Attendee", path: "/authors/demo" },
    createdAt: new Date("2017-10-18T08:00:00Z"),
    publishedAt: new Date("2017-10-19T09:30:00Z"),
    updatedAt: new Date("2017-10-20T12:00:00Z"),
    talks: [{ title: "Docker 500: Going Fast while Protecting Data", path: "/conferences/dockercon-eu-2017/talks/docker-500", conference: "DockerCon Europe 2017" }],
    speakers: [
      { name: "Diogo Mónica", path: "/speakers/diogo-monica" },
      { name: "Solomon Hykes", path: "/speakers/solomon-hykes" },
    ],
    ...overrides,
  };
}

export function channel(overrides: Partial<FeedChannel> = {}): FeedChannel {
  return {
    origin: ORIGIN,
    title: "Hallway — Writeups of “Docker 500: Going Fast while Protecting Data”",
    description: "Writeups on Hallway covering “Docker 500”.",
    pagePath: "/conferences/dockercon-eu-2017/talks/docker-500",
    updated: new Date("2017-10-20T12:00:00Z"),
    ...overrides,
  };
}
