/** A talk's public page: its facts and the writeups that cover it, a page at a time. */
import { cache } from "react";
import { PageTag } from "@/lib/core/cache/page-tags";
import type { Db } from "@/lib/server/db";
import { tagPage } from "@/lib/server/cache/page-tags";
import type { CoverageItem } from "@/lib/server/repositories/coverage";
import { getTalkPage as loadTalkPage } from "@/lib/server/repositories/talks";

export type { CoverageItem };

// Cached per request, so the page and its metadata share one load.
export const getTalkPage = cache(async (db: Db, conference: string, talk: string, page: number) => {
  const data = await loadTalkPage(db, conference, talk, page);
  // Its coverage (marked by writeups that link it) and the programme it belongs to.
  if (data) await tagPage([PageTag.talk(data.talk.id), PageTag.catalog]);
  return data;
});

export type TalkPage = NonNullable<Awaited<ReturnType<typeof getTalkPage>>>;
