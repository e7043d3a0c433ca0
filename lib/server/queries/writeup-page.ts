/**
 * A published writeup's public page. What the page does next depends on what
 * is found:
 *   - "published": the writeup, and whether the viewer (if any) may edit it;
 *   - "moved": an old slug of a published writeup (a permanent redirect, so old links keep working);
 *   - "missing": nothing public at this address.
 */
import { cache } from "react";
import type { Db } from "@/lib/server/db";
import { getPublishedWriteup } from "@/lib/server/repositories/writeups";
import { findSlugRedirect, findWriteupBySlug } from "@/lib/server/repositories/writeup-addresses";

// Cached per request: the metadata (no viewer) and the page (with one) load the writeup once.
const loadPublished = cache((db: Db, slug: string) => getPublishedWriteup(db, slug));

export const getWriteupPage = cache(async (db: Db, slug: string, viewerId?: string) => {
  const writeup = await loadPublished(db, slug);
  if (!writeup) {
    const moved = await findSlugRedirect(db, slug);
    return moved ? { kind: "moved" as const, slug: moved.slug } : { kind: "missing" as const };
  }
  // The author sees a way into the editor; the lookup runs only for a signed-in reader.
  const canEdit = !!viewerId && (await findWriteupBySlug(db, writeup.slug))?.authorId === viewerId;
  return { kind: "published" as const, writeup, canEdit };
});

export type PublishedWriteup = Extract<Awaited<ReturnType<typeof getWriteupPage>>, { kind: "published" }>["writeup"];
