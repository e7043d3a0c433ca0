import type { Db, Prisma } from "@/lib/server/db";
import { countPublicWriteups, PUBLIC_WRITEUP } from "./public-writeup";

export const PAGE_SIZE = 20;

export const writeupCardSelect = {
  slug: true,
  title: true,
  excerpt: true,
  publishedAt: true,
  author: { select: { name: true, username: true } },
  conferences: { select: { conference: { select: { slug: true, name: true } } } },
} satisfies Prisma.WriteupSelect;

export type WriteupCard = Prisma.WriteupGetPayload<{ select: typeof writeupCardSelect }>;

export async function listPublishedWriteups(db: Db, page = 1) {
  const where = PUBLIC_WRITEUP;
  const [items, total] = await Promise.all([
    db.writeup.findMany({
      where,
      select: writeupCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    // Prisma's count() wraps the query in a subquery that SQLite runs as a
    // co-routine, three times slower than a plain count over the covering index.
    countPublicWriteups(db, null),
  ]);
  return { items, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}

export async function getPublishedWriteup(db: Db, slug: string) {
  const writeup = await db.writeup.findFirst({
    where: { slug, ...PUBLIC_WRITEUP },
    select: {
      id: true,
      authorId: true,
      slug: true,
      title: true,
      bodyHtml: true,
      excerpt: true,
      summary: true,
      canonicalUrl: true,
      publishedAt: true,
      updatedAt: true,
      author: { select: { name: true, username: true, bio: true } },
      conferences: { select: { conference: { select: { slug: true, name: true } } } },
      mentions: {
        where: { source: { not: "rejected" }, kind: "talk" },
        orderBy: { start: "asc" },
        select: {
          talk: {
            select: {
              id: true,
              slug: true,
              title: true,
              abstract: true,
              kind: true,
              day: true,
              startsAt: true,
              endsAt: true,
              room: true,
              conference: { select: { slug: true, name: true, location: true, venue: true } },
              speakers: {
                orderBy: { position: "asc" },
                select: { speaker: { select: { slug: true, name: true, affiliation: true, role: true } } },
              },
            },
          },
        },
      },
    },
  });
  if (!writeup) return null;
  // "Talks covered", in the order the writeup first mentions them.
  const seen = new Set<string>();
  const talks = writeup.mentions.flatMap((m) => (m.talk && !seen.has(m.talk.id) && seen.add(m.talk.id) ? [m.talk] : []));
  return { ...writeup, talks };
}
