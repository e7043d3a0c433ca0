/**
 * Applies the committed migrations for the current provider, from code.
 *
 * Why not `prisma migrate deploy`: its CLI lingers 10–60 s after finishing
 * (timers in the wasm engine), which would slow every start and test run. This
 * runner reads the same prisma/<provider>/migrations folders and records them in
 * Prisma's own `_prisma_migrations` table with the same checksums, so the two
 * stay interchangeable: a database migrated here is up to date for
 * `prisma migrate deploy` and `prisma migrate dev`, and the other way round.
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { databaseUrl, providerOf, sqlitePath, type Provider } from "./database-url";

interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function migrationsDir(provider: Provider, root = process.cwd()): string {
  return path.join(root, "prisma", provider, "migrations");
}

export function loadMigrations(provider: Provider, root = process.cwd()): Migration[] {
  const dir = migrationsDir(provider, root);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const CREATE_TABLE_SQLITE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const CREATE_TABLE_PG = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

export interface MigrateResult {
  provider: Provider;
  applied: string[];
}

/** Brings the database at `url` up to date. Each migration runs in its own transaction. */
export async function migrate(url = databaseUrl(), root = process.cwd()): Promise<MigrateResult> {
  const provider = providerOf(url);
  const migrations = loadMigrations(provider, root);
  return provider === "sqlite" ? migrateSqlite(url, migrations) : migratePostgres(url, migrations);
}

function migrateSqlite(url: string, migrations: Migration[]): MigrateResult {
  const file = sqlitePath(url);
  // Prisma reports a missing folder only as "External error id#0"; create it first.
  mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // WAL lets readers (the web server) carry on while an import or publish writes.
    db.pragma("journal_mode = WAL");
    // Prisma redefines a SQLite table by copying it and dropping the old one.
    // With foreign keys on, that DROP would cascade-delete every row that points
    // at the table (and PRAGMA foreign_keys is ignored inside a transaction), so
    // migrations run with enforcement off and are checked before they commit.
    db.pragma("foreign_keys = OFF");
    db.exec(CREATE_TABLE_SQLITE);
    const done = new Set(
      (db.prepare(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`).all() as { migration_name: string }[]).map((r) => r.migration_name),
    );
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      const run = db.transaction(() => {
        const now = new Date().toISOString();
        db.exec(m.sql);
        const broken = db.pragma("foreign_key_check") as unknown[];
        if (broken.length) throw new Error(`migration ${m.name} would leave ${broken.length} broken foreign keys`);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, ?, 1)`,
        ).run(randomUUID(), m.checksum, Date.now(), m.name, Date.parse(now));
      });
      run();
      applied.push(m.name);
    }
    // Keep the planner's statistics fresh (cheap when nothing changed).
    db.pragma("optimize");
    return { provider: "sqlite", applied };
  } finally {
    db.close();
  }
}

async function migratePostgres(url: string, migrations: Migration[]): Promise<MigrateResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Two app servers starting together must not both apply a migration.
    await client.query("SELECT pg_advisory_lock(72600451)");
    await client.query(CREATE_TABLE_PG);
    const { rows } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Set(rows.map((r) => r.migration_name));
    const applied: string[] = [];
    for (const m of migrations) {
      if (done.has(m.name)) continue;
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, applied_steps_count) VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw new Error(`Migration ${m.name} failed: ${(error as Error).message}`);
      }
      applied.push(m.name);
    }
    return { provider: "postgresql", applied };
  } finally {
    await client.query("SELECT pg_advisory_unlock(72600451)").catch(() => undefined);
    await client.end();
  }
}
