// Hallway's HTTP caching policy for anonymous readers, applied in the
// production server (scripts/server.mjs) around Next's request handler.
//
// 1. Headers. Next marks every dynamically rendered page
//    "private, no-cache, no-store". For a reader page requested without a
//    session cookie that is needlessly strict: the page is the same for every
//    anonymous visitor. Such responses get
//      Cache-Control: public, max-age=0, s-maxage=2, stale-while-revalidate=30
//      Vary: Cookie, Accept-Encoding
//      ETag: W/"<hash of the body>"
//    so browsers revalidate every time (304 when nothing changed) and shared
//    caches (deploy/nginx.conf) keep a page for 2 seconds. Signed-in visitors,
//    the studio, the admin area, sign-in and the API keep Next's headers, and
//    nothing that sets a cookie is ever made public.
//
// 2. A micro-cache. The same anonymous GET within HALLWAY_MICROCACHE_MS
//    (1000 ms by default; 0 turns it off) is answered from memory, and
//    concurrent misses for one URL wait for a single render. Once a copy has
//    expired, the first request re-renders it while others still get the old
//    copy for up to HALLWAY_MICROCACHE_STALE_MS more (5000 ms), so a slow page
//    never makes a queue. It holds nothing another instance needs: after a
//    publish every instance serves the new page as soon as its next render is
//    done (about a second); a mutation through this instance clears it at once.
//
// 3. Revalidation by content version. The database keeps one number that
//    triggers bump whenever anything a reader page shows changes (migration
//    0007, GET /api/content-version). Each copy remembers the number it was
//    rendered at; once expired, a copy whose number is still current is kept
//    instead of re-rendered (up to HALLWAY_MICROCACHE_MAX_AGE_MS, 60 s, for
//    what no trigger sees). So a busy page costs one render per change, not
//    one per second, and a change anywhere reaches every instance within
//    about a second.
import { createHash } from "node:crypto";

export const PUBLIC_CACHE_CONTROL = "public, max-age=0, s-maxage=2, stale-while-revalidate=30";
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PRIVATE_PATH = /^\/(api|signin|account|write|dashboard|admin|_next)(\/|$)|^\/writeups\/[^/]+\/edit$/;
const CACHEABLE_STATUS = new Set([200, 301, 308, 404, 410]);
const MAX_ENTRIES = 1000;
const MAX_BODY = 4 * 1024 * 1024;
const DROP_HEADERS = new Set(["connection", "keep-alive", "transfer-encoding", "date", "set-cookie"]);

function hasSession(req) {
  const cookie = req.headers.cookie;
  if (!cookie) return false;
  return cookie.split(";").some((part) => SESSION_COOKIES.includes(part.split("=")[0].trim()));
}

/** Whether this request is an anonymous reader's GET of a public page or feed. */
export function isPublicRequest(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (req.headers.authorization || hasSession(req)) return false;
  // React Server Component payloads for client navigation vary on headers Next manages.
  if (req.headers.rsc || req.headers["next-router-prefetch"] || req.headers["next-action"]) return false;
  const path = (req.url ?? "/").split("?")[0];
  return !PRIVATE_PATH.test(path);
}

export function weakEtag(body) {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

function etagMatches(header, etag) {
  if (!header) return false;
  if (header.trim() === "*") return true;
  const opaque = (t) => t.trim().replace(/^W\//, "");
  return header.split(",").some((t) => opaque(t) === opaque(etag));
}

/** RFC 9110 §13.2.2: If-None-Match decides when present; otherwise If-Modified-Since, to the second. */
function notModified(req, etag, lastModified) {
  const inm = req.headers["if-none-match"];
  if (inm !== undefined) return !!etag && etagMatches(inm, etag);
  const ims = Date.parse(req.headers["if-modified-since"] ?? "");
  const modified = Date.parse(String(lastModified ?? ""));
  return Number.isFinite(ims) && Number.isFinite(modified) && Math.floor(modified / 1000) <= Math.floor(ims / 1000);
}

const encodingOf = (req) => (/\bgzip\b/.test(req.headers["accept-encoding"] ?? "") ? "gzip" : "identity");

/** Next's Cache-Control for a dynamic page, replaced for anonymous readers (see 1. above). */
function publicHeaders(res, statusCode) {
  if (!CACHEABLE_STATUS.has(statusCode) || res.hasHeader("set-cookie")) return false;
  const current = String(res.getHeader("cache-control") ?? "");
  if (current === "" || /no-store|no-cache|private/.test(current)) res.setHeader("Cache-Control", PUBLIC_CACHE_CONTROL);
  if (!/\bpublic\b/.test(String(res.getHeader("cache-control") ?? ""))) return false;
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\bcookie\b/i.test(vary)) res.setHeader("Vary", vary ? `${vary}, Cookie` : "Cookie");
  return true;
}

function foldHeaders(res, rest) {
  const headers = rest.find((r) => r && typeof r === "object");
  if (!headers) return;
  const pairs = Array.isArray(headers) ? chunked(headers) : Object.entries(headers);
  for (const [k, v] of pairs) res.setHeader(k, v);
}

/** HEAD: headers only, rewritten as they go out. */
function rewriteHeadersOnly(res) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    foldHeaders(res, rest);
    const statusCode = typeof status === "number" ? status : res.statusCode;
    publicHeaders(res, statusCode);
    return writeHead.call(this, statusCode);
  };
}

/**
 * GET: holds the whole response until Next ends it, so that it can carry an
 * ETag computed from its bytes and answer a matching If-None-Match with 304.
 * `done(entry | null)` gets what may be cached: status, headers and body.
 */
