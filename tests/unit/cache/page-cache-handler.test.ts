/**
 * Hallway's cache handler for Next (lib/server/cache/page-cache-handler.mjs):
 * a page is served while none of its tags moved after its render began, and
 * dropped (a miss, so Next renders it afresh) once one did.
 */
import assert from "node:assert/strict";
import test from "node:test";
import Handler, { isOutOfDate, pageCacheState } from "@/lib/server/cache/page-cache-handler.mjs";

const page = (tags: string[], status = 200) => ({ kind: "APP_PAGE", html: "<html>…</html>", status, headers: { "x-next-cache-tags": tags.join(",") } });
const ctx = { kind: "APP_PAGE", cacheControl: { revalidate: 600, expire: 1200 } };

function fresh() {
  const state = pageCacheState();
  state.entries.clear();
  state.marked.clear();
  state.misses.clear();
  return new Handler({});
}

test("a stored page is served until one of its tags is marked, then it is a miss", async () => {
  const h = fresh();
  assert.equal(await h.get("/talks/a", ctx), null);
  await h.set("/talks/a", page(["talk:a", "catalog"]), ctx);
  assert.ok(await h.get("/talks/a", ctx), "served from the cache");
  await new Promise((r) => setTimeout(r, 2));
  await h.revalidateTag("talk:b");
  assert.ok(await h.get("/talks/a", ctx), "another talk's mark leaves it alone");
  await h.revalidateTag(["talk:a"]);
  assert.equal(await h.get("/talks/a", ctx), null, "its own tag's mark drops it");
});

test("'all' drops every page", async () => {
  const h = fresh();
  await h.get("/x", ctx);
  await h.set("/x", page(["writeups"]), ctx);
  await new Promise((r) => setTimeout(r, 2));
  pageCacheState().marked.set("all", Date.now());
  assert.equal(await h.get("/x", ctx), null);
});

test("a render that began before a mark is stale even when it is stored after it", async () => {
  const h = fresh();
  assert.equal(await h.get("/w", ctx), null); // the render begins now
  await new Promise((r) => setTimeout(r, 3));
  pageCacheState().marked.set("writeup:1", Date.now()); // a change commits while it renders
  await new Promise((r) => setTimeout(r, 3));
  await h.set("/w", page(["writeup:1"]), ctx); // it stores what it read before the change
  assert.equal(await h.get("/w", ctx), null, "not served: it may show the old writeup");
});

test("only 200 responses are kept: a 404 would outlive the publish that gives its address a page", async () => {
  const h = fresh();
  await h.get("/writeups/soon", ctx);
  await h.set("/writeups/soon", page([], 404), ctx);
  assert.equal(await h.get("/writeups/soon", ctx), null);
});

test("isOutOfDate compares each tag's mark with when the render began", () => {
  const marked = new Map([["talk:a", 100]]);
  assert.equal(isOutOfDate(["talk:a"], 99, marked), true);
  assert.equal(isOutOfDate(["talk:a"], 100, marked), true);
  assert.equal(isOutOfDate(["talk:a"], 101, marked), false);
  assert.equal(isOutOfDate(["talk:b"], 0, marked), false);
});

test("a cached value (a feed's document) keeps the tags of its set() and is dropped when one moves", async () => {
  const h = fresh();
  const fetchCtx = { kind: "FETCH", tags: ["writeups", "catalog"], softTags: ["_N_T_/feed.xml"] };
  assert.equal(await h.get("feed-key", fetchCtx), null);
  await h.set("feed-key", { kind: "FETCH", data: { body: "<rss/>" }, revalidate: 600 }, fetchCtx);
  assert.ok(await h.get("feed-key", { kind: "FETCH" }), "served, even when a later get names no tags");
  await new Promise((r) => setTimeout(r, 2));
  await h.revalidateTag("writeups");
  assert.equal(await h.get("feed-key", { kind: "FETCH" }), null);
});
