/**
 * The admin area's talk pages: find a talk, and one talk's facts with its
 * aliases (what authors confirmed or rejected for it, and organizers set).
 */
import type { Db } from "@/lib/server/db";
import { parseAuthorIds } from "@/lib/core/mentions/talk-aliases";
import { findAdminTalk, listTalkAliases, searchAdminTalks, type AdminTalkRow } from "@/lib/server/repositories/talk-aliases";

export const ADMIN_TALKS_LIMIT = 50;

export type { AdminTalkRow };

export async function getAdminTalkList(db: Db, q: string) {
  return { rows: await searchAdminTalks(db, q, ADMIN_TALKS_LIMIT), limit: ADMIN_TALKS_LIMIT };
}

export async function getAdminTalk(db: Db, talkId: string) {
  const talk = await findAdminTalk(db, talkId);
  if (!talk) return null;
  const aliases = (await listTalkAliases(db, talkId)).map((a) => ({ ...a, authors: parseAuthorIds(a.authorIds).length }));
  return { talk, aliases };
}

export type AdminTalk = NonNullable<Awaited<ReturnType<typeof getAdminTalk>>>;
