/**
 * `npm start` (scripts/start.ts): everything a fresh clone needs to serve
 * Hallway, in order.
 *   1. apply migrations to DATABASE_URL (a new SQLite file is created);
 *   2. load the demo content (prisma/seed/demo) if the database is empty,
 *      unless HALLWAY_DEMO=0;
 *   3. build the production bundle if it is missing or older than the source;
 *   4. serve on PORT (default 3000) with scripts/server.mjs (JSON request logs,
 *      graceful shutdown on SIGTERM).
 * `dev` runs `next dev` instead of 3 and 4.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrate } from "@/lib/server/migrate";
import { connect } from "@/lib/server/db";
import { databaseUrl, providerOf } from "@/lib/server/database-url";
import { seedDemo } from "@/prisma/seed/seed-demo";
import { purgeTrash } from "@/lib/server/services/writeup-lifecycle";
import { authEnv } from "@/lib/server/env";

const nextBin = path.join("node_modules", "next", "dist", "bin", "next");
const DIST_DIR = process.env.NEXT_DIST_DIR ?? ".next";
const BUILD_STAMP = path.join(DIST_DIR, "hallway-build.json");
const BUILD_INPUTS = ["app", "components", "lib", "public", "types", "next.config.js", "package-lock.json", "tsconfig.json", "prisma/models.prisma"];

function log(line: string) {
  console.log(`hallway: ${line}`);
}

/** A hash of everything that goes into the bundle, to tell whether .next is stale. */
function sourceHash(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
    } else {
      hash.update(p).update(readFileSync(p));
    }
  };
  BUILD_INPUTS.forEach(walk);
  return hash.digest("hex");
}

function buildIfStale() {
  const hash = sourceHash();
  const stamp = existsSync(BUILD_STAMP) ? (JSON.parse(readFileSync(BUILD_STAMP, "utf8")) as { hash?: string }) : {};
  if (stamp.hash === hash && existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    log("production build is up to date");
    return;
  }
  log("building the production bundle (next build)…");
  const started = Date.now();
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    console.error("hallway: next build failed; see the output above.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(BUILD_STAMP, JSON.stringify({ hash, builtAt: new Date().toISOString() }));
  log(`built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

/**
 * Sign-in needs AUTH_SECRET. So that a fresh clone starts with no configuration,
 * one is made once and kept in data/auth-secret (readable by this user only).
 * Several app servers sharing sessions must all be given the same AUTH_SECRET.
 */
function ensureAuthSecret() {
  if (process.env.AUTH_SECRET?.trim()) return;
  const file = path.join("data", "auth-secret");
  let secret = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  const created = !secret;
  if (created) {
    mkdirSync(path.dirname(file), { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  }
  process.env.AUTH_SECRET = secret;
  log(`AUTH_SECRET is not set: ${created ? "created" : "using"} ${file} (set AUTH_SECRET when several servers share sessions)`);
}

/** Prepares the database and the bundle, then serves (or runs next dev) until the server exits. */
export async function startHallway({ dev }: { dev: boolean }): Promise<void> {
  const port = process.env.PORT ?? "3000";
  ensureAuthSecret();
  // A half-configured sign-in method fails here, naming the variable, not on the first request.
  authEnv();
  const url = databaseUrl();
  const { applied } = await migrate(url);
  log(`${providerOf(url)} database ready${applied.length ? ` (applied ${applied.join(", ")})` : ""}`);

  const db = connect(url);
  try {
    if (process.env.HALLWAY_DEMO === "0") log("HALLWAY_DEMO=0: the demo content is not loaded");
    else {
      const seeded = await seedDemo(db, { log });
      seeded.notes.forEach((n) => log(n));
    }
    // Also done every six hours by each running server (instrumentation.ts).
    const purged = await purgeTrash(db);
    if (purged) log(`purged ${purged} writeup${purged === 1 ? "" : "s"} 30 days in the trash`);
  } finally {
    await db.$disconnect();
  }

  if (!dev) buildIfStale();
  log(`serving on http://localhost:${port}`);
  // Production runs scripts/server.mjs: Next's handler with a JSON log line per
  // request and a graceful drain on SIGTERM.
  const args = dev ? [nextBin, "dev", "-p", port] : ["scripts/server.mjs"];
  const child = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
  child.on("exit", (code) => process.exit(code ?? 0));
}
