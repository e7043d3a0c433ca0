/**
 * An author's own writeups, every status and the trash included, for their
 * dashboard. The caller passes the signed-in author's id.
 */
import type { Db } from "@/lib/server/db";

export async function listAuthorWriteups(db: Db, authorId: string) {
  return db.writeup.findMany({
    where: { authorId },
    select: { id: true, slug: true, title: true, status: true, publishedAt: true, updatedAt: true, deletedAt: true, excerpt: true },
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
  });
}

export type AuthorWriteupRow = Awaited<ReturnType<typeof listAuthorWriteups>>[number];
