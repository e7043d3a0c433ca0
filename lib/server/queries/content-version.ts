/** The site's content version (migration 0007): bumped by the database whenever anything a reader page shows changes. */
import type { Db } from "@/lib/server/db";
import { contentVersion } from "@/lib/server/repositories/content-version";

export function getContentVersion(db: Db): Promise<number> {
  return contentVersion(db);
}
