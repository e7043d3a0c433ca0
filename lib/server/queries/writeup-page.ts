/**
 * A published writeup's public page. What the page does next depends on what
 * is found:
 *   - "published": the writeup;
 *   - "moved": an old slug of a published writeup (a permanent redirect, so old links keep working);
 *   - "missing": nothing public at this address.
 * The page is the same for every reader (the author's Edit link is a client
 * island), so Next caches it under the tags below.
 */
import { cache } from "react";
import { PageTag } from "@/lib/core/cache/page-tags";
import type { Db } from "@/lib/server/db";
import { tagPage } from "@/lib/server/cache/page-tags";
import { getPublishedWriteup } from "@/lib/server/repositories/writeups";
import { findSlugRedirect } from "@/lib/server/repositories/writeup-addresses";

// Cached per request: the metadata and the page load the writeup once.
export const getWriteupPage = cache(async (db: Db, slug: string) => {
  const writeup = await getPublishedWriteup(db, slug);
  if (!writeup) {
    const moved = await findSlugRedirect(db, slug);
    return moved ? { kind: "moved" as const, slug: moved.slug } : { kind: "missing" as const };
  }
  // Its text, its author's name, and its conferences' names (the catalog).
  await tagPage([PageTag.writeup(writeup.id), PageTag.author(writeup.authorId), PageTag.catalog]);
  return { kind: "published" as const, writeup };
});

export type PublishedWriteup = Extract<Awaited<ReturnType<typeof getWriteupPage>>, { kind: "published" }>["writeup"];
