/** A conference's public pages: the programme with its coverage, and all its writeups a page at a time. */
import { cache } from "react";
import { PageTag } from "@/lib/core/cache/page-tags";
import type { Db } from "@/lib/server/db";
import { tagPage } from "@/lib/server/cache/page-tags";
import { getConferenceProgramme, listConferenceWriteups, type ProgrammeTalkRow } from "@/lib/server/repositories/conferences";

export type { ProgrammeTalkRow };

// Both cached per request, so each page and its metadata share one load.
// Tagged with the conference (writeups of it mark it) and the catalog (its programme).
export const getConferencePage = cache(async (db: Db, slug: string) => {
  const data = await getConferenceProgramme(db, slug);
  if (data) await tagPage([PageTag.conference(data.conference.id), PageTag.catalog]);
  return data;
});

export const getConferenceWriteupsPage = cache(async (db: Db, slug: string, page: number) => {
  const data = await listConferenceWriteups(db, slug, page);
  if (data) await tagPage([PageTag.conference(data.conference.id), PageTag.catalog]);
  return data;
});

export type ConferencePage = NonNullable<Awaited<ReturnType<typeof getConferencePage>>>;
export type ConferenceWriteupsPage = NonNullable<Awaited<ReturnType<typeof getConferenceWriteupsPage>>>;
