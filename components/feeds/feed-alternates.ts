/**
 * Feed autodiscovery for a page's metadata:
 *
 *   alternates: { canonical: talkPath(c, t), types: feedAlternates(talkPath(c, t), feedTitle({ kind: "talk", … })) }
 *
 * becomes <link rel="alternate" type="application/rss+xml" title="…" href="…/feed.xml"> and
 * the same for Atom and JSON Feed. A page with feeds of its own lists them
 * first and the site-wide feeds after; pass "" for the site-wide ones alone.
 * (A page's `alternates` replaces its layout's, so each page names all of its feeds.)
 */
import type { Metadata } from "next";
import { FEED_CONTENT_TYPES, FEED_FORMATS, FEED_LABELS, feedPath, feedTitle } from "@/lib/core/feeds/feed-links";

export type FeedAlternateTypes = NonNullable<NonNullable<Metadata["alternates"]>["types"]>;

export function feedAlternates(pagePath: string, title: string): FeedAlternateTypes {
  const own = pagePath.replace(/\/+$/, "");
  const siteTitle = feedTitle({ kind: "site" });
  return Object.fromEntries(
    FEED_FORMATS.map((format) => [
      FEED_CONTENT_TYPES[format],
      [
        ...(own ? [{ url: feedPath(own, format), title: `${title} (${FEED_LABELS[format]})` }] : []),
        { url: feedPath("", format), title: `${own ? siteTitle : title} (${FEED_LABELS[format]})` },
      ],
    ]),
  );
}
