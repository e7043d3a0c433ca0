/**
 * bench:search — the search page's queries on the synthetic large dataset
 * (100,000 writeups, 50,000 talks, 30,000 speakers, 200 conferences).
 * Target (issue 6): median query under 50 ms.
 *
 * The dataset is generated once into data/bench/search.db (about 4 minutes)
 * and reused; set BENCH_DATABASE_URL=postgres://… to measure PostgreSQL (the
 * database must be empty the first time, and is filled the same way).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { connect } from "@/lib/server/db";
import { migrate } from "@/lib/server/migrate";
import { search } from "@/lib/server/repositories/search";

const SIZES = { conferences: 200, talks: 50_000, speakers: 30_000, writeups: 100_000 };
const QUERIES = ["kubernetes", "rust production", "monica", "mónica", "scaling million", "ada lovelace", "zoe", "debugging ebpf", "chaos engineering", "ritchie", "obs", "train home", "notes", "devconf berlin", "the hidden cost of graphql"];
const RUNS = 15;

mkdirSync("data/bench", { recursive: true });
const url = process.env.BENCH_DATABASE_URL ?? "file:./data/bench/search.db";
await migrate(url);
let db = connect(url);
if ((await db.writeup.count()) < SIZES.writeups) {
  await db.$disconnect();
  console.log(`bench:search — generating ${SIZES.writeups} writeups, ${SIZES.talks} talks and ${SIZES.speakers} speakers (once)…`);
  const args = Object.entries(SIZES).flatMap(([k, v]) => [`--${k}`, String(v)]);
  const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/hallway.ts", "synth", ...args], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  db = connect(url);
}
console.log(`bench:search — ${await db.writeup.count()} writeups, ${await db.talk.count()} talks, ${await db.speaker.count()} speakers (${url.startsWith("file:") ? "SQLite" : "PostgreSQL"})`);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const all: number[] = [];
console.log(`${"query".padEnd(28)} ${"results".padStart(8)} ${"median".padStart(9)} ${"max".padStart(9)}`);
for (const q of QUERIES) {
  await search(db, q, { limit: 5 }); // warm
  const times: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    const r = await search(db, q, { limit: 5 });
    times.push(performance.now() - t0);
    total = r.counts.writeup + r.counts.talk + r.counts.speaker;
  }
  all.push(...times);
  console.log(`${JSON.stringify(q).padEnd(28)} ${String(total).padStart(8)} ${median(times).toFixed(1).padStart(7)} ms ${Math.max(...times).toFixed(1).padStart(7)} ms`);
}
console.log(`median over all queries: ${median(all).toFixed(1)} ms (target < 50 ms); p95 ${[...all].sort((a, b) => a - b)[Math.floor(all.length * 0.95)]!.toFixed(1)} ms`);
await db.$disconnect();
