/**
 * Writeups as moderators see them: published ones, newest first, found by
 * title, address or author. Drafts and the trash stay private to their
 * authors, moderators included: a moderator who takes a writeup down gets an
 * Undo right then, and the author can restore it.
 */
import type { Db, Prisma } from "@/lib/server/db";
import { containing } from "./users";

const moderationSelect = {
  id: true,
  slug: true,
  title: true,
  publishedAt: true,
  excerpt: true,
  author: { select: { name: true, username: true, email: true } },
} satisfies Prisma.WriteupSelect;

export type ModerationRow = Prisma.WriteupGetPayload<{ select: typeof moderationSelect }>;

const published = { status: "published", deletedAt: null } satisfies Prisma.WriteupWhereInput;

export async function listModerationWriteups(db: Db, page: number, pageSize: number, query?: string) {
  const text = query?.trim();
  const where: Prisma.WriteupWhereInput = {
    ...published,
    ...(text ? { OR: [{ title: containing(db, text) }, { slug: containing(db, text) }, { author: { username: containing(db, text) } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    db.writeup.findMany({ where, select: moderationSelect, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.writeup.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
