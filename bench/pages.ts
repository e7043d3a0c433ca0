/**
 * bench:pages — every reader page's server time on the synthetic large dataset
 * (200 conferences, 50,000 talks, 30,000 speakers, 100,000 writeups; made once
 * by bench:search into data/bench/search.db). Target (issue 7): each page's
 * median under 50 ms.
 *
 * Starts the production server (scripts/server.mjs) from its own build folder,
 * .next-pages, so it never clashes with a `next build` in .next; pass --build
 * (or delete the folder) to rebuild it from the current source. Picks heavy
 * real pages from the data (the busiest talk, the speaker with most talks, the
 * conference with most talks, …), warms each, then requests each BENCH_RUNS
 * times (30 by default) one after another, without cookies, and prints the
 * median and p95 of the wall time seen by the client on loopback, the server's
 * own median from its JSON request log (`ms`), and the response size.
 * `--json FILE` also writes the figures as JSON (docs/performance.md compares
 * two such runs).
 *
 * Exits non-zero only when a page answers anything but 200; timings are
 * reported, never enforced. Applies pending migrations to the dataset first,
 * as `npm start` would. Runs only on request; never in CI.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { createInterface } from "node:readline";
import { connect } from "@/lib/server/db";
import { migrate } from "@/lib/server/migrate";

const DB = process.env.BENCH_DATABASE_URL ?? "file:./data/bench/search.db";
const PORT = Number(process.env.BENCH_PORT ?? 4611);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const DIST_DIR = process.env.BENCH_DIST_DIR ?? ".next-pages";
const ORIGIN = `http://localhost:${PORT}`;
const args = process.argv.slice(2);
const jsonOut = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const env = {
  ...process.env,
  NEXT_DIST_DIR: DIST_DIR,
  NEXT_TELEMETRY_DISABLED: "1",
  CHECKPOINT_DISABLE: "1",
};

if (args.includes("--build") || !existsSync(`${DIST_DIR}/BUILD_ID`)) {
  console.log(`bench:pages — building into ${DIST_DIR} …`);
  const built = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], { stdio: "inherit", env });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

await migrate(DB);

// ───────────────────────── pick the pages ─────────────────────────
// Plain SQL that both databases understand; the busiest rows by each measure.
const db = connect(DB);
type Row = Record<string, string>;
const one = async (sql: string): Promise<Row> => {
  const rows = await db.$queryRawUnsafe<Row[]>(sql);
  if (!rows[0]) throw new Error(`the dataset has nothing for: ${sql}`);
  return rows[0];
};
const busiestTalk = await one(`SELECT c."slug" AS "conference", t."slug" AS "talk", t."title" AS "title" FROM "Talk" t JOIN "Conference" c ON c."id" = t."conferenceId"
  WHERE t."id" = (SELECT "talkId" FROM "Mention" WHERE "talkId" IS NOT NULL GROUP BY "talkId" ORDER BY count(*) DESC, "talkId" LIMIT 1)`);
const busiestSpeaker = await one(`SELECT s."slug" AS "slug" FROM "Speaker" s
  WHERE s."id" = (SELECT "speakerId" FROM "TalkSpeaker" GROUP BY "speakerId" ORDER BY count(*) DESC, "speakerId" LIMIT 1)`);
const mentionedSpeaker = await one(`SELECT s."slug" AS "slug" FROM "Speaker" s
  WHERE s."id" = (SELECT "speakerId" FROM "Mention" WHERE "speakerId" IS NOT NULL GROUP BY "speakerId" ORDER BY count(*) DESC, "speakerId" LIMIT 1)`);
const busiestConference = await one(`SELECT c."slug" AS "slug" FROM "Conference" c
  WHERE c."id" = (SELECT "conferenceId" FROM "Talk" GROUP BY "conferenceId" ORDER BY count(*) DESC, "conferenceId" LIMIT 1)`);
const filedConference = await one(`SELECT c."slug" AS "slug" FROM "Conference" c
  WHERE c."id" = (SELECT "conferenceId" FROM "WriteupConference" GROUP BY "conferenceId" ORDER BY count(*) DESC, "conferenceId" LIMIT 1)`);
const busiestWriteup = await one(`SELECT w."slug" AS "slug" FROM "Writeup" w
  WHERE w."id" = (SELECT "writeupId" FROM "Mention" GROUP BY "writeupId" ORDER BY count(*) DESC, "writeupId" LIMIT 1)`);
const busiestAuthor = await one(`SELECT u."username" AS "username" FROM "User" u
  WHERE u."id" = (SELECT "authorId" FROM "Writeup" WHERE "status" = 'published' GROUP BY "authorId" ORDER BY count(*) DESC, "authorId" LIMIT 1)`);
await db.$disconnect();

const talkPage = `/conferences/${busiestTalk.conference}/talks/${busiestTalk.talk}`;
// A word of the busiest talk's title: a query that matches many writeups and talks.
const word = (busiestTalk.title ?? "").split(/\W+/).filter((w) => w.length > 3)[0] ?? "kubernetes";
const PAGES: [string, string][] = [
  ["home", "/"],
  ["home p2", "/?page=2"],
  ["conferences", "/conferences"],
  ["conferences p2", "/conferences?page=2"],
  ["speakers", "/speakers"],
  ["speakers p2", "/speakers?page=2"],
  ["programme", `/conferences/${busiestConference.slug}`],
  ["programme uncovered", `/conferences/${busiestConference.slug}?filter=uncovered`],
  ["programme .ics", `/conferences/${busiestConference.slug}/schedule.ics`],
  ["conf writeups", `/conferences/${filedConference.slug}/writeups`],
  ["conf writeups p2", `/conferences/${filedConference.slug}/writeups?page=2`],
  ["talk", talkPage],
  ["talk p2", `${talkPage}?page=2`],
  ["speaker most talks", `/speakers/${busiestSpeaker.slug}`],
  ["speaker most named", `/speakers/${mentionedSpeaker.slug}`],
  ["writeup", `/writeups/${busiestWriteup.slug}`],
  ["author", `/authors/${busiestAuthor.username}`],
  ["author p2", `/authors/${busiestAuthor.username}?page=2`],
  ["search", `/search?q=${encodeURIComponent(word.toLowerCase())}`],
  ["search 2 words", `/search?q=${encodeURIComponent("rust production")}`],
  ["search writeups p2", `/search?q=${encodeURIComponent(word.toLowerCase())}&type=writeup&page=2`],
  ["site feed", "/feed.xml"],
  ["conference feed", `/conferences/${busiestConference.slug}/feed.xml`],
  ["talk feed", `${talkPage}/feed.xml`],
  ["speaker feed", `/speakers/${busiestSpeaker.slug}/feed.xml`],
  ["author feed", `/authors/${busiestAuthor.username}/feed.xml`],
  ["sitemap index", "/sitemap.xml"],
  ["sitemap writeups", "/sitemaps/writeups-1.xml"],
  ["sitemap authors", "/sitemaps/authors-1.xml"],
];

// ───────────────────────── start the server ─────────────────────────
const children: ChildProcess[] = [];
process.on("exit", () => children.forEach((c) => c.kill("SIGTERM")));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

const server = spawn(process.execPath, ["scripts/server.mjs"], {
  env: {
    ...env,
    PORT: String(PORT),
    HOST: "127.0.0.1",
    DATABASE_URL: DB,
    HALLWAY_URL: ORIGIN,
    AUTH_URL: ORIGIN,
    // Only for this throwaway server; 32+ characters as lib/server/env.ts requires.
    AUTH_SECRET: "bench-only-auth-secret-0123456789abcdef",
    AUTH_GITHUB_ID: "",
    AUTH_GITHUB_SECRET: "",
    AUTH_OIDC_ISSUER: "",
    AUTH_OIDC_ID: "",
    AUTH_OIDC_SECRET: "",
    AUTH_OIDC_NAME: "",
    AUTH_EMAIL_SERVER: "",
    AUTH_EMAIL_FROM: "",
    HALLWAY_ADMIN_EMAIL: "",
    HALLWAY_ENV: "",
    // Measure the pages, not the anonymous micro-cache in front of them
    // (scripts/response-cache.mjs; 0 turns it off).
    HALLWAY_MICROCACHE: "0",
    HALLWAY_MICROCACHE_MS: "0",
  },
  stdio: ["ignore", "pipe", "inherit"],
});
children.push(server);
server.on("exit", (code) => {
  console.error(`bench:pages — the server exited (${code})`);
  process.exit(1);
});

// The server's own timing of each request, from its JSON log (path has no query).
const serverMs = new Map<string, number[]>();
createInterface({ input: server.stdout! }).on("line", (line) => {
  try {
    const entry = JSON.parse(line) as { msg?: string; path?: string; ms?: number };
    if (entry.msg === "request" && entry.path && typeof entry.ms === "number") {
      serverMs.set(entry.path, [...(serverMs.get(entry.path) ?? []), entry.ms]);
    } else if (entry.msg !== "request" && entry.msg !== "listening") {
      console.error(line);
    }
  } catch {
    console.error(line);
  }
});

for (let i = 0; ; i++) {
  try {
    if ((await fetch(`${ORIGIN}/api/health`)).ok) break;
  } catch {
    // not up yet
  }
  if (i > 300) throw new Error("the server did not come up in 60 s");
  await new Promise((r) => setTimeout(r, 200));
}

// ───────────────────────── measure ─────────────────────────
const quantile = (xs: number[], q: number) => {
  if (xs.length === 0) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
};
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

async function get(path: string): Promise<{ status: number; bytes: number; ms: number }> {
  const started = performance.now();
  const response = await fetch(`${ORIGIN}${path}`, { redirect: "manual" });
  const body = new Uint8Array(await response.arrayBuffer());
  return { status: response.status, bytes: body.byteLength, ms: performance.now() - started };
}

interface Result {
  name: string;
  path: string;
  median: number;
  p95: number;
  serverMedian: number;
  bytes: number;
  errors: string[];
}
const results: Result[] = [];
const fmt = (n: number) => (Number.isFinite(n) ? n.toFixed(1) : "?");
console.log(`bench:pages — ${RUNS} sequential requests per page after 3 warm-ups; dataset ${DB}; build ${DIST_DIR}\n`);
console.log(`${"page".padEnd(20)} ${"median ms".padStart(10)} ${"p95 ms".padStart(8)} ${"server ms".padStart(10)} ${"bytes".padStart(9)}  path`);
for (const [name, path] of PAGES) {
  const errors: string[] = [];
  for (let i = 0; i < 3; i++) {
    const warm = await get(path);
    if (warm.status !== 200) errors.push(`warm-up answered ${warm.status}`);
  }
  const pathOnly = path.split("?")[0]!;
  serverMs.delete(pathOnly);
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS && errors.length === 0; i++) {
    const r = await get(path);
    if (r.status !== 200) errors.push(`answered ${r.status}`);
    times.push(r.ms);
    bytes = r.bytes;
  }
  await new Promise((r) => setTimeout(r, 20)); // let the last log line arrive
  const result = { name, path, median: median(times), p95: quantile(times, 0.95), serverMedian: median(serverMs.get(pathOnly) ?? []), bytes, errors };
  results.push(result);
  console.log(
    `${name.padEnd(20)} ${fmt(result.median).padStart(10)} ${fmt(result.p95).padStart(8)} ${fmt(result.serverMedian).padStart(10)} ${String(bytes).padStart(9)}  ${path}${errors.length ? `  ERROR: ${errors[0]}` : ""}`,
  );
}

const over = results.filter((r) => r.median >= 50);
console.log(`\n${results.length - over.length} of ${results.length} pages under 50 ms median${over.length ? `; over: ${over.map((r) => r.name).join(", ")}` : ""}`);
if (jsonOut) writeFileSync(jsonOut, `${JSON.stringify({ date: new Date().toISOString(), database: DB, runs: RUNS, results }, null, 2)}\n`);
const failed = results.filter((r) => r.errors.length);
server.removeAllListeners("exit");
process.exit(failed.length ? 1 : 0);
