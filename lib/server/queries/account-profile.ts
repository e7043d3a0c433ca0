/** The account page: the signed-in user's own profile (the page passes their id). */
import type { Db } from "@/lib/server/db";
import { getProfile } from "@/lib/server/services/profile";

export async function getAccountProfile(db: Db, userId: string) {
  return getProfile(db, userId);
}
