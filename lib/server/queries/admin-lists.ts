/**
 * The admin area's lists: writeups to moderate, people and their roles, and
 * speakers for the merge form, each with the search box's text and a page
 * number. The page has checked the role (requireRole); mutations check it
 * again in the services.
 */
import { hasRole } from "@/lib/core/auth/roles";
import { duplicateFinder } from "@/lib/core/speakers/likely-duplicates";
import type { CurrentUser } from "@/lib/server/auth/current-user";
import type { Db } from "@/lib/server/db";
import { listModerationWriteups, type ModerationRow } from "@/lib/server/repositories/moderation";
import { findSpeakerCandidates, pageSpeakerCandidates, type SpeakerCandidate } from "@/lib/server/repositories/speaker-candidates";
import { listPeople, type PersonRow } from "@/lib/server/repositories/users";

export type { ModerationRow, PersonRow, SpeakerCandidate };

export const ADMIN_PAGE_SIZE = 30;

export interface AdminListQuery {
  q: string;
  page: number;
}

/** Published writeups, newest first; drafts and the trash stay private to their authors. */
export async function getModerationList(db: Db, { q, page }: AdminListQuery) {
  return listModerationWriteups(db, page, ADMIN_PAGE_SIZE, q);
}

/** Everyone, oldest first. Only an admin may change roles, and only an admin's search matches email addresses. */
export async function getPeopleList(db: Db, viewer: Pick<CurrentUser, "role">, { q, page }: AdminListQuery) {
  const canChange = hasRole(viewer.role, "admin");
  return { ...(await listPeople(db, page, ADMIN_PAGE_SIZE, q, { byEmail: canChange })), canChange };
}

/** One pass over all speakers in pages of ids, until `limit` likely pairs are found. */
export async function likelyDuplicateSpeakers(db: Db, limit = 25): Promise<[SpeakerCandidate, SpeakerCandidate][]> {
  const finder = duplicateFinder<SpeakerCandidate>(limit);
  let cursor: string | undefined;
  do {
    const { rows, next } = await pageSpeakerCandidates(db, 5000, cursor);
    if (!finder.add(rows)) break;
    cursor = next;
  } while (cursor);
  return finder.pairs;
}

export async function getSpeakerMergeList(db: Db, { q }: Pick<AdminListQuery, "q">) {
  const [found, pairs] = await Promise.all([findSpeakerCandidates(db, q), likelyDuplicateSpeakers(db)]);
  return { found, pairs };
}
