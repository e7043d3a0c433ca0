/**
 * What the writeup file import reads and writes besides the writeups
 * themselves (those go through writeup-store.ts like every other change).
 */
import type { Tx } from "@/lib/server/db";

export interface Existing {
  id: string;
  slug: string;
  authorId: string;
  deletedAt: Date | null;
  publishedAt: Date | null;
  version: number;
  revision: number;
  conferences: { conferenceId: string }[];
}

/** The writeups with this slug now, or that had it before (a redirect). */
export async function writeupsBySlug(tx: Tx, slugs: { exact: string[]; prefixes: string[] }): Promise<Map<string, Existing>> {
  const select = { id: true, slug: true, authorId: true, deletedAt: true, publishedAt: true, version: true, revision: true, conferences: { select: { conferenceId: true } } } as const;
  const or = [{ slug: { in: slugs.exact } }, ...slugs.prefixes.map((p) => ({ slug: { startsWith: p } }))];
  const [current, redirects] = await Promise.all([
    tx.writeup.findMany({ where: { OR: or }, select }),
    tx.writeupSlugRedirect.findMany({ where: { OR: or }, select: { slug: true, writeup: { select } } }),
  ]);
  const bySlug = new Map<string, Existing>(redirects.map((r) => [r.slug, r.writeup]));
  for (const w of current) bySlug.set(w.slug, w);
  return bySlug;
}


export function userByEmail(tx: Tx, email: string) {
  return tx.user.findUnique({ where: { email }, select: { id: true, username: true, name: true } });
}

export function conferencesBySlug(tx: Tx, slugs: readonly string[]) {
  return tx.conference.findMany({ where: { slug: { in: [...slugs] } }, select: { id: true, slug: true } });
}

export async function usernamesStartingWith(tx: Tx, base: string): Promise<Set<string | null>> {
  return new Set((await tx.user.findMany({ where: { username: { startsWith: base } }, select: { username: true } })).map((u) => u.username));
}

/** An author account for someone who has not signed in yet (they claim it by signing in with this email). */
export async function createAuthor(tx: Tx, user: { email: string; name: string; username: string }): Promise<string> {
  return (await tx.user.create({ data: { ...user, role: "author" }, select: { id: true } })).id;
}
