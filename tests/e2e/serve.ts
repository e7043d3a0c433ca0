/**
 * Starts Hallway for the browser tests on a brand-new SQLite file. It refuses
 * any DATABASE_URL that is not a throwaway file under data/test/, so a test run
 * can never wipe a real database.
 */
import { spawn } from "node:child_process";
import { mkdirSync, rmSync } from "node:fs";
import path from "node:path";

const file = path.resolve(`data/test/e2e-${process.env.PORT ?? "3210"}.db`);
const url = process.env.E2E_DATABASE_URL ?? `file:${file}`;
if (!url.startsWith("file:") || !path.resolve(url.slice(5)).startsWith(path.resolve("data/test") + path.sep)) {
  console.error(`refusing to run browser tests against ${url}: use a throwaway file under data/test/`);
  process.exit(1);
}
const target = path.resolve(url.slice(5));
mkdirSync(path.dirname(target), { recursive: true });
for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(target + suffix, { force: true });

const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: url },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
