/**
 * Merges a duplicate speaker record into the one to keep, for the cases the
 * import rules miss ("Jon Smith" and "Jonathan Smith"). Everything that pointed
 * at the duplicate points at the kept record afterwards: talks (keeping the
 * programme's order), mentions in writeups (re-rendered so their links follow),
 * programme ids, and the duplicate's URL, which redirects. Empty fields of the
 * kept record are filled from the duplicate. One transaction.
 */
import type { Db } from "@/lib/server/db";
import { rerenderWriteups } from "./save-writeup";

export class MergeError extends Error {}

export interface MergeSummary {
  kept: { slug: string; name: string };
  merged: { slug: string; name: string };
  talks: number;
  mentions: number;
  writeupsRerendered: number;
}

export async function mergeSpeakers(db: Db, keepSlug: string, duplicateSlug: string): Promise<MergeSummary> {
  if (keepSlug === duplicateSlug) throw new MergeError("a speaker cannot be merged into itself");
  return db.$transaction(async (tx) => {
    const [keep, dup] = await Promise.all([
      tx.speaker.findUnique({ where: { slug: keepSlug } }),
      tx.speaker.findUnique({ where: { slug: duplicateSlug } }),
    ]);
    if (!keep) throw new MergeError(`no speaker with the slug "${keepSlug}"`);
    if (!dup) throw new MergeError(`no speaker with the slug "${duplicateSlug}"`);

    const [keepTalks, dupTalks] = await Promise.all([
      tx.talkSpeaker.findMany({ where: { speakerId: keep.id } }),
      tx.talkSpeaker.findMany({ where: { speakerId: dup.id } }),
    ]);
    const shared = new Set(keepTalks.map((t) => t.talkId));
    for (const row of dupTalks) {
      if (shared.has(row.talkId)) {
        await tx.talkSpeaker.delete({ where: { talkId_speakerId: { talkId: row.talkId, speakerId: dup.id } } });
      } else {
        await tx.talkSpeaker.update({ where: { talkId_speakerId: { talkId: row.talkId, speakerId: dup.id } }, data: { speakerId: keep.id } });
      }
    }

    const mentions = await tx.mention.findMany({ where: { speakerId: dup.id }, select: { writeupId: true } });
    await tx.mention.updateMany({ where: { speakerId: dup.id }, data: { speakerId: keep.id } });

    const keepSources = new Set((await tx.speakerSource.findMany({ where: { speakerId: keep.id } })).map((s) => `${s.origin}\u0000${s.externalId}`));
    for (const source of await tx.speakerSource.findMany({ where: { speakerId: dup.id } })) {
      if (!keepSources.has(`${source.origin}\u0000${source.externalId}`)) {
        await tx.speakerSource.update({ where: { origin_externalId: { origin: source.origin, externalId: source.externalId } }, data: { speakerId: keep.id } });
      }
    }

    await tx.speakerSlugRedirect.updateMany({ where: { speakerId: dup.id }, data: { speakerId: keep.id } });
    await tx.speaker.update({
      where: { id: keep.id },
      data: {
        affiliation: keep.affiliation ?? dup.affiliation,
        role: keep.role ?? dup.role,
        bio: keep.bio ?? dup.bio,
        links: keep.links !== "[]" ? keep.links : dup.links,
      },
    });
    await tx.speaker.delete({ where: { id: dup.id } });
    await tx.speakerSlugRedirect.create({ data: { slug: dup.slug, speakerId: keep.id } });

    const writeupIds = [...new Set(mentions.map((m) => m.writeupId))];
    await rerenderWriteups(tx, writeupIds);
    return {
      kept: { slug: keep.slug, name: keep.name },
      merged: { slug: dup.slug, name: dup.name },
      talks: dupTalks.length,
      mentions: mentions.length,
      writeupsRerendered: writeupIds.length,
    };
  });
}
