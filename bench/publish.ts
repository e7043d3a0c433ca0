/**
 * bench:publish — how soon a published writeup shows everywhere, through the
 * production recipe: deploy/nginx.conf in front of two Hallway instances on
 * one fresh SQLite database with the demo content.
 *
 * Each round warms nginx's cache of a talk page, publishes a writeup that
 * links that talk with `hallway writeups import`, and times (from the moment
 * the command returns) until the writeup's title is on the talk page through
 * the proxy, on instance A and on instance B. Prints every round, the median
 * and the worst, and whether the promise holds: a publish is visible
 * within 5 s on every instance. The e2e nginx spec checks that it shows at
 * all; the time is measured here, never asserted in a test.
 *
 * BENCH_ROUNDS (default 5). Needs nginx; uses the production build (made by
 * scripts/start.ts if it is stale). Runs only on request; never in CI.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const BUDGET_MS = 5_000;
const GIVE_UP_MS = 30_000;
const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
if (!NGINX) {
  console.error("bench:publish needs nginx: apt-get install -y nginx-light");
  process.exit(2);
}
const [A, B, PROXY] = [4411, 4412, 4413];
const proxy = `http://localhost:${PROXY}`;
const TALK = "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data";
const dir = mkdtempSync(path.join(os.tmpdir(), "hallway-bench-publish-"));
const DB = `file:${path.join(dir, "hallway.db")}`;
const children: ChildProcess[] = [];
process.on("exit", () => {
  for (const c of children.reverse()) c.kill("SIGTERM");
  rmSync(dir, { recursive: true, force: true });
});

async function waitFor(url: string) {
  for (let i = 0; i < 1500; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not come up`);
}

/** Milliseconds from now until `url` contains `text`, or Infinity after GIVE_UP_MS. */
async function until(url: string, text: string, from: number): Promise<number> {
  while (Date.now() - from < GIVE_UP_MS) {
    if ((await (await fetch(url)).text()).includes(text)) return Date.now() - from;
    await new Promise((r) => setTimeout(r, 50));
  }
  return Infinity;
}

// One after the other: the first migrates, seeds and builds if needed; the second finds it done.
for (const port of [A, B]) {
  children.push(
    spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
      env: { ...process.env, PORT: String(port), DATABASE_URL: DB, AUTH_SECRET: "bench-publish-secret-0123456789abcdef", AUTH_URL: proxy, HALLWAY_URL: proxy },
      stdio: port === A ? "inherit" : "ignore",
    }),
  );
  await waitFor(`http://localhost:${port}/api/health`);
}

const recipe = readFileSync("deploy/nginx.conf", "utf8")
  .replace("server 127.0.0.1:3000;", `server 127.0.0.1:${A};`)
  .replace("server 127.0.0.1:3001;", `server 127.0.0.1:${B};`)
  .replace("listen 8080;", `listen 127.0.0.1:${PROXY};`)
  .replace("/var/cache/nginx/hallway", path.join(dir, "cache"));
const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
writeFileSync(
  path.join(dir, "nginx.conf"),
  `daemon off; user root; worker_processes 1; pid ${path.join(dir, "nginx.pid")}; error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 256; }
http { access_log off; ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join(" ")}
${recipe}
}\n`,
);
const check = spawnSync(NGINX, ["-t", "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
if (check.status !== 0) throw new Error(`nginx -t failed: ${check.stderr}`);
children.push(spawn(NGINX, ["-c", path.join(dir, "nginx.conf")], { stdio: "ignore" }));
await waitFor(`${proxy}/api/health`);

const rows: { proxy: number; a: number; b: number }[] = [];
for (let round = 1; round <= ROUNDS; round++) {
  // A cached copy to go stale: two requests, the second served by nginx.
  await fetch(`${proxy}${TALK}`);
  await fetch(`${proxy}${TALK}`);
  const title = `Racing at DockerCon, round ${round} ${Date.now()}`;
  const file = path.join(dir, `round-${round}.md`);
  writeFileSync(file, `---\ntitle: ${title}\nconference: dockercon-eu-2017\n---\n\n„Docker 500: Going fast while protecting data“ was the highlight.\n`);
  const imported = spawnSync(process.execPath, ["--import", "tsx", "scripts/hallway.ts", "writeups", "import", file, "--author", "racer@example.com"], {
    env: { ...process.env, DATABASE_URL: DB },
    encoding: "utf8",
  });
  if (imported.status !== 0) throw new Error(`import failed: ${imported.stderr}`);
  const published = Date.now();
  const [p, a, b] = await Promise.all([until(`${proxy}${TALK}`, title, published), until(`http://localhost:${A}${TALK}`, title, published), until(`http://localhost:${B}${TALK}`, title, published)]);
  rows.push({ proxy: p, a, b });
  console.log(`round ${round}: proxy ${p} ms, instance A ${a} ms, instance B ${b} ms`);
}

const worst = rows.map((r) => Math.max(r.proxy, r.a, r.b));
const sorted = [...worst].sort((x, y) => x - y);
const median = sorted[Math.floor(sorted.length / 2)] ?? Infinity;
const max = sorted[sorted.length - 1] ?? Infinity;
console.log(`\nvisible everywhere after: median ${median} ms, worst ${max} ms over ${ROUNDS} rounds`);
console.log(`target (every instance within ${BUDGET_MS / 1000} s): ${max < BUDGET_MS ? "met" : "NOT met"}`);
process.exit(0);
