/**
 * The reads and writes of a programme import (services/import-programme.ts):
 * loading what a ProgrammeSnapshot needs, and writing a ProgrammePlan in
 * batches. Long lists are queried in slices, because databases cap the
 * parameters of one statement (SQLite at 999 in Prisma's reckoning).
 */
import type {
  ConferenceFields,
  ExistingConference,
  ExistingSpeaker,
  ExistingTalk,
  SpeakerFields,
  TalkFields,
} from "@/lib/core/programme/reconcile-programme";
import type { Db, Prisma, Tx } from "@/lib/server/db";

type Handle = Db | Tx;

const CHUNK = 500;

async function inChunks<T, R>(items: readonly T[], query: (chunk: T[]) => Promise<R[]>, size = CHUNK): Promise<R[]> {
  const out: R[] = [];
  for (let i = 0; i < items.length; i += size) out.push(...(await query(items.slice(i, i + size))));
  return out;
}

async function eachChunk<T>(items: readonly T[], write: (chunk: T[]) => Promise<unknown>, size = CHUNK): Promise<void> {
  for (let i = 0; i < items.length; i += size) await write(items.slice(i, i + size));
}

// ───────────────────────────── conference ─────────────────────────────

const conferenceSelect = {
  id: true,
  name: true,
  acronym: true,
  startsOn: true,
  endsOn: true,
  timezone: true,
  location: true,
  venue: true,
  url: true,
  description: true,
} satisfies Prisma.ConferenceSelect;

export async function findImportedConference(db: Handle, slug: string): Promise<ExistingConference | null> {
  return db.conference.findUnique({ where: { slug }, select: conferenceSelect });
}

export async function createConference(db: Handle, slug: string, data: ConferenceFields): Promise<{ id: string }> {
  return db.conference.create({ data: { slug, ...data }, select: { id: true } });
}

export async function updateConference(db: Handle, id: string, data: ConferenceFields): Promise<void> {
  await db.conference.update({ where: { id }, data, select: { id: true } });
}

// ─────────────────────────────── talks ────────────────────────────────

const talkSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  abstract: true,
  kind: true,
  level: true,
  track: true,
  room: true,
  day: true,
  startsAt: true,
  endsAt: true,
  sourceId: true,
  sourceKeys: true,
  url: true,
  links: true,
  status: true,
  speakers: { orderBy: { position: "asc" }, select: { speakerId: true } },
} satisfies Prisma.TalkSelect;

export async function findConferenceTalks(db: Handle, conferenceId: string): Promise<ExistingTalk[]> {
  const rows = await db.talk.findMany({ where: { conferenceId }, select: talkSelect });
  return rows.map(({ speakers, ...t }) => ({ ...t, speakerIds: speakers.map((s) => s.speakerId) }));
}

/** The conference's talks that some writeup mentions. */
export async function findLinkedTalkIds(db: Handle, conferenceId: string): Promise<string[]> {
  const rows = await db.mention.findMany({
    where: { talk: { conferenceId } },
    select: { talkId: true },
    distinct: ["talkId"],
  });
  return rows.flatMap((r) => (r.talkId ? [r.talkId] : []));
}

/** Talks of these speakers, in any conference. */
export async function findTalkIdsOfSpeakers(db: Handle, speakerIds: readonly string[]): Promise<string[]> {
  const rows = await inChunks(speakerIds, (chunk) =>
    db.talkSpeaker.findMany({ where: { speakerId: { in: chunk } }, select: { talkId: true } }),
  );
  return [...new Set(rows.map((r) => r.talkId))];
}

export async function createTalks(
  db: Handle,
  conferenceId: string,
  talks: readonly (TalkFields & { slug: string })[],
): Promise<{ id: string; slug: string }[]> {
  if (!talks.length) return [];
  return db.talk.createManyAndReturn({ data: talks.map((t) => ({ ...t, conferenceId })), select: { id: true, slug: true } });
}

