/**
 * A throwaway database for integration tests: a fresh SQLite file under
 * data/test/ (or, with TEST_DATABASE_URL=postgres://…, a fresh schema on that
 * server), migrated, and removed again by `drop()`.
 */
import { randomUUID } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { connect, type Db } from "@/lib/server/db";
import { migrate } from "@/lib/server/migrate";

export interface TestDb {
  db: Db;
  url: string;
  drop(): Promise<void>;
}

export async function createTestDb(): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  if (base && /^postgres(ql)?:\/\//.test(base)) {
    const schema = `t_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
    const admin = new pg.Client({ connectionString: base });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await admin.end();
    const url = `${base}${base.includes("?") ? "&" : "?"}schema=${schema}&options=-c%20search_path%3D${schema}`;
    await migrate(url);
    const db = connect(url);
    return {
      db,
      url,
      async drop() {
        await db.$disconnect();
        const c = new pg.Client({ connectionString: base });
        await c.connect();
        await c.query(`DROP SCHEMA "${schema}" CASCADE`);
        // pg-boss keeps its jobs beside it (lib/server/jobs/queue.ts pgBossSchema).
        await c.query(`DROP SCHEMA IF EXISTS "${schema}_pgboss" CASCADE`);
        await c.end();
      },
    };
  }
  const dir = path.resolve("data/test");
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `it-${process.pid}-${randomUUID().slice(0, 8)}.db`);
  const url = `file:${file}`;
  await migrate(url);
  const db = connect(url);
  return {
    db,
    url,
    async drop() {
      await db.$disconnect();
      for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
    },
  };
}
