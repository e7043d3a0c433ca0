/**
 * Accounts at sign-in: the user created on a first sign-in (with a unique
 * username and a role), the configured admin promoted on a later one, and the
 * lookup the development sign-in uses to sign in as an existing person.
 */
import { initialRole } from "@/lib/core/auth/roles";
import { usernameBase } from "@/lib/core/auth/username";
import { uniqueSlug } from "@/lib/core/text/slugify";
import type { Db } from "@/lib/server/db";
import {
  countAdmins,
  findUserByEmail as findUserRowByEmail,
  insertUser,
  isRetryableSignUpConflict,
  promoteToAdmin,
  serializableTransaction,
  usernamesStartingWith,
  type UserRecord,
} from "@/lib/server/repositories/users";

export type { UserRecord };

export interface NewUser {
  name?: string | null;
  email?: string | null;
  emailVerified?: Date | null;
  image?: string | null;
  /** A provider's handle (GitHub login), preferred for the username. */
  login?: string | null;
}

const normalizeEmail = (email: string | null | undefined) => email?.trim().toLowerCase() || null;

/**
 * Creates the user for a first sign-in; initialRole (lib/core/auth/roles.ts)
 * says who becomes admin. The admin count and the insert run in one
 * serializable transaction: two first sign-ups at the same moment can't both
 * see "no admin yet". PostgreSQL aborts one of them and we retry it; SQLite
 * runs them one at a time.
 */
export async function createUserAccount(db: Db, data: NewUser, { adminEmail }: { adminEmail: string | null }): Promise<UserRecord> {
  const email = normalizeEmail(data.email);
  for (let attempt = 1; ; attempt++) {
    try {
      return await serializableTransaction(db, async (tx) => {
        const siteHasAdmin = adminEmail ? true : (await countAdmins(tx)) > 0;
        const base = usernameBase({ name: data.name, email, login: data.login });
        const taken = await usernamesStartingWith(tx, base);
        return insertUser(tx, {
          name: data.name?.trim() || null,
          email,
          emailVerified: data.emailVerified ?? null,
          image: data.image ?? null,
          username: uniqueSlug(base, (candidate) => taken.has(candidate)),
          role: initialRole({ email, adminEmail, siteHasAdmin }),
        });
      });
    } catch (error) {
      if (!isRetryableSignUpConflict(error) || attempt >= 10) throw error;
      // Back off a little, at random, so the sign-ups that collided don't collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** Makes the HALLWAY_ADMIN_EMAIL user admin if they signed up before the variable was set. */
export async function promoteConfiguredAdmin(db: Db, userId: string, email: string | null | undefined, adminEmail: string | null): Promise<void> {
  if (!adminEmail || normalizeEmail(email) !== adminEmail) return;
  await promoteToAdmin(db, userId);
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  return findUserRowByEmail(db, normalizeEmail(email) ?? "");
}
