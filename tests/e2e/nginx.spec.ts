/**
 * The production recipe, run for real: deploy/nginx.conf (ports and paths
 * rewritten) in front of two Hallway instances sharing one database. Checks
 * that anonymous pages are cached, that signed-in visitors and private pages
 * never are, and that a new writeup shows through the proxy and on both
 * instances once published. These are state checks: how soon it shows is a
 * figure for the benchmarks, not a pass/fail here (a time limit would fail
 * on a busy machine for no fault of the code). Skipped where nginx is not
 * installed (.ci/run installs it).
 */
import { expect, test } from "@playwright/test";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { APP_PORT } from "./support/ports";

const NGINX = ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));
const PORT_A = APP_PORT + 20;
const PORT_B = APP_PORT + 21;
const PROXY = APP_PORT + 22;
const proxy = `http://localhost:${PROXY}`;

test.describe.configure({ mode: "serial" });
test.skip(!NGINX, "nginx is not installed");

let dir: string;
let databaseUrl: string;
const children: ChildProcess[] = [];

async function freshDatabase(): Promise<string> {
  const server = process.env.E2E_PG_URL;
  if (server) {
    const admin = new pg.Client({ connectionString: new URL("/postgres", server).toString() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "hallway_e2e_nginx" WITH (FORCE)`);
    await admin.query(`CREATE DATABASE "hallway_e2e_nginx"`);
    await admin.end();
    return new URL("/hallway_e2e_nginx", server).toString();
  }
  const file = path.resolve("data/test/e2e-nginx.db");
  mkdirSync(path.dirname(file), { recursive: true });
  for (const s of ["", "-wal", "-shm"]) rmSync(file + s, { force: true });
  return `file:${file}`;
}

async function waitFor(url: string, ms = 120_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up`);
}

function startApp(port: number) {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, AUTH_SECRET: "nginx-e2e-secret-0123456789abcdef0123", AUTH_URL: proxy, HALLWAY_URL: proxy },
    stdio: "ignore",
  });
  children.push(child);
}

