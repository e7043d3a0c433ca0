import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  FEED_CACHE_CONTROL,
  PRIVATE_AREAS,
  PRIVATE_CACHE_CONTROL,
  READER_CACHE_CONTROL,
  SESSION_COOKIE_BASE,
  SESSION_COOKIE_NAMES,
  cacheHeaderRules,
  conditionalResponse,
  isNotModified,
  isPrivatePath,
  sessionCookieName,
  weakEtag,
} from "@/lib/server/http/cache-policy";

const BODY = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title></channel></rss>';
const LAST_MODIFIED = new Date("2017-10-20T12:00:00.500Z");
const doc = { body: BODY, contentType: "application/rss+xml", lastModified: LAST_MODIFIED };
const get = (headers: Record<string, string> = {}) => new Request("http://localhost/feed.xml", { headers });

test("the ETag is weak and follows the body", () => {
  const etag = weakEtag(BODY);
  // The `etag` package's format: W/"<length in base 32>~<sha-256, base64url>".
  assert.match(etag, /^W\/"[0-9a-v]+~[A-Za-z0-9_-]{43}"$/);
  assert.equal(weakEtag(BODY), etag);
  assert.notEqual(weakEtag(`${BODY} `), etag);
});

test("a first GET gets 200 with the body, validators, Cache-Control and the content type", async () => {
  const res = conditionalResponse(get(), doc);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/rss+xml; charset=utf-8");
  assert.equal(res.headers.get("etag"), weakEtag(BODY));
  assert.equal(res.headers.get("last-modified"), "Fri, 20 Oct 2017 12:00:00 GMT");
  assert.equal(res.headers.get("cache-control"), FEED_CACHE_CONTROL);
  assert.equal(FEED_CACHE_CONTROL, "public, max-age=60, s-maxage=2, stale-while-revalidate=600");
  assert.equal(await res.text(), BODY);
});

test("If-None-Match with the current ETag gets 304 and no body, with the validators", async () => {
  const etag = weakEtag(BODY);
  for (const header of [etag, etag.slice(2), `"other", ${etag}`, "*"]) {
    const res = conditionalResponse(get({ "If-None-Match": header }), doc);
    assert.equal(res.status, 304, header);
    assert.equal(res.body, null);
    assert.equal(await res.text(), "");
    assert.equal(res.headers.get("etag"), etag);
    assert.equal(res.headers.get("last-modified"), "Fri, 20 Oct 2017 12:00:00 GMT");
    assert.equal(res.headers.get("cache-control"), FEED_CACHE_CONTROL);
  }
});

test("a stale ETag gets the new body, even when If-Modified-Since would say 304 (If-None-Match decides)", async () => {
  const res = conditionalResponse(get({ "If-None-Match": 'W/"stale"', "If-Modified-Since": "Sat, 21 Oct 2017 00:00:00 GMT" }), doc);
  assert.equal(res.status, 200);
  assert.equal(await res.text(), BODY);
});

test("If-Modified-Since: 304 at or after Last-Modified (to the second), 200 before it", () => {
  const v = { etag: weakEtag(BODY), lastModified: LAST_MODIFIED };
  const ims = (value: string) => isNotModified(new Headers({ "If-Modified-Since": value }), v);
  assert.equal(ims("Fri, 20 Oct 2017 12:00:00 GMT"), true, "the Last-Modified we sent, whose milliseconds HTTP dates drop");
  assert.equal(ims("Sat, 21 Oct 2017 00:00:00 GMT"), true);
  assert.equal(ims("Fri, 20 Oct 2017 11:59:59 GMT"), false);
  assert.equal(ims("not a date"), false);
  assert.equal(conditionalResponse(get({ "If-Modified-Since": "Fri, 20 Oct 2017 12:00:00 GMT" }), doc).status, 304);
  assert.equal(conditionalResponse(get({ "If-Modified-Since": "Thu, 19 Oct 2017 12:00:00 GMT" }), doc).status, 200);
});

test("no conditional headers means not modified is never assumed", () => {
  assert.equal(isNotModified(new Headers(), { etag: weakEtag(BODY), lastModified: LAST_MODIFIED }), false);
});

