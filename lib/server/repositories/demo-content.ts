/**
 * What loading and resetting the demo content reads and deletes
 * (prisma/seed/seed-demo.ts); the programmes and writeups themselves go
 * through the same imports as everyone's.
 */
import type { Db, Tx } from "@/lib/server/db";

/** What is in the database that the demo would collide with. */
export async function existingContent(db: Db | Tx): Promise<{ conferences: number; writeups: number }> {
  const [conferences, writeups] = await Promise.all([db.conference.count(), db.writeup.count()]);
  return { conferences, writeups };
}

export async function upsertAuthor(tx: Tx, email: string, profile: { name: string; username: string; bio: string | null; links: string }) {
  await tx.user.upsert({ where: { email }, update: profile, create: { email, role: "author", ...profile } });
}

/** Speakers with a talk at any of these conferences. */
export function countSpeakersAt(tx: Tx, conferenceSlugs: readonly string[]): Promise<number> {
  return tx.speaker.count({ where: { talks: { some: { talk: { conference: { slug: { in: [...conferenceSlugs] } } } } } } });
}

/**
 * The demo's footprint: its conferences, its authors, the speakers who speak
 * only at its conferences, and other people's writeups that link any of them.
 */
export async function demoFootprint(db: Db | Tx, slugs: readonly string[], emails: readonly string[]) {
  const [conferences, users] = await Promise.all([
    db.conference.findMany({ where: { slug: { in: [...slugs] } }, select: { slug: true, name: true, _count: { select: { talks: true } } }, orderBy: { slug: "asc" } }),
    db.user.findMany({ where: { email: { in: [...emails] } }, select: { email: true, name: true, _count: { select: { writeups: true } } } }),
  ]);
  const inDemo = { talk: { conference: { slug: { in: [...slugs] } } } };
  const speakers = await db.speaker.findMany({ where: { talks: { some: inDemo, every: inDemo } }, select: { id: true } });
  const others = await db.writeup.findMany({
    where: {
      author: { OR: [{ email: null }, { email: { notIn: [...emails] } }] },
      OR: [{ conferences: { some: { conference: { slug: { in: [...slugs] } } } } }, { mentions: { some: { OR: [inDemo, { speakerId: { in: speakers.map((s) => s.id) } }] } } }],
    },
    select: { id: true, slug: true, title: true },
  });
  return { conferences, users, speakers, others };
}

/** Deletes the demo's authors (and their writeups), conferences (and talks) and its own speakers. */
export async function deleteDemo(tx: Tx, demo: { emails: readonly string[]; conferenceSlugs: readonly string[]; speakerIds: readonly string[] }) {
  await tx.user.deleteMany({ where: { email: { in: [...demo.emails] } } });
  await tx.conference.deleteMany({ where: { slug: { in: [...demo.conferenceSlugs] } } });
  await tx.speaker.deleteMany({ where: { id: { in: [...demo.speakerIds] } } });
}