test.beforeAll(async ({}, info) => {
  test.skip(info.project.name !== "desktop", "one run is enough");
  info.setTimeout(240_000);
  dir = mkdtempSync(path.join(os.tmpdir(), "hallway-nginx-"));
  databaseUrl = await freshDatabase();
  // One after the other: the first migrates and seeds, the second finds it done.
  startApp(PORT_A);
  await waitFor(`http://localhost:${PORT_A}/api/health`);
  startApp(PORT_B);
  await waitFor(`http://localhost:${PORT_B}/api/health`);

  const recipe = readFileSync("deploy/nginx.conf", "utf8")
    .replace(/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${PORT_A};`)
    .replace(/server 127\.0\.0\.1:3001;/, `server 127.0.0.1:${PORT_B};`)
    .replace(/listen 8080;/, `listen 127.0.0.1:${PROXY};`)
    .replace(/\/var\/cache\/nginx\/hallway/, path.join(dir, "cache"));
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, name)};`;
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `daemon off; user root; worker_processes 1; pid ${path.join(dir, "nginx.pid")}; error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 256; }
http { access_log off; ${["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map(temp).join(" ")}
${recipe}
}\n`,
  );
  const check = spawnSync(NGINX!, ["-t", "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  expect(check.status, check.stderr).toBe(0);
  children.push(spawn(NGINX!, ["-c", path.join(dir, "nginx.conf")], { stdio: "ignore" }));
  await waitFor(`${proxy}/api/health`);
});

test.afterAll(async () => {
  for (const c of children.reverse()) c.kill("SIGTERM");
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("anonymous reader pages and feeds are served from nginx's cache", async ({ request }) => {
  for (const page of ["/speakers/diogo-monica", "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data/feed.xml"]) {
    await request.get(`${proxy}${page}`);
    const again = await request.get(`${proxy}${page}`);
    expect(again.status()).toBe(200);
    expect(["HIT", "UPDATING", "STALE"], page).toContain(again.headers()["x-cache"]);
  }
});

test("signed-in visitors and private pages are never cached", async ({ request }) => {
  const signedIn = await request.get(`${proxy}/speakers/diogo-monica`, { headers: { Cookie: "authjs.session-token=anything" } });
  expect(signedIn.headers()["x-cache"]).toBe("BYPASS");
  for (const page of ["/signin", "/api/health"]) {
    await request.get(`${proxy}${page}`);
    const again = await request.get(`${proxy}${page}`);
    expect(again.headers()["x-cache"], page).toBeUndefined();
    expect(again.headers()["cache-control"], page).toContain("no-store");
  }
});

/** Long enough for a busy CI machine; a guard against hanging, not the property under test. */
const SHOWS_UP = { timeout: 30_000, intervals: [100, 250, 500] };

test("a newly published writeup shows through the proxy, which had the talk page cached", async ({ request }) => {
  const talk = `${proxy}/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data`;
  expect(await (await request.get(talk)).text()).not.toContain("Racing at DockerCon");
  expect(await (await request.get(talk)).text()).not.toContain("Racing at DockerCon"); // now cached
  const file = path.join(dir, "racing.md");
  writeFileSync(file, "---\ntitle: Racing at DockerCon\nconference: dockercon-eu-2017\n---\n\n„Docker 500: Going fast while protecting data“ was the highlight.\n");
  const imported = spawnSync(process.execPath, ["--import", "tsx", "scripts/hallway.ts", "writeups", "import", file, "--author", "racer@example.com"], {
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  expect(imported.status, imported.stderr).toBe(0);
  await expect.poll(async () => (await request.get(talk)).text(), SHOWS_UP).toContain("Racing at DockerCon");
  // And both instances behind the proxy serve it. The other instance learns of the change from
  // the database, not from this request, so it may take a moment under load (it must not take forever).
  for (const port of [PORT_A, PORT_B]) {
    const direct = `http://localhost:${port}/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data`;
    await expect.poll(async () => (await request.get(direct)).text(), SHOWS_UP).toContain("Racing at DockerCon");
  }
});

test("a writeup published through one instance shows, with its talk links, on the other's talk page and feed", async ({ page }) => {
  const a = `http://localhost:${PORT_A}`;
  const b = `http://localhost:${PORT_B}`;
  const talkPath = "/conferences/dockercon-eu-2017/talks/docker-500-going-fast-while-protecting-data";
  // No sign-in method is configured on these instances: the development sign-in, on A.
  await page.goto(`${a}/signin`);
  const dev = page.getByRole("region", { name: "Development sign-in" });
  await dev.getByLabel("Display name").fill("Two Instances");
  await dev.getByLabel("Email").fill("two.instances@example.test");
  await dev.getByRole("button", { name: "Sign in for development" }).click();
  await page.waitForURL((url) => !url.pathname.startsWith("/signin"));
  await page.goto(`${a}/write`);
  await expect(page).toHaveURL(`${a}/write`);
  await page.getByRole("button", { name: "start a blank writeup" }).click();
  await expect(page).toHaveURL(/\/writeups\/[^/]+\/edit/);
  const title = `Across instances ${Date.now()}`;
  await page.getByLabel("Title").fill(title);
  await page.getByRole("checkbox", { name: /DockerCon Europe 2017/ }).check();
  await page.getByLabel("Text (markdown)").fill("The best talk was „Docker 500: Going fast while protecting data“.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.locator(".editor-status")).toContainText(/^Published \d/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;

  // Instance B, anonymous: the talk page lists it, the feed carries it, the writeup links the talk.
  const reader = page.context().request;
  const fresh = async (url: string) => (await fetch(url)).text();
  await expect.poll(() => fresh(`${b}${talkPath}`), SHOWS_UP).toContain(title);
  expect(await fresh(`${b}${talkPath}`)).toContain(`/writeups/${slug}`);
  await expect.poll(() => fresh(`${b}${talkPath}/feed.xml`), SHOWS_UP).toContain(title);
  const writeup = await fresh(`${b}/writeups/${slug}`);
  expect(writeup).toContain(`href="${talkPath}"`);
  expect(await fresh(`${b}/feed.xml`)).toContain(title);
  // Through the proxy too, and the app's own caching headers come along.
  await expect.poll(() => fresh(`${proxy}${talkPath}`), SHOWS_UP).toContain(title);
  // (Node's fetch: no cookies. The browser's session cookie is for "localhost", every port.)
  const anonymous = await fetch(`${proxy}/writeups/${slug}`);
  expect(anonymous.headers.get("cache-control")).toContain("s-maxage=2");
  // Next's own ETag for a page (strong; nginx weakens it when it compresses).
  expect(anonymous.headers.get("etag")).toMatch(/^(W\/)?"[^"]+"$/);
  const signedIn = await reader.get(`${proxy}/writeups/${slug}`);
  expect(signedIn.headers()["cache-control"]).toContain("no-store");
  expect(signedIn.headers()["x-cache"]).toBe("BYPASS");
});
