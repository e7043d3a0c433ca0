/**
 * User rows: the account created at first sign-in, the public profile, roles,
 * the admin area's list of people, and an author's page.
 *
 * Plain reads and writes; who may do what is decided in the services
 * (lib/server/auth/provision-user.ts, services/profile.ts, services/admin.ts).
 */
import { Prisma, providerOfDb, type Db, type Tx } from "@/lib/server/db";
import { isPrismaCode } from "./prisma-errors";
import { writeupCardSelect } from "./writeups";

export const userSelect = {
  id: true,
  name: true,
  email: true,
  emailVerified: true,
  image: true,
  username: true,
  role: true,
} satisfies Prisma.UserSelect;

export type UserRecord = Prisma.UserGetPayload<{ select: typeof userSelect }>;

export interface UserRow {
  name: string | null;
  email: string | null;
  emailVerified: Date | null;
  image: string | null;
  username: string;
  role: string;
}

/**
 * Runs `work` in a serializable transaction, so a read that decides a write
 * (is there an admin yet?) can't race another one. PostgreSQL aborts one of
 * two colliding transactions; isRetryableSignUpConflict says when to retry.
 */
export function serializableTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>): Promise<T> {
  return db.$transaction(work, { isolationLevel: Prisma.TransactionIsolationLevel.Serializable });
}

/**
 * P2034: serialization failure (P2028 when the aborted transaction is then
 * closed under us); P2002 on username: someone took the same handle meanwhile.
 */
export function isRetryableSignUpConflict(error: unknown): boolean {
  return isPrismaCode(error, "P2034", "P2028") || (isPrismaCode(error, "P2002") && JSON.stringify((error as { meta?: unknown }).meta ?? {}).includes("username"));
}

export async function countAdmins(db: Db | Tx): Promise<number> {
  return db.user.count({ where: { role: "admin" } });
}

export async function usernamesStartingWith(db: Db | Tx, base: string): Promise<Set<string | null>> {
  const rows = await db.user.findMany({ where: { username: { startsWith: base } }, select: { username: true } });
  return new Set(rows.map((u) => u.username));
}

export async function insertUser(db: Db | Tx, data: UserRow): Promise<UserRecord> {
  return db.user.create({ data, select: userSelect });
}

export async function findUserByEmail(db: Db | Tx, email: string): Promise<UserRecord | null> {
  return db.user.findUnique({ where: { email }, select: userSelect });
}

/** Makes a user admin unless they already are; a no-op for anyone else. */
export async function promoteToAdmin(db: Db | Tx, userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, role: { not: "admin" } }, data: { role: "admin" } });
}

// ───────────────────────────── roles ─────────────────────────────

const roleHolderSelect = { id: true, role: true, name: true, username: true } satisfies Prisma.UserSelect;

export async function findRoleHolder(db: Db | Tx, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: roleHolderSelect });
}

export async function updateRole(db: Db | Tx, userId: string, role: string) {
  return db.user.update({ where: { id: userId }, data: { role }, select: roleHolderSelect });
}

// ───────────────────────────── profile ─────────────────────────────

export async function findProfileRow(db: Db | Tx, userId: string) {
  return db.user.findUnique({ where: { id: userId }, select: { name: true, username: true, bio: true, links: true, email: true } });
}

export interface ProfileRow {
  name: string;
  username: string;
  bio: string | null;
  /** The links as the JSON text the column stores. */
  links: string;
}

/** Saves the profile columns; "username-taken" when the unique username is someone else's. */
export async function updateProfile(db: Db | Tx, userId: string, row: ProfileRow): Promise<"saved" | "username-taken"> {
  try {
    await db.user.update({ where: { id: userId }, data: row });
    return "saved";
  } catch (error) {
    if (isPrismaCode(error, "P2002")) return "username-taken";
    throw error;
  }
}

// ───────────────────────────── people (admin) ─────────────────────────────

/** A case-insensitive "contains": SQLite's LIKE already is (for ASCII); PostgreSQL needs to be told. */
export function containing(db: Db | Tx, text: string): Prisma.StringFilter {
  return providerOfDb(db) === "postgresql" ? ({ contains: text, mode: "insensitive" } as Prisma.StringFilter) : { contains: text };
}

const personSelect = { id: true, name: true, username: true, email: true, role: true, createdAt: true } satisfies Prisma.UserSelect;
export type PersonRow = Prisma.UserGetPayload<{ select: typeof personSelect }>;

/** Everyone, oldest first; `byEmail` (admins only) also matches email addresses. */
export async function listPeople(db: Db, page: number, pageSize: number, query?: string, { byEmail = false } = {}) {
  const text = query?.trim();
  const where: Prisma.UserWhereInput = text
    ? { OR: [{ name: containing(db, text) }, { username: containing(db, text) }, ...(byEmail ? [{ email: containing(db, text) }] : [])] }
    : {};
  const [rows, total] = await Promise.all([
    db.user.findMany({ where, select: personSelect, orderBy: [{ createdAt: "asc" }, { id: "asc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.user.count({ where }),
  ]);
  return { rows, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}

// ───────────────────────────── author page ─────────────────────────────

export async function findAuthor(db: Db, username: string) {
  return db.user.findUnique({
    where: { username },
    select: { id: true, name: true, username: true, bio: true, links: true, image: true, createdAt: true },
  });
}

/** An author's published writeups, newest first, as the same cards as the home page. */
export async function listAuthorPublishedWriteups(db: Db, authorId: string, page: number, pageSize: number) {
  const where = { authorId, status: "published", deletedAt: null } satisfies Prisma.WriteupWhereInput;
  const [items, total] = await Promise.all([
    db.writeup.findMany({ where, select: writeupCardSelect, orderBy: [{ publishedAt: "desc" }, { id: "desc" }], skip: (page - 1) * pageSize, take: pageSize }),
    db.writeup.count({ where }),
  ]);
  return { items, total };
}
