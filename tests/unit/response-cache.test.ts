/**
 * The production server's caching policy (scripts/response-cache.mjs), over a
 * real HTTP server whose handler behaves like Next's for a dynamic page: it
 * says "private, no-store" and streams the body in pieces.
 */
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
// @ts-expect-error a plain ES module without types, run by scripts/server.mjs
import { createResponseCache, PUBLIC_CACHE_CONTROL } from "../../scripts/response-cache.mjs";

let server: Server;
let base: string;
let renders = 0;
let clock = 1_000_000;
let version = 1;
const cache = createResponseCache({ ttlMs: 1000, staleMs: 5000, now: () => clock });

function fakeNext(req: IncomingMessage, res: ServerResponse): Promise<void> {
  renders++;
  return new Promise((resolve) => {
    const path = req.url ?? "/";
    if (req.method === "POST") {
      version++;
      res.writeHead(303, { Location: "/" }).end();
      return resolve();
    }
    res.setHeader("Cache-Control", "private, no-cache, no-store, max-age=0, must-revalidate");
    res.setHeader("Content-Type", "text/html; charset=utf-8");
    if (path === "/cookie") res.setHeader("Set-Cookie", "x=1");
    // Route handlers' headers may reach Node as arrays.
    if (path === "/feed.xml") res.setHeader("ETag", ['W/"feed-v1"']).setHeader("Cache-Control", "public, max-age=60, s-maxage=2").setHeader("Last-Modified", "Mon, 23 Nov 2026 10:42:36 GMT");
    if (path === "/missing") res.statusCode = 404;
    if (path === "/boom") res.statusCode = 500;
    // Streamed in pieces, after a while, like a render.
    setTimeout(() => {
      res.write(`<html><p>${path} v${version}</p>`);
      res.write(Buffer.from("<p>second chunk</p>"));
      res.end("</html>");
      resolve();
    }, 20);
  });
}

