/** The site-wide content version kept by the triggers of migration 0007. */
import type { Db } from "@/lib/server/db";

export async function contentVersion(db: Db): Promise<number> {
  const rows = await db.$queryRawUnsafe<{ version: bigint | number }[]>(`SELECT "version" FROM "ContentVersion" WHERE "id" = 1`);
  return Number(rows[0]?.version ?? 0);
}
