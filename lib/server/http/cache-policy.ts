/**
 * Hallway's HTTP cache policy, in one place (issue 14, "one read path"): how
 * long browsers and shared caches (deploy/nginx.conf) may keep a response,
 * which paths are private, the session cookie's names (cache-policy.mjs), and
 * ETag / 304 for the documents generated per request (feeds), through `etag`
 * and `fresh` (here).
 *
 * Who applies it:
 * - Pages: next.config.js sends `cacheHeaderRules()` through Next's
 *   `headers()`; Next keeps a Cache-Control that is already set. Next caches
 *   reader pages itself (lib/server/cache/page-cache-handler.mjs) and answers
 *   a matching If-None-Match on a page with 304.
 * - Feeds: `conditionalResponse()` below.
 * - The session cookie: lib/server/auth/session-cookie.ts takes its name from here.
 * - nginx spells the private paths and the cookie again in its own language;
 *   tests/unit/http/cache-policy.test.ts checks that deploy/nginx.conf agrees.
 */
import { etag } from "etag";
import fresh from "fresh";
import { FEED_CACHE_CONTROL } from "./cache-policy.mjs";

export * from "./cache-policy.mjs";

export interface Validators {
  etag: string;
  lastModified: Date;
}

/** A weak ETag of the body: it changes exactly when the bytes do, and survives a proxy's compression. */
export function weakEtag(body: string): string {
  return etag(body, { weak: true });
}

/** RFC 9110 §13.2.2 (through `fresh`): If-None-Match decides when present, else If-Modified-Since, to the second. */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const request = {
    "if-none-match": headers.get("if-none-match") ?? undefined,
    "if-modified-since": headers.get("if-modified-since") ?? undefined,
    "cache-control": headers.get("cache-control") ?? undefined,
  };
  return fresh(request, { etag: validators.etag, "last-modified": validators.lastModified.toUTCString() });
}

export interface GeneratedDocument {
  body: string;
  /** Without parameters, e.g. "application/atom+xml"; we add charset=utf-8. */
  contentType: string;
  lastModified: Date;
  cacheControl?: string;
}

/** 200 with the body, or 304 with none; both with the validators and Cache-Control. */
export function conditionalResponse(request: Request, doc: GeneratedDocument): Response {
  const validators = { etag: weakEtag(doc.body), lastModified: doc.lastModified };
  const headers = new Headers({
    ETag: validators.etag,
    "Last-Modified": doc.lastModified.toUTCString(),
    "Cache-Control": doc.cacheControl ?? FEED_CACHE_CONTROL,
  });
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", `${doc.contentType}; charset=utf-8`);
  return new Response(doc.body, { status: 200, headers });
}
