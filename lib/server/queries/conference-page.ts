/** A conference's public pages: the programme with its coverage, and all its writeups a page at a time. */
import { cache } from "react";
import type { Db } from "@/lib/server/db";
import { getConferenceProgramme, listConferenceWriteups, type ProgrammeTalkRow } from "@/lib/server/repositories/conferences";

export type { ProgrammeTalkRow };

// Both cached per request, so each page and its metadata share one load.
export const getConferencePage = cache((db: Db, slug: string) => getConferenceProgramme(db, slug));

export const getConferenceWriteupsPage = cache((db: Db, slug: string, page: number) => listConferenceWriteups(db, slug, page));

export type ConferencePage = NonNullable<Awaited<ReturnType<typeof getConferencePage>>>;
export type ConferenceWriteupsPage = NonNullable<Awaited<ReturnType<typeof getConferenceWriteupsPage>>>;
