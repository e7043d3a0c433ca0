import type { Db, Prisma } from "@/lib/server/db";
import { coverageOfTalk } from "./coverage";
import { parseLinks } from "@/lib/validations/links";

const talkPageSelect = {
  id: true,
  slug: true,
  title: true,
  abstract: true,
  kind: true,
  level: true,
  track: true,
  room: true,
  day: true,
  startsAt: true,
  endsAt: true,
  subtitle: true,
  url: true,
  links: true,
  status: true,
  conference: { select: { slug: true, name: true, timezone: true, startsOn: true, endsOn: true, location: true, venue: true } },
  speakers: {
    orderBy: { position: "asc" },
    select: { speaker: { select: { slug: true, name: true, affiliation: true, role: true } } },
  },
} satisfies Prisma.TalkSelect;

export async function getTalkPage(db: Db, conferenceSlug: string, talkSlug: string, page = 1) {
  const talk = await db.talk.findFirst({ where: { slug: talkSlug, conference: { slug: conferenceSlug } }, select: talkPageSelect });
  if (!talk) return null;
  return { talk: { ...talk, links: parseLinks(talk.links) }, coverage: await coverageOfTalk(db, talk.id, page) };
}
