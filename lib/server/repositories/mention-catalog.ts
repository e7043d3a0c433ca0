/**
 * The rows a mention-detection Catalog is built from (services/load-catalog.ts):
 * every conference, and the talks of some of them with their speakers.
 */
import type { Db, Prisma, Tx } from "@/lib/server/db";

type Handle = Db | Tx;

const catalogConferenceSelect = { id: true, slug: true, name: true, acronym: true, startsOn: true, endsOn: true } satisfies Prisma.ConferenceSelect;

const catalogTalkSelect = {
  id: true,
  slug: true,
  title: true,
  subtitle: true,
  kind: true,
  day: true,
  track: true,
  room: true,
  startsAt: true,
  url: true,
  links: true,
  sourceId: true,
  sourceKeys: true,
  conferenceId: true,
  speakers: { orderBy: { position: "asc" }, select: { speakerId: true } },
  aliases: { select: { phrase: true, negative: true, source: true, authorIds: true } },
} satisfies Prisma.TalkSelect;

export async function findCatalogConferences(db: Handle) {
  return db.conference.findMany({ select: catalogConferenceSelect });
}

export async function findCatalogTalks(db: Handle, conferenceIds: readonly string[]) {
  return db.talk.findMany({ where: { conferenceId: { in: [...conferenceIds] } }, select: catalogTalkSelect });
}

export async function findCatalogSpeakers(db: Handle, speakerIds: readonly string[]) {
  return db.speaker.findMany({ where: { id: { in: [...speakerIds] } }, select: { id: true, slug: true, name: true } });
}