before(async () => {
  server = createServer((req, res) => void cache.serve(req, res, fakeNext));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(() => server.close());

test("an anonymous page gets public caching headers, a validator, and its whole body", async () => {
  const res = await fetch(`${base}/speakers/a`);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("cache-control"), PUBLIC_CACHE_CONTROL);
  assert.match(res.headers.get("vary") ?? "", /Cookie/);
  assert.match(res.headers.get("etag") ?? "", /^W\/"/);
  assert.equal(await res.text(), "<html><p>/speakers/a v1</p><p>second chunk</p></html>");
});

test("If-None-Match gets 304 without a body, on a fresh render too", async () => {
  clock += 5000;
  const first = await fetch(`${base}/talks/x`);
  const etag = first.headers.get("etag")!;
  clock += 5000; // expired: this one renders again
  const before = renders;
  const again = await fetch(`${base}/talks/x`, { headers: { "If-None-Match": etag } });
  assert.equal(renders, before + 1);
  assert.equal(again.status, 304);
  assert.equal(await again.text(), "");
});

test("the same page within the second is served from memory, and concurrent misses render once", async () => {
  clock += 5000;
  const before = renders;
  const results = await Promise.all(Array.from({ length: 10 }, () => fetch(`${base}/programme`).then((r) => r.text())));
  assert.equal(renders, before + 1, "ten concurrent requests, one render");
  assert.ok(results.every((t) => t === results[0]));
  const hit = await fetch(`${base}/programme`);
  assert.equal(hit.headers.get("x-hallway-cache"), "HIT");
  assert.equal(renders, before + 1);
  clock += 1001;
  await fetch(`${base}/programme`);
  assert.equal(renders, before + 2, "expired after a second");
});

test("signed-in visitors, private paths and cookie-setting responses keep Next's headers and are never cached", async () => {
  const signedIn = await fetch(`${base}/speakers/a`, { headers: { Cookie: "theme=dark; authjs.session-token=abc" } });
  assert.match(signedIn.headers.get("cache-control")!, /no-store/);
  assert.equal(signedIn.headers.get("x-hallway-cache"), null);
  for (const path of ["/dashboard", "/admin/people", "/writeups/mine/edit", "/api/health", "/signin", "/cookie"]) {
    const before = renders;
    await fetch(`${base}${path}`);
    const second = await fetch(`${base}${path}`);
    assert.match(second.headers.get("cache-control")!, /no-store/, path);
    assert.equal(renders, before + 2, `${path} rendered every time`);
  }
});

test("errors are not cached; 404s are, briefly", async () => {
  const before = renders;
  await fetch(`${base}/boom`);
  const again = await fetch(`${base}/boom`);
  assert.equal(again.status, 500);
  assert.equal(renders, before + 2);
  const missing = await fetch(`${base}/missing`);
  assert.equal(missing.status, 404);
  assert.equal(missing.headers.get("cache-control"), PUBLIC_CACHE_CONTROL);
});

test("a mutation through this instance clears its cache at once", async () => {
  clock += 5000;
  assert.match(await (await fetch(`${base}/home`)).text(), /v1|v\d/);
  const v = version;
  await fetch(`${base}/home`, { method: "POST", redirect: "manual" });
  assert.equal(version, v + 1);
  assert.match(await (await fetch(`${base}/home`)).text(), new RegExp(`v${v + 1}`));
});

test("a route's own ETag and Cache-Control are kept, and a cached copy answers If-None-Match", async () => {
  clock += 5000;
  const first = await fetch(`${base}/feed.xml`);
  assert.equal(first.headers.get("etag"), 'W/"feed-v1"');
  assert.equal(first.headers.get("cache-control"), "public, max-age=60, s-maxage=2");
  const hit = await fetch(`${base}/feed.xml`, { headers: { "If-None-Match": 'W/"feed-v1"' } });
  assert.equal(hit.status, 304);
  assert.equal(hit.headers.get("x-hallway-cache"), "HIT");
  const since = await fetch(`${base}/feed.xml`, { headers: { "If-Modified-Since": "Mon, 23 Nov 2026 10:42:36 GMT" } });
  assert.equal(since.status, 304);
  const older = await fetch(`${base}/feed.xml`, { headers: { "If-Modified-Since": "Mon, 23 Nov 2026 10:42:35 GMT" } });
  assert.equal(older.status, 200);
});

test("an expired copy is served, marked STALE, while one request re-renders it", async () => {
  clock += 10_000;
  await fetch(`${base}/slow`);
  clock += 1500; // expired, within the stale window
  const before = renders;
  const [refresher, ...others] = await Promise.all(Array.from({ length: 5 }, () => fetch(`${base}/slow`)));
  assert.equal(renders, before + 1, "one re-render");
  assert.equal(refresher!.headers.get("x-hallway-cache"), null, "the first renders");
  assert.ok(others.every((r) => r.headers.get("x-hallway-cache") === "STALE"));
  assert.equal((await fetch(`${base}/slow`)).headers.get("x-hallway-cache"), "HIT", "then the new copy");
  clock += 20_000; // far past the stale window: wait for the render instead
  const late = await Promise.all([fetch(`${base}/slow`), fetch(`${base}/slow`)]);
  assert.ok(late.every((r) => r.headers.get("x-hallway-cache") !== "STALE"));
});

test("with a content version, an expired copy is kept while the version holds, and re-rendered once it moves", async () => {
  let contentVersion = 7;
  let t = 5_000_000;
  let count = 0;
  const versioned = createResponseCache({ ttlMs: 1000, staleMs: 0, maxAgeMs: 60_000, contentVersion: async () => contentVersion, now: () => t });
  const s2 = createServer((req, res) =>
    void versioned.serve(req, res, async (_q: IncomingMessage, r: ServerResponse) => {
      count++;
      r.setHeader("Cache-Control", "private, no-store");
      r.end(`v${contentVersion} render ${count}`);
    }),
  );
  await new Promise<void>((r) => s2.listen(0, "127.0.0.1", r));
  const url = `http://127.0.0.1:${(s2.address() as AddressInfo).port}/talk`;
  try {
    assert.equal(await (await fetch(url)).text(), "v7 render 1");
    t += 5000; // expired; nothing changed
    assert.equal(await (await fetch(url)).text(), "v7 render 1");
    assert.equal(count, 1, "revalidated, not re-rendered");
    contentVersion = 8; // a publish, anywhere
    t += 1001;
    assert.equal(await (await fetch(url)).text(), "v8 render 2");
    // Kept by revalidation alone for at most a minute.
    t += 61_000;
    assert.equal(await (await fetch(url)).text(), "v8 render 3");
  } finally {
    s2.close();
  }
});
