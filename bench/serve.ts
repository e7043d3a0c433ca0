/**
 * bench:serve — Hallway under load on the synthetic large dataset, through the
 * production recipe, against nginx serving the same HTML as static files.
 *
 * Layers, each measured with wrk (64 connections, BENCH_SECONDS per run, 30 by
 * default) on five pages — a writeup, a talk, a speaker, a conference
 * programme and a talk's feed:
 *   static   plain nginx serving saved copies of those pages;
 *   proxy    deploy/nginx.conf in front of two Hallway instances;
 *   direct   one Hallway instance (scripts/server.mjs), no proxy;
 *   baseline a bare Next app (bench/baseline-app) under `next start`, serving
 *            one prerendered page of the same size: the framework's floor.
 * Each run follows an unrecorded BENCH_WARMUP_SECONDS (3) warm-up of the same URL.
 * Prints requests/s, p50, p99, errors, the ratio to static nginx and to the
 * baseline, and checks the issue's targets: direct ≥ 0.8× baseline; proxy
 * ≥ 0.5× static with p99 < 20 ms and no errors. Uses data/bench/search.db
 * (made by bench:search) and the current production build (`npm start` makes
 * it). Runs only on request; never in CI.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { connect } from "@/lib/server/db";
import { migrate } from "@/lib/server/migrate";

const SECONDS = Number(process.env.BENCH_SECONDS ?? 30);
/** Optional filters, e.g. BENCH_PAGES=talk,speaker BENCH_LAYERS=proxy, for looking into one figure. */
const ONLY_PAGES = process.env.BENCH_PAGES?.split(",");
const ONLY_LAYERS = process.env.BENCH_LAYERS?.split(",");
const DB = process.env.BENCH_DATABASE_URL ?? "file:./data/bench/search.db";
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const WRK = ["/usr/bin/wrk", "/usr/local/bin/wrk"].find((p) => existsSync(p));
if (!NGINX || !WRK) {
  console.error("bench:serve needs nginx and wrk: apt-get install -y nginx-light wrk");
  process.exit(2);
}
// BENCH_PORT_BASE moves all five ports, so that two checkouts can measure side by side.
const PORT_BASE = Number(process.env.BENCH_PORT_BASE ?? 4401);
const [A, B, PROXY, STATIC, BASELINE] = [0, 1, 2, 3, 4].map((i) => PORT_BASE + i) as [number, number, number, number, number];
const dir = mkdtempSync(path.join(os.tmpdir(), "hallway-bench-"));
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const c of children) {
    // The baseline runs as its own process group (npx → next-server).
    if (c.pid && c.spawnargs.includes("bench/baseline-app")) {
      try {
        process.kill(-c.pid, "SIGTERM");
      } catch {
        // already gone
      }
    } else c.kill("SIGTERM");
  }
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor(url: string) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

// Pending migrations first, as `npm start` does.
await migrate(DB);

// Pick real pages from the dataset.
const db = connect(DB);
const writeup = await db.writeup.findFirstOrThrow({ where: { status: "published" }, select: { slug: true }, orderBy: { id: "asc" } });
const talk = await db.talk.findFirstOrThrow({ where: { mentions: { some: {} } }, select: { slug: true, conference: { select: { slug: true } } }, orderBy: { id: "asc" } });
const speaker = await db.speaker.findFirstOrThrow({ where: { talks: { some: {} } }, select: { slug: true }, orderBy: { id: "asc" } });
await db.$disconnect();
const talkPath = `/conferences/${talk.conference.slug}/talks/${talk.slug}`;
const PAGES: [string, string][] = [
  ["writeup", `/writeups/${writeup.slug}`],
  ["talk", talkPath],
  ["speaker", `/speakers/${speaker.slug}`],
  ["programme", `/conferences/${talk.conference.slug}`],
  ["talk feed", `${talkPath}/feed.xml`],
];

for (const port of [A, B]) {
  children.push(spawn(process.execPath, ["scripts/server.mjs"], { env: { ...process.env, PORT: String(port), DATABASE_URL: DB, AUTH_SECRET: process.env.AUTH_SECRET ?? "bench-secret-0123456789abcdef0123456789" }, stdio: "ignore" }));
  await waitFor(`http://localhost:${port}/api/health`);
}

// Static copies of the same pages.
const root = path.join(dir, "static");
const sizes: number[] = [];
for (const [, page] of PAGES) {
  const body = await (await fetch(`http://localhost:${A}${page}`)).text();
  sizes.push(Buffer.byteLength(body));
  const file = path.join(root, page, "index.html");
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, body);
}

