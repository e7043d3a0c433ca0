/**
 * One place that shapes a page's <head>: title, description, canonical URL,
 * OpenGraph and Twitter card. Pages pass what they know; relative paths become
 * absolute through the root layout's metadataBase.
 */
import type { Metadata } from "next";
import { feedAlternates } from "@/components/feeds/feed-alternates";
import { feedTitle } from "@/lib/core/feeds/feed-links";

export interface PageMeta {
  title: string;
  description: string;
  path: string;
  type?: "website" | "article" | "profile";
  publishedAt?: Date | null;
  modifiedAt?: Date | null;
  authors?: string[];
  /** rel=canonical when the piece was first published elsewhere. */
  canonical?: string | null;
  /** The page's own feeds (with the site's after them); default: the site's feeds. */
  feed?: { path: string; title: string };
}

export function pageMetadata(p: PageMeta): Metadata {
  const description = p.description.length > 300 ? `${p.description.slice(0, 297)}…` : p.description;
  return {
    title: p.title,
    description,
    // A page's alternates replace its layout's, so every page names its feeds.
    alternates: { canonical: p.canonical ?? p.path, types: p.feed ? feedAlternates(p.feed.path, p.feed.title) : feedAlternates("", feedTitle({ kind: "site" })) },
    openGraph: {
      title: p.title,
      description,
      url: p.path,
      siteName: "Hallway",
      type: p.type ?? "website",
      ...(p.type === "article"
        ? {
            ...(p.publishedAt ? { publishedTime: p.publishedAt.toISOString() } : {}),
            ...(p.modifiedAt ? { modifiedTime: p.modifiedAt.toISOString() } : {}),
            ...(p.authors?.length ? { authors: p.authors } : {}),
          }
        : {}),
    },
    twitter: { card: "summary", title: p.title, description },
  };
}
