/**
 * A speaker's public page: their sessions with the newest writeups of each,
 * and the writeups that name them otherwise. A merged speaker's old slug is
 * "moved" to the record it was merged into.
 */
import { cache } from "react";
import { PageTag, pageTags } from "@/lib/core/cache/page-tags";
import type { Db } from "@/lib/server/db";
import { tagPage } from "@/lib/server/cache/page-tags";
import { findSpeakerRedirect, getSpeakerPage as loadSpeakerPage } from "@/lib/server/repositories/speakers";

// Cached per request, so the page and its metadata share one load.
export const getSpeakerPage = cache(async (db: Db, slug: string, page: number) => {
  const data = await loadSpeakerPage(db, slug, page);
  if (data) {
    // The speaker, the coverage of the talks shown, and the programme.
    await tagPage(pageTags([PageTag.speaker(data.speaker.id), PageTag.catalog], data.talks.map((t) => PageTag.talk(t.id)), PageTag.writeups));
    return { kind: "speaker" as const, ...data };
  }
  const moved = await findSpeakerRedirect(db, slug);
  return moved ? { kind: "moved" as const, slug: moved } : { kind: "missing" as const };
});

export type SpeakerPage = Extract<Awaited<ReturnType<typeof getSpeakerPage>>, { kind: "speaker" }>;
