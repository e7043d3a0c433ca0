/** The reader site's plain lists, a page at a time: the latest writeups (home), conferences and speakers. */
import { PageTag } from "@/lib/core/cache/page-tags";
import type { Db } from "@/lib/server/db";
import { tagPage } from "@/lib/server/cache/page-tags";
import { listConferences } from "@/lib/server/repositories/conferences";
import { listSpeakers } from "@/lib/server/repositories/speakers";
import { listPublishedWriteups } from "@/lib/server/repositories/writeups";

export async function getLatestWriteups(db: Db, page: number) {
  const data = await listPublishedWriteups(db, page);
  // Any published writeup may enter or leave the list; the conference names come from the catalog.
  await tagPage([PageTag.writeups, PageTag.catalog]);
  return data;
}

export function getConferenceList(db: Db, page: number) {
  return listConferences(db, page);
}

export function getSpeakerList(db: Db, page: number) {
  return listSpeakers(db, page);
}

export type LatestWriteups = Awaited<ReturnType<typeof getLatestWriteups>>;
export type ConferenceList = Awaited<ReturnType<typeof getConferenceList>>;
export type SpeakerList = Awaited<ReturnType<typeof getSpeakerList>>;