function buffer(req, res, done) {
  const writeHead = res.writeHead;
  const write = res.write;
  const end = res.end;
  const chunks = [];
  let headStatus = null;
  const toBuffer = (chunk, encoding) => (Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === "string" ? encoding : "utf8"));
  res.writeHead = function (status, ...rest) {
    foldHeaders(res, rest);
    if (typeof status === "number") headStatus = status;
    return res;
  };
  res.flushHeaders = () => {};
  res.write = function (chunk, encoding, cb) {
    if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const callback = typeof encoding === "function" ? encoding : cb;
    if (callback) process.nextTick(callback);
    return true;
  };
  res.end = function (chunk, encoding, cb) {
    if (chunk != null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    const callback = [chunk, encoding, cb].find((a) => typeof a === "function");
    res.writeHead = writeHead;
    res.write = write;
    res.end = end;
    const body = Buffer.concat(chunks);
    const statusCode = headStatus ?? res.statusCode;
    res.statusCode = statusCode;
    const cacheable = publicHeaders(res, statusCode) && body.length <= MAX_BODY;
    if (cacheable && statusCode === 200 && !res.hasHeader("etag")) res.setHeader("ETag", weakEtag(body));
    res.removeHeader("transfer-encoding");
    res.setHeader("Content-Length", String(body.length));
    done(cacheable ? { status: statusCode, headers: storedHeaders(res), body } : null);
    if (notModifiedSent(req, res, statusCode, (...args) => end.call(res, ...args, callback))) return res;
    return end.call(res, body, callback);
  };
}

function storedHeaders(res) {
  const headers = {};
  for (const [k, v] of Object.entries(res.getHeaders())) if (!DROP_HEADERS.has(k) && v !== undefined) headers[k] = v;
  return headers;
}

/** Answers 304 (with `end`) when the client's copy of this 200 is current; says whether it did. */
function notModifiedSent(req, res, status, end) {
  const etag = res.getHeader("etag");
  if (status !== 200 || !notModified(req, etag === undefined ? undefined : String(etag), res.getHeader("last-modified"))) return false;
  res.statusCode = 304;
  for (const h of ["content-length", "content-encoding", "content-type"]) res.removeHeader(h);
  end();
  return true;
}

export function createResponseCache({
  ttlMs = Number(process.env.HALLWAY_MICROCACHE_MS ?? 1000),
  staleMs = Number(process.env.HALLWAY_MICROCACHE_STALE_MS ?? 5000),
  /** How long a copy may be kept by revalidation alone, before it is rendered afresh anyway. */
  maxAgeMs = Number(process.env.HALLWAY_MICROCACHE_MAX_AGE_MS ?? 60_000),
  /** The site's content version (async; null when unknown), or null to always re-render. */
  contentVersion = null,
  now = () => Date.now(),
} = {}) {
  const entries = new Map();
  const pending = new Map();
  const version = async () => {
    if (!contentVersion) return null;
    try {
      return await contentVersion();
    } catch {
      return null;
    }
  };

  function send(req, res, entry, status = "HIT") {
    res.statusCode = entry.status;
    for (const [k, v] of Object.entries(entry.headers)) res.setHeader(k, v);
    res.setHeader("Age", String(Math.floor((now() - entry.storedAt) / 1000)));
    res.setHeader("X-Hallway-Cache", status);
    if (notModifiedSent(req, res, entry.status, () => res.end())) return;
    res.end(req.method === "HEAD" ? undefined : entry.body);
  }

  /**
   * Serves `req` through the cache when it may be, else straight through
   * `handle` (Next's handler). Returns whatever `handle` returns.
   */
  async function serve(req, res, handle) {
    if (req.method !== "GET" && req.method !== "HEAD") {
      // A mutation through this instance: what it changed must not be served from here.
      res.on("finish", () => entries.clear());
      return handle(req, res);
    }
    if (!isPublicRequest(req)) return handle(req, res);

    const key = `${encodingOf(req)} ${req.url}`;
    const enabled = ttlMs > 0 && req.method === "GET";
    if (enabled) {
      const hit = entries.get(key);
      const age = hit ? now() - hit.storedAt : Infinity;
      if (hit && age < ttlMs) {
        return send(req, res, hit);
      }
      // Expired, but nothing a reader sees has changed since it was made: keep it.
      if (hit && hit.version !== null && age < maxAgeMs + ttlMs && now() - hit.renderedAt < maxAgeMs) {
        const current = await version();
        if (current !== null && current === hit.version) {
          hit.storedAt = now();
          return send(req, res, hit);
        }
      }
      const inflight = pending.get(key);
      // Expired while someone re-renders it: the old copy, briefly, rather than a wait.
      if (hit && inflight && age < ttlMs + staleMs) {
        return send(req, res, hit, "STALE");
      }
      if (inflight) {
        const entry = await inflight;
        if (entry) {
            return send(req, res, entry);
        }
      }
    }
    let settle = () => {};
    let mine = null;
    if (enabled && !pending.has(key)) {
      mine = new Promise((resolve) => (settle = resolve));
      pending.set(key, mine);
    }
    const release = (entry) => {
      if (mine && pending.get(key) === mine) pending.delete(key);
      if (mine) settle(entry);
      mine = null;
    };
    if (req.method === "HEAD") {
      rewriteHeadersOnly(res);
      return handle(req, res);
    }
    // Read before rendering: a change that lands mid-render makes the copy look older, never newer.
    const renderedVersion = enabled ? await version() : null;
    buffer(req, res, (cached) => {
      const entry = cached ? { ...cached, storedAt: now(), renderedAt: now(), version: renderedVersion } : null;
      if (enabled && entry) {
        entries.set(key, entry);
        if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value);
      }
      release(entry);
    });
    // A client that went away before the page was done: let waiters render their own.
    res.on("close", () => release(null));
    return handle(req, res);
  }

  return { serve };
}
