/**
 * People: creating a user at sign-up (username and role), reading and saving
 * the public profile, and an author's page.
 *
 * (These queries would sit in lib/server/repositories/users.ts; they live here
 * until the accounts work may add files there.)
 */
import { usernameBase } from "@/lib/core/auth/username";
import { uniqueSlug } from "@/lib/core/text/slugify";
import { Prisma, type Db, type Tx } from "@/lib/server/db";
import { writeupCardSelect } from "@/lib/server/repositories/writeups";
import { parseStoredLinks, type ProfileInput, type ProfileLink } from "@/lib/validations/profile";

export interface NewUser {
  name?: string | null;
  email?: string | null;
  emailVerified?: Date | null;
  image?: string | null;
  /** A provider's handle (GitHub login), preferred for the username. */
  login?: string | null;
}

const userSelect = {
  id: true,
  name: true,
  email: true,
  emailVerified: true,
  image: true,
  username: true,
  role: true,
} satisfies Prisma.UserSelect;

export type UserRecord = Prisma.UserGetPayload<{ select: typeof userSelect }>;

/**
 * A Prisma error code, read by shape: the SQLite and PostgreSQL clients each
 * have their own error classes, so `instanceof` would only match one of them.
 */
const isCode = (error: unknown, ...codes: string[]) =>
  typeof error === "object" && error !== null && "code" in error && typeof error.code === "string" && codes.includes(error.code);

async function freeUsername(tx: Tx, base: string): Promise<string> {
  const taken = new Set(
    (await tx.user.findMany({ where: { username: { startsWith: base } }, select: { username: true } })).map((u) => u.username),
  );
  return uniqueSlug(base, (candidate) => taken.has(candidate));
}

/**
 * Creates the user for a first sign-in, with a unique username and a role.
 * Who becomes admin:
 *   - with HALLWAY_ADMIN_EMAIL set, the user with that email, and nobody else
 *     (a stranger who signs up first on a public site gets no rights);
 *   - otherwise the first person to sign up while the site has no admin (the
 *     demo content's author was never signed up, so doesn't count).
 * The count and the insert run in one serializable transaction: two first
 * sign-ups at the same moment can't both see "no admin yet". PostgreSQL
 * aborts one of them (P2034) and we retry it; SQLite runs them one at a time.
 */
export async function createUserAccount(db: Db, data: NewUser, { adminEmail }: { adminEmail: string | null }): Promise<UserRecord> {
  const email = data.email?.trim().toLowerCase() || null;
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          let role = "author";
          if (adminEmail) role = email === adminEmail ? "admin" : "author";
          else if ((await tx.user.count({ where: { role: "admin" } })) === 0) role = "admin";
          const username = await freeUsername(tx, usernameBase({ name: data.name, email, login: data.login }));
          return tx.user.create({
            data: { name: data.name?.trim() || null, email, emailVerified: data.emailVerified ?? null, image: data.image ?? null, username, role },
            select: userSelect,
          });
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.Serializable },
      );
    } catch (error) {
      // P2034: serialization failure (P2028 when the aborted transaction is then
      // closed under us); P2002 on username: someone took the same handle meanwhile.
      const retryable = isCode(error, "P2034", "P2028") || (isCode(error, "P2002") && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes("username"));
      if (!retryable || attempt >= 10) throw error;
      // Back off a little, at random, so the sign-ups that collided don't collide again.
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt));
    }
  }
}

/** Makes the HALLWAY_ADMIN_EMAIL user admin if they signed up before the variable was set. */
export async function promoteConfiguredAdmin(db: Db, userId: string, email: string | null | undefined, adminEmail: string | null): Promise<void> {
  if (!adminEmail || email?.trim().toLowerCase() !== adminEmail) return;
  await db.user.updateMany({ where: { id: userId, role: { not: "admin" } }, data: { role: "admin" } });
}

export async function findUserByEmail(db: Db, email: string): Promise<UserRecord | null> {
  return db.user.findUnique({ where: { email: email.trim().toLowerCase() }, select: userSelect });
}

// ───────────────────────────── profile ─────────────────────────────

export interface Profile {
  name: string;
  username: string;
  bio: string;
  links: ProfileLink[];
  email: string | null;
}

export async function getProfile(db: Db, userId: string): Promise<Profile | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, username: true, bio: true, links: true, email: true } });
  if (!user) return null;
  return { name: user.name ?? "", username: user.username ?? "", bio: user.bio ?? "", links: parseStoredLinks(user.links), email: user.email };
}

export type SaveProfileResult = { ok: true; username: string; previousUsername: string | null } | { ok: false; field: "username"; message: string };

/** Saves a user's own profile. The caller has checked who is signed in; a user can only ever save their own. */
export async function saveProfile(db: Db, userId: string, input: ProfileInput): Promise<SaveProfileResult> {
  const before = await db.user.findUnique({ where: { id: userId }, select: { username: true } });
  try {
    await db.user.update({
      where: { id: userId },
      data: { name: input.name, username: input.username, bio: input.bio, links: JSON.stringify(input.links) },
    });
  } catch (error) {
    if (isCode(error, "P2002")) return { ok: false, field: "username", message: "That username is taken; try another" };
    throw error;
  }
  return { ok: true, username: input.username, previousUsername: before?.username ?? null };
}

// ─────────────────────────── author page ───────────────────────────

export const AUTHOR_PAGE_SIZE = 20;

// An author page lists the same cards as the home page.
const authorWriteupSelect = writeupCardSelect;

export async function getAuthorPage(db: Db, username: string, page = 1) {
  const author = await db.user.findUnique({
    where: { username },
    select: { id: true, name: true, username: true, bio: true, links: true, image: true, createdAt: true },
  });
  if (!author) return null;
  const where = { authorId: author.id, status: "published", deletedAt: null } satisfies Prisma.WriteupWhereInput;
  const [items, total] = await Promise.all([
    db.writeup.findMany({
      where,
      select: authorWriteupSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * AUTHOR_PAGE_SIZE,
      take: AUTHOR_PAGE_SIZE,
    }),
    db.writeup.count({ where }),
  ]);
  const { links, ...rest } = author;
  return {
    author: { ...rest, links: parseStoredLinks(links) },
    writeups: { items, total, page, pages: Math.max(1, Math.ceil(total / AUTHOR_PAGE_SIZE)) },
  };
}
