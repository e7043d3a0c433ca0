/**
 * Starts Hallway for the browser tests on a brand-new database: a SQLite file
 * under data/test/ by default, or — with E2E_PG_URL=postgresql://user@host:port
 * — a PostgreSQL database named hallway_e2e_<port>, dropped and created afresh.
 * It touches nothing else: no other file, no other database name, so a test
 * run can never wipe a real database.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import pg from "pg";

const port = process.env.PORT ?? "3210";

async function freshDatabase(): Promise<string> {
  const server = process.env.E2E_PG_URL;
  if (server) {
    const name = `hallway_e2e_${port}`;
    const admin = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "${name}"`);
    await admin.end();
    return new URL(`/${name}`, server).toString();
  }
  const file = path.resolve(`data/test/e2e-${port}.db`);
  mkdirSync(path.dirname(file), { recursive: true });
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  return `file:${file}`;
}

const url = await freshDatabase();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
