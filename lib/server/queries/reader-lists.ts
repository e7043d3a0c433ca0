/** The reader site's plain lists, a page at a time: the latest writeups (home), conferences and speakers. */
import type { Db } from "@/lib/server/db";
import { listConferences } from "@/lib/server/repositories/conferences";
import { listSpeakers } from "@/lib/server/repositories/speakers";
import { listPublishedWriteups } from "@/lib/server/repositories/writeups";

export function getLatestWriteups(db: Db, page: number) {
  return listPublishedWriteups(db, page);
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