// The bare baseline: a one-page Next app, prerendered, as large as the median page here.
const medianBytes = [...sizes].sort((x, y) => x - y)[Math.floor(sizes.length / 2)]!;
const baselineDist = ".next-bench";
const built = spawnSync("npx", ["next", "build", "bench/baseline-app"], {
  env: { ...process.env, NEXT_DIST_DIR: baselineDist, BASELINE_BYTES: String(medianBytes), NEXT_TELEMETRY_DISABLED: "1" },
  encoding: "utf8",
});
if (built.status !== 0) throw new Error(`building bench/baseline-app failed:\n${built.stdout}\n${built.stderr}`);
children.push(
  spawn("npx", ["next", "start", "bench/baseline-app", "-p", String(BASELINE)], { env: { ...process.env, NEXT_DIST_DIR: baselineDist, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true }),
);
await waitFor(`http://localhost:${BASELINE}/`);
const baselineBytes = Buffer.byteLength(await (await fetch(`http://localhost:${BASELINE}/`)).text());
const recipe = readFileSync("deploy/nginx.conf", "utf8")
  .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${A};`)
  .replace("server 127.0.0.1:3001;", `server 127.0.0.1:${B};`)
  .replace("listen 8080;", `listen 127.0.0.1:${PROXY};`)
  .replace("/var/cache/nginx/hallway", path.join(dir, "cache"));
const temp = ["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((n) => `${n}_temp_path ${path.join(dir, n)};`).join(" ");
writeFileSync(
  path.join(dir, "nginx.conf"),
  `daemon off; user root; worker_processes auto; pid ${dir}/nginx.pid; error_log ${dir}/error.log warn;
events { worker_connections 4096; }
http { access_log off; sendfile on; tcp_nopush on; keepalive_requests 100000; ${temp}
  server { listen 127.0.0.1:${STATIC}; root ${root}; location / { try_files $uri $uri/index.html =404; default_type text/html; } }
${recipe}
}\n`,
);
const check = spawnSync(NGINX, ["-t", "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
if (check.status !== 0) throw new Error(check.stderr);
children.push(spawn(NGINX, ["-c", path.join(dir, "nginx.conf")], { stdio: "ignore" }));
await waitFor(`http://localhost:${PROXY}/api/health`);

interface Result {
  rps: number;
  p50: string;
  p99: string;
  errors: number;
}
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
function wrk(url: string): Result {
  // Steady state is what is measured: a short unrecorded run first warms every
  // instance's JIT and caches and nginx's cache (B never rendered these pages).
  if (WARMUP_SECONDS > 0) spawnSync(WRK!, ["-t2", "-c64", `-d${WARMUP_SECONDS}s`, url], { encoding: "utf8" });
  const out = spawnSync(WRK!, ["-t2", "-c64", `-d${SECONDS}s`, "--latency", url], { encoding: "utf8" }).stdout;
  const rps = Number(out.match(/Requests\/sec:\s+([\d.]+)/)?.[1] ?? 0);
  const p50 = out.match(/^\s+50%\s+(\S+)/m)?.[1] ?? "?";
  const p99 = out.match(/^\s+99%\s+(\S+)/m)?.[1] ?? "?";
  const socket = out.match(/Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/);
  const non2xx = Number(out.match(/Non-2xx or 3xx responses: (\d+)/)?.[1] ?? 0);
  const errors = (socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0) + non2xx;
  return { rps, p50, p99, errors };
}

if (process.env.BENCH_HOLD) {
  // For looking into a figure by hand: everything stays up until Ctrl-C.
  console.log(`holding: static :${STATIC}, proxy :${PROXY}, instances :${A} :${B}, baseline :${BASELINE}; nginx conf ${dir}/nginx.conf`);
  for (const [name, page] of PAGES) console.log(`  ${name}: ${page}`);
  await new Promise(() => {});
}

const ms = (t: string) => (t.endsWith("us") ? Number.parseFloat(t) / 1000 : t.endsWith("ms") ? Number.parseFloat(t) : t.endsWith("s") ? Number.parseFloat(t) * 1000 : Number.NaN);

console.log(`bench:serve — wrk -t2 -c64 for ${SECONDS} s per run; dataset ${DB}; ${os.cpus().length} CPUs`);
console.log(`page sizes: ${PAGES.map(([n], i) => `${n} ${(sizes[i]! / 1024).toFixed(1)} KB`).join(", ")}`);
const baseline = wrk(`http://localhost:${BASELINE}/`);
console.log(
  `baseline: bare Next prerendered page (${(baselineBytes / 1024).toFixed(1)} KB) under next start: ${baseline.rps.toFixed(0)} req/s, p50 ${baseline.p50}, p99 ${baseline.p99}, errors ${baseline.errors}\n`,
);
console.log(`${"page".padEnd(10)} ${"layer".padEnd(7)} ${"req/s".padStart(9)} ${"p50".padStart(9)} ${"p99".padStart(9)} ${"errors".padStart(7)} ${"× static".padStart(9)} ${"× baseline".padStart(11)}  target`);
const misses: string[] = [];
for (const [name, page] of PAGES) {
  if (ONLY_PAGES && !ONLY_PAGES.includes(name)) continue;
  const staticResult = wrk(`http://localhost:${STATIC}${page}/`);
  const layers = [
    ["proxy", `http://localhost:${PROXY}${page}`],
    ["direct", `http://localhost:${A}${page}`],
  ] as const;
  for (const [layer, result] of [
    ["static", staticResult] as const,
    ...layers.filter(([l]) => !ONLY_LAYERS || ONLY_LAYERS.includes(l)).map(([l, url]) => [l, wrk(url)] as const),
  ]) {
    const xStatic = result.rps / staticResult.rps;
    const xBaseline = result.rps / baseline.rps;
    let target = "";
    if (layer === "proxy") {
      const ok = xStatic >= 0.5 && ms(result.p99) < 20 && result.errors === 0;
      target = `${ok ? "met" : "MISSED"} (≥ 0.5× static, p99 < 20 ms, 0 errors)`;
      if (!ok) misses.push(`${name} proxy`);
    }
    if (layer === "direct") {
      const ok = xBaseline >= 0.8 && result.errors === 0;
      target = `${ok ? "met" : "MISSED"} (≥ 0.8× baseline)`;
      if (!ok) misses.push(`${name} direct`);
    }
    console.log(
      `${name.padEnd(10)} ${layer.padEnd(7)} ${result.rps.toFixed(0).padStart(9)} ${result.p50.padStart(9)} ${result.p99.padStart(9)} ${String(result.errors).padStart(7)} ${xStatic.toFixed(2).padStart(9)} ${xBaseline.toFixed(2).padStart(11)}  ${target}`,
    );
  }
}
console.log(misses.length ? `\ntargets missed: ${misses.join(", ")}` : "\nall targets met");
process.exit(0);