export async function updateTalk(db: Handle, id: string, data: TalkFields): Promise<void> {
  await db.talk.update({ where: { id }, data, select: { id: true } });
}

/** Replaces the speaker lists of these talks (an empty list for a talk that has none now). */
export async function replaceTalkSpeakers(
  db: Handle,
  talkIds: readonly string[],
  links: readonly { talkId: string; speakerId: string; position: number }[],
): Promise<void> {
  await eachChunk(talkIds, (chunk) => db.talkSpeaker.deleteMany({ where: { talkId: { in: chunk } } }));
  await addTalkSpeakers(db, links);
}

export async function addTalkSpeakers(db: Handle, links: readonly { talkId: string; speakerId: string; position: number }[]): Promise<void> {
  if (links.length) await db.talkSpeaker.createMany({ data: [...links] });
}

export async function withdrawTalks(db: Handle, ids: readonly string[]): Promise<void> {
  await eachChunk(ids, (chunk) => db.talk.updateMany({ where: { id: { in: chunk } }, data: { status: "withdrawn" } }));
}

export async function deleteTalks(db: Handle, ids: readonly string[]): Promise<void> {
  await eachChunk(ids, (chunk) => db.talk.deleteMany({ where: { id: { in: chunk } } }));
}

// ────────────────────────────── speakers ──────────────────────────────

export async function findSpeakerSources(db: Handle, origin: string, externalIds: readonly string[]): Promise<{ externalId: string; speakerId: string }[]> {
  return inChunks([...new Set(externalIds)], (chunk) =>
    db.speakerSource.findMany({ where: { origin, externalId: { in: chunk } }, select: { externalId: true, speakerId: true } }),
  );
}

const speakerSelect = (origin: string) =>
  ({
    id: true,
    name: true,
    normalizedName: true,
    affiliation: true,
    role: true,
    bio: true,
    links: true,
    sources: { where: { origin }, select: { externalId: true } },
  }) satisfies Prisma.SpeakerSelect;

/** Speakers with one of these normalized names, then those with these ids (each once, in that order). */
export async function findSpeakerCandidates(
  db: Handle,
  origin: string,
  normalizedNames: readonly string[],
  ids: readonly string[],
): Promise<ExistingSpeaker[]> {
  const select = speakerSelect(origin);
  const rows = [
    ...(await inChunks([...new Set(normalizedNames)], (chunk) => db.speaker.findMany({ where: { normalizedName: { in: chunk } }, select }))),
    ...(await inChunks([...new Set(ids)], (chunk) => db.speaker.findMany({ where: { id: { in: chunk } }, select }))),
  ];
  const byId = new Map<string, ExistingSpeaker>();
  for (const { sources, ...s } of rows) if (!byId.has(s.id)) byId.set(s.id, { ...s, sourceIds: sources.map((x) => x.externalId) });
  return [...byId.values()];
}

/** Taken speaker slugs that begin with one of these bases. */
export async function findSpeakerSlugsStartingWith(db: Handle, bases: readonly string[]): Promise<string[]> {
  const rows = await inChunks([...new Set(bases)], (chunk) =>
    db.speaker.findMany({ where: { OR: chunk.map((b) => ({ slug: { startsWith: b } })) }, select: { slug: true } }),
  );
  return rows.map((r) => r.slug);
}

export async function createSpeakers(db: Handle, speakers: readonly (SpeakerFields & { slug: string })[]): Promise<{ id: string; slug: string }[]> {
  if (!speakers.length) return [];
  return db.speaker.createManyAndReturn({ data: [...speakers], select: { id: true, slug: true } });
}

export async function updateSpeaker(db: Handle, id: string, data: SpeakerFields): Promise<void> {
  await db.speaker.update({ where: { id }, data, select: { id: true } });
}

export async function addSpeakerSources(db: Handle, origin: string, sources: readonly { externalId: string; speakerId: string }[]): Promise<void> {
  if (sources.length) await db.speakerSource.createMany({ data: sources.map((s) => ({ origin, ...s })) });
}