test("If-None-Match: * and a list with the current ETag match; Cache-Control: no-cache never gets 304", () => {
  const v = { etag: weakEtag(BODY), lastModified: LAST_MODIFIED };
  assert.equal(isNotModified(new Headers({ "If-None-Match": "*" }), v), true);
  assert.equal(isNotModified(new Headers({ "If-None-Match": `W/"a", ${v.etag}` }), v), true);
  assert.equal(isNotModified(new Headers({ "If-None-Match": v.etag, "Cache-Control": "no-cache" }), v), false);
});

test("private paths: the API, sign-in, the studio, the admin area and the editor; reader pages are not", () => {
  for (const path of ["/api/health", "/api/auth/session", "/signin", "/signin/check-email", "/account", "/write", "/dashboard/export", "/admin", "/admin/import", "/writeups/x/edit"]) {
    assert.equal(isPrivatePath(path), true, path);
  }
  for (const path of ["/", "/writeups/x", "/writeups/edit", "/speakers/api", "/conferences/c/talks/t", "/feed.xml", "/writers", "/administrators"]) {
    assert.equal(isPrivatePath(path), false, path);
  }
});

test("the session cookie: plain over http, __Secure- over https", () => {
  assert.equal(sessionCookieName(false), "authjs.session-token");
  assert.equal(sessionCookieName(true), "__Secure-authjs.session-token");
  assert.deepEqual([...SESSION_COOKIE_NAMES], ["authjs.session-token", "__Secure-authjs.session-token"]);
});

test("next.config header rules: anonymous pages public, private areas and sessions no-store, last rule wins", () => {
  const rules = cacheHeaderRules();
  assert.equal(rules[0]!.headers[0]!.value, READER_CACHE_CONTROL);
  assert.deepEqual(
    rules[0]!.missing?.map((m) => m.key),
    [...SESSION_COOKIE_NAMES, "rsc", "authorization"],
  );
  // The page rule leaves documents (feeds, sitemaps, calendars, robots.txt) and build assets to their own headers.
  const inner = /^\/:path\((.*)\)$/.exec(rules[0]!.source)?.[1];
  assert.ok(inner, rules[0]!.source);
  const matches = (path: string) => new RegExp(`^/${inner}$`).test(path);
  for (const page of ["/", "/speakers/diogo-monica", "/conferences/x/talks/y", "/writeups/a-b"]) assert.ok(matches(page), page);
  for (const doc of ["/feed.xml", "/atom.xml", "/feed.json", "/conferences/x/schedule.ics", "/robots.txt", "/sitemap.xml", "/_next/static/chunks/a.js"]) assert.ok(!matches(doc), doc);
  const later = rules.slice(1);
  assert.ok(later.every((r) => r.headers[0]!.value === PRIVATE_CACHE_CONTROL));
  for (const name of SESSION_COOKIE_NAMES) assert.ok(later.some((r) => r.has?.some((h) => h.type === "cookie" && h.key === name)), name);
});

test("deploy/nginx.conf bypasses the same private areas and the same cookie", () => {
  const conf = readFileSync("deploy/nginx.conf", "utf8");
  const areas = [...conf.matchAll(/location ~ \^\/\(?([a-z|]+)\)?\(\/\|\$\)/g)].flatMap((m) => m[1]!.split("|"));
  assert.deepEqual([...new Set(areas)].sort(), [...PRIVATE_AREAS].sort());
  assert.match(conf, /location ~ \^\/writeups\/\[\^\/\]\+\/edit\$/);
  assert.ok(conf.includes(`(__Secure-)?${SESSION_COOKIE_BASE.replace(".", "\\.")}=`));
});

test("the page lifetime in app/(site)/layout.tsx is the policy's PAGE_REVALIDATE_S (Next needs a literal there)", async () => {
  const { readFileSync } = await import("node:fs");
  const { PAGE_REVALIDATE_S } = await import("@/lib/server/http/cache-policy");
  const layout = readFileSync("app/(site)/layout.tsx", "utf8");
  const literal = /export const revalidate = (\d+);/.exec(layout)?.[1];
  assert.equal(Number(literal), PAGE_REVALIDATE_S);
});
