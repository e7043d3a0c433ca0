/**
 * The reads and writes of merging one speaker record into another
 * (services/merge-speakers.ts). Each write moves every row of a kind at once.
 */
import type { MergeableSpeaker, SpeakerMergePlan } from "@/lib/core/programme/plan-speaker-merge";
import type { Db, Prisma, Tx } from "@/lib/server/db";

type Handle = Db | Tx;

const mergeableSelect = {
  id: true,
  slug: true,
  name: true,
  affiliation: true,
  role: true,
  bio: true,
  links: true,
} satisfies Prisma.SpeakerSelect;

export async function findMergeableSpeaker(db: Handle, slug: string): Promise<(MergeableSpeaker & { name: string }) | null> {
  return db.speaker.findUnique({ where: { slug }, select: mergeableSelect });
}

export async function findTalkIdsOfSpeaker(db: Handle, speakerId: string): Promise<string[]> {
  const rows = await db.talkSpeaker.findMany({ where: { speakerId }, select: { talkId: true } });
  return rows.map((r) => r.talkId);
}

/** The writeups whose mentions point at the speaker, one entry per mention. */
export async function findMentioningWriteupIds(db: Handle, speakerId: string): Promise<string[]> {
  const rows = await db.mention.findMany({ where: { speakerId }, select: { writeupId: true } });
  return rows.map((r) => r.writeupId);
}

/**
 * Points everything of `fromId` at `toId`: talk credits (dropping those on
 * talks both are on), mentions, programme ids and old slugs; fills the kept
 * record; deletes the duplicate, and redirects its slug.
 */
export async function moveSpeaker(db: Handle, from: { id: string; slug: string }, toId: string, plan: SpeakerMergePlan): Promise<void> {
  if (plan.droppedTalkIds.length) {
    await db.talkSpeaker.deleteMany({ where: { speakerId: from.id, talkId: { in: plan.droppedTalkIds } } });
  }
  if (plan.movedTalkIds.length) {
    await db.talkSpeaker.updateMany({ where: { speakerId: from.id, talkId: { in: plan.movedTalkIds } }, data: { speakerId: toId } });
  }
  await db.mention.updateMany({ where: { speakerId: from.id }, data: { speakerId: toId } });
  // (origin, externalId) is the key, so the two records never share a programme id: all of them move.
  await db.speakerSource.updateMany({ where: { speakerId: from.id }, data: { speakerId: toId } });
  await db.speakerSlugRedirect.updateMany({ where: { speakerId: from.id }, data: { speakerId: toId } });
  if (Object.keys(plan.fill).length) await db.speaker.update({ where: { id: toId }, data: plan.fill, select: { id: true } });
  await db.speaker.delete({ where: { id: from.id }, select: { id: true } });
  await db.speakerSlugRedirect.create({ data: { slug: from.slug, speakerId: toId } });
}
