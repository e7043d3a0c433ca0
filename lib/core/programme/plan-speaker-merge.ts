/**
 * Merging a duplicate speaker record into the one to keep: what moves and
 * what the kept record becomes. Pure; services/merge-speakers.ts loads the
 * two records and their talks, and writes the plan.
 *
 * - A speaker can't be merged into itself.
 * - The duplicate's talks move to the kept record, except those both are on,
 *   where the duplicate's credit is dropped (no double credit on a panel).
 * - Empty fields of the kept record (affiliation, role, bio, links) are filled
 *   from the duplicate; nothing the kept record has is overwritten.
 * - Every talk the duplicate was on shows another name afterwards, so writeups
 *   linking those talks, and those linking either speaker, are re-rendered.
 */
import { DomainError } from "../errors";

export interface MergeableSpeaker {
  id: string;
  slug: string;
  affiliation: string | null;
  role: string | null;
  bio: string | null;
  /** JSON array of links; "[]" when there are none. */
  links: string;
}

export interface SpeakerMergePlan {
  /** Talks both are on: the duplicate's credit is deleted. */
  droppedTalkIds: string[];
  /** Talks only the duplicate is on: the credit moves to the kept record. */
  movedTalkIds: string[];
  /** The kept record's fields to fill; empty when it lacks nothing the duplicate has. */
  fill: Partial<Pick<MergeableSpeaker, "affiliation" | "role" | "bio" | "links">>;
  /** Whose linking writeups to re-render. */
  rerender: { talkIds: string[]; speakerIds: string[] };
}

/** Refuses a self-merge before anything is loaded. */
export function checkMergeSlugs(keepSlug: string, duplicateSlug: string): void {
  if (keepSlug === duplicateSlug) throw new DomainError("invalid", "a speaker cannot be merged into itself", { field: "duplicate" });
}

export function planSpeakerMerge(
  keep: MergeableSpeaker,
  duplicate: MergeableSpeaker,
  keepTalkIds: readonly string[],
  duplicateTalkIds: readonly string[],
): SpeakerMergePlan {
  checkMergeSlugs(keep.slug, duplicate.slug);
  if (keep.id === duplicate.id) throw new DomainError("invalid", "a speaker cannot be merged into itself", { field: "duplicate" });
  const shared = new Set(keepTalkIds);
  const fill: SpeakerMergePlan["fill"] = {};
  for (const field of ["affiliation", "role", "bio"] as const) {
    if (keep[field] === null && duplicate[field] !== null) fill[field] = duplicate[field];
  }
  if (keep.links === "[]" && duplicate.links !== "[]") fill.links = duplicate.links;
  return {
    droppedTalkIds: duplicateTalkIds.filter((id) => shared.has(id)),
    movedTalkIds: duplicateTalkIds.filter((id) => !shared.has(id)),
    fill,
    rerender: { talkIds: [...new Set(duplicateTalkIds)], speakerIds: [keep.id] },
  };
}
