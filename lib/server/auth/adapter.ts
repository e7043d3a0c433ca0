/**
 * Auth.js's Prisma adapter with three changes: createUser assigns the
 * username and role (provision-user.ts); and because our Prisma client omits
 * Session.sessionToken by default (db.ts), the session methods go through
 * repositories/sessions.ts, which asks for it back — Auth.js sets the cookie
 * from the token that createSession returns.
 */
import type { Adapter, AdapterSession, AdapterUser } from "next-auth/adapters";
import { PrismaAdapter } from "@auth/prisma-adapter";
import type { Db } from "@/lib/server/db";
import type { AuthEnv } from "@/lib/server/env";
import { findSessionAndUser, insertSession, updateSession } from "@/lib/server/repositories/sessions";
import { createUserAccount, type UserRecord } from "./provision-user";

function toAdapterUser(user: UserRecord): AdapterUser {
  return { ...user, email: user.email ?? "" };
}

export function hallwayAdapter(db: Db, config: AuthEnv): Adapter {
  // The adapter is typed against @prisma/client; ours is generated elsewhere (ENVIRONMENT.md).
  const base = PrismaAdapter(db as unknown as Parameters<typeof PrismaAdapter>[0]);
  return {
    ...base,
    async createUser(user) {
      const login = "username" in user && typeof user.username === "string" ? user.username : null;
      return toAdapterUser(await createUserAccount(db, { ...user, login }, { adminEmail: config.adminEmail }));
    },
    async createSession(data) {
      return (await insertSession(db, data)) satisfies AdapterSession;
    },
    async updateSession({ sessionToken, ...data }) {
      return updateSession(db, sessionToken, data);
    },
    async getSessionAndUser(sessionToken) {
      const row = await findSessionAndUser(db, sessionToken);
      if (!row) return null;
      const { user, ...session } = row;
      return { session, user: { ...user, email: user.email ?? "" } };
    },
  };
}
