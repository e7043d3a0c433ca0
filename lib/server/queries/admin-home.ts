/** The numbers on /admin. The page has checked the role (requireRole). */
import type { Db } from "@/lib/server/db";
import { siteCounts } from "@/lib/server/repositories/site-counts";

export async function getAdminHome(db: Db) {
  return { counts: await siteCounts(db) };
}
