/**
 * Session rows, for Auth.js's adapter and the development sign-in. Our client
 * omits Session.sessionToken by default (db.ts); these ask for it back where
 * Auth.js needs it (it sets the cookie from what createSession returns).
 */
import type { Db, Prisma } from "@/lib/server/db";

const withToken = { sessionToken: false } as const;

export async function insertSession(db: Db, data: Prisma.SessionUncheckedCreateInput) {
  return db.session.create({ data, omit: withToken });
}

export async function updateSession(db: Db, sessionToken: string, data: Prisma.SessionUncheckedUpdateInput) {
  return db.session.update({ where: { sessionToken }, data, omit: withToken });
}

export async function findSessionAndUser(db: Db, sessionToken: string) {
  return db.session.findUnique({ where: { sessionToken }, include: { user: true }, omit: withToken });
}
