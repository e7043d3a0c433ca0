import { test } from "node:test";
import assert from "node:assert/strict";
import { FEED_CACHE_CONTROL, conditionalResponse, isNotModified, weakEtag } from "@/lib/server/http/conditional-get";

const BODY = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>x</title></channel></rss>';
const LAST_MODIFIED = new Date("2017-10-20T12:00:00.500Z");
const doc = { body: BODY, contentType: "application/rss+xml", lastModified: LAST_MODIFIED };
const get = (headers: Record<string, string> = {}) => new Request("http://localhost/feed.xml", { headers });

test("the ETag is weak and follows the body", () => {
  const etag = weakEtag(BODY);
  assert.match(etag, /^W\/"[A-Za-z0-9_-]{32}"$/);
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
