/**
 * The one Prisma client of the process.
 *
 * Both generated clients exist (postinstall); DATABASE_URL picks one at runtime,
 * so the same build serves SQLite and PostgreSQL. The two are generated from one
 * model file, so their model APIs are identical; we type the handle as the SQLite
 * client's for a single `Db` type across the code base.
 *
 * Repositories (lib/server/repositories) are the only code that should query it.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient, Prisma } from "@hallway/prisma-sqlite";
import { PrismaClient as PostgresClient } from "@hallway/prisma-postgresql";
import { databaseUrl, providerOf, sqlitePath, type Provider } from "./database-url";

export type Db = SqliteClient;
export type Tx = Prisma.TransactionClient;
export { Prisma };

// Secrets never leave a query unless it asks for them (dub's pattern).
const omit = {
  account: { access_token: true, refresh_token: true, id_token: true },
  session: { sessionToken: true },
} as const;

/** `?schema=name` in a PostgreSQL URL: Prisma qualifies every table with it (the default is public). */
function pgSchema(url: string): { schema: string } | undefined {
  const schema = new URL(url).searchParams.get("schema");
  return schema ? { schema } : undefined;
}

const providers = new WeakMap<object, Provider>();

/** Which database a client talks to, for the few queries that must differ (full-text search). */
export function providerOfDb(db: Db | Tx): Provider {
  return providers.get(db) ?? providerOf(databaseUrl());
}

/** A transaction talks to its client's database (transaction() records it). */
export function recordTransaction(tx: Tx, db: Db): void {
  providers.set(tx, providerOfDb(db));
}

function createClient(url: string): Db {
  const provider = providerOf(url);
  const client =
    provider === "postgresql"
      ? (new PostgresClient({ adapter: new PrismaPg({ connectionString: url }, pgSchema(url)), omit }) as unknown as Db)
      : (new SqliteClient({ adapter: new PrismaBetterSQLite3({ url: `file:${sqlitePath(url)}` }), omit }) as unknown as Db);
  providers.set(client, provider);
  return client;
}

const globalForDb = globalThis as unknown as { hallwayDb?: { url: string; client: Db } };

/** The shared client for the current DATABASE_URL (one per process, kept across dev reloads). */
export function getDb(): Db {
  const url = databaseUrl();
  const cached = globalForDb.hallwayDb;
  if (cached && cached.url === url) return cached.client;
  const client = createClient(url);
  globalForDb.hallwayDb = { url, client };
  return client;
}

/** A client for an explicit URL, owned by the caller (tests, the command line). */
export function connect(url: string): Db {
  return createClient(url);
}
