/** The numbers on /admin: published writeups, accounts, conferences and speakers. */
import type { Db } from "@/lib/server/db";

export async function siteCounts(db: Db) {
  const [published, people, conferences, speakers] = await Promise.all([
    db.writeup.count({ where: { status: "published", deletedAt: null } }),
    db.user.count(),
    db.conference.count(),
    db.speaker.count(),
  ]);
  return { published, people, conferences, speakers };
}

/** One cheap query: is the database there and migrated? (For the health check.) */
export async function pingDatabase(db: Db): Promise<void> {
  await db.conference.findFirst({ select: { id: true } });
}
