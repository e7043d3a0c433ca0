/** The studio dashboard: the signed-in author's own writeups, by state. */
import type { Db } from "@/lib/server/db";
import { listAuthorWriteups, type AuthorWriteupRow } from "@/lib/server/repositories/author-writeups";

export type { AuthorWriteupRow };

export async function getDashboard(db: Db, authorId: string) {
  const rows = await listAuthorWriteups(db, authorId);
  return {
    drafts: rows.filter((r) => !r.deletedAt && r.status !== "published"),
    published: rows.filter((r) => !r.deletedAt && r.status === "published"),
    trash: rows.filter((r) => r.deletedAt),
  };
}
