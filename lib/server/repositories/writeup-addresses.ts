/**
 * A writeup by its address, any status: the current slug, or an old slug of a
 * published writeup that now redirects. Callers decide who may see what.
 */
import type { Db } from "@/lib/server/db";

export async function findWriteupBySlug(db: Db, slug: string) {
  return db.writeup.findUnique({ where: { slug }, select: { id: true, authorId: true } });
}

/** Where an old slug of a published writeup points now, if anywhere. */
export async function findSlugRedirect(db: Db, slug: string) {
  const row = await db.writeupSlugRedirect.findUnique({ where: { slug }, select: { writeup: { select: { slug: true, authorId: true } } } });
  return row?.writeup ?? null;
}

/** The address a writeup has now (a draft's follows its title). */
export async function currentSlug(db: Db, id: string): Promise<string | null> {
  return (await db.writeup.findUnique({ where: { id }, select: { slug: true } }))?.slug ?? null;
}
