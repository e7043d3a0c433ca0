/**
 * PageCacheTag (migration 0012): when each page-cache tag last changed, in
 * milliseconds. Written in the transaction of the change that affects the
 * pages; read by every app server's page cache (lib/server/cache/page-cache.ts).
 */
import { providerOfDb, type Db, type Tx } from "@/lib/server/db";
import { catalogVersion } from "./catalog";

/** One statement for all the tags: insert, or move the time on. */
export async function markTags(tx: Db | Tx, tags: readonly string[], at: number): Promise<void> {
  if (tags.length === 0) return;
  const pg = providerOfDb(tx) === "postgresql";
  const values = tags.map((_, i) => (pg ? `($${2 * i + 1}, $${2 * i + 2})` : "(?, ?)")).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "PageCacheTag" ("tag", "revisedAt") VALUES ${values} ON CONFLICT ("tag") DO UPDATE SET "revisedAt" = excluded."revisedAt" WHERE excluded."revisedAt" > "PageCacheTag"."revisedAt"`,
    ...tags.flatMap((tag) => [tag, at]),
  );
}

export interface TagMarks {
  tags: { tag: string; revisedAt: number }[];
  /** catalogVersion(): a programme change moves it (triggers, migration 0008). */
  catalog: string;
}

/** The tags marked since `since` (ms), and the catalog version, in two small reads. */
export async function tagsMarkedSince(db: Db, since: number): Promise<TagMarks> {
  const pg = providerOfDb(db) === "postgresql";
  const [rows, catalog] = await Promise.all([
    db.$queryRawUnsafe<{ tag: string; revisedAt: bigint | number }[]>(`SELECT "tag", "revisedAt" FROM "PageCacheTag" WHERE "revisedAt" > ${pg ? "$1" : "?"}`, since),
    catalogVersion(db),
  ]);
  return { tags: rows.map((r) => ({ tag: r.tag, revisedAt: Number(r.revisedAt) })), catalog };
}

/** Marks older than `before` are no longer read by anyone; the purge keeps the table small. */
export async function deleteTagMarksBefore(db: Db, before: number): Promise<number> {
  const pg = providerOfDb(db) === "postgresql";
  return db.$executeRawUnsafe(`DELETE FROM "PageCacheTag" WHERE "revisedAt" < ${pg ? "$1" : "?"}`, before);
}
