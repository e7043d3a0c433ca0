// @ts-check
/**
 * The cache policy's values (see cache-policy.ts, which re-exports them with
 * the ETag and 304 helpers). Plain JavaScript because next.config.js reads
 * them too, and Node loads that file without compiling TypeScript.
 *
 * The page HTML does not depend on who asks (the signed-in header is a client
 * island), but a request that carries a session is still answered
 * `private, no-store`, so that nothing a signed-in visitor is sent is stored
 * by a shared cache.
 */

/** Auth.js's database-session cookie: plain over http, `__Secure-` over https. */
export const SESSION_COOKIE_BASE = "authjs.session-token";
export const SESSION_COOKIE_NAMES = /** @type {const} */ ([SESSION_COOKIE_BASE, `__Secure-${SESSION_COOKIE_BASE}`]);
/** @param {boolean} secure */
export const sessionCookieName = (secure) => (secure ? SESSION_COOKIE_NAMES[1] : SESSION_COOKIE_NAMES[0]);

/** Never stored by a shared cache: the API, sign-in, the studio, the admin area, the editor. */
export const PRIVATE_AREAS = /** @type {const} */ (["api", "signin", "account", "write", "dashboard", "admin"]);
const PRIVATE_PATH = new RegExp(`^/(${PRIVATE_AREAS.join("|")})(/|$)|^/writeups/[^/]+/edit$`);
/** @param {string} path */
export const isPrivatePath = (path) => PRIVATE_PATH.test(path);

/** Reader pages for anonymous visitors: browsers revalidate every time (304), nginx keeps a copy 2 s. */
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=2, stale-while-revalidate=30";
/** Feed readers may keep a copy a minute; shared caches (nginx) only 2 s, so a new writeup shows at once. */
export const FEED_CACHE_CONTROL = "public, max-age=60, s-maxage=2, stale-while-revalidate=600";
/** Sitemaps and calendar files change rarely and are fetched by robots and calendar apps. */
export const SLOW_CACHE_CONTROL = "public, max-age=300, stale-while-revalidate=3600";
export const PRIVATE_CACHE_CONTROL = "private, no-store";

/**
 * How long Next may serve a cached reader page (seconds) that no change has
 * marked: a bound for a change that marks no tag. Changes that do mark one
 * drop the page at once (lib/server/cache/page-cache.ts). app/(site)/layout.tsx
 * repeats it as a literal (Next reads segment config statically); a test
 * checks that the two agree.
 */
export const PAGE_REVALIDATE_S = 600;

/**
 * next.config `headers()`; when several rules set one header, the last wins.
 * Reader pages (not build assets, whose caching Next manages, nor documents) get the
 * public policy for anonymous requests; private paths and any request with a
 * session get no-store. Client-navigation payloads (`rsc` header) are left to Next.
 */
export function cacheHeaderRules() {
  /** @param {string} value */
  const cacheControl = (value) => [{ key: "Cache-Control", value }];
  // Pages only: route handlers that answer documents (feeds, sitemaps, calendars, robots.txt) set their own.
  const everyPage = "/:path((?!_next/)(?!.*\\.(?:xml|json|ics|txt)$).*)";
  return [
    {
      source: everyPage,
      missing: [...SESSION_COOKIE_NAMES.map((key) => ({ type: /** @type {const} */ ("cookie"), key })), { type: /** @type {const} */ ("header"), key: "rsc" }, { type: /** @type {const} */ ("header"), key: "authorization" }],
      headers: cacheControl(READER_CACHE_CONTROL),
    },
    { source: `/:area(${PRIVATE_AREAS.join("|")})`, headers: cacheControl(PRIVATE_CACHE_CONTROL) },
    { source: `/:area(${PRIVATE_AREAS.join("|")})/:path*`, headers: cacheControl(PRIVATE_CACHE_CONTROL) },
    { source: "/writeups/:slug/edit", headers: cacheControl(PRIVATE_CACHE_CONTROL) },
    ...SESSION_COOKIE_NAMES.map((key) => ({ source: everyPage, has: [{ type: /** @type {const} */ ("cookie"), key }], headers: cacheControl(PRIVATE_CACHE_CONTROL) })),
  ];
}
