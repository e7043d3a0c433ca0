/**
 * Merges a duplicate speaker record into the one to keep, for the cases the
 * import rules miss ("Jon Smith" and "Jonathan Smith"). Everything that pointed
 * at the duplicate points at the kept record afterwards: talks (keeping the
 * programme's order), mentions in writeups, programme ids, and the
 * duplicate's URL, which redirects. Empty fields of the kept record are filled
 * from the duplicate (lib/core/programme/plan-speaker-merge.ts decides). One
 * transaction, which also asks for the linking writeups to be re-rendered.
 */
import { DomainError } from "@/lib/core/errors";
import { checkMergeSlugs, planSpeakerMerge } from "@/lib/core/programme/plan-speaker-merge";
import type { Db } from "@/lib/server/db";
import { requestRerender } from "@/lib/server/jobs/rerender";
import { findMentioningWriteupIds, findMergeableSpeaker, findTalkIdsOfSpeaker, moveSpeaker } from "@/lib/server/repositories/speaker-merge";
import { transaction } from "@/lib/server/repositories/transaction";

export interface MergeSummary {
  kept: { slug: string; name: string };
  merged: { slug: string; name: string };
  talks: number;
  mentions: number;
  /** Writeups whose links moved to the kept record (re-rendered). */
  writeupsRerendered: number;
}

/** Throws DomainError "invalid" for a self-merge and "not-found" for an unknown slug (field: keep or duplicate). */
export async function mergeSpeakers(db: Db, keepSlug: string, duplicateSlug: string): Promise<MergeSummary> {
  checkMergeSlugs(keepSlug, duplicateSlug);
  return transaction(db, async (tx) => {
    const [keep, dup] = await Promise.all([findMergeableSpeaker(tx, keepSlug), findMergeableSpeaker(tx, duplicateSlug)]);
    if (!keep) throw new DomainError("not-found", `no speaker with the slug "${keepSlug}"`, { field: "keep" });
    if (!dup) throw new DomainError("not-found", `no speaker with the slug "${duplicateSlug}"`, { field: "duplicate" });

    const [keepTalks, dupTalks, mentions] = await Promise.all([
      findTalkIdsOfSpeaker(tx, keep.id),
      findTalkIdsOfSpeaker(tx, dup.id),
      findMentioningWriteupIds(tx, dup.id),
    ]);
    const plan = planSpeakerMerge(keep, dup, keepTalks, dupTalks);
    await moveSpeaker(tx, dup, keep.id, plan);
    await requestRerender(tx, { ...plan.rerender, reason: "speaker merge" });
    return {
      kept: { slug: keep.slug, name: keep.name },
      merged: { slug: dup.slug, name: dup.name },
      talks: dupTalks.length,
      mentions: mentions.length,
      writeupsRerendered: new Set(mentions).size,
    };
  });
}
