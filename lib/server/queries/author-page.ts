/** An author's public page: the profile and their published writeups, a page at a time. */
import type { Db } from "@/lib/server/db";
import { findAuthor, listAuthorPublishedWriteups } from "@/lib/server/repositories/users";
import { parseStoredLinks } from "@/lib/validations/profile";

export const AUTHOR_PAGE_SIZE = 20;

export async function getAuthorPage(db: Db, username: string, page = 1) {
  const author = await findAuthor(db, username);
  if (!author) return null;
  const { items, total } = await listAuthorPublishedWriteups(db, author.id, page, AUTHOR_PAGE_SIZE);
  const { links, ...rest } = author;
  return {
    author: { ...rest, links: parseStoredLinks(links) },
    writeups: { items, total, page, pages: Math.max(1, Math.ceil(total / AUTHOR_PAGE_SIZE)) },
  };
}
