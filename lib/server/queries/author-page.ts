/** An author's public page: the profile and their published writeups, a page at a time. */
import { cache } from "react";
import { USERNAME_PATTERN } from "@/lib/core/auth/username";
import { PageTag } from "@/lib/core/cache/page-tags";
import type { Db } from "@/lib/server/db";
import { tagPage } from "@/lib/server/cache/page-tags";
import { findAuthor, listAuthorPublishedWriteups } from "@/lib/server/repositories/users";
import { parseStoredLinks } from "@/lib/validations/profile";

export const AUTHOR_PAGE_SIZE = 20;

// Cached per request, so the page and its metadata share one load.
export const getAuthorPage = cache(async (db: Db, username: string, page = 1) => {
  // Usernames are lower case; anything else can't be one (and needs no query).
  if (!USERNAME_PATTERN.test(username)) return null;
  const author = await findAuthor(db, username);
  if (!author) return null;
  const { items, total } = await listAuthorPublishedWriteups(db, author.id, page, AUTHOR_PAGE_SIZE);
  await tagPage([PageTag.author(author.id)]);
  const { links, ...rest } = author;
  return {
    author: { ...rest, links: parseStoredLinks(links) },
    writeups: { items, total, page, pages: Math.max(1, Math.ceil(total / AUTHOR_PAGE_SIZE)) },
  };
});

export type AuthorPage = NonNullable<Awaited<ReturnType<typeof getAuthorPage>>>;
