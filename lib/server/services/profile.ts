/**
 * A user's own public profile: reading it for the account page and saving it.
 * A user can only ever save their own: the caller passes the signed-in id.
 */
import { DomainError } from "@/lib/core/errors";
import type { Db } from "@/lib/server/db";
import { PageTag } from "@/lib/core/cache/page-tags";
import { markPagesChangedNow } from "@/lib/server/cache/page-cache";
import { findProfileRow, updateProfile } from "@/lib/server/repositories/users";
import { parseStoredLinks, type Profile, type ProfileInput } from "@/lib/validations/profile";

export type { Profile };

export async function getProfile(db: Db, userId: string): Promise<Profile | null> {
  const user = await findProfileRow(db, userId);
  if (!user) return null;
  return { name: user.name ?? "", username: user.username ?? "", bio: user.bio ?? "", links: parseStoredLinks(user.links), email: user.email };
}

/** Saves the profile; a username someone else has is a "conflict" on the username field. */
export async function saveProfile(db: Db, userId: string, input: ProfileInput): Promise<{ username: string; previousUsername: string | null }> {
  const before = await findProfileRow(db, userId);
  const saved = await updateProfile(db, userId, { name: input.name, username: input.username, bio: input.bio, links: JSON.stringify(input.links) });
  if (saved === "username-taken") throw new DomainError("conflict", "That username is taken; try another", { field: "username" });
  // An author's name and address show on their writeups, lists, talk and speaker pages: all of them.
  await markPagesChangedNow(db, [PageTag.all]);
  return { username: input.username, previousUsername: before?.username ?? null };
}
