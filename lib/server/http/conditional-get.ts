/**
 * Conditional GET for documents we generate per request (feeds): every
 * response carries a weak ETag, Last-Modified and a short shared cache
 * lifetime, and a client whose copy is current gets 304 with no body.
 *
 * The ETag is a hash of the body itself, so it changes exactly when the bytes
 * do (a renamed talk in a category, an edited author name…), which ids plus
 * updatedAt would miss. It is weak because a proxy that compresses the body
 * still serves an equivalent representation.
 *
 * RFC 9110 §13.2.2: If-None-Match decides when it is present; only without it
 * does If-Modified-Since count, at the one-second precision of HTTP dates.
 */
import { createHash } from "node:crypto";

// Feed readers may keep a copy a minute; shared caches (nginx) only 2 s, so a new writeup shows at once.
export const FEED_CACHE_CONTROL = "public, max-age=60, s-maxage=2, stale-while-revalidate=600";

export interface Validators {
  etag: string;
  lastModified: Date;
}

export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** Weak comparison (RFC 9110 §8.8.3.2): W/"x" and "x" match. */
function etagListMatches(header: string, etag: string): boolean {
  if (header.trim() === "*") return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, "");
  return header.split(",").some((tag) => opaque(tag) === opaque(etag));
}

/** Whether the client's cached copy, described by its request headers, is still current. */
export function isNotModified(headers: Headers, validators: Validators): boolean {
  const ifNoneMatch = headers.get("if-none-match");
  if (ifNoneMatch !== null) return etagListMatches(ifNoneMatch, validators.etag);
  const ifModifiedSince = headers.get("if-modified-since");
  if (ifModifiedSince === null) return false;
  const since = Date.parse(ifModifiedSince);
  if (Number.isNaN(since)) return false;
  return Math.floor(validators.lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

export interface GeneratedDocument {
  body: string;
  /** Without parameters, e.g. "application/atom+xml"; we add charset=utf-8. */
  contentType: string;
  lastModified: Date;
}

/** 200 with the body, or 304 with none; both with the validators and Cache-Control. */
export function conditionalResponse(request: Request, doc: GeneratedDocument): Response {
  const validators = { etag: weakEtag(doc.body), lastModified: doc.lastModified };
  const headers = new Headers({
    ETag: validators.etag,
    "Last-Modified": doc.lastModified.toUTCString(),
    "Cache-Control": FEED_CACHE_CONTROL,
  });
  if (isNotModified(request.headers, validators)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", `${doc.contentType}; charset=utf-8`);
  return new Response(doc.body, { status: 200, headers });
}
