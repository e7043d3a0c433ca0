/**
 * What the writeup export reads: an author found by email (the command line
 * names authors that way) and every writeup of theirs that is not in the
 * trash, with the fields a writeup file holds.
 */
import type { Db, Prisma, Tx } from "@/lib/server/db";

export async function findUserIdByEmail(db: Db | Tx, email: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true } });
  return user?.id ?? null;
}

export const exportedWriteupSelect = {
  slug: true,
  title: true,
  status: true,
  publishedAt: true,
  summary: true,
  canonicalUrl: true,
  body: true,
  updatedAt: true,
  conferences: { select: { conference: { select: { slug: true } } } },
} satisfies Prisma.WriteupSelect;

export type ExportedWriteupRow = Prisma.WriteupGetPayload<{ select: typeof exportedWriteupSelect }>;

/** Drafts included, the trash not; by slug, so an export lists the same way every time. */
export function listWriteupsToExport(db: Db | Tx, authorId: string): Promise<ExportedWriteupRow[]> {
  return db.writeup.findMany({ where: { authorId, deletedAt: null }, orderBy: { slug: "asc" }, select: exportedWriteupSelect });
}
