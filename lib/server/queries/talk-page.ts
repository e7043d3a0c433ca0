/** A talk's public page: its facts and the writeups that cover it, a page at a time. */
import { cache } from "react";
import type { Db } from "@/lib/server/db";
import type { CoverageItem } from "@/lib/server/repositories/coverage";
import { getTalkPage as loadTalkPage } from "@/lib/server/repositories/talks";

export type { CoverageItem };

// Cached per request, so the page and its metadata share one load.
export const getTalkPage = cache((db: Db, conference: string, talk: string, page: number) => loadTalkPage(db, conference, talk, page));

export type TalkPage = NonNullable<Awaited<ReturnType<typeof getTalkPage>>>;
