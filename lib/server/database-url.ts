/**
 * Where the data lives. DATABASE_URL picks the provider: postgres:// or
 * postgresql:// means PostgreSQL, anything else is a SQLite file. With no
 * DATABASE_URL, Hallway uses ./data/hallway.db (the embedded default).
 * Kept free of Prisma so scripts and tests can use it before a client exists.
 */
import path from "node:path";

export type Provider = "sqlite" | "postgresql";

export const DEFAULT_DATABASE_URL = "file:./data/hallway.db";

export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

export function providerOf(url: string): Provider {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgresql" : "sqlite";
}

/** The absolute file path of a SQLite URL ("file:./data/x.db", "file:/abs/x.db" or a bare path). */
export function sqlitePath(url: string): string {
  const bare = url.replace(/^file:/, "").replace(/\?.*$/, "");
  if (!bare) throw new Error(`DATABASE_URL "${url}" names no SQLite file`);
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), bare);
}
