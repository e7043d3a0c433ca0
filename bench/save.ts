/**
 * `npm run bench:save` — the whole writeup save use case (read, parse,
 * detect, render, one transaction), timed and counted.
 *
 * Cases, on a fresh SQLite file (or BENCH_DATABASE_URL, a PostgreSQL
 * database the bench may wipe):
 *   (a) a demo writeup with a sentence appended;
 *   (b) a 10,000-word writeup with 50 mentions (bench/support/make-writeup.ts),
 *       filed under the demo conferences;
 *   (c) the same filed under no conference, so the detector searches every
 *       talk, after BENCH_TALKS (default 100,000) synthetic talks are added;
 *   (d) memory over BENCH_MEMORY_SAVES (default 1,000) saves of (b): heap after
 *       a full GC, at the start and at each quarter;
 *   (e) `hallway writeups import` of the 10k-word file against `hallway detect`
 *       of it, each as its own process (what an author runs).
 * For each it prints the median and p95 wall time of saveWriteup() and the
 * statements that reached the database driver per save, split into reads
 * outside the transaction, statements inside it, and BEGIN/COMMIT.
 * Nothing printed is hard-coded; run with `node --expose-gc` (the npm script
 * does) for the memory figures.
 *
 * Options (env): BENCH_RUNS (saves per case, default 30), BENCH_TALKS,
 * BENCH_MEMORY_SAVES, BENCH_SKIP=c,d,e to leave cases out.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeWriteup } from "./support/make-writeup";

process.env.CHECKPOINT_DISABLE = "1";
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TALKS = Number(process.env.BENCH_TALKS ?? 100_000);
const MEMORY_SAVES = Number(process.env.BENCH_MEMORY_SAVES ?? 1_000);
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").filter(Boolean));

const dir = path.join(os.tmpdir(), `hallway-bench-save-${process.pid}`);
mkdirSync(dir, { recursive: true });
const url = process.env.BENCH_DATABASE_URL ?? `file:${path.join(dir, "save.db")}`;
const postgres = url.startsWith("postgres");
process.env.DATABASE_URL = url;

const { migrate } = await import("../lib/server/migrate");
if (postgres) {
  const { Client } = await import("pg");
  const c = new Client({ connectionString: url });
  await c.connect();
  await c.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
  await c.end();
}
await migrate(url);

// ───────────── a client whose driver counts statements ─────────────
const count = { reads: 0, inTx: 0, control: 0 };
const reset = () => Object.assign(count, { reads: 0, inTx: 0, control: 0 });
type Queryable = { queryRaw: (q: unknown) => Promise<unknown>; executeRaw: (q: unknown) => Promise<unknown> };
function counted<T extends Queryable>(target: T, bucket: "reads" | "inTx"): T {
  for (const method of ["queryRaw", "executeRaw"] as const) {
    const original = target[method].bind(target);
    (target as Queryable)[method] = (q: unknown) => {
      const sql = String((q as { sql?: string }).sql ?? "");
      // BEGIN is counted where the transaction starts; COMMIT and ROLLBACK arrive as statements.
      if (/^\s*(COMMIT|ROLLBACK)/i.test(sql)) count.control += 1;
      else if (!/^\s*BEGIN/i.test(sql)) count[bucket] += 1;
      return original(q);
    };
  }
  return target;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function countingFactory(factory: any) {
  const connect = factory.connect.bind(factory);
  factory.connect = async () => {
    const adapter = counted(await connect(), "reads");
    const start = adapter.startTransaction.bind(adapter);
    adapter.startTransaction = async (...a: unknown[]) => {
      count.control += 1; // BEGIN, which the adapter may run without a statement of its own
      return counted(await start(...a), "inTx");
    };
    return adapter;
  };
  return factory;
}
const omit = { account: { access_token: true, refresh_token: true, id_token: true }, session: { sessionToken: true } };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let db: any;
if (postgres) {
  const { PrismaClient } = await import("@hallway/prisma-postgresql");
  const { PrismaPg } = await import("@prisma/adapter-pg");
  db = new PrismaClient({ adapter: countingFactory(new PrismaPg({ connectionString: url })), omit });
} else {
  const { PrismaClient } = await import("@hallway/prisma-sqlite");
  const { PrismaBetterSQLite3 } = await import("@prisma/adapter-better-sqlite3");
  db = new PrismaClient({ adapter: countingFactory(new PrismaBetterSQLite3({ url })), omit });
}
// lib/server/db.ts tells the providers apart by DATABASE_URL for a client it did not create.

// ───────────── data ─────────────
const { seedDemo } = await import("../prisma/seed/seed-demo");
const { saveWriteup } = await import("../lib/server/services/writeup-lifecycle");
let t0 = performance.now();
await seedDemo(db);
console.log(`database: ${postgres ? "PostgreSQL" : "SQLite"}; demo loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);

const target = await db.writeup.findFirstOrThrow({
  where: { slug: "three-days-in-copenhagen" },
  select: { id: true, authorId: true, title: true, body: true, author: { select: { role: true } }, conferences: { select: { conference: { select: { slug: true } } } } },
});
const actor = { id: target.authorId, role: target.author.role };
const demoSlugs: string[] = target.conferences.map((c: { conference: { slug: string } }) => c.conference.slug);
const big = makeWriteup({ demoDir: path.resolve("prisma/seed/demo"), words: 10_000, mentions: 50 });

let version = (await db.writeup.findUniqueOrThrow({ where: { id: target.id }, select: { version: true } })).version as number;
async function save(body: string, conferenceSlugs: string[]) {
  reset();
  const start = performance.now();
  const saved = await saveWriteup(db, actor, target.id, version, { title: target.title, body, conferenceSlugs });
  const ms = performance.now() - start;
  version = saved.writeup.version;
  return { ms, ...count, mentions: 0 };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)]!;
const distinct = (xs: number[]) => [...new Set(xs)].join("/");
const rows: Record<string, string | number>[] = [];
async function measure(label: string, body: (i: number) => string, conferenceSlugs: string[]) {
  const first = await save(body(-1), conferenceSlugs); // warms the shared index; reported apart
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await save(body(i), conferenceSlugs));
  const mentions = await db.mention.count({ where: { writeupId: target.id } });
  const ms = runs.map((r) => r.ms);
  const row = {
    case: label,
    saves: runs.length,
    "median ms": Number(pct(ms, 50).toFixed(1)),
    "p95 ms": Number(pct(ms, 95).toFixed(1)),
    "first save ms": Number(first.ms.toFixed(0)),
    "reads outside tx": distinct(runs.map((r) => r.reads)),
    "statements in tx": distinct(runs.map((r) => r.inTx)),
    "BEGIN+COMMIT": distinct(runs.map((r) => r.control)),
    mentions,
  };
  rows.push(row);
  console.log(`${label}: median ${row["median ms"]} ms, p95 ${row["p95 ms"]} ms over ${runs.length} saves (first ${row["first save ms"]} ms); round trips per save: ${row["reads outside tx"]} read + ${row["statements in tx"]} in the transaction + ${row["BEGIN+COMMIT"]} BEGIN/COMMIT; ${mentions} mentions stored`);
}

const demoBody = (i: number) => `${target.body.trimEnd()}\n\nEdited for the benchmark (${i}).\n`;
const bigBody = (i: number) => `${big.markdown}\nEdit ${i}.\n`;
console.log(`generated writeup: ${big.words} words, ${big.mentioned.length} talks and speakers mixed in`);
await measure("(a) demo writeup", demoBody, demoSlugs);
await measure("(b) 10k words, 50 mentions, demo conferences", bigBody, big.conferenceSlugs);

if (!SKIP.has("c")) {
  const { synthesize } = await import("../tools/synth/synthesize");
  t0 = performance.now();
  const sizes = { conferences: Math.max(1, Math.round(TALKS / 1000)), talks: TALKS, speakers: Math.round(TALKS * 0.6), writeups: 0 };
  await synthesize(db, sizes);
  const talks = await db.talk.count();
  console.log(`synthetic catalog of ${TALKS} talks loaded in ${((performance.now() - t0) / 1000).toFixed(1)} s (${talks} talks in all)`);
  await measure(`(c) 10k words, 50 mentions, no conference: all ${talks} talks`, bigBody, []);
  await measure(`(c) 10k words, 50 mentions, demo conferences, ${talks} talks on the site`, bigBody, big.conferenceSlugs);
}

if (!SKIP.has("d")) {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) console.log("(d) skipped: run with node --expose-gc (npm run bench:save does)");
  else {
    const heap = () => {
      gc();
      return process.memoryUsage().heapUsed / 2 ** 20;
    };
    const marks: string[] = [];
    const start = heap();
    marks.push(`0: ${start.toFixed(1)} MB`);
    t0 = performance.now();
    for (let i = 1; i <= MEMORY_SAVES; i++) {
      await save(bigBody(i), big.conferenceSlugs);
      if (i % Math.max(1, Math.floor(MEMORY_SAVES / 4)) === 0) marks.push(`${i}: ${heap().toFixed(1)} MB`);
    }
    const end = heap();
    console.log(`(d) heap after GC over ${MEMORY_SAVES} saves of (b) (${((performance.now() - t0) / 1000).toFixed(0)} s): ${marks.join(", ")}; growth ${(end - start).toFixed(1)} MB (${(((end - start) / start) * 100).toFixed(1)}%)`);
  }
}

if (!SKIP.has("e")) {
  const file = path.join(dir, "long-trip.md");
  writeFileSync(file, `---\ntitle: A very long week\nconference: ${big.conferenceSlugs[0]}\n---\n${big.markdown}`);
  const cli = (args: string[]) => {
    const start = performance.now();
    execFileSync(process.execPath, ["--import", "tsx", "scripts/hallway.ts", ...args], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
    return performance.now() - start;
  };
  const detect = [0, 1, 2].map(() => cli(["detect", file, "--conference", big.conferenceSlugs[0]!]));
  const imported = [0, 1, 2].map(() => cli(["writeups", "import", file, "--author", "bench@example.com"]));
  console.log(`(e) one process each, median of 3: hallway detect ${(pct(detect, 50) / 1000).toFixed(2)} s, hallway writeups import ${(pct(imported, 50) / 1000).toFixed(2)} s: import costs ${((pct(imported, 50) - pct(detect, 50)) / 1000).toFixed(2)} s more`);
}

console.table(rows);
await db.$disconnect();
rmSync(dir, { recursive: true, force: true });
